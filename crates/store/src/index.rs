//! The full-text index (tantivy): title and body for ranking, tags for the filters, the
//! publication day for date ranges. It stores only each document's id; snippets are cut
//! from the text in SQLite.

use crate::textutil::{entity_key, normalize_name, words};
use crate::{Result, StoreError};
use sitrep_doc::Document;
use std::ops::Bound;
use std::path::Path;
use tantivy::collector::{Count, TopDocs};
use tantivy::directory::MmapDirectory;
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query, QueryParser, RangeQuery, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TantivyDocument, Value, FAST, INDEXED, STORED, STRING, TEXT,
};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, Term};

/// A search: words (tantivy query syntax, conjunctive by default) and filters.
#[derive(Clone, Debug, Default)]
pub struct SearchQuery {
    pub q: String,
    /// An entity key (`person:rafael-ortiz`) or a name (`Rafael Ortiz`).
    pub entity: Option<String>,
    /// An actor code of an entity or event party (`USAMIL`); 3 letters match a country.
    pub actor: Option<String>,
    /// CAMEO root code of an event in the article (`19`).
    pub root: Option<String>,
    /// Status of an event in the article (`denied`).
    pub status: Option<String>,
    /// Publication days, inclusive, `YYYY-MM-DD`.
    pub from: Option<String>,
    pub to: Option<String>,
    /// Also list near-duplicates (by default only first copies are listed).
    pub duplicates: bool,
    pub limit: usize,
    pub offset: usize,
}

/// `yyyymmdd` of an ISO 8601 date or date-time (`2024-03-05`, `2024-03-05T10:00Z`).
pub fn parse_day(s: &str) -> Option<i64> {
    let b = s.trim().as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let t = std::str::from_utf8(&b[r]).ok()?;
        if !t.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        t.parse().ok()
    };
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    if b.len() > 10 && !matches!(b[10], b'T' | b't' | b' ') {
        return None;
    }
    Some(y * 10000 + m * 100 + d)
}

/// Lower-case words of a query, for highlighting (operators and field names dropped).
pub fn query_terms(q: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in words(q) {
        if matches!(w.as_str(), "and" | "or" | "not" | "title" | "body") {
            continue;
        }
        if !out.contains(&w) {
            out.push(w);
        }
    }
    out
}

/// The tags a document carries for filtering.
fn tags(doc: &Document, dup: bool) -> Vec<String> {
    let mut t: Vec<String> = Vec::new();
    let actor = |t: &mut Vec<String>, a: &str| {
        let a = a.to_uppercase();
        if a.len() > 3 && a.is_char_boundary(3) {
            t.push(format!("a:{}", &a[..3]));
        }
        t.push(format!("a:{a}"));
    };
    for e in &doc.entities {
        let kind = e.kind.as_str();
        t.push(format!("k:{}", entity_key(kind, &e.name)));
        t.push(format!("n:{}", normalize_name(kind, &e.name)));
        if let Some(a) = &e.actor {
            actor(&mut t, a);
        }
    }
    for v in &doc.events {
        t.push(format!("r:{}", v.code.chars().take(2).collect::<String>()));
        t.push(format!("c:{}", v.code));
        t.push(format!("s:{}", v.status.as_str()));
        for p in [&v.source, &v.target].into_iter().flatten() {
            if let Some(a) = &p.actor {
                actor(&mut t, a);
            }
        }
    }
    if dup {
        t.push("dup".into());
    }
    t.sort();
    t.dedup();
    t
}

pub(crate) struct TextIndex {
    index: Index,
    reader: IndexReader,
    writer: Option<IndexWriter>,
    pending: usize,
    id: Field,
    title: Field,
    body: Field,
    tag: Field,
    day: Field,
}

fn schema() -> Schema {
    let mut b = Schema::builder();
    b.add_text_field("id", STRING | STORED);
    b.add_text_field("title", TEXT);
    b.add_text_field("body", TEXT);
    b.add_text_field("tag", STRING);
    b.add_i64_field("day", INDEXED | FAST);
    b.build()
}

impl TextIndex {
    pub fn open(path: &Path) -> Result<TextIndex> {
        std::fs::create_dir_all(path)?;
        let dir = MmapDirectory::open(path).map_err(|e| StoreError(format!("index: {e}")))?;
        let index = match Index::open_or_create(dir, schema()) {
            Ok(i) => i,
            Err(_) => {
                // An unreadable index is rebuilt from the database (the truth).
                std::fs::remove_dir_all(path)?;
                std::fs::create_dir_all(path)?;
                let dir =
                    MmapDirectory::open(path).map_err(|e| StoreError(format!("index: {e}")))?;
                Index::open_or_create(dir, schema())?
            }
        };
        let s = index.schema();
        let f = |n: &str| {
            s.get_field(n)
                .map_err(|e| StoreError(format!("index: {e}")))
        };
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(TextIndex {
            id: f("id")?,
            title: f("title")?,
            body: f("body")?,
            tag: f("tag")?,
            day: f("day")?,
            index,
            reader,
            writer: None,
            pending: 0,
        })
    }

    /// The last document sequence number the committed index holds.
    pub fn indexed_seq(&self) -> Result<i64> {
        let metas = self.index.load_metas()?;
        Ok(metas
            .payload
            .as_deref()
            .and_then(|p| p.strip_prefix("seq="))
            .and_then(|n| n.parse().ok())
            .unwrap_or(0))
    }

