//! Bytes to articles: input discovery, gzip, format detection, decoding,
//! HTML boilerplate removal and metadata (title, byline, dateline, published
//! date with its precision).
//!
//! Every input format is one [`Reader`]. Adding WARC or RSS/Atom means
//! writing one more `Reader` and listing it in [`readers`]; nothing else
//! changes.
//!
//! Invariant: ingest never panics on input bytes and never touches the store.
//! Each failure is an [`IngestError`] naming the input; the caller decides to
//! go on with the rest of the batch.

pub mod html;

mod article;
mod dates;
mod decode;
mod error;
mod language;
mod readers;

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

pub use article::{article_id, assemble, detect_dateline, parse_text_article, ArticleParts};
pub use dates::PartialDate;
pub use decode::{decode, decode_borrowed, sniff_binary, Decoded};
pub use error::{IngestError, IngestErrorKind};
pub use language::{guess_language, resolve_language};
pub use readers::{readers, HtmlReader, JsonlReader, Reader, TextReader};

use newsledger_model::Article;

/// Input formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Text,
    Html,
    /// JSON Lines: one article per line (`text` or `html`, optional `url`,
    /// `title`, `published`, `outlet`, `byline`, `language`).
    Jsonl,
    /// Web archive (not yet readable).
    Warc,
    /// RSS or Atom feed (not yet readable).
    Feed,
}

impl Format {
    pub fn name(&self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Html => "html",
            Format::Jsonl => "jsonl",
            Format::Warc => "warc",
            Format::Feed => "feed",
        }
    }
    pub fn parse(s: &str) -> Option<Format> {
        match s.to_ascii_lowercase().as_str() {
            "text" | "txt" => Some(Format::Text),
            "html" | "htm" => Some(Format::Html),
            "jsonl" | "ndjson" | "json" => Some(Format::Jsonl),
            "warc" => Some(Format::Warc),
            "rss" | "atom" | "feed" => Some(Format::Feed),
            _ => None,
        }
    }
}

/// Default limit on one article's size in bytes.
pub const DEFAULT_MAX_BYTES: u64 = 16 * 1024 * 1024;

/// How to read inputs.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Force a format instead of detecting it from content.
    pub format: Option<Format>,
    /// The publication date the user supplies (`--published`): fills the
    /// year of dates printed without one, and the date of undated articles.
    pub published: Option<PartialDate>,
    /// Outlet name to record for every article (`--outlet`).
    pub outlet: Option<String>,
    /// Largest single article (file, or JSON Lines record) read.
    pub max_bytes: u64,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions { format: None, published: None, outlet: None, max_bytes: DEFAULT_MAX_BYTES }
    }
}

/// One input to read: a file or standard input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputRef {
    Path(PathBuf),
    Stdin,
}

impl InputRef {
    /// The name errors and articles carry: the path, or `-`.
    pub fn origin(&self) -> String {
        match self {
            InputRef::Path(p) => p.display().to_string(),
            InputRef::Stdin => "-".to_string(),
        }
    }
}

/// File name endings read when walking a directory. A file named on the
/// command line is always read, whatever its name.
pub const ARTICLE_EXTENSIONS: &[&str] = &["txt", "text", "htm", "html", "xhtml", "shtml", "jsonl", "ndjson", "json", "gz", "warc", "xml", "rss", "atom"];

fn looks_like_article_file(path: &Path) -> bool {
    match path.extension().and_then(|e| e.to_str()) {
        None => !path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("LICENSE") || n.starts_with("README")),
        Some(ext) => ARTICLE_EXTENSIONS.iter().any(|e| e.eq_ignore_ascii_case(ext)),
    }
}

