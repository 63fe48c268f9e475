//! One happening told twice: a definite noun ("the arrest", "the
//! seizure", "the detention") right after a verb that told an event of its
//! type, in the same sentence or the next, is that event told again, unless
//! it names another participant or two earlier events fit it alike. The
//! event keeps the verb's evidence and date: "announcing the arrest in May"
//! dates the announcement. Sentences written for these tests.

mod common;

use common::{analyze, assaults};
use newsledger_model::{Event, EventType, Facts};

fn coerce(f: &Facts) -> Vec<&Event> {
    f.events.iter().filter(|e| e.event_type == EventType::Coerce).collect()
}

#[test]
fn the_arrest_announced_later_is_the_arrest_told_before() {
    let text = "Kim Min-jun was arrested in March 2018, but the police, when announcing the arrest in May 2018, identified him only as Mr. A.\n";
    let f = analyze(text);
    let c = coerce(&f);
    assert_eq!(c.len(), 1, "{:#?}", f.events);
    assert_eq!(c[0].trigger, "arrested");
    // The arrest was in March; May is when it was announced.
    assert_eq!(c[0].date.as_ref().and_then(|d| d.value.as_deref()), Some("2018-03"), "{:#?}", c[0]);
}

#[test]
fn a_noun_in_the_next_sentence_tells_the_same_event() {
    for (text, trigger) in [
        ("Police detained the activist Maria Lopez at the airport in Lima on Friday.\n\nHer lawyer said the detention was unlawful.\n", "detained"),
        ("Customs officers seized two tonnes of cocaine at the port of Antwerp on Tuesday.\n\nOfficials said the seizure was the largest this year.\n", "seized"),
        ("The opposition leader was arrested in Harare on Monday; the arrest set off protests in the capital.\n", "arrested"),
    ] {
        let f = analyze(text);
        let c = coerce(&f);
        assert_eq!(c.len(), 1, "{text}: {:#?}", f.events);
        assert_eq!(c[0].trigger, trigger, "{text}");
    }
}

#[test]
fn a_noun_that_names_another_person_is_another_event() {
    let f = analyze("Police arrested Musa Bello in Lagos on Monday.\n\nThe arrest of Ahmed Sani followed on Friday.\n");
    assert_eq!(coerce(&f).len(), 2, "{:#?}", f.events);
}

#[test]
fn a_noun_two_arrests_fit_alike_joins_neither() {
    // Two arrests told just before: "the arrest" may be either, so it is
    // neither merged nor counted as a third.
    let f = analyze("Police arrested Musa Bello in Lagos and detained Ahmed Sani in Abuja on Monday.\n\nRights groups condemned the arrest.\n");
    let c = coerce(&f);
    assert_eq!(c.len(), 2, "{:#?}", f.events);
    assert!(c.iter().all(|e| e.trigger != "arrest"), "{:#?}", f.events);
}

#[test]
fn a_noun_after_a_noun_is_not_merged_by_this_rule() {
    // Two nouns may be two arrests: only a verb's event is told again.
    let f = analyze("An arrest was made in Lagos on Monday, the police said.\n\nThe arrest of a second man was announced on Friday.\n");
    assert_eq!(coerce(&f).len(), 2, "{:#?}", f.events);
}

#[test]
fn deaths_told_right_after_an_attack_are_that_attacks() {
    // The next sentence of the paragraph tells the attack's toll: one event.
    for text in [
        "Twin bombs struck the cathedral during Sunday mass. At least 20 people were killed.\n",
        "Militants shot down an army helicopter near the pass. All on board were killed, the group said.\n",
    ] {
        let f = analyze(text);
        assert_eq!(assaults(&f).len(), 1, "{text}: {:#?}", f.events);
    }
    // Its own place, an attacker, a "by" agent or a new paragraph make it
    // another event.
    for text in [
        "Twin bombs struck the cathedral during Sunday mass. Two soldiers were killed in Kandahar.\n",
        "A bomb struck the market on Monday. Gunmen killed two guards at the gate.\n",
        "A bomb struck the market on Monday.\n\nTwo people were killed at the gate.\n",
    ] {
        let f = analyze(text);
        assert_eq!(assaults(&f).len(), 2, "{text}: {:#?}", f.events);
    }
}
