//! events25: a plan named again. A definite event noun ("the withdrawal",
//! "the strikes") after the article told that event only as planned,
//! threatened or possible takes that modality, unless its own words say it
//! happened ("the withdrawal began", "completed the withdrawal", "after the
//! withdrawal", "injured in the shooting") or the article told the type as
//! done before. An agreement refused ("rejected the deal", "turned down the
//! agreement") was not made. Sentences written for these tests; articles
//! dated 2025-11-03.

mod common;

use newsledger_model::{EventType, Facts, Modality};

fn analyze(text: &str) -> Facts {
    common::analyze_dated(text, "2025-11-03")
}

/// The modalities of the events of `ty` whose evidence holds `fragment`.
fn modalities(f: &Facts, text: &str, ty: EventType, fragment: &str) -> Vec<Modality> {
    f.events.iter().filter(|e| e.event_type == ty && text[e.evidence.start..e.evidence.end].contains(fragment)).map(|e| e.modality).collect()
}

/// Some event of `ty` is told in the sentence holding `fragment`, and every such event is `want`.
fn assert_all(text: &str, ty: EventType, fragment: &str, want: Modality) {
    let f = analyze(text);
    let got = modalities(&f, text, ty, fragment);
    assert!(!got.is_empty() && got.iter().all(|m| *m == want), "{text}: {ty:?} in {fragment:?}: want {want:?}, got {got:?}: {:#?}", f.events);
}

/// No event of `ty` is told as having happened.
fn none_happened(text: &str, ty: EventType) {
    let f = analyze(text);
    assert!(f.events.iter().filter(|e| e.event_type == ty).all(|e| !e.modality.happened()), "{text}: {:#?}", f.events);
}

#[test]
fn a_plan_named_again_stays_a_plan() {
    assert_all("Trump announced that US troops would withdraw from Syria. The Kurds opposed the withdrawal.", EventType::Retreat, "Kurds opposed", Modality::Planned);
    assert_all("The government said it would impose sanctions on the bank. Business groups criticized the sanctions.", EventType::Sanction, "Business groups", Modality::Planned);
    assert_all("The two leaders are expected to sign a trade deal next week. Farmers protested the deal in the capital.", EventType::Agree, "Farmers protested", Modality::Planned);
    // Attack nouns join the threatened or possible attack they name again.
    none_happened("Israel threatened to strike Iranian nuclear sites. Tehran denounced the strikes as illegal.", EventType::Assault);
    none_happened("The rebels threatened to attack the airport. Airline officials described the attack as a grave danger.", EventType::Assault);
    none_happened("The army said it may launch raids on the camps. Aid groups condemned the raids.", EventType::Assault);
}

#[test]
fn a_plan_in_the_title_is_named_again_in_the_body() {
    let text = "Opposition leaders opposed the withdrawal in a joint letter.";
    let f = common::analyze_titled("Government announces troop withdrawal from the north", text);
    let got = modalities(&f, text, EventType::Retreat, "opposed the withdrawal");
    assert_eq!(got, vec![Modality::Planned], "{:#?}", f.events);
    // A title that tells it as done leaves the body's reading alone.
    let f = common::analyze_titled("Troops withdraw from the north", text);
    let got = modalities(&f, text, EventType::Retreat, "opposed the withdrawal");
    assert_eq!(got, vec![Modality::Occurred], "{:#?}", f.events);
}

#[test]
fn its_own_words_say_it_happened() {
    let plan = "Trump announced that US troops would withdraw from Syria. ";
    for (rest, fragment) in [
        ("The withdrawal began on Monday.", "began"),
        ("Troops completed the withdrawal within a week.", "completed"),
        ("After the withdrawal, Turkish forces crossed the border.", "After the withdrawal"),
    ] {
        assert_all(&format!("{plan}{rest}"), EventType::Retreat, fragment, Modality::Occurred);
    }
    assert_all("Israel threatened to strike Iranian nuclear sites. The strikes killed 12 people.", EventType::Assault, "killed 12", Modality::Occurred);
    assert_all("The army said it may launch raids on the camps. Aid groups condemned the raids that killed 12 people last year.", EventType::Assault, "Aid groups", Modality::Occurred);
    assert_all("Police received reports of a shooting at a party. Four teenagers were injured in the shooting.", EventType::Assault, "Four teenagers", Modality::Occurred);
}

