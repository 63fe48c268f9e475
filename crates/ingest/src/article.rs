//! Assembling an [`Article`] from what a reader found: body blocks and
//! metadata, plus what only the text says (dateline, byline lines, captions
//! and boilerplate of plain-text dumps).

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use newsledger_model::{Article, DatePrecision, Dateline, Section};

use crate::dates::PartialDate;
use crate::html::{BlockKind, HtmlPage};
use crate::{IngestErrorKind, IngestOptions};

/// Everything a reader found, before assembly.
#[derive(Debug, Clone, Default)]
pub struct ArticleParts {
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub byline: Vec<String>,
    pub dateline: Option<Dateline>,
    /// The publication date as printed, unparsed.
    pub published_text: Option<String>,
    pub language: Option<String>,
    pub captions: Vec<String>,
    pub blocks: Vec<(BlockKind, String)>,
}

impl From<HtmlPage> for ArticleParts {
    fn from(page: HtmlPage) -> Self {
        ArticleParts {
            url: page.url,
            outlet: page.outlet,
            title: page.title,
            byline: page.byline,
            dateline: None,
            published_text: page.published,
            language: page.language,
            captions: page.captions,
            blocks: page.blocks.into_iter().map(|b| (b.kind, b.text)).collect(),
        }
    }
}

struct Lexicons {
    /// Case-insensitive matchers over the "drop:" and "cut:" phrases.
    drop: AhoCorasick,
    cut: AhoCorasick,
    captions: Vec<String>,
}

static LEXICONS: LazyLock<Lexicons> = LazyLock::new(|| {
    let lines = |s: &'static str| s.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'));
    let (mut drop, mut cut) = (Vec::new(), Vec::new());
    for l in lines(include_str!("../data/en/boilerplate.txt")) {
        if let Some(p) = l.strip_prefix("drop:") {
            drop.push(p.trim().to_string());
        } else if let Some(p) = l.strip_prefix("cut:") {
            cut.push(p.trim().to_string());
        }
    }
    let matcher = |phrases: &[String]| AhoCorasick::builder().ascii_case_insensitive(true).build(phrases).expect("boilerplate phrases are plain strings");
    Lexicons {
        drop: matcher(&drop),
        cut: matcher(&cut),
        captions: lines(include_str!("../data/en/captions.txt")).map(str::to_lowercase).collect(),
    }
});

/// Longest paragraph that boilerplate phrases may remove.
const BOILERPLATE_MAX_CHARS: usize = 300;

/// Splits a plain-text article into header (caption, title, byline,
/// dateline, date) and body paragraphs, dropping boilerplate.
pub fn parse_text_article(text: &str) -> ArticleParts {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    // Paragraphs are separated by blank lines; a dump with none has one
    // paragraph per line.
    let has_blank_lines = text.contains("\n\n");
    let paragraphs: Vec<String> = if has_blank_lines {
        text.split("\n\n").map(|p| p.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|p| !p.is_empty()).collect()
    } else {
        text.lines().map(|p| p.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|p| !p.is_empty()).collect()
    };

    let mut parts = ArticleParts::default();
    let mut i = 0;
    // Header: up to the first paragraph that reads like body text.
    while i < paragraphs.len() && i < 6 {
        let p = &paragraphs[i];
        let lower = p.to_lowercase();
        let short = p.chars().count() < 300;
        if short && parts.title.is_none() && LEXICONS.captions.iter().any(|c| lower.contains(c.as_str())) {
            parts.captions.push(p.clone());
        } else if short && parts.byline.is_empty() && (p.starts_with("By ") || p.starts_with("by ")) && names_a_writer(&p[3..]) {
            parse_byline_line(&p[3..], &mut parts);
        } else if short && parts.published_text.is_none() && is_date_line(p) {
            parts.published_text = Some(strip_date_label(p).to_string());
        } else if parts.title.is_none() && looks_like_headline(p) && i + 1 < paragraphs.len() {
            parts.title = Some(p.clone());
        } else {
            break;
        }
        i += 1;
    }
    parts.blocks = paragraphs[i..]
        .iter()
        .map(|p| (if looks_like_heading(p) { BlockKind::Heading } else { BlockKind::Paragraph }, p.clone()))
        .collect();
    // A "heading" as the last block is a stray line, not a section.
    parts
}

