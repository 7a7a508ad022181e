//! API and page tests against a real server on a loopback port.

mod common;

use common::{corpus, get, request, server};
use sitrep_doc::Document;

#[test]
fn default_bind_is_loopback() {
    let cfg = sitrep_server::Config::new("/tmp/x");
    assert!(cfg.addr.ip().is_loopback());
}

#[test]
fn read_api() {
    let (_dir, srv) = server(None, 64 * 1024);
    let a = srv.addr;
    let docs = corpus::corpus();

    let r = get(a, "/api/articles");
    assert_eq!(r.status, 200);
    let j = r.json();
    assert_eq!(j["total"], 4);
    assert_eq!(j["articles"].as_array().unwrap().len(), 4);
    assert_eq!(
        get(a, "/api/articles?limit=1&offset=1").json()["articles"]
            .as_array()
            .unwrap()
            .len(),
        1
    );

    let r = get(a, &format!("/api/articles/{}", docs[0].id));
    assert_eq!(r.status, 200);
    assert!(r.header("content-type").unwrap().contains("json"));
    let back = Document::from_json(&r.text()).unwrap();
    assert_eq!(back, docs[0]);
    let r = get(a, "/api/articles/nope");
    assert_eq!(r.status, 404);
    assert!(r.json()["error"].is_string());

    let r = get(a, "/api/search?q=copper");
    assert_eq!(r.status, 200);
    let hits = r.json()["hits"].as_array().unwrap().clone();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0]["id"], docs[2].id.as_str());
    assert!(hits[0]["snippet"]
        .as_str()
        .unwrap()
        .contains("<mark>Copper</mark>"));
    assert!(hits[0]["score"].as_f64().unwrap() > 0.0);
    assert_eq!(hits[0]["title"], "Copper slides as factories slow");
    let r = get(a, "/api/search?q=Tarvel&status=denied");
    assert_eq!(r.json()["hits"].as_array().unwrap().len(), 1);
    assert_eq!(get(a, "/api/search?q=x&from=yesterday").status, 400);

    let r = get(a, "/api/events?status=denied");
    let ev = r.json()["events"].as_array().unwrap().clone();
    assert_eq!(ev.len(), 1);
    assert_eq!(ev[0]["source"]["actor"], "NORREB");
    assert_eq!(
        get(a, "/api/events?root=19&actor=NOR").json()["events"]
            .as_array()
            .unwrap()
            .len(),
        2
    );

    let r = get(a, "/api/entities?q=castell");
    let ents = r.json()["entities"].as_array().unwrap().clone();
    assert_eq!(ents.len(), 1);
    assert_eq!(ents[0]["key"], "person:mira-castell");
    let r = get(a, "/api/entities/person:mira-castell");
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["articles"].as_array().unwrap().len(), 2);
    assert_eq!(get(a, "/api/entities/person:nobody").status, 404);

    let r = get(a, "/api/dyads?source=NORREB&target=NORMIL");
    let j = r.json();
    assert_eq!(j["days"][0]["day"], "2031-04-02");
    assert_eq!(j["days"][0]["events"], 2);
    assert_eq!(j["days"][0]["goldstein"], -20.0);
    assert_eq!(get(a, "/api/dyads?source=NORREB").status, 400);

    let r = get(a, "/api/stories?min_sources=2");
    let st = r.json()["stories"].as_array().unwrap().clone();
    assert_eq!(st.len(), 1);
    assert_eq!(st[0]["sources"], 2);
    assert!(st[0]["disagreements"].as_array().unwrap().len() >= 2);
    let id = st[0]["id"].as_i64().unwrap();
    assert_eq!(get(a, &format!("/api/stories/{id}")).status, 200);
}

#[test]
fn openapi_describes_every_route() {
    let (_dir, srv) = server(None, 64 * 1024);
    let j = get(srv.addr, "/api/openapi.json").json();
    assert!(j["openapi"].as_str().unwrap().starts_with("3."));
    for p in [
        "/api/articles",
        "/api/articles/{id}",
        "/api/search",
        "/api/events",
        "/api/entities",
        "/api/entities/{key}",
        "/api/stories",
        "/api/stories/{id}",
        "/api/dyads",
        "/api/extract",
        "/api/stats",
        "/api/openapi.json",
    ] {
        assert!(
            j["paths"][p].is_object(),
            "{p} missing from the OpenAPI document"
        );
    }
    assert!(j["paths"]["/api/articles"]["post"].is_object());
    assert!(j["paths"]["/api/extract"]["post"].is_object());
}

