//! The human-readable report (`--format report`): the same facts as the JSON, laid out
//! for a person. Every section is always printed; an empty one says so.

use sitrep_doc::{ActorRef, Document, Qualifier, SpanRef};
use std::fmt::Write;

fn entity_name<'a>(doc: &'a Document, id: &Option<String>) -> Option<&'a str> {
    let id = id.as_deref()?;
    doc.entities
        .iter()
        .find(|e| e.id == id)
        .map(|e| e.name.as_str())
}

fn span_label(doc: &Document, r: &SpanRef) -> String {
    match entity_name(doc, &r.entity) {
        Some(n) if n != r.text => format!("{} [{}]", r.text, n),
        _ => r.text.clone(),
    }
}

fn actor_label(doc: &Document, r: &Option<ActorRef>) -> String {
    let Some(r) = r else {
        return "(unknown)".to_string();
    };
    let mut s = match entity_name(doc, &r.entity) {
        Some(n) if n != r.text => format!("{} [{}]", r.text, n),
        _ => r.text.clone(),
    };
    if let Some(a) = &r.actor {
        let _ = write!(s, " ({a})");
    }
    s
}

fn sentence_text(doc: &Document, i: usize) -> &str {
    doc.sentences
        .get(i)
        .map(|s| doc.slice(s.start, s.end))
        .unwrap_or("")
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn render(doc: &Document) -> String {
    let mut o = String::new();
    let title = doc.meta.title.as_deref().unwrap_or("(untitled)");
    let _ = writeln!(o, "# {title}");
    let src = doc
        .source
        .path
        .as_deref()
        .or(doc.source.url.as_deref())
        .unwrap_or("<stdin>");
    let _ = writeln!(
        o,
        "id {}  ·  {} ({})",
        doc.id,
        src,
        doc.source.format.as_str()
    );
    let mut facts = Vec::new();
    if let Some(p) = &doc.meta.published {
        facts.push(format!("published {p}"));
    }
    if !doc.meta.byline.is_empty() {
        facts.push(format!("by {}", doc.meta.byline.join(", ")));
    }
    if let Some(s) = &doc.meta.site {
        facts.push(format!("site {s}"));
    }
    if let Some(l) = &doc.meta.language {
        facts.push(format!("language {l}"));
    }
    if !facts.is_empty() {
        let _ = writeln!(o, "{}", facts.join("  ·  "));
    }
    let words = doc.text.split_whitespace().count();
    let _ = writeln!(
        o,
        "{} sentences, {} tokens, {} words",
        doc.sentences.len(),
        doc.tokens.len(),
        words
    );

    let _ = writeln!(o, "\n## Events ({})", doc.events.len());
    if doc.events.is_empty() {
        let _ = writeln!(o, "  (no events found)");
    }
    for v in &doc.events {
        let mut line = format!(
            "  {} {} {} {} — {} {} [{} {}{}]",
            v.id,
            actor_label(doc, &v.source),
            v.trigger.text,
            actor_label(doc, &v.target),
            v.code,
            v.label,
            v.plover.as_deref().unwrap_or("-"),
            if v.goldstein >= 0.0 { "+" } else { "" },
            v.goldstein
        );
        let _ = write!(line, " — {}", v.status.as_str());
        if let Some(a) = &v.attributed_to {
            let _ = write!(line, " — per {}", span_label(doc, a));
        }
        if let Some(l) = &v.location {
            let _ = write!(line, " — at {}", span_label(doc, l));
        }
        if let Some(t) = &v.time {
            let _ = write!(line, " — when {}", t.text);
            if let Some(val) = &t.value {
                let _ = write!(line, " ({val})");
            }
        }
        if let Some(x) = &v.intent_of {
            let _ = write!(line, " — intent of {x}");
        }
        if let Some(x) = &v.content_of {
            let _ = write!(line, " — content of {x}");
        }
        let _ = writeln!(o, "{line}");
        let _ = writeln!(o, "      “{}”", one_line(sentence_text(doc, v.sentence)));
    }

    let _ = writeln!(o, "\n## Quotes ({})", doc.quotes.len());
    if doc.quotes.is_empty() {
        let _ = writeln!(o, "  (no quotes found)");
    }
    for q in &doc.quotes {
        let speaker = q
            .speaker
            .as_ref()
            .map(|s| span_label(doc, s))
            .unwrap_or_else(|| "(unnamed)".to_string());
        let cue = q.cue.as_ref().map(|c| c.text.as_str()).unwrap_or("-");
        let _ = writeln!(
            o,
            "  {} {} ({}, cue “{}”): “{}”",
            q.id,
            speaker,
            format!("{:?}", q.kind).to_lowercase(),
            cue,
            one_line(&q.text)
        );
    }

    let _ = writeln!(o, "\n## Entities ({})", doc.entities.len());
    if doc.entities.is_empty() {
        let _ = writeln!(o, "  (no entities found)");
    }
    for e in &doc.entities {
        let mut line = format!(
            "  {} {} — {}, {} mention(s)",
            e.id,
            e.name,
            e.kind.as_str(),
            e.mentions.len()
        );
        if let Some(a) = &e.actor {
            let _ = write!(line, " — actor {a}");
        }
        if !e.roles.is_empty() {
            let roles: Vec<String> = e
                .roles
                .iter()
                .map(|r| match entity_name(doc, &r.of) {
                    Some(of) => format!("{} of {}", r.title, of),
                    None => r.title.clone(),
                })
                .collect();
            let _ = write!(line, " — roles: {}", roles.join("; "));
        }
        let others: Vec<&str> = e
            .aliases
            .iter()
            .map(|s| s.as_str())
            .filter(|a| *a != e.name)
            .collect();
        if !others.is_empty() {
            let _ = write!(line, " — also: {}", others.join(", "));
        }
        let _ = writeln!(o, "{line}");
    }

    let _ = writeln!(o, "\n## Quantities ({})", doc.quantities.len());
    if doc.quantities.is_empty() {
        let _ = writeln!(o, "  (no quantities found)");
    }
    for n in &doc.quantities {
        let mut line = format!("  {} “{}” = {} {}", n.id, n.text, n.value, n.unit);
        if let Some(q) = n.qualifier {
            let q = match q {
                Qualifier::MoreThan => "more than",
                Qualifier::LessThan => "less than",
                Qualifier::About => "about",
            };
            let _ = write!(line, " ({q})");
        }
        if let Some(c) = n.change {
            let _ = write!(line, " {}", format!("{c:?}").to_lowercase());
        }
        if let Some(a) = &n.about {
            let _ = write!(line, " — of {}", span_label(doc, a));
        }
        let _ = writeln!(o, "{line}");
    }
    o
}
