//! Tokens, sentences and paragraphs that survive news text.
//!
//! Handles what breaks general-purpose splitters on news: abbreviations
//! ("U.S.", "Nov.", "Gen."), datelines ("WASHINGTON, Nov. 3 —"), straight and
//! curly quote marks, em-dashes, and clitics ("Mexico’s" → `Mexico` `’s`, as
//! CoNLL-2003 tokenises them, so the NER model sees what it was trained on).
//!
//! All offsets are **byte** offsets into the analysed text; convert with
//! `newsledger_model::CharMap` at the edge.
//!
//! ```
//! let seg = newsledger_text::segment("Two U.S. officials told NBC News. “It began,” one said.");
//! assert_eq!(seg.sentences.len(), 2);
//! ```

mod abbrev;
pub mod chars;
mod tokenize;

pub use abbrev::Lexicon;
pub use tokenize::tokenize;

/// What a token is, as far as segmentation cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters, possibly with digits, hyphens, internal apostrophes or an
    /// abbreviation's periods ("U.S.", "Nov.").
    Word,
    /// Digits with `,` `.` inside ("10,000", "3.5", "2025").
    Number,
    /// An opening quote mark (“ ‘ « or a straight one in opening position).
    OpenQuote,
    /// A closing quote mark (” ’ » or a straight one in closing position).
    CloseQuote,
    /// `.` `!` `?` or `...` / `…`.
    Terminal,
    /// Em- and en-dashes, and `--`.
    Dash,
    /// Any other punctuation or symbol.
    Punct,
}

/// One token: a byte range of the text and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: u32,
    pub end: u32,
    pub kind: TokenKind,
    /// Whitespace separates this token from the previous one.
    pub space_before: bool,
    /// A line break separates this token from the previous one.
    pub newline_before: bool,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start as usize..self.end as usize]
    }
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
}

/// A sentence: a byte range and the range of its tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    /// Indexes into [`Segmentation::tokens`].
    pub tokens: std::ops::Range<usize>,
    /// Index into [`Segmentation::paragraphs`].
    pub paragraph: usize,
}

impl Sentence {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// A paragraph: text between blank lines (or single line breaks).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    pub start: usize,
    pub end: usize,
    /// Indexes into [`Segmentation::sentences`].
    pub sentences: std::ops::Range<usize>,
}

/// The result of [`segment`].
#[derive(Debug, Clone, Default)]
pub struct Segmentation {
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub paragraphs: Vec<Paragraph>,
}

impl Segmentation {
    /// Index of the sentence containing byte offset `at`, if any.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= at);
        (i < self.sentences.len() && self.sentences[i].start <= at).then_some(i)
    }
    /// Index of the first token that ends after byte offset `at`.
    pub fn token_at(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| (t.end as usize) <= at)
    }
}

/// Tokenises `text` and splits it into sentences and paragraphs, with the
/// English lexicon.
pub fn segment(text: &str) -> Segmentation {
    segment_with(text, Lexicon::english())
}

/// Like [`segment`], with a given language's lexicon.
pub fn segment_with(text: &str, lexicon: &Lexicon) -> Segmentation {
    let tokens = tokenize::tokenize_with(text, lexicon);
    let mut sentences = Vec::new();
    let mut paragraphs = Vec::new();
    let mut sent_first_tok = 0usize;
    let mut para_first_sent = 0usize;

    let close_sentence = |sentences: &mut Vec<Sentence>, from: usize, to: usize, para: usize| {
        if from < to {
            sentences.push(Sentence {
                start: tokens[from].start as usize,
                end: tokens[to - 1].end as usize,
                tokens: from..to,
                paragraph: para,
            });
        }
    };

    let close_paragraph = |sentences: &Vec<Sentence>, paragraphs: &mut Vec<Paragraph>, first: &mut usize| {
        if *first < sentences.len() {
            let (start, end) = (sentences[*first].start, sentences[sentences.len() - 1].end);
            paragraphs.push(Paragraph { start, end, sentences: *first..sentences.len() });
        }
        *first = sentences.len();
    };

    let mut i = 0;
    while i < tokens.len() {
        // A line break between two tokens ends a paragraph: news bodies put
        // one paragraph per line (ingest joins paragraphs with a blank
        // line). Only whitespace stands between two tokens, so that is the
        // tokenizer's `newline_before`.
        if i > 0 && tokens[i].newline_before {
            close_sentence(&mut sentences, sent_first_tok, i, paragraphs.len());
            sent_first_tok = i;
            close_paragraph(&sentences, &mut paragraphs, &mut para_first_sent);
        }
        if is_sentence_end(text, &tokens, i, lexicon) {
            // Swallow closing quotes and brackets that follow the terminal.
            let j = after_closers(text, &tokens, i);
            close_sentence(&mut sentences, sent_first_tok, j, paragraphs.len());
            sent_first_tok = j;
            i = j;
            continue;
        }
        i += 1;
    }
    close_sentence(&mut sentences, sent_first_tok, tokens.len(), paragraphs.len());
    close_paragraph(&sentences, &mut paragraphs, &mut para_first_sent);
    Segmentation { tokens, sentences, paragraphs }
}