#[test]
fn extract_and_body_cap() {
    let (_dir, srv) = server(None, 16 * 1024);
    let a = srv.addr;
    let text = "The harbour authority closed the northern pier on Friday after a storm.";
    let r = request(
        a,
        "POST",
        "/api/extract",
        &[("Content-Type", "text/plain")],
        text.as_bytes(),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let doc = Document::from_json(&r.text()).unwrap();
    assert!(doc.text.contains("northern pier"));
    assert_eq!(doc.id, sitrep_doc::content_id(&doc.text));
    assert!(doc.validate().is_empty());
    // Over the cap: 413, and the server goes on.
    let big = vec![b'a'; 64 * 1024];
    let r = request(
        a,
        "POST",
        "/api/extract",
        &[("Content-Type", "text/plain")],
        &big,
    );
    assert_eq!(r.status, 413);
    assert_eq!(request(a, "POST", "/api/extract", &[], b"").status, 400);
    assert_eq!(get(a, "/api/articles").status, 200);
}

#[test]
fn writes_need_the_token() {
    // Read-only server: writing is refused.
    let (_d1, ro) = server(None, 64 * 1024);
    let body = b"A new bridge opened over the Selva river on Sunday, the transport ministry said.";
    let r = request(ro.addr, "POST", "/api/articles", &[], body);
    assert_eq!(r.status, 403);
    drop(ro);

    let (_d2, rw) = server(Some("s3cret"), 64 * 1024);
    let a = rw.addr;
    let r = request(
        a,
        "POST",
        "/api/articles",
        &[("Authorization", "Bearer nope")],
        body,
    );
    assert_eq!(r.status, 401);
    let r = request(a, "POST", "/api/articles", &[], body);
    assert_eq!(r.status, 401);
    let r = request(
        a,
        "POST",
        "/api/articles",
        &[
            ("Authorization", "Bearer s3cret"),
            ("Content-Type", "text/plain"),
        ],
        body,
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let list = r.json()["articles"].as_array().unwrap().clone();
    assert_eq!(list[0]["status"], "added");
    let id = list[0]["id"].as_str().unwrap().to_string();
    assert_eq!(get(a, &format!("/api/articles/{id}")).status, 200);
    let hits = get(a, "/api/search?q=Selva").json()["hits"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0]["id"], id.as_str());
    // Again: idempotent.
    let r = request(
        a,
        "POST",
        "/api/articles",
        &[("Authorization", "Bearer s3cret")],
        body,
    );
    assert_eq!(r.json()["articles"][0]["status"], "existing");
    assert_eq!(get(a, "/api/articles").json()["total"], 5);
}

#[test]
fn pages_render_and_escape_article_text() {
    let (dir, srv) = server(None, 64 * 1024);
    let a = srv.addr;
    let docs = corpus::corpus();
    // An article whose title and text carry markup.
    let evil = corpus::Builder::new(
        "<img src=x onerror=alert(1)> headline",
        "2031-06-01",
        "The page said <script>alert('owned')</script> before the ferry left Ostrava harbour.",
    )
    .entity("Ostrava", sitrep_doc::EntityType::Gpe, None, &["Ostrava"])
    .build();
    {
        let mut store = sitrep_store::Store::open(dir.path()).unwrap();
        store.add(std::slice::from_ref(&evil)).unwrap();
        store.commit().unwrap();
    }
    let r = get(a, &format!("/articles/{}", evil.id));
    assert_eq!(r.status, 200);
    let html = r.text();
    assert!(!html.contains("<script"), "a script tag got through");
    assert!(!html.contains("<img"), "an img tag got through");
    assert!(html.contains("&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;"));
    assert!(html.contains("class=\"ent ent-gpe\""));
    let r = get(a, "/?q=ferry");
    assert!(!r.text().contains("<script"));
    assert!(!r.text().contains("<img"));

    // The article view: entities highlighted by type, events with badges linking to
    // their sentence, quotes with speakers.
    let html = get(a, &format!("/articles/{}", docs[0].id)).text();
    assert!(html.contains("class=\"ent ent-person\""));
    assert!(html.contains("class=\"ent ent-org\""));
    assert!(html.contains("class=\"event-row\""));
    assert!(html.contains("badge st-asserted"));
    assert!(html.contains("id=\"s0\""));
    assert!(html.contains("href=\"#s0\""));
    assert!(html.contains("class=\"speaker\">Mira Castell"));
    assert!(html.contains("near-duplicate cop"));

    let html = get(a, "/?q=Tarvel").text();
    assert!(html.contains("2 articles found"), "{html}");
    assert!(html.contains("class=\"hit-link\""));
    let html = get(a, "/").text();
    assert!(html.contains("Stories told by several sources"));
    let html = get(a, "/entities/person:mira-castell").text();
    assert!(html.contains("colonel (2)"));
    let html = get(a, "/entities/org:red-hand-front").text();
    assert!(html.contains("/dyad?source=NORREB&amp;target=NORMIL"));
    let html = get(a, "/dyad?source=NORREB&target=NORMIL").text();
    assert!(html.contains("<svg class=\"timeline\""));
    let html = get(a, "/stories?min_sources=2").text();
    assert!(html.contains("disagree"));
    assert_eq!(get(a, "/no/such/page").status, 404);
    assert_eq!(get(a, "/articles/nope").status, 404);
}
