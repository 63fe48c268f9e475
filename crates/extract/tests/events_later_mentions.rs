//! One happening, one event: a definite or demonstrative mention of an
//! attack told earlier in the article ("the attack", "this raid", "the
//! shelling") is the same event however far back it was told, unless the
//! mention says otherwise ("another attack", "the second strike", "the
//! attack in Kano" after one in Maiduguri, "Monday's attack" after one on
//! Friday). The claim built on the later sentence links to the earlier
//! event. Sentences written for these tests.

mod common;

use common::{analyze, assaults};
use newsledger_model::ClaimStatus;

/// Four filler paragraphs, so the later mention is far from the first.
const BETWEEN: &str = "Residents said the gunmen arrived on motorcycles shortly after dusk.\n\n\
Local officials called for more troops in the region.\n\n\
The governor is expected to visit the town on Wednesday.\n\n\
Schools in the area were closed.\n\n";

const FIRST: &str = "Gunmen attacked a police post in Maiduguri on Monday, killing four officers, the army said.\n\n";

#[test]
fn the_attack_five_paragraphs_later_is_the_same_event() {
    let text = format!("{FIRST}{BETWEEN}The ministry has not confirmed the attack.\n");
    let f = analyze(&text);
    let a = assaults(&f);
    assert_eq!(a.len(), 1, "{:#?}", f.events);
    assert_eq!(a[0].trigger, "attacked");
    // The first mention's evidence stays.
    assert!(text[..].starts_with(&text[a[0].evidence.start..a[0].evidence.end]), "{:?}", a[0].evidence);
    // The later sentence rates the evidence of that event.
    let later = f.claims.iter().find(|c| c.text.contains("has not confirmed")).expect("a claim for the later sentence");
    assert_eq!(later.event.as_deref(), Some(a[0].id.as_str()), "{:#?}", f.claims);
    assert_eq!(later.status, ClaimStatus::Unverified);
}

#[test]
fn a_demonstrative_with_a_modifier_is_the_same_event() {
    let f = analyze(&format!("{FIRST}{BETWEEN}Human rights groups condemned this brutal raid.\n"));
    assert_eq!(assaults(&f).len(), 1, "{:#?}", f.events);
}

#[test]
fn another_attack_is_a_new_event() {
    let f = analyze(&format!("{FIRST}{BETWEEN}Another attack on a market killed two people.\n"));
    assert_eq!(assaults(&f).len(), 2, "{:#?}", f.events);
}

#[test]
fn the_second_attack_is_a_new_event() {
    let f = analyze(&format!("{FIRST}{BETWEEN}The second attack came an hour later.\n"));
    assert_eq!(assaults(&f).len(), 2, "{:#?}", f.events);
}

#[test]
fn the_attack_in_another_place_is_a_new_event() {
    let f = analyze(&format!("{FIRST}{BETWEEN}The attack in Kano was blamed on the same group.\n"));
    let a = assaults(&f);
    assert_eq!(a.len(), 2, "{:#?}", f.events);
    assert_eq!(a[1].place.as_ref().map(|p| p.name.as_str()), Some("Kano"));
}

#[test]
fn the_attack_on_another_day_is_a_new_event() {
    let f = analyze(&format!(
        "Gunmen attacked a police post in Maiduguri on 3 March 2024, killing four officers, the army said.\n\n{BETWEEN}The attack on 9 March 2024 was smaller.\n"
    ));
    assert_eq!(assaults(&f).len(), 2, "{:#?}", f.events);
}

#[test]
fn the_attack_after_a_second_one_was_told_stays_apart() {
    // The article tells two attacks: a later "the attack" may mean either.
    let f = analyze(&format!(
        "{FIRST}A second attack hit a checkpoint near the airport.\n\n{BETWEEN}The attack was claimed by no group.\n"
    ));
    assert_eq!(assaults(&f).len(), 3, "{:#?}", f.events);
}

#[test]
fn a_bombing_after_a_shooting_is_a_new_event() {
    let f = analyze(&format!(
        "A gunman opened fire at a wedding in Kirkuk on Friday, killing six guests, police said.\n\n{BETWEEN}The bombing was the deadliest this year.\n"
    ));
    assert_eq!(assaults(&f).len(), 2, "{:#?}", f.events);
}

#[test]
fn the_airstrike_points_back_past_another_attack() {
    // "the airstrike" names its manner: the strike of the first sentence,
    // not the embassy attack told since.
    let f = analyze(
        "Military forces killed the commander in an airstrike on Thursday.\n\n\
         Officials pointed to a rocket attack on the embassy last month.\n\n\
         The airstrike took place near the airport.\n",
    );
    let a = assaults(&f);
    assert_eq!(a.len(), 2, "{:#?}", f.events);
    assert_eq!(a[0].trigger, "airstrike");
}
