//! Disasters and diseases are no attacks. A natural cause at the head of
//! the relative clause an attack verb opens ("an earthquake of magnitude 6.1
//! that struck the coast"), a fire that broke out as the subject of a verb
//! of destruction ("a fire destroyed 40 homes"), "a second fire" that
//! killed, and a disease whose deaths follow a figure of war ("the campaign
//! to combat the cholera outbreak, which has killed 30") make no ASSAULT.
//! Attackers, arson and armed forces keep the attack. Sentences written for
//! these tests.

mod common;

use common::{analyze, assaults};

#[test]
fn a_natural_cause_heading_the_relative_clause_is_no_attacker() {
    for text in [
        "Aftershocks of an earthquake with a reported magnitude of 6.1 that struck the coast on Tuesday kept families outdoors.\n",
        "Crews are still clearing roads after a cyclone of rare force which had struck the valley last week.\n",
        "Residents fled the aftershocks of the quake of magnitude 5.8 that struck the province on Monday night.\n",
    ] {
        let f = analyze(text);
        assert!(assaults(&f).is_empty(), "{text}: {:#?}", f.events);
    }
}

#[test]
fn an_attacker_heading_the_relative_clause_stays_an_attack() {
    for text in [
        "The militants that struck the police post in the valley on Tuesday fled into the hills.\n",
        "Villagers hid from the gunmen who attacked the market during the storm on Friday.\n",
        "The drone that struck the convoy near the border on Monday was launched from a ship.\n",
    ] {
        let f = analyze(text);
        assert!(!assaults(&f).is_empty(), "{text}: {:#?}", f.events);
    }
}

#[test]
fn a_fire_that_broke_out_destroys_or_kills_without_attacking() {
    for text in [
        "A fire yesterday morning destroyed at least 150 wooden homes in a settlement outside the port city.\n",
        "A fire on Friday night destroyed the old cotton mill and two shops in the town, the fire brigade said.\n",
        "A second fire on Sunday, ten kilometres away in another apartment block, killed one resident, according to firefighters.\n",
    ] {
        let f = analyze(text);
        assert!(assaults(&f).is_empty(), "{text}: {:#?}", f.events);
    }
}

#[test]
fn a_fire_that_was_set_or_fought_over_stays_an_attack() {
    for text in [
        "Rioters set fire to the church near the square and destroyed its doors on Sunday.\n",
        "A fire set by arsonists destroyed the mosque in the city on Friday, police said.\n",
        "Troops opened fire on the convoy and destroyed two trucks near the border on Monday.\n",
        "Arsonists started a fire that destroyed the newspaper's offices in the capital on Monday.\n",
    ] {
        let f = analyze(text);
        assert!(!assaults(&f).is_empty(), "{text}: {:#?}", f.events);
    }
}

#[test]
fn a_figure_of_war_against_a_disease_names_no_attacker() {
    for text in [
        "The council began a week-long shutdown so that a vaccination drive to combat the measles outbreak that had, by official counts, infected over 3,000 people and killed 60 could reach every village.\n",
        "Nurses at the clinic, fighting a cholera epidemic that has infected hundreds in the province, said it had killed 14 people.\n",
    ] {
        let f = analyze(text);
        assert!(assaults(&f).is_empty(), "{text}: {:#?}", f.events);
    }
}

#[test]
fn attackers_near_a_disease_keep_the_attack() {
    for text in [
        "Gunmen killed two nurses treating cholera patients at a clinic in the province on Monday.\n",
        "Militants attacked a vaccination team fighting the measles outbreak and killed three of its members.\n",
    ] {
        let f = analyze(text);
        assert!(!assaults(&f).is_empty(), "{text}: {:#?}", f.events);
    }
}

#[test]
fn a_fire_compound_is_no_fire() {
    for text in [
        "Passers-by tackled the attacker; one woman sprayed him with a fire extinguisher, others struck him with their fists.\n",
        "A fire engine blocked the road while the gang attacked the guards outside the bank.\n",
    ] {
        let f = analyze(text);
        assert!(!assaults(&f).is_empty(), "{text}: {:#?}", f.events);
    }
}

#[test]
fn a_disease_told_by_its_infections_is_no_attacker() {
    for text in [
        "Health officials confirmed on Monday that it has infected over 300 people, mostly in the north, and killed five.\n",
        "By Friday the new strain had infected 90 workers at the plant and killed two of them.\n",
    ] {
        let f = analyze(text);
        assert!(assaults(&f).is_empty(), "{text}: {:#?}", f.events);
    }
}

#[test]
fn casualties_told_after_a_disaster_are_its_own() {
    for text in [
        "A fire swept through the covered market in the old town on Sunday. Officials said it killed six people and injured 20 more.\n",
        "A powerful earthquake with a magnitude of 6.4 that struck the island on Tuesday flattened dozens of homes.\n\nTwo children were killed and 40 people were injured, the civil defence agency said.\n",
    ] {
        let f = analyze(text);
        assert!(assaults(&f).is_empty(), "{text}: {:#?}", f.events);
    }
}

#[test]
fn an_attack_after_a_disaster_is_still_an_attack() {
    for text in [
        "A fire swept through the covered market in the old town on Sunday. Gunmen later killed two guards at the gate of the market.\n",
        "A fire swept through the covered market in the old town on Sunday. Police shot dead a man who tried to loot a shop.\n",
    ] {
        let f = analyze(text);
        assert!(!assaults(&f).is_empty(), "{text}: {:#?}", f.events);
    }
}

#[test]
fn a_clash_after_a_disaster_keeps_its_casualties() {
    let text = "The city closed its schools after flu cases rose sharply in March.\n\nHundreds of protesters clashed with riot police outside the town hall on Friday night, and the police fired tear gas at them. The mayor said the night's unrest injured eleven officers.\n";
    let f = analyze(text);
    assert!(!assaults(&f).is_empty(), "{text}: {:#?}", f.events);
}
