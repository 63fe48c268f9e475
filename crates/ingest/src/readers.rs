//! One [`Reader`] per input format.

use std::io::{BufRead, Read};

use newsledger_model::Article;
use serde::Deserialize;

use crate::article::{assemble, parse_text_article, ArticleParts};
use crate::decode::{decode, decode_borrowed};
use crate::html::extract_page;
use crate::{io_kind, Format, IngestError, IngestErrorKind, IngestOptions, PartialDate};

/// Reads one input format. Implementations never panic on input bytes.
pub trait Reader: Sync {
    fn format(&self) -> Format;
    /// Whether `head` (the first bytes, decompressed) looks like this format.
    fn sniff(&self, head: &[u8]) -> bool;
    /// Reads `stream` (positioned at its start) and emits each article.
    fn read(&self, stream: &mut dyn BufRead, origin: &str, opts: &IngestOptions, emit: &mut dyn FnMut(Result<Article, IngestError>));
    /// [`Reader::read`], told how many bytes the stream holds when the
    /// caller knows (a file's length, an in-memory buffer's), so that a
    /// reader keeping the whole input allocates it once instead of growing
    /// (and copying) its buffer several times. A wrong hint costs only speed.
    fn read_sized(&self, stream: &mut dyn BufRead, size_hint: Option<u64>, origin: &str, opts: &IngestOptions, emit: &mut dyn FnMut(Result<Article, IngestError>)) {
        let _ = size_hint;
        self.read(stream, origin, opts, emit)
    }
    /// [`Reader::read`] for an input already in memory (`bytes` is all of
    /// it). Readers that keep the whole input read it in place instead of
    /// copying it.
    fn read_slice(&self, bytes: &[u8], origin: &str, opts: &IngestOptions, emit: &mut dyn FnMut(Result<Article, IngestError>)) {
        let mut stream = bytes;
        self.read_sized(&mut stream, Some(bytes.len() as u64), origin, opts, emit)
    }
}

/// All readers, in the order formats are sniffed; the last one (text)
/// accepts anything.
pub fn readers() -> &'static [&'static dyn Reader] {
    &[&UnsupportedReader(Format::Warc), &UnsupportedReader(Format::Feed), &JsonlReader, &HtmlReader, &TextReader]
}

fn first_non_space(head: &[u8]) -> Option<u8> {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    head.iter().copied().find(|b| !b.is_ascii_whitespace())
}

/// Whether any of `needles` (each starts with `<`) occurs in the first 4 KB
/// of `head`, ASCII case-insensitively. Jumps from `<` to `<` instead of
/// comparing a window at every byte, once for all the needles.
fn contains_ci(head: &[u8], needles: &[&[u8]]) -> bool {
    debug_assert!(needles.iter().all(|n| n.first() == Some(&b'<')));
    let head = &head[..head.len().min(4096)];
    memchr::memchr_iter(b'<', head).any(|i| needles.iter().any(|needle| head.get(i..i + needle.len()).is_some_and(|w| w.eq_ignore_ascii_case(needle))))
}

/// The start of a feed's root element.
const FEED_TAGS: &[&[u8]] = &[b"<rss", b"<feed"];

/// Refuses an in-memory input over `limit` bytes, with the error
/// [`read_all`] gives for a stream that long.
fn check_size(bytes: &[u8], origin: &str, limit: u64) -> Result<(), IngestError> {
    if bytes.len() as u64 > limit {
        return Err(IngestError::new(origin, IngestErrorKind::TooLarge { size: bytes.len() as u64, limit }));
    }
    Ok(())
}

