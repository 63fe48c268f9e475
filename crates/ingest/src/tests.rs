//! Reading whole inputs: formats, gzip, limits and bad input.

use std::io::Write;

use super::*;

fn read_all(bytes: &[u8], opts: &IngestOptions) -> Vec<Result<Article, IngestError>> {
    let mut out = Vec::new();
    read_bytes("input", bytes, opts, &mut |r| out.push(r));
    out
}

fn one(bytes: &[u8]) -> Result<Article, IngestError> {
    let mut all = read_all(bytes, &IngestOptions::default());
    assert_eq!(all.len(), 1);
    all.remove(0)
}

const STORY: &str = "Ministry Reports Shelling\n\nKHARKIV, March 2 — Shelling damaged a school on Sunday, the regional governor said.\n\nNo casualties were reported.";

#[test]
fn plain_text_article() {
    let a = one(STORY.as_bytes()).unwrap();
    assert_eq!(a.title.as_deref(), Some("Ministry Reports Shelling"));
    assert_eq!(a.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("KHARKIV"));
    assert!(a.text.starts_with("KHARKIV, March 2 — Shelling"));
    assert_eq!(a.origin.as_deref(), Some("input"));
    assert!(a.id.starts_with('a') && a.id.len() == 17);
}

#[test]
fn gzip_is_read_transparently() {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(STORY.as_bytes()).unwrap();
    let bytes = gz.finish().unwrap();
    let a = one(&bytes).unwrap();
    assert_eq!(a.title.as_deref(), Some("Ministry Reports Shelling"));
}

#[test]
fn truncated_gzip_is_a_clear_error() {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(STORY.repeat(50).as_bytes()).unwrap();
    let bytes = gz.finish().unwrap();
    let err = one(&bytes[..bytes.len() / 2]).unwrap_err();
    assert!(err.to_string().starts_with("input: "), "{err}");
    assert!(matches!(err.kind, IngestErrorKind::Gzip(_) | IngestErrorKind::NoText), "{err}");
}

#[test]
fn jsonl_one_article_per_line_with_errors_per_line() {
    let lines = concat!(
        r#"{"text": "Troops were deployed to the border on Monday, officials said.", "title": "Deployment", "published": "2025-11-03", "outlet": "Example Wire", "url": "https://example.org/a"}"#,
        "\n\n",
        r#"{"title": "no body"}"#,
        "\n",
        "not json at all\n",
        r#"{"text": "A second article about a protest in the capital that drew thousands.", "published": "Nov. 3"}"#,
        "\n"
    );
    let out = read_all(lines.as_bytes(), &IngestOptions::default());
    assert_eq!(out.len(), 4);
    let a = out[0].as_ref().unwrap();
    assert_eq!(a.title.as_deref(), Some("Deployment"));
    assert_eq!(a.published.as_deref(), Some("2025-11-03"));
    assert_eq!(a.outlet.as_deref(), Some("Example Wire"));
    assert_eq!(a.url.as_deref(), Some("https://example.org/a"));
    let e = out[1].as_ref().unwrap_err();
    assert_eq!(e.origin, "input:3");
    assert!(e.to_string().contains("missing both"), "{e}");
    assert_eq!(out[2].as_ref().unwrap_err().origin, "input:4");
    let d = out[3].as_ref().unwrap();
    assert_eq!(d.published, None, "a year-less date stays unknown");
    assert_eq!(d.published_text.as_deref(), Some("Nov. 3"));
}

