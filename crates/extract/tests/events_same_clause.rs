//! One happening told twice in one clause is one event: an act told inside
//! a happening of its type ("hit by drone strikes in a pre-dawn raid",
//! "held talks at the summit"), an event noun as the subject of a verb of
//! its type ("Twin bombings yesterday struck", "Protesters marched"), and an
//! apposition that renames it ("…, another attack ascribed to the
//! Taliban"), a participle that says what a protest was for ("…, protesting
//! the law") and a predicate that names its subject again ("The rally was
//! the biggest protest in years"). What is truly two stays two. Sentences
//! written for these tests.

mod common;

use common::{analyze, assaults, claim_with, entity_names, event_of};
use newsledger_model::{Event, EventType, Facts};

fn of_type(f: &Facts, event_type: EventType) -> Vec<&Event> {
    f.events.iter().filter(|e| e.event_type == event_type).collect()
}

#[test]
fn an_act_inside_a_happening_of_its_type_is_one_event() {
    for (text, event_type, trigger) in [
        ("Oil depots near the port were hit by drone strikes in a pre-dawn raid on Saturday.\n", EventType::Assault, "drone strikes"),
        ("Gunmen attacked a village in Borno state in a night raid on Tuesday.\n", EventType::Assault, "attacked"),
        ("Leaders held talks at the summit in Osaka on Friday.\n", EventType::Consult, "held talks"),
        ("Foreign ministers met on the sidelines of the summit in Osaka.\n", EventType::Consult, "met"),
        ("Thousands of teachers marched in protest through the capital on Sunday.\n", EventType::Protest, "marched"),
    ] {
        let f = analyze(text);
        let events = of_type(&f, event_type);
        assert_eq!(events.len(), 1, "{text}: {:#?}", f.events);
        assert_eq!(events[0].trigger, trigger, "{text}");
    }
}

#[test]
fn the_joined_event_keeps_the_manner_and_place_of_both_mentions() {
    // "attacked" names no manner; "in a night raid" does.
    let f = analyze("Gunmen attacked a village in Borno state in a night raid on Tuesday.\n");
    let a = assaults(&f);
    assert_eq!(a.len(), 1, "{:#?}", f.events);
    assert_eq!(a[0].mode.as_deref(), Some("raid"), "{:#?}", a[0]);
    assert_eq!(a[0].place.as_ref().map(|p| p.name.as_str()), Some("Borno"), "{:#?}", a[0]);
    // "drone strikes" names a manner; the generic "raid" does not replace it.
    let f = analyze("Oil depots near the port were hit by drone strikes in a pre-dawn raid on Saturday.\n");
    assert_eq!(assaults(&f)[0].mode.as_deref(), Some("drone strike"), "{:#?}", f.events);
}

#[test]
fn a_campaign_a_set_or_another_verb_keeps_two_events() {
    for (text, event_type, count) in [
        // The shelling is a part of the invasion, which is an event of its own.
        ("Troops shelled the city during the invasion.\n", EventType::Assault, 2),
        // The rally is one of a set of protests, the march a part of a
        // nationwide protest.
        ("Teachers rallied in Lyon during protests across France.\n", EventType::Protest, 2),
        ("Thousands marched in the capital during a nationwide protest against the law.\n", EventType::Protest, 2),
        // "in an attack" belongs to "suspected", not to the raid.
        ("Soldiers raided the house of a man suspected in an attack on a checkpoint.\n", EventType::Assault, 2),
        // Another type: an arrest in a raid is an arrest and a raid.
        ("Police arrested five men in a raid on Monday.\n", EventType::Coerce, 1),
        ("Police arrested five men in a raid on Monday.\n", EventType::Assault, 1),
    ] {
        let f = analyze(text);
        assert_eq!(of_type(&f, event_type).len(), count, "{text}: {:#?}", f.events);
    }
}

