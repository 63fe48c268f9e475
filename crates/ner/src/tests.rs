//! Tests on sentences written for this crate (no dataset needed): the
//! bundled model on modern news, the API contract, model files and training.

use super::*;
use crate::conll::{parse, words_to_tokens};

/// Mentions of every sentence of `text` as (surface text, label), each
/// sentence tagged alone with `tag_sentence` (the extract stage's contract).
fn by_sentence(text: &str) -> Vec<(String, Label)> {
    let seg = newsledger_text::segment(text);
    let model = Model::english();
    let mut out = Vec::new();
    for s in &seg.sentences {
        let toks = &seg.tokens[s.tokens.clone()];
        for m in model.tag_sentence(text, toks) {
            out.push((surface(text, toks, &m), m.label));
        }
    }
    out
}

/// The same through `tag_document` over the whole text.
fn by_document(text: &str) -> Vec<(String, Label)> {
    let seg = newsledger_text::segment(text);
    let ranges: Vec<_> = seg.sentences.iter().map(|s| s.tokens.clone()).collect();
    let tagged = Model::english().tag_document(text, &seg.tokens, &ranges);
    assert_eq!(tagged.len(), seg.sentences.len());
    let mut out = Vec::new();
    for (s, ms) in seg.sentences.iter().zip(&tagged) {
        let toks = &seg.tokens[s.tokens.clone()];
        for m in ms {
            out.push((surface(text, toks, m), m.label));
        }
    }
    out
}

fn surface(text: &str, toks: &[Token], m: &Mention) -> String {
    text[toks[m.tokens.start].start as usize..toks[m.tokens.end - 1].end as usize].to_string()
}

fn has(found: &[(String, Label)], name: &str, label: Label) -> bool {
    found.iter().any(|(s, l)| s == name && *l == label)
}

#[track_caller]
fn expect(text: &str, wanted: &[(&str, Label)]) {
    for found in [by_sentence(text), by_document(text)] {
        for (name, label) in wanted {
            assert!(has(&found, name, *label), "expected {name:?} as {label:?} in {text:?}; found {found:?}");
        }
    }
}

#[test]
fn finds_people_in_modern_news() {
    expect(
        "Mexican President Claudia Sheinbaum said on Tuesday that her government would not accept foreign troops.",
        &[("Claudia Sheinbaum", Label::Per), ("Mexican", Label::Misc)],
    );
    // Accents and a curly apostrophe (CoNLL has neither).
    expect(
        "Venezuela’s defense minister, Vladimir Padrino López, said the country would respond.",
        &[("Vladimir Padrino López", Label::Per), ("Venezuela", Label::Loc)],
    );
}

#[test]
fn finds_organisations_in_modern_news() {
    expect("Two officials told NBC News that the Pentagon had drawn up plans.", &[("NBC News", Label::Org), ("Pentagon", Label::Org)]);
    expect(
        "Joint Special Operations Command will oversee the training, a spokesman said.",
        &[("Joint Special Operations Command", Label::Org)],
    );
    expect("Prosecutors say Tren de Aragua smuggled migrants across the border.", &[("Tren de Aragua", Label::Org)]);
}

#[test]
fn reads_datelines_in_capitals() {
    expect("WASHINGTON, Nov. 3 — Senators from both parties questioned the plan.", &[("WASHINGTON", Label::Loc)]);
    expect("MEXICO CITY (Reuters) - The peso fell sharply on Friday.", &[("MEXICO CITY", Label::Loc), ("Reuters", Label::Org)]);
}

#[test]
fn title_case_headlines_are_not_one_long_name() {
    let text = "Navy Strikes Another Boat Off Venezuela as Tensions Rise";
    for found in [by_sentence(text), by_document(text)] {
        assert!(has(&found, "Venezuela", Label::Loc), "{found:?}");
        // Capitalised common words of the headline are not names.
        for word in ["Strikes", "Another", "Boat", "Tensions", "Rise"] {
            assert!(found.iter().all(|(s, _)| !s.contains(word)), "{word} tagged in {found:?}");
        }
    }
}

