//! A weapon that hits or strikes is an attack; a deal struck, a record hit
//! or a crash is not; and "was struck by an airstrike" is one attack, not
//! two. Sentences written for these tests.

mod common;
use common::{analyze, assaults};

fn attack_count(text: &str) -> usize {
    assaults(&analyze(text)).len()
}

#[test]
fn a_weapon_that_hits_is_an_attack() {
    for text in [
        "Russian missiles hit a power plant near Lviv on Sunday.",
        "Rockets hit the northern town overnight, the army said.",
        "A bomb hit a crowded bus in the city centre.",
        "The clinic was hit by a drone on Tuesday.",
        "A suicide bomber struck a mosque during Friday prayers.",
        "A missile struck a hospital in the east of the country.",
    ] {
        assert_eq!(attack_count(text), 1, "{text}");
    }
}

#[test]
fn hits_and_strikes_that_are_no_attack() {
    for text in [
        "The two parties struck a deal on Friday after weeks of talks.",
        "The minister struck a conciliatory tone in her speech.",
        "The ruling struck a blow against the cartel's lawyers.",
        "Shares hit a record high on Monday.",
        "Exports were hit by the strong currency.",
        "The song hit number one in March.",
        "The driver struck a guard rail and the lorry overturned.",
        "The trawler struck a reef off the coast.",
    ] {
        assert_eq!(attack_count(text), 0, "{text}");
    }
}

#[test]
fn an_attack_named_as_the_agent_of_its_verb_is_one_attack() {
    for text in [
        "The hospital was struck by an airstrike on Monday.",
        "An airstrike hit the hospital on Monday.",
        "The convoy was hit by a car bomb near the border.",
        "Oil facilities were hit by drone strikes before dawn.",
    ] {
        assert_eq!(attack_count(text), 1, "{text}");
    }
    // An attack after "by" that is no agent stays its own.
    assert_eq!(attack_count("Gunmen attacked the town, a day after an airstrike killed six."), 2);
}

#[test]
fn fighting_at_a_place_or_between_sides_is_an_armed_clash() {
    for text in ["Fighting in Darfur displaced thousands of families.", "Fighting between the army and a militia killed 40 people."] {
        let f = analyze(text);
        let a = assaults(&f);
        assert_eq!(a.len(), 1, "{text}: {:#?}", f.events);
        assert_eq!(a[0].mode.as_deref(), Some("armed clash"), "{text}");
    }
    for text in ["Fighting in the courts could take years.", "Fighting between the two brothers ended in a custody case."] {
        assert_eq!(attack_count(text), 0, "{text}");
    }
}
