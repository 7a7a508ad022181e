//! `sitrep-store`: the embedded archive (documents, items, full-text index).
//!
//! A store is a directory: `store.sqlite` (SQLite, WAL) holds every document (its
//! sitrep/1 JSON, deflated) and the items extracted from it (entities and their mentions,
//! quotes, events with their status, quantities), linked across articles; `index/` is a
//! tantivy full-text index over titles and bodies, with tags for the filters.
//!
//! **SQLite is the truth; the index follows it.** Each batch of documents is written in
//! one SQLite transaction, so a killed ingest leaves whole articles or none. The index is
//! committed with a payload naming the last document sequence number it holds; opening a
//! store indexes whatever SQLite has beyond it. Ingesting the same content again finds
//! its id and changes nothing.

mod index;
pub mod textutil;
mod tokens;

use flate2::read::DeflateDecoder;
use flate2::write::DeflateEncoder;
use flate2::Compression;
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::Serialize;
use sitrep_doc::{ActorRef, Document};
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use textutil::{entity_key, normalize_name};

pub use index::{parse_day, SearchQuery};
pub use textutil::{escape_html, Snippet};

/// Index commits are batched: at most this many documents wait for one.
const INDEX_COMMIT_EVERY: usize = 4096;

/// What went wrong in the store.
#[derive(Debug)]
pub struct StoreError(pub String);

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for StoreError {}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        StoreError(format!("database: {e}"))
    }
}

impl From<tantivy::TantivyError> for StoreError {
    fn from(e: tantivy::TantivyError) -> Self {
        StoreError(format!("index: {e}"))
    }
}

