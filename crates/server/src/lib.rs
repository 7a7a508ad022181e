//! `sitrep-server`: JSON API and web UI over the store.
//!
//! [`start`] binds (loopback by default), serves on its own thread and returns the
//! address: that is what `sitrep serve` and the tests use. The API lives under `/api`
//! and is described by `/api/openapi.json`; the pages are rendered on the server with
//! every piece of article text HTML-escaped. Writing (`POST /api/articles`) needs the
//! token given at start; without one the server is read-only. Request bodies are capped
//! (413 beyond the cap).

mod api;
mod openapi;
mod pages;

use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::Router;
use sitrep_pipeline::Pipeline;
use sitrep_store::Store;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

/// Default cap on a request body: 2 MiB.
pub const DEFAULT_MAX_BODY: usize = 2 * 1024 * 1024;

#[derive(Clone, Debug)]
pub struct Config {
    pub db: PathBuf,
    pub addr: SocketAddr,
    /// Bearer token for write endpoints; `None`: read-only.
    pub token: Option<String>,
    pub max_body: usize,
}

impl Config {
    pub fn new(db: impl Into<PathBuf>) -> Config {
        Config {
            db: db.into(),
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            token: None,
            max_body: DEFAULT_MAX_BODY,
        }
    }
}

pub(crate) struct AppState {
    store: Mutex<Store>,
    token: Option<String>,
    pipeline: OnceLock<Pipeline>,
}

impl AppState {
    /// Runs `f` with the store locked (a poisoned lock is taken over: the store's own
    /// transactions keep it consistent).
    pub(crate) fn with_store<R>(&self, f: impl FnOnce(&mut Store) -> R) -> R {
        let mut g = self.store.lock().unwrap_or_else(|p| p.into_inner());
        f(&mut g)
    }

    pub(crate) fn pipeline(&self) -> &Pipeline {
        self.pipeline
            .get_or_init(|| Pipeline::standard(sitrep_pipeline::Options::default()))
    }
}

pub(crate) type Shared = Arc<AppState>;

fn router(state: Shared, max_body: usize) -> Router {
    Router::new()
        .route("/", get(pages::search))
        .route("/articles/{id}", get(pages::article))
        .route("/entities", get(pages::entities))
        .route("/entities/{key}", get(pages::entity))
        .route("/stories", get(pages::stories))
        .route("/stories/{id}", get(pages::story))
        .route("/dyad", get(pages::dyad))
        .route("/api/openapi.json", get(openapi::openapi))
        .route("/api/stats", get(api::stats))
        .route("/api/articles", get(api::articles).post(api::add_articles))
        .route("/api/articles/{id}", get(api::article))
        .route("/api/search", get(api::search))
        .route("/api/events", get(api::events))
        .route("/api/entities", get(api::entities))
        .route("/api/entities/{key}", get(api::entity))
        .route("/api/stories", get(api::stories))
        .route("/api/stories/{id}", get(api::story))
        .route("/api/dyads", get(api::dyad))
        .route("/api/extract", post(api::extract))
        .fallback(pages::not_found)
        .layer(DefaultBodyLimit::max(max_body))
        .with_state(state)
}

/// A server running on its own thread.
pub struct Running {
    pub addr: SocketAddr,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Running {
    /// Stops the server and waits for it.
    pub fn stop(mut self) {
        self.stop_inner();
    }

    /// Blocks until the server ends (it ends on Ctrl-C when started by [`serve`]).
    pub fn wait(mut self) {
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }

    fn stop_inner(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.stop_inner();
    }
}

/// Opens the store, binds `config.addr` and serves on a background thread.
pub fn start(config: Config) -> Result<Running, String> {
    start_inner(config, false)
}

fn start_inner(config: Config, ctrl_c: bool) -> Result<Running, String> {
    let store = Store::open(&config.db).map_err(|e| format!("{}: {e}", config.db.display()))?;
    let listener = std::net::TcpListener::bind(config.addr)
        .map_err(|e| format!("cannot listen on {}: {e}", config.addr))?;
    listener
        .set_nonblocking(true)
        .map_err(|e| format!("cannot listen on {}: {e}", config.addr))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let state = Arc::new(AppState {
        store: Mutex::new(store),
        token: config.token.clone().filter(|t| !t.is_empty()),
        pipeline: OnceLock::new(),
    });
    let app = router(state, config.max_body);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_io()
        .build()
        .map_err(|e| format!("cannot start the runtime: {e}"))?;
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let thread = std::thread::spawn(move || {
        runtime.block_on(async move {
            let listener = match tokio::net::TcpListener::from_std(listener) {
                Ok(l) => l,
                Err(e) => {
                    eprintln!("sitrep: error: {e}");
                    return;
                }
            };
            let stop = async move {
                if ctrl_c {
                    tokio::select! {
                        _ = rx => {}
                        _ = tokio::signal::ctrl_c() => {}
                    }
                } else {
                    let _ = rx.await;
                }
            };
            if let Err(e) = axum::serve(listener, app)
                .with_graceful_shutdown(stop)
                .await
            {
                eprintln!("sitrep: error: server: {e}");
            }
        });
    });
    Ok(Running {
        addr,
        shutdown: Some(tx),
        thread: Some(thread),
    })
}

/// Serves until Ctrl-C (what `sitrep serve` runs).
pub fn serve(config: Config) -> Result<(), String> {
    if !config.addr.ip().is_loopback() {
        eprintln!(
            "sitrep: warning: listening on {}, reachable from other machines",
            config.addr
        );
    }
    let running = start_inner(config, true)?;
    eprintln!(
        "sitrep: serving on http://{}/ (Ctrl-C to stop)",
        running.addr
    );
    running.wait();
    Ok(())
}

/// Percent-encodes a string for a URL path segment or query value.
pub(crate) fn url_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b':' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// `Some` only for a non-blank value (HTML forms send empty fields).
pub(crate) fn nz(v: &Option<String>) -> Option<String> {
    v.as_ref()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_encoding_keeps_keys_readable() {
        assert_eq!(url_encode("person:mira-castell"), "person:mira-castell");
        assert_eq!(url_encode("a b/é"), "a%20b%2F%C3%A9");
    }
}
