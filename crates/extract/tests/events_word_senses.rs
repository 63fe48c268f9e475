//! Trigger words in a sense that reports no event, on sentences written for
//! these tests: "the accused" (a person), "a captured truck" and "the
//! detained man" (adjectives), "was met with jeers" (a reception, not a
//! meeting), a camera that "captured" a scene, "sign" as a placard, signing
//! something that is no agreement ("signed the bill into law"), games
//! between teams ("beat the Devils in nine meetings"), "fired" for a
//! dismissal or a space launch rather than rockets, and riot-control
//! weapons (tear gas, water cannon) as crowd control, not an assault;
//! "clashes" of armed groups (fighting) and of protesters (a riot), "riot
//! police" (no riot), and forms of armed violence (arson, sieges, hostages,
//! stabbings, executions of people, not of plans) and of censorship
//! (internet shutdowns); asset freezes, mediation, prisoner swaps and aid
//! sent as supplies (not wages frozen or a letter sent).

mod common;

use common::analyze;
use newsledger_model::{EventType, Facts};

fn triggers(f: &Facts, t: EventType) -> Vec<String> {
    f.events.iter().filter(|e| e.event_type == t).map(|e| e.trigger.to_lowercase()).collect()
}

#[test]
fn the_accused_is_a_person_not_an_accusation() {
    let f = analyze("The judge told the accused to stay in the country. The accused, a 40-year-old driver, said nothing.\n");
    assert!(triggers(&f, EventType::Accuse).is_empty(), "{:#?}", f.events);
    let f = analyze("The prosecutor accused the driver of manslaughter on Tuesday.\n");
    assert_eq!(triggers(&f, EventType::Accuse), ["accused"], "{:#?}", f.events);
}

#[test]
fn participles_used_as_adjectives_report_nothing() {
    let f = analyze("The explosives were hidden in a captured police van. The detained man's lawyer declined to comment.\n");
    assert!(triggers(&f, EventType::Coerce).is_empty(), "{:#?}", f.events);
    let f = analyze("Soldiers captured the rebel commander near the river.\n");
    assert_eq!(triggers(&f, EventType::Coerce), ["captured"], "{:#?}", f.events);
}

#[test]
fn a_reception_is_not_a_meeting() {
    let f = analyze("The governor was met with boos when he visited the stadium.\n");
    assert!(!triggers(&f, EventType::Consult).contains(&"met with".to_string()), "{:#?}", f.events);
    let f = analyze("The governor met with tribal elders in the capital on Monday.\n");
    assert_eq!(triggers(&f, EventType::Consult), ["met with"], "{:#?}", f.events);
}

#[test]
fn cameras_and_placards_are_no_events() {
    let f = analyze("Surveillance cameras captured the moment the car stopped. Marchers held signs calling for peace.\n");
    assert!(triggers(&f, EventType::Coerce).is_empty(), "{:#?}", f.events);
    assert!(triggers(&f, EventType::Agree).is_empty(), "{:#?}", f.events);
    let f = analyze("The two rebel groups will sign the accord in Geneva next week.\n");
    assert!(triggers(&f, EventType::Agree).contains(&"sign".to_string()), "{:#?}", f.events);
}

#[test]
fn signing_is_agreeing_only_when_an_agreement_is_signed() {
    let text = "Readers can sign up online. A doctor signed him off work for a week. The governor signed the bill into law. \
                Both factions signed the ceasefire agreement in Doha on Friday.\n";
    let f = analyze(text);
    let agreements: Vec<_> = f.events.iter().filter(|e| e.event_type == EventType::Agree).collect();
    // Only the last sentence agrees ("signed the ceasefire agreement").
    assert!(agreements.iter().any(|e| e.trigger == "signed"), "{:#?}", f.events);
    let last_sentence = text[..text.find("Both").unwrap_or(0)].chars().count();
    assert!(agreements.iter().all(|e| e.evidence.start >= last_sentence), "{:#?}", agreements);
}