impl From<std::io::Error> for StoreError {
    fn from(e: std::io::Error) -> Self {
        StoreError(format!("i/o: {e}"))
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

const SCHEMA_SQL: &str = "
CREATE TABLE IF NOT EXISTS documents(
  seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT, published TEXT, day INTEGER,
  site TEXT, url TEXT, path TEXT, format TEXT, text TEXT NOT NULL, doc BLOB NOT NULL,
  tokens BLOB, minhash BLOB, dup_of TEXT,
  n_entities INTEGER NOT NULL, n_mentions INTEGER NOT NULL, n_quotes INTEGER NOT NULL,
  n_events INTEGER NOT NULL, n_quantities INTEGER NOT NULL, added INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS dup_bands(key INTEGER NOT NULL, doc INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS dup_bands_key ON dup_bands(key);
CREATE INDEX IF NOT EXISTS documents_dup ON documents(dup_of);
CREATE TABLE IF NOT EXISTS entities(
  key TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, actor TEXT) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS doc_entities(
  doc INTEGER NOT NULL, eid TEXT NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL,
  type TEXT NOT NULL, actor TEXT, n_mentions INTEGER NOT NULL, aliases TEXT NOT NULL,
  roles TEXT NOT NULL, PRIMARY KEY(doc, eid)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS doc_entities_key ON doc_entities(key);
CREATE TABLE IF NOT EXISTS mentions(
  doc INTEGER NOT NULL, eid TEXT NOT NULL, begin_at INTEGER NOT NULL, end_at INTEGER NOT NULL,
  sentence INTEGER NOT NULL, kind TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions(doc);
CREATE TABLE IF NOT EXISTS quotes(
  doc INTEGER NOT NULL, qid TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL,
  speaker TEXT, speaker_key TEXT, cue TEXT, sentence INTEGER NOT NULL,
  begin_at INTEGER NOT NULL, end_at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS quotes_doc ON quotes(doc);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_key);
CREATE TABLE IF NOT EXISTS events(
  doc INTEGER NOT NULL, vid TEXT NOT NULL, code TEXT NOT NULL, root TEXT NOT NULL,
  label TEXT NOT NULL, plover TEXT, goldstein REAL NOT NULL, status TEXT NOT NULL,
  trigger TEXT NOT NULL, source TEXT, source_key TEXT, source_actor TEXT,
  target TEXT, target_key TEXT, target_actor TEXT, location TEXT, location_key TEXT,
  time TEXT, time_value TEXT, day INTEGER, attributed_to TEXT, sentence INTEGER NOT NULL,
  story INTEGER NOT NULL, numbers TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS events_doc ON events(doc);
CREATE INDEX IF NOT EXISTS events_story ON events(story);
CREATE INDEX IF NOT EXISTS events_source_key ON events(source_key);
CREATE INDEX IF NOT EXISTS events_target_key ON events(target_key);
CREATE INDEX IF NOT EXISTS events_source_actor ON events(source_actor);
CREATE INDEX IF NOT EXISTS events_target_actor ON events(target_actor);
CREATE TABLE IF NOT EXISTS quantities(
  doc INTEGER NOT NULL, nid TEXT NOT NULL, text TEXT NOT NULL, value REAL NOT NULL,
  unit TEXT NOT NULL, about TEXT, change TEXT, qualifier TEXT, sentence INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS quantities_doc ON quantities(doc);
CREATE TABLE IF NOT EXISTS stories(
  id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, source TEXT, target TEXT,
  root TEXT NOT NULL, place TEXT, day INTEGER);
";

/// What adding one document did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Added {
    /// New in the store; `dup_of` names the first copy when it is a near-duplicate.
    New { dup_of: Option<String> },
    /// Its id was already there: nothing changed.
    Existing,
}

/// One line of an article list.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct ArticleSummary {
    pub id: String,
    pub title: Option<String>,
    pub published: Option<String>,
    pub site: Option<String>,
    pub url: Option<String>,
    pub path: Option<String>,
    pub dup_of: Option<String>,
    pub entities: i64,
    pub quotes: i64,
    pub events: i64,
}

/// One search hit. `snippet` is HTML-safe (escaped text, query words in `<mark>`).
#[derive(Clone, Debug, Serialize)]
pub struct Hit {
    pub id: String,
    pub title: Option<String>,
    pub snippet: String,
    pub score: f32,
    pub published: Option<String>,
    pub dup_of: Option<String>,
    #[serde(skip)]
    pub snippet_parts: Snippet,
}

#[derive(Clone, Debug, Serialize)]
pub struct SearchResults {
    pub total: usize,
    pub hits: Vec<Hit>,
}

/// A participant of an event as stored: the words, the store-wide key, the actor code.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Party {
    pub text: String,
    pub key: Option<String>,
    pub actor: Option<String>,
}

/// An event as the archive lists it.
#[derive(Clone, Debug, Serialize)]
pub struct EventRow {
    pub article: String,
    pub article_title: Option<String>,
    pub id: String,
    pub code: String,
    pub root: String,
    pub label: String,
    pub plover: Option<String>,
    pub goldstein: f64,
    pub status: String,
    pub trigger: String,
    pub source: Option<Party>,
    pub target: Option<Party>,
    pub location: Option<String>,
    pub time: Option<String>,
    pub day: Option<String>,
    pub attributed_to: Option<String>,
    pub sentence: i64,
    pub story: i64,
}

/// Filters for [`Store::events`]; `None` is "any".
#[derive(Clone, Debug, Default)]
pub struct EventFilter {
    /// Entity key (`person:rafael-ortiz`) as source or target.
    pub entity: Option<String>,
    /// Actor code as source or target; a 3-letter code also matches its longer codes.
    pub actor: Option<String>,
    /// CAMEO root (first two digits).
    pub root: Option<String>,
    pub status: Option<String>,
    /// Source and target: an actor code or an entity key each.
    pub source: Option<String>,
    pub target: Option<String>,
    pub story: Option<i64>,
    pub article: Option<String>,
    /// Inclusive days, `YYYY-MM-DD`.
    pub from: Option<String>,
    pub to: Option<String>,
    pub limit: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct EntitySummary {
    pub key: String,
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub actor: Option<String>,
    pub articles: i64,
    pub mentions: i64,
}

#[derive(Clone, Debug, Serialize)]
pub struct QuoteRow {
    pub article: String,
    pub article_title: Option<String>,
    pub id: String,
    pub kind: String,
    pub text: String,
    pub speaker: Option<String>,
    pub cue: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct EntityArticle {
    pub id: String,
    pub title: Option<String>,
    pub published: Option<String>,
    pub mentions: i64,
}

/// Everything the archive knows about one entity, across articles.
#[derive(Clone, Debug, Serialize)]
pub struct EntityPage {
    #[serde(flatten)]
    pub summary: EntitySummary,
    pub aliases: Vec<String>,
    /// Role titles with the number of articles giving them.
    pub roles: Vec<(String, i64)>,
    pub articles: Vec<EntityArticle>,
    pub events: Vec<EventRow>,
    pub quotes: Vec<QuoteRow>,
}

/// One day of a dyad timeline.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct DayPoint {
    pub day: String,
    pub events: i64,
    pub goldstein: f64,
}

/// Events from several articles that report the same happening: same dyad, CAMEO root,
/// place and day.
#[derive(Clone, Debug, Serialize)]
pub struct Story {
    pub id: i64,
    pub source: Option<String>,
    pub target: Option<String>,
    pub root: String,
    pub label: String,
    pub place: Option<String>,
    pub day: Option<String>,
    pub events: i64,
    /// Distinct articles, near-duplicates counted once.
    pub sources: i64,
    pub articles: Vec<String>,
    /// `(status, number of events)`.
    pub statuses: Vec<(String, i64)>,
    /// Human-readable disagreements between the sources (statuses, numbers).
    pub disagreements: Vec<String>,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct Stats {
    pub articles: i64,
    pub duplicates: i64,
    pub entities: i64,
    pub events: i64,
    pub stories: i64,
    pub quotes: i64,
    pub quantities: i64,
    pub indexed: u64,
    /// Bytes on disk (database, its WAL, the index).
    pub bytes: u64,
}

/// The archive. Not `Sync`: share it behind a mutex.
pub struct Store {
    dir: PathBuf,
    conn: Connection,
    index: index::TextIndex,
    /// Set when documents went to the database without the index (writer busy).
    index_gap: bool,
}

fn deflate(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut e = DeflateEncoder::new(Vec::with_capacity(bytes.len() / 4), Compression::fast());
    e.write_all(bytes)?;
    Ok(e.finish()?)
}

fn inflate(bytes: &[u8]) -> Result<String> {
    let mut s = String::new();
    DeflateDecoder::new(bytes).read_to_string(&mut s)?;
    Ok(s)
}

/// A stored document back: its JSON, and its tokens when they are stored apart.
fn load_doc(blob: &[u8], toks: Option<&[u8]>) -> Result<Document> {
    let mut doc = Document::from_json(&inflate(blob)?)
        .map_err(|e| StoreError(format!("stored JSON does not parse: {e}")))?;
    if let Some(t) = toks {
        doc.tokens = tokens::decode(&inflate(t)?, &doc.text)
            .ok_or_else(|| StoreError("stored tokens do not decode".into()))?;
    }
    Ok(doc)
}

/// `YYYY-MM-DD` of a day number `yyyymmdd`.
pub fn day_string(d: i64) -> String {
    format!("{:04}-{:02}-{:02}", d / 10000, d / 100 % 100, d % 100)
}

fn now_secs() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// The store-wide key of a span's words: the entity it resolves to, else its words.
fn party_key(doc: &Document, entity: &Option<String>, text: &str) -> String {
    if let Some(e) = entity
        .as_ref()
        .and_then(|id| doc.entities.iter().find(|e| &e.id == id))
    {
        return entity_key(e.kind.as_str(), &e.name);
    }
    format!("text:{}", normalize_name("", text))
}

fn actor_of(doc: &Document, r: &ActorRef) -> Option<String> {
    r.actor.clone().or_else(|| {
        r.entity
            .as_ref()
            .and_then(|id| doc.entities.iter().find(|e| &e.id == id))
            .and_then(|e| e.actor.clone())
    })
}

impl Store {
    /// Opens the store in `dir`, creating it when missing, and brings the full-text index
    /// up to date with the database (after an interrupted ingest).
    pub fn open(dir: impl AsRef<Path>) -> Result<Store> {
        let dir = dir.as_ref().to_path_buf();
        std::fs::create_dir_all(&dir)?;
        let conn = Connection::open(dir.join("store.sqlite"))?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.execute_batch(SCHEMA_SQL)?;
        let index = index::TextIndex::open(&dir.join("index"))?;
        let mut store = Store {
            dir,
            conn,
            index,
            index_gap: false,
        };
        store.catch_up()?;
        Ok(store)
    }

    /// Number of articles in the store at `dir`, read without opening the index or
    /// taking any lock (for watching a running ingest).
    pub fn peek_count(dir: impl AsRef<Path>) -> Result<i64> {
        let conn = Connection::open_with_flags(
            dir.as_ref().join("store.sqlite"),
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
        )?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        Ok(conn.query_row("SELECT COUNT(*) FROM documents", [], |r| r.get(0))?)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Indexes the documents the database has and the index lacks. Skipped (the next
    /// open does it) when another process holds the index writer.
    fn catch_up(&mut self) -> Result<()> {
        let last = self.index.indexed_seq()?;
        let max: i64 =
            self.conn
                .query_row("SELECT COALESCE(MAX(seq), 0) FROM documents", [], |r| {
                    r.get(0)
                })?;
        if max <= last {
            return Ok(());
        }
        if !self.index.try_writer()? {
            return Ok(());
        }
        let mut stmt = self
            .conn
            .prepare("SELECT seq, doc, dup_of FROM documents WHERE seq > ?1 ORDER BY seq")?;
        let rows = stmt.query_map([last], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, Vec<u8>>(1)?,
                r.get::<_, Option<String>>(2)?,
            ))
        })?;
        for row in rows {
            // The index needs no tokens.
            let (seq, blob, dup) = row?;
            let doc = load_doc(&blob, None)
                .map_err(|e| StoreError(format!("stored document {seq}: {e}")))?;
            self.index.add(&doc, seq, dup.is_some())?;
        }
        drop(stmt);
        self.index.commit(max)?;
        Ok(())
    }

    /// True when a document with this id is stored.
    pub fn contains(&self, id: &str) -> Result<bool> {
        Ok(self
            .conn
            .query_row("SELECT 1 FROM documents WHERE id = ?1", [id], |_| Ok(()))
            .optional()?
            .is_some())
    }

    /// Adds documents in one transaction: all of them or, if anything fails, none.
    /// Documents whose id is already stored are left alone.
    pub fn add(&mut self, docs: &[Document]) -> Result<Vec<Added>> {
        let tx = self.conn.transaction()?;
        let mut out = Vec::with_capacity(docs.len());
        let mut fresh = Vec::new();
        for doc in docs {
            let exists = tx
                .query_row("SELECT 1 FROM documents WHERE id = ?1", [&doc.id], |_| {
                    Ok(())
                })
                .optional()?
                .is_some();
            if exists {
                out.push(Added::Existing);
                continue;
            }
            let (seq, dup_of) = insert_doc(&tx, doc)?;
            fresh.push((out.len(), seq, dup_of.is_some()));
            out.push(Added::New { dup_of });
        }
        tx.commit()?;
        if !fresh.is_empty() && !self.index_gap && !self.index.try_writer()? {
            // Another process writes the index: the next open catches up.
            self.index_gap = true;
        }
        if !fresh.is_empty() && !self.index_gap {
            let mut last = 0;
            for &(i, seq, dup) in &fresh {
                self.index.add(&docs[i], seq, dup)?;
                last = seq;
            }
            if self.index.pending() >= INDEX_COMMIT_EVERY {
                self.index.commit(last)?;
            }
        }
        Ok(out)
    }

    /// Commits the full-text index (call at the end of an ingest).
    pub fn commit(&mut self) -> Result<()> {
        if self.index.pending() > 0 {
            let max: i64 =
                self.conn
                    .query_row("SELECT COALESCE(MAX(seq), 0) FROM documents", [], |r| {
                        r.get(0)
                    })?;
            self.index.commit(max)?;
        }
        self.index.release_writer();
        Ok(())
    }

    /// The stored sitrep/1 JSON of an article (contract offsets).
    pub fn article_json(&self, id: &str) -> Result<Option<String>> {
        let row: Option<(Vec<u8>, Option<Vec<u8>>)> = self
            .conn
            .query_row(
                "SELECT doc, tokens FROM documents WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        match row {
            None => Ok(None),
            Some((blob, None)) => inflate(&blob).map(Some),
            Some((blob, Some(t))) => Ok(Some(load_doc(&blob, Some(&t))?.to_json_line())),
        }
    }

    /// The stored document of an article.
    pub fn article(&self, id: &str) -> Result<Option<Document>> {
        let row: Option<(Vec<u8>, Option<Vec<u8>>)> = self
            .conn
            .query_row(
                "SELECT doc, tokens FROM documents WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        row.map(|(b, t)| {
            load_doc(&b, t.as_deref()).map_err(|e| StoreError(format!("stored document {id}: {e}")))
        })
        .transpose()
    }

    fn summary_row(r: &rusqlite::Row) -> rusqlite::Result<ArticleSummary> {
        Ok(ArticleSummary {
            id: r.get(0)?,
            title: r.get(1)?,
            published: r.get(2)?,
            site: r.get(3)?,
            url: r.get(4)?,
            path: r.get(5)?,
            dup_of: r.get(6)?,
            entities: r.get(7)?,
            quotes: r.get(8)?,
            events: r.get(9)?,
        })
    }

    const SUMMARY_COLS: &'static str =
        "id, title, published, site, url, path, dup_of, n_entities, n_quotes, n_events";

    /// Articles, newest first by publication day then by arrival.
    pub fn articles(&self, offset: usize, limit: usize) -> Result<(i64, Vec<ArticleSummary>)> {
        let total: i64 = self
            .conn
            .query_row("SELECT COUNT(*) FROM documents", [], |r| r.get(0))?;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {} FROM documents ORDER BY day DESC NULLS LAST, seq DESC LIMIT ?1 OFFSET ?2",
            Self::SUMMARY_COLS
        ))?;
        let rows = stmt
            .query_map(params![limit as i64, offset as i64], Self::summary_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok((total, rows))
    }

    pub fn article_summary(&self, id: &str) -> Result<Option<ArticleSummary>> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {} FROM documents WHERE id = ?1", Self::SUMMARY_COLS),
                [id],
                Self::summary_row,
            )
            .optional()?)
    }

    /// Ids of the near-duplicates linked to this article.
    pub fn duplicates_of(&self, id: &str) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id FROM documents WHERE dup_of = ?1 ORDER BY seq")?;
        let rows = stmt
            .query_map([id], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<String>>>()?;
        Ok(rows)
    }

    /// Ranked articles for a query, with highlighted snippets.
    pub fn search(&mut self, q: &SearchQuery) -> Result<SearchResults> {
        let (total, found) = self.index.search(q)?;
        let terms = index::query_terms(&q.q);
        let mut hits = Vec::with_capacity(found.len());
        let mut stmt = self
            .conn
            .prepare_cached("SELECT title, published, dup_of, text FROM documents WHERE id = ?1")?;
        for (score, id) in found {
            let row = stmt
                .query_row([&id], |r| {
                    Ok((
                        r.get::<_, Option<String>>(0)?,
                        r.get::<_, Option<String>>(1)?,
                        r.get::<_, Option<String>>(2)?,
                        r.get::<_, String>(3)?,
                    ))
                })
                .optional()?;
            let Some((title, published, dup_of, text)) = row else {
                continue;
            };
            let parts = textutil::snippet(&text, &terms, 220);
            hits.push(Hit {
                id,
                title,
                snippet: parts.to_html(),
                score,
                published,
                dup_of,
                snippet_parts: parts,
            });
        }
        Ok(SearchResults { total, hits })
    }

    /// Events matching a filter, newest day first.
    pub fn events(&self, f: &EventFilter) -> Result<Vec<EventRow>> {
        let mut sql = String::from(
            "SELECT d.id, d.title, e.vid, e.code, e.root, e.label, e.plover, e.goldstein, \
             e.status, e.trigger, e.source, e.source_key, e.source_actor, e.target, \
             e.target_key, e.target_actor, e.location, e.time, e.day, e.attributed_to, \
             e.sentence, e.story FROM events e JOIN documents d ON d.seq = e.doc WHERE 1=1",
        );
        let mut args: Vec<rusqlite::types::Value> = Vec::new();
        let mut arg = |sql: &mut String, clause: &str, v: rusqlite::types::Value| {
            args.push(v);
            let n = args.len();
            sql.push_str(&clause.replace('?', &format!("?{n}")));
        };
        use rusqlite::types::Value::{Integer, Text};
        if let Some(k) = &f.entity {
            arg(&mut sql, " AND (e.source_key = ? ", Text(k.clone()));
            arg(&mut sql, " OR e.target_key = ?)", Text(k.clone()));
        }
        if let Some(a) = &f.actor {
            let pat = format!("{}%", a.to_uppercase());
            arg(&mut sql, " AND (e.source_actor LIKE ? ", Text(pat.clone()));
            arg(&mut sql, " OR e.target_actor LIKE ?)", Text(pat));
        }
        if let Some(r) = &f.root {
            arg(&mut sql, " AND e.root = ?", Text(r.clone()));
        }
        if let Some(s) = &f.status {
            arg(&mut sql, " AND e.status = ?", Text(s.clone()));
        }
        if let Some(s) = &f.source {
            arg(&mut sql, " AND (e.source_actor = ? ", Text(s.clone()));
            arg(&mut sql, " OR e.source_key = ?)", Text(s.clone()));
        }
        if let Some(t) = &f.target {
            arg(&mut sql, " AND (e.target_actor = ? ", Text(t.clone()));
            arg(&mut sql, " OR e.target_key = ?)", Text(t.clone()));
        }
        if let Some(s) = f.story {
            arg(&mut sql, " AND e.story = ?", Integer(s));
        }
        if let Some(a) = &f.article {
            arg(&mut sql, " AND d.id = ?", Text(a.clone()));
        }
        if let Some(d) = f.from.as_deref().and_then(parse_day) {
            arg(&mut sql, " AND e.day >= ?", Integer(d));
        }
        if let Some(d) = f.to.as_deref().and_then(parse_day) {
            arg(&mut sql, " AND e.day <= ?", Integer(d));
        }
        let limit = if f.limit == 0 { 100 } else { f.limit };
        arg(
            &mut sql,
            " ORDER BY e.day DESC NULLS LAST, e.doc, e.rowid LIMIT ?",
            Integer(limit as i64),
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(args), event_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Entities across the archive, most written-about first; `q` filters by name.
    pub fn entities(
        &self,
        q: Option<&str>,
        kind: Option<&str>,
        limit: usize,
    ) -> Result<Vec<EntitySummary>> {
        let pat = q.map(|q| format!("%{}%", normalize_name("", q)));
        let mut stmt = self.conn.prepare(
            "SELECT e.key, e.name, e.type, e.actor, COUNT(DISTINCT de.doc), SUM(de.n_mentions) \
             FROM entities e JOIN doc_entities de ON de.key = e.key \
             WHERE (?1 IS NULL OR e.key LIKE ?1) AND (?2 IS NULL OR e.type = ?2) \
             GROUP BY e.key ORDER BY COUNT(DISTINCT de.doc) DESC, e.key LIMIT ?3",
        )?;
        let rows = stmt
            .query_map(params![pat, kind, limit as i64], entity_summary)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// One entity's page: its articles, roles, aliases, events and quotes.
    pub fn entity(&self, key: &str) -> Result<Option<EntityPage>> {
        let summary = self
            .conn
            .query_row(
                "SELECT e.key, e.name, e.type, e.actor, COUNT(DISTINCT de.doc), \
                 COALESCE(SUM(de.n_mentions), 0) FROM entities e \
                 LEFT JOIN doc_entities de ON de.key = e.key WHERE e.key = ?1 GROUP BY e.key",
                [key],
                entity_summary,
            )
            .optional()?;
        let Some(summary) = summary else {
            return Ok(None);
        };
        let mut aliases: BTreeMap<String, ()> = BTreeMap::new();
        let mut roles: BTreeMap<String, i64> = BTreeMap::new();
        let mut articles = Vec::new();
        let mut stmt = self.conn.prepare(
            "SELECT d.id, d.title, d.published, de.n_mentions, de.aliases, de.roles, de.name \
             FROM doc_entities de JOIN documents d ON d.seq = de.doc WHERE de.key = ?1 \
             ORDER BY d.day DESC NULLS LAST, d.seq DESC",
        )?;
        let rows = stmt.query_map([key], |r| {
            Ok((
                EntityArticle {
                    id: r.get(0)?,
                    title: r.get(1)?,
                    published: r.get(2)?,
                    mentions: r.get(3)?,
                },
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, String>(6)?,
            ))
        })?;
        for row in rows {
            let (a, al, ro, name) = row?;
            aliases.insert(name, ());
            for x in serde_json::from_str::<Vec<String>>(&al).unwrap_or_default() {
                aliases.insert(x, ());
            }
            let mut seen = Vec::new();
            for t in serde_json::from_str::<Vec<String>>(&ro).unwrap_or_default() {
                if !seen.contains(&t) {
                    *roles.entry(t.clone()).or_insert(0) += 1;
                    seen.push(t);
                }
            }
            articles.push(a);
        }
        let events = self.events(&EventFilter {
            entity: Some(key.to_string()),
            limit: 200,
            ..EventFilter::default()
        })?;
        let mut stmt = self.conn.prepare(
            "SELECT d.id, d.title, q.qid, q.kind, q.text, q.speaker, q.cue FROM quotes q \
             JOIN documents d ON d.seq = q.doc WHERE q.speaker_key = ?1 \
             ORDER BY d.day DESC NULLS LAST, q.doc, q.rowid LIMIT 200",
        )?;
        let quotes = stmt
            .query_map([key], quote_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut roles: Vec<(String, i64)> = roles.into_iter().collect();
        roles.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        Ok(Some(EntityPage {
            summary,
            aliases: aliases.into_keys().collect(),
            roles,
            articles,
            events,
            quotes,
        }))
    }

    /// Events per day, with Goldstein sums, for one source and target (each an actor
    /// code or an entity key).
    pub fn dyad(&self, source: &str, target: &str) -> Result<Vec<DayPoint>> {
        let mut stmt = self.conn.prepare(
            "SELECT day, COUNT(*), SUM(goldstein) FROM events \
             WHERE (source_actor = ?1 OR source_key = ?1) AND (target_actor = ?2 OR target_key = ?2) \
             AND day IS NOT NULL GROUP BY day ORDER BY day",
        )?;
        let rows = stmt
            .query_map([source, target], |r| {
                Ok(DayPoint {
                    day: day_string(r.get(0)?),
                    events: r.get(1)?,
                    goldstein: r.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Stories (grouped events), those with the most sources first. `min_sources`
    /// keeps only stories told by at least that many articles.
    pub fn stories(&self, min_sources: i64, limit: usize) -> Result<Vec<Story>> {
        let mut stmt = self.conn.prepare(
            "SELECT e.story, COUNT(DISTINCT COALESCE(d.dup_of, d.id)) AS n FROM events e \
             JOIN documents d ON d.seq = e.doc GROUP BY e.story HAVING n >= ?1 \
             ORDER BY n DESC, e.story LIMIT ?2",
        )?;
        let ids = stmt
            .query_map(params![min_sources, limit as i64], |r| r.get::<_, i64>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut out = Vec::new();
        for id in ids {
            if let Some(s) = self.story(id)? {
                out.push(s);
            }
        }
        Ok(out)
    }

    /// One story with its sources and their disagreements.
    pub fn story(&self, id: i64) -> Result<Option<Story>> {
        let head = self
            .conn
            .query_row(
                "SELECT source, target, root, place, day FROM stories WHERE id = ?1",
                [id],
                |r| {
                    Ok((
                        r.get::<_, Option<String>>(0)?,
                        r.get::<_, Option<String>>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, Option<String>>(3)?,
                        r.get::<_, Option<i64>>(4)?,
                    ))
                },
            )
            .optional()?;
        let Some((source, target, root, place, day)) = head else {
            return Ok(None);
        };
        let mut stmt = self.conn.prepare(
            "SELECT COALESCE(d.dup_of, d.id), d.id, e.status, e.numbers, e.label FROM events e \
             JOIN documents d ON d.seq = e.doc WHERE e.story = ?1 ORDER BY e.doc, e.rowid",
        )?;
        let rows = stmt
            .query_map([id], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut articles: Vec<String> = Vec::new();
        let mut roots: Vec<String> = Vec::new();
        let mut statuses: BTreeMap<String, i64> = BTreeMap::new();
        let mut status_by_source: BTreeMap<String, Vec<String>> = BTreeMap::new();
        // unit -> value -> sources
        let mut numbers: BTreeMap<String, BTreeMap<String, Vec<String>>> = BTreeMap::new();
        let mut label = String::new();
        for (root_doc, doc, status, nums, l) in &rows {
            if label.is_empty() {
                label = l.clone();
            }
            if !articles.contains(doc) {
                articles.push(doc.clone());
            }
            if !roots.contains(root_doc) {
                roots.push(root_doc.clone());
            }
            *statuses.entry(status.clone()).or_insert(0) += 1;
            let v = status_by_source.entry(status.clone()).or_default();
            if !v.contains(doc) {
                v.push(doc.clone());
            }
            for (value, unit) in
                serde_json::from_str::<Vec<(f64, String)>>(nums).unwrap_or_default()
            {
                let v = numbers
                    .entry(unit)
                    .or_default()
                    .entry(format_number(value))
                    .or_default();
                if !v.contains(doc) {
                    v.push(doc.clone());
                }
            }
        }
        let mut disagreements = Vec::new();
        if status_by_source.len() > 1 {
            let parts: Vec<String> = status_by_source
                .iter()
                .map(|(s, docs)| format!("{s} ({})", docs.len()))
                .collect();
            disagreements.push(format!("status: {}", parts.join(" vs ")));
        }
        for (unit, values) in &numbers {
            if values.len() > 1 {
                let parts: Vec<String> = values
                    .iter()
                    .map(|(v, docs)| format!("{v} ({})", docs.len()))
                    .collect();
                disagreements.push(format!("{unit}: {}", parts.join(" vs ")));
            }
        }
        Ok(Some(Story {
            id,
            source,
            target,
            root,
            label,
            place,
            day: day.map(day_string),
            events: rows.len() as i64,
            sources: roots.len() as i64,
            articles,
            statuses: statuses.into_iter().collect(),
            disagreements,
        }))
    }

    /// Counts and size on disk.
    pub fn stats(&mut self) -> Result<Stats> {
        let count = |sql: &str| -> Result<i64> { Ok(self.conn.query_row(sql, [], |r| r.get(0))?) };
        let mut s = Stats {
            articles: count("SELECT COUNT(*) FROM documents")?,
            duplicates: count("SELECT COUNT(*) FROM documents WHERE dup_of IS NOT NULL")?,
            entities: count("SELECT COUNT(*) FROM entities")?,
            events: count("SELECT COUNT(*) FROM events")?,
            stories: count("SELECT COUNT(*) FROM stories")?,
            quotes: count("SELECT COUNT(*) FROM quotes")?,
            quantities: count("SELECT COUNT(*) FROM quantities")?,
            indexed: self.index.num_docs()?,
            bytes: 0,
        };
        s.bytes = dir_size(&self.dir);
        Ok(s)
    }

    /// Checks that the store is consistent: every document parses and has exactly the
    /// items its JSON lists, and the index holds every document once. Returns one
    /// message per problem (empty when sound).
    pub fn check(&mut self) -> Result<Vec<String>> {
        let mut bad = Vec::new();
        let mut stmt = self.conn.prepare(
            "SELECT seq, id, doc, n_entities, n_mentions, n_quotes, n_events, n_quantities, \
             (SELECT COUNT(*) FROM doc_entities WHERE doc = seq), \
             (SELECT COUNT(*) FROM mentions WHERE doc = seq), \
             (SELECT COUNT(*) FROM quotes WHERE doc = seq), \
             (SELECT COUNT(*) FROM events WHERE doc = seq), \
             (SELECT COUNT(*) FROM quantities WHERE doc = seq), tokens FROM documents",
        )?;
        let mut rows = stmt.query([])?;
        let mut n = 0u64;
        while let Some(r) = rows.next()? {
            n += 1;
            let id: String = r.get(1)?;
            let blob: Vec<u8> = r.get(2)?;
            let toks: Option<Vec<u8>> = r.get(13)?;
            match load_doc(&blob, toks.as_deref()) {
                Ok(doc) => {
                    let mentions: usize = doc.entities.iter().map(|e| e.mentions.len()).sum();
                    let want = [
                        doc.entities.len(),
                        mentions,
                        doc.quotes.len(),
                        doc.events.len(),
                        doc.quantities.len(),
                    ];
                    for (i, what) in ["entities", "mentions", "quotes", "events", "quantities"]
                        .iter()
                        .enumerate()
                    {
                        let declared: i64 = r.get(3 + i)?;
                        let stored: i64 = r.get(8 + i)?;
                        if declared != want[i] as i64 || stored != want[i] as i64 {
                            bad.push(format!(
                                "{id}: {what}: document has {}, row says {declared}, tables hold {stored}",
                                want[i]
                            ));
                        }
                    }
                    if doc.id != id {
                        bad.push(format!("{id}: stored document has id {}", doc.id));
                    }
                }
                Err(e) => bad.push(format!("{id}: {e}")),
            }
        }
        drop(rows);
        drop(stmt);
        let indexed = self.index.num_docs()?;
        if indexed != n {
            bad.push(format!("index holds {indexed} documents, database {n}"));
        }
        let orphans: i64 = self.conn.query_row(
            "SELECT (SELECT COUNT(*) FROM events WHERE doc NOT IN (SELECT seq FROM documents)) + \
             (SELECT COUNT(*) FROM doc_entities WHERE doc NOT IN (SELECT seq FROM documents))",
            [],
            |r| r.get(0),
        )?;
        if orphans > 0 {
            bad.push(format!("{orphans} items belong to no document"));
        }
        Ok(bad)
    }
}

fn dir_size(p: &Path) -> u64 {
    let mut total = 0;
    if let Ok(rd) = std::fs::read_dir(p) {
        for e in rd.flatten() {
            match e.metadata() {
                Ok(m) if m.is_dir() => total += dir_size(&e.path()),
                Ok(m) => total += m.len(),
                Err(_) => {}
            }
        }
    }
    total
}

fn format_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

fn entity_summary(r: &rusqlite::Row) -> rusqlite::Result<EntitySummary> {
    Ok(EntitySummary {
        key: r.get(0)?,
        name: r.get(1)?,
        kind: r.get(2)?,
        actor: r.get(3)?,
        articles: r.get(4)?,
        mentions: r.get::<_, Option<i64>>(5)?.unwrap_or(0),
    })
}

fn quote_row(r: &rusqlite::Row) -> rusqlite::Result<QuoteRow> {
    Ok(QuoteRow {
        article: r.get(0)?,
        article_title: r.get(1)?,
        id: r.get(2)?,
        kind: r.get(3)?,
        text: r.get(4)?,
        speaker: r.get(5)?,
        cue: r.get(6)?,
    })
}

fn event_row(r: &rusqlite::Row) -> rusqlite::Result<EventRow> {
    let party = |t: Option<String>, k: Option<String>, a: Option<String>| {
        t.map(|text| Party {
            text,
            key: k,
            actor: a,
        })
    };
    Ok(EventRow {
        article: r.get(0)?,
        article_title: r.get(1)?,
        id: r.get(2)?,
        code: r.get(3)?,
        root: r.get(4)?,
        label: r.get(5)?,
        plover: r.get(6)?,
        goldstein: r.get(7)?,
        status: r.get(8)?,
        trigger: r.get(9)?,
        source: party(r.get(10)?, r.get(11)?, r.get(12)?),
        target: party(r.get(13)?, r.get(14)?, r.get(15)?),
        location: r.get(16)?,
        time: r.get(17)?,
        day: r.get::<_, Option<i64>>(18)?.map(day_string),
        attributed_to: r.get(19)?,
        sentence: r.get(20)?,
        story: r.get(21)?,
    })
}

/// Writes one new document and its items; returns its sequence number and the first
/// copy it near-duplicates.
fn insert_doc(tx: &Transaction, doc: &Document) -> Result<(i64, Option<String>)> {
    let sig = textutil::minhash(&doc.text);
    let keys = sig.as_ref().map(textutil::band_keys);
    let mut dup_of = None;
    if let (Some(sig), Some(keys)) = (&sig, &keys) {
        let mut stmt = tx.prepare_cached(
            "SELECT d.id, d.minhash, d.dup_of FROM documents d WHERE d.seq IN \
             (SELECT doc FROM dup_bands WHERE key IN (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)) \
             ORDER BY d.seq",
        )?;
        let mut rows = stmt.query(rusqlite::params_from_iter(keys.iter()))?;
        while let Some(r) = rows.next()? {
            let other: Option<Vec<u8>> = r.get(1)?;
            let Some(other) = other.as_deref().and_then(textutil::signature_from_bytes) else {
                continue;
            };
            if textutil::similarity(sig, &other) >= textutil::NEAR_DUP_SIMILARITY {
                let id: String = r.get(0)?;
                let first: Option<String> = r.get(2)?;
                dup_of = Some(first.unwrap_or(id));
                break;
            }
        }
    }
    let day = doc.meta.published.as_deref().and_then(parse_day);
    // Tokens go apart in their compact form (most of the JSON otherwise).
    let packed = tokens::encode(doc);
    let (blob, toks) = match &packed {
        Some(t) => {
            let light = Document {
                tokens: Vec::new(),
                ..doc.clone()
            };
            (
                deflate(light.to_json_line().as_bytes())?,
                Some(deflate(t.as_bytes())?),
            )
        }
        None => (deflate(doc.to_json_line().as_bytes())?, None),
    };
    let mentions: usize = doc.entities.iter().map(|e| e.mentions.len()).sum();
    tx.prepare_cached(
        "INSERT INTO documents(id, title, published, day, site, url, path, format, text, doc, \
         tokens, minhash, dup_of, n_entities, n_mentions, n_quotes, n_events, n_quantities, \
         added) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, \
         ?17, ?18, ?19)",
    )?
    .execute(params![
        doc.id,
        doc.meta.title,
        doc.meta.published,
        day,
        doc.meta.site,
        doc.source.url,
        doc.source.path,
        doc.source.format.as_str(),
        doc.text,
        blob,
        toks,
        sig.as_ref().map(textutil::signature_bytes),
        dup_of,
        doc.entities.len() as i64,
        mentions as i64,
        doc.quotes.len() as i64,
        doc.events.len() as i64,
        doc.quantities.len() as i64,
        now_secs(),
    ])?;
    let seq = tx.last_insert_rowid();
    if let Some(keys) = keys {
        let mut st = tx.prepare_cached("INSERT INTO dup_bands(key, doc) VALUES (?1, ?2)")?;
        for k in keys {
            st.execute(params![k, seq])?;
        }
    }

    let mut keys: HashMap<&str, String> = HashMap::new();
    for e in &doc.entities {
        let kind = e.kind.as_str();
        let key = entity_key(kind, &e.name);
        tx.prepare_cached(
            "INSERT INTO entities(key, name, type, actor) VALUES (?1, ?2, ?3, ?4) \
             ON CONFLICT(key) DO UPDATE SET \
             name = CASE WHEN length(excluded.name) > length(name) THEN excluded.name ELSE name END, \
             actor = COALESCE(actor, excluded.actor)",
        )?
        .execute(params![key, e.name, kind, e.actor])?;
        let roles: Vec<&str> = e.roles.iter().map(|r| r.title.as_str()).collect();
        tx.prepare_cached(
            "INSERT OR REPLACE INTO doc_entities(doc, eid, key, name, type, actor, n_mentions, \
             aliases, roles) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?
        .execute(params![
            seq,
            e.id,
            key,
            e.name,
            kind,
            e.actor,
            e.mentions.len() as i64,
            serde_json::to_string(&e.aliases).unwrap_or_default(),
            serde_json::to_string(&roles).unwrap_or_default(),
        ])?;
        let mut st = tx.prepare_cached(
            "INSERT INTO mentions(doc, eid, begin_at, end_at, sentence, kind) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        for m in &e.mentions {
            let kind = match m.kind {
                sitrep_doc::MentionKind::Name => "name",
                sitrep_doc::MentionKind::Nominal => "nominal",
                sitrep_doc::MentionKind::Pronoun => "pronoun",
            };
            st.execute(params![
                seq,
                e.id,
                m.start as i64,
                m.end as i64,
                m.sentence as i64,
                kind
            ])?;
        }
        keys.insert(e.id.as_str(), key);
    }
    let key_of = |entity: &Option<String>, text: &str| -> String {
        entity
            .as_ref()
            .and_then(|id| keys.get(id.as_str()).cloned())
            .unwrap_or_else(|| party_key(doc, entity, text))
    };

    for q in &doc.quotes {
        let kind = match q.kind {
            sitrep_doc::QuoteKind::Direct => "direct",
            sitrep_doc::QuoteKind::Indirect => "indirect",
            sitrep_doc::QuoteKind::Mixed => "mixed",
        };
        let speaker_key = q.speaker.as_ref().map(|s| key_of(&s.entity, &s.text));
        // The speaker as written, or the entity's name when the words are a pronoun.
        let speaker = q.speaker.as_ref().map(|s| {
            s.entity
                .as_ref()
                .and_then(|id| doc.entities.iter().find(|e| &e.id == id))
                .map(|e| e.name.clone())
                .unwrap_or_else(|| s.text.clone())
        });
        tx.prepare_cached(
            "INSERT INTO quotes(doc, qid, kind, text, speaker, speaker_key, cue, sentence, \
             begin_at, end_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?
        .execute(params![
            seq,
            q.id,
            kind,
            q.text,
            speaker,
            speaker_key,
            q.cue.as_ref().map(|c| c.text.clone()),
            q.sentence as i64,
            q.start as i64,
            q.end as i64,
        ])?;
    }

    let mut sentence_numbers: HashMap<usize, Vec<(f64, String)>> = HashMap::new();
    for n in &doc.quantities {
        let sentence = doc.sentence_at(n.start);
        sentence_numbers
            .entry(sentence)
            .or_default()
            .push((n.value, n.unit.clone()));
        tx.prepare_cached(
            "INSERT INTO quantities(doc, nid, text, value, unit, about, change, qualifier, \
             sentence) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?
        .execute(params![
            seq,
            n.id,
            n.text,
            n.value,
            n.unit,
            n.about.as_ref().map(|a| a.text.clone()),
            n.change.map(|c| match c {
                sitrep_doc::Change::Up => "up",
                sitrep_doc::Change::Down => "down",
            }),
            n.qualifier.map(|q| match q {
                sitrep_doc::Qualifier::MoreThan => "more_than",
                sitrep_doc::Qualifier::LessThan => "less_than",
                sitrep_doc::Qualifier::About => "about",
            }),
            sentence as i64,
        ])?;
    }

    for v in &doc.events {
        let root: String = v.code.chars().take(2).collect();
        let src = v
            .source
            .as_ref()
            .map(|s| (key_of(&s.entity, &s.text), actor_of(doc, s)));
        let tgt = v
            .target
            .as_ref()
            .map(|s| (key_of(&s.entity, &s.text), actor_of(doc, s)));
        let loc_key = v.location.as_ref().map(|l| key_of(&l.entity, &l.text));
        let day = v
            .time
            .as_ref()
            .and_then(|t| t.value.as_deref())
            .and_then(parse_day)
            .or(day);
        // A party for grouping: its actor code when known, else its key.
        let party = |p: &Option<(String, Option<String>)>| {
            p.as_ref()
                .map(|(k, a)| a.clone().unwrap_or_else(|| k.clone()))
        };
        let (sp, tp) = (party(&src), party(&tgt));
        // Only an event with a party and a day can be told by several articles; any
        // other is a story of its own.
        let story_key = if (sp.is_none() && tp.is_none()) || day.is_none() {
            format!("{}/{}", doc.id, v.id)
        } else {
            format!(
                "{}|{}|{}|{}|{}",
                sp.as_deref().unwrap_or("-"),
                tp.as_deref().unwrap_or("-"),
                root,
                loc_key.as_deref().unwrap_or("-"),
                day.map(|d| d.to_string()).unwrap_or_else(|| "-".into())
            )
        };
        tx.prepare_cached(
            "INSERT OR IGNORE INTO stories(key, source, target, root, place, day) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(params![story_key, sp, tp, root, loc_key, day])?;
        let story: i64 = tx
            .prepare_cached("SELECT id FROM stories WHERE key = ?1")?
            .query_row([&story_key], |r| r.get(0))?;
        let numbers = sentence_numbers
            .get(&v.sentence)
            .cloned()
            .unwrap_or_default();
        tx.prepare_cached(
            "INSERT INTO events(doc, vid, code, root, label, plover, goldstein, status, trigger, \
             source, source_key, source_actor, target, target_key, target_actor, location, \
             location_key, time, time_value, day, attributed_to, sentence, story, numbers) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, \
             ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24)",
        )?
        .execute(params![
            seq,
            v.id,
            v.code,
            root,
            v.label,
            v.plover,
            v.goldstein,
            v.status.as_str(),
            v.trigger.text,
            v.source.as_ref().map(|s| s.text.clone()),
            src.as_ref().map(|s| s.0.clone()),
            src.as_ref().and_then(|s| s.1.clone()),
            v.target.as_ref().map(|s| s.text.clone()),
            tgt.as_ref().map(|s| s.0.clone()),
            tgt.as_ref().and_then(|s| s.1.clone()),
            v.location.as_ref().map(|s| s.text.clone()),
            loc_key,
            v.time.as_ref().map(|s| s.text.clone()),
            v.time.as_ref().and_then(|s| s.value.clone()),
            day,
            v.attributed_to.as_ref().map(|s| s.text.clone()),
            v.sentence as i64,
            story,
            serde_json::to_string(&numbers).unwrap_or_else(|_| "[]".into()),
        ])?;
    }
    Ok((seq, dup_of))
}
