//! Event readings put right in the twenty-eighth session (see
//! `docs/bench/events.md`, "events28"). Words of asking, agreeing, meeting,
//! blaming and withdrawing used for no such act (an opinion, an interview, a
//! law that "calls for" something, demand for goods, a firing, a storm
//! warning withdrawn); a tariff removed, a fire crew dispatched, a labour
//! strike, an animal that "attacks"; and the roles of nouns the subject
//! undergoes or sets off ("fighting extradition", "received criticism", "led
//! to protests"), of "the request of X" and of a charge ("accused him of
//! obstruction of Congress"). Sentences written for these tests.

mod common;

use common::{analyze, entity_names};
use newsledger_model::{EventType, Facts};

fn count(text: &str, event_type: EventType) -> usize {
    analyze(text).events.iter().filter(|e| e.event_type == event_type).count()
}

fn assert_none(texts: &[&str], event_type: EventType) {
    for text in texts {
        let f = analyze(text);
        assert!(f.events.iter().all(|e| e.event_type != event_type), "{event_type:?} in {text}: {:#?}", f.events);
    }
}

fn assert_some(texts: &[&str], event_type: EventType) {
    for text in texts {
        assert!(count(text, event_type) >= 1, "no {event_type:?} in {text}: {:#?}", analyze(text).events);
    }
}

/// The actor and target (entity text and canonical name, lower case) of the
/// one event of `event_type`.
fn roles(text: &str, event_type: EventType) -> (String, String, Facts) {
    let f = analyze(text);
    let e = f.events.iter().find(|e| e.event_type == event_type).unwrap_or_else(|| panic!("no {event_type:?} in {text}: {:#?}", f.events)).clone();
    (entity_names(&f, e.actor.as_deref()), entity_names(&f, e.target.as_deref()), f)
}

#[test]
fn an_animal_that_attacks_in_the_present_is_no_assault() {
    assert_none(&["A bat attacks the nominee at the gala dinner.\n", "A stray dog attacks a jogger in the park.\n"], EventType::Assault);
    // A plural noun after a determiner, or with no object after it, stays an attack;
    // so does a person who attacks.
    assert_some(
        &["The attacks continued for three days in the north.\n", "Drone strikes hit three villages on Sunday.\n", "A gunman attacks the guards at the gate.\n"],
        EventType::Assault,
    );
}

#[test]
fn a_labour_strike_is_no_assault() {
    assert_none(
        &["Its name comes from the song of textile workers during a 1912 strike.\n", "A strike of dock workers closed the port for a week.\n"],
        EventType::Assault,
    );
    assert_some(
        &["An air strike hit the depot on Tuesday.\n", "The army launched a strike on the depot.\n", "A missile strike killed four workers at the factory.\n"],
        EventType::Assault,
    );
}

#[test]
fn rescue_services_sending_crews_mobilize_no_force() {
    assert_none(
        &[
            "Firefighters dispatched around 30 vehicles; personnel had the blaze under control by noon.\n",
            "The fire department sent 12 engines and 40 personnel to the warehouse.\n",
        ],
        EventType::Mobilize,
    );
    assert_some(&["The army dispatched troops to the border.\n", "The government sent soldiers and firefighters to the region.\n"], EventType::Mobilize);
}

#[test]
fn tariffs_taken_away_are_no_sanction() {
    assert_none(
        &[
            "The agreement seeks to remove tariffs on 90 percent of goods.\n",
            "Canada lowered tariffs on steel last year.\n",
            "Negotiators discussed rolling back existing tariffs on cars.\n",
            "The deal includes tariff concessions for farmers.\n",
            "The US lifted sanctions on Iran in January.\n",
        ],
        EventType::Sanction,
    );
    assert_some(&["The United States imposed tariffs on steel.\n", "China raised tariffs on soybeans in June.\n"], EventType::Sanction);
    // Lifting sanctions is a concession by whoever lifts them.
    assert_some(&["The US lifted sanctions on Iran in January.\n"], EventType::Concede);
}

#[test]
fn agreeing_in_opinion_is_no_agreement() {
    assert_none(
        &[
            "I completely agree with that.\n",
            "La Riva agreed with the nationalization of the Federal Reserve.\n",
            "Carroll agreed with La Riva, saying jobs matter more.\n",
            "The governor agreed, saying only this group could have done it.\n",
            "The candidates all agreed that vaccines have done more good than harm.\n",
            "Ortiz agreed and cautioned about the cost of the plan.\n",
        ],
        EventType::Agree,
    );
    assert_some(
        &[
            "Hungary agreed with Airbus to open a factory.\n",
            "The two sides agreed that troops would withdraw by May.\n",
            "Ukraine and Russia agreed to exchange prisoners.\n",
            "The two leaders agreed on a ceasefire in Geneva.\n",
        ],
        EventType::Agree,
    );
}

#[test]
fn interviews_and_talk_about_things_are_no_consultation() {
    assert_none(
        &[
            "Patel spoke with Wikinews about the campaign.\n",
            "With Wikinews, Mohr discussed his role on the ticket.\n",
            "Wikinews discussed with Kurtzer the future of the project.\n",
            "The research paper talks about hydrogen in the atmosphere.\n",
            "Your campaign talks about democracy.\n",
            "Users can help it toward meeting their needs as it evolves.\n",
        ],
        EventType::Consult,
    );
    assert_some(
        &[
            "The president spoke with Macron about the war.\n",
            "The ministers met with the delegation in Cairo.\n",
            "The leaders will meet in Paris next week.\n",
            "He talks to the minister about the budget every week.\n",
        ],
        EventType::Consult,
    );
}