/// What follows "By " starts with a name: its words up to the first comma
/// are capitalised, bar short particles ("Ana de la Cruz", "Tom Lee and Ana
/// Ruiz"). "By some accounts, 40 people were killed" and "By reports on
/// Saturday, two died" open the story itself and must not be dropped.
fn names_a_writer(rest: &str) -> bool {
    let first_piece = rest.split(',').next().unwrap_or("");
    let mut words = first_piece.split_whitespace();
    let Some(first) = words.next() else { return false };
    first.starts_with(|c: char| c.is_uppercase()) && words.all(|w| w.starts_with(|c: char| c.is_uppercase()) || w.chars().count() <= 3)
}

/// "Harshit, WASHINGTON, Nov. 3 / 7 AM EDT" (after "By "): names, then an
/// optional dateline and date.
fn parse_byline_line(rest: &str, parts: &mut ArticleParts) {
    let pieces: Vec<&str> = rest.split(',').map(str::trim).collect();
    let mut k = 0;
    while k < pieces.len() {
        let piece = pieces[k];
        if is_dateline_place(piece) {
            break;
        }
        for name in piece.split(" and ").map(str::trim).filter(|n| !n.is_empty()) {
            parts.byline.push(name.to_string());
        }
        k += 1;
    }
    if k < pieces.len() {
        let place = pieces[k].to_string();
        let date_part = pieces[k + 1..].join(", ");
        let date_only = date_part.split('/').next().unwrap_or("").trim().to_string();
        let text = if date_only.is_empty() { place.clone() } else { format!("{place}, {date_only}") };
        parts.dateline = Some(Dateline { place: Some(place), text });
        if !date_part.is_empty() && PartialDate::parse(&date_part).is_some() {
            parts.published_text = Some(date_part);
        }
    }
}

/// One word that is a web address: letters, digits and dots or hyphens,
/// ending in a dot and two to four letters ("PanARMENIAN.Net", "Znak.com").
fn is_web_credit(s: &str) -> bool {
    let Some((name, tld)) = s.rsplit_once('.') else { return false };
    name.len() >= 2
        && name.starts_with(|c: char| c.is_alphabetic())
        && name.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '-'))
        && (2..=4).contains(&tld.len())
        && tld.chars().all(|c| c.is_ascii_alphabetic())
}

/// An all-capitals place name as datelines print it ("WASHINGTON",
/// "MEXICO CITY").
fn is_dateline_place(s: &str) -> bool {
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 3 && letters.iter().all(|c| c.is_uppercase()) && s.chars().all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '-' | '\''))
}

fn strip_date_label(p: &str) -> &str {
    for label in ["Published:", "Published", "Updated:", "Updated", "Posted:", "Posted", "Date:"] {
        if let Some(rest) = p.strip_prefix(label) {
            return rest.trim();
        }
    }
    p
}

/// A short line that is only a date ("Friday, January 4, 2019",
/// "Published: Nov. 3, 2025 7:00 AM").
fn is_date_line(p: &str) -> bool {
    let s = strip_date_label(p);
    if s.len() > 60 {
        return false;
    }
    let Some(d) = PartialDate::parse(s) else { return false };
    if d.month.is_none() {
        return false;
    }
    // Few words besides the date parts.
    let other_words = s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && w.parse::<u32>().is_err())
        .filter(|w| {
            let l = w.to_lowercase();
            !matches!(l.as_str(), "am" | "pm" | "edt" | "est" | "utc" | "gmt" | "cst" | "cdt" | "pst" | "pdt" | "updated" | "published")
                && !is_weekday(&l)
                && PartialDate::parse(w).is_none()
        })
        .count();
    other_words == 0
}

