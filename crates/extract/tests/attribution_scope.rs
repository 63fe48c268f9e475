//! How far a speaker's attribution reaches: the quoted parts of a quote and
//! the clause a speech verb reports, not the narration between the parts of
//! a split quote, and not the game statistics after "added a goal". Our own
//! sentences.

mod common;

use common::{analyze, claim_with};
use newsledger_model::{Claim, Facts};

/// The claim whose numbers include `value`.
fn claimant<'f>(f: &'f Facts, c: &Claim) -> Option<&'f str> {
    let id = c.source.as_ref()?;
    f.sources.iter().find(|s| &s.id == id).map(|s| s.name.as_str())
}

#[test]
fn narration_between_the_parts_of_a_split_quote_is_the_outlets() {
    let text = "The port reopened on Monday. “We lost a week,” harbour master Lena Ortiz said, “but the cranes are working again.” The port has lost 40 ships to rival harbours since March: “They will come back once the queue is gone.”\n";
    let f = analyze(text);
    // The quote itself still has its speaker.
    let q = f.quotes.iter().find(|q| q.text.starts_with("We lost a week")).unwrap_or_else(|| panic!("{:#?}", f.quotes));
    assert!(q.source.is_some(), "{q:#?}");
    let c = claim_with(&f, 40.0);
    assert_eq!(claimant(&f, c), None, "narration is no one's statement: {c:#?} {:#?}", f.sources);
}

#[test]
fn a_quoted_paragraph_after_its_speaker_keeps_the_speaker() {
    let text = "Northfield Rovers said in a statement: “Our new coach has won 12 trophies in eight years.\n\n“He has managed teams in four countries.”\n";
    let f = analyze(text);
    for v in [12.0, 4.0] {
        let c = claim_with(&f, v);
        assert!(claimant(&f, c).is_some_and(|n| n.contains("Rovers")), "{c:#?} {:#?}", f.sources);
    }
}

#[test]
fn added_with_a_plain_object_is_no_speech() {
    let text = "Hawks 4, Owls 2: Mara Lind scored twice, Tove Berg added a goal as the Hawks beat the Owls, and Ida Sand stopped 31 shots. Kaisa Holm added her ninth for the Hawks, and Nora Vik made 27 saves.\n";
    let f = analyze(text);
    for v in [31.0, 27.0] {
        let c = claim_with(&f, v);
        assert_eq!(claimant(&f, c), None, "game statistics are the outlet's: {c:#?} {:#?}", f.sources);
    }
    assert!(f.quotes.iter().all(|q| !q.text.contains("goal") && !q.text.contains("ninth")), "{:#?}", f.quotes);
}

#[test]
fn added_with_a_reported_clause_is_speech() {
    for text in [
        "Police closed the road. The chief added two officers were hurt in the crash.\n",
        "Police closed the road. The chief added that two officers were hurt in the crash.\n",
        "Police closed the road. The chief added three officers died in the crash.\n",
    ] {
        let f = analyze(text);
        let v = if text.contains("three") { 3.0 } else { 2.0 };
        let c = claim_with(&f, v);
        assert!(claimant(&f, c).is_some_and(|n| n.contains("chief")), "{text}: {c:#?} {:#?}", f.sources);
    }
}

#[test]
fn a_sentence_that_goes_on_with_the_speakers_words_stays_the_speakers() {
    let text = "“The mill could have stayed open,” Jonas Ek, the union's secretary, said, “if the owners had invested” and hired 300 more workers. “They chose not to.”\n";
    let f = analyze(text);
    let c = claim_with(&f, 300.0);
    assert!(claimant(&f, c).is_some_and(|n| n.contains("Ek")), "{c:#?} {:#?}", f.sources);
}

#[test]
fn posting_a_message_is_speech() {
    let text = "Mayor Ana Silva posted a message on Facebook blaming the storm for 14 deaths in the valley.\n";
    let f = analyze(text);
    let c = claim_with(&f, 14.0);
    assert!(claimant(&f, c).is_some_and(|n| n.contains("Silva")), "{c:#?} {:#?}", f.sources);
}