#[test]
fn jsonl_bad_date_is_refused() {
    let out = read_all(br#"{"text": "Some article text that is long enough.", "published": "yesterday-ish"}"#, &IngestOptions::default());
    assert!(out[0].as_ref().unwrap_err().to_string().contains("invalid"), "{:?}", out[0]);
}

#[test]
fn oversized_jsonl_line_is_skipped_and_reading_goes_on() {
    let opts = IngestOptions { max_bytes: 1000, ..Default::default() };
    let mut data = format!(r#"{{"text": "{}"}}"#, "x".repeat(5000)).into_bytes();
    data.push(b'\n');
    data.extend_from_slice(br#"{"text": "A short article that fits within the limit."}"#);
    let out = read_all(&data, &opts);
    assert_eq!(out.len(), 2);
    assert!(matches!(out[0].as_ref().unwrap_err().kind, IngestErrorKind::TooLarge { size, .. } if size > 5000));
    assert!(out[1].is_ok());
}

#[test]
fn huge_single_line_file_is_refused_by_size() {
    let opts = IngestOptions { max_bytes: 1 << 20, ..Default::default() };
    let big = vec![b'a'; 3 << 20];
    let out = read_all(&big, &opts);
    let err = out[0].as_ref().unwrap_err();
    assert!(matches!(err.kind, IngestErrorKind::TooLarge { size, limit } if size == 3 << 20 && limit == 1 << 20), "{err}");
    assert!(err.to_string().contains("--max-bytes"));
}

#[test]
fn binary_and_empty_inputs() {
    let err = one(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj").unwrap_err();
    assert!(err.to_string().contains("PDF"), "{err}");
    let err = one(b"").unwrap_err();
    assert!(matches!(err.kind, IngestErrorKind::Empty));
    let err = one(b"   \n\n  ").unwrap_err();
    assert!(matches!(err.kind, IngestErrorKind::NoText), "{err}");
}

#[test]
fn invalid_utf8_is_read_as_windows_1252() {
    let a = one(b"Protest in Bogot\xe1\n\nThousands marched in Bogot\xe1 on Friday, police said.").unwrap();
    assert!(a.text.contains("Bogotá"), "{}", a.text);
}

#[test]
fn unsupported_formats_say_so() {
    let err = one(b"WARC/1.0\r\nWARC-Type: response\r\n").unwrap_err();
    assert!(err.to_string().contains("WARC input is not supported yet"), "{err}");
    let err = one(b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel></channel></rss>").unwrap_err();
    assert!(err.to_string().contains("RSS/Atom"), "{err}");
}

#[test]
fn forced_format_wins_over_detection() {
    let opts = IngestOptions { format: Some(Format::Text), ..Default::default() };
    let out = read_all(b"{\"text\": \"not parsed as JSON because text was forced\"}", &opts);
    let a = out[0].as_ref().unwrap();
    assert!(a.text.contains("\"text\""));
}

#[test]
fn directories_are_walked_and_missing_paths_reported() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("sub")).unwrap();
    std::fs::write(dir.path().join("b.txt"), STORY).unwrap();
    std::fs::write(dir.path().join("sub/a.txt"), STORY).unwrap();
    std::fs::write(dir.path().join(".hidden"), STORY).unwrap();
    std::fs::write(dir.path().join("README.md"), STORY).unwrap();
    std::fs::write(dir.path().join("notes.md"), STORY).unwrap();
    let missing = dir.path().join("nope.txt");
    let inputs = expand_inputs(&[dir.path().to_path_buf(), missing.clone()]);
    assert_eq!(inputs.len(), 3);
    let names: Vec<String> = inputs.iter().filter_map(|r| r.as_ref().ok()).map(|i| i.origin()).collect();
    assert!(names[0].ends_with("b.txt") && names[1].ends_with("sub/a.txt"), "{names:?}");
    let err = inputs[2].as_ref().unwrap_err();
    assert!(err.origin.ends_with("nope.txt"));
    assert!(err.to_string().contains("cannot read"), "{err}");
}

#[test]
fn a_wrong_size_hint_changes_nothing() {
    let page = format!("<html><body><article><h1>Shelling</h1><p>{}</p></article></body></html>", STORY.replace("\n\n", "</p><p>"));
    let read = |hint: Option<u64>, opts: &IngestOptions| {
        let mut out = Vec::new();
        read_reader_sized(Box::new(page.as_bytes()), hint, "input", opts, &mut |r| out.push(r.map(|a| a.text)));
        out
    };
    let opts = IngestOptions::default();
    let expected = read(None, &opts);
    assert!(matches!(expected.as_slice(), [Ok(text)] if text.contains("regional governor")));
    for hint in [0, 1, page.len() as u64 - 1, page.len() as u64, page.len() as u64 + 1, 1 << 40] {
        let got = read(Some(hint), &opts);
        assert_eq!(format!("{got:?}"), format!("{expected:?}"), "hint {hint}");
    }
    // The size limit still holds whatever the hint says.
    let small = IngestOptions { max_bytes: 64, ..IngestOptions::default() };
    for hint in [None, Some(10), Some(page.len() as u64)] {
        let got = read(hint, &small);
        assert!(matches!(got.as_slice(), [Err(e)] if matches!(e.kind, IngestErrorKind::TooLarge { .. })), "{hint:?}: {got:?}");
    }
}

/// `read_bytes` reads uncompressed input in place; a stream of the same
/// bytes must give the same articles and the same errors.
#[test]
fn in_place_reading_matches_the_stream_path() {
    let page = format!("<html><head><title>Shelling</title></head><body><article><p>{}</p></article></body></html>", STORY.replace("\n\n", "</p><p>"));
    let mut latin1 = b"<html><head><meta charset=\"iso-8859-1\"></head><body><p>Culiac".to_vec();
    latin1.push(0xE1);
    latin1.extend_from_slice(b"n, Sinaloa: the governor spoke to reporters on Sunday about the attack.</p></body></html>");
    let mut undeclared = STORY.as_bytes().to_vec();
    undeclared.extend_from_slice(b" \x93Quoted\x94 in windows-1252.");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(page.as_bytes()).unwrap();
    let gzipped = gz.finish().unwrap();
    let inputs: Vec<Vec<u8>> = vec![
        page.clone().into_bytes(),
        STORY.as_bytes().to_vec(),
        latin1,
        undeclared,
        gzipped,
        b"\xEF\xBB\xBF<p>BOM page with enough words to be a short article body.</p>".to_vec(),
        b"{\"text\": \"A record with a body of a few words.\"}\n".to_vec(),
        b"<rss version=\"2.0\"></rss>".to_vec(),
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(),
        Vec::new(),
        b"   ".to_vec(),
    ];
    for opts in [IngestOptions::default(), IngestOptions { max_bytes: 64, ..IngestOptions::default() }, IngestOptions { format: Some(Format::Text), ..IngestOptions::default() }] {
        for input in &inputs {
            let in_place = format!("{:?}", read_all(input, &opts));
            let mut streamed = Vec::new();
            read_reader(Box::new(input.as_slice()), "input", &opts, &mut |r| streamed.push(r));
            assert_eq!(in_place, format!("{streamed:?}"), "{:?}", String::from_utf8_lossy(input));
        }
    }
}