fn is_weekday(w: &str) -> bool {
    matches!(w, "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday" | "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")
}

/// A headline: one short line without a final period.
fn looks_like_headline(p: &str) -> bool {
    let n = p.chars().count();
    (5..=200).contains(&n) && !p.ends_with('.') && !p.ends_with(':')
}

/// A section heading inside the body: a short line of a few words, starting
/// with a capital, without final punctuation or quote marks.
fn looks_like_heading(p: &str) -> bool {
    let words = p.split_whitespace().count();
    let n = p.chars().count();
    (1..=10).contains(&words)
        && n <= 80
        && p.chars().next().is_some_and(|c| c.is_uppercase())
        && !p.ends_with(['.', '!', '?', ':', ',', ';', '"', '”', '’', '\''])
        && !p.contains(['“', '"'])
}

fn is_boilerplate(p: &str, cut_zone: bool) -> (bool, bool) {
    // Byte length first: a long paragraph is never boilerplate, whatever its
    // code-point count.
    if p.len() >= BOILERPLATE_MAX_CHARS * 4 || p.chars().count() >= BOILERPLATE_MAX_CHARS {
        return (false, false);
    }
    let cut = cut_zone && LEXICONS.cut.is_match(p);
    let drop = cut || LEXICONS.drop.is_match(p);
    (drop, cut)
}

/// Recognises a dateline at the start of the first paragraph:
/// "WASHINGTON, Nov. 3 (Reuters) — …", "MEXICO CITY (AP) — …",
/// "KYIV, Ukraine, March 2 — …". Returns the dateline and its date, if any.
pub fn detect_dateline(first_paragraph: &str) -> Option<(Dateline, Option<PartialDate>)> {
    let head: String = first_paragraph.chars().take(120).collect();
    let dash = head.find(['—', '–']).or_else(|| head.find(" - ")).or_else(|| head.find(" -- "))?;
    let lead = head[..dash].trim();
    // Drop a wire credit: "(Reuters)", "(AP)".
    let lead_no_credit = match (lead.rfind('('), lead.ends_with(')')) {
        (Some(open), true) => lead[..open].trim(),
        _ => lead,
    };
    // "PanARMENIAN.Net - Verified video footage …": a web outlet's credit
    // with no place.
    if is_web_credit(lead) {
        return Some((Dateline { place: None, text: lead.to_string() }, None));
    }
    let mut pieces = lead_no_credit.split(',').map(str::trim);
    let place = pieces.next()?;
    if !is_dateline_place(place) {
        return None;
    }
    let rest: Vec<&str> = pieces.collect();
    let date = PartialDate::parse(&rest.join(", ")).filter(|d| d.month.is_some());
    Some((Dateline { place: Some(place.to_string()), text: lead_no_credit.to_string() }, date))
}

/// The article id: `a` + 16 hex digits of the BLAKE3 hash of the body with
/// whitespace collapsed, so that re-ingesting the same text is recognised.
pub fn article_id(text: &str) -> String {
    // One contiguous buffer hashed once: much cheaper than one hasher
    // update per word. The words (`split_whitespace`) joined by one space,
    // built from the bytes: runs of words already separated by single
    // spaces (all of a paragraph, usually) are copied in one piece, and
    // only bytes that can start a white-space character are looked at
    // closely.
    let b = text.as_bytes();
    let mut canonical = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let space = whitespace_len(&b[i..]);
        if space > 0 {
            i += space;
            continue;
        }
        let start = i;
        while i < b.len() {
            if MAY_START_SPACE[usize::from(b[i])] {
                if b[i] == b' ' && b.get(i + 1).is_some_and(|&n| !MAY_START_SPACE[usize::from(n)]) {
                    // A single space between two words stays as it is.
                    i += 2;
                    continue;
                }
                if whitespace_len(&b[i..]) > 0 {
                    break;
                }
            }
            i += 1;
        }
        if !canonical.is_empty() {
            canonical.push(b' ');
        }
        canonical.extend_from_slice(&b[start..i]);
    }
    let hex = blake3::hash(&canonical).to_hex();
    format!("a{}", &hex.as_str()[..16])
}

