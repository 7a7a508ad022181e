//! RSS 2.0, RSS 1.0 (RDF) and Atom feeds, streamed item by item.
//!
//! The byte stream is split on `<item>`/`<entry>` elements (CDATA sections and comments
//! are stepped over), so a feed of any size needs memory for one item at a time; each
//! item is capped at the per-article limit. Each item is parsed on its own: a malformed
//! item is one error (`path#N`) and the next items go on. The part before the first item
//! gives the feed's title (the site name) and language.
//!
//! One article per item: title, link, date (first publication: `pubDate`, `dc:date`,
//! `published`, then `updated`), authors, and the body from `content:encoded`, Atom
//! `content` or, when that is all there is, the summary/description, cleaned as HTML.

use crate::dom::{Dom, Mode, NodeId};
use crate::html::{clean_fragment, clean_subtree};
use crate::meta::{clean_bylines, detect_language, lang_code, normalize_date};
use crate::{io_reason, Article, InputError};
use sitrep_doc::{Meta, Source, SourceFormat};
use std::io::BufRead;

pub struct FeedItems {
    reader: Box<dyn BufRead>,
    name: String,
    path: Option<String>,
    max: usize,
    format: SourceFormat,
    /// Bytes read but not yet consumed.
    pending: Vec<u8>,
    eof: bool,
    done: bool,
    item: u64,
    site: Option<String>,
    language: Option<String>,
    started: bool,
}

const CHUNK: usize = 64 * 1024;

impl FeedItems {
    pub fn new(
        reader: Box<dyn BufRead>,
        name: String,
        path: Option<String>,
        max: usize,
        format: SourceFormat,
    ) -> FeedItems {
        FeedItems {
            reader,
            name,
            path,
            max,
            format,
            pending: Vec::new(),
            eof: false,
            done: false,
            item: 0,
            site: None,
            language: None,
            started: false,
        }
    }

    /// Appends up to one chunk; false at end of input.
    fn fill(&mut self) -> Result<bool, InputError> {
        if self.eof {
            return Ok(false);
        }
        let buf = self.reader.fill_buf().map_err(|e| InputError {
            input: self.name.clone(),
            reason: format!("read failed: {}", io_reason(&e)),
        })?;
        if buf.is_empty() {
            self.eof = true;
            return Ok(false);
        }
        let n = buf.len().min(CHUNK);
        self.pending.extend_from_slice(&buf[..n]);
        self.reader.consume(n);
        Ok(true)
    }

    fn err(&self, reason: String) -> InputError {
        InputError {
            input: format!("{}#{}", self.name, self.item),
            reason,
        }
    }

    fn next_item(&mut self) -> Result<Option<Article>, InputError> {
        // 1. Find the start of the next item, keeping the feed head for metadata.
        let start = loop {
            if let Some(s) = find_item_start(&self.pending) {
                break s;
            }
            // Keep a tail that may hold a split "<item" / "<entry".
            if !self.started {
                if self.pending.len() > self.max {
                    return Err(InputError {
                        input: self.name.clone(),
                        reason: "feed header over the per-article cap".into(),
                    });
                }
            } else if self.pending.len() > 16 {
                let keep = self.pending.len() - 16;
                self.pending.drain(..keep);
            }
            if !self.fill()? {
                if !self.started {
                    return Err(InputError {
                        input: self.name.clone(),
                        reason: "no <item> or <entry> in the feed (not a feed, or empty)".into(),
                    });
                }
                return Ok(None);
            }
        };
        if !self.started {
            self.started = true;
            self.read_head(start);
        }
        self.pending.drain(..start);
        self.item += 1;
        // 2. Find its end.
        let mut scanned = 0;
        let end = loop {
            match find_item_end(&self.pending, scanned) {
                Ok(e) => break e,
                Err(resume) => scanned = resume,
            }
            if self.pending.len() > self.max {
                // Too big: drop it without holding it, up to its end.
                let e = self.err(format!(
                    "item over the cap of {} bytes per article",
                    self.max
                ));
                self.skip_item()?;
                return Err(e);
            }
            if !self.fill()? {
                self.pending.clear();
                return Err(self.err("malformed feed: input ends inside an item".into()));
            }
        };
        let bytes: Vec<u8> = self.pending.drain(..end).collect();
        let xml = String::from_utf8_lossy(&bytes);
        self.item_article(&xml).map(Some).map_err(|r| self.err(r))
    }

