//! Claim statuses the twentieth session left wrong (claims21): a denial
//! that reaches a later clause with a claimant of its own, a denial of a
//! link or a role read as a denial of the events it names, two figures for
//! a crowd that did not dispute each other, and a place after an unnamed
//! person taken for the speaker. Our own sentences.

mod common;

use common::{analyze, claim_with, claimant};
use newsledger_model::ClaimStatus;

#[test]
fn a_denial_stays_in_its_own_clause() {
    for (text, value, who) in [
        ("Hamas denied the report, and Israel put the number at 40.", 40.0, "Israel"),
        ("The rebels denied the claim, but the army said 25 fighters were captured.", 25.0, "the army"),
        ("The ministry denied the account, while the monitor said 18 civilians died.", 18.0, "the monitor"),
    ] {
        let f = analyze(text);
        let c = claim_with(&f, value);
        assert_ne!(c.status, ClaimStatus::Denied, "{text}: {c:#?}");
        assert_eq!(claimant(&f, c).as_deref().map(str::to_lowercase), Some(who.to_lowercase()), "{text}: {c:#?} {:#?}", f.sources);
    }
    // Still denied: the denied clause itself, and a report named by the denial.
    for (text, value) in [("The ministry denied that 30 people were killed in the raid.", 30.0), ("The army denied reports that 15 soldiers had died, and it called them lies.", 15.0)] {
        let f = analyze(text);
        assert_eq!(claim_with(&f, value).status, ClaimStatus::Denied, "{text}: {:#?}", f.claims);
    }
}

#[test]
fn a_denied_link_or_role_does_not_deny_the_events() {
    // (claims27: a figure in the subject of a denied link — "denies the
    // two explosions are related" — stands in the clause denied, so that
    // claim is the denier's denial; see claims27_denials_and_agents.rs.)
    for (text, value) in [
        ("The group denied involvement in the attack that killed 12 people.", 12.0),
        ("The army denied any link between the blasts that killed 9 people.", 9.0),
        ("The militia denied responsibility for the ambush in which 6 police officers died.", 6.0),
    ] {
        let f = analyze(text);
        let c = claim_with(&f, value);
        assert_ne!(c.status, ClaimStatus::Denied, "{text}: {c:#?}");
    }
    // The denier of a link does not say what the outlet narrates.
    let f = analyze("The group denied involvement in the attack that killed 12 people.");
    assert!(claimant(&f, claim_with(&f, 12.0)).is_none(), "{:#?}", f.claims);
    // A denied happening stays denied.
    for (text, value) in [("The FSB denies that two explosions took place.", 2.0), ("The army denied that 9 people were killed in the blasts.", 9.0)] {
        let f = analyze(text);
        assert_eq!(claim_with(&f, value).status, ClaimStatus::Denied, "{text}: {:#?}", f.claims);
    }
}

#[test]
fn two_figures_for_one_crowd_dispute_each_other() {
    for (text, a, b) in [
        ("Police estimated the crowd at 20,000, while organisers said 100,000 attended.", 20000.0, 100000.0),
        ("Organisers said 50,000 people marched, but police put the turnout at 8,000.", 50000.0, 8000.0),
    ] {
        let f = analyze(text);
        assert_eq!(claim_with(&f, a).status, ClaimStatus::Disputed, "{text}: {:#?}", f.claims);
        assert_eq!(claim_with(&f, b).status, ClaimStatus::Disputed, "{text}: {:#?}", f.claims);
    }
    // One source, or the same figure, is no dispute.
    let f = analyze("Police estimated the crowd at 20,000 and said 20,000 attended.");
    assert!(f.claims.iter().all(|c| c.status != ClaimStatus::Disputed), "{:#?}", f.claims);
}

