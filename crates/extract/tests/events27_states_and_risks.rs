//! Event readings put right in the twenty-seventh session. A verb in the
//! simple present after its subject tells a state or a habit ("Farmers
//! cooperate in the valley", "the agency, which accuses him of fraud"):
//! ongoing, not a happening; a first-person performative ("We reject any
//! interference") stays a done act. "Threaten" in the sense of putting at
//! risk ("lives were threatened by the flood", "acts that threaten the
//! country's stability") and warnings of what no one will do ("warned of
//! potential floods") are no threats. A trigger word borrowed into a
//! sentence of another script is not read. "A pull request" is no request.
//! Sentences written for these tests.

mod common;

use common::analyze;
use newsledger_model::{EventType, Modality};

fn modality_of(text: &str, event_type: EventType) -> Modality {
    let f = analyze(text);
    f.events.iter().find(|e| e.event_type == event_type).unwrap_or_else(|| panic!("no {event_type:?} in {text}: {:#?}", f.events)).modality
}

fn count(text: &str, event_type: EventType) -> usize {
    analyze(text).events.iter().filter(|e| e.event_type == event_type).count()
}

#[test]
fn simple_present_after_a_subject_is_ongoing() {
    for (text, t) in [
        ("Farmers cooperate in the valley to share water.\n", EventType::Cooperate),
        ("Most economists reject the theory outright.\n", EventType::Reject),
        ("They refuse to pay the new tax.\n", EventType::Reject),
        ("People demand more from their councils these days.\n", EventType::Request),
        ("The broker was charged by the agency, which accuses him of fraud.\n", EventType::Accuse),
        ("The union said it opposes the plan, and its members support the strike fund, which coordinates payments.\n", EventType::Cooperate),
    ] {
        assert_eq!(modality_of(text, t), Modality::Ongoing, "{text}");
    }
}

#[test]
fn performatives_past_tense_and_modals_are_not_ongoing() {
    for (text, t) in [
        // "We reject …" performs the rejection as it is said.
        ("The president said: \"We reject any form of interference.\"\n", EventType::Reject),
        ("\"I urge the council to reconsider,\" the senator said.\n", EventType::Request),
        ("Farmers cooperated with the inspectors last year.\n", EventType::Cooperate),
        ("At no time did the companies agree to the terms.\n", EventType::Agree),
    ] {
        assert_ne!(modality_of(text, t), Modality::Ongoing, "{text}");
    }
    // A plural in -s after a relative word is a verb, not the subject of the trigger.
    let text = "They want a deal that includes tariff cuts on steel.\n";
    let f = analyze(text);
    assert!(f.events.iter().all(|e| e.modality != Modality::Ongoing), "{text}: {:#?}", f.events);
}

#[test]
fn endangering_is_no_threat() {
    for text in [
        "Doctors said her life was seriously threatened by the infection.\n",
        "The wetlands are home to species threatened by drainage.\n",
        "Officials said the protests threaten the country's stability.\n",
        "When threatened, the lizard drops its tail and runs.\n",
        "Forecasters warned of potential flash floods across the coast.\n",
        "The report warned of a possibility of coastal flooding next week.\n",
    ] {
        assert_eq!(count(text, EventType::Threaten), 0, "{text}: {:#?}", analyze(text).events);
    }
}

#[test]
fn threats_by_people_stay() {
    for text in [
        "The gang threatened the journalist's life in a phone call.\n",
        "The minister threatened to expel the diplomats.\n",
        "The general warned of retaliation if the border was crossed.\n",
        "Rebels threatened the town's mayor on Friday.\n",
    ] {
        assert!(count(text, EventType::Threaten) >= 1, "{text}: {:#?}", analyze(text).events);
    }
}

#[test]
fn words_borrowed_into_another_script_are_not_read() {
    let text = "उन्होंने कहा कि लोग हर दिन demand करते हैं और फिर चले जाते हैं।\n";
    assert!(analyze(text).events.is_empty(), "{text}: {:#?}", analyze(text).events);
    // The same trigger in an English sentence is read.
    assert_eq!(count("Residents demanded the release of the prisoners on Monday.\n", EventType::Request), 1);
}

#[test]
fn pull_requests_and_talking_are_no_events() {
    for (text, t) in [
        ("A volunteer opened a pull request to fix the bug.\n", EventType::Request),
        ("Reviewers merged the pull requests on Friday.\n", EventType::Request),
        ("He talks about his childhood in the film.\n", EventType::Consult),
        ("The coach, who talks about tactics every week, was fired.\n", EventType::Consult),
    ] {
        assert_eq!(count(text, t), 0, "{text}: {:#?}", analyze(text).events);
    }
    assert_eq!(count("Peace talks between the two sides resumed in Geneva on Monday.\n", EventType::Consult), 1);
}

fn assaults(text: &str) -> usize {
    count(text, EventType::Assault)
}

