//! Direct quotes and their speakers in shapes that news copy uses: split
//! quotes around a long attribution, pronoun speakers after other names,
//! names inside earlier quotes, colon introductions after a clause. Our own
//! sentences; every check must hold with and without the NER tagger.

mod common;

use common::{analyse_both, dump, quote, speaker};
use newsledger_model::QuoteKind;

/// Prints the passes' output for the file named in `QUOTES_DEBUG` (a
/// development aid; does nothing without the variable).
#[test]
fn debug_dump_from_env() {
    let Ok(path) = std::env::var("QUOTES_DEBUG") else { return };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    for (f, notes) in analyse_both(&text) {
        dump(&text, &f, &notes);
        println!("----");
    }
}

#[test]
fn split_quote_around_a_long_attribution_is_one_quote() {
    let text = "\"The harvest came in late this year,\" said Marta Quiroga Lind, a grain trader at Pampas Commodities in Rosario. \"Prices will stay high until spring.\"\n";
    for (f, _) in analyse_both(text) {
        let q = quote(&f, "The harvest came in late");
        assert!(q.text.contains("Prices will stay high"), "second part joined: {:?}", q.text);
        assert_eq!(q.kind, QuoteKind::Direct);
        assert!(speaker(&f, q).name.contains("Lind"), "{:?}", speaker(&f, q));
    }
}

#[test]
fn closing_mark_with_a_space_before_it_still_closes() {
    let text = "Traders expect the bidding to go on.\n\n\"This fight is not over yet, \" said Tobias Renner Holm, a partner at Fenwick Capital. \"Somebody will blink.\"\n";
    for (f, _) in analyse_both(text) {
        let q = quote(&f, "This fight is not over yet");
        assert!(q.text.contains("Somebody will blink"), "{:?}", q.text);
        assert!(speaker(&f, q).name.contains("Holm"), "{:?}", speaker(&f, q));
    }
}

#[test]
fn pronoun_speaker_is_the_subject_not_a_later_object_name() {
    let text = "Peter Lindqvist, the company's chief executive, said the board viewed Mr. Karl Baumann's offer as a serious one. \"I am glad that he made it,\" he said.\n";
    for (f, _) in analyse_both(text) {
        let q = quote(&f, "I am glad that he made it");
        assert!(speaker(&f, q).name.contains("Lindqvist"), "{:?}", speaker(&f, q));
    }
}

#[test]
fn names_inside_an_earlier_quote_are_not_antecedents() {
    let text = "\"Why wait any longer?\" asked Samir Haddad, a shopkeeper in Tanta. \"I think the Carter plan was a good one.\" Now, he says, \"it looks like nobody wants peace.\"\n";
    for (f, _) in analyse_both(text) {
        let q = quote(&f, "it looks like nobody wants peace");
        assert!(speaker(&f, q).name.contains("Haddad"), "{:?}", speaker(&f, q));
    }
}

#[test]
fn a_second_attribution_starts_a_second_quote() {
    let text = "\"The cost of waiting could be high,\" warns former trade negotiator Helen Okafor. But, she notes, \"If the talks fail, that is not the end.\"\n";
    for (f, _) in analyse_both(text) {
        let a = quote(&f, "The cost of waiting could be high");
        assert!(!a.text.contains("talks fail"), "two quotes, not one: {:?}", a.text);
        let b = quote(&f, "If the talks fail");
        assert_eq!(a.source, b.source);
    }
}

#[test]
fn a_quote_ending_its_sentence_is_not_attributed_by_a_new_statement_after_it() {
    let text = "\"People want something healthy,\" said analyst Rita Moreno of Delta Research. \"Oats, bran, fruit.\" Ms. Moreno said she expected sales to rise next year.\n";
    for (f, _) in analyse_both(text) {
        let q = quote(&f, "People want something healthy");
        assert!(q.text.contains("Oats, bran, fruit"), "the second sentence continues the quote: {:?}", q.text);
    }
}

#[test]
fn organisation_and_unknown_word_before_a_title() {
    let text = "\"Demand has peaked,\" says Goldman Sachs energy analyst Oliver Grant.\n";
    for (f, _) in analyse_both(text) {
        let q = quote(&f, "Demand has peaked");
        assert!(speaker(&f, q).name.contains("Oliver Grant"), "{:?}", speaker(&f, q));
    }
}
