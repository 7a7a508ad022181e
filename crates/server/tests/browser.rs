//! The web UI in headless Chromium, driven through chromedriver's WebDriver HTTP API:
//! search, open an article, see a highlighted entity and an event row, click the row
//! (it scrolls to its sentence), and save a screenshot.
//!
//! Skipped, with a message, when chromium or chromedriver is not installed
//! (`apt-get install chromium chromium-driver`; .ci/run installs them).

mod common;

use common::{request, server};
use serde_json::{json, Value};
use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn find(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&path) {
        for n in names {
            let p = dir.join(n);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    None
}

/// chromedriver, killed when dropped (also on a failed assertion).
struct Driver {
    child: Child,
    addr: SocketAddr,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn wd(d: &Driver, method: &str, path: &str, body: Option<Value>) -> Value {
    let b = body.map(|v| v.to_string()).unwrap_or_default();
    let r = request(
        d.addr,
        method,
        path,
        &[("Content-Type", "application/json")],
        b.as_bytes(),
    );
    let j = r.json();
    assert!(
        r.status == 200,
        "WebDriver {method} {path}: {} {}",
        r.status,
        r.text()
    );
    j["value"].clone()
}

/// Polls for an element (CSS selector), up to 10 s.
fn element(d: &Driver, session: &str, css: &str) -> String {
    let t0 = Instant::now();
    loop {
        let r = request(
            d.addr,
            "POST",
            &format!("/session/{session}/element"),
            &[("Content-Type", "application/json")],
            json!({"using": "css selector", "value": css})
                .to_string()
                .as_bytes(),
        );
        if r.status == 200 {
            let v = r.json()["value"].clone();
            if let Some(id) = v
                .as_object()
                .and_then(|o| o.values().next())
                .and_then(|x| x.as_str())
            {
                return id.to_string();
            }
        }
        assert!(
            t0.elapsed() < Duration::from_secs(10),
            "no element {css:?}: {}",
            r.text()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn b64decode(s: &str) -> Vec<u8> {
    let val = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32)
    };
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in s.bytes() {
        let Some(v) = val(c) else { continue };
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}

#[test]
fn search_open_article_see_entities_and_events() {
    let (Some(chromium), Some(chromedriver)) = (
        find(&["chromium", "chromium-browser"]),
        find(&["chromedriver"]),
    ) else {
        println!("SKIPPED browser test: chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        return;
    };
    let (_dir, srv) = server(None, 64 * 1024);
    let profile = tempfile::tempdir().unwrap();
    let port = free_port();
    let child = Command::new(&chromedriver)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromedriver");
    let d = Driver {
        child,
        addr: SocketAddr::from(([127, 0, 0, 1], port)),
    };
    // Wait for chromedriver (bounded).
    let t0 = Instant::now();
    loop {
        if std::net::TcpStream::connect(d.addr).is_ok() {
            let r = request(d.addr, "GET", "/status", &[], b"");
            if r.status == 200 && r.json()["value"]["ready"] == true {
                break;
            }
        }
        assert!(
            t0.elapsed() < Duration::from_secs(20),
            "chromedriver did not start"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let caps = json!({"capabilities": {"alwaysMatch": {
        "browserName": "chrome",
        "goog:chromeOptions": {
            "binary": chromium.to_string_lossy(),
            "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                     "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync",
                     "--disable-dev-shm-usage", "--window-size=1280,1000",
                     format!("--user-data-dir={}", profile.path().display())]
        }
    }}});
    let session = wd(&d, "POST", "/session", Some(caps));
    let sid = session["sessionId"]
        .as_str()
        .expect("a session id")
        .to_string();
    let base = format!("http://{}", srv.addr);
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        wd(
            &d,
            "POST",
            &format!("/session/{sid}/url"),
            Some(json!({"url": format!("{base}/")})),
        );
        // Search.
        let q = element(&d, &sid, "input[name=q]");
        wd(
            &d,
            "POST",
            &format!("/session/{sid}/element/{q}/value"),
            Some(json!({"text": "raided Tarvel"})),
        );
        let go = element(&d, &sid, "#go");
        wd(
            &d,
            "POST",
            &format!("/session/{sid}/element/{go}/click"),
            Some(json!({})),
        );
        let total = element(&d, &sid, "#total");
        let text = wd(
            &d,
            "GET",
            &format!("/session/{sid}/element/{total}/text"),
            None,
        );
        assert!(text.as_str().unwrap_or("").contains("found"), "{text}");
        // Open the first hit.
        let hit = element(&d, &sid, "a.hit-link");
        wd(
            &d,
            "POST",
            &format!("/session/{sid}/element/{hit}/click"),
            Some(json!({})),
        );
        // A highlighted entity, and an event row.
        let person = element(&d, &sid, "#text a.ent.ent-person");
        let name = wd(
            &d,
            "GET",
            &format!("/session/{sid}/element/{person}/text"),
            None,
        );
        assert!(name.as_str().unwrap_or("").contains("Castell"), "{name}");
        let bg = wd(
            &d,
            "GET",
            &format!("/session/{sid}/element/{person}/css/background-color"),
            None,
        );
        assert_ne!(
            bg.as_str().unwrap_or(""),
            "rgba(0, 0, 0, 0)",
            "entity not highlighted"
        );
        let row = element(&d, &sid, "tr.event-row");
        let row_text = wd(
            &d,
            "GET",
            &format!("/session/{sid}/element/{row}/text"),
            None,
        );
        assert!(
            row_text.as_str().unwrap_or("").contains("asserted"),
            "{row_text}"
        );
        // Clicking the row goes to its evidence sentence.
        wd(
            &d,
            "POST",
            &format!("/session/{sid}/element/{row}/click"),
            Some(json!({})),
        );
        let url = wd(&d, "GET", &format!("/session/{sid}/url"), None);
        assert!(url.as_str().unwrap_or("").ends_with("#s0"), "{url}");
        let shot = wd(&d, "GET", &format!("/session/{sid}/screenshot"), None);
        let png = b64decode(shot.as_str().unwrap_or(""));
        assert!(png.starts_with(b"\x89PNG"), "not a PNG");
        let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("sitrep-article.png");
        std::fs::write(&out, &png).unwrap();
        println!("screenshot: {}", out.display());
    }));
    let _ = request(d.addr, "DELETE", &format!("/session/{sid}"), &[], b"");
    drop(d);
    if let Err(e) = result {
        std::panic::resume_unwind(e);
    }
}