/// Reads the whole stream, refusing more than `limit` bytes. With a size
/// hint the buffer is allocated once at that size (plus one byte, so that
/// reaching the end needs no growth).
fn read_all(stream: &mut dyn BufRead, origin: &str, limit: u64, size_hint: Option<u64>) -> Result<Vec<u8>, IngestError> {
    let capacity = size_hint.map_or(0, |h| h.min(limit).saturating_add(1));
    let mut buf = Vec::with_capacity(usize::try_from(capacity).unwrap_or(0));
    stream.take(limit + 1).read_to_end(&mut buf).map_err(|e| IngestError::new(origin, io_kind(e)))?;
    if buf.len() as u64 > limit {
        // Find out how big it really is, without keeping it.
        let rest = std::io::copy(stream, &mut std::io::sink()).unwrap_or(0);
        return Err(IngestError::new(origin, IngestErrorKind::TooLarge { size: buf.len() as u64 + rest, limit }));
    }
    Ok(buf)
}

fn finish(parts: ArticleParts, origin: &str, opts: &IngestOptions) -> Result<Article, IngestError> {
    assemble(parts, origin, opts).map_err(|k| IngestError::new(origin, k))
}

/// Plain text: one article per input; header lines (caption, headline,
/// byline, dateline, date) are recognised and boilerplate dropped.
pub struct TextReader;

impl Reader for TextReader {
    fn format(&self) -> Format {
        Format::Text
    }
    fn sniff(&self, _head: &[u8]) -> bool {
        true
    }
    fn read(&self, stream: &mut dyn BufRead, origin: &str, opts: &IngestOptions, emit: &mut dyn FnMut(Result<Article, IngestError>)) {
        self.read_sized(stream, None, origin, opts, emit)
    }
    fn read_sized(&self, stream: &mut dyn BufRead, size_hint: Option<u64>, origin: &str, opts: &IngestOptions, emit: &mut dyn FnMut(Result<Article, IngestError>)) {
        let result = read_all(stream, origin, opts.max_bytes, size_hint).and_then(|bytes| {
            let decoded = decode(bytes, false).map_err(|k| IngestError::new(origin, k))?;
            finish(parse_text_article(&decoded.text), origin, opts)
        });
        emit(result)
    }
    fn read_slice(&self, bytes: &[u8], origin: &str, opts: &IngestOptions, emit: &mut dyn FnMut(Result<Article, IngestError>)) {
        let result = check_size(bytes, origin, opts.max_bytes).and_then(|()| {
            let text = decode_borrowed(bytes, false).map_err(|k| IngestError::new(origin, k))?;
            finish(parse_text_article(&text), origin, opts)
        });
        emit(result)
    }
}

/// An HTML page: one article per input.
pub struct HtmlReader;

impl Reader for HtmlReader {
    fn format(&self) -> Format {
        Format::Html
    }
    fn sniff(&self, head: &[u8]) -> bool {
        first_non_space(head) == Some(b'<') && !contains_ci(head, FEED_TAGS) || contains_ci(head, &[b"<html", b"<!doctype html"])
    }
    fn read(&self, stream: &mut dyn BufRead, origin: &str, opts: &IngestOptions, emit: &mut dyn FnMut(Result<Article, IngestError>)) {
        self.read_sized(stream, None, origin, opts, emit)
    }
    fn read_sized(&self, stream: &mut dyn BufRead, size_hint: Option<u64>, origin: &str, opts: &IngestOptions, emit: &mut dyn FnMut(Result<Article, IngestError>)) {
        let result = read_all(stream, origin, opts.max_bytes, size_hint).and_then(|bytes| {
            let decoded = decode(bytes, true).map_err(|k| IngestError::new(origin, k))?;
            finish(extract_page(&decoded.text).into(), origin, opts)
        });
        emit(result)
    }
    fn read_slice(&self, bytes: &[u8], origin: &str, opts: &IngestOptions, emit: &mut dyn FnMut(Result<Article, IngestError>)) {
        let result = check_size(bytes, origin, opts.max_bytes).and_then(|()| {
            let text = decode_borrowed(bytes, true).map_err(|k| IngestError::new(origin, k))?;
            finish(extract_page(&text).into(), origin, opts)
        });
        emit(result)
    }
}