/// Bytes that are, or can start, a white-space character (Unicode
/// White_Space, as `char::is_whitespace`): ASCII 9–13 and space, and the
/// UTF-8 lead bytes of U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028,
/// U+2029, U+202F, U+205F and U+3000.
static MAY_START_SPACE: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 9;
    while c <= 13 {
        t[c] = true;
        c += 1;
    }
    t[b' ' as usize] = true;
    t[0xC2] = true;
    t[0xE1] = true;
    t[0xE2] = true;
    t[0xE3] = true;
    t
};

/// The length in bytes of the white-space character `b` starts with, or 0
/// (`b` starts on a character boundary of valid UTF-8).
#[inline]
fn whitespace_len(b: &[u8]) -> usize {
    match b[0] {
        9..=13 | b' ' => 1,
        0xC2 if matches!(b.get(1), Some(0x85 | 0xA0)) => 2,
        0xE1 if b.get(1..3) == Some(&[0x9A, 0x80]) => 3,
        0xE2 if matches!((b.get(1), b.get(2)), (Some(0x80), Some(0x80..=0x8A | 0xA8 | 0xA9 | 0xAF)) | (Some(0x81), Some(0x9F))) => 3,
        0xE3 if b.get(1..3) == Some(&[0x80, 0x80]) => 3,
        _ => 0,
    }
}

