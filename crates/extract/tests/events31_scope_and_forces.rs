//! What a cue governs and whose forces are deployed: a participle clause on
//! a noun stays outside what was refused, a clause of its own after a comma
//! leaves an earlier modal behind, bare verbs that end like nouns are still
//! verbs after "to", "with a view to" tells a purpose, a building taken is
//! a seizure, and forces named by their country are that country's own.
//! Sentences written for these tests.

mod common;

use common::{analyze_dated, by_trigger};
use newsledger_model::{EventType, Modality};

#[test]
fn a_participle_on_a_noun_is_outside_what_was_refused() {
    let text = "The minister refused to attend a ceremony for police officers killed during the riots.\n";
    let f = analyze_dated(text, "2024-03-02");
    let killed = by_trigger(&f, text, "killed");
    assert_eq!(killed.modality, Modality::Occurred, "{killed:#?}");
    // What was refused itself did not happen.
    let attend = f.events.iter().find(|e| &text[e.evidence.start..e.evidence.end] == "attend");
    assert!(attend.is_none_or(|e| e.modality == Modality::Negated), "{attend:#?}");
}

#[test]
fn a_participle_under_a_possibility_stays_possible() {
    let text = "The slowdown could end hopes of a recovery in exports supported by state loans, the bank said.\n";
    let f = analyze_dated(text, "2024-03-02");
    let supported = by_trigger(&f, text, "supported");
    assert_ne!(supported.modality, Modality::Occurred, "{supported:#?}");
}

#[test]
fn a_clause_of_its_own_after_a_comma_leaves_the_modal_behind() {
    let text = "Whoever would pass the checkpoint, they used to demand a fee from them.\n";
    let f = analyze_dated(text, "2024-03-02");
    let demand = by_trigger(&f, text, "demand");
    assert_eq!(demand.modality, Modality::Occurred, "{demand:#?}");
}

#[test]
fn an_object_pronoun_after_the_modal_opens_no_clause() {
    let text = "The rules would leave it exposed to protests from farmers.\n";
    let f = analyze_dated(text, "2024-03-02");
    let protests = by_trigger(&f, text, "protests");
    assert_ne!(protests.modality, Modality::Occurred, "{protests:#?}");
}

#[test]
fn a_verb_that_ends_like_a_noun_is_still_a_verb_after_to() {
    let text = "Months of lobbying did not persuade the council to sanction the mining company.\n";
    let f = analyze_dated(text, "2024-03-02");
    let sanction = by_trigger(&f, text, "sanction");
    assert_eq!(sanction.event_type, EventType::Sanction);
    assert_ne!(sanction.modality, Modality::Occurred, "{sanction:#?}");
}

#[test]
fn with_a_view_to_tells_a_purpose() {
    let text = "Such warrants ask police forces to detain a suspect with a view to extradition to the requesting state.\n";
    let f = analyze_dated(text, "2024-03-02");
    let extradition = by_trigger(&f, text, "extradition");
    assert_ne!(extradition.modality, Modality::Occurred, "{extradition:#?}");
}

#[test]
fn a_building_captured_is_seized_not_arrested() {
    let text = "In 1983 the militia captured the consulate and held it for a week.\n";
    let f = analyze_dated(text, "2024-03-02");
    let captured = by_trigger(&f, text, "captured");
    assert_eq!(captured.mode.as_deref(), Some("seizure"), "{captured:#?}");
}

#[test]
fn a_vaccination_campaign_is_no_mobilisation_of_forces() {
    let text = "Health workers described a mass mobilisation campaign against measles in the villages.\n";
    let f = analyze_dated(text, "2024-03-02");
    assert!(f.events.iter().all(|e| e.event_type != EventType::Mobilize), "{:#?}", f.events);
}

#[test]
fn forces_named_by_their_country_are_that_countrys_own() {
    let text = "The pact between Chad and Niger allowed French army deployments in Mali.\n\n\
Officials said the plan of sending Belgian soldiers to Congo breaks the accord.\n";
    let f = analyze_dated(text, "2024-03-02");
    let deployments = by_trigger(&f, text, "deployments");
    assert_eq!(deployments.actor_group.as_ref().and_then(|g| g.country.as_deref()), Some("FR"), "{deployments:#?}");
    assert!(deployments.actor.is_none(), "{deployments:#?}");
    let sending = by_trigger(&f, text, "sending");
    assert_eq!(sending.actor_group.as_ref().and_then(|g| g.country.as_deref()), Some("BE"), "{sending:#?}");
}

#[test]
fn a_part_of_a_craft_that_strikes_something_is_a_collision() {
    let text = "While taxiing, the wing of the airliner struck a fuel truck parked at the gate.\n";
    let f = analyze_dated(text, "2024-03-02");
    assert!(f.events.iter().all(|e| e.event_type != EventType::Assault), "{:#?}", f.events);
    // A weapon that strikes is still an attack.
    let text = "A missile struck a fuel depot near the port.\n";
    let f = analyze_dated(text, "2024-03-02");
    assert_eq!(by_trigger(&f, text, "struck").event_type, EventType::Assault);
}

#[test]
fn an_outlet_that_reports_is_not_the_actor_of_what_it_reports() {
    let text = "Radio Kivu reports the man who abducted the two nurses, Paul Mbeki, was sentenced on Monday.\n";
    let f = analyze_dated(text, "2024-03-02");
    let abducted = by_trigger(&f, text, "abducted");
    let actor = common::entity_names(&f, abducted.actor.as_deref());
    assert!(!actor.contains("radio kivu"), "{abducted:#?}");
}

#[test]
fn shooting_down_is_a_shoot_down() {
    let text = "The militia claimed responsibility for shooting down the transport plane.\n";
    let f = analyze_dated(text, "2024-03-02");
    let shot = by_trigger(&f, text, "shooting down");
    assert_eq!(shot.mode.as_deref(), Some("shoot-down"), "{shot:#?}");
    assert!(shot.actor_group.as_ref().is_some_and(|g| g.text == "militia"), "{shot:#?}");
}

#[test]
fn who_claims_responsibility_is_the_actor_past_an_aside() {
    let text = "Al-Shabaab, however, claimed responsibility for the bombing in the market.\n";
    let f = analyze_dated(text, "2024-03-02");
    let bombing = by_trigger(&f, text, "bombing");
    assert!(common::entity_names(&f, bombing.actor.as_deref()).contains("shabaab"), "{bombing:#?}");
    // (Its own article: a later "the raid" would point back to the bombing.)
    let text = "The armed group, the Allied Democratic Forces, claimed responsibility for the raid.\n";
    let f = analyze_dated(text, "2024-03-02");
    let raid = by_trigger(&f, text, "raid");
    assert!(common::entity_names(&f, raid.actor.as_deref()).contains("allied democratic forces"), "{raid:#?}");
}

#[test]
fn a_persons_name_before_a_noun_is_not_the_one_acted_on() {
    let text = "President Joseph Kabila spoke on Monday.\n\nProtests went on in the capital, where a Kabila supporter was shot on Tuesday.\n";
    let f = analyze_dated(text, "2024-03-02");
    let shot = by_trigger(&f, text, "shot");
    assert!(!common::entity_names(&f, shot.target.as_deref()).contains("kabila"), "{shot:#?}");
}

#[test]
fn who_claims_to_have_done_it_is_the_actor() {
    let text = "Armenia claimed to have killed about 400 enemy soldiers.\n";
    let f = analyze_dated(text, "2024-03-02");
    let killed = by_trigger(&f, text, "killed");
    assert!(common::entity_names(&f, killed.actor.as_deref()).contains("armenia"), "{killed:#?}");
}