#[test]
fn without_an_earlier_plan_nothing_changes() {
    assert_all("The SDF opposed the withdrawal.", EventType::Retreat, "opposed", Modality::Occurred);
    assert_all("The UN condemned the airstrike on the hospital.", EventType::Assault, "condemned", Modality::Occurred);
    // Told as done before the plan: the later noun may be either.
    assert_all("Troops withdrew from the town on Monday. The army said it would withdraw from two more towns. Residents welcomed the withdrawal.", EventType::Retreat, "Residents welcomed", Modality::Occurred);
    assert_all("The two leaders signed a trade deal on Monday. Farmers protested the deal in the capital.", EventType::Agree, "Farmers protested", Modality::Occurred);
}

#[test]
fn an_agreement_refused_was_not_made() {
    assert_all("Hamas rejected the deal that was offered by Israel.", EventType::Agree, "Hamas", Modality::Possible);
    assert_all("The union turned down the agreement.", EventType::Agree, "union", Modality::Possible);
    assert_all("The council voted down the deal on Tuesday.", EventType::Agree, "council", Modality::Possible);
    // One made before and refused now was made.
    assert_all("The rebels rejected the peace agreement signed in 2015.", EventType::Agree, "rebels", Modality::Occurred);
    assert_all("The rebels rejected the ceasefire agreement that both sides signed last year.", EventType::Agree, "rebels", Modality::Occurred);
}

#[test]
fn a_movement_announced_or_ordered_as_new_lies_ahead() {
    assert_all("The United States announced a complete withdrawal from the region.", EventType::Retreat, "complete", Modality::Planned);
    assert_all("The ministry announced a deployment of 500 troops to the border.", EventType::Mobilize, "ministry", Modality::Planned);
    assert_all("The president ordered a withdrawal of troops from the city.", EventType::Retreat, "president", Modality::Planned);
    // Done, not announced; and an arrest announced was made.
    assert_all("The United States completed a withdrawal from the region.", EventType::Retreat, "completed", Modality::Occurred);
    assert_all("Police announced an arrest in the case.", EventType::Coerce, "Police", Modality::Occurred);
}

#[test]
fn a_plan_verb_in_a_relative_clause_after_the_noun() {
    assert_all("Winds from the storm delayed a rally Trump planned for North Carolina.", EventType::Protest, "Winds", Modality::Planned);
    assert_all("Organisers postponed the protest they had scheduled for Saturday.", EventType::Protest, "Organisers", Modality::Planned);
    // Another verb, or a plan verb of another clause, changes nothing.
    assert_all("Rain disrupted the rally the party held on Sunday.", EventType::Protest, "Rain", Modality::Occurred);
    assert_all("Organisers said the protest they had scheduled for Saturday drew few people.", EventType::Protest, "drew", Modality::Occurred);
    assert_all("Police dispersed the protest, and organisers planned another march.", EventType::Protest, "dispersed", Modality::Occurred);
}

#[test]
fn a_modal_after_the_nouns_own_phrase() {
    assert_all("She added that an appeal against the decision could be made to the attorney general.", EventType::Request, "appeal", Modality::Possible);
    assert_all("The deployment of troops to the border may begin in May.", EventType::Mobilize, "deployment", Modality::Possible);
    assert_all("Officials said the raid on the camp may resume on Friday.", EventType::Assault, "raid", Modality::Possible);
    // A perfect after the modal guesses the outcome of what was done.
    assert_all("Officials said the strike on the port could have killed hundreds.", EventType::Assault, "strike", Modality::Occurred);
}

#[test]
fn a_condition_over_a_long_subject() {
    assert_all("The deputy takes over if the president and the vice president are both killed.", EventType::Assault, "killed", Modality::Conditional);
    assert_all("Aid will stop if the rebels and their allies in the north attack the convoy.", EventType::Assault, "attack", Modality::Conditional);
    // A comma closes the condition: the main clause is told as done.
    assert_all("If the figures are right, gunmen and soldiers from the two towns killed 40 people.", EventType::Assault, "killed", Modality::Occurred);
}