#[test]
fn an_event_noun_that_modifies_another_noun_reports_nothing() {
    let f = analyze("Opposition lawmakers called it a protest vote. A judge signed an arrest warrant for the mayor.\n");
    assert!(triggers(&f, EventType::Protest).is_empty(), "{:#?}", f.events);
    assert!(triggers(&f, EventType::Coerce).is_empty(), "{:#?}", f.events);
    let f = analyze("Police arrested the mayor on Friday after a protest outside his office.\n");
    assert_eq!(triggers(&f, EventType::Coerce), ["arrested"], "{:#?}", f.events);
    assert_eq!(triggers(&f, EventType::Protest), ["protest"], "{:#?}", f.events);
}

#[test]
fn a_threat_needs_someone_who_threatens() {
    let f = analyze("Engineers spoke of a real threat of the old dam collapsing. It was a new threat to the governor's rule.\n");
    assert!(triggers(&f, EventType::Threaten).is_empty(), "{:#?}", f.events);
    let f = analyze("Despite threats from the Revolutionary Guards, the students marched on Sunday.\n");
    let t: Vec<_> = f.events.iter().filter(|e| e.event_type == EventType::Threaten).collect();
    assert_eq!(t.len(), 1, "{:#?}", f.events);
    assert!(common::entity_names(&f, t[0].actor.as_deref()).contains("revolutionary guards"), "{:#?}", t[0]);
}

#[test]
fn casings_praise_and_eager_grabs_are_no_attacks_or_seizures() {
    let f = analyze("Critics called the coupe the most striking design of the year. The probe will map the icy shell of the moon. The coach seized on the referee's mistake.\n");
    assert!(triggers(&f, EventType::Assault).is_empty(), "{:#?}", f.events);
    assert!(triggers(&f, EventType::Coerce).is_empty(), "{:#?}", f.events);
    let f = analyze("Customs officers seized two tonnes of cocaine at the port.\n");
    assert_eq!(triggers(&f, EventType::Coerce), ["seized"], "{:#?}", f.events);
    // "more" before a plural is a count, not a degree.
    let f = analyze("The air force launched more strikes on the port overnight.\n");
    assert_eq!(triggers(&f, EventType::Assault), ["strikes"], "{:#?}", f.events);
}

#[test]
fn market_demand_and_driver_assistance_are_no_requests_or_aid() {
    let f = analyze("Oil prices fell on worries over weak global demand. The sedan comes with lane assistance and parking assistance.\n");
    assert!(triggers(&f, EventType::Request).is_empty(), "{:#?}", f.events);
    assert!(triggers(&f, EventType::Aid).is_empty(), "{:#?}", f.events);
    let f = analyze("The ministry did not respond to a request for comment on Friday.\n");
    assert!(triggers(&f, EventType::Request).is_empty(), "{:#?}", f.events);
    let f = analyze("The strikers repeated their demand for higher wages. The agency sent food assistance to the camps.\n");
    assert_eq!(triggers(&f, EventType::Request), ["demand"], "{:#?}", f.events);
    assert_eq!(triggers(&f, EventType::Aid), ["assistance"], "{:#?}", f.events);
}

#[test]
fn comebacks_and_market_rallies_are_no_protests() {
    let f = analyze("The champion rallied to beat her younger rival in three sets. Shares rallied after the bank cut rates.\n");
    assert!(triggers(&f, EventType::Protest).is_empty(), "{:#?}", f.events);
    let f = analyze("Thousands of farmers rallied outside parliament against the new land law.\n");
    assert_eq!(triggers(&f, EventType::Protest), ["rallied"], "{:#?}", f.events);
}

#[test]
fn subscribing_browsing_and_bargains_are_no_agreements_or_visits() {
    let f = analyze("Readers can sign up for the newsletter, and many signed up for it last year. For details, please visit our website. This sponsored deal ends on Sunday.\n");
    assert!(triggers(&f, EventType::Agree).is_empty(), "{:#?}", f.events);
    assert!(triggers(&f, EventType::Consult).is_empty(), "{:#?}", f.events);
    let f = analyze("The two militias signed a truce in Tripoli. The envoy will visit Khartoum next week. He will visit the site of the blast.\n");
    // "signed a truce" is one agreement (events20: the object noun joins its verb).
    assert_eq!(triggers(&f, EventType::Agree), ["signed"], "{:#?}", f.events);
    assert_eq!(triggers(&f, EventType::Consult), ["visit", "visit"], "{:#?}", f.events);
    let f = analyze("Forty countries signed up to the pledge. The opposition party demands new elections.\n");
    assert_eq!(triggers(&f, EventType::Agree), ["signed"], "{:#?}", f.events);
    assert_eq!(triggers(&f, EventType::Request), ["demands"], "{:#?}", f.events);
}

