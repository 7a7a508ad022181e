//! Prints the extractor's top candidates for one HTML page (development aid).
fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: candidates PAGE.html");
    let bytes = std::fs::read(path).expect("readable file");
    let (html, _) = sitrep_ingest::html::decode_html(&bytes, None);
    for line in sitrep_ingest::html::debug_candidates(&html) {
        println!("{line}");
    }
}
