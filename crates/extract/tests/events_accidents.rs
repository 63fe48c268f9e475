//! Road and rail accidents are not attacks: being struck or killed by a
//! car, a truck, a train or a car make or model, or a death in a sentence
//! about driving a vehicle, makes no ASSAULT. A vehicle used as a weapon
//! ("rammed his car into the crowd", "a car-ramming attack", "drove the
//! truck into the market") and a blow by something that is no vehicle ("hit
//! by a stray bullet") stay attacks. A death while at work ("killed while
//! repairing a cable"), in an accident, a crash or a collision is no attack
//! either, unless the sentence names an attacker ("by gunmen", "shot dead",
//! "in an attack"). Sentences written for these tests.

mod common;

use common::{analyze, assaults};

#[test]
fn struck_or_killed_by_a_vehicle_is_no_attack() {
    for text in [
        "A 17-year-old cyclist was struck by a Toyota Corolla on the ring road in Leeds on Friday, police said.\n",
        "An elderly woman was struck by a delivery truck outside her home in Ohio.\n",
        "The teacher was killed by a train near the station in Kent on Monday.\n",
        "A pedestrian was struck by a bus and killed in Manchester, police said.\n",
        "A man died after a freight train that struck his car at a level crossing in Essex.\n",
        "Almost half of the drivers have operated a train that killed someone on the tracks.\n",
    ] {
        let f = analyze(text);
        assert!(assaults(&f).is_empty(), "{text}: {:#?}", f.events);
    }
}

#[test]
fn a_death_while_driving_a_vehicle_is_no_attack() {
    for text in [
        "Police said he was driving a pickup truck across the center line on the night of June 21 and struck a group of riders, killing seven.\n",
        "The woman was driving her car on the wrong side of the road when she hit a cyclist, injuring him.\n",
        "A man driving a van through the village struck two children, killing one of them.\n",
    ] {
        let f = analyze(text);
        assert!(assaults(&f).is_empty(), "{text}: {:#?}", f.events);
    }
}

#[test]
fn a_vehicle_used_as_a_weapon_is_an_attack() {
    for text in [
        "The man rammed his car into the crowd outside the mosque, killing two people, police said.\n",
        "Five people were killed in a car-ramming attack in Nice on Sunday.\n",
        "He drove the truck into the Christmas market in Berlin, killing 12 people.\n",
        "A soldier was struck by a suicide car bomb at the checkpoint in Kabul.\n",
    ] {
        let f = analyze(text);
        assert!(!assaults(&f).is_empty(), "{text}: {:#?}", f.events);
    }
}

#[test]
fn blows_by_no_vehicle_stay_attacks() {
    for text in [
        "A girl was hit by a stray bullet and killed in Kabul on Monday, police said.\n",
        "Gunmen struck the police station in Maiduguri on Monday, the army said.\n",
        "An armoured vehicle was struck by a roadside bomb near Kandahar, officials said.\n",
        "Militants killed three soldiers who were guarding a bus station in Quetta.\n",
    ] {
        let f = analyze(text);
        assert!(!assaults(&f).is_empty(), "{text}: {:#?}", f.events);
    }
}

#[test]
fn a_fire_that_kills_is_no_attack_but_opening_fire_is() {
    for text in [
        "A fire on Tuesday night killed four children at a holiday camp near Gdynia.\n",
        "The blaze began in the kitchen, and the fire injured two cooks, officials said.\n",
        "A house fire killed an elderly couple in Ohio early on Sunday.\n",
    ] {
        let f = analyze(text);
        assert!(assaults(&f).is_empty(), "{text}: {:#?}", f.events);
    }
    for text in [
        "Gunmen opened fire on a crowded bus, killing six passengers, police said.\n",
        "Soldiers came under heavy fire near the border, and two of them were killed.\n",
        "Militants set fire to a police station and killed three officers on Friday.\n",
    ] {
        let f = analyze(text);
        assert!(!assaults(&f).is_empty(), "{text}: {:#?}", f.events);
    }
}

#[test]
fn a_death_at_work_or_in_an_accident_is_no_attack() {
    for text in [
        "Early on Tuesday a signal engineer was killed while working on the tracks near Crewe station.\n",
        "A technician was killed while repairing a power line outside Leeds on Monday, the company said.\n",
        "Two miners were killed while digging a new shaft at the colliery in Silesia.\n",
        "A lift mechanic was fatally injured while servicing an elevator in a hotel in Lyon.\n",
        "A welder was killed in an accident at the shipyard in Gdansk on Friday.\n",
        "Three workers were killed in a workplace accident at a steel plant in Ohio.\n",
        "A delivery driver was killed in a crash on the motorway near Bristol.\n",
        "Two cyclists were killed in a collision with a lorry on the ring road.\n",
        "A track worker was killed by a train near Doncaster on Sunday.\n",
        "A crane operator died in a workplace accident in Rotterdam.\n",
    ] {
        let f = analyze(text);
        assert!(assaults(&f).is_empty(), "{text}: {:#?}", f.events);
    }
}

#[test]
fn a_death_at_work_by_an_attacker_stays_an_attack() {
    for text in [
        "A farmer was killed while working in his field by gunmen near Jos on Monday.\n",
        "A farmer was shot dead while working in his field near Jos on Monday.\n",
        "A nurse was killed in an attack while working at the clinic in Goma.\n",
        "Gunmen killed two road workers while they were repairing a bridge in Zamfara.\n",
        "A journalist was killed while working in the war zone near Bakhmut.\n",
    ] {
        let f = analyze(text);
        assert!(!assaults(&f).is_empty(), "{text}: {:#?}", f.events);
    }
}

#[test]
fn an_attacker_named_before_the_deaths_keeps_the_attack_beside_a_disease_or_storm() {
    // A disease or a storm in the sentence is no cause of death when an
    // attacker is named before the casualty word.
    for text in [
        "Gunmen killed two doctors treating virus patients in the clinic.\n",
        "Militants killed four soldiers during a storm on Monday.\n",
        "Attackers killed three aid workers who ran a cholera centre.\n",
    ] {
        let f = analyze(text);
        assert_eq!(assaults(&f).len(), 1, "{text}: {:#?}", f.events);
    }
    // Without one, the disease or the weather is the cause.
    for text in ["Cholera killed 30 rebels in the camp.\n", "Thirty people were killed in a landslide.\n"] {
        let f = analyze(text);
        assert!(assaults(&f).is_empty(), "{text}: {:#?}", f.events);
    }
}
