//! The web UI: pages rendered on the server. Every string that comes from an article
//! or a request goes through [`esc`] (or [`url_encode`] inside URLs).

use crate::api::{EventParams, SearchParams};
use crate::{nz, url_encode, Shared};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;
use sitrep_doc::Document;
use sitrep_store::textutil::entity_key;
use sitrep_store::{escape_html as esc, DayPoint, EventRow, Store, Story};
use std::fmt::Write;

const STYLE: &str = r#"
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
header{background:#1d2330;color:#fff;padding:.6em 1.2em;display:flex;gap:1.5em;align-items:center}
header a{color:#dfe6f3;text-decoration:none}header b a{color:#fff}
main{max-width:1200px;margin:0 auto;padding:1em 1.2em}
a{color:#1f5fbf}
h1{font-size:1.5em;margin:.3em 0}h2{font-size:1.15em;margin:1.2em 0 .4em}
.meta{color:#5b6475;font-size:.9em}
form.search{display:flex;flex-wrap:wrap;gap:.5em;align-items:end;background:#fff;padding:.8em;border:1px solid #dde1e8;border-radius:6px}
form.search label{display:flex;flex-direction:column;font-size:.8em;color:#5b6475}
form.search input,form.search select{font:inherit;padding:.3em .4em;border:1px solid #c5cbd6;border-radius:4px}
form.search input[name=q]{width:22em}
button{font:inherit;padding:.35em 1em;background:#1f5fbf;color:#fff;border:0;border-radius:4px;cursor:pointer}
.hit{background:#fff;border:1px solid #dde1e8;border-radius:6px;padding:.6em .9em;margin:.6em 0}
.hit h3{margin:0;font-size:1.05em}
mark{background:#ffe27a;padding:0 .1em}
table{border-collapse:collapse;width:100%;background:#fff;font-size:.92em}
th,td{border-bottom:1px solid #e3e6ec;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#eef1f5;font-weight:600}
tr.event-row{cursor:pointer}tr.event-row:hover{background:#f1f6ff}
.cols{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.5em}
@media(max-width:900px){.cols{grid-template-columns:1fr}}
.text{background:#fff;border:1px solid #dde1e8;border-radius:6px;padding:1em 1.2em;white-space:pre-wrap;line-height:1.7}
.sent{scroll-margin-top:4em;border-radius:3px}
.sent:target{background:#fff3b0;outline:2px solid #f0c400}
.ent{border-radius:3px;padding:0 .15em;text-decoration:none;color:inherit;border-bottom:2px solid}
.ent-person{background:#e3efff;border-color:#3b7ddd}
.ent-org{background:#e8f6e8;border-color:#3a9a3a}
.ent-gpe{background:#fff0dc;border-color:#e08a00}
.ent-loc{background:#f3e8ff;border-color:#8a4fd0}
.ent-norp{background:#ffe6ef;border-color:#d0457a}
.ent-facility{background:#e4f7f7;border-color:#2a9d9d}
.ent-event{background:#fdf0e6;border-color:#b5651d}
.ent-misc{background:#eeeeee;border-color:#888}
.trigger{font-weight:700;text-decoration:underline dotted}
.badge{display:inline-block;font-size:.75em;font-weight:600;padding:.05em .5em;border-radius:9px;color:#fff;background:#666;white-space:nowrap}
.st-asserted{background:#2f6fd0}.st-confirmed{background:#1f8a3b}.st-attributed{background:#6b5bd0}
.st-unconfirmed{background:#c98a00}.st-denied{background:#c0392b}.st-negated{background:#7f1d1d}.st-hypothetical{background:#6b7280}
.legend span{margin-right:.6em;font-size:.85em}
blockquote{margin:.4em 0;padding:.3em .8em;border-left:3px solid #c5cbd6;background:#fff}
.disagree{color:#b42318;font-weight:600}
.card{background:#fff;border:1px solid #dde1e8;border-radius:6px;padding:.8em 1em;margin:.6em 0}
svg text{font:11px system-ui,sans-serif;fill:#5b6475}
"#;

const ROOTS: &[(&str, &str)] = &[
    ("01", "make public statement"),
    ("02", "appeal"),
    ("03", "express intent to cooperate"),
    ("04", "consult"),
    ("05", "engage in diplomatic cooperation"),
    ("06", "engage in material cooperation"),
    ("07", "provide aid"),
    ("08", "yield"),
    ("09", "investigate"),
    ("10", "demand"),
    ("11", "disapprove"),
    ("12", "reject"),
    ("13", "threaten"),
    ("14", "protest"),
    ("15", "exhibit force posture"),
    ("16", "reduce relations"),
    ("17", "coerce"),
    ("18", "assault"),
    ("19", "fight"),
    ("20", "use unconventional mass violence"),
];

const STATUSES: &[&str] = &[
    "asserted",
    "confirmed",
    "attributed",
    "unconfirmed",
    "denied",
    "negated",
    "hypothetical",
];

fn page(title: &str, body: &str) -> Response {
    let html = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
         <title>{} · sitrep</title><style>{STYLE}</style></head><body>\
         <header><b><a href=\"/\">sitrep</a></b><a href=\"/\">Search</a>\
         <a href=\"/stories\">Stories</a><a href=\"/entities\">Entities</a>\
         <a href=\"/dyad\">Dyad timeline</a></header><main>{body}</main></body></html>",
        esc(title)
    );
    Html(html).into_response()
}

fn error_page(status: StatusCode, msg: &str) -> Response {
    let mut r = page(
        "Error",
        &format!("<h1>{}</h1><p>{}</p>", status.as_u16(), esc(msg)),
    );
    *r.status_mut() = status;
    r
}

pub(crate) async fn not_found() -> Response {
    error_page(StatusCode::NOT_FOUND, "No such page.")
}

async fn blocking<R: Send + 'static>(
    state: &Shared,
    f: impl FnOnce(&mut Store) -> R + Send + 'static,
) -> Result<R, Response> {
    let st = state.clone();
    tokio::task::spawn_blocking(move || st.with_store(f))
        .await
        .map_err(|e| error_page(StatusCode::INTERNAL_SERVER_ERROR, &e.to_string()))
}

fn badge(status: &str) -> String {
    format!("<span class=\"badge st-{0}\">{0}</span>", esc(status))
}

fn party_html(p: &Option<sitrep_store::Party>) -> String {
    match p {
        None => "<span class=\"meta\">?</span>".into(),
        Some(p) => {
            let name = esc(&p.text);
            let actor = p
                .actor
                .as_ref()
                .map(|a| format!(" <span class=\"meta\">{}</span>", esc(a)))
                .unwrap_or_default();
            match &p.key {
                Some(k) if !k.starts_with("text:") => {
                    format!("<a href=\"/entities/{}\">{name}</a>{actor}", url_encode(k))
                }
                _ => format!("{name}{actor}"),
            }
        }
    }
}

/// Events across articles as a table; each row links to its evidence sentence.
fn events_table(events: &[EventRow], with_article: bool) -> String {
    if events.is_empty() {
        return "<p class=\"meta\">No events.</p>".into();
    }
    let mut s = String::from(
        "<table class=\"events\"><tr><th>status</th><th>who</th><th>did what</th><th>to whom</th>\
         <th>where</th><th>when</th>",
    );
    if with_article {
        s.push_str("<th>article</th>");
    }
    s.push_str("</tr>");
    for e in events {
        let href = format!("/articles/{}#s{}", url_encode(&e.article), e.sentence);
        let _ = write!(
            s,
            "<tr class=\"event-row\" data-href=\"{href}\" onclick=\"location.href=this.dataset.href\">\
             <td>{}</td><td>{}</td><td><a href=\"{href}\">{}</a> <span class=\"meta\">{} · {:+.1}</span></td>\
             <td>{}</td><td>{}</td><td>{}</td>",
            badge(&e.status),
            party_html(&e.source),
            esc(&e.label),
            esc(&e.code),
            e.goldstein,
            party_html(&e.target),
            esc(e.location.as_deref().unwrap_or("")),
            esc(e.day.as_deref().unwrap_or("")),
        );
        if with_article {
            let _ = write!(
                s,
                "<td><a href=\"/articles/{}\">{}</a></td>",
                url_encode(&e.article),
                esc(e.article_title.as_deref().unwrap_or(&e.article))
            );
        }
        s.push_str("</tr>");
    }
    s.push_str("</table>");
    s
}

fn select(name: &str, current: &Option<String>, options: &[(&str, &str)]) -> String {
    let mut s = format!("<select name=\"{name}\"><option value=\"\">any</option>");
    for (v, label) in options {
        let sel = if current.as_deref() == Some(*v) {
            " selected"
        } else {
            ""
        };
        let _ = write!(
            s,
            "<option value=\"{}\"{sel}>{}</option>",
            esc(v),
            esc(label)
        );
    }
    s.push_str("</select>");
    s
}

fn val(v: &Option<String>) -> String {
    esc(v.as_deref().unwrap_or(""))
}

/// `/`: the search page (recent events and stories when there is no query).
pub(crate) async fn search(State(st): State<Shared>, Query(p): Query<SearchParams>) -> Response {
    let roots: Vec<(&str, String)> = ROOTS
        .iter()
        .map(|(c, l)| (*c, format!("{c} {l}")))
        .collect();
    let root_opts: Vec<(&str, &str)> = roots.iter().map(|(c, l)| (*c, l.as_str())).collect();
    let status_opts: Vec<(&str, &str)> = STATUSES.iter().map(|s| (*s, *s)).collect();
    let mut body = format!(
        "<h1>Search the archive</h1><form class=\"search\" method=\"get\" action=\"/\">\
         <label>words<input name=\"q\" value=\"{}\" placeholder=\"rebels depot\" autofocus></label>\
         <label>entity<input name=\"entity\" value=\"{}\" placeholder=\"name or key\"></label>\
         <label>actor<input name=\"actor\" value=\"{}\" size=\"8\" placeholder=\"USAMIL\"></label>\
         <label>event root{}</label><label>status{}</label>\
         <label>from<input type=\"date\" name=\"from\" value=\"{}\"></label>\
         <label>to<input type=\"date\" name=\"to\" value=\"{}\"></label>\
         <button type=\"submit\" id=\"go\">Search</button></form>",
        val(&p.q),
        val(&p.entity),
        val(&p.actor),
        select("root", &nz(&p.root), &root_opts),
        select("status", &nz(&p.status), &status_opts),
        val(&p.from),
        val(&p.to),
    );
    let searching = [
        &p.q, &p.entity, &p.actor, &p.root, &p.status, &p.from, &p.to,
    ]
    .iter()
    .any(|v| nz(v).is_some());
    if searching {
        let q = match p.query() {
            Ok(q) => q,
            Err(e) => {
                let _ = write!(body, "<p class=\"disagree\">{}</p>", esc(&e));
                return page("Search", &body);
            }
        };
        let r = match blocking(&st, move |s| s.search(&q)).await {
            Ok(Ok(r)) => r,
            Ok(Err(e)) => return error_page(StatusCode::INTERNAL_SERVER_ERROR, &e.to_string()),
            Err(r) => return r,
        };
        let _ = write!(
            body,
            "<p class=\"meta\" id=\"total\">{} article{} found</p>",
            r.total,
            if r.total == 1 { "" } else { "s" }
        );
        for h in &r.hits {
            // `snippet` comes from the store already escaped, with <mark> around hits.
            let _ = write!(
                body,
                "<div class=\"hit\"><h3><a class=\"hit-link\" href=\"/articles/{}\">{}</a></h3>\
                 <div class=\"meta\">{} · score {:.2}</div><div>{}</div></div>",
                url_encode(&h.id),
                esc(h.title.as_deref().unwrap_or("(untitled)")),
                esc(h.published.as_deref().unwrap_or("undated")),
                h.score,
                h.snippet
            );
        }
    } else {
        let data = blocking(&st, |s| {
            let events = s.events(&sitrep_store::EventFilter {
                limit: 20,
                ..Default::default()
            })?;
            let stories = s.stories(2, 10)?;
            let stats = s.stats()?;
            Ok::<_, sitrep_store::StoreError>((events, stories, stats))
        })
        .await;
        let (events, stories, stats) = match data {
            Ok(Ok(d)) => d,
            Ok(Err(e)) => return error_page(StatusCode::INTERNAL_SERVER_ERROR, &e.to_string()),
            Err(r) => return r,
        };
        let _ = write!(
            body,
            "<p class=\"meta\">{} articles ({} near-duplicates), {} entities, {} events in {} stories.</p>",
            stats.articles, stats.duplicates, stats.entities, stats.events, stats.stories
        );
        if !stories.is_empty() {
            body.push_str("<h2>Stories told by several sources</h2>");
            body.push_str(&stories_table(&stories));
        }
        body.push_str("<h2>Latest events: who did what to whom</h2>");
        body.push_str(&events_table(&events, true));
    }
    page("Search", &body)
}

fn stories_table(stories: &[Story]) -> String {
    let mut s = String::from(
        "<table><tr><th>story</th><th>who → whom</th><th>where</th><th>day</th>\
         <th>sources</th><th>statuses</th><th>disagreements</th></tr>",
    );
    for st in stories {
        let statuses: Vec<String> = st
            .statuses
            .iter()
            .map(|(k, n)| format!("{} ×{n}", badge(k)))
            .collect();
        let _ = write!(
            s,
            "<tr><td><a href=\"/stories/{}\">{}</a></td><td>{} → {}</td><td>{}</td><td>{}</td>\
             <td>{}</td><td>{}</td><td class=\"disagree\">{}</td></tr>",
            st.id,
            esc(&st.label),
            esc(st.source.as_deref().unwrap_or("?")),
            esc(st.target.as_deref().unwrap_or("?")),
            esc(st
                .place
                .as_deref()
                .unwrap_or("")
                .trim_start_matches("text:")),
            esc(st.day.as_deref().unwrap_or("")),
            st.sources,
            statuses.join(" "),
            esc(&st.disagreements.join("; ")),
        );
    }
    s.push_str("</table>");
    s
}

/// One mark in the article text: a mention or an event trigger.
struct Mark {
    start: usize,
    end: usize,
    open: String,
    close: &'static str,
}

/// The article text as HTML: sentences as anchors (`#s3`), mentions highlighted by
/// entity type and linked to their entity page, event triggers underlined.
fn render_text(doc: &Document) -> String {
    let mut marks: Vec<Mark> = Vec::new();
    for e in &doc.entities {
        let kind = e.kind.as_str();
        let href = format!("/entities/{}", url_encode(&entity_key(kind, &e.name)));
        for m in &e.mentions {
            marks.push(Mark {
                start: m.start,
                end: m.end,
                open: format!(
                    "<a class=\"ent ent-{kind}\" href=\"{href}\" data-entity=\"{}\" title=\"{}: {}\">",
                    esc(&e.id),
                    kind,
                    esc(&e.name)
                ),
                close: "</a>",
            });
        }
    }
    for v in &doc.events {
        marks.push(Mark {
            start: v.trigger.start,
            end: v.trigger.end,
            open: format!(
                "<span class=\"trigger\" data-event=\"{}\" title=\"{} ({})\">",
                esc(&v.id),
                esc(&v.label),
                esc(&v.code)
            ),
            close: "</span>",
        });
    }
    // Keep marks that lie on char boundaries and do not overlap (earliest, then longest).
    marks.retain(|m| m.start < m.end && doc.text.get(m.start..m.end).is_some());
    marks.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut kept: Vec<Mark> = Vec::new();
    for m in marks {
        if kept.last().is_none_or(|k| m.start >= k.end) {
            kept.push(m);
        }
    }
    // Sentence boundaries: a mark crossing one is dropped.
    let text = &doc.text;
    let mut out = String::with_capacity(text.len() * 2);
    let mut at = 0usize;
    let mut mi = 0usize;
    let sentences: Vec<(usize, usize)> = doc
        .sentences
        .iter()
        .filter(|s| s.start <= s.end && text.get(s.start..s.end).is_some())
        .map(|s| (s.start, s.end))
        .collect();
    let emit_marked = |out: &mut String, from: usize, to: usize, mi: &mut usize| {
        let mut pos = from;
        while *mi < kept.len() && kept[*mi].start < to {
            let m = &kept[*mi];
            *mi += 1;
            if m.start < pos || m.end > to {
                continue;
            }
            out.push_str(&esc(&text[pos..m.start]));
            out.push_str(&m.open);
            out.push_str(&esc(&text[m.start..m.end]));
            out.push_str(m.close);
            pos = m.end;
        }
        out.push_str(&esc(&text[pos..to]));
    };
    for (i, &(s, e)) in sentences.iter().enumerate() {
        if s < at {
            continue;
        }
        emit_marked(&mut out, at, s, &mut mi);
        let _ = write!(out, "<span class=\"sent\" id=\"s{i}\">");
        emit_marked(&mut out, s, e, &mut mi);
        out.push_str("</span>");
        at = e;
    }
    emit_marked(&mut out, at, text.len(), &mut mi);
    out
}

fn doc_events(doc: &Document) -> String {
    if doc.events.is_empty() {
        return "<p class=\"meta\">No events found in this article.</p>".into();
    }
    let mut s = String::from(
        "<table class=\"events\"><tr><th>status</th><th>who</th><th>did what</th><th>to whom</th>\
         <th>where / when</th><th>says who</th></tr>",
    );
    let ent_name = |id: &Option<String>| -> Option<String> {
        id.as_ref()
            .and_then(|id| doc.entities.iter().find(|e| &e.id == id))
            .map(|e| e.name.clone())
    };
    for v in &doc.events {
        let party = |r: &Option<sitrep_doc::ActorRef>| match r {
            None => "<span class=\"meta\">?</span>".to_string(),
            Some(r) => format!(
                "{}{}",
                esc(&ent_name(&r.entity).unwrap_or_else(|| r.text.clone())),
                r.actor
                    .as_ref()
                    .map(|a| format!(" <span class=\"meta\">{}</span>", esc(a)))
                    .unwrap_or_default()
            ),
        };
        let place = v.location.as_ref().map(|l| l.text.as_str()).unwrap_or("");
        let when = v
            .time
            .as_ref()
            .map(|t| t.value.clone().unwrap_or_else(|| t.text.clone()))
            .unwrap_or_default();
        let _ = write!(
            s,
            "<tr class=\"event-row\" id=\"{id}\" data-sentence=\"s{n}\" \
             onclick=\"location.hash='s{n}'\"><td>{}</td><td>{}</td>\
             <td><a href=\"#s{n}\">{}</a> <span class=\"meta\">“{}” · {} · {:+.1}</span></td>\
             <td>{}</td><td>{} {}</td><td>{}</td></tr>",
            badge(v.status.as_str()),
            party(&v.source),
            esc(&v.label),
            esc(&v.trigger.text),
            esc(&v.code),
            v.goldstein,
            party(&v.target),
            esc(place),
            esc(&when),
            esc(v
                .attributed_to
                .as_ref()
                .map(|a| a.text.as_str())
                .unwrap_or("")),
            id = esc(&v.id),
            n = v.sentence,
        );
    }
    s.push_str("</table>");
    s
}

fn doc_quotes(doc: &Document) -> String {
    if doc.quotes.is_empty() {
        return "<p class=\"meta\">No quotes.</p>".into();
    }
    let mut s = String::new();
    for q in &doc.quotes {
        let speaker = q
            .speaker
            .as_ref()
            .map(|sp| {
                let name = sp
                    .entity
                    .as_ref()
                    .and_then(|id| doc.entities.iter().find(|e| &e.id == id))
                    .map(|e| e.name.clone())
                    .unwrap_or_else(|| sp.text.clone());
                esc(&name)
            })
            .unwrap_or_else(|| "<span class=\"meta\">unnamed</span>".into());
        let _ = write!(
            s,
            "<blockquote class=\"quote\"><a href=\"#s{}\">“{}”</a><br>— <b class=\"speaker\">{speaker}</b> \
             <span class=\"meta\">{}{}</span></blockquote>",
            q.sentence,
            esc(&q.text),
            esc(match q.kind {
                sitrep_doc::QuoteKind::Direct => "direct",
                sitrep_doc::QuoteKind::Indirect => "indirect",
                sitrep_doc::QuoteKind::Mixed => "mixed",
            }),
            q.cue
                .as_ref()
                .map(|c| format!(", {}", esc(&c.text)))
                .unwrap_or_default(),
        );
    }
    s
}

fn doc_entities(doc: &Document) -> String {
    if doc.entities.is_empty() {
        return "<p class=\"meta\">No entities.</p>".into();
    }
    let mut s = String::from(
        "<table><tr><th>entity</th><th>type</th><th>actor</th><th>roles</th><th>mentions</th></tr>",
    );
    for e in &doc.entities {
        let kind = e.kind.as_str();
        let roles: Vec<String> = e.roles.iter().map(|r| esc(&r.title)).collect();
        let _ = write!(
            s,
            "<tr><td><a class=\"ent ent-{kind}\" href=\"/entities/{}\">{}</a></td><td>{kind}</td>\
             <td>{}</td><td>{}</td><td>{}</td></tr>",
            url_encode(&entity_key(kind, &e.name)),
            esc(&e.name),
            esc(e.actor.as_deref().unwrap_or("")),
            roles.join(", "),
            e.mentions.len()
        );
    }
    s.push_str("</table>");
    s
}

fn doc_quantities(doc: &Document) -> String {
    if doc.quantities.is_empty() {
        return String::new();
    }
    let mut s = String::from("<h2>Quantities</h2><table><tr><th>words</th><th>value</th><th>unit</th><th>of what</th></tr>");
    for n in &doc.quantities {
        let _ = write!(
            s,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&n.text),
            n.value,
            esc(&n.unit),
            esc(n.about.as_ref().map(|a| a.text.as_str()).unwrap_or(""))
        );
    }
    s.push_str("</table>");
    s
}

/// `/articles/{id}`.
pub(crate) async fn article(State(st): State<Shared>, Path(id): Path<String>) -> Response {
    let id2 = id.clone();
    let data = blocking(&st, move |s| {
        let doc = s.article(&id2)?;
        let summary = s.article_summary(&id2)?;
        let dups = s.duplicates_of(&id2)?;
        Ok::<_, sitrep_store::StoreError>((doc, summary, dups))
    })
    .await;
    let (doc, summary, dups) = match data {
        Ok(Ok((Some(d), Some(s), dups))) => (d, s, dups),
        Ok(Ok(_)) => return error_page(StatusCode::NOT_FOUND, "No such article."),
        Ok(Err(e)) => return error_page(StatusCode::INTERNAL_SERVER_ERROR, &e.to_string()),
        Err(r) => return r,
    };
    let title = doc
        .meta
        .title
        .clone()
        .unwrap_or_else(|| "(untitled)".into());
    let mut body = format!("<h1 id=\"title\">{}</h1><p class=\"meta\">", esc(&title));
    if let Some(p) = &doc.meta.published {
        let _ = write!(body, "{} · ", esc(p));
    }
    if let Some(s) = &doc.meta.site {
        let _ = write!(body, "{} · ", esc(s));
    }
    if let Some(u) = &doc.source.url {
        if u.starts_with("http://") || u.starts_with("https://") {
            let _ = write!(
                body,
                "<a href=\"{0}\" rel=\"noreferrer nofollow\">{0}</a> · ",
                esc(u)
            );
        } else {
            let _ = write!(body, "{} · ", esc(u));
        }
    } else if let Some(p) = &doc.source.path {
        let _ = write!(body, "{} · ", esc(p));
    }
    let _ = write!(
        body,
        "id {} · <a href=\"/api/articles/{}\">sitrep/1 JSON</a></p>",
        esc(&doc.id),
        url_encode(&doc.id)
    );
    if let Some(first) = &summary.dup_of {
        let _ = write!(
            body,
            "<p class=\"card\">A near-duplicate of <a href=\"/articles/{}\">an earlier article</a>.</p>",
            url_encode(first)
        );
    }
    if !dups.is_empty() {
        let links: Vec<String> = dups
            .iter()
            .map(|d| format!("<a href=\"/articles/{}\">{}</a>", url_encode(d), esc(d)))
            .collect();
        let _ = write!(
            body,
            "<p class=\"card\">{} near-duplicate cop{}: {}</p>",
            dups.len(),
            if dups.len() == 1 { "y" } else { "ies" },
            links.join(", ")
        );
    }
    body.push_str("<p class=\"legend\">");
    for k in [
        "person", "org", "gpe", "loc", "norp", "facility", "event", "misc",
    ] {
        let _ = write!(body, "<span class=\"ent ent-{k}\">{k}</span>");
    }
    body.push_str("</p>");
    let _ = write!(
        body,
        "<div class=\"cols\"><div><div class=\"text\" id=\"text\">{}</div></div><div>\
         <h2>Events</h2>{}<h2>Quotes</h2>{}<h2>Entities</h2>{}{}</div></div>",
        render_text(&doc),
        doc_events(&doc),
        doc_quotes(&doc),
        doc_entities(&doc),
        doc_quantities(&doc),
    );
    page(&title, &body)
}

#[derive(Deserialize, Default)]
pub(crate) struct EntitiesParams {
    q: Option<String>,
    #[serde(rename = "type")]
    kind: Option<String>,
}

/// `/entities`: entities across the archive.
pub(crate) async fn entities(
    State(st): State<Shared>,
    Query(p): Query<EntitiesParams>,
) -> Response {
    let (q, kind) = (nz(&p.q), nz(&p.kind));
    let (q2, k2) = (q.clone(), kind.clone());
    let list = match blocking(&st, move |s| s.entities(q2.as_deref(), k2.as_deref(), 200)).await {
        Ok(Ok(l)) => l,
        Ok(Err(e)) => return error_page(StatusCode::INTERNAL_SERVER_ERROR, &e.to_string()),
        Err(r) => return r,
    };
    let types: Vec<(&str, &str)> = [
        "person", "org", "gpe", "loc", "norp", "facility", "event", "misc",
    ]
    .iter()
    .map(|t| (*t, *t))
    .collect();
    let mut body = format!(
        "<h1>Entities</h1><form class=\"search\" method=\"get\" action=\"/entities\">\
         <label>name<input name=\"q\" value=\"{}\"></label><label>type{}</label>\
         <button type=\"submit\">Filter</button></form><table><tr><th>entity</th><th>type</th>\
         <th>actor</th><th>articles</th><th>mentions</th></tr>",
        val(&q),
        select("type", &kind, &types)
    );
    for e in &list {
        let _ = write!(
            body,
            "<tr><td><a class=\"ent ent-{}\" href=\"/entities/{}\">{}</a></td><td>{}</td><td>{}</td>\
             <td>{}</td><td>{}</td></tr>",
            esc(&e.kind),
            url_encode(&e.key),
            esc(&e.name),
            esc(&e.kind),
            esc(e.actor.as_deref().unwrap_or("")),
            e.articles,
            e.mentions
        );
    }
    body.push_str("</table>");
    page("Entities", &body)
}

/// `/entities/{key}`: one entity across articles.
pub(crate) async fn entity(State(st): State<Shared>, Path(key): Path<String>) -> Response {
    let e = match blocking(&st, move |s| s.entity(&key)).await {
        Ok(Ok(Some(e))) => e,
        Ok(Ok(None)) => return error_page(StatusCode::NOT_FOUND, "No such entity."),
        Ok(Err(e)) => return error_page(StatusCode::INTERNAL_SERVER_ERROR, &e.to_string()),
        Err(r) => return r,
    };
    let s = &e.summary;
    let mut body = format!(
        "<h1><span class=\"ent ent-{0}\">{1}</span></h1><p class=\"meta\">{0} · key {2}{3} · \
         {4} article{5} · {6} mentions</p>",
        esc(&s.kind),
        esc(&s.name),
        esc(&s.key),
        s.actor
            .as_ref()
            .map(|a| format!(" · actor {}", esc(a)))
            .unwrap_or_default(),
        s.articles,
        if s.articles == 1 { "" } else { "s" },
        s.mentions
    );
    if !e.aliases.is_empty() {
        let a: Vec<String> = e.aliases.iter().map(|x| esc(x)).collect();
        let _ = write!(body, "<p><b>Also written:</b> {}</p>", a.join(", "));
    }
    if !e.roles.is_empty() {
        let r: Vec<String> = e
            .roles
            .iter()
            .map(|(t, n)| format!("{} ({n})", esc(t)))
            .collect();
        let _ = write!(body, "<p><b>Roles:</b> {}</p>", r.join(", "));
    }
    // Partners, for dyad timelines.
    let me = s.actor.clone().unwrap_or_else(|| s.key.clone());
    let mut partners: Vec<(String, String)> = Vec::new();
    for ev in &e.events {
        let ident = |p: &Option<sitrep_store::Party>| {
            p.as_ref()
                .and_then(|p| p.actor.clone().or_else(|| p.key.clone()))
        };
        if let (Some(a), Some(b)) = (ident(&ev.source), ident(&ev.target)) {
            if (a == me
                || b == me
                || ev.source.as_ref().and_then(|p| p.key.as_ref()) == Some(&s.key)
                || ev.target.as_ref().and_then(|p| p.key.as_ref()) == Some(&s.key))
                && !partners.contains(&(a.clone(), b.clone()))
            {
                partners.push((a, b));
            }
        }
    }
    if !partners.is_empty() {
        body.push_str("<p><b>Dyad timelines:</b> ");
        let links: Vec<String> = partners
            .iter()
            .map(|(a, b)| {
                format!(
                    "<a href=\"/dyad?source={}&amp;target={}\">{} → {}</a>",
                    url_encode(a),
                    url_encode(b),
                    esc(a),
                    esc(b)
                )
            })
            .collect();
        body.push_str(&links.join(" · "));
        body.push_str("</p>");
    }
    body.push_str("<h2>Events</h2>");
    body.push_str(&events_table(&e.events, true));
    if !e.quotes.is_empty() {
        body.push_str("<h2>Quotes</h2>");
        for q in &e.quotes {
            let _ = write!(
                body,
                "<blockquote>“{}” <span class=\"meta\">— <a href=\"/articles/{}\">{}</a></span></blockquote>",
                esc(&q.text),
                url_encode(&q.article),
                esc(q.article_title.as_deref().unwrap_or(&q.article))
            );
        }
    }
    body.push_str(
        "<h2>Articles</h2><table><tr><th>article</th><th>published</th><th>mentions</th></tr>",
    );
    for a in &e.articles {
        let _ = write!(
            body,
            "<tr><td><a href=\"/articles/{}\">{}</a></td><td>{}</td><td>{}</td></tr>",
            url_encode(&a.id),
            esc(a.title.as_deref().unwrap_or(&a.id)),
            esc(a.published.as_deref().unwrap_or("")),
            a.mentions
        );
    }
    body.push_str("</table>");
    page(&s.name, &body)
}

#[derive(Deserialize, Default)]
pub(crate) struct StoriesParams {
    min_sources: Option<i64>,
}

/// `/stories`.
pub(crate) async fn stories(State(st): State<Shared>, Query(p): Query<StoriesParams>) -> Response {
    let min = p.min_sources.unwrap_or(1).max(1);
    let list = match blocking(&st, move |s| s.stories(min, 200)).await {
        Ok(Ok(l)) => l,
        Ok(Err(e)) => return error_page(StatusCode::INTERNAL_SERVER_ERROR, &e.to_string()),
        Err(r) => return r,
    };
    let body = format!(
        "<h1>Stories</h1><p class=\"meta\">Events from several articles that report the same \
         happening (same dyad, CAMEO root, place and day). <a href=\"/stories?min_sources=2\">\
         Only those told by two sources or more</a>.</p>{}",
        stories_table(&list)
    );
    page("Stories", &body)
}

/// `/stories/{id}`.
pub(crate) async fn story(State(st): State<Shared>, Path(id): Path<i64>) -> Response {
    let data = blocking(&st, move |s| {
        let story = s.story(id)?;
        let events = s.events(&sitrep_store::EventFilter {
            story: Some(id),
            limit: 500,
            ..Default::default()
        })?;
        Ok::<_, sitrep_store::StoreError>((story, events))
    })
    .await;
    let (story, events) = match data {
        Ok(Ok((Some(s), e))) => (s, e),
        Ok(Ok((None, _))) => return error_page(StatusCode::NOT_FOUND, "No such story."),
        Ok(Err(e)) => return error_page(StatusCode::INTERNAL_SERVER_ERROR, &e.to_string()),
        Err(r) => return r,
    };
    let mut body = format!(
        "<h1>{} → {} → {}</h1><p class=\"meta\">{} · {} · {} source{} · {} event{}</p>",
        esc(story.source.as_deref().unwrap_or("?")),
        esc(&story.label),
        esc(story.target.as_deref().unwrap_or("?")),
        esc(story
            .place
            .as_deref()
            .unwrap_or("no place")
            .trim_start_matches("text:")),
        esc(story.day.as_deref().unwrap_or("no day")),
        story.sources,
        if story.sources == 1 { "" } else { "s" },
        story.events,
        if story.events == 1 { "" } else { "s" },
    );
    if !story.disagreements.is_empty() {
        body.push_str("<div class=\"card\"><b>The sources disagree</b><ul>");
        for d in &story.disagreements {
            let _ = write!(body, "<li class=\"disagree\">{}</li>", esc(d));
        }
        body.push_str("</ul></div>");
    }
    body.push_str(&events_table(&events, true));
    page("Story", &body)
}

#[derive(Deserialize, Default)]
pub(crate) struct DyadParams {
    source: Option<String>,
    target: Option<String>,
}

/// An inline SVG chart of a dyad timeline: one bar per day with events, height the
/// Goldstein sum (up green, down red), event counts above.
pub(crate) fn timeline_svg(days: &[DayPoint]) -> String {
    let (w, h, pad) = (900.0f64, 260.0f64, 36.0f64);
    let max = days
        .iter()
        .map(|d| d.goldstein.abs())
        .fold(1.0f64, f64::max);
    let mid = h / 2.0;
    let scale = (mid - pad) / max;
    let n = days.len().max(1) as f64;
    let step = (w - 2.0 * pad) / n;
    let bw = (step * 0.7).clamp(2.0, 40.0);
    let mut s = format!(
        "<svg class=\"timeline\" viewBox=\"0 0 {w} {h}\" width=\"100%\" role=\"img\" \
         aria-label=\"Goldstein sum per day\"><line x1=\"{pad}\" x2=\"{}\" y1=\"{mid}\" y2=\"{mid}\" \
         stroke=\"#9aa3b2\"/><text x=\"2\" y=\"{}\">+{max:.0}</text><text x=\"2\" y=\"{}\">-{max:.0}</text>",
        w - pad,
        pad,
        h - pad + 10.0
    );
    for (i, d) in days.iter().enumerate() {
        let x = pad + step * i as f64 + (step - bw) / 2.0;
        let bh = (d.goldstein.abs() * scale).max(1.0);
        let (y, color) = if d.goldstein >= 0.0 {
            (mid - bh, "#1f8a3b")
        } else {
            (mid, "#c0392b")
        };
        let _ = write!(
            s,
            "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{bw:.1}\" height=\"{bh:.1}\" fill=\"{color}\">\
             <title>{}: {} event{}, Goldstein {:+.1}</title></rect>\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
            esc(&d.day),
            d.events,
            if d.events == 1 { "" } else { "s" },
            d.goldstein,
            x + bw / 2.0,
            if d.goldstein >= 0.0 { y - 3.0 } else { y + bh + 11.0 },
            d.events
        );
        if days.len() <= 20 || i % (days.len() / 10).max(1) == 0 {
            let _ = write!(
                s,
                "<text x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                x + bw / 2.0,
                h - 4.0,
                esc(&d.day)
            );
        }
    }
    s.push_str("</svg>");
    s
}

/// `/dyad?source=&target=`: the dyad timeline chart.
pub(crate) async fn dyad(State(st): State<Shared>, Query(p): Query<DyadParams>) -> Response {
    let (source, target) = (nz(&p.source), nz(&p.target));
    let mut body = format!(
        "<h1>Dyad timeline</h1><form class=\"search\" method=\"get\" action=\"/dyad\">\
         <label>source<input name=\"source\" value=\"{}\" placeholder=\"actor code or entity key\"></label>\
         <label>target<input name=\"target\" value=\"{}\" placeholder=\"actor code or entity key\"></label>\
         <button type=\"submit\">Show</button></form>",
        val(&source),
        val(&target)
    );
    if let (Some(s), Some(t)) = (source, target) {
        let (s2, t2) = (s.clone(), t.clone());
        let data = blocking(&st, move |st| {
            let days = st.dyad(&s2, &t2)?;
            let events = st.events(&sitrep_store::EventFilter {
                source: Some(s2.clone()),
                target: Some(t2.clone()),
                limit: 200,
                ..Default::default()
            })?;
            Ok::<_, sitrep_store::StoreError>((days, events))
        })
        .await;
        let (days, events) = match data {
            Ok(Ok(d)) => d,
            Ok(Err(e)) => return error_page(StatusCode::INTERNAL_SERVER_ERROR, &e.to_string()),
            Err(r) => return r,
        };
        let _ = write!(
            body,
            "<h2>{} → {}: events per day, Goldstein sum</h2>",
            esc(&s),
            esc(&t)
        );
        if days.is_empty() {
            body.push_str("<p class=\"meta\">No dated events for this pair.</p>");
        } else {
            body.push_str(&format!(
                "<div class=\"card\">{}</div>",
                timeline_svg(&days)
            ));
            body.push_str("<table><tr><th>day</th><th>events</th><th>Goldstein sum</th></tr>");
            for d in &days {
                let _ = write!(
                    body,
                    "<tr><td>{}</td><td>{}</td><td>{:+.1}</td></tr>",
                    esc(&d.day),
                    d.events,
                    d.goldstein
                );
            }
            body.push_str("</table>");
        }
        body.push_str("<h2>Events</h2>");
        body.push_str(&events_table(&events, true));
    }
    let _ = EventParams::default();
    page("Dyad timeline", &body)
}
