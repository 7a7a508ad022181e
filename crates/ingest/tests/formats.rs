//! Every input format on hand-written fixtures (tests/data), and bad input.

use sitrep_doc::SourceFormat;
use sitrep_ingest::{Article, InputError, InputFormat, Inputs, Options};
use std::path::PathBuf;

fn data(name: &str) -> String {
    let p: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "data", name]
        .iter()
        .collect();
    p.display().to_string()
}

fn read(names: &[&str]) -> Vec<Result<Article, InputError>> {
    let paths: Vec<String> = names.iter().map(|n| data(n)).collect();
    Inputs::new(&paths, Options::default()).collect()
}

fn oks(v: &[Result<Article, InputError>]) -> Vec<&Article> {
    v.iter().filter_map(|r| r.as_ref().ok()).collect()
}

fn errs(v: &[Result<Article, InputError>]) -> Vec<&InputError> {
    v.iter().filter_map(|r| r.as_ref().err()).collect()
}

fn check_bridge_article(a: &Article) {
    let t = &a.text;
    assert!(
        t.starts_with("The county engineer closed the Harrow Bridge"),
        "{t}"
    );
    // Both halves of the story, around the ad break, in order, as paragraphs.
    assert!(t.contains("\n\nInspectors found debris"), "{t}");
    assert!(t.ends_with("the longer route through Millbrook."), "{t}");
    for junk in [
        "cookies",
        "Sport",
        "Share on",
        "Photo: Ledger archive",
        "Advertisement",
        "Related stories",
        "River levels",
        "disaster for years",
        "Most read",
        "All rights reserved",
        "By Mira",
    ] {
        assert!(!t.contains(junk), "{junk:?} leaked into {t}");
    }
    assert_eq!(t.matches("\n\n").count(), 4, "five paragraphs: {t}");
    let m = &a.meta;
    assert_eq!(
        m.title.as_deref(),
        Some("Floodwaters close the Harrow Bridge for a week")
    );
    assert_eq!(m.published.as_deref(), Some("2031-04-02T08:15:00+01:00"));
    assert_eq!(m.byline, vec!["Mira Castellanos", "Owen Thale"]);
    assert_eq!(m.site.as_deref(), Some("The Valley Ledger"));
    assert_eq!(m.language.as_deref(), Some("en"));
}

#[test]
fn html_page() {
    let v = read(&["article.html"]);
    assert_eq!(v.len(), 1);
    let a = v[0].as_ref().unwrap();
    assert_eq!(a.source.format, SourceFormat::Html);
    check_bridge_article(a);
}

#[test]
fn html_charset_from_meta() {
    let v = read(&["latin1.html"]);
    let a = v[0].as_ref().unwrap();
    assert!(a.text.contains("Café owners in the old town"), "{}", a.text);
    assert!(a.text.contains("on Friday – the second"), "{}", a.text);
    assert!(a.text.contains("naïve"), "{}", a.text);
    assert_eq!(
        a.meta.title.as_deref(),
        Some("Café owners protest new rent rules")
    );
    assert_eq!(a.meta.language.as_deref(), Some("en"), "detected");
}

#[test]
fn plain_text_with_language() {
    let v = read(&["plain.txt"]);
    let a = v[0].as_ref().unwrap();
    assert_eq!(a.source.format, SourceFormat::Text);
    assert_eq!(
        a.meta.title.as_deref(),
        Some("Ferry service resumes on the lake")
    );
    assert_eq!(a.meta.byline, vec!["Tomas Reyes"]);
    assert_eq!(a.meta.published.as_deref(), Some("2031-05-12"));
    assert_eq!(a.meta.language.as_deref(), Some("en"));
    assert!(a.text.starts_with("The lake ferry resumed"));
}