#[test]
fn deployed_software_is_no_mobilisation() {
    let f = analyze("The utility deployed new billing software across the region. Cities are deploying cleaner buses.\n");
    assert!(triggers(&f, EventType::Mobilize).is_empty(), "{:#?}", f.events);
    let f = analyze("The government deployed 2,000 soldiers to the northern province on Monday.\n");
    assert_eq!(triggers(&f, EventType::Mobilize), ["deployed"], "{:#?}", f.events);
}

#[test]
fn leaders_who_meet_consult_results_that_meet_expectations_do_not() {
    for text in [
        "Leaders met in Paris on Monday.\n",
        "The Security Council will meet on Tuesday.\n",
        "The two sides met for three hours in Doha.\n",
    ] {
        let f = analyze(text);
        assert_eq!(triggers(&f, EventType::Consult).len(), 1, "{text}: {:#?}", f.events);
    }
    for text in ["The company's results met expectations.\n", "Officials met the deadline on Friday.\n", "He met his wife in 1990.\n"] {
        let f = analyze(text);
        assert!(triggers(&f, EventType::Consult).is_empty(), "{text}: {:#?}", f.events);
    }
}

#[test]
fn troops_sent_in_the_passive_are_a_deployment_a_letter_is_not() {
    for text in [
        "Troops were sent to the border last month.\n",
        "Hundreds of soldiers were dispatched to the region after the riots.\n",
        "Some 2,000 additional troops have been sent to the area.\n",
    ] {
        let f = analyze(text);
        assert_eq!(f.events.iter().filter(|e| e.event_type == EventType::Mobilize).count(), 1, "{text}: {:#?}", f.events);
    }
    let f = analyze("A letter was sent to the soldiers' families on Monday.\n");
    assert!(triggers(&f, EventType::Mobilize).is_empty(), "{:#?}", f.events);
}

#[test]
fn features_findings_targets_and_institutional_nouns_report_nothing() {
    let f = analyze("Voice control is supported, and the old data supported the theory. Earnings kept meeting expectations. \
                     The country has too many veto points. The state dropped its new protest laws. Prices follow supply and demand.\n");
    for t in [EventType::Support, EventType::Consult, EventType::Reject, EventType::Protest, EventType::Request] {
        assert!(triggers(&f, t).is_empty(), "{t:?}: {:#?}", f.events);
    }
    let f = analyze("The opposition supported the bill. Russia vetoed the resolution on Friday.\n");
    assert_eq!(triggers(&f, EventType::Support), ["supported"], "{:#?}", f.events);
    assert_eq!(triggers(&f, EventType::Reject), ["vetoed"], "{:#?}", f.events);
}

#[test]
fn being_vulnerable_to_an_event_is_no_report_that_it_happened() {
    let f = analyze("The former banker is vulnerable to extradition, a lawyer said.\n");
    let e: Vec<_> = f.events.iter().filter(|e| e.event_type == EventType::Coerce).collect();
    assert_eq!(e.len(), 1, "{:#?}", f.events);
    assert_eq!(e[0].modality, newsledger_model::Modality::Possible, "{:#?}", e[0]);
}

#[test]
fn an_impression_that_strikes_someone_is_no_attack() {
    let f = analyze("Her answer struck me as odd. It is striking that the talks went on. Analysts expect no broad-based rally this week.\n");
    assert!(triggers(&f, EventType::Assault).is_empty(), "{:#?}", f.events);
    assert!(triggers(&f, EventType::Protest).is_empty(), "{:#?}", f.events);
    let f = analyze("It’s striking that nobody came.\n");
    assert!(triggers(&f, EventType::Assault).is_empty(), "{:#?}", f.events);
    let f = analyze("A guard struck him with a baton outside the court. A drone was seen striking that convoy.\n");
    assert_eq!(triggers(&f, EventType::Assault), ["struck", "striking"], "{:#?}", f.events);
}

