//! `sitrep-ingest`: bytes to articles.
//!
//! [`Inputs`] walks the inputs a user names (files, directories, `-` for stdin), reads
//! each one (gzip transparently), sniffs its format unless forced, and yields one
//! `Result<Article, InputError>` per article. A bad input, or a bad record inside a
//! container, is one `Err` naming the input and the reason; the iterator then goes on with
//! the rest, so one bad file never costs the others.
//!
//! Decoding policy for text: a NUL byte or mostly control characters is *binary* and an
//! error; invalid UTF-8 is decoded lossily (U+FFFD) and the article carries a warning.

pub mod decode;
pub mod dom;
pub mod feed;
mod furniture;
pub mod html;
pub mod jsonl;
pub mod meta;
mod stream;
pub mod text;
pub mod warc;

pub use html::{Extracted, Extractor, SitrepExtractor};

use sitrep_doc::{content_id, Document, Meta, Source, SourceFormat};
use std::collections::VecDeque;
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// Default cap on the size of one article's input: 10 MB.
pub const DEFAULT_MAX_BYTES: usize = 10 * 1024 * 1024;

/// One article, before analysis.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Article {
    /// An id given by the input (JSONL `id`); otherwise the content hash is used.
    pub id: Option<String>,
    pub text: String,
    pub source: Source,
    pub meta: Meta,
    /// Things worth telling the user that did not stop the article (lossy decoding…).
    pub warnings: Vec<String>,
}

impl Article {
    /// The document the pipeline fills: the text, with the given id or the content id.
    pub fn into_document(self) -> Document {
        let mut doc = Document::new(self.text, self.source, self.meta);
        if let Some(id) = self.id {
            doc.id = id;
        } else {
            doc.id = content_id(&doc.text);
        }
        doc
    }
}

/// Why one input (or one record of it) gave no article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    /// The input named as the user would: a path, `path:line`, `path#record`, `<stdin>`.
    pub input: String,
    pub reason: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.input, self.reason)
    }
}

impl std::error::Error for InputError {}

/// The input formats. `Auto` sniffs content and extension.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum InputFormat {
    #[default]
    Auto,
    Text,
    Html,
    Jsonl,
    Rss,
    Atom,
    Warc,
}

impl InputFormat {
    pub fn parse(s: &str) -> Option<InputFormat> {
        Some(match s {
            "auto" => InputFormat::Auto,
            "text" | "txt" => InputFormat::Text,
            "html" | "htm" => InputFormat::Html,
            "jsonl" | "ndjson" => InputFormat::Jsonl,
            "rss" => InputFormat::Rss,
            "atom" => InputFormat::Atom,
            "warc" => InputFormat::Warc,
            _ => return None,
        })
    }

    pub fn source_format(self) -> SourceFormat {
        match self {
            InputFormat::Auto | InputFormat::Text => SourceFormat::Text,
            InputFormat::Html => SourceFormat::Html,
            InputFormat::Jsonl => SourceFormat::Jsonl,
            InputFormat::Rss => SourceFormat::Rss,
            InputFormat::Atom => SourceFormat::Atom,
            InputFormat::Warc => SourceFormat::Warc,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Options {
    /// Force a format instead of sniffing.
    pub format: InputFormat,
    /// Cap on one article's input bytes (after decompression).
    pub max_bytes: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            format: InputFormat::Auto,
            max_bytes: DEFAULT_MAX_BYTES,
        }
    }
}

/// Where bytes come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputSource {
    Stdin,
    Path(PathBuf),
}

impl InputSource {
    pub fn name(&self) -> String {
        match self {
            InputSource::Stdin => "<stdin>".to_string(),
            InputSource::Path(p) => p.display().to_string(),
        }
    }

    fn source(&self, format: SourceFormat) -> Source {
        Source {
            path: match self {
                InputSource::Stdin => None,
                InputSource::Path(p) => Some(p.display().to_string()),
            },
            url: None,
            format,
            record: None,
        }
    }
}

/// Iterator over the articles of a list of inputs, in order.
pub struct Inputs {
    pending: VecDeque<Result<InputSource, InputError>>,
    current: Option<Box<dyn Iterator<Item = Result<Article, InputError>>>>,
    options: Options,
}