/// Expands command-line paths: `-` is stdin, directories are walked
/// recursively in name order (hidden files, and files whose names do not
/// end in one of [`ARTICLE_EXTENSIONS`], skipped), files are taken as they
/// are. Paths that cannot be read become errors.
pub fn expand_inputs(paths: &[PathBuf]) -> Vec<Result<InputRef, IngestError>> {
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(Ok(InputRef::Stdin));
            continue;
        }
        match std::fs::metadata(path) {
            Err(e) => out.push(Err(IngestError::new(path.display().to_string(), e))),
            Ok(m) if m.is_dir() => {
                let walker = walkdir::WalkDir::new(path).sort_by_file_name().into_iter().filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
                for entry in walker {
                    match entry {
                        Ok(e) if e.file_type().is_file() && looks_like_article_file(e.path()) => out.push(Ok(InputRef::Path(e.into_path()))),
                        Ok(_) => {}
                        Err(e) => {
                            let origin = e.path().unwrap_or(path).display().to_string();
                            let io = e.into_io_error().unwrap_or_else(|| std::io::Error::other("directory loop"));
                            out.push(Err(IngestError::new(origin, io)));
                        }
                    }
                }
            }
            Ok(_) => out.push(Ok(InputRef::Path(path.clone()))),
        }
    }
    out
}

/// Reads one input and emits each article found in it (or the error that
/// stopped it). A JSON Lines input emits one result per line.
pub fn read_input(input: &InputRef, opts: &IngestOptions, emit: &mut dyn FnMut(Result<Article, IngestError>)) {
    let origin = input.origin();
    let (stream, size_hint): (Box<dyn Read>, Option<u64>) = match input {
        InputRef::Stdin => (Box::new(std::io::stdin().lock()), None),
        InputRef::Path(p) => match File::open(p) {
            Ok(f) => {
                let len = f.metadata().ok().map(|m| m.len());
                (Box::new(f), len)
            }
            Err(e) => return emit(Err(IngestError::new(origin, e))),
        },
    };
    read_reader_sized(stream, size_hint, &origin, opts, emit)
}

/// Reads articles from in-memory bytes (used by `analyze`, tests and benches).
///
/// Uncompressed HTML and text are read where they lie: no copy of the page
/// into a buffer of its own, and valid UTF-8 is borrowed as the text.
pub fn read_bytes(origin: &str, bytes: &[u8], opts: &IngestOptions, emit: &mut dyn FnMut(Result<Article, IngestError>)) {
    if bytes.starts_with(GZIP_MAGIC) {
        return read_reader_sized(Box::new(bytes), Some(bytes.len() as u64), origin, opts, emit);
    }
    // The same first bytes that `read_plain` sniffs (its buffer holds 64 KB).
    let head = &bytes[..bytes.len().min(HEAD_BYTES)];
    match choose_reader(head, opts) {
        Ok(reader) => reader.read_slice(bytes, origin, opts, emit),
        Err(kind) => emit(Err(IngestError::new(origin, kind))),
    }
}

/// Convenience: all articles of one file, or the first error.
pub fn read_path(path: &Path, opts: &IngestOptions) -> Result<Vec<Article>, IngestError> {
    let mut articles = Vec::new();
    let mut first_err = None;
    read_input(&InputRef::Path(path.to_path_buf()), opts, &mut |r| match r {
        Ok(a) => articles.push(a),
        Err(e) => {
            first_err.get_or_insert(e);
        }
    });
    match first_err {
        Some(e) if articles.is_empty() => Err(e),
        _ => Ok(articles),
    }
}

const GZIP_MAGIC: &[u8] = &[0x1f, 0x8b];

/// How many first bytes of an input format and binary sniffing see.
const HEAD_BYTES: usize = 64 * 1024;

/// Reads articles from any byte stream (a file wrapped to count bytes, a
/// socket, a decompressor); `origin` names it in errors.
pub fn read_reader(stream: Box<dyn Read + '_>, origin: &str, opts: &IngestOptions, emit: &mut dyn FnMut(Result<Article, IngestError>)) {
    read_reader_sized(stream, None, origin, opts, emit)
}

