//! events23: what a background phrase holds ("in response to / in
//! retaliation for / following X in P") belongs to X; a background event is
//! kept as its own; a sentence-initial "they" / "he" acts for the subject
//! of the sentence before; releases by captors have the captors as actor;
//! a demonym before a group head gives the group, not a NORP actor.
//! Sentences written for these tests; articles dated 2025-11-03 (a Monday).

mod common;

use common::by_trigger;
use newsledger_model::{Event, EventType, Facts, GroupCategory, Modality};

fn analyze(text: &str) -> Facts {
    common::analyze_dated(text, "2025-11-03")
}

fn place(e: &Event) -> Option<&str> {
    e.place.as_ref().map(|p| p.name.as_str())
}

fn date(e: &Event) -> Option<&str> {
    e.date.as_ref().and_then(|d| d.value.as_deref())
}

fn entity_text<'f>(f: &'f Facts, id: Option<&String>) -> Option<&'f str> {
    let id = id?;
    f.entities.iter().find(|e| &e.id == id).map(|e| e.text.as_str())
}

fn group(g: &Option<newsledger_model::GroupRole>) -> Option<(&str, GroupCategory)> {
    g.as_ref().map(|g| (g.text.as_str(), g.category))
}

#[test]
fn a_place_in_a_background_phrase_is_the_background_events() {
    // (text, main trigger, its place, background trigger, its place)
    for (text, main, main_place, bg, bg_place) in [
        ("Iran launched missiles at US bases in Iraq in response to the US airstrike in Baghdad on Friday.", "launched", Some("Iraq"), "airstrike", Some("Baghdad")),
        ("Militants bombed a bus station in Quetta in retaliation for a drone strike in Peshawar.", "bombed", Some("Quetta"), "drone strike", Some("Peshawar")),
        ("Following the bombing of a bridge in Crimea, troops shelled villages near Kherson.", "shelled", Some("Kherson"), "bombing", Some("Crimea")),
        ("Al-Shabaab fighters stormed a military base near Mogadishu in revenge for a US drone strike in Jilib last month.", "stormed", Some("Mogadishu"), "drone strike", Some("Jilib")),
        ("Iran launched missiles at US bases in response to the US airstrike that killed its general at a Baghdad airport.", "launched", None, "airstrike", Some("Baghdad")),
    ] {
        let f = analyze(text);
        let (m, b) = (by_trigger(&f, text, main), by_trigger(&f, text, bg));
        assert_eq!(place(m), main_place, "{text}: {m:#?}");
        assert_eq!(place(b), bg_place, "{text}: {b:#?}");
    }
}

#[test]
fn a_place_outside_any_background_phrase_stays_with_the_main_event() {
    for (text, trigger, want) in [
        ("Police arrested 12 men in Kano following the attack.", "arrested", "Kano"),
        ("Police detained 30 people in Karachi in response to the bombing.", "detained", "Karachi"),
        ("In retaliation for the shelling of Donetsk, separatists fired rockets at Mariupol.", "fired", "Mariupol"),
        ("Soldiers raided a market in Gao on Sunday after the talks failed.", "raided", "Gao"),
    ] {
        let f = analyze(text);
        assert_eq!(place(by_trigger(&f, text, trigger)), Some(want), "{text}: {:#?}", f.events);
    }
}

#[test]
fn a_participant_named_only_in_a_background_phrase_is_not_the_main_events() {
    let text = "Al-Shabaab fighters stormed a military base near Mogadishu in revenge for a US drone strike in Jilib last month.";
    let f = analyze(text);
    let stormed = by_trigger(&f, text, "stormed");
    assert_eq!(entity_text(&f, stormed.target.as_ref()), None, "{stormed:#?}");
    let strike = by_trigger(&f, text, "drone strike");
    assert_eq!(entity_text(&f, strike.actor.as_ref()), Some("US"), "{strike:#?}");
}

