//! Verbs that say their infinitive was carried out ("managed to", past "was
//! able to", "began to") make the event `occurred`; present "is able to" and
//! plans stay open. Sentences written for these tests.

mod common;

use common::analyze;
use newsledger_model::Modality;

fn modality_of(text: &str) -> Modality {
    let f = analyze(text);
    assert_eq!(f.events.len(), 1, "{text}: {:#?}", f.events);
    f.events[0].modality
}

#[test]
fn managed_to_and_past_able_to_report_what_was_done() {
    for text in [
        "The rebels managed to seize the town on Monday.\n",
        "The former president was able to negotiate immunity from prosecution.\n",
        "Government troops were able to withdraw from the city before dawn.\n",
    ] {
        assert_eq!(modality_of(text), Modality::Occurred, "{text}");
    }
}

#[test]
fn present_ability_plans_and_failures_stay_open() {
    assert_eq!(modality_of("The army is able to strike targets deep inside the country.\n"), Modality::Possible);
    assert_eq!(modality_of("The rebels plan to seize the town next week.\n"), Modality::Planned);
    assert_eq!(modality_of("Police were not able to arrest the suspect.\n"), Modality::Negated);
}
