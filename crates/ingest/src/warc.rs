//! WARC 1.0/1.1, streamed record by record (gzip per record is handled by the reader's
//! multi-member gunzip). `response` and `resource` records holding HTML (or plain text)
//! become articles; `warcinfo`, `request`, `metadata`, `revisit`… and non-HTML payloads
//! are skipped. A record over the per-article cap is skipped with an error, without
//! being read into memory. A malformed record header is an error for that record; the
//! reader then looks for the next `WARC/` header line.

use crate::html::{article_from_html, SitrepExtractor};
use crate::meta::normalize_date;
use crate::stream::{read_exact_or_eof, read_line_capped, skip};
use crate::{io_reason, text, Article, InputError};
use sitrep_doc::{Source, SourceFormat};
use std::io::{BufRead, Read};

pub struct WarcRecords {
    reader: Box<dyn BufRead>,
    name: String,
    path: Option<String>,
    max: usize,
    record: u64,
    done: bool,
    line: Vec<u8>,
    /// After a malformed header: skipping lines up to the next `WARC/` line.
    resyncing: bool,
}

/// Header lines longer than this are not WARC.
const MAX_HEADER_LINE: usize = 64 * 1024;

impl WarcRecords {
    pub fn new(
        reader: Box<dyn BufRead>,
        name: String,
        path: Option<String>,
        max: usize,
    ) -> WarcRecords {
        WarcRecords {
            reader,
            name,
            path,
            max,
            record: 0,
            done: false,
            line: Vec::new(),
            resyncing: false,
        }
    }

    fn err(&self, reason: String) -> InputError {
        InputError {
            input: format!("{}#{}", self.name, self.record),
            reason,
        }
    }

    /// Reads the next record; `Ok(None)` at the end, `Ok(Some(None))` for a skipped one.
    #[allow(clippy::type_complexity)]
    fn next_record(&mut self) -> Result<Option<Option<Article>>, InputError> {
        // Find the version line, skipping blank lines (and, after an error, garbage).
        loop {
            match read_line_capped(&mut *self.reader, &mut self.line, MAX_HEADER_LINE) {
                Ok(None) => return Ok(None),
                Ok(Some(_)) => {}
                Err(e) => {
                    self.done = true;
                    return Err(self.err(format!("read failed: {}", io_reason(&e))));
                }
            }
            let l = trim_cr(&self.line);
            if l.is_empty() {
                continue;
            }
            if l.starts_with(b"WARC/") {
                self.resyncing = false;
                break;
            }
            if !self.resyncing {
                self.resyncing = true;
                let shown = String::from_utf8_lossy(&l[..l.len().min(40)]).into_owned();
                return Err(InputError {
                    input: format!("{}#{}", self.name, self.record + 1),
                    reason: format!(
                        "malformed WARC: expected a \"WARC/1.x\" record header, found {shown:?}; skipping to the next record"
                    ),
                });
            }
        }
        self.record += 1;
        let mut headers: Vec<(String, String)> = Vec::new();
        loop {
            match read_line_capped(&mut *self.reader, &mut self.line, MAX_HEADER_LINE) {
                Ok(None) => {
                    self.done = true;
                    return Err(
                        self.err("malformed WARC: input ends inside a record header".into())
                    );
                }
                Ok(Some(true)) => {
                    return Err(self.err("malformed WARC: header line too long".into()));
                }
                Ok(Some(false)) => {}
                Err(e) => {
                    self.done = true;
                    return Err(self.err(format!("read failed: {}", io_reason(&e))));
                }
            }
            let l = trim_cr(&self.line);
            if l.is_empty() {
                break;
            }
            let s = String::from_utf8_lossy(l);
            if let Some((k, v)) = s.split_once(':') {
                headers.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
            }
        }
        let get = |k: &str| {
            headers
                .iter()
                .find(|(hk, _)| hk == k)
                .map(|(_, v)| v.as_str())
        };
        let Some(len) = get("content-length").and_then(|v| v.parse::<u64>().ok()) else {
            self.resyncing = true;
            return Err(self.err("malformed WARC: record without a valid Content-Length".into()));
        };
        let kind = get("warc-type").unwrap_or("").to_ascii_lowercase();
        let uri = get("warc-target-uri").map(|u| u.trim_matches(['<', '>']).to_string());
        let date = get("warc-date").map(str::to_string);
        let block_type = get("content-type").unwrap_or("").to_ascii_lowercase();
        let wanted = match kind.as_str() {
            "response" => block_type.starts_with("application/http"),
            "resource" => true,
            _ => false,
        };
        if !wanted {
            skip(&mut *self.reader, len).map_err(|e| self.err(io_reason(&e)))?;
            return Ok(Some(None));
        }
        if len > self.max as u64 {
            skip(&mut *self.reader, len).map_err(|e| self.err(io_reason(&e)))?;
            return Err(self.err(format!(
                "record over the cap of {} bytes per article (raise it with --max-bytes)",
                self.max
            )));
        }
        let block = read_exact_or_eof(&mut *self.reader, len as usize)
            .map_err(|e| self.err(format!("read failed: {}", io_reason(&e))))?;
        if (block.len() as u64) < len {
            self.done = true;
            return Err(self.err("malformed WARC: input ends inside a record".into()));
        }
        let (payload_type, payload) = if kind == "response" {
            let (ct, body) = parse_http(&block).map_err(|r| self.err(r))?;
            (ct, body)
        } else {
            (block_type.clone(), block)
        };
        let ct = payload_type.to_ascii_lowercase();
        let is_html = ct.contains("html") || (ct.is_empty() && looks_like_html(&payload));
        let is_text = ct.starts_with("text/plain");
        if !is_html && !is_text {
            return Ok(Some(None));
        }
        let charset = ct
            .split(';')
            .find_map(|p| p.trim().strip_prefix("charset="))
            .map(|c| c.trim_matches(['"', '\'']).to_string());
        let mut article = if is_html {
            article_from_html(
                &payload,
                charset.as_deref(),
                uri.as_deref(),
                &SitrepExtractor,
            )
            .map_err(|r| self.err(r))?
        } else {
            let mut a =
                text::article_from_bytes(&format!("{}#{}", self.name, self.record), &payload)?;
            a.meta.language = crate::meta::detect_language(&a.text);
            a
        };
        if article.meta.published.is_none() {
            // No date in the page: the capture date is the best we know.
            if let Some(d) = date.as_deref().and_then(normalize_date) {
                article.warnings.push(format!(
                    "no date in the page: published set to the WARC-Date {d}"
                ));
                article.meta.published = Some(d);
            }
        }
        article.source = Source {
            path: self.path.clone(),
            url: uri,
            format: SourceFormat::Warc,
            record: Some(self.record),
        };
        Ok(Some(Some(article)))
    }
}

