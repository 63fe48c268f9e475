//! srcclaims34: who says so. A direct quote right after a colon belongs to
//! the sentence the colon ends (its frame, else its subject; a document's
//! issuer); a verb of telling with a gerund of perception ("described
//! witnessing 27 bodies") makes the teller the claimant; figures of
//! incidents on different dates do not dispute each other; an acronym in
//! parentheses after a speaker's name ("the World Health Organization
//! (WHO) told") is no boundary of the speaker phrase. Sentences written for
//! these tests.

mod common;

use common::{analyze, claim_with, claimant, quote, speaker};
use newsledger_model::ClaimStatus;

#[test]
fn a_quote_after_a_colon_has_the_subject_of_its_sentence_as_speaker() {
    for (text, starts, who) in [
        ("Flood waters rose across the valley on Tuesday.\n\nGovernor Maria Trent addressed the residents: \"Stay off the roads tonight and listen to the crews.\"", "Stay off", "Maria Trent"),
        ("The rescue ended on Sunday.\n\nFormer NASA engineer Paul Renner praised the rescuers on Twitter: \"They worked through the night without a break.\"", "They worked", "Paul Renner"),
        ("The vote was close.\n\nHowever, speaking to the assembly, Senator Jim Ross disagreed with the plan: \"This budget leaves the rural hospitals behind.\"", "This budget", "Jim Ross"),
        ("The council met on Monday.\n\nMayor Ellen Brandt spoke to the press after the meeting: \"We will rebuild the bridge by the spring.\"", "We will", "Ellen Brandt"),
    ] {
        let f = analyze(text);
        let q = quote(&f, starts);
        assert!(speaker(&f, q).name.contains(who), "{text}: {:#?}", speaker(&f, q));
    }
}

#[test]
fn a_quote_after_a_colon_on_the_line_before_has_its_frame() {
    let text = "The hospital reopened on Friday.\n\nHealth minister Anna Koval told reporters on Friday:\n\n\"We have enough beds for every patient who needs one.\"\n\nMayor Tom Hale said in a statement:\n\n\"The city will cover the cost of the repairs.\"";
    let f = analyze(text);
    assert!(speaker(&f, quote(&f, "We have")).name.contains("Anna Koval"), "{:#?}", f.quotes);
    assert!(speaker(&f, quote(&f, "The city")).name.contains("Tom Hale"), "{:#?}", f.quotes);
    // A frame too far back for the quote ("…told the press the vaccine was
    // only one part of the response: “…”").
    let text = "The outbreak slowed in May.\n\nDr. Lena Park of the Global Health Office told the press the vaccine was only one part of the long and costly response planned by the ministry for the coming year: \"Clean water will save more lives this year than any drug.\"";
    let f = analyze(text);
    assert!(speaker(&f, quote(&f, "Clean water")).name.contains("Lena Park"), "{:#?}", f.quotes);
}

#[test]
fn a_statement_read_after_a_colon_is_its_issuers() {
    let text = "A tanker hit a pier in the harbour.\n\nThe Harbor Authority issued a statement on Monday after the collision. The statement read: \"No crew members were hurt and the channel will reopen on Friday.\"";
    let f = analyze(text);
    assert!(speaker(&f, quote(&f, "No crew")).name.contains("Harbor Authority"), "{:#?}", f.sources);
    let text = "The strike entered its third week.\n\nThe union issued a statement on Friday. The statement read: \"Our members deserve answers about the safety checks.\"";
    let f = analyze(text);
    assert!(speaker(&f, quote(&f, "Our members")).name.to_lowercase().contains("union"), "{:#?}", f.sources);
}

