//! JSON Lines input: one article a line, `{"id"?, "text" | "html", "title"?,
//! "published"?, "url"?}`. Streamed line by line; each line is capped at the per-article
//! limit; a bad line is one error (`path:LINE`) and the next lines go on.

use crate::html::{article_from_html, SitrepExtractor};
use crate::meta::{detect_language, normalize_date};
use crate::stream::read_line_capped;
use crate::{io_reason, Article, InputError};
use sitrep_doc::{Source, SourceFormat};
use std::io::BufRead;

pub struct JsonlArticles {
    reader: Box<dyn BufRead>,
    name: String,
    path: Option<String>,
    max: usize,
    line: u64,
    buf: Vec<u8>,
    done: bool,
}

impl JsonlArticles {
    pub fn new(
        reader: Box<dyn BufRead>,
        name: String,
        path: Option<String>,
        max: usize,
    ) -> JsonlArticles {
        JsonlArticles {
            reader,
            name,
            path,
            max,
            line: 0,
            buf: Vec::new(),
            done: false,
        }
    }
}

impl Iterator for JsonlArticles {
    type Item = Result<Article, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.done {
                return None;
            }
            let over = match read_line_capped(&mut *self.reader, &mut self.buf, self.max) {
                Ok(Some(o)) => o,
                Ok(None) => {
                    self.done = true;
                    return None;
                }
                Err(e) => {
                    self.done = true;
                    return Some(Err(InputError {
                        input: self.name.clone(),
                        reason: format!("read failed: {}", io_reason(&e)),
                    }));
                }
            };
            self.line += 1;
            let input = format!("{}:{}", self.name, self.line);
            if over {
                return Some(Err(InputError {
                    input,
                    reason: format!("line over the cap of {} bytes per article", self.max),
                }));
            }
            if self.buf.iter().all(|b| b.is_ascii_whitespace()) {
                continue;
            }
            let source = Source {
                path: self.path.clone(),
                url: None,
                format: SourceFormat::Jsonl,
                record: Some(self.line),
            };
            return Some(
                parse_line(&self.buf, source).map_err(|reason| InputError { input, reason }),
            );
        }
    }
}

/// One JSONL line to an article.
pub fn parse_line(line: &[u8], mut source: Source) -> Result<Article, String> {
    let v: serde_json::Value =
        serde_json::from_slice(line).map_err(|e| format!("invalid JSON: {e}"))?;
    let obj = v
        .as_object()
        .ok_or_else(|| "a JSONL line must be an object".to_string())?;
    let get_str = |k: &str| -> Result<Option<String>, String> {
        match obj.get(k) {
            None | Some(serde_json::Value::Null) => Ok(None),
            Some(serde_json::Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(format!("field \"{k}\" must be a string")),
        }
    };
    let id = match obj.get("id") {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(s)) => Some(s.clone()),
        Some(serde_json::Value::Number(n)) => Some(n.to_string()),
        Some(_) => return Err("field \"id\" must be a string or a number".to_string()),
    };
    let url = get_str("url")?;
    let title = get_str("title")?;
    let published = get_str("published")?;
    source.url = url.clone();
    let mut article = if let Some(t) = get_str("text")? {
        if t.trim().is_empty() {
            return Err("field \"text\" is empty".to_string());
        }
        // The text is the body as given (line ends normalized); the title is its own field.
        let mut a = Article {
            text: normalize_text(&t),
            ..Article::default()
        };
        a.meta.language = detect_language(&a.text);
        a
    } else if let Some(h) = get_str("html")? {
        article_from_html(
            h.as_bytes(),
            Some("utf-8"),
            url.as_deref(),
            &SitrepExtractor,
        )?
    } else {
        return Err("a JSONL line needs a \"text\" or an \"html\" field".to_string());
    };
    if article.text.trim().is_empty() {
        return Err("no body text".to_string());
    }
    article.id = id;
    if let Some(t) = title {
        article.meta.title = Some(t);
    }
    if let Some(p) = published {
        match normalize_date(&p) {
            Some(d) => article.meta.published = Some(d),
            None => article
                .warnings
                .push(format!("\"published\" is not a date: {p:?}")),
        }
    }
    source.format = SourceFormat::Jsonl;
    article.source = source;
    Ok(article)
}

fn normalize_text(t: &str) -> String {
    let t = t.replace("\r\n", "\n").replace('\r', "\n");
    t.trim().to_string()
}