impl Iterator for WarcRecords {
    type Item = Result<Article, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            match self.next_record() {
                Ok(None) => {
                    self.done = true;
                }
                Ok(Some(None)) => continue,
                Ok(Some(Some(a))) => return Some(Ok(a)),
                Err(e) => return Some(Err(e)),
            }
        }
        None
    }
}

fn trim_cr(l: &[u8]) -> &[u8] {
    l.strip_suffix(b"\r").unwrap_or(l)
}

fn looks_like_html(b: &[u8]) -> bool {
    let head: Vec<u8> = b
        .iter()
        .take(1024)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    head.windows(5).any(|w| w == b"<html") || head.windows(9).any(|w| w == b"<!doctype")
}

/// Splits an HTTP response into (content type, decoded body): chunked transfer coding and
/// gzip/deflate content coding are undone.
fn parse_http(block: &[u8]) -> Result<(String, Vec<u8>), String> {
    let end = block
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|p| (p, p + 4))
        .or_else(|| {
            block
                .windows(2)
                .position(|w| w == b"\n\n")
                .map(|p| (p, p + 2))
        })
        .ok_or("malformed HTTP response in WARC record: no end of headers")?;
    let head = String::from_utf8_lossy(&block[..end.0]);
    let mut lines = head.lines();
    let status = lines.next().unwrap_or("");
    if !status.starts_with("HTTP/") {
        return Err(format!(
            "malformed HTTP response in WARC record: status line {:?}",
            &status[..status.len().min(40)]
        ));
    }
    let mut ct = String::new();
    let mut chunked = false;
    let mut coding = String::new();
    for l in lines {
        if let Some((k, v)) = l.split_once(':') {
            let k = k.trim().to_ascii_lowercase();
            let v = v.trim();
            match k.as_str() {
                "content-type" => ct = v.to_string(),
                "transfer-encoding" => chunked = v.to_ascii_lowercase().contains("chunked"),
                "content-encoding" => coding = v.to_ascii_lowercase(),
                _ => {}
            }
        }
    }
    let mut body = block[end.1..].to_vec();
    if chunked {
        if let Some(d) = dechunk(&body) {
            body = d;
        }
    }
    if coding.contains("gzip") || coding.contains("deflate") {
        let mut out = Vec::new();
        let ok = if coding.contains("gzip") {
            flate2::read::MultiGzDecoder::new(&body[..])
                .read_to_end(&mut out)
                .is_ok()
        } else {
            flate2::read::ZlibDecoder::new(&body[..])
                .read_to_end(&mut out)
                .is_ok()
        };
        if ok {
            body = out;
        }
    }
    Ok((ct, body))
}

fn dechunk(b: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    loop {
        let nl = b[i..].windows(2).position(|w| w == b"\r\n")? + i;
        let size_str = std::str::from_utf8(&b[i..nl]).ok()?;
        let size = usize::from_str_radix(size_str.split(';').next()?.trim(), 16).ok()?;
        i = nl + 2;
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(b.get(i..i + size)?);
        i += size + 2;
        if i > b.len() {
            return Some(out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_parsing_and_dechunk() {
        let (ct, body) = parse_http(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n",
        )
        .unwrap();
        assert_eq!(ct, "text/html; charset=utf-8");
        assert_eq!(body, b"hello world");
        assert!(parse_http(b"garbage").is_err());
    }
}
