//! Deaths in accidents at work and other accidents are no ASSAULT: a
//! collapse of a structure ("when a crane collapsed", "in a roof collapse"),
//! a fall ("in a fall from scaffolding"), an explosion at an industrial site
//! ("an explosion at the chemical plant", "a gas explosion"), a machine or a
//! falling thing as the agent ("killed by machinery"), an electrocution, a
//! fire that broke out. A sentence that names an attacker, a weapon, a
//! strike or a claim stays an attack ("killed when a bomb exploded", "an
//! explosion claimed by IS", "the building collapsed after an airstrike").
//! Sentences written for these tests.

mod common;

use common::{analyze, assaults};

fn no_attack(texts: &[&str]) {
    for text in texts {
        let f = analyze(text);
        assert!(assaults(&f).is_empty(), "{text}: {:#?}", f.events);
    }
}

fn an_attack(texts: &[&str]) {
    for text in texts {
        let f = analyze(text);
        assert!(!assaults(&f).is_empty(), "{text}: {:#?}", f.events);
    }
}

#[test]
fn a_collapse_of_a_structure_is_no_attack() {
    no_attack(&[
        "A worker was killed when a crane collapsed at a building site in Leeds on Monday.\n",
        "A miner was killed in a roof collapse at the mine in Shanxi.\n",
        "Three labourers were injured when the scaffolding collapsed outside the hotel.\n",
        "The collapse of the bridge killed 14 people in the city on Tuesday.\n",
        "Two men were killed when the walls of the trench caved in at the site.\n",
    ]);
}

#[test]
fn a_fall_is_no_attack_but_the_fall_of_a_city_is_not_one() {
    no_attack(&[
        "Two men were killed in a fall from scaffolding in Glasgow, police said.\n",
        "A roofer was killed in a fall at a warehouse in Bristol on Friday.\n",
        "The climber was fatally injured in a fall on the north face.\n",
    ]);
    an_attack(&["Hundreds of civilians were killed in the fall of the city in March.\n"]);
}

#[test]
fn an_explosion_at_an_industrial_site_is_no_attack() {
    no_attack(&[
        "Three workers were killed in an explosion at the chemical plant in Tianjin on Friday.\n",
        "A worker was killed in a blast at a fireworks factory in Sivakasi.\n",
        "Two workers were killed in a gas explosion at a mine in Balochistan.\n",
        "A boiler exploded at the textile mill, killing four workers.\n",
    ]);
}

#[test]
fn a_machine_an_electrocution_or_a_fire_that_broke_out_is_no_attack() {
    no_attack(&[
        "A factory worker was killed by machinery at the plant in Dhaka.\n",
        "A labourer was crushed and killed by a falling beam at the site.\n",
        "An electrician was electrocuted and killed at the substation on Monday.\n",
        "Six people were killed when fire broke out at the garment factory.\n",
    ]);
}

#[test]
fn an_attack_named_beside_the_accident_words_stays_an_attack() {
    an_attack(&[
        "A man was killed when a bomb exploded at the market in Kabul.\n",
        "Ten people were killed in an explosion claimed by IS in Kabul.\n",
        "Six people were killed when gunmen opened fire on the bus.\n",
        "A suicide bomber blew himself up at the plant, killing five workers.\n",
        "Twelve people were killed when the building collapsed after an airstrike in Gaza.\n",
        "Four soldiers were killed in a mine blast near the border.\n",
        "The explosion at the checkpoint killed four soldiers, officials said.\n",
        "Two workers were killed when a drone hit the gas plant and caused an explosion.\n",
        "Militants killed three workers at the chemical factory in Balochistan.\n",
    ]);
}

#[test]
fn a_fire_with_an_attacker_stays_an_attack_and_one_without_is_none() {
    // The fire rule reads attackers as the other accident causes do.
    an_attack(&[
        "Six workers were killed in a fire at the factory set by arsonists.\n",
        "Two people were killed in a fire started by attackers at the market.\n",
        "The attackers killed a worker and the roof collapsed after the fire.\n",
        "Two guards died in a fire at the depot that militants had torched.\n",
    ]);
    no_attack(&[
        "A fire started by a faulty heater killed three people.\n",
        "An electrical fire killed an elderly couple in their flat.\n",
        "The building collapsed after the fire, killing two firefighters.\n",
        "A man was killed in a fire at his home on Friday, police said.\n",
    ]);
}

#[test]
fn armed_forces_near_a_fire_do_not_make_it_an_attack() {
    // Soldiers and the army are often the dead or the helpers of a fire;
    // they keep a blast or a collapse an attack, not a fire.
    no_attack(&[
        "A fire at a market killed 12 people, and the army was called in to help.\n",
        "Two soldiers were killed in a fire at their barracks caused by an electrical fault.\n",
        "A house fire killed a family of four, and troops helped firefighters search the ruins.\n",
    ]);
    an_attack(&["A soldier was killed in an explosion at the ammunition factory on Monday.\n"]);
}
