//! Force and menace need someone who acts: a verb of ASSAULT, COERCE or
//! THREATEN whose subject (or passive "by" agent) is an abstract or
//! inanimate noun ("tensions are threatening", "a storm threatens the
//! coast", "events captured by the monitoring systems") makes no event,
//! nor does the adjective "life threatening". People, groups, states and
//! names that threaten, attack or capture stay events. Sentences written
//! for these tests.

mod common;

use common::{analyze, assaults};
use newsledger_model::{Event, EventType, Facts};

fn of_type(f: &Facts, t: EventType) -> Vec<&Event> {
    f.events.iter().filter(|e| e.event_type == t).collect()
}

#[test]
fn an_abstract_or_inanimate_subject_threatens_no_one() {
    for text in [
        "Rising trade tensions are threatening to slow growth across Asia this year.\n",
        "A powerful storm threatens the coast this weekend, forecasters said.\n",
        "Doctors called the outbreak an emergency which threatens the lives of thousands of children.\n",
        "The new rules \"are unfair to small farmers, raise costs and threaten the future of the co-operative\", the union said.\n",
        "The drought has threatened the harvest across the south.\n",
    ] {
        let f = analyze(text);
        assert!(of_type(&f, EventType::Threaten).is_empty(), "{text}: {:#?}", f.events);
    }
}

#[test]
fn life_threatening_is_an_adjective() {
    for text in [
        "The nurse said the reaction can be life threatening if it is not treated.\n",
        "He suffered life-threatening injuries in the fall, the hospital said.\n",
        "Doctors said the condition was potentially life threatening.\n",
    ] {
        let f = analyze(text);
        assert!(of_type(&f, EventType::Threaten).is_empty(), "{text}: {:#?}", f.events);
    }
}

#[test]
fn people_groups_and_states_that_threaten_stay_events() {
    for text in [
        "The militia threatened the village with reprisals on Tuesday.\n",
        "The president threatened to impose new tariffs on Mexico, officials said.\n",
        "Rebels, who threaten the capital, seized two more towns on Sunday.\n",
        "Protesters blocked the road and threatened the drivers, police said.\n",
    ] {
        let f = analyze(text);
        assert_eq!(of_type(&f, EventType::Threaten).len(), 1, "{text}: {:#?}", f.events);
    }
}

#[test]
fn a_reality_or_a_device_ambushes_and_arrests_no_one() {
    for text in [
        "It was a harsh new reality that had ambushed the family after the diagnosis.\n",
        "Alerts for patient events captured by the monitoring systems go to the nurse on duty.\n",
        "Every car captured by the speed cameras is fined automatically.\n",
    ] {
        let f = analyze(text);
        assert!(assaults(&f).is_empty() && of_type(&f, EventType::Coerce).is_empty(), "{text}: {:#?}", f.events);
    }
    // People who ambush or capture stay events, with a passive "by" agent too.
    for (text, t) in [
        ("Rebels ambushed an army convoy near Goma on Monday, the army said.\n", EventType::Assault),
        ("The soldiers were ambushed by gunmen near the border on Monday.\n", EventType::Assault),
        ("Police captured the suspect in Lyon on Friday.\n", EventType::Coerce),
        ("The two fugitives were captured by police in Lyon on Friday.\n", EventType::Coerce),
    ] {
        let f = analyze(text);
        assert_eq!(of_type(&f, t).len(), 1, "{text}: {:#?}", f.events);
    }
}

#[test]
fn an_attack_on_policies_or_in_a_debate_is_words_not_force() {
    for text in [
        "In a televised debate on Thursday, the two candidates attacked each other's tax plans.\n",
        "The opposition leader attacked the government's policy on immigration.\n",
        "The senator attacked the governor's record on housing during a radio show.\n",
        "The mayor spoke first at the forum. Biden came under sustained attack from his rivals during the debate.\n",
        "Her opponents attacked her on Twitter for days after the vote.\n",
        "Democrats have been attacking the president for months ahead of the 2020 primary.\n",
    ] {
        let f = analyze(text);
        assert!(assaults(&f).is_empty(), "{text}: {:#?}", f.events);
    }
}

#[test]
fn a_physical_attack_on_a_politician_stays_an_assault() {
    for text in [
        "A man attacked the MP with a knife on Friday, police said.\n",
        "The candidate was attacked outside his home in Lagos on Tuesday, days before the debate.\n",
        "Gunmen attacked a campaign rally in the north on Sunday.\n",
        "Militants attacked polling stations during the presidential primary, officials said.\n",
        "Rebels attacked the army's positions near the border on Monday.\n",
    ] {
        let f = analyze(text);
        assert_eq!(assaults(&f).len(), 1, "{text}: {:#?}", f.events);
    }
    // "primary" beside no word of an election is no contest: a school.
    let f = analyze("A primary school was attacked on Monday, the ministry said.\n");
    assert_eq!(assaults(&f).len(), 1, "{:#?}", f.events);
}

