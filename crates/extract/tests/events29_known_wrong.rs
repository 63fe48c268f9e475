//! Event readings put right in the twenty-ninth session (see
//! `docs/bench/events.md`, "events29"): infinitives that are no plans ("the
//! first mayor to refuse", "helped negotiate", "used to demand"), an aside
//! between commas inside "condemned many farmers, ..., to", the subject of a
//! coordinated verb, candidates who withdraw, participles that describe
//! people ("guarding captured fighters"), a date in a "which" clause about
//! something else, technical senses of "support" and "aid", habits told in
//! the present, the object of "failed to mention", and two roles (a town
//! named as the one arrested, a first person who does not act). Sentences
//! written for these tests; the article is dated 2025-03-10.

mod common;

use common::{analyze, entity_names};
use newsledger_model::{Event, EventType, Facts, Modality};

fn events_of(text: &str, event_type: EventType) -> (Vec<Event>, Facts) {
    let f = analyze(text);
    (f.events.iter().filter(|e| e.event_type == event_type).cloned().collect(), f)
}

fn one(text: &str, event_type: EventType) -> (Event, Facts) {
    let (found, f) = events_of(text, event_type);
    assert_eq!(found.len(), 1, "{event_type:?} in {text}: {:#?}", f.events);
    (found[0].clone(), f)
}

fn assert_none(texts: &[&str], event_type: EventType) {
    for text in texts {
        let (found, _) = events_of(text, event_type);
        assert!(found.is_empty(), "{event_type:?} in {text}: {found:#?}");
    }
}

#[test]
fn an_infinitive_after_first_last_or_only_is_no_plan() {
    for text in [
        "Ortega was the first mayor to refuse the offer since 1998.\n",
        "She was the only minister to reject the budget last year.\n",
    ] {
        let (e, _) = one(text, EventType::Reject);
        assert_eq!(e.modality, Modality::Occurred, "{text}");
    }
    let text = "This is not the first lawsuit to be filed against the curfew.\n";
    let (e, _) = one(text, EventType::Coerce);
    assert_ne!(e.modality, Modality::Planned, "{text}");
    // A plan stays a plan.
    let (e, _) = one("The council plans to reject the offer.\n", EventType::Reject);
    assert_eq!(e.modality, Modality::Planned);
}

#[test]
fn a_habit_in_the_past_and_what_was_helped_along_happened() {
    let text = "At the checkpoint they used to demand bribes from every driver.\n";
    let (e, _) = one(text, EventType::Request);
    assert_eq!(e.modality, Modality::Occurred, "{text}");
    let text = "Nine years ago the envoy helped negotiate the ceasefire between the two militias.\n";
    let (e, _) = one(text, EventType::Agree);
    assert_eq!(e.modality, Modality::Occurred, "{text}");
    // "help" in the present still leads to something ahead.
    let text = "The envoy will help negotiate a ceasefire between the two militias.\n";
    let (e, _) = one(text, EventType::Agree);
    assert_eq!(e.modality, Modality::Planned, "{text}");
}

#[test]
fn an_aside_between_commas_does_not_hide_the_doom() {
    assert_none(&["The drought has condemned many farmers, most of them from the north, to years of poverty.\n"], EventType::Accuse);
    // Denouncing stays an accusation.
    let (e, _) = one("The minister condemned the attack on the convoy, calling it cowardly.\n", EventType::Accuse);
    assert_eq!(e.modality, Modality::Occurred);
}

#[test]
fn a_coordinated_verb_shares_the_first_verbs_subject() {
    let text = "Peru issued arrest warrants for ten men involved in the murder of activist Juan Ortiz in March and demanded help from Interpol.\n";
    let (e, f) = one(text, EventType::Request);
    let actor = entity_names(&f, e.actor.as_deref());
    assert!(actor.contains("peru"), "{text}: actor {actor}");
}