#[test]
fn a_bill_treaty_hearing_or_facility_named_for_an_event_is_not_the_event() {
    let f = analyze("Lawmakers debated the extradition bill for a week. The sanctions bill stalled in the Senate. His extradition hearing opens in May. \
                     Inspectors found overcrowding at two detention facilities.\n");
    assert!(triggers(&f, EventType::Coerce).is_empty(), "{:#?}", f.events);
    assert!(triggers(&f, EventType::Sanction).is_empty(), "{:#?}", f.events);
    let f = analyze("The court approved his extradition to Peru last month.\n");
    assert_eq!(triggers(&f, EventType::Coerce), ["extradition"], "{:#?}", f.events);
}

#[test]
fn a_visit_to_the_us_is_a_visit() {
    // Nontrigger phrases match lower-cased words: "visit us" would swallow "visit US".
    let f = analyze("The prime minister will visit US troops in Qatar next week.\n");
    assert_eq!(triggers(&f, EventType::Consult), ["visit"], "{:#?}", f.events);
}

#[test]
fn games_between_teams_are_not_meetings() {
    let f = analyze("The Rovers beat the Harriers for the fifth time in six meetings on Saturday.\n");
    assert!(triggers(&f, EventType::Consult).is_empty(), "{:#?}", f.events);
    let f = analyze("City had won all of the previous 12 meetings between the clubs.\n");
    assert!(triggers(&f, EventType::Consult).is_empty(), "{:#?}", f.events);
    let f = analyze("The two foreign ministers held three meetings in Geneva last week.\n");
    assert_eq!(triggers(&f, EventType::Consult), ["meetings"], "{:#?}", f.events);
}

#[test]
fn firing_rockets_is_an_attack_firing_a_manager_is_not() {
    let f = analyze("A rocket fired from across the border landed in a field near the village on Sunday. Militants fired 20 rockets at the town overnight.\n");
    let modes: Vec<_> = f.events.iter().filter(|e| e.event_type == EventType::Assault).map(|e| e.mode.clone().unwrap_or_default()).collect();
    assert_eq!(modes, ["missile", "missile"], "{:#?}", f.events);
    let f = analyze("The board fired its chief executive in March after the missile contract was lost. The agency launched a rocket carrying two weather satellites.\n");
    assert!(triggers(&f, EventType::Assault).is_empty(), "{:#?}", f.events);
}

#[test]
fn tear_gas_and_water_cannon_are_crowd_control() {
    let f = analyze("Riot police fired tear gas and rubber bullets at the marchers on Saturday.\n");
    let coerce: Vec<_> = f.events.iter().filter(|e| e.event_type == EventType::Coerce).collect();
    assert_eq!(coerce.len(), 1, "one event per sentence: {:#?}", f.events);
    assert_eq!(coerce[0].mode.as_deref(), Some("crowd control"));
    assert!(triggers(&f, EventType::Assault).is_empty(), "{:#?}", f.events);
}

#[test]
fn clashes_of_armed_groups_are_fighting_clashes_with_protesters_are_riots() {
    let modes = |text: &str| -> Vec<(EventType, String)> { analyze(text).events.iter().map(|e| (e.event_type, e.mode.clone().unwrap_or_default())).collect() };
    assert_eq!(modes("Troops clashed with rebels near the border on Monday.\n"), [(EventType::Assault, "armed clash".to_string())]);
    assert_eq!(modes("Riot police clashed with protesters outside the parliament on Monday.\n"), [(EventType::Protest, "riot".to_string())]);
    assert_eq!(modes("Security forces clashed with demonstrators in the main square.\n"), [(EventType::Protest, "riot".to_string())]);
    // The casualty word joins the clash instead of making an event of its own.
    assert_eq!(modes("Clashes between rival militias killed at least 12 people in the port city.\n"), [(EventType::Assault, "armed clash".to_string())]);
}