    /// Takes the index writer; false when another process holds it.
    pub fn try_writer(&mut self) -> Result<bool> {
        if self.writer.is_some() {
            return Ok(true);
        }
        match self.index.writer_with_num_threads(1, 40_000_000) {
            Ok(w) => {
                self.writer = Some(w);
                Ok(true)
            }
            Err(tantivy::TantivyError::LockFailure(..)) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    pub fn release_writer(&mut self) {
        self.writer = None;
    }

    pub fn pending(&self) -> usize {
        self.pending
    }

    pub fn add(&mut self, doc: &Document, _seq: i64, dup: bool) -> Result<()> {
        let Some(w) = &self.writer else {
            return Err(StoreError("index: no writer".into()));
        };
        let mut d = TantivyDocument::default();
        d.add_text(self.id, &doc.id);
        if let Some(t) = &doc.meta.title {
            d.add_text(self.title, t);
        }
        d.add_text(self.body, &doc.text);
        for t in tags(doc, dup) {
            d.add_text(self.tag, &t);
        }
        if let Some(day) = doc.meta.published.as_deref().and_then(parse_day) {
            d.add_i64(self.day, day);
        }
        w.add_document(d)?;
        self.pending += 1;
        Ok(())
    }

    /// Commits what was added, recording `seq` as the last indexed document.
    pub fn commit(&mut self, seq: i64) -> Result<()> {
        let Some(w) = &mut self.writer else {
            return Ok(());
        };
        let mut prepared = w.prepare_commit()?;
        prepared.set_payload(&format!("seq={seq}"));
        prepared.commit()?;
        self.pending = 0;
        self.reader.reload()?;
        Ok(())
    }

    pub fn num_docs(&self) -> Result<u64> {
        self.reader.reload()?;
        Ok(self.reader.searcher().num_docs())
    }

    fn tag_query(&self, tag: String) -> Box<dyn Query> {
        Box::new(TermQuery::new(
            Term::from_field_text(self.tag, &tag),
            IndexRecordOption::Basic,
        ))
    }

    /// `(total matches, [(score, id)])` for one page of results.
    pub fn search(&self, q: &SearchQuery) -> Result<(usize, Vec<(f32, String)>)> {
        self.reader.reload()?;
        let searcher = self.reader.searcher();
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        if q.q.trim().is_empty() {
            clauses.push((Occur::Must, Box::new(AllQuery)));
        } else {
            let mut parser = QueryParser::for_index(&self.index, vec![self.title, self.body]);
            parser.set_conjunction_by_default();
            parser.set_field_boost(self.title, 2.0);
            let (query, _errors) = parser.parse_query_lenient(&q.q);
            clauses.push((Occur::Must, query));
        }
        if let Some(e) = q.entity.as_deref().map(str::trim).filter(|e| !e.is_empty()) {
            if e.contains(':') {
                clauses.push((Occur::Must, self.tag_query(format!("k:{e}"))));
            } else {
                // A bare name: people drop their titles, other things a leading "the".
                let forms = [normalize_name("person", e), normalize_name("org", e)];
                let either: Vec<(Occur, Box<dyn Query>)> = forms
                    .iter()
                    .map(|f| (Occur::Should, self.tag_query(format!("n:{f}"))))
                    .collect();
                clauses.push((Occur::Must, Box::new(BooleanQuery::new(either))));
            }
        }
        if let Some(a) = q.actor.as_deref().filter(|a| !a.is_empty()) {
            clauses.push((
                Occur::Must,
                self.tag_query(format!("a:{}", a.to_uppercase())),
            ));
        }
        if let Some(r) = q.root.as_deref().filter(|r| !r.is_empty()) {
            clauses.push((Occur::Must, self.tag_query(format!("r:{r}"))));
        }
        if let Some(s) = q.status.as_deref().filter(|s| !s.is_empty()) {
            clauses.push((
                Occur::Must,
                self.tag_query(format!("s:{}", s.to_lowercase())),
            ));
        }
        let from = q.from.as_deref().and_then(parse_day);
        let to = q.to.as_deref().and_then(parse_day);
        if from.is_some() || to.is_some() {
            let lo = from
                .map(|d| Bound::Included(Term::from_field_i64(self.day, d)))
                .unwrap_or(Bound::Included(Term::from_field_i64(self.day, 0)));
            let hi = to
                .map(|d| Bound::Included(Term::from_field_i64(self.day, d)))
                .unwrap_or(Bound::Included(Term::from_field_i64(self.day, 99_991_231)));
            clauses.push((Occur::Must, Box::new(RangeQuery::new(lo, hi))));
        }
        if !q.duplicates {
            clauses.push((Occur::MustNot, self.tag_query("dup".into())));
        }
        let query = BooleanQuery::new(clauses);
        let limit = if q.limit == 0 { 10 } else { q.limit };
        let (top, total) = searcher.search(
            &query,
            &(TopDocs::with_limit(limit).and_offset(q.offset), Count),
        )?;
        let mut out = Vec::with_capacity(top.len());
        for (score, addr) in top {
            let d: TantivyDocument = searcher.doc(addr)?;
            if let Some(id) = d.get_first(self.id).and_then(|v| v.as_str()) {
                out.push((score, id.to_string()));
            }
        }
        Ok((total, out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_parse_strictly() {
        assert_eq!(parse_day("2024-03-05"), Some(20240305));
        assert_eq!(parse_day("2024-03-05T10:00:00Z"), Some(20240305));
        assert_eq!(parse_day("2024-13-05"), None);
        assert_eq!(parse_day("March 5"), None);
        assert_eq!(parse_day("2024-03-05x"), None);
    }

    #[test]
    fn query_terms_drop_operators() {
        assert_eq!(
            query_terms("Rebels AND title:depot OR rebels"),
            vec!["rebels".to_string(), "depot".to_string()]
        );
    }
}
