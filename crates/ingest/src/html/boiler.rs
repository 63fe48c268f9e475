//! Block-level clean-up inside the chosen container: labels
//! ("Advertisement"), promotional one-liners ("Follow us on Twitter"),
//! trailing material that starts with a heading like "Related stories", and
//! date/byline lines before the first paragraph. The phrases are data, one
//! file per language under `data/<lang>/boilerplate.txt`.

use std::collections::HashSet;
use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

use super::{Block, BlockKind};

const PHRASE_FILES: &[&str] = &[
    include_str!("data/en/boilerplate.txt"),
    include_str!("data/pt/boilerplate.txt"),
    include_str!("data/es/boilerplate.txt"),
    include_str!("data/de/boilerplate.txt"),
    include_str!("data/fr/boilerplate.txt"),
    include_str!("data/it/boilerplate.txt"),
    include_str!("data/ru/boilerplate.txt"),
    include_str!("data/id/boilerplate.txt"),
];

/// Longest block (in chars) a `drop:` phrase can remove.
const DROP_MAX_CHARS: usize = 250;
/// Longest block (in chars) that can start trailing material.
const CUT_MAX_CHARS: usize = 80;

struct Phrases {
    labels: HashSet<String>,
    drop: Option<AhoCorasick>,
    cut: Vec<String>,
}

fn phrases() -> &'static Phrases {
    static PHRASES: OnceLock<Phrases> = OnceLock::new();
    PHRASES.get_or_init(|| {
        let mut labels = HashSet::new();
        let mut drop = Vec::new();
        let mut cut = Vec::new();
        for file in PHRASE_FILES {
            for line in file.lines() {
                let line = line.trim();
                if line.starts_with('#') {
                    continue;
                }
                if let Some(p) = line.strip_prefix("label:") {
                    labels.insert(p.trim().to_lowercase());
                } else if let Some(p) = line.strip_prefix("drop:") {
                    drop.push(p.trim().to_lowercase());
                } else if let Some(p) = line.strip_prefix("cut:") {
                    cut.push(p.trim().to_lowercase());
                }
            }
        }
        Phrases {
            labels,
            drop: AhoCorasick::new(&drop).ok(),
            cut,
        }
    })
}

