//! Who did it, on sentences written for these tests: a possessive agent
//! ("Turkey's shelling of X"), a casualty verb's subject and object over the
//! attack noun after it, no actor taken from a clause subject that only
//! comments on an attack ("condemned the attack"), light verbs that do carry
//! it ("launched an attack"), and statement words used as adjectives ("the
//! most widely discussed topic") that report nothing. Also: a conditional
//! instruction inside a quote did not happen, and "charged with murder" is no
//! reported speech.

mod common;

use common::{analyze, entity_names as name};
use newsledger_model::{Event, EventType, Facts, Modality, QuoteKind};

fn of_type(f: &Facts, t: EventType) -> Vec<&Event> {
    f.events.iter().filter(|e| e.event_type == t).collect()
}

#[test]
fn a_possessive_names_the_attacker() {
    let f = analyze("The vote follows Turkey's bombing of Kurdish Workers' Party positions in northern Iraq last month.\n");
    let a = of_type(&f, EventType::Assault);
    assert_eq!(a.len(), 1, "{:#?}", f.events);
    let actor = name(&f, a[0].actor.as_deref());
    assert!(actor.contains("turkey"), "actor {actor:?} in {:#?}", a[0]);
}

#[test]
fn a_possessive_apostrophe_after_s_is_not_a_quote_mark() {
    let f = analyze("The protest follows the United States' killing of Abu Bakr al-Baghdadi in a raid in Syria.\n");
    let a = of_type(&f, EventType::Assault);
    assert_eq!(a.len(), 1, "{:#?}", f.events);
    assert!(name(&f, a[0].actor.as_deref()).contains("united states"), "{:#?}", a[0]);
    assert!(name(&f, a[0].target.as_deref()).contains("baghdadi"), "{:#?}", a[0]);
}

#[test]
fn the_casualty_verb_gives_the_roles_of_the_attack_noun_after_it() {
    let f = analyze("On Tuesday, Israeli forces killed Ahmed Yassin, founder of the movement Hamas, in an airstrike.\n");
    let a = of_type(&f, EventType::Assault);
    assert_eq!(a.len(), 1, "{:#?}", f.events);
    let target = name(&f, a[0].target.as_deref());
    // The actor is the group "Israeli forces" (IL), not the demonym as a NORP entity (events23).
    assert_eq!(a[0].actor, None, "{:#?}", a[0]);
    let group = a[0].actor_group.as_ref().map(|g| (g.text.as_str(), g.country.as_deref()));
    assert_eq!(group, Some(("Israeli forces", Some("IL"))), "{:#?}", a[0]);
    assert!(target.contains("yassin"), "target {target:?}");
}

#[test]
fn a_subject_commenting_on_an_attack_did_not_carry_it_out() {
    for s in [
        "The European Union condemned the attack on the refugee camp near Goma.\n",
        "Germany pointed to the March 3 attack on the embassy in Kabul as proof of the threat.\n",
    ] {
        let f = analyze(s);
        let a = of_type(&f, EventType::Assault);
        assert_eq!(a.len(), 1, "{s}: {:#?}", f.events);
        assert!(a[0].actor.is_none(), "{s}: actor {:?}", name(&f, a[0].actor.as_deref()));
    }
}

#[test]
fn a_light_verb_makes_its_subject_the_actor() {
    let f = analyze("Russia launched a massive drone attack on Kyiv overnight.\n");
    let a = of_type(&f, EventType::Assault);
    assert_eq!(a.len(), 1, "{:#?}", f.events);
    assert!(name(&f, a[0].actor.as_deref()).contains("russia"), "{:#?}", a[0]);
}

#[test]
fn a_statement_word_used_as_an_adjective_is_no_event() {
    let f = analyze("The arrest quickly became the most widely discussed topic on the social network VKontakte.\n");
    assert!(of_type(&f, EventType::Consult).is_empty(), "{:#?}", f.events);
}

#[test]
fn a_conditional_instruction_inside_a_quote_did_not_happen() {
    let f = analyze("She wrote to him once: \"If you cannot get a rifle because the guards are watching, take a truck and attack the checkpoint at night.\"\n");
    let a = of_type(&f, EventType::Assault);
    assert!(!a.is_empty(), "{:#?}", f.events);
    for e in a {
        assert_ne!(e.modality, Modality::Occurred, "{e:#?}");
    }
}

#[test]
fn charged_with_is_not_reported_speech() {
    for s in [
        "A man from Leeds, John Carter, appeared in Leeds Crown Court, England yesterday, charged with the murder of a shopkeeper.\n",
        "Prosecutors charged John Carter with the murder of a shopkeeper in Leeds.\n",
        "The Leeds police accused John Carter of the murder of a shopkeeper.\n",
    ] {
        let f = analyze(s);
        assert!(f.quotes.iter().all(|q| q.kind != QuoteKind::Indirect), "{s}: {:#?}", f.quotes);
    }
}

#[test]
fn reported_speech_gives_its_speaker_as_actor_only_through_a_pronoun() {
    let f = analyze("On Monday, Jacinda Ardern announced that her government will withdraw the troops from Iraq.\n");
    let r = of_type(&f, EventType::Retreat);
    assert_eq!(r.len(), 1, "{:#?}", f.events);
    assert!(name(&f, r[0].actor.as_deref()).contains("ardern"), "{:#?}", r[0]);

    let f = analyze("The regional prosecutor, Jean Martin, said the gunman was arrested at the station.\n");
    let a = of_type(&f, EventType::Coerce);
    assert_eq!(a.len(), 1, "{:#?}", f.events);
    assert!(!name(&f, a[0].actor.as_deref()).contains("martin"), "{:#?}", a[0]);
}

#[test]
fn the_country_naming_the_operation_of_a_passive_killing_is_the_actor() {
    let f = analyze("Officials said Abdul Rahman Yasin was killed in a French counter-terrorism operation in Mali.\n");
    let a = of_type(&f, EventType::Assault);
    assert_eq!(a.len(), 1, "{:#?}", f.events);
    assert!(name(&f, a[0].target.as_deref()).contains("yasin"), "{:#?}", a[0]);
    // (events24: the state, as a state_forces group of FR when the article
    // does not name France, not the bare word "French".)
    let state = a[0].actor_group.as_ref().and_then(|g| g.country.as_deref()) == Some("FR");
    assert!(name(&f, a[0].actor.as_deref()).contains("fr") || state, "{:#?}", a[0]);
    // The victim, not the relative named in an appositive.
    let f = analyze("Ahmed Yasin, son of the militia founder Omar Yasin, was killed in a French raid in Mali.\n");
    let a = of_type(&f, EventType::Assault);
    assert_eq!(a.len(), 1, "{:#?}", f.events);
    assert!(name(&f, a[0].target.as_deref()).contains("ahmed"), "{:#?}", a[0]);
    // A city in the same place names where, not who.
    let f = analyze("Officials said Abdul Rahman Yasin was killed in a Kabul bombing on Monday.\n");
    for e in of_type(&f, EventType::Assault) {
        assert!(!name(&f, e.actor.as_deref()).contains("kabul"), "{e:#?}");
    }
}