#[test]
fn a_background_event_is_kept_with_its_own_date() {
    // (text, main trigger, background trigger, background date)
    for (text, main, bg, bg_date) in [
        ("Militants attacked a police post in retaliation for the killing of their commander last week.", "attacked", "killing", Some("2025-W44")),
        ("Militants attacked a police post in retaliation for the army's killing of their commander last week.", "attacked", "killing", Some("2025-W44")),
        ("Gunmen torched a police station in revenge for the assassination of their leader in Kaduna.", "torched", "assassination", None),
        ("Rebels killed five soldiers in retaliation for an army raid on their camp.", "killed", "raid", None),
        ("Insurgents ambushed an army convoy near Gao on Tuesday in revenge for an airstrike that killed 20 civilians.", "ambushed", "airstrike", None),
    ] {
        let f = analyze(text);
        let (m, b) = (by_trigger(&f, text, main), by_trigger(&f, text, bg));
        assert_eq!(b.modality, Modality::Occurred, "{text}: {b:#?}");
        assert_eq!(m.modality, Modality::Occurred, "{text}: {m:#?}");
        if let Some(d) = bg_date {
            assert_eq!(date(b), Some(d), "{text}: {b:#?}");
            assert_ne!(date(m), Some(d), "{text}: the main event took the background date: {m:#?}");
        }
    }
}

#[test]
fn a_background_noun_told_before_is_that_event_and_casualties_still_join() {
    // The killing of the first sentence, referred back to: no third event.
    let text = "Gunmen killed a village chief in Kaduna on Monday. On Wednesday militants attacked a police post in retaliation for the killing.";
    let f = analyze(text);
    assert_eq!(f.events.iter().filter(|e| e.event_type == EventType::Assault).count(), 2, "{:#?}", f.events);
    // Casualty words of the main clause still join its attack.
    for text in ["Militants attacked a police post and killed four officers.", "Gunmen stormed a church in Kogi, killing six worshippers."] {
        let f = analyze(text);
        assert_eq!(f.events.iter().filter(|e| e.event_type == EventType::Assault).count(), 1, "{text}: {:#?}", f.events);
    }
}

#[test]
fn a_sentence_initial_pronoun_acts_for_the_subject_before() {
    for (text, trigger, want) in [
        ("Gunmen stormed a village in Zamfara on Sunday. They abducted 30 women.", "abducted", ("Gunmen", GroupCategory::Militia)),
        ("Bandits raided a farming village in Katsina on Saturday. They abducted 40 residents.", "abducted", ("Bandits", GroupCategory::Militia)),
        ("Soldiers raided the town at dawn on Friday. They then arrested eleven men.", "arrested", ("Soldiers", GroupCategory::StateForces)),
    ] {
        let f = analyze(text);
        let e = by_trigger(&f, text, trigger);
        assert_eq!((e.actor.as_deref(), group(&e.actor_group)), (None, Some(want)), "{text}: {e:#?}");
    }
    // An organisation as "they".
    let text = "Hamas fighters seized the crossing on Friday. They then detained dozens of civilians.";
    let f = analyze(text);
    assert_eq!(entity_text(&f, by_trigger(&f, text, "detained").actor.as_ref()), Some("Hamas"), "{:#?}", f.events);
}

#[test]
fn a_pronoun_without_a_subject_antecedent_resolves_nothing() {
    for (text, trigger) in [
        // The group before is not the subject (a source is).
        ("Police said bandits raided a village in Katsina. They abducted 40 residents.", "abducted"),
        // The subject before did not act in an event.
        ("Villagers fled after bandits raided the area. They abducted 40 residents.", "abducted"),
        // Another paragraph.
        ("Bandits raided a village in Katsina.\n\nThey abducted 40 residents.", "abducted"),
        // Not the first word of the sentence.
        ("Bandits raided a village in Katsina. Residents said they abducted 40 people.", "abducted"),
        // "he" for a group of many.
        ("Bandits raided a village in Katsina. He abducted 40 residents.", "abducted"),
    ] {
        let f = analyze(text);
        let e = by_trigger(&f, text, trigger);
        assert!(e.actor.is_none() && e.actor_group.is_none(), "{text}: {e:#?}");
    }
    // A passive: the pronoun is the one acted on, not the actor.
    let text = "Bandits raided a village in Katsina. They were attacked by soldiers later.";
    let f = analyze(text);
    let e = by_trigger(&f, text, "attacked");
    assert_eq!(group(&e.actor_group), Some(("soldiers", GroupCategory::StateForces)), "{e:#?}");
}