/// [`read_reader`] for a stream whose length is known (a file, a buffer):
/// the whole-input readers then allocate their buffer once. For gzip input
/// the hint is the compressed length, and the buffer is reserved at
/// [`GZIP_EXPANSION_GUESS`] times that.
pub fn read_reader_sized(stream: Box<dyn Read + '_>, size_hint: Option<u64>, origin: &str, opts: &IngestOptions, emit: &mut dyn FnMut(Result<Article, IngestError>)) {
    let mut buffered = BufReader::with_capacity(HEAD_BYTES, stream);
    let head = match buffered.fill_buf() {
        Ok(h) => h,
        Err(e) => return emit(Err(IngestError::new(origin, e))),
    };
    if head.starts_with(GZIP_MAGIC) {
        let decoder = flate2::bufread::MultiGzDecoder::new(buffered);
        let mut inner = BufReader::with_capacity(64 * 1024, GzipErrors(decoder));
        let inflated_guess = size_hint.map(|compressed| compressed.saturating_mul(GZIP_EXPANSION_GUESS));
        return read_plain(&mut inner, inflated_guess, origin, opts, emit);
    }
    read_plain(&mut buffered, size_hint, origin, opts, emit)
}

/// How many times its compressed size a gzip input is guessed to inflate
/// to, to reserve the whole-input buffer once: web pages inflate about
/// five times (the 181 benchmark pages: 6.0 MB to 30.7 MB). Growing the
/// buffer by doubling instead copied each page about twice over and made
/// the decoder work in small steps. A wrong guess costs nothing but
/// address space (capped by `max_bytes`) or one more growth.
const GZIP_EXPANSION_GUESS: u64 = 8;

/// Marks read errors from a gzip stream so they are reported as corrupt
/// gzip data rather than as I/O failures.
struct GzipErrors<R>(R);

impl<R: Read> Read for GzipErrors<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.0.read(buf).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, GzipError(e)))
    }
}

#[derive(Debug)]
struct GzipError(std::io::Error);

impl std::fmt::Display for GzipError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for GzipError {}

/// Turns an I/O error into the right error kind (gzip corruption or I/O).
pub(crate) fn io_kind(e: std::io::Error) -> IngestErrorKind {
    if e.get_ref().is_some_and(|inner| inner.is::<GzipError>()) {
        IngestErrorKind::Gzip(e)
    } else {
        IngestErrorKind::Io(e)
    }
}

fn read_plain(stream: &mut dyn BufRead, size_hint: Option<u64>, origin: &str, opts: &IngestOptions, emit: &mut dyn FnMut(Result<Article, IngestError>)) {
    let head = match stream.fill_buf() {
        Ok(h) => h,
        Err(e) => return emit(Err(IngestError::new(origin, io_kind(e)))),
    };
    match choose_reader(head, opts) {
        Ok(reader) => reader.read_sized(stream, size_hint, origin, opts, emit),
        Err(kind) => emit(Err(IngestError::new(origin, kind))),
    }
}

/// The reader for an input whose first bytes are `head`: the one forced by
/// the options, or the first whose sniff accepts it. Empty and binary input
/// is refused.
fn choose_reader(head: &[u8], opts: &IngestOptions) -> Result<&'static dyn Reader, IngestErrorKind> {
    if head.is_empty() {
        return Err(IngestErrorKind::Empty);
    }
    if let Some(what) = sniff_binary(head) {
        return Err(IngestErrorKind::Binary { what });
    }
    // The text reader, last in the list, accepts anything.
    let all = readers();
    let reader = match opts.format {
        Some(f) => all.iter().find(|r| r.format() == f),
        None => all.iter().find(|r| r.sniff(head)),
    };
    Ok(reader.copied().unwrap_or(&TextReader))
}

#[cfg(test)]
mod tests;

/// A small deterministic xorshift generator for tests that check a fast
/// path against its reference on many mixed inputs: `next(n)` is in `0..n`.
#[cfg(test)]
pub(crate) fn test_rng(seed: u64) -> impl FnMut(usize) -> usize {
    let mut state = seed;
    move |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    }
}
