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

/// The hand-written ORG / MISC lists reach the features, each as its own
/// type: a club, a company, a party, an event, a religion, a language.
#[test]
fn organisation_and_misc_lists_mark_their_own_types() {
    use lexicon::GazType;
    let lex = Lexicon::english();
    let mut bufs = features::FeatureBuffers::default();
    let mut bits_of = |words: &[&str]| {
        let (text, toks) = words_to_tokens(words);
        bufs.extract(&text, &toks, lex, 20);
        bufs.gazetteer_bits()
    };
    let position = |g: lexicon::GazBits, ty: GazType| (g >> (ty as usize * 4)) & 0xF;
    let g = bits_of(&["Bayern", "Munich", "beat", "Ajax", "in", "the", "Champions", "League"]);
    assert_eq!(position(g[0], GazType::OrgSport), 1 << 0, "B of a club");
    assert_eq!(position(g[1], GazType::OrgSport), 1 << 2, "L of a club");
    assert_eq!(position(g[3], GazType::OrgSport), 1 << 3, "U of a club");
    assert_eq!(position(g[6], GazType::MiscEvent), 1 << 0);
    assert_eq!(position(g[2], GazType::OrgSport), 0);
    let g = bits_of(&["Pemex", "and", "Morena", "backed", "Catholic", "Arabic", "schools"]);
    assert_eq!(position(g[0], GazType::OrgCompany), 1 << 3);
    assert_eq!(position(g[2], GazType::OrgParty), 1 << 3);
    assert_eq!(position(g[4], GazType::MiscReligion), 1 << 3);
    assert_eq!(position(g[5], GazType::MiscLanguage), 1 << 3);
    assert_eq!(position(g[0], GazType::OrgParty), 0, "types stay apart");
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

/// The straightforward tagging path that `runtime.rs` replaces: every
/// token's features hashed and looked up per stage (`FeatureBuffers`,
/// `DocCounts`), every document pass run in full. Returns the first stage's
/// scores of every token and the final tags.
/// `scored`: the tokens the fast path scored (`gate.rs`; the others are O
/// and their emissions zero).
fn reference_tagging(
    model: &Model,
    text: &str,
    tokens: &[Token],
    sentences: &[Range<usize>],
    scored: &[bool],
) -> (Vec<[f32; NTAGS]>, Vec<u8>) {
    use crate::doc::{DocCounts, DocView};
    use crate::features::FeatureBuffers;
    let mut bufs = FeatureBuffers::default();
    let (mut first_emissions, mut lower, mut caps, mut first) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let (mut back, mut tags) = (Vec::new(), Vec::new());
    for r in sentences {
        let sent = &tokens[r.clone()];
        bufs.extract(text, sent, model.lexicon, model.bits);
        let sent_scored = &scored[r.clone()];
        let em: Vec<[f32; NTAGS]> = (0..sent.len())
            .map(|i| if sent_scored[i] { model.first.emission(bufs.token_features(i), &[]) } else { [0.0; NTAGS] })
            .collect();
        tags::viterbi_gated(&em, sent_scored, &model.first.trans, &model.legal, &mut back, &mut tags);
        for i in 0..sent.len() {
            lower.push(bufs.lower(i));
            caps.push(bufs.caps(i));
        }
        first.extend_from_slice(&tags);
        first_emissions.extend(em);
    }
    let second = model.second.as_ref().expect("document stage");
    let (mut counts, mut extra) = (DocCounts::default(), Vec::new());
    for _ in 0..DOCUMENT_PASSES {
        let view = DocView { lower: &lower, caps: &caps, first: &first };
        counts.fill(&view);
        let (mut next, mut g0) = (Vec::new(), 0);
        for r in sentences {
            let n = r.len();
            let em: Vec<[f32; NTAGS]> = (g0..g0 + n)
                .map(|g| {
                    if !scored[g] {
                        return [0.0; NTAGS];
                    }
                    extra.clear();
                    counts.features(&view, g, g0, g0 + n, model.bits, &mut extra);
                    let mut e = second.emission(&extra, &[]);
                    for (x, b) in e.iter_mut().zip(&first_emissions[g]) {
                        *x += b * model.first_weight;
                    }
                    e
                })
                .collect();
            tags::viterbi_gated(&em, &scored[g0..g0 + n], &model.second_trans, &model.legal, &mut back, &mut tags);
            next.extend_from_slice(&tags);
            g0 += n;
        }
        first = next;
    }
    (first_emissions, first)
}

/// Articles written for this test: a Title-Case headline (re-analysed in
/// lower case), an ALL-CAPS dateline, names repeated across sentences (the
/// document stage), numbers, quotes and gazetteer phrases.
const EQUIVALENCE_ARTICLES: [&str; 3] = [
    "Drone Strikes And Covert Operations Expand Along The Border\n\n\
     MEXICO CITY (Reuters) - Mexican President Claudia Sheinbaum said on Tuesday that her government \
     would not accept foreign troops. Sheinbaum spoke after the U.S. Department of Defense confirmed \
     surveillance flights over Sinaloa. \"We will defend our sovereignty,\" Sheinbaum told reporters in \
     Mexico City, adding that 1,200 soldiers had been sent to Culiacan. The Sinaloa Cartel and Tren de \
     Aragua were named by Washington as terrorist organisations in February.",
    "Results of the regional elections: Labour 34.2 per cent, Conservatives 29.8, Liberal Democrats 12.1. \
     Turnout in Manchester and Leeds was 41 percent. Prime Minister Keir Starmer thanked voters in \
     Manchester. Starmer said Labour would govern for everyone; the Conservatives conceded in Leeds.",
    "GENEVA - The World Health Organization warned on Friday that cholera cases in Sudan, Yemen and \
     Haiti rose by a third. WHO director Tedros Adhanom Ghebreyesus urged donors to act. Sudan's health \
     ministry said Doctors Without Borders would open two clinics in Khartoum. washington post editors \
     and the Washington Post newsroom were not involved.",
];

/// The fast path (word cache, resolved rows, skipped unchanged sentences,
/// structured Viterbi) reproduces the straightforward one exactly: the same
/// first-stage scores to the bit and the same final tags, with a cold and a
/// warm word cache.
#[test]
fn fast_path_matches_features() {
    let model = Model::english();
    let mut scratch = Scratch::default();
    for round in 0..2 {
        for text in EQUIVALENCE_ARTICLES {
            let seg = newsledger_text::segment(text);
            let ranges: Vec<Range<usize>> = seg.sentences.iter().map(|s| s.tokens.clone()).collect();
            let mut out = vec![Vec::new(); ranges.len()];
            model.tag_doc_with(&mut scratch, text, &seg.tokens, &ranges, true, &mut out);
            assert!(scratch.scored.iter().any(|&s| !s), "some tokens go unscored");
            let (ref_emissions, ref_tags) = reference_tagging(model, text, &seg.tokens, &ranges, &scratch.scored);
            assert_eq!(scratch.first_emissions.len(), ref_emissions.len());
            for (g, (fast, slow)) in scratch.first_emissions.iter().zip(&ref_emissions).enumerate() {
                let bits = |e: &[f32; NTAGS]| e.map(f32::to_bits);
                assert_eq!(bits(fast), bits(slow), "round {round}, token {g} of {text:?}");
            }
            assert_eq!(scratch.first, ref_tags, "round {round}: {text:?}");
            assert!(ref_tags.iter().any(|&t| t != tags::O), "the articles have names");
        }
    }
}

#[test]
fn saving_the_shipped_model_reproduces_its_file() {
    // The compressed writer and the flat form that build.rs compiles in share
    // the header code: a byte-identical round trip shows both agree.
    let shipped = include_bytes!("../data/en/ner.model");
    let mut saved = Vec::new();
    Model::english().save(&mut saved).expect("save to memory");
    assert!(saved == shipped.as_slice(), "saved {} bytes, shipped {}", saved.len(), shipped.len());
}
