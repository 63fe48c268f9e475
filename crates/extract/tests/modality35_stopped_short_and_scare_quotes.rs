//! Events the text says did not happen, or not yet, though no "not" stands
//! next to them: an act that "almost" happened, a negation that opens the
//! clause and inverts its verb ("At no time did …"), a deal that "has proved
//! elusive", "future talks"; and scare quotes, which do not end a clause
//! ("would \"pave the way\" for talks"); and "May" the month or the name is
//! no modal verb. Our own sentences, one article each.

mod common;

use common::analyze;
use newsledger_model::{EventType, Modality};

/// Modality of the one event of `kind` whose trigger word is `trigger`.
fn modality_of(text: &str, trigger: &str, kind: EventType) -> Modality {
    let f = analyze(text);
    let events: Vec<_> = f.events.iter().filter(|e| e.event_type == kind && e.trigger == trigger).collect();
    assert_eq!(events.len(), 1, "{text:?}: {:#?}", f.events);
    events[0].modality
}

#[test]
fn an_act_that_almost_happened_did_not() {
    let cases = [
        ("Witnesses said the gunman almost killed two guards near the bridge.\n", "killed"),
        ("The convoy was nearly attacked twice on the road to the border.\n", "attacked"),
        ("The mayor had almost been shot during the march, his office said.\n", "shot"),
    ];
    for (text, trigger) in cases {
        assert_eq!(modality_of(text, trigger, EventType::Assault), Modality::Negated, "{text:?}");
    }
    // Before a number the adverb bounds a count, and the killing happened.
    let text = "Nearly 40 villagers were killed on Sunday, the governor said.\n";
    assert_eq!(modality_of(text, "killed", EventType::Assault), Modality::Occurred, "{text:?}");
}

#[test]
fn a_negation_that_opens_the_clause_and_inverts_the_verb_negates_it() {
    let cases = [
        ("At no time did the council of the northern provinces agree to the merger, its chairman wrote.\n", "agree", EventType::Agree),
        ("Under no circumstances will the army attack the camp, the minister said.\n", "attack", EventType::Assault),
        ("Never have the rebels attacked a school, their spokesman claimed.\n", "attacked", EventType::Assault),
    ];
    for (text, trigger, kind) in cases {
        assert_eq!(modality_of(text, trigger, kind), Modality::Negated, "{text:?}");
    }
    // "no" as a determiner elsewhere leaves the verb alone.
    let text = "With no warning, soldiers attacked the village at dawn.\n";
    assert_eq!(modality_of(text, "attacked", EventType::Assault), Modality::Occurred, "{text:?}");
}

#[test]
fn what_proved_elusive_was_not_achieved() {
    let cases = [
        ("A lasting ceasefire agreement has proved elusive for the two militias.\n", "ceasefire"),
        ("A final deal remained out of reach after a week of meetings in Doha.\n", "deal"),
    ];
    for (text, trigger) in cases {
        assert_eq!(modality_of(text, trigger, EventType::Agree), Modality::Negated, "{text:?}");
    }
}

#[test]
fn a_prospective_adjective_puts_the_event_ahead() {
    let cases = [
        ("The envoys left the question of prisoners for future talks with the militia.\n", "talks", EventType::Consult),
        ("The forthcoming visit of the president was announced by his office.\n", "visit", EventType::Consult),
    ];
    for (text, trigger, kind) in cases {
        assert_eq!(modality_of(text, trigger, kind), Modality::Planned, "{text:?}");
    }
    // "later talks" may be told of the past.
    let text = "Later talks between the two sides collapsed in March.\n";
    assert_eq!(modality_of(text, "talks", EventType::Consult), Modality::Occurred, "{text:?}");
}

#[test]
fn scare_quotes_do_not_end_the_clause() {
    // Under "would", across quoted words.
    let text = "The minister said the exchange would \"open the door\" to direct talks with the rebels.\n";
    assert_eq!(modality_of(text, "talks", EventType::Consult), Modality::Planned, "{text:?}");
    // A quote after a reporting verb is speech: the clause ends there.
    let text = "The colonel said \"we attacked the depot\" and left the room.\n";
    assert_eq!(modality_of(text, "attacked", EventType::Assault), Modality::Occurred, "{text:?}");
}

#[test]
fn may_the_month_or_the_name_is_no_modal() {
    let cases = [
        ("Police in May arrested the mayor of the coastal town.\n", "arrested", EventType::Coerce, Modality::Occurred),
        ("On May 5 rebels attacked the convoy near the river.\n", "attacked", EventType::Assault, Modality::Occurred),
        ("Prime Minister Clara May agreed to the plan, her office said.\n", "agreed", EventType::Agree, Modality::Occurred),
        // The modal still counts, lower case or opening a question.
        ("Rebels may attack the convoy near the river.\n", "attack", EventType::Assault, Modality::Possible),
        ("May rebels attack the convoy without warning?\n", "attack", EventType::Assault, Modality::Possible),
    ];
    for (text, trigger, kind, modality) in cases {
        assert_eq!(modality_of(text, trigger, kind), modality, "{text:?}");
    }
}

#[test]
fn what_is_speculated_is_only_possible() {
    let cases = [
        ("Officials urged reporters to stop speculating that the freighter had been hijacked.\n", "hijacked"),
        ("There was speculation that the airliner was shot down by a missile.\n", "shot down"),
    ];
    for (text, trigger) in cases {
        assert_eq!(modality_of(text, trigger, EventType::Assault), Modality::Possible, "{text:?}");
    }
}