#[test]
fn rss2_items_one_article_each_and_bad_item_reported() {
    let v = read(&["feed.rss"]);
    assert_eq!(v.len(), 4, "{v:?}");
    let ok = oks(&v);
    assert_eq!(ok.len(), 3);
    let a = ok[0];
    assert_eq!(a.source.format, SourceFormat::Rss);
    assert_eq!(a.source.record, Some(1));
    assert_eq!(
        a.source.url.as_deref(),
        Some("https://gazette.example/2031/05/02/port-vote")
    );
    assert_eq!(
        a.meta.title.as_deref(),
        Some("Port workers vote to accept new contract")
    );
    assert_eq!(a.meta.published.as_deref(), Some("2031-05-02T14:30:00Z"));
    assert_eq!(a.meta.byline, vec!["Lena Brandt"]);
    assert_eq!(a.meta.site.as_deref(), Some("Harbour Gazette"));
    assert_eq!(a.meta.language.as_deref(), Some("en"));
    // content:encoded wins over the description, cleaned: no share links, no script.
    assert_eq!(
        a.text,
        "Port workers voted on Friday to accept a new three-year contract, ending a dispute that had slowed shipping for a month.\n\nThe union said 71 percent of members backed the deal."
    );
    // Escaped HTML description; author "email (Name)".
    assert_eq!(
        ok[1].text,
        "The harbour master, Piet Vos, retired on Saturday after thirty years in the post."
    );
    assert_eq!(ok[1].meta.byline, vec!["Ana Ruiz"]);
    // The malformed third item is an error naming it; the fourth still comes.
    let e = errs(&v);
    assert_eq!(e.len(), 1);
    assert!(e[0].input.ends_with("feed.rss#3"), "{}", e[0]);
    assert!(e[0].reason.contains("malformed XML"), "{}", e[0]);
    assert_eq!(ok[2].meta.title.as_deref(), Some("Fish market reopens"));
    assert_eq!(ok[2].source.record, Some(4));
}

#[test]
fn rss1_rdf() {
    let v = read(&["feed.rdf"]);
    assert_eq!(v.len(), 1);
    let a = v[0].as_ref().unwrap();
    assert_eq!(a.source.format, SourceFormat::Rss);
    assert_eq!(a.source.url.as_deref(), Some("https://hill.example/snow"));
    assert_eq!(a.meta.published.as_deref(), Some("2031-01-15T06:00:00Z"));
    assert_eq!(a.meta.byline, vec!["Karl Imhof"]);
    assert_eq!(a.meta.site.as_deref(), Some("Hill Courier"));
    assert!(a.text.starts_with("Heavy snow closed the mountain pass"));
}

#[test]
fn atom_entries() {
    let v = read(&["feed.atom"]);
    let ok = oks(&v);
    assert_eq!(ok.len(), 3, "{v:?}");
    let a = ok[0];
    assert_eq!(a.source.format, SourceFormat::Atom);
    assert_eq!(a.source.url.as_deref(), Some("https://river.example/dam"));
    assert_eq!(a.meta.title.as_deref(), Some("Dam inspection finds cracks"));
    // First publication, not the update.
    assert_eq!(
        a.meta.published.as_deref(),
        Some("2031-06-01T08:00:00+02:00")
    );
    assert_eq!(a.meta.byline, vec!["Sofia Marin"]);
    assert_eq!(a.meta.language.as_deref(), Some("en"));
    assert_eq!(
        a.text,
        "Engineers found cracks in the upper wall of the dam during a routine inspection on Sunday.\n\nThe water authority said there was no immediate danger."
    );
    assert_eq!(
        ok[1].text,
        "Barge traffic was halted on Monday because of low water.\n\nShippers expect delays of a week."
    );
    assert_eq!(
        ok[1].meta.published.as_deref(),
        Some("2031-06-02T09:00:00Z")
    );
    // A summary-only entry is still an article.
    assert_eq!(ok[2].text, "The ferry timetable changes next week.");
}

fn check_crawl(v: &[Result<Article, InputError>]) {
    assert!(errs(v).is_empty(), "{v:?}");
    let ok = oks(v);
    // warcinfo, request, metadata and the PNG response are skipped.
    assert_eq!(ok.len(), 3, "{v:?}");
    let a = ok[0];
    assert_eq!(a.source.format, SourceFormat::Warc);
    assert_eq!(a.source.record, Some(3));
    assert_eq!(
        a.source.url.as_deref(),
        Some("https://ledger.example/2031/04/02/bridge")
    );
    check_bridge_article(a);
    // Charset from the HTTP header, chunked transfer coding undone; no date in the page,
    // so the WARC-Date stands in.
    let b = ok[1];
    assert!(b.text.contains("Café owners"), "{}", b.text);
    assert_eq!(b.meta.published.as_deref(), Some("2031-05-06T07:08:09Z"));
    assert_eq!(b.source.url.as_deref(), Some("https://cafe.example/rent"));
    // A resource record with plain text.
    assert!(ok[2].text.starts_with("The lake ferry resumed"));
    assert_eq!(ok[2].meta.language.as_deref(), Some("en"));
}

