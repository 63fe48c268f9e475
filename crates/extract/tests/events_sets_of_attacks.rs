//! A singular mention after the article's attack and a set of other attacks
//! from which one was singled out ("attacks on bases, including the attack
//! on 27 December … This strike"): the member is told as an example of the
//! set, so the mention is the article's attack told again. Without such an
//! attack, or when the mention names the member's own date, it stays
//! ambiguous. Sentences written for these tests.

mod common;

use common::{analyze, assaults, claim_with, event_of};
use newsledger_model::Facts;

fn linked_trigger<'f>(f: &'f Facts, value: f64) -> Option<&'f str> {
    event_of(f, claim_with(f, value)).map(|e| e.trigger.as_str())
}

#[test]
fn this_strike_after_a_set_including_one_attack_is_the_airstrike() {
    let f = analyze(
        "Military forces killed the commander in an airstrike near the airport on Thursday, the ministry said.\n\n\
         The ministry said he had directed attacks on bases in the north, including the attack on 27 December 2019.\n\n\
         This strike killed 12 people, officials said.\n",
    );
    assert_eq!(linked_trigger(&f, 12.0), Some("airstrike"), "{:#?}\n{:#?}", f.events, f.claims);
    assert!(!assaults(&f).iter().any(|e| e.trigger == "strike" || e.trigger == "killed" && e.evidence.start > 10), "{:#?}", f.events);
}

#[test]
fn the_attack_after_raids_including_one_is_the_shelling() {
    let f = analyze(
        "Rebels shelled the town of Kadugli on Monday, the army said.\n\n\
         Rebels raided villages around the town last year, including a raid on Dilling on 3 May 2024, the army said.\n\n\
         The attack killed 9 civilians, the army said.\n",
    );
    assert_eq!(linked_trigger(&f, 9.0), Some("shelled"), "{:#?}\n{:#?}", f.events, f.claims);
}

#[test]
fn the_attack_after_bombings_among_them_one_is_the_first_attack() {
    let f = analyze(
        "Gunmen attacked a market in Gao on Sunday, the police said.\n\n\
         The group has carried out several bombings in the region, among them a bombing at a checkpoint near Ansongo in March.\n\n\
         The attack wounded 25 people, the police said.\n",
    );
    assert_eq!(linked_trigger(&f, 25.0), Some("attacked"), "{:#?}\n{:#?}", f.events, f.claims);
}

#[test]
fn without_an_attack_of_the_article_the_mention_stays_ambiguous() {
    // Only the set and its member: which one "the attack" is stays unknown.
    let f = analyze(
        "Rebels raided villages around Kadugli last year, including a raid on Dilling on 3 May 2024, the army said.\n\n\
         The attack killed 9 civilians, the army said.\n",
    );
    assert_eq!(linked_trigger(&f, 9.0), None, "{:#?}\n{:#?}", f.events, f.claims);
    assert!(!assaults(&f).iter().any(|e| e.trigger == "attack" || e.trigger == "killed"), "{:#?}", f.events);
}

#[test]
fn a_mention_with_the_member_date_is_not_the_airstrike() {
    let f = analyze(
        "Military forces killed the commander in an airstrike near the airport on Thursday, the ministry said.\n\n\
         The ministry said he had directed attacks on bases in the north, including the attack on 27 December 2019.\n\n\
         The attack on 27 December 2019 killed 12 people, officials said.\n",
    );
    assert_ne!(linked_trigger(&f, 12.0), Some("airstrike"), "{:#?}\n{:#?}", f.events, f.claims);
}

#[test]
fn two_attacks_of_the_article_before_the_set_leave_the_mention_ambiguous() {
    // The airstrike and the shelling both fit "This strike": no one attack
    // of the article to prefer over the member.
    let f = analyze(
        "Military forces killed the commander in an airstrike near the airport on Thursday, the ministry said.\n\n\
         Rebels shelled a police post in Kirkuk on Friday, the police said.\n\n\
         The ministry said he had directed attacks on bases in the north, including the attack on 27 December 2019.\n\n\
         This strike killed 12 people, officials said.\n",
    );
    assert_eq!(linked_trigger(&f, 12.0), None, "{:#?}\n{:#?}", f.events, f.claims);
}

#[test]
fn a_plural_after_a_plural_set_is_that_set_beside_the_strike() {
    // "The strike" is the airstrike; "the rocket strikes" the rocket attacks
    // of the same sentence, not a mention the airstrike makes ambiguous.
    let f = analyze(
        "Military forces killed the commander in an airstrike near the airport on Thursday, the ministry said.\n\n\
         The strike follows rocket attacks on the embassy in Baghdad; the ministry has not confirmed the rocket strikes.\n",
    );
    let later = f.claims.iter().find(|c| c.text.contains("has not confirmed")).unwrap_or_else(|| panic!("a claim for the later clause: {:#?}", f.claims));
    let linked = later.event.as_ref().and_then(|id| f.events.iter().find(|e| &e.id == id)).map(|e| e.trigger.as_str());
    assert_eq!(linked, Some("rocket attacks"), "{:#?}\n{:#?}", f.events, f.claims);
}

#[test]
fn a_plural_with_a_relative_clause_of_its_own_sums_up_a_class() {
    // The embassy attack is the one attack; "the attacks on U.S. citizens
    // that Soleimani took part in" and "the attacks … which he ordered" are
    // classes of attacks (their targets differ, so they were new events).
    for text in [
        "Militants attacked the British Embassy in Kabul on Monday. Officials cited it as an example of the attacks on U.S. citizens that Soleimani took part in.\n",
        "Militants attacked the British Embassy in Kabul on Monday. Officials cited it as an example of the attacks on U.S. soldiers which he ordered.\n",
    ] {
        let f = analyze(text);
        assert_eq!(assaults(&f).len(), 1, "{text}: {:#?}", f.events);
    }
    // Without a subject of its own the clause tells what the attacks did:
    // "the strikes that killed 12 people" are still strikes of their own.
    let f = analyze("Thousands protested in the city on Monday. The strikes that killed 12 people in the capital drew condemnation.\n");
    assert_eq!(assaults(&f).len(), 1, "{:#?}", f.events);
}

#[test]
fn a_plural_whose_relative_clause_has_a_determined_subject_sums_up_a_class() {
    // "the strikes which the coalition has conducted": the clause's subject
    // opens with a determiner; still a class of attacks, no new event.
    for (text, attacks) in [
        ("The minister condemned the strikes which the coalition has conducted across the region.\n", 0),
        ("Residents described the raids that the soldiers had carried out in the villages for years.\n", 0),
        ("The report lists the bombings which the rebel army claimed in the north.\n", 0),
        ("Militants attacked the British Embassy in Kabul on Monday. Officials cited it as an example of the attacks on U.S. citizens that the group took part in.\n", 1),
    ] {
        let f = analyze(text);
        assert_eq!(assaults(&f).len(), attacks, "{text}: {:#?}", f.events);
    }
    // One attack, or attacks with a date of their own, are happenings told.
    for text in [
        "The attack that the group carried out on Monday killed five soldiers.\n",
        "The strikes that the coalition conducted on 3 March killed 20 people in Mosul.\n",
        "The raids which the army launched in Gao on Tuesday left three villages empty.\n",
        "Officials condemned the attacks that the militia carried out in Beni last week.\n",
    ] {
        let f = analyze(text);
        assert_eq!(assaults(&f).len(), 1, "{text}: {:#?}", f.events);
    }
}