#[test]
fn a_candidate_who_withdraws_makes_no_retreat() {
    assert_none(
        &[
            "Senator Mary Quinn withdrew from the race for governor in March.\n",
            "Dana Ruiz sought the party's nomination but withdrew before the primaries.\n",
            "The party nominated a ticket of Tom Reyes and Ann Cole. Reyes withdrew in June.\n",
        ],
        EventType::Retreat,
    );
    // Troops that withdraw still retreat, also in an election year.
    let (e, _) = one("The army withdrew its troops from the town before the election.\n", EventType::Retreat);
    assert_eq!(e.modality, Modality::Occurred);
}

#[test]
fn a_participle_describing_people_is_no_new_arrest() {
    assert_none(
        &["Ankara would take over guarding captured rebel fighters in the camps.\n", "The army began guarding detained Houthi fighters in the camps.\n"],
        EventType::Coerce,
    );
    let (e, _) = one("Police captured three rebel fighters in the hills on Monday.\n", EventType::Coerce);
    assert_eq!(e.modality, Modality::Occurred);
}

#[test]
fn a_date_in_a_which_clause_about_something_else_does_not_date_the_event() {
    let text = "Soldiers shelled the village, which was captured in January.\n";
    let f = analyze(text);
    let e = f.events.iter().find(|e| e.trigger == "shelled").unwrap_or_else(|| panic!("{:#?}", f.events));
    assert_ne!(e.date.as_ref().and_then(|d| d.value.clone()).as_deref(), Some("2025-01"), "{text}");
    // A which-clause about the event itself still dates it.
    let text = "The attack on the convoy, which took place on March 3, killed four guards.\n";
    let f = analyze(text);
    let e = f.events.iter().find(|e| e.trigger == "attack").unwrap_or_else(|| panic!("{:#?}", f.events));
    assert_eq!(e.date.as_ref().and_then(|d| d.value.clone()).as_deref(), Some("2025-03-03"), "{text}");
}

#[test]
fn technical_support_and_aid_in_a_task_are_no_events() {
    assert_none(&["Engineers are adding new valves to the pipes to aid in shutdowns.\n"], EventType::Aid);
    assert_none(
        &["The company supported the old processors until last year.\n", "The browser supported architectures are listed on the site.\n"],
        EventType::Support,
    );
    let (e, _) = one("The United States supported the rebels in the north.\n", EventType::Support);
    assert_eq!(e.modality, Modality::Occurred);
}

#[test]
fn a_habit_told_in_the_present_is_no_happening() {
    assert_none(&["G20 meetings usually center on trade.\n", "Ministers often meet in Brussels to discuss the budget.\n"], EventType::Consult);
    let (e, _) = one("The ministers met in Brussels on Monday.\n", EventType::Consult);
    assert_eq!(e.modality, Modality::Occurred);
}

#[test]
fn what_one_fails_to_mention_was_still_made() {
    let text = "The senator failed to mention his own request for the funds.\n";
    let (e, _) = one(text, EventType::Request);
    assert_eq!(e.modality, Modality::Occurred, "{text}");
    let (e, _) = one("The senator did not make a request for the funds.\n", EventType::Request);
    assert_eq!(e.modality, Modality::Negated);
}

#[test]
fn a_town_before_a_noun_is_not_the_one_arrested() {
    for text in ["Police arrested a Houston man on Monday after a raid in Texas.\n", "Police in Texas arrested a 32-year-old Houston man on Monday.\n"] {
        let (e, f) = one(text, EventType::Coerce);
        let target = entity_names(&f, e.target.as_deref());
        assert!(!target.contains("houston"), "{text}: target {target}");
    }
}

#[test]
fn a_speaker_who_only_mentions_an_event_noun_does_not_act() {
    for text in ["“I am not a fan of the curfew,” said Mayor Ana Lima.\n", "“During my childhood there was a curfew in the town,” said Mayor Ana Lima.\n"] {
        let (e, f) = one(text, EventType::Coerce);
        let actor = entity_names(&f, e.actor.as_deref());
        assert!(!actor.contains("lima"), "{text}: actor {actor}");
    }
    // The speaker's own deed stays the speaker's.
    let text = "“We launched the raid at dawn,” said General Ana Lima.\n";
    let (e, f) = one(text, EventType::Assault);
    assert!(entity_names(&f, e.actor.as_deref()).contains("lima"), "{text}");
}