impl Inputs {
    /// `names`: paths, directories, or `-` for standard input.
    pub fn new<S: AsRef<str>>(names: &[S], options: Options) -> Inputs {
        let mut pending = VecDeque::new();
        for n in names {
            let n = n.as_ref();
            if n == "-" {
                pending.push_back(Ok(InputSource::Stdin));
                continue;
            }
            let p = Path::new(n);
            match std::fs::metadata(p) {
                Err(e) => pending.push_back(Err(InputError {
                    input: n.to_string(),
                    reason: io_reason(&e),
                })),
                Ok(m) if m.is_dir() => walk_dir(p, &mut pending),
                Ok(_) => pending.push_back(Ok(InputSource::Path(p.to_path_buf()))),
            }
        }
        Inputs {
            pending,
            current: None,
            options,
        }
    }

    /// Reads one in-memory input (the API's `POST /api/extract`, tests).
    pub fn from_bytes(
        name: &str,
        bytes: Vec<u8>,
        options: &Options,
    ) -> Vec<Result<Article, InputError>> {
        let src = InputSource::Path(PathBuf::from(name));
        // In-memory input may be gzip too.
        let bytes = if bytes.starts_with(&[0x1f, 0x8b]) {
            let mut out = Vec::new();
            match flate2::read::MultiGzDecoder::new(&bytes[..])
                .take(options.max_bytes as u64 + 1)
                .read_to_end(&mut out)
            {
                Ok(_) => out,
                Err(e) => {
                    return vec![Err(InputError {
                        input: name.to_string(),
                        reason: format!("bad gzip data: {e}"),
                    })]
                }
            }
        } else {
            bytes
        };
        let logical = name.strip_suffix(".gz").unwrap_or(name);
        articles_from_bytes(&src, logical, bytes, options).collect()
    }
}

impl Iterator for Inputs {
    type Item = Result<Article, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(cur) = &mut self.current {
                if let Some(item) = cur.next() {
                    return Some(item);
                }
                self.current = None;
            }
            match self.pending.pop_front()? {
                Err(e) => return Some(Err(e)),
                Ok(src) => match open(&src, &self.options) {
                    Ok(it) => self.current = Some(it),
                    Err(e) => return Some(Err(e)),
                },
            }
        }
    }
}

pub(crate) fn io_reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

/// Adds the files under `dir` (recursively, sorted, hidden entries skipped).
fn walk_dir(dir: &Path, out: &mut VecDeque<Result<InputSource, InputError>>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            out.push_back(Err(InputError {
                input: dir.display().to_string(),
                reason: io_reason(&e),
            }));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            !p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'))
        })
        .collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            walk_dir(&p, out);
        } else {
            out.push_back(Ok(InputSource::Path(p)));
        }
    }
}

/// Opens one input as a stream of bytes, gunzipping when it is gzip.
fn open_reader(src: &InputSource) -> Result<Box<dyn BufRead>, InputError> {
    let raw: Box<dyn Read> = match src {
        InputSource::Stdin => Box::new(io::stdin()),
        InputSource::Path(p) => Box::new(File::open(p).map_err(|e| InputError {
            input: src.name(),
            reason: io_reason(&e),
        })?),
    };
    let mut buf = BufReader::with_capacity(64 * 1024, raw);
    let head = buf.fill_buf().map_err(|e| InputError {
        input: src.name(),
        reason: io_reason(&e),
    })?;
    if head.starts_with(&[0x1f, 0x8b]) {
        let dec = flate2::bufread::MultiGzDecoder::new(buf);
        Ok(Box::new(BufReader::with_capacity(64 * 1024, dec)))
    } else {
        Ok(Box::new(buf))
    }
}

/// Name without a trailing `.gz`, for extension sniffing.
fn logical_name(src: &InputSource) -> String {
    let n = src.name();
    n.strip_suffix(".gz").unwrap_or(&n).to_string()
}

/// Reads at most `max + 1` bytes, so that "too big" can be told without reading it all.
fn read_capped(r: &mut dyn BufRead, max: usize, name: &str) -> Result<Vec<u8>, InputError> {
    let mut bytes = Vec::new();
    r.take(max as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| InputError {
            input: name.to_string(),
            reason: format!("read failed: {}", io_reason(&e)),
        })?;
    if bytes.len() > max {
        return Err(InputError {
            input: name.to_string(),
            reason: format!(
                "input too large: over the cap of {max} bytes per article (raise it with --max-bytes)"
            ),
        });
    }
    Ok(bytes)
}

