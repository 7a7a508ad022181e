//! Extracts every HTML page of a folder (`.html`, `.htm`, `.html.gz`) and prints
//! `{name: {"articleBody": text}}` as JSON, with pages/s on stderr. For development
//! (`sitrep eval extraction` is the scorer).
use sitrep_ingest::html::decode_html;
use sitrep_ingest::{Extractor, SitrepExtractor};
use std::io::Read;

fn main() {
    let dir = std::env::args().nth(1).expect("usage: extract_dir DIR");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("readable folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    let mut pages = Vec::new();
    for p in files {
        let raw = std::fs::read(&p).expect("readable file");
        let bytes = if raw.starts_with(&[0x1f, 0x8b]) {
            let mut out = Vec::new();
            flate2::read::MultiGzDecoder::new(&raw[..])
                .read_to_end(&mut out)
                .expect("gzip");
            out
        } else {
            raw
        };
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        let id = name.strip_suffix(".gz").unwrap_or(&name);
        let id = id.strip_suffix(".html").unwrap_or(id).to_string();
        pages.push((id, bytes));
    }
    let t = std::time::Instant::now();
    let mut out = serde_json::Map::new();
    for (id, bytes) in &pages {
        let (html, _) = decode_html(bytes, None);
        let ex = SitrepExtractor.extract(&html, None);
        out.insert(id.clone(), serde_json::json!({"articleBody": ex.text, "meta": {"title": ex.meta.title, "published": ex.meta.published, "byline": ex.meta.byline, "language": ex.meta.language, "site": ex.meta.site}}));
    }
    let s = t.elapsed().as_secs_f64();
    eprintln!(
        "{} pages in {s:.2}s: {:.1} pages/s",
        pages.len(),
        pages.len() as f64 / s
    );
    println!("{}", serde_json::to_string(&out).unwrap());
}