/// Builds the article: joins the body, removes boilerplate, finds the
/// dateline and sections, resolves the publication date.
pub fn assemble(mut parts: ArticleParts, origin: &str, opts: &IngestOptions) -> Result<Article, IngestErrorKind> {
    // Boilerplate: "cut" phrases only count in the last third, so that an
    // article quoting "related stories" early on is not truncated.
    let total: usize = parts.blocks.iter().map(|(_, t)| t.len()).sum();
    let mut seen = 0;
    let mut kept: Vec<(BlockKind, String)> = Vec::with_capacity(parts.blocks.len());
    for (kind, text) in parts.blocks.drain(..) {
        let cut_zone = seen * 3 >= total * 2 || seen > 0 && total - seen < 600;
        seen += text.len();
        let (drop, cut) = is_boilerplate(&text, cut_zone);
        if cut {
            break;
        }
        if !drop && !text.trim().is_empty() {
            kept.push((kind, text));
        }
    }
    // Trailing headings introduce nothing.
    while kept.last().is_some_and(|(k, _)| *k == BlockKind::Heading) {
        kept.pop();
    }
    if kept.is_empty() {
        return Err(IngestErrorKind::NoText);
    }

    let mut text = String::with_capacity(total + 2 * kept.len());
    let mut sections: Vec<Section> = Vec::new();
    let mut chars = 0usize;
    for (i, (kind, block)) in kept.iter().enumerate() {
        if i > 0 {
            text.push_str("\n\n");
            chars += 2;
        }
        if *kind == BlockKind::Heading {
            if let Some(last) = sections.last_mut() {
                last.end = chars.saturating_sub(2);
            }
            sections.push(Section { title: block.clone(), start: chars, end: 0 });
        }
        text.push_str(block);
        chars += block.chars().count();
    }
    if let Some(last) = sections.last_mut() {
        last.end = chars;
    }

    let mut published_date = parts.published_text.as_deref().and_then(PartialDate::parse);
    if parts.dateline.is_none() {
        if let Some((dl, date)) = kept.iter().find(|(k, _)| *k == BlockKind::Paragraph).and_then(|(_, p)| detect_dateline(p)) {
            parts.dateline = Some(dl);
            if published_date.is_none() {
                published_date = date;
            }
        }
    }
    let published_date = match (published_date, opts.published) {
        (Some(d), sup) => Some(d.resolve(sup)),
        (None, sup) => sup,
    };
    let (published, published_precision) = match published_date {
        Some(d) => match d.to_published() {
            Some(v) => (Some(v), d.precision()),
            None => (None, DatePrecision::Unknown),
        },
        None => (None, DatePrecision::Unknown),
    };

    let language = crate::language::resolve_language(parts.language.as_deref(), &text);
    Ok(Article {
        id: article_id(&text),
        url: parts.url,
        outlet: opts.outlet.clone().or(parts.outlet),
        title: parts.title,
        byline: parts.byline,
        dateline: parts.dateline,
        published,
        published_precision,
        published_text: parts.published_text,
        language,
        text,
        captions: parts.captions,
        sections,
        origin: Some(origin.to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const DUMP: &str = "Soldiers at a training range — file photo.\n\n\
        Officials Weigh New Border Mission\n\n\
        By Ana Ruiz and Tom Lee, MEXICO CITY, March 4 / 9 AM CST\n\n\
        Officials said on Tuesday that a new mission was under review.\n\n\
        What Comes Next\n\n\
        A decision is expected within weeks, two officials said.\n\n\
        Share this article\n\n\
        Leave a Comment\n\n\
        Your email address will not be published. Required fields are marked *";

    #[test]
    fn a_sentence_opening_with_by_is_body_text_not_a_byline() {
        for first in ["By reports on Saturday, two of the victims had died.", "By some accounts, 40 people were killed in the raid.", "by the time police arrived, the gunman had fled."] {
            let parts = parse_text_article(&format!("{first}\n\nThe police said more arrests were expected."));
            assert!(parts.byline.is_empty(), "{first}: {:?}", parts.byline);
            assert_eq!(parts.blocks.first().map(|b| b.1.as_str()), Some(first));
        }
        let parts = parse_text_article("By Ana de la Cruz\n\nThe police said more arrests were expected.");
        assert_eq!(parts.byline, ["Ana de la Cruz"]);
    }

    #[test]
    fn text_dump_header_and_boilerplate() {
        let parts = parse_text_article(DUMP);
        assert_eq!(parts.captions, ["Soldiers at a training range — file photo."]);
        assert_eq!(parts.title.as_deref(), Some("Officials Weigh New Border Mission"));
        assert_eq!(parts.byline, ["Ana Ruiz", "Tom Lee"]);
        let dl = parts.dateline.clone().unwrap();
        assert_eq!(dl.place.as_deref(), Some("MEXICO CITY"));
        assert_eq!(dl.text, "MEXICO CITY, March 4");
        let a = assemble(parts, "dump.txt", &IngestOptions::default()).unwrap();
        assert!(a.text.starts_with("Officials said on Tuesday"), "{}", a.text);
        assert!(!a.text.contains("Leave a Comment") && !a.text.contains("Required fields") && !a.text.contains("Share this"), "{}", a.text);
        assert_eq!(a.published, None, "no year printed and none supplied");
        assert_eq!(a.published_precision, DatePrecision::Unknown);
        assert_eq!(a.published_text.as_deref(), Some("March 4 / 9 AM CST"));
        assert_eq!(a.sections.len(), 1);
        let s = &a.sections[0];
        let chars: Vec<char> = a.text.chars().collect();
        assert_eq!(chars[s.start..s.start + s.title.chars().count()].iter().collect::<String>(), "What Comes Next");
        assert_eq!(s.end, chars.len());
        assert_eq!(a.language, "en");
    }

    #[test]
    fn supplied_date_gives_the_year() {
        let opts = IngestOptions { published: PartialDate::parse("2026-03-05"), ..Default::default() };
        let a = assemble(parse_text_article(DUMP), "dump.txt", &opts).unwrap();
        assert_eq!(a.published.as_deref(), Some("2026-03-04T09:00"));
        assert_eq!(a.published_precision, DatePrecision::Day);
    }

    #[test]
    fn datelines_in_the_first_paragraph() {
        let (dl, date) = detect_dateline("WASHINGTON, Nov. 3 (Reuters) — The Pentagon said…").unwrap();
        assert_eq!(dl.place.as_deref(), Some("WASHINGTON"));
        assert_eq!(dl.text, "WASHINGTON, Nov. 3");
        assert_eq!(date.map(|d| (d.month, d.day)), Some((Some(11), Some(3))));
        let (dl, date) = detect_dateline("MEXICO CITY (AP) — Troops arrived").unwrap();
        assert_eq!(dl.place.as_deref(), Some("MEXICO CITY"));
        assert!(date.is_none());
        assert!(detect_dateline("The Pentagon — which declined to comment — said").is_none());
        let (dl, date) = detect_dateline("Tidewire.net - Verified footage shows the dam breached").unwrap();
        assert_eq!((dl.place, dl.text.as_str(), date), (None, "Tidewire.net", None));
        assert!(detect_dateline("Mr. Lee - who was late - said").is_none());
    }

    #[test]
    fn cut_phrases_only_near_the_end() {
        let long = "Body sentence about the strike and its aftermath. ".repeat(40);
        let parts = ArticleParts {
            blocks: vec![
                (BlockKind::Paragraph, "Leave a comment, the sign said, was all he wanted.".into()),
                (BlockKind::Paragraph, long.clone()),
                (BlockKind::Paragraph, "Related Articles".into()),
                (BlockKind::Paragraph, "Other story headline".into()),
            ],
            ..Default::default()
        };
        let a = assemble(parts, "x", &IngestOptions::default()).unwrap();
        assert!(a.text.starts_with("Leave a comment, the sign said"));
        assert!(!a.text.contains("Related Articles") && !a.text.contains("Other story"));
    }

    #[test]
    fn only_boilerplate_is_an_error() {
        let parts = parse_text_article("Share this article\n\nSubscribe to our newsletter");
        assert!(matches!(assemble(parts, "x", &IngestOptions::default()), Err(IngestErrorKind::NoText)));
    }

    #[test]
    fn ids_ignore_whitespace_differences() {
        assert_eq!(article_id("a  b\n\nc"), article_id("a b c"));
    }

    /// The id as it was first defined: the words of `split_whitespace`
    /// joined by one space, hashed.
    fn article_id_reference(text: &str) -> String {
        let canonical: Vec<&str> = text.split_whitespace().collect();
        let hex = blake3::hash(canonical.join(" ").as_bytes()).to_hex();
        format!("a{}", &hex.as_str()[..16])
    }

    #[test]
    fn whitespace_bytes_agree_with_char_is_whitespace() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let s = c.encode_utf8(&mut buf);
            let expected = if c.is_whitespace() { s.len() } else { 0 };
            assert_eq!(whitespace_len(s.as_bytes()), expected, "U+{:04X}", c as u32);
            if c.is_whitespace() {
                assert!(MAY_START_SPACE[usize::from(s.as_bytes()[0])], "U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn article_id_agrees_with_the_reference() {
        let pieces = ["a", "Bc", " ", "  ", "\t", "\n", "\r\n", "\u{b}", "\u{c}", "\u{85}", "\u{a0}", "\u{1680}", "\u{2000}", "\u{200a}", "\u{200b}", "\u{2028}", "\u{2029}", "\u{202f}", "\u{205f}", "\u{3000}", "\u{3001}", "’", "é", "Д", "中", "😀", "\u{1c}", "\u{e1}", "\u{1681}"];
        let mut next = crate::test_rng(0x9E37_79B9_7F4A_7C15u64);
        let mut inputs: Vec<String> = Vec::new();
        for a in pieces {
            for b in pieces {
                inputs.push(format!("{a}{b}"));
                inputs.push(format!("{a} {b} {a}"));
            }
        }
        for _ in 0..20_000 {
            let len = 1 + next(12);
            inputs.push((0..len).map(|_| pieces[next(pieces.len())]).collect());
        }
        for input in &inputs {
            assert_eq!(article_id(input), article_id_reference(input), "{input:?}");
        }
        assert_ne!(article_id("a b c"), article_id("a b d"));
    }
}