#[test]
fn arson_sieges_hostages_stabbings_and_shutdowns_are_events() {
    let cases = [
        ("Rebels set fire to dozens of homes in the village on Sunday.\n", EventType::Assault, "arson"),
        ("The militia laid siege to the town for three months.\n", EventType::Assault, "siege"),
        ("Two aid workers were taken hostage near the border last week.\n", EventType::Assault, "abduction"),
        ("A man stabbed two commuters at the station on Friday.\n", EventType::Assault, "stabbing"),
        ("Heavy fighting broke out near the airport on Tuesday.\n", EventType::Assault, "armed clash"),
        ("The government imposed a nationwide internet shutdown before the vote.\n", EventType::Coerce, "censorship"),
        ("The group executed two hostages last year.\n", EventType::Assault, "execution"),
        ("Six prisoners were executed at dawn on Tuesday.\n", EventType::Assault, "execution"),
        ("The treasury froze the assets of two cartel leaders on Friday.\n", EventType::Sanction, "asset freeze"),
        ("Qatar mediated between the two sides in Doha last month.\n", EventType::Consult, "mediation"),
        ("The two sides completed a prisoner swap at the border on Sunday.\n", EventType::Concede, "release"),
    ];
    for (text, ty, mode) in cases {
        let f = analyze(text);
        let got: Vec<_> = f.events.iter().map(|e| (e.event_type, e.mode.clone().unwrap_or_default())).collect();
        assert_eq!(got, [(ty, mode.to_string())], "{text}");
    }
}

#[test]
fn executing_a_plan_or_staying_an_execution_is_no_killing() {
    let f = analyze("The company executed its plan to cut costs, laying off 200 people. The court ordered a stay of execution for the two men.\n");
    assert!(triggers(&f, EventType::Assault).is_empty(), "{:#?}", f.events);
}

#[test]
fn aid_is_supplies_sent_and_freezing_needs_assets() {
    let f = analyze("The government sent 20 tonnes of medical supplies to the flooded region on Monday.\n");
    assert_eq!(triggers(&f, EventType::Aid), ["sent"], "{:#?}", f.events);
    let f = analyze("The company froze wages for a year and sent a letter to its staff.\n");
    assert!(f.events.is_empty(), "{:#?}", f.events);
}

#[test]
fn political_attacks_are_no_assault() {
    let f = analyze("The senator deflected Republican attacks during the hearing on Tuesday, calling them a personal attack on his family.\n");
    assert!(triggers(&f, EventType::Assault).is_empty(), "{:#?}", f.events);
    // A physical attack in the same words stays one.
    let f = analyze("Republican militiamen attacked a police station in the north on Tuesday, killing two officers.\n");
    assert_eq!(triggers(&f, EventType::Assault).len(), 1, "{:#?}", f.events);
}

#[test]
fn a_person_shot_is_an_assault_a_film_or_a_chance_is_not() {
    for text in [
        "A gunman shot three shoppers outside a supermarket on Saturday.\n",
        "Two border agents were shot near the crossing on Monday.\n",
        "Officers arrived within minutes and shot him dead.\n",
    ] {
        let f = analyze(text);
        assert_eq!(triggers(&f, EventType::Assault).len(), 1, "{text}: {:#?}", f.events);
    }
    for text in [
        "The film was shot in Toronto over six weeks.\n",
        "He shot 68 in the final round to win by two strokes.\n",
        "We lost to them, so we get another shot to play them next month.\n",
        "It was a shot in the dark, the coach admitted.\n",
        "The soldier shot himself in the barracks, the army said.\n",
    ] {
        let f = analyze(text);
        assert!(triggers(&f, EventType::Assault).is_empty(), "{text}: {:#?}", f.events);
    }
}

#[test]
fn campaign_rallies_are_not_protests() {
    for text in [
        "The president praised the troops at his campaign rallies in Ohio.\n",
        "She spoke at three election rallies on Saturday.\n",
        "He touts the deal at political rallies across the state.\n",
    ] {
        let f = analyze(text);
        assert!(triggers(&f, EventType::Protest).is_empty(), "{text}: {:#?}", f.events);
    }
    let f = analyze("Thousands joined a rally against the new tax on Sunday.\n");
    assert_eq!(triggers(&f, EventType::Protest), ["rally"], "{:#?}", f.events);
}