/// One JSON Lines record.
#[derive(Debug, Deserialize)]
struct JsonArticle<'a> {
    // Borrowed from the line buffer (simd-json unescapes in place): the body
    // is read once more, by the HTML or text parser, never copied.
    #[serde(borrow)]
    text: Option<std::borrow::Cow<'a, str>>,
    #[serde(borrow)]
    html: Option<std::borrow::Cow<'a, str>>,
    url: Option<String>,
    title: Option<String>,
    published: Option<String>,
    outlet: Option<String>,
    #[serde(default)]
    byline: Option<BylineField>,
    language: Option<String>,
}

/// `byline` may be one string or a list of names.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum BylineField {
    One(String),
    Many(Vec<String>),
}

/// JSON Lines: one article per line.
pub struct JsonlReader;

impl JsonlReader {
    fn record(line: &mut [u8], buffers: &mut simd_json::Buffers, origin: &str, opts: &IngestOptions) -> Result<Article, IngestError> {
        // simd-json parses in place (it unescapes into the line buffer):
        // records carry whole HTML pages, and JSON string unescaping was the
        // largest single cost of reading them with serde_json.
        let rec: JsonArticle = simd_json::serde::from_slice_with_buffers(line, buffers).map_err(|e| IngestError::new(origin, IngestErrorKind::Json(e.to_string())))?;
        let mut parts = match (rec.html, rec.text) {
            (Some(html), _) => ArticleParts::from(extract_page(&html)),
            (None, Some(text)) => parse_text_article(&text),
            (None, None) => return Err(IngestError::new(origin, IngestErrorKind::Json("missing both \"text\" and \"html\"".into()))),
        };
        // The record's own fields win over what the content suggests.
        if rec.title.is_some() {
            // A first short line that the text parser took for a headline
            // is body text when the record names its title separately.
            if let Some(t) = parts.title.take() {
                if Some(&t) != rec.title.as_ref() {
                    parts.blocks.insert(0, (crate::html::BlockKind::Paragraph, t));
                }
            }
            parts.title = rec.title;
        }
        if let Some(p) = rec.published {
            if PartialDate::parse(&p).is_none() {
                return Err(IngestError::new(origin, IngestErrorKind::BadDate(p)));
            }
            parts.published_text = Some(p);
        }
        parts.url = rec.url.or(parts.url);
        parts.outlet = rec.outlet.or(parts.outlet);
        parts.language = rec.language.or(parts.language);
        match rec.byline {
            Some(BylineField::One(s)) => parts.byline = vec![s],
            Some(BylineField::Many(v)) => parts.byline = v,
            None => {}
        }
        finish(parts, origin, opts)
    }
}

impl Reader for JsonlReader {
    fn format(&self) -> Format {
        Format::Jsonl
    }
    fn sniff(&self, head: &[u8]) -> bool {
        first_non_space(head) == Some(b'{')
    }
    fn read(&self, stream: &mut dyn BufRead, origin: &str, opts: &IngestOptions, emit: &mut dyn FnMut(Result<Article, IngestError>)) {
        let mut line = Vec::new();
        // simd-json's scratch buffers, reused across records.
        let mut buffers = simd_json::Buffers::new(0);
        let mut number = 0usize;
        loop {
            line.clear();
            number += 1;
            match read_line_limited(stream, &mut line, opts.max_bytes) {
                Err(e) => return emit(Err(IngestError::new(format!("{origin}:{number}"), io_kind(e)))),
                Ok(LineRead::Eof) => return,
                Ok(LineRead::TooLong(size)) => {
                    emit(Err(IngestError::new(format!("{origin}:{number}"), IngestErrorKind::TooLarge { size, limit: opts.max_bytes })));
                }
                Ok(LineRead::Line) => {
                    // Trimmed in place: simd-json needs the record mutable.
                    line.truncate(line.trim_ascii_end().len());
                    let lead = line.len() - line.trim_ascii_start().len();
                    if lead == line.len() {
                        continue;
                    }
                    let bom = if line[lead..].starts_with(b"\xEF\xBB\xBF") { 3 } else { 0 };
                    let record = &mut line[lead + bom..];
                    emit(Self::record(record, &mut buffers, &format!("{origin}:{number}"), opts));
                }
            }
        }
    }
}