#[test]
fn a_person_attacked_in_a_contest_told_a_paragraph_before_is_criticised() {
    for text in [
        "The media has ignored the Democratic presidential front-runners. The candidates will go the way of the others.\n\nEach day that is wasted is another day the House majority did not address substantive issues. Since January it has not talked of infrastructure or anything else other than one iteration after another of attacking Trump.\n",
        "The primary season has turned nasty, and the candidates are trading insults on Twitter.\n\nThe governor's allies spent the week in a familiar routine. On Monday they were attacking Warren again, and by Friday they had moved on to Biden.\n",
        "The candidates met for a third debate in Houston on Thursday night.\n\nThe former vice president took most of the heat. Castro attacked Biden over his memory.\n",
    ] {
        let f = analyze(text);
        assert!(assaults(&f).is_empty(), "{text}: {:#?}", f.events);
    }
    for text in [
        // A word of bodily force in the attack's sentence.
        "The candidates held rallies across Iowa on Saturday.\n\nLater that night, a man attacked Senator Smith outside his hotel, and police arrested him.\n",
        // No contest in the paragraph or the one before.
        "The minister visited the border town on Tuesday.\n\nOn Wednesday, a crowd attacked Ahmed Hassan in the market.\n",
        // The contest is told three paragraphs before.
        "The candidates debated in Houston in September.\n\nThe economy grew by two percent in the third quarter.\n\nMarkets rose on Friday.\n\nOn Sunday, a mob attacked John Mwangi in Nairobi.\n",
    ] {
        let f = analyze(text);
        assert_eq!(assaults(&f).len(), 1, "{text}: {:#?}", f.events);
    }
}

#[test]
fn attack_plans_are_no_criticism() {
    // "plans" right after the attack noun is what it modifies: the plans of
    // an attack, not an attack on plans.
    let f = analyze("The strike was aimed at deterring future Iranian attack plans.\n");
    assert!(assaults(&f).iter().any(|e| e.trigger == "attack"), "{:#?}", f.events);
}

#[test]
fn a_definition_names_a_class_not_an_attack() {
    for text in [
        "The institute defines incidents in which three or more people are shot, not counting the shooter, as a mass shooting.\n",
        "The agency classifies cases where a worker is stabbed at work as workplace violence.\n",
        "The database characterizes events where four or more people are killed or injured by gunfire as a mass shooting.\n",
    ] {
        let f = analyze(text);
        assert!(assaults(&f).is_empty(), "{text}: {:#?}", f.events);
    }
    // A real attack that someone characterises stays one event.
    let f = analyze("Police characterized the shooting at the mosque in Dayton on Sunday as a hate crime.\n");
    assert_eq!(assaults(&f).len(), 1, "{:#?}", f.events);
}

#[test]
fn an_invasion_of_people_is_no_attack() {
    for text in [
        "The pamphlet warns of an \"invasion\" of migrants across the southern border.\n",
        "In the post, the writer rails against what he calls an invasion of foreign people into Europe.\n",
        "The leaflet describes an \"invasion\" of refugees into the town.\n",
    ] {
        let f = analyze(text);
        assert!(assaults(&f).is_empty(), "{text}: {:#?}", f.events);
    }
    for text in ["Russia's invasion of Ukraine began in February 2022.\n", "The invasion of Iraq began in March 2003, officials said.\n"] {
        let f = analyze(text);
        assert_eq!(assaults(&f).len(), 1, "{text}: {:#?}", f.events);
    }
}

#[test]
fn a_short_passive_in_a_quote_retells_the_attack_just_reported() {
    for text in [
        "Officers shot him dead outside a shop in Leeds on Sunday.\n\nA witness described the scene: \"I saw him running with a knife. The man was then shot. It was over in seconds.\"\n",
        "Gunmen attacked a bus in Kano on Monday, killing four passengers.\n\n\"We heard screaming,\" said a driver. \"Four people were shot.\"\n",
        "Soldiers opened fire on the crowd in the capital on Friday.\n\nOne protester said: \"They came from the bridge. Two of my friends were shot.\"\n",
    ] {
        let f = analyze(text);
        assert_eq!(assaults(&f).len(), 1, "{text}: {:#?}", f.events);
    }
    // Its own date, place or agent makes another attack; out of a quote, the
    // statement is the outlet's own and stays apart too.
    for text in [
        "Gunmen attacked a bus in Kano on Monday, killing four passengers.\n\nHis brother said: \"In 2015 he was shot in Bradford.\"\n",
        "Gunmen attacked a bus in Kano on Monday, killing four passengers.\n\nA witness said: \"A guard was shot by a second gunman.\"\n",
        "Gunmen attacked a bus in Kano on Monday, killing four passengers.\n\nA guard was then shot.\n",
    ] {
        let f = analyze(text);
        assert_eq!(assaults(&f).len(), 2, "{text}: {:#?}", f.events);
    }
}