#[test]
fn plain_sentences_have_no_names() {
    assert!(by_sentence("The committee said prices rose by 3 percent last year.").is_empty());
    assert!(by_sentence("“We will respond,” she said, adding that talks would continue.").is_empty());
}

#[test]
fn document_mentions_index_their_sentence() {
    let text = "Rain fell all day. Officials in Kyiv met envoys from Poland.";
    let seg = newsledger_text::segment(text);
    let ranges: Vec<_> = seg.sentences.iter().map(|s| s.tokens.clone()).collect();
    let tagged = Model::english().tag_document(text, &seg.tokens, &ranges);
    assert_eq!(tagged.len(), 2);
    assert!(tagged[0].is_empty());
    let second = &seg.tokens[ranges[1].clone()];
    for m in &tagged[1] {
        assert!(m.tokens.end <= second.len());
    }
    let names: Vec<String> = tagged[1].iter().map(|m| surface(text, second, m)).collect();
    assert_eq!(names, ["Kyiv", "Poland"]);
}

#[test]
fn edge_cases_do_not_panic() {
    let model = Model::english();
    assert!(model.tag_sentence("", &[]).is_empty());
    // Out-of-range sentence ranges are skipped, not indexed.
    let (text, toks) = words_to_tokens(&["Paris", "."]);
    let out = model.tag_document(&text, &toks, &[0..2, 1..9]);
    assert_eq!(out.len(), 2);
    assert!(out[1].is_empty());
    // A token range that is not a char boundary yields an empty form.
    let text = "é";
    let bad = [Token { start: 0, end: 1, kind: newsledger_text::TokenKind::Word, space_before: false, newline_before: false }];
    let _ = model.tag_sentence(text, &bad);
    // Tagging is repeatable: no state leaks between calls.
    let s = "Officials in Kyiv met envoys from Poland .";
    let words: Vec<&str> = s.split(' ').collect();
    let (text, toks) = words_to_tokens(&words);
    assert_eq!(model.tag_sentence(&text, &toks), model.tag_sentence(&text, &toks));
}

#[test]
fn bundled_model_has_both_stages_and_a_compact_table() {
    let model = Model::english();
    assert!(model.has_document_stage());
    let (bytes, rows) = model.table_stats();
    assert!(rows > 10_000, "{rows} rows");
    assert!(bytes < 16 << 20, "{bytes} bytes in memory");
    let (words, phrases) = Lexicon::english().sizes();
    assert!(words > 100_000 && phrases > 50_000, "{words} words, {phrases} phrases");
}

#[test]
fn save_load_round_trip_tags_identically() {
    let model = Model::english();
    let mut bytes = Vec::new();
    model.save(&mut bytes).unwrap();
    let again = Model::load(&bytes, Lexicon::english()).unwrap();
    let text = "Two officials told NBC News in Washington that Claudia Sheinbaum had spoken to the Pentagon.";
    let seg = newsledger_text::segment(text);
    let ranges: Vec<_> = seg.sentences.iter().map(|s| s.tokens.clone()).collect();
    assert_eq!(model.tag_document(text, &seg.tokens, &ranges), again.tag_document(text, &seg.tokens, &ranges));
    assert_eq!(model.tag_sentence(text, &seg.tokens), again.tag_sentence(text, &seg.tokens));
}

#[test]
fn load_rejects_bad_files() {
    assert!(matches!(Model::load(b"not a model", Lexicon::english()), Err(NerError::Model(_))));
    let mut bytes = Vec::new();
    Model::english().save(&mut bytes).unwrap();
    bytes.truncate(bytes.len() / 2);
    assert!(Model::load(&bytes, Lexicon::english()).is_err());
}