#[test]
fn an_event_noun_as_the_subject_of_a_verb_of_its_type_is_one_event() {
    for (text, event_type, trigger) in [
        ("Twin bombings yesterday struck the cathedral in Jolo.\n", EventType::Assault, "bombings"),
        // The people who protest, then the protest: the verb tells it.
        ("Protesters marched through Paris on Monday.\n", EventType::Protest, "marched"),
        ("Thousands of demonstrators rallied outside parliament on Friday.\n", EventType::Protest, "rallied"),
        // A noun and the participle that describes it.
        ("The ceasefire agreed on Friday held through the weekend.\n", EventType::Agree, "ceasefire"),
    ] {
        let f = analyze(text);
        let events = of_type(&f, event_type);
        assert_eq!(events.len(), 1, "{text}: {:#?}", f.events);
        assert_eq!(events[0].trigger, trigger, "{text}");
    }
}

#[test]
fn two_acts_of_one_type_in_a_sentence_stay_two() {
    for (text, event_type) in [
        // The downing and the raid the helicopter was trying to make.
        ("A US helicopter was shot down while trying to raid a Taliban position.\n", EventType::Assault),
        // A meeting and a visit.
        ("The minister met with several top government officials and paid a visit to the prison.\n", EventType::Consult),
        // A ban and arrests.
        ("Officials in Delhi banned firecrackers ahead of Diwali, arresting 210 people.\n", EventType::Coerce),
        // A noun that is not the subject of the verb after it.
        ("After the raid troops attacked the village.\n", EventType::Assault),
    ] {
        let f = analyze(text);
        assert_eq!(of_type(&f, event_type).len(), 2, "{text}: {:#?}", f.events);
    }
}

#[test]
fn an_apposition_renames_the_attack_of_its_clause() {
    for (text, trigger) in [
        ("A car bombing in Kabul killed five and wounded 110, another attack ascribed to the Taliban.\n", "car bombing"),
        ("Rebels shelled the market in Goma on Monday, an attack that the army blamed on the M23.\n", "shelled"),
        ("Militants ambushed a convoy near Gao on Sunday, another attack claimed by the group.\n", "ambushed"),
    ] {
        let f = analyze(text);
        let a = assaults(&f);
        assert_eq!(a.len(), 1, "{text}: {:#?}", f.events);
        assert_eq!(a[0].trigger, trigger, "{text}");
    }
}

#[test]
fn the_apposition_gives_the_attack_its_actor_and_its_claims() {
    // The actor named with the apposition stays with the one event.
    let f = analyze("A car bombing in Kabul killed five and wounded 110, another attack ascribed to the Taliban.\n");
    let a = assaults(&f);
    assert_eq!(a.len(), 1, "{:#?}", f.events);
    assert!(entity_names(&f, a[0].actor.as_deref()).contains("taliban"), "{:#?}", a[0]);
    // A figure told inside the apposition is a figure of the one attack.
    let f = analyze("Rebels shelled the market in Goma on Monday, an attack that the army said wounded 14 people.\n");
    assert_eq!(assaults(&f).len(), 1, "{:#?}", f.events);
    assert_eq!(event_of(&f, claim_with(&f, 14.0)).map(|e| e.trigger.as_str()), Some("shelled"), "{:#?}\n{:#?}", f.events, f.claims);
}

#[test]
fn a_comma_without_an_apposition_keeps_two_attacks() {
    for text in [
        "Gunmen attacked a checkpoint on Monday, a day after an attack on a mosque.\n",
        "Rebels shelled the town on Monday, and another attack hit the barracks.\n",
    ] {
        let f = analyze(text);
        assert_eq!(assaults(&f).len(), 2, "{text}: {:#?}", f.events);
    }
}

#[test]
fn a_participle_that_says_what_the_protest_was_for_is_the_same_protest() {
    for (text, trigger) in [
        ("Roughly one million people marched in London on Saturday during an anti-Brexit (\"British exit\") march, protesting the pending exit of the country from the union.\n", "marched"),
        ("Thousands rallied outside parliament on Monday, protesting the new labour law.\n", "rallied"),
        ("Hundreds of nurses protested outside the ministry in Lima, protesting low pay.\n", "protested"),
    ] {
        let f = analyze(text);
        let p = of_type(&f, EventType::Protest);
        assert_eq!(p.len(), 1, "{text}: {:#?}", f.events);
        assert_eq!(p[0].trigger, trigger, "{text}");
    }
    // Another clause, or a participle of another act, stays apart.
    let f = analyze("Thousands protested in the capital, while others were protesting in Lyon.\n");
    assert_eq!(of_type(&f, EventType::Protest).len(), 2, "{:#?}", f.events);
}

