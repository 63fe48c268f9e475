//! The whole pipeline on hostile variants of real-looking text: it must
//! never panic, and every span it publishes must lie inside the text.
//!
//! Variants are derived deterministically from the fixture articles:
//! multi-byte characters spliced in everywhere, all capitals, no spaces,
//! no punctuation, truncation at every kind of boundary, control
//! characters, very long tokens.

use newsledger_extract::Pipeline;
use newsledger_model::{Analysis, Article, Span};

fn fixtures() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut out = Vec::new();
    for sub in ["events", "sources"] {
        let mut paths: Vec<_> = std::fs::read_dir(dir.join(sub)).unwrap().map(|e| e.unwrap().path()).collect();
        paths.sort();
        for p in paths {
            out.push(std::fs::read_to_string(p).unwrap());
        }
    }
    assert!(out.len() >= 10, "fixtures missing");
    out
}

/// Deterministic variants of one text.
fn variants(text: &str) -> Vec<String> {
    let mut v = Vec::new();
    // Multi-byte characters after every 7th character (accents, CJK, emoji,
    // combining marks, right-to-left text, non-breaking spaces).
    let inserts = ['é', '北', '🙂', '\u{301}', 'ש', '\u{a0}', '’', '“'];
    let mut s = String::new();
    for (i, c) in text.chars().enumerate() {
        s.push(c);
        if i % 7 == 3 {
            s.push(inserts[i % inserts.len()]);
        }
    }
    v.push(s);
    v.push(text.to_uppercase());
    v.push(text.to_lowercase());
    v.push(text.split_whitespace().collect::<String>());
    v.push(text.chars().filter(|c| !c.is_ascii_punctuation()).collect());
    v.push(text.replace(['.', '!', '?'], ""));
    v.push(text.replace(' ', "\u{a0}"));
    v.push(text.replace('"', "“").replace('\'', "’"));
    v.push(text.replace('\n', "\r\n"));
    v.push(text.chars().map(|c| if c == 'e' { '\u{0}' } else if c == 'a' { '\u{7}' } else { c }).collect());
    // Unbalanced quote marks and brackets.
    v.push(format!("“{text}"));
    v.push(format!("{text} (“"));
    // Truncations at byte positions that are character boundaries.
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for frac in [1, 3, 5, 7, 9] {
        let (at, _) = chars[chars.len() * frac / 10];
        v.push(text[..at].to_string());
    }
    // A very long token and a very long number.
    v.push(format!("{} {} {}", "x".repeat(5000), text, "9".repeat(400)));
    v
}

fn check(text: String, pipeline: &Pipeline) {
    let article = Article { id: "a0".into(), language: "en".into(), published: Some("2025-11-03".into()), text, ..Default::default() };
    let facts = pipeline.analyze(&article);
    let n = article.text.chars().count();
    let analysis = Analysis::new(article, facts);
    let ok = |s: &Span| s.start <= s.end && s.end <= n;
    let f = &analysis.facts;
    for e in &f.entities {
        assert!(e.mentions.iter().all(ok), "entity span out of text: {e:?}");
    }
    let spans = f
        .sources
        .iter()
        .map(|x| x.evidence)
        .chain(f.quotes.iter().map(|x| x.evidence))
        .chain(f.claims.iter().map(|x| x.evidence))
        .chain(f.claims.iter().flat_map(|c| c.quantities.iter().map(|q| q.evidence)))
        .chain(f.events.iter().map(|x| x.evidence))
        .chain(f.times.iter().map(|x| x.evidence))
        .chain(f.places.iter().map(|x| x.evidence));
    for s in spans {
        assert!(ok(&s), "span {s:?} out of a text of {n} chars");
    }
    // Every id a fact refers to exists.
    let source_ids: Vec<&str> = f.sources.iter().map(|s| s.id.as_str()).collect();
    for q in &f.quotes {
        assert!(q.source.as_deref().is_none_or(|id| source_ids.contains(&id)), "quote refers to a missing source");
    }
    for c in &f.claims {
        assert!(c.source.as_deref().is_none_or(|id| source_ids.contains(&id)), "claim refers to a missing source");
    }
    for v in &f.events {
        assert!(v.source.as_deref().is_none_or(|id| source_ids.contains(&id)), "event refers to a missing source");
    }
}

#[test]
fn hostile_variants_never_panic_and_spans_stay_inside() {
    let pipeline = Pipeline::for_language("en");
    for text in fixtures() {
        for variant in variants(&text) {
            let shown: String = variant.chars().take(60).collect();
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(variant.clone(), &pipeline)));
            assert!(result.is_ok(), "pipeline failed on a variant starting {shown:?}");
        }
    }
}

#[test]
fn degenerate_texts() {
    let pipeline = Pipeline::for_language("en");
    for text in ["", " ", "\n\n\n", ".", "“", "”", "\"", "'", "—", "1", "U.S.", "Mr.", "said", "“”", "((((((((", "\u{feff}", "🙂🙂🙂"] {
        check(text.to_string(), &pipeline);
    }
}
