//! The JSON API (`/api/...`).
// Handlers return `Result<_, Response>`: an early error answer is the axum idiom, and
// the response is moved once, so its size does not matter here.
#![allow(clippy::result_large_err)]

use crate::{nz, Shared};
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use serde_json::json;
use sitrep_doc::Document;
use sitrep_ingest::{Inputs, Options as IngestOptions};
use sitrep_store::{Added, EventFilter, SearchQuery};
use std::panic::{catch_unwind, AssertUnwindSafe};

pub(crate) fn error(status: StatusCode, msg: impl Into<String>) -> Response {
    (status, Json(json!({ "error": msg.into() }))).into_response()
}

fn store_error(e: impl std::fmt::Display) -> Response {
    error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string())
}

/// Runs blocking store work off the async workers.
async fn blocking<R: Send + 'static>(
    state: &Shared,
    f: impl FnOnce(&mut sitrep_store::Store) -> R + Send + 'static,
) -> Result<R, Response> {
    let st = state.clone();
    tokio::task::spawn_blocking(move || st.with_store(f))
        .await
        .map_err(|e| error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))
}

#[derive(Deserialize, Default)]
pub(crate) struct Page {
    pub offset: Option<usize>,
    pub limit: Option<usize>,
}

pub(crate) async fn stats(State(st): State<Shared>) -> Response {
    match blocking(&st, |s| s.stats()).await {
        Ok(Ok(s)) => Json(s).into_response(),
        Ok(Err(e)) => store_error(e),
        Err(r) => r,
    }
}

pub(crate) async fn articles(State(st): State<Shared>, Query(p): Query<Page>) -> Response {
    let (offset, limit) = (p.offset.unwrap_or(0), p.limit.unwrap_or(50).min(1000));
    match blocking(&st, move |s| s.articles(offset, limit)).await {
        Ok(Ok((total, list))) => Json(json!({ "total": total, "articles": list })).into_response(),
        Ok(Err(e)) => store_error(e),
        Err(r) => r,
    }
}

pub(crate) async fn article(State(st): State<Shared>, Path(id): Path<String>) -> Response {
    match blocking(&st, move |s| s.article_json(&id)).await {
        Ok(Ok(Some(j))) => ([(header::CONTENT_TYPE, "application/json")], j).into_response(),
        Ok(Ok(None)) => error(StatusCode::NOT_FOUND, "no such article"),
        Ok(Err(e)) => store_error(e),
        Err(r) => r,
    }
}

#[derive(Deserialize, Default, Clone)]
pub(crate) struct SearchParams {
    pub q: Option<String>,
    pub entity: Option<String>,
    pub actor: Option<String>,
    pub root: Option<String>,
    pub status: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub duplicates: Option<bool>,
    pub offset: Option<usize>,
    pub limit: Option<usize>,
}

impl SearchParams {
    pub(crate) fn query(&self) -> Result<SearchQuery, String> {
        for (name, d) in [("from", &self.from), ("to", &self.to)] {
            if let Some(d) = nz(d) {
                if sitrep_store::parse_day(&d).is_none() {
                    return Err(format!("{name}: expected a date YYYY-MM-DD, got {d:?}"));
                }
            }
        }
        Ok(SearchQuery {
            q: self.q.clone().unwrap_or_default(),
            entity: nz(&self.entity),
            actor: nz(&self.actor),
            root: nz(&self.root),
            status: nz(&self.status),
            from: nz(&self.from),
            to: nz(&self.to),
            duplicates: self.duplicates.unwrap_or(false),
            limit: self.limit.unwrap_or(10).clamp(1, 200),
            offset: self.offset.unwrap_or(0),
        })
    }
}

pub(crate) async fn search(State(st): State<Shared>, Query(p): Query<SearchParams>) -> Response {
    let q = match p.query() {
        Ok(q) => q,
        Err(e) => return error(StatusCode::BAD_REQUEST, e),
    };
    match blocking(&st, move |s| s.search(&q)).await {
        Ok(Ok(r)) => Json(json!({ "total": r.total, "hits": r.hits })).into_response(),
        Ok(Err(e)) => store_error(e),
        Err(r) => r,
    }
}