#[test]
fn a_colon_with_no_one_named_leaves_the_quote_without_a_speaker() {
    for (text, starts) in [
        ("Rain fell all summer.\n\nThe study outlined the link between rainfall and crop yields: \"Yields fell in every season with less than half the usual rain.\"", "Yields fell"),
        ("Sales were banned last year.\n\nThe new law states: \"No person shall sell fireworks to a minor.\"", "No person"),
    ] {
        let f = analyze(text);
        assert!(quote(&f, starts).source.is_none(), "{text}: {:#?}", f.sources);
    }
    // The second of two joined clauses has a subject of its own.
    let text = "The label was sold in June.\n\nMoving forward, Swift has a new record deal, and the company will be left to wonder: \"What did we do to deserve this?\"";
    let f = analyze(text);
    assert!(quote(&f, "What did").source.as_deref().is_none_or(|id| !f.sources.iter().any(|s| &s.id == id && s.name.contains("Swift"))), "{:#?}", f.sources);
}

#[test]
fn a_verb_of_telling_with_a_gerund_of_perception_makes_the_teller_the_claimant() {
    for (text, v, who) in [
        ("A bomb exploded near the market on Sunday. Ahmad Rahimi, a member of the district council, described witnessing 27 bodies at the main hospital.", 27.0, "Ahmad Rahimi"),
        ("A fire swept through the camp. Aid worker Lisa Moran described seeing 14 bodies near the gate.", 14.0, "Lisa Moran"),
        ("The storm hit the coast at night. Fisherman Jon Eades described finding 6 bodies on the beach.", 6.0, "Jon Eades"),
    ] {
        let f = analyze(text);
        let c = claim_with(&f, v);
        assert!(claimant(&f, c).is_some_and(|n| n.contains(who)), "{text}: {c:#?} {:#?}", f.sources);
        assert_eq!(c.status, ClaimStatus::Attributed, "{text}: {c:#?}");
    }
}

#[test]
fn figures_of_incidents_on_different_dates_do_not_dispute_each_other() {
    let text = "A car bomb was rammed into a military base in Kandar on Monday. Reuters reported Monday's attack the deadliest since an assault in Kandar in March 2016, with officials reporting at the time 80 soldiers, 40 civilians, and hundreds of rebels killed.\n\nOmar Said, spokesperson for the provincial governor, said the attack had killed twelve and injured twelve more.";
    let f = analyze(text);
    assert_eq!(claim_with(&f, 12.0).status, ClaimStatus::Attributed, "{:#?}", f.claims);
    assert_eq!(claim_with(&f, 200.0).status, ClaimStatus::Attributed, "{:#?}", f.claims);
    let text = "Gunmen stormed a hotel in Lome on Friday. The ministry said 12 guests were killed in the attack. A hospital official said 20 guests were killed in a 2017 attack on the same hotel.";
    let f = analyze(text);
    assert_eq!(claim_with(&f, 12.0).status, ClaimStatus::Attributed, "{:#?}", f.claims);
    assert_eq!(claim_with(&f, 20.0).status, ClaimStatus::Attributed, "{:#?}", f.claims);
    // The same incident still disputes.
    let text = "Gunmen stormed a hotel in Lome on Friday. The ministry said 12 guests were killed in the attack. A hospital official said 20 guests were killed in the attack.";
    let f = analyze(text);
    assert_eq!(claim_with(&f, 12.0).status, ClaimStatus::Disputed, "{:#?}", f.claims);
    assert_eq!(claim_with(&f, 20.0).status, ClaimStatus::Disputed, "{:#?}", f.claims);
}

#[test]
fn an_acronym_in_parentheses_after_the_speaker_is_no_boundary() {
    for (text, who) in [
        ("The outbreak slowed in May. The World Health Organization (WHO) said 40 new cases were found.", "World Health Organization"),
        ("Prices rose again. The National Statistics Office (NSO) reported 12 factories had closed.", "National Statistics Office"),
        ("The quake struck at dawn. Dr. Ines Morel of the Seismic Survey (SSV) told reporters 3 people were hurt.", "Ines Morel"),
    ] {
        let f = analyze(text);
        let c = f.claims.iter().find(|c| !c.quantities.is_empty()).unwrap_or_else(|| panic!("{text}: no claim"));
        assert!(claimant(&f, c).is_some_and(|n| n.contains(who)), "{text}: {c:#?} {:#?}", f.sources);
    }
}