#[test]
fn warc_plain() {
    check_crawl(&read(&["crawl.warc"]));
}

#[test]
fn warc_gzip_per_record() {
    check_crawl(&read(&["crawl.warc.gz"]));
}

#[test]
fn warc_bad_record_is_reported_and_the_rest_continue() {
    let v = read(&["bad.warc"]);
    let ok = oks(&v);
    let e = errs(&v);
    assert_eq!(ok.len(), 2, "{v:?}");
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(e[0].input.ends_with("bad.warc#2"), "{}", e[0]);
    assert!(e[0].reason.contains("Content-Length"), "{}", e[0]);
    assert!(ok[1].text.starts_with("The lake ferry resumed"));
}

#[test]
fn warc_record_over_the_cap_is_skipped_not_read() {
    let opts = Options {
        max_bytes: 2000,
        ..Options::default()
    };
    let v: Vec<_> = Inputs::new(&[data("crawl.warc")], opts).collect();
    // The big HTML record is over the cap; the small ones still come.
    let e = errs(&v);
    assert_eq!(e.len(), 1, "{v:?}");
    assert!(e[0].reason.contains("cap"), "{}", e[0]);
    assert_eq!(oks(&v).len(), 2);
}

#[test]
fn jsonl_lines() {
    let v = read(&["articles.jsonl"]);
    // Five non-blank lines: three articles, two errors.
    assert_eq!(v.len(), 5, "{v:?}");
    let ok = oks(&v);
    assert_eq!(ok.len(), 3);
    let a = ok[0];
    assert_eq!(a.id.as_deref(), Some("a-1"));
    assert_eq!(a.source.format, SourceFormat::Jsonl);
    assert_eq!(a.source.record, Some(1));
    assert_eq!(a.source.url.as_deref(), Some("https://news.example/budget"));
    assert_eq!(a.meta.title.as_deref(), Some("Budget passes"));
    assert_eq!(a.meta.published.as_deref(), Some("2031-03-04"));
    assert_eq!(
        a.text,
        "The council approved the budget on Tuesday.\n\nIt includes money for two new schools."
    );
    assert_eq!(a.clone().into_document().id, "a-1");
    let b = ok[1];
    assert_eq!(b.id.as_deref(), Some("42"));
    assert!(b.text.starts_with("Rescuers pulled three climbers"));
    assert!(!b.text.contains("Home"));
    assert_eq!(b.meta.language.as_deref(), Some("en"));
    assert_eq!(ok[2].id, None);
    assert_eq!(ok[2].source.record, Some(6));
    let e = errs(&v);
    assert!(e[0].input.ends_with("articles.jsonl:3"), "{}", e[0]);
    assert!(e[0].reason.contains("invalid JSON"), "{}", e[0]);
    assert!(e[1].input.ends_with("articles.jsonl:4"), "{}", e[1]);
    assert!(e[1].reason.contains("\"text\" or an \"html\""), "{}", e[1]);
}

#[test]
fn directories_are_walked() {
    let v = read(&["dir"]);
    let ok = oks(&v);
    assert_eq!(ok.len(), 2, "{v:?}");
    assert_eq!(ok[0].source.format, SourceFormat::Html);
    assert!(ok[0].source.path.as_deref().unwrap().ends_with("page.html"));
    check_bridge_article(ok[0]);
    assert_eq!(ok[1].source.format, SourceFormat::Text);
}

#[test]
fn forced_format_and_from_bytes() {
    let html = std::fs::read(data("article.html")).unwrap();
    // Named .txt but forced to HTML.
    let v = Inputs::from_bytes(
        "upload.txt",
        html.clone(),
        &Options {
            format: InputFormat::Html,
            ..Options::default()
        },
    );
    check_bridge_article(v[0].as_ref().unwrap());
    // Sniffed from content with no telling name; gzip in memory too.
    let gz = std::fs::read(data("crawl.warc.gz")).unwrap();
    let v = Inputs::from_bytes("upload", gz, &Options::default());
    assert_eq!(oks(&v).len(), 3);
}

#[test]
fn missing_file_and_one_bad_input_do_not_stop_the_others() {
    let paths = vec![
        data("does-not-exist.html"),
        data("feed.atom"),
        data("plain.txt"),
    ];
    let v: Vec<_> = Inputs::new(&paths, Options::default()).collect();
    assert!(v[0].as_ref().unwrap_err().reason.contains("no such file"));
    assert_eq!(oks(&v).len(), 4);
}

