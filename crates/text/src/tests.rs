use super::*;

fn toks(text: &str) -> Vec<&str> {
    tokenize(text).iter().map(|t| t.text(text)).collect()
}

fn sents(text: &str) -> Vec<&str> {
    segment(text).sentences.iter().map(|s| s.text(text)).collect()
}

#[test]
fn abbreviations_keep_their_periods() {
    assert_eq!(toks("Gen. Smith met U.S. officials on Nov. 3."), ["Gen.", "Smith", "met", "U.S.", "officials", "on", "Nov.", "3", "."]);
    assert_eq!(toks("at 7 a.m. in Washington, D.C., today"), ["at", "7", "a.m.", "in", "Washington", ",", "D.C.", ",", "today"]);
    assert_eq!(toks("John F. Kennedy"), ["John", "F.", "Kennedy"]);
}

#[test]
fn numbers_and_hyphens() {
    assert_eq!(toks("10,000 troops, 3.5% and $1.2 billion"), ["10,000", "troops", ",", "3.5", "%", "and", "$", "1.2", "billion"]);
    assert_eq!(toks("a 30-year-old anti-drug F-16"), ["a", "30-year-old", "anti-drug", "F-16"]);
    let t = tokenize("64 people");
    assert_eq!(t[0].kind, TokenKind::Number);
}

#[test]
fn clitics_split_like_conll() {
    assert_eq!(toks("Mexico’s response"), ["Mexico", "’s", "response"]);
    assert_eq!(toks("Trump's aides don't"), ["Trump", "'s", "aides", "do", "n't"]);
    assert_eq!(toks("We’re sending"), ["We", "’re", "sending"]);
}

#[test]
fn quote_marks_have_direction() {
    let text = "He said \"no\" and ‘yes’ and “maybe.”";
    let t = tokenize(text);
    let kinds: Vec<(&str, TokenKind)> = t.iter().filter(|t| matches!(t.kind, TokenKind::OpenQuote | TokenKind::CloseQuote)).map(|t| (t.text(text), t.kind)).collect();
    assert_eq!(
        kinds,
        [
            ("\"", TokenKind::OpenQuote),
            ("\"", TokenKind::CloseQuote),
            ("‘", TokenKind::OpenQuote),
            ("’", TokenKind::CloseQuote),
            ("“", TokenKind::OpenQuote),
            ("”", TokenKind::CloseQuote)
        ]
    );
}

#[test]
fn dashes() {
    assert_eq!(toks("forces — not direct -- action"), ["forces", "—", "not", "direct", "--", "action"]);
}

#[test]
fn sentences_survive_abbreviations_and_datelines() {
    let s = sents("WASHINGTON, Nov. 3 — Gen. Smith met Sen. Jones. They talked.");
    assert_eq!(s, ["WASHINGTON, Nov. 3 — Gen. Smith met Sen. Jones.", "They talked."]);
}

#[test]
fn abbreviation_at_sentence_end_before_an_opener() {
    let s = sents("The drones were made in the U.S. The factory is closed.");
    assert_eq!(s, ["The drones were made in the U.S.", "The factory is closed."]);
    let s = sents("He visited the U.S. Embassy.");
    assert_eq!(s.len(), 1);
}

#[test]
fn closing_quotes_stay_with_their_sentence() {
    let text = "“We’re sending a clear message,” Trump said. “If you traffic drugs, you will face consequences.” He left.";
    let s = sents(text);
    assert_eq!(s, ["“We’re sending a clear message,” Trump said.", "“If you traffic drugs, you will face consequences.”", "He left."]);
}

#[test]
fn question_inside_quote_does_not_split_before_lowercase() {
    let s = sents("“Why now?” she asked. Nobody knew.");
    assert_eq!(s, ["“Why now?” she asked.", "Nobody knew."]);
}

#[test]
fn paragraphs_split_on_line_breaks() {
    let text = "Early Training Underway\n\nTwo officials spoke. One left.\n\nThe end";
    let seg = segment(text);
    assert_eq!(seg.paragraphs.len(), 3);
    assert_eq!(seg.sentences.len(), 4);
    assert_eq!(seg.sentences[0].text(text), "Early Training Underway");
    assert_eq!(seg.paragraphs[1].sentences, 1..3);
    assert_eq!(seg.sentence_at(text.find("One").unwrap()), Some(2));
}

#[test]
fn empty_and_whitespace_only_text() {
    assert!(segment("").sentences.is_empty());
    assert!(segment("  \n\n ").tokens.is_empty());
}

#[test]
fn non_latin_text_does_not_panic() {
    let text = "Ciudad de México: «Rechazamos cualquier intervención», dijo Sheinbaum. Él calló. 北京 …";
    let seg = segment(text);
    assert!(seg.sentences.len() >= 2);
    for t in &seg.tokens {
        assert!(text.is_char_boundary(t.start as usize) && text.is_char_boundary(t.end as usize));
    }
}

#[test]
fn typewriter_quotes_open_and_close() {
    let text = "``I want a vote,'' Howard said. ``The people are owed it.''";
    let t = tokenize(text);
    assert_eq!(t[0].text(text), "``");
    assert_eq!(t[0].kind, TokenKind::OpenQuote);
    let close = t.iter().find(|t| t.text(text) == "''").unwrap();
    assert_eq!(close.kind, TokenKind::CloseQuote);
    assert_eq!(sents(text), ["``I want a vote,'' Howard said.", "``The people are owed it.''"]);
}