    /// Discards bytes up to the end of the current item, a chunk at a time.
    fn skip_item(&mut self) -> Result<(), InputError> {
        loop {
            // Keep only a small tail, so an end tag split over chunks is still found.
            if let Ok(e) = find_item_end(&self.pending, 0) {
                self.pending.drain(..e);
                return Ok(());
            }
            if self.pending.len() > 64 {
                let keep = self.pending.len() - 64;
                self.pending.drain(..keep);
            }
            if !self.fill()? {
                self.pending.clear();
                return Ok(());
            }
        }
    }

    fn read_head(&mut self, end: usize) {
        let head = String::from_utf8_lossy(&self.pending[..end]);
        let dom = Dom::parse(&head, Mode::Xml);
        let root_lang = dom
            .descendants(0)
            .find(|&i| dom.is_element(i))
            .and_then(|r| dom.attr(r, "xml:lang"))
            .and_then(lang_code);
        let channel = dom
            .first("channel")
            .or_else(|| dom.first("feed"))
            .unwrap_or(0);
        self.site = child(&dom, channel, &["title"])
            .map(|t| dom.text(t))
            .filter(|t| !t.is_empty());
        self.language = child(&dom, channel, &["language", "dc:language"])
            .and_then(|l| lang_code(&dom.text(l)))
            .or(root_lang);
    }

    fn item_article(&self, xml: &str) -> Result<Article, String> {
        let dom = Dom::parse(xml, Mode::Xml);
        if let Some(e) = dom.errors.first() {
            return Err(format!("malformed XML in item: {e}"));
        }
        let item = dom
            .descendants(0)
            .find(|&i| dom.is_element(i))
            .ok_or("empty item")?;
        let title = child(&dom, item, &["title", "dc:title"])
            .map(|t| text_of(&dom, t))
            .filter(|t| !t.is_empty());
        let link = dom
            .children(item)
            .filter(|&c| dom.name(c) == "link")
            .find_map(|l| {
                let rel = dom.attr(l, "rel").unwrap_or("alternate");
                match dom.attr(l, "href") {
                    Some(h) if rel == "alternate" => Some(h.to_string()),
                    Some(_) => None,
                    None => Some(dom.text(l)).filter(|t| !t.is_empty()),
                }
            })
            .or_else(|| {
                child(&dom, item, &["guid"])
                    .filter(|&g| dom.attr(g, "ispermalink") != Some("false"))
                    .map(|g| dom.text(g))
                    .filter(|g| g.starts_with("http"))
            })
            .or_else(|| dom.attr(item, "rdf:about").map(str::to_string));
        let published = [
            "pubdate",
            "dc:date",
            "published",
            "issued",
            "created",
            "updated",
            "modified",
        ]
        .iter()
        .find_map(|k| child(&dom, item, &[k]).and_then(|d| normalize_date(&dom.text(d))));
        let mut authors = Vec::new();
        for c in dom.children(item) {
            match dom.name(c) {
                "author" | "dc:creator" | "contributor" => {
                    let name = child(&dom, c, &["name"])
                        .map(|n| dom.text(n))
                        .unwrap_or_else(|| dom.text(c));
                    // RSS: "editor@x.org (Ana Ruiz)".
                    let name = match (name.find('('), name.rfind(')')) {
                        (Some(a), Some(b)) if name.contains('@') && a < b => {
                            name[a + 1..b].to_string()
                        }
                        _ => name,
                    };
                    authors.push(name);
                }
                _ => {}
            }
        }
        // Body: full content first, the summary when that is all there is.
        let mut text = String::new();
        for key in ["content:encoded", "content", "description", "summary"] {
            if let Some(c) = child(&dom, item, &[key]) {
                let t = body_of(&dom, c);
                if !t.trim().is_empty() {
                    text = t;
                    break;
                }
            }
        }
        if text.trim().is_empty() {
            return Err("item has no content, description or summary".into());
        }
        let language = self.language.clone().or_else(|| detect_language(&text));
        Ok(Article {
            id: None,
            text,
            source: Source {
                path: self.path.clone(),
                url: link,
                format: self.format,
                record: Some(self.item),
            },
            meta: Meta {
                title,
                published,
                byline: clean_bylines(&authors, self.site.as_deref()),
                language,
                site: self.site.clone(),
            },
            warnings: Vec::new(),
        })
    }
}

