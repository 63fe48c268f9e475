//! Quantity shapes of claims22: vague counts and their bounds, ranges as
//! one quantity, crowd figures with a verb of taking part, fractions and
//! multipliers, and measurements that are no claims. Our own sentences.

mod common;

use common::analyze;
use newsledger_extract::claims::extract_quantities;
use newsledger_model::Quantity;

fn quantities(text: &str) -> Vec<Quantity> {
    extract_quantities(text, &newsledger_text::segment(text))
}

fn one(text: &str) -> Quantity {
    let q = quantities(text);
    assert_eq!(q.len(), 1, "{text}: {q:?}");
    q.into_iter().next().unwrap_or_default()
}

#[test]
fn vague_counts_read_with_their_bounds() {
    // (value, low, high): open amounts keep their least value as `low`;
    // "a dozen" and "a score of" are exact.
    for (s, text, value, low, high) in [
        ("Several people were injured in the blast.", "Several", 3.0, Some(3.0), Some(9.0)),
        ("A handful of soldiers guarded the bridge.", "A handful", 2.0, Some(2.0), Some(5.0)),
        ("A few reporters waited at the gate.", "A few", 2.0, Some(2.0), Some(9.0)),
        ("Dozens of workers were hurt.", "Dozens", 24.0, Some(24.0), None),
        ("Scores of protesters were arrested on Sunday.", "Scores", 40.0, Some(40.0), None),
        ("Hundreds of people gathered outside the court.", "Hundreds", 200.0, Some(200.0), None),
        ("Tens of thousands of families fled the floods.", "Tens of thousands", 20000.0, Some(20000.0), None),
        ("A dozen families lost their homes.", "A dozen", 12.0, None, None),
        ("A score of villagers fled the fighting.", "A score of", 20.0, None, None),
        ("The firm bought a score of trucks last spring.", "a score of", 20.0, None, None),
    ] {
        let q = one(s);
        assert_eq!((q.text.as_str(), q.value, q.low, q.high), (text, Some(value), low, high), "{s}");
    }
    // "a score of 95" is a test score, not twenty of anything.
    assert!(quantities("She got a score of 95 on the exam.").iter().all(|q| q.value != Some(20.0)));
}

#[test]
fn a_range_is_one_quantity() {
    for (s, text, what) in [
        ("Between 20 and 30 people were killed in the attack.", "Between 20 and 30", "people"),
        ("Officials said 20 to 30 people died.", "20 to 30", "people"),
        ("Witnesses saw 20-30 people flee the village.", "20-30", "people"),
        ("The storm destroyed between 150 and 200 homes.", "between 150 and 200", "homes"),
    ] {
        let q = one(s);
        assert_eq!((q.text.as_str(), q.low, q.high, q.what.as_deref()), (text, q.value, q.high, Some(what)), "{s}");
        assert!(q.low.is_some() && q.high.is_some() && q.low < q.high, "{s}: {q:?}");
        // The evidence is the whole range.
        assert_eq!(&s[q.evidence.start..q.evidence.end], text, "{s}");
    }
}

#[test]
fn crowd_figures_with_a_verb_of_taking_part() {
    for (s, value, predicate) in [
        ("Organisers claimed 40,000 joined the march.", 40000.0, "joined"),
        ("The union said 5,000 joined the strike on Monday.", 5000.0, "joined"),
        ("Organizers said more than 40,000 people took part.", 40000.0, "took part"),
        ("About 800 students took part in the sit-in.", 800.0, "took part"),
    ] {
        let q = one(s);
        assert_eq!((q.value, q.unit.as_deref(), q.predicate.as_deref()), (Some(value), Some("person"), Some(predicate)), "{s}: {q:?}");
    }
    // The claimant of the figure is the organisers.
    let f = analyze("Organisers claimed 40,000 joined the march.");
    assert_eq!(f.claims.len(), 1, "{:#?}", f.claims);
    let src = f.claims[0].source.as_ref().and_then(|id| f.sources.iter().find(|s| &s.id == id)).map(|s| s.name.to_lowercase());
    assert_eq!(src.as_deref(), Some("organisers"), "{:#?}", f.claims);
    // "took" alone is no predicate of taking part.
    let q = one("The rebels took 30 hostages in the raid.");
    assert_ne!(q.predicate.as_deref(), Some("took part"));
}