fn open(
    src: &InputSource,
    options: &Options,
) -> Result<Box<dyn Iterator<Item = Result<Article, InputError>>>, InputError> {
    let mut reader = open_reader(src)?;
    let name = src.name();
    let logical = logical_name(src);
    let format = match options.format {
        InputFormat::Auto => {
            let head = reader.fill_buf().map_err(|e| InputError {
                input: name.clone(),
                reason: format!("read failed: {}", io_reason(&e)),
            })?;
            sniff(&logical, &head[..head.len().min(4096)])
        }
        f => f,
    };
    let path = match src {
        InputSource::Stdin => None,
        InputSource::Path(p) => Some(p.display().to_string()),
    };
    let max = options.max_bytes;
    // Containers are streamed record by record (the cap applies per record); single
    // articles are read whole, capped.
    Ok(match format {
        InputFormat::Warc => Box::new(warc::WarcRecords::new(reader, name, path, max)),
        InputFormat::Jsonl => Box::new(jsonl::JsonlArticles::new(reader, name, path, max)),
        InputFormat::Rss | InputFormat::Atom => Box::new(feed::FeedItems::new(
            reader,
            name,
            path,
            max,
            format.source_format(),
        )),
        InputFormat::Auto | InputFormat::Text | InputFormat::Html => {
            let bytes = read_capped(&mut *reader, max, &name)?;
            let forced = Options {
                format,
                max_bytes: max,
            };
            Box::new(articles_from_bytes(src, &logical, bytes, &forced))
        }
    })
}

/// Sniffs the format of one input from its first bytes and its name.
pub fn sniff(name: &str, head: &[u8]) -> InputFormat {
    let lower = name.to_ascii_lowercase();
    let ext = lower.rsplit('.').next().unwrap_or("");
    let by_ext = match ext {
        "html" | "htm" | "xhtml" => Some(InputFormat::Html),
        "jsonl" | "ndjson" => Some(InputFormat::Jsonl),
        "warc" => Some(InputFormat::Warc),
        "rss" => Some(InputFormat::Rss),
        "atom" => Some(InputFormat::Atom),
        _ => None,
    };
    if let Some(f) = by_ext {
        return f;
    }
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace() && *b != 0xEF && *b != 0xBB && *b != 0xBF)
        .unwrap_or(head.len());
    let h = &head[start..];
    let lower_head: Vec<u8> = h
        .iter()
        .take(2048)
        .map(|b| b.to_ascii_lowercase())
        .collect();
    let has = |needle: &[u8]| lower_head.windows(needle.len()).any(|w| w == needle);
    if h.starts_with(b"WARC/") {
        InputFormat::Warc
    } else if h.starts_with(b"{") {
        InputFormat::Jsonl
    } else if h.starts_with(b"<") {
        if has(b"<rss") || has(b"<rdf:rdf") {
            InputFormat::Rss
        } else if has(b"<feed") {
            InputFormat::Atom
        } else {
            InputFormat::Html
        }
    } else {
        InputFormat::Text
    }
}

fn articles_from_bytes(
    src: &InputSource,
    logical: &str,
    bytes: Vec<u8>,
    options: &Options,
) -> impl Iterator<Item = Result<Article, InputError>> {
    let name = src.name();
    let format = match options.format {
        InputFormat::Auto => sniff(logical, &bytes[..bytes.len().min(4096)]),
        f => f,
    };
    let path = match src {
        InputSource::Stdin => None,
        InputSource::Path(p) => Some(p.display().to_string()),
    };
    let max = options.max_bytes;
    let one =
        |r: Result<Article, InputError>| -> Box<dyn Iterator<Item = Result<Article, InputError>>> {
            Box::new(std::iter::once(r))
        };
    let it: Box<dyn Iterator<Item = Result<Article, InputError>>> = match format {
        InputFormat::Auto | InputFormat::Text => {
            one(text::article_from_bytes(&name, &bytes).map(|mut a| {
                a.source = src.source(SourceFormat::Text);
                a.meta.language = meta::detect_language(&a.text);
                a
            }))
        }
        InputFormat::Html => one(
            html::article_from_html(&bytes, None, None, &SitrepExtractor)
                .map(|mut a| {
                    a.source = src.source(SourceFormat::Html);
                    a
                })
                .map_err(|reason| InputError {
                    input: name.clone(),
                    reason,
                }),
        ),
        InputFormat::Warc => Box::new(warc::WarcRecords::new(
            Box::new(io::Cursor::new(bytes)),
            name,
            path,
            max,
        )),
        InputFormat::Jsonl => Box::new(jsonl::JsonlArticles::new(
            Box::new(io::Cursor::new(bytes)),
            name,
            path,
            max,
        )),
        InputFormat::Rss | InputFormat::Atom => Box::new(feed::FeedItems::new(
            Box::new(io::Cursor::new(bytes)),
            name,
            path,
            max,
            format.source_format(),
        )),
    };
    it
}