#[test]
fn crashes_animals_and_words_are_no_attacks() {
    for text in [
        "A small plane struck a hangar and crashed shortly after take-off on Sunday.\n",
        "Four people were killed when a cargo jet crashed into a warehouse near the airport.\n",
        "Two passengers were injured when the ferry collided with a pier on Friday.\n",
        "The farmer was killed by his bulls on Tuesday, police said.\n",
        "A hiker was injured by a bear near the lake.\n",
        "The senator attacked the investigation as a political stunt.\n",
        "Critics attacked the new legislation in a series of interviews.\n",
        "There is a striking difference between the two reports.\n",
        "The comedian took a veiled shot at the mayor during the ceremony.\n",
    ] {
        assert_eq!(assaults(text), 0, "{text}: {:#?}", analyze(text).events);
    }
}

#[test]
fn attacks_near_crashes_and_by_people_stay() {
    for text in [
        "Militants fired a rocket that struck the helicopter, which then crashed, the army said.\n",
        "Gunmen killed four guards at the checkpoint on Monday.\n",
        "The farmer was killed by gunmen on Tuesday, police said.\n",
        "Warplanes struck rebel positions near the border on Sunday.\n",
        "The suicide bomber attacked the convoy near the market.\n",
    ] {
        assert!(assaults(text) >= 1, "{text}: {:#?}", analyze(text).events);
    }
}

#[test]
fn a_unit_named_after_an_animal_still_kills() {
    let text = "The militant was killed by US Navy Seals on Sunday, officials said.\n";
    assert!(assaults(text) >= 1, "{text}: {:#?}", analyze(text).events);
}

#[test]
fn a_state_whose_end_lies_ahead_holds_now() {
    for text in [
        "The governor said the state of emergency will end on Friday.\n",
        "The curfew is expected to be lifted next week.\n",
        "Officials said the ban was due to expire in March.\n",
    ] {
        let f = analyze(text);
        // Ongoing, or at least told as in force: never planned.
        assert!(f.events.iter().any(|e| e.event_type == EventType::Coerce && matches!(e.modality, Modality::Ongoing | Modality::Occurred)), "{text}: {:#?}", f.events);
    }
    for (text, t) in [
        ("A curfew will be imposed tonight, the mayor said.\n", EventType::Coerce),
        ("The two sides could agree to end the blockade next month.\n", EventType::Agree),
    ] {
        assert_ne!(modality_of(text, t), Modality::Ongoing, "{text}");
    }
}

#[test]
fn pictures_captured_records_sanctioned_and_names_designated_are_no_events() {
    for (text, t) in [
        ("Bystanders captured pictures of the fire on their phones.\n", EventType::Coerce),
        ("The photographer captured the moment the bridge fell.\n", EventType::Coerce),
        ("It was not an officially sanctioned world record.\n", EventType::Sanction),
        ("The league held a sanctioned event in the capital.\n", EventType::Sanction),
        ("The World Health Organization announced the new designation for the virus.\n", EventType::Coerce),
    ] {
        assert_eq!(count(text, t), 0, "{text}: {:#?}", analyze(text).events);
    }
    for (text, t) in [
        ("Soldiers captured two rebel commanders near the border.\n", EventType::Coerce),
        ("The European Union sanctioned three officials on Monday.\n", EventType::Sanction),
        ("The State Department designated the group a foreign terrorist organization.\n", EventType::Coerce),
    ] {
        assert!(count(text, t) >= 1, "{text}: {:#?}", analyze(text).events);
    }
}

#[test]
fn evidence_and_software_back_no_one() {
    for text in [
        "The inquiry concluded that the evidence supported the account of the guards.\n",
        "Prices were supported by a combination of factors, analysts said.\n",
        "The new findings supported the earlier estimate.\n",
    ] {
        assert_eq!(count(text, EventType::Support), 0, "{text}: {:#?}", analyze(text).events);
    }
    for text in ["The senator supported the bill in a vote on Tuesday.\n", "The rebels are backed by the neighbouring government.\n"] {
        assert!(count(text, EventType::Support) >= 1, "{text}: {:#?}", analyze(text).events);
    }
}

#[test]
fn a_denial_reaches_only_what_it_denies() {
    for text in [
        "The spokesman said the agency denies nothing, and 12 people were killed in the blast.\n",
        "The militia denied involvement in the attack that killed 12 people.\n",
        "The group denied responsibility for the bombing of the market on Friday.\n",
        "Police denied the report, but witnesses said officers shot three protesters.\n",
    ] {
        assert_eq!(modality_of(text, EventType::Assault), Modality::Occurred, "{text}");
    }
    for text in ["The army denied that soldiers killed 12 people.\n", "The ministry denied reports that its jets bombed the market.\n"] {
        assert_eq!(modality_of(text, EventType::Assault), Modality::Denied, "{text}");
    }
}

#[test]
fn the_antecedent_of_which_is_the_actor() {
    let text = "The publisher is fighting extradition to the United States, which accuses him of leaking secret files.\n";
    let f = analyze(text);
    let accuse = f.events.iter().find(|e| e.event_type == EventType::Accuse).unwrap_or_else(|| panic!("no ACCUSE: {:#?}", f.events));
    let actor = accuse.actor.as_ref().and_then(|id| f.entities.iter().find(|e| &e.id == id)).map(|e| e.text.as_str());
    assert_eq!(actor, Some("United States"), "{:#?}", accuse);
}

#[test]
fn talking_with_someone_is_consulting() {
    let text = "In the email the manager talks to the deputy minister about the contract.\n";
    assert_eq!(count(text, EventType::Consult), 1, "{text}: {:#?}", analyze(text).events);
}