fn label_key(text: &str) -> String {
    text.trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// The block is only a label such as "Advertisement" or "Share".
pub(crate) fn is_label(text: &str) -> bool {
    text.len() <= 40 && phrases().labels.contains(&label_key(text))
}

/// A short block carrying a promotional or site phrase.
pub(crate) fn is_drop(text: &str) -> bool {
    // A char is at most 4 bytes: longer texts need no counting.
    if text.len() > 4 * DROP_MAX_CHARS || text.chars().count() > DROP_MAX_CHARS {
        return false;
    }
    let lower = text.to_lowercase();
    phrases()
        .drop
        .as_ref()
        .is_some_and(|ac| ac.is_match(&lower))
}

/// A short block that opens trailing material ("Related stories").
pub(crate) fn is_cut(text: &str) -> bool {
    if text.len() > 4 * CUT_MAX_CHARS || text.chars().count() > CUT_MAX_CHARS {
        return false;
    }
    let key = label_key(text);
    phrases().cut.iter().any(|p| key.starts_with(p.as_str()))
}

/// Looks like a date, time or byline line rather than article text.
fn is_metadata_line(text: &str) -> bool {
    if text.len() > 4 * 120 || text.chars().count() > 120 {
        return false;
    }
    let lower = text.to_lowercase();
    let sentence =
        text.trim_end().ends_with(['.', '!', '?', '"', '”']) && text.split_whitespace().count() > 8;
    // "By Jane Doe", not "By some accounts, 40 people were killed": a
    // byline's next word is a capitalised name.
    for prefix in ["by ", "por ", "von ", "par ", "oleh "] {
        if lower.starts_with(prefix) {
            return text.get(prefix.len()..).is_some_and(|rest| rest.starts_with(char::is_uppercase));
        }
    }
    // "Updated 5:45 p.m.", not "Published reports said 40 people died in
    // the attack on Sunday."
    for prefix in ["posted ", "published ", "updated ", "publicado ", "atualizado "] {
        if lower.starts_with(prefix) {
            return !sentence;
        }
    }
    // A year or a clock time, in a line that is not a sentence.
    let bytes = text.as_bytes();
    let has_year = bytes.windows(4).enumerate().any(|(i, w)| {
        (w.starts_with(b"19") || w.starts_with(b"20"))
            && w.iter().all(u8::is_ascii_digit)
            && (i == 0 || !bytes[i - 1].is_ascii_digit())
            && bytes.get(i + 4).is_none_or(|b| !b.is_ascii_digit())
    });
    let has_time = bytes.windows(4).any(|w| {
        w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit() && w[3].is_ascii_digit()
    });
    (has_year || has_time) && !sentence
}

/// Cleans the blocks of a container in place.
pub(crate) fn clean_blocks(blocks: &mut Vec<Block>) {
    // Trailing material: a cut heading in the second half of the text
    // (before labels go, since "Tags" or "Comments" are both).
    let total: usize = blocks.iter().map(|b| b.text.len()).sum();
    let mut seen = 0usize;
    let mut cut_at = None;
    for (i, b) in blocks.iter().enumerate() {
        if seen * 2 >= total && i > 0 && is_cut(&b.text) {
            cut_at = Some(i);
            break;
        }
        seen += b.text.len();
    }
    if let Some(i) = cut_at {
        blocks.truncate(i);
    }
    blocks
        .retain(|b| b.kind == BlockKind::Preformatted || !(is_label(&b.text) || is_drop(&b.text)));
    // Date and byline lines before the first real paragraph.
    let lead = blocks
        .iter()
        .take(4)
        .take_while(|b| b.kind != BlockKind::Heading && is_metadata_line(&b.text))
        .count();
    blocks.drain(..lead);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(t: &str) -> Block {
        Block {
            kind: BlockKind::Paragraph,
            text: t.to_string(),
        }
    }

    #[test]
    fn phrases() {
        assert!(is_label("ADVERTISEMENT"));
        assert!(is_label("Share:"));
        assert!(!is_label(
            "Advertisement revenue fell sharply in the third quarter."
        ));
        assert!(is_drop("Follow us on Twitter @example."));
        assert!(!is_drop(
            &"The minister said she would follow us on the matter. ".repeat(8)
        ));
        assert!(is_cut("Related Stories"));
        assert!(!is_cut("Tagging sharks is hard work, the biologist said."));
    }

    #[test]
    fn metadata_lines() {
        assert!(is_metadata_line("Published November 20th, 2019 07:50 GMT"));
        assert!(is_metadata_line("By Jane Doe"));
        assert!(is_metadata_line("BY JANE DOE, Associated Press"));
        // Sentences that open with the same words are the story.
        assert!(!is_metadata_line("By some accounts, 40 people were killed in the raid."));
        assert!(!is_metadata_line("by the time police arrived, the gunman had fled."));
        assert!(!is_metadata_line("Published reports said 40 people died in the attack on Sunday."));
        assert!(!is_metadata_line(
            "The bridge opened in 1998 and carries 40,000 cars a day across the bay."
        ));
    }

    #[test]
    fn cleans_blocks() {
        let long = "The council voted on Tuesday to close the old library, citing repair costs that had tripled since the last survey of the building.";
        let mut blocks = vec![
            para("Updated 12:30 p.m."),
            para(long),
            para("Advertisement"),
            para(long),
            para("Follow us on Facebook"),
            para(long),
            para("Related stories"),
            para("Another story entirely, with its own long summary sentence here."),
        ];
        clean_blocks(&mut blocks);
        assert_eq!(blocks.len(), 3);
        assert!(blocks.iter().all(|b| b.text == long));
    }
}
