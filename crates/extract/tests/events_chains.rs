//! Chains of attacks and plural mentions. A definite mention that two
//! attacks told just before fit alike ("attacks on bases, including the
//! attack on 27 December … This strike") refers back without being either:
//! it makes no event, and its figures link to none. A plural mention of one
//! attack told in the singular ("the attacks" after "gunmen attacked")
//! sums it up with others: no new event, and its figures are not that
//! attack's. Sentences written for these tests.

mod common;

use common::{analyze, assaults, claim_with, event_of};

#[test]
fn this_strike_after_a_set_of_attacks_joins_none_of_them() {
    let f = analyze(
        "Military forces killed the commander in an airstrike near the airport on Thursday, the ministry said.\n\n\
         The ministry said he had directed attacks on bases in the north, including the attack on 27 December 2019.\n\n\
         This strike killed 12 people, officials said.\n",
    );
    let a = assaults(&f);
    // The airstrike, the planned or told attacks and the December attack;
    // "killed" of the last sentence is no new attack.
    assert!(a.iter().all(|e| e.trigger != "killed" || e.evidence.start < 10), "{:#?}", f.events);
    let twelve = claim_with(&f, 12.0);
    let linked = event_of(&f, twelve);
    assert!(linked.is_none_or(|e| !e.trigger.contains("attack")), "the 12 killed are not the December attack's: {linked:#?}");
}

#[test]
fn the_attack_after_raids_including_one_joins_none_of_them() {
    let f = analyze(
        "Rebels shelled the town of Kadugli on Monday, the army said.\n\n\
         Rebels raided villages around the town last year, including a raid on Dilling on 3 May 2024, the army said.\n\n\
         The attack killed 9 civilians, the army said.\n",
    );
    let nine = claim_with(&f, 9.0);
    let linked = event_of(&f, nine);
    assert!(linked.is_none_or(|e| !e.trigger.starts_with("raid")), "the 9 killed are not the raid's: {linked:#?}");
    assert!(!assaults(&f).iter().any(|e| e.trigger == "killed"), "{:#?}", f.events);
}

#[test]
fn the_attack_told_again_without_a_rival_is_the_same_event() {
    let f = analyze(
        "Gunmen attacked a police post in Maiduguri on Monday, the army said.\n\n\
         Residents said the attack lasted an hour.\n\n\
         The attack killed four officers, the army said.\n",
    );
    let a = assaults(&f);
    assert_eq!(a.len(), 1, "{:#?}", f.events);
    assert_eq!(event_of(&f, claim_with(&f, 4.0)).map(|e| e.id.as_str()), Some(a[0].id.as_str()), "{:#?}", f.claims);
}

#[test]
fn a_plural_report_beside_a_later_mention_is_no_rival() {
    // "drone attacks" here reports the same attack: a singular "the
    // attack" after it still means the attack told first.
    let f = analyze(
        "An attack hit oil facilities in Abqaiq on Saturday, the ministry said.\n\n\
         Initial reports were of drone attacks, but the ministry said the attack included cruise missiles.\n\n\
         Officials blamed the rebels for the attack, which killed 2 guards.\n",
    );
    let first = assaults(&f).into_iter().find(|e| e.trigger == "attack").expect("the first attack");
    assert_eq!(event_of(&f, claim_with(&f, 2.0)).map(|e| e.id.as_str()), Some(first.id.as_str()), "{:#?}", f.claims);
}

#[test]
fn the_attacks_after_one_attack_are_a_summary() {
    let f = analyze(
        "Gunmen attacked a police post in Maiduguri on Monday, the army said.\n\n\
         The attacks killed 30 people in all, officials said.\n",
    );
    assert_eq!(assaults(&f).len(), 1, "{:#?}", f.events);
    assert_eq!(claim_with(&f, 30.0).event, None, "30 is no figure of the Monday attack: {:#?}", f.claims);
}

#[test]
fn these_raids_after_one_raid_are_a_summary() {
    let f = analyze(
        "Soldiers raided a village near Kidal on Friday, residents said.\n\n\
         These raids have killed 12 civilians, according to a local group.\n",
    );
    assert_eq!(assaults(&f).len(), 1, "{:#?}", f.events);
    assert_eq!(claim_with(&f, 12.0).event, None, "{:#?}", f.claims);
}

#[test]
fn the_strikes_after_one_strike_are_a_summary() {
    let f = analyze(
        "An Israeli airstrike hit a house in Rafah on Tuesday, the health ministry said.\n\n\
         The strikes killed 40 people this month, the ministry said.\n",
    );
    assert_eq!(assaults(&f).len(), 1, "{:#?}", f.events);
    assert_eq!(claim_with(&f, 40.0).event, None, "{:#?}", f.claims);
}

#[test]
fn the_strikes_after_strikes_are_the_same_event() {
    // Plural after plural: the same set told again.
    let f = analyze(
        "Drone strikes hit three villages near Kunduz on Monday, officials said.\n\n\
         The strikes killed 14 people, officials said.\n",
    );
    let a = assaults(&f);
    assert_eq!(a.len(), 1, "{:#?}", f.events);
    assert_eq!(event_of(&f, claim_with(&f, 14.0)).map(|e| e.id.as_str()), Some(a[0].id.as_str()), "{:#?}", f.claims);
}

#[test]
fn a_summary_without_figures_rates_the_attack_it_includes() {
    let f = analyze(
        "Gunmen attacked a police post in Maiduguri on Monday, the army said.\n\n\
         The ministry has not confirmed the attacks.\n",
    );
    let a = assaults(&f);
    assert_eq!(a.len(), 1, "{:#?}", f.events);
    let later = f.claims.iter().find(|c| c.text.contains("has not confirmed")).expect("a claim for the later sentence");
    assert_eq!(later.event.as_deref(), Some(a[0].id.as_str()), "{:#?}", f.claims);
}
