//! "Attack" and "strike" that are no violence against people or property by
//! an actor, on sentences written for these tests: attacks on computers
//! (kept, with mode `cyber`, which no count of physical attacks includes),
//! attacks and shots in games and sports, an attack word that is part of a
//! title ("Attack on Titan"), and habits, dispositions, animals and
//! weather ("tends to strike older people", "wolves attack when cornered",
//! "lightning can strike"). Each shape has a real attack beside it that
//! must stay.

mod common;

use common::{analyze, assaults};
use newsledger_model::{Event, Facts};

fn physical(f: &Facts) -> Vec<&Event> {
    assaults(f).into_iter().filter(|e| e.mode.as_deref() != Some("cyber")).collect()
}

#[test]
fn attacks_on_computers_are_cyber_not_physical() {
    for text in [
        "Louisiana was hit by a ransomware attack on Monday, officials said.\n",
        "The ministry said a cyberattack shut down its payment systems for two days.\n",
        "Hackers hacked into the election commission's servers last week, the agency said.\n",
        "The bank reported a cyber attack on Friday.\n",
    ] {
        let f = analyze(text);
        let a = assaults(&f);
        assert_eq!(a.len(), 1, "{text}: {:#?}", f.events);
        assert_eq!(a[0].mode.as_deref(), Some("cyber"), "{text}: {:#?}", f.events);
        assert!(physical(&f).is_empty(), "{text}");
    }
    // Not computers: a "hack" of a writer, a man "hacked to death" (a
    // stabbing), and a bomb attack stay what they are.
    let f = analyze("The senator called the columnist a political hack.\n");
    assert!(assaults(&f).is_empty(), "{:#?}", f.events);
    let f = analyze("A farmer was hacked to death in Kaduna on Sunday, police said.\n");
    assert_eq!(physical(&f).len(), 1, "{:#?}", f.events);
    let f = analyze("A bomb attack on a bus killed 12 people in Quetta on Monday.\n");
    assert_eq!(physical(&f).len(), 1, "{:#?}", f.events);
}

#[test]
fn attacks_in_games_and_sports_are_no_assault() {
    for text in [
        "Parrying an attack in most action games is a major moment in a fight.\n",
        "Many of the troopers die in a single strike, though others armed for melee pose a bigger challenge.\n",
        "Nelson won it when he fired a shot at the goaltender that trickled past his right pad.\n",
        "Enemy attacks track you a little too well and can catch you through your dodge.\n",
    ] {
        let f = analyze(text);
        assert!(assaults(&f).is_empty(), "{text}: {:#?}", f.events);
    }
    // A real attack beside a word of the same family stays.
    let f = analyze("Gunmen opened fire on a football match in Kano on Saturday, killing three fans.\n");
    assert_eq!(physical(&f).len(), 1, "{:#?}", f.events);
}

#[test]
fn an_attack_word_in_a_title_is_no_attack() {
    for text in [
        "The list includes Final Fantasy XV, Attack on Titan: Final Battle 2 and Grid 2019.\n",
        "He starred in the film Air Strike Command, released in 1998.\n",
        "The band played Strike Back and two older songs on Friday.\n",
    ] {
        let f = analyze(text);
        assert!(assaults(&f).is_empty(), "{text}: {:#?}", f.events);
    }
    // At the start of a sentence, or in a quote, a capital says nothing.
    let f = analyze("Attacks on aid convoys resumed in March, the United Nations said.\n");
    assert_eq!(physical(&f).len(), 1, "{:#?}", f.events);
}

#[test]
fn habits_animals_and_weather_tell_no_attack() {
    for text in [
        "The man had a form of the illness that tends to strike people who raise birds.\n",
        "Rangers said wolves attack when cornered.\n",
        "Lightning can strike the same place twice.\n",
        "Militants often attack convoys on the road to the capital.\n",
        "Bears usually attack only when surprised, the guide said.\n",
    ] {
        let f = analyze(text);
        assert!(assaults(&f).is_empty(), "{text}: {:#?}", f.events);
    }
    // A dated attack by people stays.
    let f = analyze("Militants attacked a convoy on the road to the capital on Tuesday, the army said.\n");
    assert_eq!(physical(&f).len(), 1, "{:#?}", f.events);
    assert!(physical(&f)[0].modality.happened());
}