#[derive(Deserialize, Default, Clone)]
pub(crate) struct EventParams {
    pub entity: Option<String>,
    pub actor: Option<String>,
    pub root: Option<String>,
    pub status: Option<String>,
    pub source: Option<String>,
    pub target: Option<String>,
    pub story: Option<i64>,
    pub article: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub limit: Option<usize>,
}

impl EventParams {
    pub(crate) fn filter(&self) -> Result<EventFilter, String> {
        for (name, d) in [("from", &self.from), ("to", &self.to)] {
            if let Some(d) = nz(d) {
                if sitrep_store::parse_day(&d).is_none() {
                    return Err(format!("{name}: expected a date YYYY-MM-DD, got {d:?}"));
                }
            }
        }
        Ok(EventFilter {
            entity: nz(&self.entity),
            actor: nz(&self.actor),
            root: nz(&self.root),
            status: nz(&self.status),
            source: nz(&self.source),
            target: nz(&self.target),
            story: self.story,
            article: nz(&self.article),
            from: nz(&self.from),
            to: nz(&self.to),
            limit: self.limit.unwrap_or(100).clamp(1, 1000),
        })
    }
}

pub(crate) async fn events(State(st): State<Shared>, Query(p): Query<EventParams>) -> Response {
    let f = match p.filter() {
        Ok(f) => f,
        Err(e) => return error(StatusCode::BAD_REQUEST, e),
    };
    match blocking(&st, move |s| s.events(&f)).await {
        Ok(Ok(ev)) => Json(json!({ "events": ev })).into_response(),
        Ok(Err(e)) => store_error(e),
        Err(r) => r,
    }
}

#[derive(Deserialize, Default)]
pub(crate) struct EntityParams {
    pub q: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub limit: Option<usize>,
}

pub(crate) async fn entities(State(st): State<Shared>, Query(p): Query<EntityParams>) -> Response {
    let (q, kind, limit) = (nz(&p.q), nz(&p.kind), p.limit.unwrap_or(50).clamp(1, 1000));
    match blocking(&st, move |s| {
        s.entities(q.as_deref(), kind.as_deref(), limit)
    })
    .await
    {
        Ok(Ok(list)) => Json(json!({ "entities": list })).into_response(),
        Ok(Err(e)) => store_error(e),
        Err(r) => r,
    }
}

pub(crate) async fn entity(State(st): State<Shared>, Path(key): Path<String>) -> Response {
    match blocking(&st, move |s| s.entity(&key)).await {
        Ok(Ok(Some(e))) => Json(e).into_response(),
        Ok(Ok(None)) => error(StatusCode::NOT_FOUND, "no such entity"),
        Ok(Err(e)) => store_error(e),
        Err(r) => r,
    }
}

#[derive(Deserialize, Default)]
pub(crate) struct StoryParams {
    pub min_sources: Option<i64>,
    pub limit: Option<usize>,
}

pub(crate) async fn stories(State(st): State<Shared>, Query(p): Query<StoryParams>) -> Response {
    let (min, limit) = (
        p.min_sources.unwrap_or(1),
        p.limit.unwrap_or(50).clamp(1, 500),
    );
    match blocking(&st, move |s| s.stories(min, limit)).await {
        Ok(Ok(list)) => Json(json!({ "stories": list })).into_response(),
        Ok(Err(e)) => store_error(e),
        Err(r) => r,
    }
}

pub(crate) async fn story(State(st): State<Shared>, Path(id): Path<i64>) -> Response {
    match blocking(&st, move |s| s.story(id)).await {
        Ok(Ok(Some(s))) => Json(s).into_response(),
        Ok(Ok(None)) => error(StatusCode::NOT_FOUND, "no such story"),
        Ok(Err(e)) => store_error(e),
        Err(r) => r,
    }
}

#[derive(Deserialize, Default)]
pub(crate) struct DyadParams {
    pub source: Option<String>,
    pub target: Option<String>,
}

pub(crate) async fn dyad(State(st): State<Shared>, Query(p): Query<DyadParams>) -> Response {
    let (Some(source), Some(target)) = (nz(&p.source), nz(&p.target)) else {
        return error(
            StatusCode::BAD_REQUEST,
            "source and target are required (actor codes or entity keys)",
        );
    };
    let (s2, t2) = (source.clone(), target.clone());
    match blocking(&st, move |s| s.dyad(&s2, &t2)).await {
        Ok(Ok(days)) => {
            Json(json!({ "source": source, "target": target, "days": days })).into_response()
        }
        Ok(Err(e)) => store_error(e),
        Err(r) => r,
    }
}