#[test]
fn a_predicate_that_names_its_subject_again_is_the_same_event() {
    for (text, event_type, trigger) in [
        ("The union-organized rally represented the state's biggest such teacher protest in years.\n", EventType::Protest, "rally"),
        ("The raid was a botched attack on a rebel camp, officials said.\n", EventType::Assault, "raid"),
        ("The meeting became the longest summit in the bloc's history.\n", EventType::Consult, "meeting"),
    ] {
        let f = analyze(text);
        let events = of_type(&f, event_type);
        assert_eq!(events.len(), 1, "{text}: {:#?}", f.events);
        assert_eq!(events[0].trigger, trigger, "{text}");
    }
    // A noun after a preposition is another happening.
    for (text, event_type) in [
        ("The rally marked the anniversary of the protest in 1989.\n", EventType::Protest),
        ("The attack was a response to a raid on the village.\n", EventType::Assault),
    ] {
        let f = analyze(text);
        assert_eq!(of_type(&f, event_type).len(), 2, "{text}: {:#?}", f.events);
    }
}

#[test]
fn an_adjunct_that_names_the_kind_of_the_act_is_the_same_event() {
    for text in [
        "Hundreds of demonstrators blocked roads near the port, using their parked cars as a form of protest.\n",
        "Teachers rallied outside the ministry on Monday, waving empty lunch boxes as a sign of protest.\n",
        "Residents demonstrated in front of the town hall as an act of protest against the closure.\n",
    ] {
        let f = analyze(text);
        assert_eq!(of_type(&f, EventType::Protest).len(), 1, "{text}: {:#?}", f.events);
    }
}

#[test]
fn a_happening_continued_with_a_noun_of_its_type_is_one_event() {
    for (text, event_type) in [
        ("Negotiations between the club and the coach's representatives intensified over the weekend, with talks continuing into Tuesday night.\n", EventType::Consult),
        ("Militants shelled the town on Sunday, with strikes continuing overnight.\n", EventType::Assault),
        ("The two delegations held talks in Doha on Friday, with negotiations dragging on past midnight.\n", EventType::Consult),
    ] {
        let f = analyze(text);
        assert_eq!(of_type(&f, event_type).len(), 1, "{text}: {:#?}", f.events);
    }
}

#[test]
fn another_clause_or_another_happening_before_the_adjunct_stays_two() {
    for (text, event_type) in [
        // Another clause after ", and": the rally is not the blockade.
        ("Students rallied in the capital, and workers later blocked a road as a form of protest.\n", EventType::Protest),
        // Not a verb of going on: the clashes are another happening.
        ("Protesters marched in Paris on Saturday, with clashes breaking out in Lyon.\n", EventType::Protest),
        ("Troops shelled Aleppo on Monday, with airstrikes also hitting Idlib.\n", EventType::Assault),
        // The strikes go on with the shelling, the clause they follow; the
        // attack before "but" is another happening.
        ("Rebels attacked the convoy near Gao, but soldiers later shelled the village, with strikes continuing into the night.\n", EventType::Assault),
    ] {
        let f = analyze(text);
        assert_eq!(of_type(&f, event_type).len(), 2, "{text}: {:#?}", f.events);
    }
    // A happening of another type before the adjunct: the arrest is no protest.
    let f = analyze("Police arrested 30 people who burned tyres as a form of protest.\n");
    assert_eq!(of_type(&f, EventType::Protest).len(), 1, "{:#?}", f.events);
    assert_eq!(of_type(&f, EventType::Coerce).len(), 1, "{:#?}", f.events);
}