/// Token `i` ends a sentence.
fn is_sentence_end(text: &str, tokens: &[Token], i: usize, lexicon: &Lexicon) -> bool {
    let tok = &tokens[i];
    // Only terminals and abbreviations that may end a sentence can: settled
    // before the next token is looked at, which most tokens never need.
    let abbreviation = match tok.kind {
        TokenKind::Terminal => false,
        TokenKind::Word => {
            let t = tok.text(text);
            if !(t.ends_with('.') && lexicon.abbreviation_may_end_sentence(&t[..t.len() - 1])) {
                return false;
            }
            true
        }
        _ => return false,
    };
    let next = match next_content_token(text, tokens, i) {
        Some(n) => &tokens[n],
        None => return false, // the end of text closes the sentence anyway
    };
    let next_text = next.text(text);
    if abbreviation {
        // An abbreviation token that may end a sentence ("U.S.", "Inc.")
        // does so when a common sentence opener follows.
        if lexicon.is_sentence_opener(next_text) {
            return true;
        }
        let t = tok.text(text);
        return lexicon.is_clock_abbreviation(&t[..t.len() - 1]) && clock_ends_before(text, tokens, after_closers(text, tokens, i), lexicon);
    }
    let next_starts_upper_or_quote = next.kind == TokenKind::OpenQuote
        || next.kind == TokenKind::Number
        || next_text.chars().next().is_some_and(|c| c.is_uppercase());
    if tok.text(text) == "." {
        next_starts_upper_or_quote
    } else {
        // "!" and "?" end a sentence unless a lower-case word follows
        // inside the same quotation ("'Why?' he asked" is one sentence).
        next_starts_upper_or_quote && !(next.kind == TokenKind::Word && next_text.chars().next().is_some_and(|c| c.is_lowercase()))
    }
}

/// After a clock abbreviation ("6 a.m."), the capitalised word at `n`
/// starts a new sentence unless it continues the time: a day, a month or a
/// time-zone word (`clock_followers.txt`), a word in capitals ("ET",
/// "GMT"), or a name before "time" ("Moscow time", "Central European
/// Time"). "... from 10 p.m. to 6 a.m. Thailand has ..." breaks before
/// "Thailand"; "at 10 a.m. Friday" and "at 9 p.m. ET" do not.
fn clock_ends_before(text: &str, tokens: &[Token], n: usize, lexicon: &Lexicon) -> bool {
    let Some(next) = tokens.get(n) else { return false };
    let w = next.text(text);
    if next.kind != TokenKind::Word || !w.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    if w.chars().all(|c| !c.is_lowercase()) && letters >= 2 {
        return false;
    }
    if lexicon.is_clock_follower(w.trim_end_matches('.')) {
        return false;
    }
    // A capitalised run of up to three words, then "time".
    let mut k = n;
    while k < tokens.len() && k < n + 4 {
        let t = tokens[k].text(text);
        if tokens[k].kind != TokenKind::Word {
            break;
        }
        if t.eq_ignore_ascii_case("time") {
            return false;
        }
        if !t.chars().next().is_some_and(char::is_uppercase) {
            break;
        }
        k += 1;
    }
    true
}

/// The token after `i`, skipping closing quotes and brackets attached to it.
fn next_content_token(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    let j = after_closers(text, tokens, i);
    (j < tokens.len()).then_some(j)
}

/// Index just past token `i` and the closing quotes and brackets glued to it.
fn after_closers(text: &str, tokens: &[Token], i: usize) -> usize {
    let mut j = i + 1;
    while j < tokens.len() && !tokens[j].space_before && (tokens[j].kind == TokenKind::CloseQuote || matches!(tokens[j].text(text), ")" | "]")) {
        j += 1;
    }
    j
}

#[cfg(test)]
mod tests;