impl Iterator for FeedItems {
    type Item = Result<Article, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match self.next_item() {
            Ok(Some(a)) => Some(Ok(a)),
            Ok(None) => {
                self.done = true;
                None
            }
            Err(e) => {
                // A feed-level error ends this input; an item error skips that item.
                self.done = !self.started;
                Some(Err(e))
            }
        }
    }
}

fn child(dom: &Dom, parent: NodeId, names: &[&str]) -> Option<NodeId> {
    names
        .iter()
        .find_map(|n| dom.children(parent).find(|&c| dom.name(c) == *n))
}

/// Text of a title-like element, which may itself hold escaped HTML.
fn text_of(dom: &Dom, id: NodeId) -> String {
    let raw = dom.raw_text(id);
    if raw.contains('<') {
        let d = Dom::parse(&raw, Mode::Html);
        d.text(0)
    } else {
        raw.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

/// A content element's body: Atom `type="xhtml"` is markup in place; `type="text"` is
/// plain text; otherwise the (decoded) text is HTML to clean.
fn body_of(dom: &Dom, id: NodeId) -> String {
    match dom.attr(id, "type").unwrap_or("") {
        "xhtml" => clean_subtree(dom, id),
        "text" | "text/plain" => {
            let raw = dom.raw_text(id);
            raw.split("\n\n")
                .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|p| !p.is_empty())
                .collect::<Vec<_>>()
                .join("\n\n")
        }
        _ => clean_fragment(&dom.raw_text(id)),
    }
}

fn is_name_end(b: Option<&u8>) -> bool {
    matches!(b, Some(c) if c.is_ascii_whitespace() || *c == b'>' || *c == b'/')
}

/// Offset of the next `<item` / `<entry` start tag (outside comments and CDATA).
fn find_item_start(b: &[u8]) -> Option<usize> {
    let mut i = 0;
    while let Some(off) = b[i..].iter().position(|&c| c == b'<') {
        let at = i + off;
        let rest = &b[at..];
        if rest.starts_with(b"<!--") {
            i = at + 4 + find(&rest[4..], b"-->")? + 3;
            continue;
        }
        if rest.starts_with(b"<![CDATA[") {
            i = at + 9 + find(&rest[9..], b"]]>")? + 3;
            continue;
        }
        for tag in [&b"<item"[..], b"<entry", b"<rss:item"] {
            if rest.starts_with(tag) && is_name_end(rest.get(tag.len())) {
                return Some(at);
            }
        }
        i = at + 1;
    }
    None
}

/// End (exclusive) of the item starting at offset 0: after its matching `</item>` or
/// `</entry>`. `Err(resume)`: not in the buffer yet; scanning may resume at `resume`.
fn find_item_end(b: &[u8], from: usize) -> Result<usize, usize> {
    let mut i = from;
    while let Some(off) = b[i..].iter().position(|&c| c == b'<') {
        let at = i + off;
        let rest = &b[at..];
        if rest.starts_with(b"<!--") {
            match find(&rest[4..], b"-->") {
                Some(e) => {
                    i = at + 4 + e + 3;
                    continue;
                }
                None => return Err(at),
            }
        }
        if rest.starts_with(b"<![CDATA[") {
            match find(&rest[9..], b"]]>") {
                Some(e) => {
                    i = at + 9 + e + 3;
                    continue;
                }
                None => return Err(at),
            }
        }
        for tag in [&b"</item"[..], b"</entry", b"</rss:item"] {
            if rest.len() <= tag.len() {
                if tag.starts_with(rest) || rest.starts_with(tag) {
                    return Err(at);
                }
                continue;
            }
            if rest.starts_with(tag) && is_name_end(rest.get(tag.len())) {
                return match rest.iter().position(|&c| c == b'>') {
                    Some(g) => Ok(at + g + 1),
                    None => Err(at),
                };
            }
        }
        i = at + 1;
    }
    Err(b.len())
}

fn find(h: &[u8], n: &[u8]) -> Option<usize> {
    h.windows(n.len()).position(|w| w == n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn item_bounds_skip_cdata() {
        let b = b"<item><description><![CDATA[ </item> ]]></description></item><item>";
        assert_eq!(find_item_start(b), Some(0));
        let e = find_item_end(b, 0).unwrap();
        assert_eq!(&b[e..], b"<item>");
        assert!(find_item_end(b"<item><title>x", 0).is_err());
        assert_eq!(find_item_end(b"<item>x</item>", 0), Ok(14));
        assert!(find_item_end(b"<item>x</it", 0).is_err());
        assert_eq!(find_item_start(b"<items><entry>"), Some(7));
    }
}