#[test]
fn malformed_inputs_give_clear_errors() {
    let cases: Vec<(&str, &[u8], &str)> = vec![
        ("x.html", b"   ", "empty"),
        (
            "x.html",
            b"<html><body>\x00\x01\x02 binary</body></html>",
            "binary",
        ),
        (
            "x.html",
            b"<html><head><title>t</title></head><body></body></html>",
            "no article text",
        ),
        (
            "x.rss",
            b"<rss><channel><title>t</title></channel></rss>",
            "no <item>",
        ),
        (
            "x.atom",
            b"<feed><entry><title>t</title>",
            "ends inside an item",
        ),
        ("x.warc", b"this is not a warc file\n", "malformed WARC"),
        ("x.jsonl", b"[1, 2]\n", "must be an object"),
    ];
    for (name, bytes, want) in cases {
        let v = Inputs::from_bytes(name, bytes.to_vec(), &Options::default());
        let e = errs(&v);
        assert!(!e.is_empty(), "{name}: {v:?}");
        assert!(
            e[0].reason.contains(want),
            "{name}: {} (wanted {want:?})",
            e[0]
        );
    }
}

#[test]
fn hundred_thousand_nested_divs() {
    let n = 100_000;
    let mut html = String::from("<html><body>");
    html.push_str(&"<div>".repeat(n));
    html.push_str(
        "<p>The innermost paragraph, buried under a hundred thousand divs, is still the story.</p>",
    );
    html.push_str(&"</div>".repeat(n));
    html.push_str("</body></html>");
    // Run on a thread with a small stack: nothing may recurse on depth.
    let t = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || Inputs::from_bytes("deep.html", html.into_bytes(), &Options::default()))
        .unwrap();
    let v = t.join().expect("no stack overflow");
    let a = v[0].as_ref().unwrap();
    assert!(a.text.contains("buried under a hundred thousand divs"));
}

#[test]
fn many_hidden_sibling_pages_stay_fast() {
    // 20k hidden "pages" after the visible one: the collapsed-story check is bounded.
    let mut html = String::from("<html><body><div class=pages><div class=page>");
    for i in 0..3 {
        html.push_str(&format!(
            "<p>Visible paragraph {i}, long enough to be a story paragraph, with commas, \
             names, places, and dates, about the harbour and its north pier.</p>"
        ));
    }
    html.push_str("</div>");
    for i in 0..20_000 {
        html.push_str(&format!(
            "<div class=page style=\"display:none\"><p>Hidden page {i}: a paragraph long \
             enough to count as story text, about the harbour board, the pier, the ferry \
             company, the fishermen and the council, who all had their say at length.</p>\
             </div>"
        ));
    }
    html.push_str("</div></body></html>");
    let t0 = std::time::Instant::now();
    let v = Inputs::from_bytes("pages.html", html.into_bytes(), &Options::default());
    assert!(v[0].as_ref().unwrap().text.contains("Visible paragraph 2"));
    assert!(t0.elapsed().as_secs() < 20, "{:?}", t0.elapsed());
}

#[test]
fn unclosed_and_garbage_html_still_extracts() {
    let html = b"<html><body><div class=story><p>First paragraph of the story, which goes on for a while to be long enough.<p>Second paragraph <b>never closes its tags <i>and keeps going, long enough to count.<div>".to_vec();
    let v = Inputs::from_bytes("broken.html", html, &Options::default());
    let a = v[0].as_ref().unwrap();
    assert!(a.text.contains("First paragraph"));
    assert!(a.text.contains("Second paragraph never closes"));
}

#[test]
fn furniture_written_as_sentences_is_dropped() {
    let v = read(&["furniture.html"]);
    let t = &oks(&v)[0].text;
    assert!(
        t.starts_with("The ferry between Portwick and Kessel Island resumed"),
        "{t}"
    );
    assert!(t.ends_with("half the shelves were empty.”"), "{t}");
    for gone in [
        "letter to the editor",
        "newsletter",
        "subscribe",
        "apps for iOS",
        "Follow The Harbour Post",
        "not responsible",
        "freelance writer",
        "More stories",
        "Featured image",
        "Posted by",
        "Spread the news",
        "cookies",
        "reading time",
        "Getty",
        "∼",
    ] {
        assert!(!t.contains(gone), "{gone} kept: {t}");
    }
    assert!(t.contains("Harbour master Ines Calder said the new stage"));
}