/// The input name for a request body: its content type picks the format.
fn input_name(headers: &HeaderMap) -> &'static str {
    let ct = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    if ct.contains("html") {
        "request.html"
    } else if ct.contains("json") {
        "request.jsonl"
    } else if ct.contains("rss") {
        "request.rss"
    } else if ct.contains("atom") {
        "request.atom"
    } else {
        // Plain text or unknown: sniffed from the content.
        "request"
    }
}

/// Runs the pipeline over a request body: the documents, or the first reason none came.
fn analyse(st: &Shared, headers: &HeaderMap, body: Bytes) -> Result<Vec<Document>, Response> {
    if body.is_empty() {
        return Err(error(
            StatusCode::BAD_REQUEST,
            "empty body: send text or HTML",
        ));
    }
    let name = input_name(headers);
    let mut docs = Vec::new();
    let mut errors = Vec::new();
    for item in Inputs::from_bytes(name, body.to_vec(), &IngestOptions::default()) {
        match item {
            Ok(a) => match catch_unwind(AssertUnwindSafe(|| st.pipeline().process(a))) {
                Ok(d) => docs.push(d),
                Err(_) => errors.push("internal error while analysing this article".to_string()),
            },
            Err(e) => errors.push(e.reason),
        }
    }
    if docs.is_empty() {
        let msg = errors
            .into_iter()
            .next()
            .unwrap_or_else(|| "no article in the body".into());
        return Err(error(StatusCode::UNPROCESSABLE_ENTITY, msg));
    }
    Ok(docs)
}

/// `POST /api/extract`: text or HTML in, sitrep/1 out (JSON Lines when several).
pub(crate) async fn extract(State(st): State<Shared>, headers: HeaderMap, body: Bytes) -> Response {
    let st2 = st.clone();
    let r = tokio::task::spawn_blocking(move || analyse(&st2, &headers, body)).await;
    let docs = match r {
        Ok(Ok(d)) => d,
        Ok(Err(resp)) => return resp,
        Err(e) => return error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    };
    if docs.len() == 1 {
        (
            [(header::CONTENT_TYPE, "application/json")],
            docs[0].to_json_line(),
        )
            .into_response()
    } else {
        let mut out = String::new();
        for d in &docs {
            out.push_str(&d.to_json_line());
            out.push('\n');
        }
        ([(header::CONTENT_TYPE, "application/x-ndjson")], out).into_response()
    }
}

/// Compares in time independent of where the strings differ.
fn same_secret(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// `Err(response)` unless the request carries the write token.
fn authorize(st: &Shared, headers: &HeaderMap) -> Result<(), Response> {
    let Some(token) = &st.token else {
        return Err(error(
            StatusCode::FORBIDDEN,
            "read-only server: start it with --token to allow writes",
        ));
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    if same_secret(given.trim(), token) {
        Ok(())
    } else {
        Err(error(
            StatusCode::UNAUTHORIZED,
            "missing or wrong token (Authorization: Bearer TOKEN)",
        ))
    }
}

/// `POST /api/articles` (token): analyse the body and add it to the archive.
pub(crate) async fn add_articles(
    State(st): State<Shared>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if let Err(r) = authorize(&st, &headers) {
        return r;
    }
    let st2 = st.clone();
    let r = tokio::task::spawn_blocking(move || {
        let docs = analyse(&st2, &headers, body)?;
        let added = st2
            .with_store(|s| {
                let a = s.add(&docs)?;
                s.commit()?;
                Ok::<_, sitrep_store::StoreError>(a)
            })
            .map_err(store_error)?;
        let list: Vec<serde_json::Value> = docs
            .iter()
            .zip(added)
            .map(|(d, a)| match a {
                Added::New { dup_of } => json!({"id": d.id, "status": "added", "dup_of": dup_of}),
                Added::Existing => json!({"id": d.id, "status": "existing", "dup_of": null}),
            })
            .collect();
        Ok::<_, Response>(list)
    })
    .await;
    match r {
        Ok(Ok(list)) => (StatusCode::CREATED, Json(json!({ "articles": list }))).into_response(),
        Ok(Err(resp)) => resp,
        Err(e) => error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}