#[test]
fn an_unnamed_person_in_a_place_is_the_source() {
    for (text, value, name) in [
        ("A school principal in Ohio said 30 pupils were sent home.", 30.0, "A school principal in Ohio"),
        ("A nurse at a hospital in Kabul said 9 children were hurt.", 9.0, "A nurse at a hospital in Kabul"),
        ("A shopkeeper in Mosul said 4 shops were looted.", 4.0, "A shopkeeper in Mosul"),
    ] {
        let f = analyze(text);
        assert_eq!(claimant(&f, claim_with(&f, value)).as_deref(), Some(name), "{text}: {:#?}", f.sources);
    }
    // A named body in a place is still the body.
    let f = analyze("The Health Ministry in Gaza said 14 people died.");
    assert!(claimant(&f, claim_with(&f, 14.0)).is_some_and(|c| c.contains("Health Ministry")), "{:#?}", f.sources);
}

#[test]
fn a_denial_does_not_reach_the_deniers_own_figure_nor_an_earlier_clause() {
    // "…, saying 4 officers were wounded": the denier's own statement.
    for (text, value) in [
        ("The government denied that its forces fired on protesters, saying 4 officers were wounded.", 4.0),
        ("The navy denied the collision took place, adding that 2 sailors were rescued.", 2.0),
    ] {
        let f = analyze(text);
        assert_eq!(claim_with(&f, value).status, ClaimStatus::Attributed, "{text}: {:#?}", f.claims);
    }
    // A later denial with a clause of its own does not reach the earlier claim …
    for (text, value) in [
        ("Residents said 12 houses were burned, but the governor denied the houses were targeted.", 12.0),
        ("Authorities said 5 suspects were held, and they denied that any were tortured.", 5.0),
    ] {
        let f = analyze(text);
        assert_ne!(claim_with(&f, value).status, ClaimStatus::Denied, "{text}: {:#?}", f.claims);
    }
    // … but a denial of the claim itself does.
    for (text, value) in [("Rebels said they shot down two helicopters, a claim the government denied.", 2.0), ("The ministry said 200 people were evacuated, a number the mayor denied.", 200.0)] {
        let f = analyze(text);
        assert_eq!(claim_with(&f, value).status, ClaimStatus::Denied, "{text}: {:#?}", f.claims);
    }
}

#[test]
fn denying_a_role_or_knowledge_does_not_deny_the_figure() {
    for (text, value) in [
        ("The military denied carrying out the airstrike that killed 22 civilians.", 22.0),
        ("The regime denied using chemical weapons in the attack that killed 80 people.", 80.0),
        ("The police chief denied the officers were involved in the shooting of 3 teenagers.", 3.0),
        ("The minister denied he knew of the 3 payments.", 3.0),
    ] {
        let f = analyze(text);
        let c = claim_with(&f, value);
        assert_ne!(c.status, ClaimStatus::Denied, "{text}: {c:#?}");
    }
    // Denying the reports of the deaths denies them.
    let f = analyze("The military denied reports that 22 civilians were killed in the airstrike.");
    assert_eq!(claim_with(&f, 22.0).status, ClaimStatus::Denied, "{:#?}", f.claims);
}

#[test]
fn two_sides_giving_death_figures_in_one_sentence_dispute() {
    for (text, a, b) in [
        ("Activists said at least 60 people died in the crackdown; officials said 14 were killed.", 60.0, 14.0),
        ("The army said 8 soldiers died, and the rebels claimed 50 had been killed.", 8.0, 50.0),
        ("An official in Kabul said 9 people died, while a Taliban spokesman said 30 died.", 9.0, 30.0),
    ] {
        let f = analyze(text);
        assert_eq!(claim_with(&f, a).status, ClaimStatus::Disputed, "{text}: {:#?}", f.claims);
        assert_eq!(claim_with(&f, b).status, ClaimStatus::Disputed, "{text}: {:#?}", f.claims);
    }
    // Different outcomes, or one source, are no dispute.
    for text in ["Officials said 9 people died and 30 were wounded.", "The army said 8 soldiers died, and the rebels said 50 had been captured."] {
        let f = analyze(text);
        assert!(f.claims.iter().all(|c| c.status != ClaimStatus::Disputed), "{text}: {:#?}", f.claims);
    }
}
