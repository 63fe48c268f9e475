//! Agreement nouns on sentences written for these tests: a deal that may
//! come ("any deal", "hopes for a ceasefire agreement") is not one that was
//! made, while "reached a deal", "a truce was signed" and "in a deal worth
//! $2 billion" report one; a shop's "deal" is no agreement at all.

mod common;

use common::analyze;
use newsledger_model::{EventType, Facts, Modality};

fn agreements(f: &Facts) -> Vec<(String, Modality)> {
    f.events.iter().filter(|e| e.event_type == EventType::Agree).map(|e| (e.trigger.to_lowercase(), e.modality)).collect()
}

#[test]
fn an_indefinite_agreement_noun_is_not_an_agreement_made() {
    for text in [
        "The rebels said a withdrawal of foreign troops is a condition for any deal.\n",
        "Markets rose on hopes of a ceasefire agreement between the two militias.\n",
        "Negotiators in Doha were on the verge of a deal when the shelling resumed.\n",
        "Mediators are drafting the text of a \"comprehensive\" peace agreement for the region.\n",
    ] {
        let f = analyze(text);
        let found = agreements(&f);
        assert!(!found.is_empty(), "{text}: {:#?}", f.events);
        assert!(found.iter().all(|(_, m)| *m != Modality::Occurred), "{text}: {found:?}");
    }
}

#[test]
fn an_agreement_made_or_held_stays_occurred() {
    for text in [
        "The two militias reached a deal on Tuesday after a week of talks in Doha.\n",
        "A deal was struck in Doha on Tuesday after a week of talks.\n",
        "The company bought the port operator in a deal worth $2 billion last year.\n",
        "The government and the rebels came to terms on a ceasefire agreement on Friday.\n",
        "A newspaper revealed a deal under which the ministry bought 40 armoured vehicles in May.\n",
        // In force: "took effect", "held", "collapsed".
        "Shelling stopped two days after a ceasefire took effect on Sunday.\n",
        "A truce held for three days before the fighting resumed in the north.\n",
    ] {
        let f = analyze(text);
        let found = agreements(&f);
        assert!(found.iter().any(|(_, m)| *m == Modality::Occurred), "{text}: {found:?} {:#?}", f.events);
    }
}

#[test]
fn a_shop_deal_is_no_agreement() {
    let f = analyze("This headphone deal ends on Sunday, and the bundle is $40 cheaper than last month.\n");
    assert!(agreements(&f).is_empty(), "{:#?}", f.events);
    let f = analyze("Read our laptop deal roundup for more offers.\n");
    assert!(agreements(&f).is_empty(), "{:#?}", f.events);
    let f = analyze("The airline signed the deal with the planemaker in Dubai on Wednesday.\n");
    assert!(!agreements(&f).is_empty(), "{:#?}", f.events);
}

#[test]
fn an_agreed_thing_after_a_preposition_is_no_agreement_told() {
    // "agreed" as an adjective after a preposition, with or without an
    // adverb: the thing was agreed at some time; no agreement is told here.
    for text in [
        "The broadcaster will stream the concerts on mutually agreed platforms.\n",
        "Payments will be made on agreed dates.\n",
        "The loan is repaid in mutually agreed instalments over ten years.\n",
    ] {
        let f = analyze(text);
        assert!(agreements(&f).is_empty(), "{text}: {:#?}", f.events);
    }
    // A verb, and an agreement noun after "agreed", still tell one.
    for (text, trigger) in [("The two sides agreed terms on Friday.\n", "agreed"), ("The two sides observed the agreed ceasefire for a week.\n", "ceasefire")] {
        let f = analyze(text);
        assert_eq!(agreements(&f), vec![(trigger.to_string(), Modality::Occurred)], "{text}");
    }
}
