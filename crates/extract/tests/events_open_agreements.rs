//! Agreement nouns on sentences written for these tests: a shop's "deal" is
//! no agreement at all.

mod common;

use common::analyze;
use newsledger_model::{EventType, Facts, Modality};

fn agreements(f: &Facts) -> Vec<(String, Modality)> {
    f.events.iter().filter(|e| e.event_type == EventType::Agree).map(|e| (e.trigger.to_lowercase(), e.modality)).collect()
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