#[test]
fn a_release_by_captors_has_the_captors_as_actor() {
    for (text, trigger, actor, target) in [
        ("The kidnappers freed the students on Tuesday.", "freed", "kidnappers", Some("students")),
        ("Five aid workers were released by their captors.", "released", "captors", Some("Five aid workers")),
        ("Abductors freed 18 schoolgirls in Zamfara after a ransom was paid.", "freed", "Abductors", Some("18 schoolgirls")),
    ] {
        let f = analyze(text);
        let e = by_trigger(&f, text, trigger);
        assert_eq!(e.event_type, EventType::Concede, "{text}: {e:#?}");
        assert_eq!(group(&e.actor_group).map(|g| g.0), Some(actor), "{text}: {e:#?}");
        assert_eq!(group(&e.target_group).map(|g| g.0), target, "{text}: {e:#?}");
    }
    let text = "Hamas released three hostages on Monday.";
    let f = analyze(text);
    assert_eq!(entity_text(&f, by_trigger(&f, text, "released").actor.as_ref()), Some("Hamas"));
}

#[test]
fn a_video_or_statement_released_is_no_release() {
    for text in [
        "The kidnappers released a video of the students on Tuesday.",
        "A video of the kidnapped girl was released on Monday.",
        "The abductors released a statement demanding a ransom.",
        "The company released its quarterly results on Tuesday.",
    ] {
        let f = analyze(text);
        assert!(f.events.iter().all(|e| e.event_type != EventType::Concede), "{text}: {:#?}", f.events);
    }
}

#[test]
fn a_demonym_before_a_group_head_gives_the_group_not_a_people() {
    for (text, trigger, want, country) in [
        ("Russian forces shelled Kharkiv overnight.", "shelled", "Russian forces", "RU"),
        ("Israeli troops raided the Jenin refugee camp on Monday.", "raided", "Israeli troops", "IL"),
        ("Nigerian police arrested 40 protesters in Lagos.", "arrested", "Nigerian police", "NG"),
    ] {
        let f = analyze(text);
        let e = by_trigger(&f, text, trigger);
        assert_eq!(e.actor, None, "{text}: {e:#?}");
        let g = e.actor_group.as_ref().unwrap_or_else(|| panic!("{text}: no group: {e:#?}"));
        assert_eq!((g.text.as_str(), g.category, g.country.as_deref()), (want, GroupCategory::StateForces, Some(country)), "{text}");
    }
    // A country's name is an entity and keeps the role; a demonym before a
    // weapon names the state (events24: a state_forces group of RU, not the
    // weapon as a group of people).
    let text = "U.S. forces struck a boat in the Caribbean on Tuesday.";
    let f = analyze(text);
    assert_eq!(entity_text(&f, by_trigger(&f, text, "struck").actor.as_ref()), Some("U.S."), "{:#?}", f.events);
    let text = "A Russian missile hit a school in Kharkiv.";
    let f = analyze(text);
    let g = by_trigger(&f, text, "hit").actor_group.as_ref().map(|g| (g.category, g.country.as_deref()));
    assert_eq!(g, Some((GroupCategory::StateForces, Some("RU"))), "{:#?}", f.events);
}

#[test]
fn a_group_before_a_reduced_relative_is_acted_on() {
    for (text, trigger, want) in [
        ("Twenty passengers kidnapped last month were released on Sunday.", "kidnapped", ("Twenty passengers", GroupCategory::Civilians)),
        ("Protesters arrested on Friday were freed on bail.", "arrested", ("Protesters", GroupCategory::Protesters)),
        ("Three villagers abducted near the border were found alive.", "abducted", ("Three villagers", GroupCategory::Civilians)),
    ] {
        let f = analyze(text);
        let e = by_trigger(&f, text, trigger);
        assert_eq!((group(&e.actor_group), group(&e.target_group)), (None, Some(want)), "{text}: {e:#?}");
    }
    // A finite verb with its object, or a clause joined by "and", keeps its subject.
    for (text, trigger, want) in [
        ("Gunmen kidnapped 14 passengers on Friday.", "kidnapped", ("Gunmen", GroupCategory::Militia)),
        ("Gunmen attacked the village and were later chased away.", "attacked", ("Gunmen", GroupCategory::Militia)),
        ("Soldiers arrested men who were carrying rifles.", "arrested", ("Soldiers", GroupCategory::StateForces)),
    ] {
        let f = analyze(text);
        let e = by_trigger(&f, text, trigger);
        assert_eq!(group(&e.actor_group), Some(want), "{text}: {e:#?}");
    }
}