#[test]
fn laws_forecasts_and_markets_ask_nothing() {
    assert_none(
        &[
            "The Constitution demands a trial.\n",
            "Mandatory sentencing called for at least 20 years in prison.\n",
            "The warnings called for gale force winds and heavy rain.\n",
            "The bill calls for a 10 percent tax on imports.\n",
            "The post office could handle the increased demand for ballots.\n",
            "Coles called the demand \"unprecedented\" on Monday.\n",
            "Feature requests often come from modders.\n",
            "The Supreme Court is the final court of appeal on civil matters.\n",
        ],
        EventType::Request,
    );
    assert_some(
        &[
            "Protesters called for the mayor's resignation.\n",
            "Amnesty International has called for an investigation.\n",
            "The union demanded higher wages for nurses.\n",
            "Protesters issued a list of demands to the governor.\n",
        ],
        EventType::Request,
    );
}

#[test]
fn a_politicians_campaign_rally_is_no_protest() {
    assert_none(
        &[
            "He had attended Trump's Tulsa rally in June without a mask.\n",
            "At one Biden rally in Pennsylvania, supporters of his rival chanted nearby.\n",
            "Two days later, he returned to the campaign trail with a rally in Sanford.\n",
            "In mid-September, Trump held his first indoor rally in three months.\n",
        ],
        EventType::Protest,
    );
    assert_some(
        &["Thousands of protesters rallied in the capital against the new law.\n", "Opposition supporters rallied outside parliament on Friday.\n"],
        EventType::Protest,
    );
}

#[test]
fn other_senses_of_demonstrate_dismiss_condemn_withdraw_and_free() {
    assert_none(&["No drug has been clearly demonstrated to be safe.\n"], EventType::Protest);
    assert_some(&["Students demonstrated outside the ministry on Monday.\n"], EventType::Protest);
    assert_none(&["The minister had been dismissed from his post in May.\n"], EventType::Reject);
    assert_some(&["The judge dismissed the lawsuit as baseless.\n"], EventType::Reject);
    assert_none(&["The law has condemned many women to resort to secret abortions.\n", "The court condemned him to death in 2019.\n"], EventType::Accuse);
    assert_some(&["The UN condemned the attack on the convoy.\n"], EventType::Accuse);
    assert_none(&["The government withdrew its tropical storm warnings.\n", "The hall was a country retreat for the mayor.\n"], EventType::Retreat);
    assert_some(&["The army withdrew its troops from the border town.\n", "The Liberal Party withdrew from the coalition.\n"], EventType::Retreat);
    assert_none(&["He keeps every decision free from corporate control.\n"], EventType::Concede);
    assert_some(&["The rebels freed the hostages on Monday.\n"], EventType::Concede);
}

#[test]
fn who_undergoes_or_sets_off_a_noun_is_not_its_actor() {
    let (actor, target, f) = roles("Assange is fighting extradition to the United States.\n", EventType::Coerce);
    assert!(!actor.contains("assange") && target.contains("assange"), "{:#?}", f.events);
    let (actor, target, f) = roles("Trump received criticism for the statement.\n", EventType::Accuse);
    assert!(actor.is_empty() && target.contains("trump"), "{:#?}", f.events);
    let (actor, target, f) = roles("Russia faced criticism from the European Union over the vote.\n", EventType::Accuse);
    assert!(actor.contains("european union") && target.contains("russia"), "{:#?}", f.events);
    for text in ["The police shooting of Jacob Blake in Kenosha led to protests.\n", "The fatal shooting of Walter Wallace Jr. sparked riots in Philadelphia.\n"] {
        let (actor, _, f) = roles(text, EventType::Protest);
        assert!(actor.is_empty(), "{text}: {:#?}", f.events);
    }
    // A subject that does the act keeps it.
    let (actor, _, f) = roles("Mexico extradited 55 people to the United States in February.\n", EventType::Coerce);
    assert!(actor.contains("mexico"), "{:#?}", f.events);
    let (actor, _, f) = roles("Pelosi accused Trump of ignoring the facts.\n", EventType::Accuse);
    assert!(actor.contains("pelosi"), "{:#?}", f.events);
}

#[test]
fn the_one_after_request_of_asks_and_a_charge_is_not_the_target() {
    for (text, t, who) in [
        ("She did so at the request of Justin Trudeau, then the prime minister.\n", EventType::Request, "trudeau"),
        ("The Queen will comply with the request of Prime Minister Boris Johnson.\n", EventType::Request, "johnson"),
        ("Two studies were presented at the annual meeting of the American Chemical Society in Orlando.\n", EventType::Consult, "american chemical society"),
    ] {
        let (actor, target, f) = roles(text, t);
        assert!(actor.contains(who) && !target.contains(who), "{text}: {:#?}", f.events);
    }
    for text in ["The second article accused him of obstruction of Congress.\n", "Grisham accused the Democrats of being blinded by their hatred for President Trump.\n"] {
        let (_, target, f) = roles(text, EventType::Accuse);
        assert!(!target.contains("congress") && !target.contains("trump"), "{text}: {:#?}", f.events);
    }
    let (_, target, f) = roles("Pelosi accused Trump of ignoring the facts.\n", EventType::Accuse);
    assert!(target.contains("trump"), "{:#?}", f.events);
}