#[test]
fn gazetteer_matches_multi_token_names_case_insensitively_but_needs_capitals() {
    let lex = Lexicon::english();
    let mut bufs = features::FeatureBuffers::default();
    let check = |bufs: &mut features::FeatureBuffers, words: &[&str]| {
        let (text, toks) = words_to_tokens(words);
        bufs.extract(&text, &toks, lex, 20);
        bufs.gazetteer_bits()
    };
    let country = lexicon::GazType::LocCountry as usize;
    // "United States": B then L of a country name.
    let g = check(&mut bufs, &["the", "United", "States", "said"]);
    assert_eq!(g[1] >> (country * 4) & 0xF, 1 << 0);
    assert_eq!(g[2] >> (country * 4) & 0xF, 1 << 2);
    let g = check(&mut bufs, &["UNITED", "STATES"]);
    assert_ne!(g[0] >> (country * 4) & 0xF, 0);
    // Lower-case "united states" is not a name.
    let g = check(&mut bufs, &["the", "united", "states", "of", "mind"]);
    assert_eq!(g[1] >> (country * 4) & 0xF, 0);
}

/// A tiny corpus written for this test, in CoNLL format.
fn toy_corpus() -> String {
    let people = [("Ana", "Ruiz"), ("Tom", "Berg"), ("Lena", "Ortiz"), ("Omar", "Haddad"), ("Kai", "Moreno"), ("Ivy", "Cole")];
    let places = ["Lima", "Oslo", "Quito", "Hanoi", "Dakar", "Perth"];
    let orgs = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay"];
    let mut s = String::new();
    for d in 0..6 {
        s.push_str("-DOCSTART- -X- O O\n\n");
        for k in 0..6 {
            let (f, l) = people[(d + k) % 6];
            let place = places[(d * 5 + k) % 6];
            let org = orgs[(d + 2 * k) % 6];
            s.push_str(&format!(
                "{f} NNP I-NP I-PER\n{l} NNP I-NP I-PER\nvisited VBD I-VP O\n{place} NNP I-NP I-LOC\nfor IN I-PP O\n{org} NNP I-NP I-ORG\n. . O O\n\n"
            ));
            s.push_str(&format!("The DT I-NP O\nreport NN I-NP O\nfrom IN I-PP O\n{org} NNP I-NP I-ORG\ncited VBD I-VP O\n{f} NNP I-NP I-PER\n. . O O\n\n"));
        }
    }
    s
}

#[test]
fn training_learns_a_toy_corpus_and_is_deterministic() {
    let data = parse(&toy_corpus()).unwrap();
    let config = TrainConfig { epochs: 4, hash_bits: 14, runs: 2, folds: 2, ..TrainConfig::default() };
    let mut reports = Vec::new();
    let model = train(&data, Some(&data), &config, Lexicon::english(), |r| reports.push(r.clone())).unwrap();
    let last = reports.iter().rev().find(|r| r.stage == "second").unwrap();
    assert!(last.dev_f1.unwrap() > 0.95, "{reports:?}");
    // An unseen sentence in the same pattern.
    let (text, toks) = words_to_tokens(&["Lena", "Ortiz", "visited", "Dakar", "for", "Hooli", "."]);
    let got = model.tag_sentence(&text, &toks);
    assert_eq!(
        got,
        vec![
            Mention { tokens: 0..2, label: Label::Per },
            Mention { tokens: 3..4, label: Label::Loc },
            Mention { tokens: 5..6, label: Label::Org }
        ]
    );
    // Same data and seed, same bytes.
    let again = train(&data, None, &config, Lexicon::english(), |_| {}).unwrap();
    let (mut a, mut b) = (Vec::new(), Vec::new());
    model.save(&mut a).unwrap();
    again.save(&mut b).unwrap();
    assert_eq!(a, b);
}

#[test]
fn training_rejects_bad_settings() {
    let data = parse(&toy_corpus()).unwrap();
    let bad_bits = TrainConfig { hash_bits: 40, ..TrainConfig::default() };
    assert!(train(&data, None, &bad_bits, Lexicon::english(), |_| {}).is_err());
    assert!(train(&[], None, &TrainConfig::default(), Lexicon::english(), |_| {}).is_err());
}