#[test]
fn fractions_and_multipliers() {
    for (s, value) in [
        ("The tusk was one and two thirds meters long.", 1.0 + 2.0 / 3.0),
        ("The pipe ran for two and a half miles.", 2.5),
        ("Some two and a half million people voted.", 2.5e6),
        ("The harvest filled three and a quarter tons of crates.", 3.25),
    ] {
        let q = one(s);
        assert!(q.value.is_some_and(|v| (v - value).abs() < 1e-9), "{s}: {q:?}");
    }
    // A multiplier is no count; a number of occasions is.
    for s in ["The new chip is 10 times faster than the old one.", "Pollution reached 50 times the safe level.", "Cases were 10 times as many as reported.", "The plant uses 3.5 times more water."] {
        assert!(quantities(s).is_empty(), "{s}: {:?}", quantities(s));
    }
    assert!(quantities("The victim was stabbed 10 times in the chest.").iter().any(|q| q.value == Some(10.0)));
}

#[test]
fn measurements_are_no_claims() {
    for s in [
        "\"The wall was one and two thirds meters high,\" the engineer said.",
        "\"The package weighed 20 kg,\" the courier said.",
        "The car can go 300 miles on a single charge, the company said.",
        "The oil field lies about 160 km east of the capital.",
    ] {
        let f = analyze(s);
        assert!(f.claims.is_empty(), "{s}: {:#?}", f.claims);
        assert!(!quantities(s).is_empty(), "{s}: the quantity stays");
    }
    // Counts, money and measurements with a predicate stay claims.
    for s in [
        "\"Twelve people were killed,\" the official said.",
        "Police said 3.7 tons of explosives were seized.",
        "The ministry said the bridge cost $40 million.",
        "Officials said the fire burned 2,000 acres and destroyed 40 homes.",
    ] {
        let f = analyze(s);
        assert!(!f.claims.is_empty(), "{s}: no claim");
    }
}

#[test]
fn one_of_a_set_is_no_count() {
    for s in ["One of the new jets is flying to Chicago.", "The Taurus is one of the names the firm revived.", "Europa is one of the best places to look for life."] {
        assert!(quantities(s).iter().all(|q| q.value != Some(1.0)), "{s}: {:?}", quantities(s));
    }
    // Something happened to it: a count of one.
    for s in ["One of the hostages was freed on Monday.", "One of the guards was killed in the attack."] {
        assert!(quantities(s).iter().any(|q| q.value == Some(1.0)), "{s}: {:?}", quantities(s));
    }
}

#[test]
fn a_time_word_after_a_bare_total_is_not_what_it_counts() {
    for (s, value) in [("The death toll rose to 57 late on Monday.", 57.0), ("The toll climbed to 212 overnight.", 212.0), ("Orders rose to 230 earlier this year.", 230.0)] {
        let q = one(s);
        assert_eq!(q.value, Some(value), "{s}");
        assert!(q.what.as_deref().is_some_and(|w| !w.contains("late") && !w.contains("overnight") && !w.contains("earlier")), "{s}: {q:?}");
    }
    // An adjective before a noun is no time word.
    let q = one("Only one late arrival was turned away.");
    assert_eq!(q.what.as_deref(), Some("late arrival"));
}

#[test]
fn model_variants_and_ranks() {
    // A variant of a model the text names is no range of counts.
    let q = quantities("Ryanair flies the Boeing 737. The new planes come from the 737-800 range.");
    assert!(q.iter().all(|q| q.value != Some(737.0)), "{q:?}");
    // Without a model named, a digit range stays a range.
    let q = one("Witnesses counted 120-150 trucks on the road.");
    assert_eq!((q.low, q.high), (Some(120.0), Some(150.0)));
    // A rank is no count.
    for s in ["Ryanair is the number one low-cost airline in Europe.", "He was the number two official in the ministry."] {
        assert!(quantities(s).is_empty(), "{s}: {:?}", quantities(s));
    }
    assert!(!quantities("One official and two soldiers were wounded.").is_empty());
}
