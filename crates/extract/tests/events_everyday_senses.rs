//! Conflict trigger words in their everyday senses, on sentences written for
//! these tests: a deal or a balance "struck", a "rally" of prices or a
//! politician's own rally, "demonstrated that…" (showing), "an indictment of
//! the system" (censure), idioms of killing and shooting ("if it kills me",
//! "killing time", "shooting for a release"), animals killed, and diseases
//! that kill. Each shape comes with sentences that must stay events.

mod common;

use common::{analyze, assaults};
use newsledger_model::{EventType, Facts};

/// The triggers of the events of one type, lower-cased.
fn of_type(f: &Facts, t: EventType) -> Vec<String> {
    f.events.iter().filter(|e| e.event_type == t).map(|e| e.trigger.to_lowercase()).collect()
}

#[test]
fn a_deal_or_a_tone_struck_is_no_attack() {
    for text in [
        "After weeks of talks, a deal was finally struck between the two airlines on Monday.\n",
        "The agreement struck with the unions last year raised wages by four percent.\n",
        "The minister struck the right balance between caution and hope in her speech.\n",
        "The governor's speech struck an optimistic tone about the economy.\n",
    ] {
        let f = analyze(text);
        assert!(assaults(&f).is_empty(), "{text}{:#?}", f.events);
    }
    for text in ["Missiles struck the fuel depot near the port on Tuesday.\n", "The convoy that was struck by a roadside bomb had left the base an hour earlier.\n"] {
        let f = analyze(text);
        assert_eq!(assaults(&f).len(), 1, "{text}{:#?}", f.events);
    }
}

#[test]
fn a_rally_of_prices_is_no_protest() {
    for text in [
        "Analysts credited the rally in technology shares to strong earnings.\n",
        "The rally lifted the index to a record close on Friday.\n",
        "Government bonds in Europe rallied for a third day on Thursday.\n",
    ] {
        let f = analyze(text);
        assert!(of_type(&f, EventType::Protest).is_empty(), "{text}{:#?}", f.events);
    }
    // People who gather keep it a protest, even beside the stock exchange.
    let f = analyze("Protesters rallied outside the stock exchange against the new tax.\n");
    assert!(of_type(&f, EventType::Protest).contains(&"rallied".to_string()), "{:#?}", f.events);
}

#[test]
fn a_politicians_own_rally_is_no_protest() {
    for text in [
        "\"We will win this state again,\" Trump said at a rally in Ohio on Saturday.\n",
        "Senator Jane Holt told supporters at a rally in Denver that she would run again.\n",
        "The governor held a rally in Tulsa on Friday.\n",
    ] {
        let f = analyze(text);
        assert!(of_type(&f, EventType::Protest).is_empty(), "{text}{:#?}", f.events);
    }
    for text in [
        "Thousands of teachers held a rally outside the Statehouse on Tuesday to demand higher pay.\n",
        "Opposition supporters said at a rally in the capital that the vote was rigged.\n",
    ] {
        let f = analyze(text);
        assert_eq!(of_type(&f, EventType::Protest), ["rally"], "{text}{:#?}", f.events);
    }
}

#[test]
fn demonstrating_that_or_a_skill_is_no_protest() {
    for text in [
        "The researchers demonstrated in 2021 that the enzyme slows cell growth.\n",
        "As demonstrated by last year's results, the plan works.\n",
        "The company demonstrated its new drone at the trade fair.\n",
        "Their offense has improved all season, as they demonstrated again against the Hawks on Sunday.\n",
    ] {
        let f = analyze(text);
        assert!(of_type(&f, EventType::Protest).is_empty(), "{text}{:#?}", f.events);
    }
    for text in [
        "Thousands demonstrated outside parliament against the new law.\n",
        "Students demonstrated in the capital on Friday to show that they would not back down.\n",
    ] {
        let f = analyze(text);
        assert_eq!(of_type(&f, EventType::Protest), ["demonstrated"], "{text}{:#?}", f.events);
    }
}

#[test]
fn an_indictment_of_a_system_is_censure_not_prosecution() {
    for text in [
        "The senator called the report a damning indictment of the prison system.\n",
        "Critics said the closures were an indictment of government policy.\n",
        "The novel is a bleak indictment of modern society.\n",
    ] {
        let f = analyze(text);
        assert!(of_type(&f, EventType::Coerce).is_empty(), "{text}{:#?}", f.events);
    }
    for text in [
        "The indictment of the former mayor was unsealed on Tuesday.\n",
        "Prosecutors announced the indictment of the country's former president on Monday.\n",
    ] {
        let f = analyze(text);
        assert_eq!(of_type(&f, EventType::Coerce), ["indictment"], "{text}{:#?}", f.events);
    }
}

#[test]
fn idioms_of_killing_and_shooting_are_no_attacks() {
    for text in [
        "\"I will finish this race if it kills me,\" she said.\n",
        "Fans were killing time in the parking lot before the gates opened.\n",
        "The band absolutely killed it at the festival on Saturday.\n",
        "Senate leaders killed the bill in committee.\n",
        "The studio is shooting for a release next spring.\n",
    ] {
        let f = analyze(text);
        assert!(assaults(&f).is_empty(), "{text}{:#?}", f.events);
    }
    let f = analyze("A gunman killed three people at the mall.\n");
    assert_eq!(assaults(&f).len(), 1, "{:#?}", f.events);
}

#[test]
fn killing_an_animal_is_no_assault() {
    for text in [
        "A farmer who killed and ate a wild boar fell ill last week.\n",
        "The hunters killed two deer near the lake.\n",
        "Poachers killed three elephants in the park last month.\n",
    ] {
        let f = analyze(text);
        assert!(assaults(&f).is_empty(), "{text}{:#?}", f.events);
    }
    // People killed first: their animals do not make it a hunt.
    let f = analyze("Gunmen killed two villagers and their cattle in a raid.\n");
    assert_eq!(assaults(&f).len(), 1, "{:#?}", f.events);
}

#[test]
fn a_disease_that_kills_is_no_assault() {
    for text in [
        "Plague has killed millions of people over the centuries.\n",
        "The Black Death swept through the city, killing half of its residents.\n",
        "Smallpox killed an estimated 300 million people in the 20th century.\n",
    ] {
        let f = analyze(text);
        assert!(assaults(&f).is_empty(), "{text}{:#?}", f.events);
    }
    // An attacker named before the casualty word keeps the attack.
    let f = analyze("Gunmen killed two doctors treating plague patients in the village.\n");
    assert_eq!(assaults(&f).len(), 1, "{:#?}", f.events);
}

#[test]
fn a_kill_in_a_game_is_no_assault() {
    for text in [
        "You parry the troopers' shots back at them, killing them in one hit.\n",
        "Players who dodge at the right moment can kill three guards before the alarm sounds.\n",
        "The new melee system lets you kill enemies from behind without a sound.\n",
    ] {
        let f = analyze(text);
        assert!(assaults(&f).is_empty(), "{text}{:#?}", f.events);
    }
    let f = analyze("Soldiers killed four militants near the border on Sunday.\n");
    assert_eq!(assaults(&f).len(), 1, "{:#?}", f.events);
}