enum LineRead {
    Line,
    Eof,
    /// The line was longer than the limit; it was skipped (its size given).
    TooLong(u64),
}

/// Reads one line into `line` without ever holding more than `limit` bytes.
fn read_line_limited(stream: &mut dyn BufRead, line: &mut Vec<u8>, limit: u64) -> std::io::Result<LineRead> {
    let mut skipped: Option<u64> = None;
    loop {
        let buf = stream.fill_buf()?;
        if buf.is_empty() {
            return Ok(match (skipped, line.is_empty()) {
                (Some(n), _) => LineRead::TooLong(n),
                (None, true) => LineRead::Eof,
                (None, false) => LineRead::Line,
            });
        }
        let (chunk, done) = match memchr::memchr(b'\n', buf) {
            Some(i) => (i + 1, true),
            None => (buf.len(), false),
        };
        match skipped.as_mut() {
            Some(n) => *n += chunk as u64,
            None if line.len() as u64 + chunk as u64 > limit => skipped = Some(line.len() as u64 + chunk as u64),
            None => line.extend_from_slice(&buf[..chunk]),
        }
        if skipped.is_some() {
            line.clear();
        }
        stream.consume(chunk);
        if done {
            return Ok(match skipped {
                Some(n) => LineRead::TooLong(n),
                None => LineRead::Line,
            });
        }
    }
}

/// Recognises a format that has no reader yet and says so.
pub struct UnsupportedReader(Format);

impl Reader for UnsupportedReader {
    fn format(&self) -> Format {
        self.0
    }
    fn sniff(&self, head: &[u8]) -> bool {
        match self.0 {
            Format::Warc => head.starts_with(b"WARC/"),
            Format::Feed => first_non_space(head) == Some(b'<') && contains_ci(head, FEED_TAGS),
            _ => false,
        }
    }
    fn read(&self, _stream: &mut dyn BufRead, origin: &str, _opts: &IngestOptions, emit: &mut dyn FnMut(Result<Article, IngestError>)) {
        let what = if self.0 == Format::Warc { "WARC" } else { "RSS/Atom" };
        emit(Err(IngestError::new(origin, IngestErrorKind::Unsupported(what))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_jsonl(input: &str) -> Vec<Result<Article, IngestError>> {
        let mut out = Vec::new();
        crate::read_bytes("test.jsonl", input.as_bytes(), &IngestOptions::default(), &mut |r| out.push(r));
        out
    }

    #[test]
    fn jsonl_byline_as_string_or_list_and_escapes() {
        let input = concat!(
            "{\"text\":\"Rain fell on Tuesday in the capital.\\nCrowds \\\"cheered\\\" \\u00e9lan.\",\"byline\":\"Ana Ruiz\",\"title\":\"Rain\"}\n",
            "\u{feff}{\"text\":\"Second story text goes here.\",\"byline\":[\"Lee Chan\",\"Sam Ode\"]}\n",
            "  {\"html\":\"<html><body><p>Third story body text here.</p></body></html>\"}  \n",
        );
        let got = read_jsonl(input);
        assert_eq!(got.len(), 3, "{got:?}");
        let first = got[0].as_ref().expect("first record parses");
        assert_eq!(first.byline, vec!["Ana Ruiz".to_string()]);
        assert!(first.text.contains("\"cheered\" élan"), "{:?}", first.text);
        let second = got[1].as_ref().expect("BOM-prefixed record parses");
        assert_eq!(second.byline, vec!["Lee Chan".to_string(), "Sam Ode".to_string()]);
        assert!(got[2].as_ref().expect("padded html record").text.contains("Third story"));
    }

    #[test]
    fn jsonl_bad_records_name_their_line() {
        let got = read_jsonl("{\"text\": \"fine text here\"}\n{\"text\": 5}\n{\"url\":\"x\"}\n{broken\n");
        assert!(got[0].is_ok());
        for (i, r) in got.iter().enumerate().skip(1) {
            let err = r.as_ref().expect_err("bad record is an error").to_string();
            assert!(err.contains(&format!("test.jsonl:{}", i + 1)), "{err}");
        }
    }
}
