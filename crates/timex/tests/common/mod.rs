//! Helpers shared by the rule tests of the time tagger: find the
//! expressions of a sentence against an anchor date and read their values.
#![allow(dead_code)]

use newsledger_timex::{find_times, Anchor};

pub fn at(date: &str) -> Option<Anchor> {
    Some(date.parse().unwrap())
}

/// Every expression as (text, value).
pub fn all(text: &str, anchor: &str) -> Vec<(String, String)> {
    find_times(text, at(anchor)).iter().map(|t| (t.text(text).to_string(), t.value.clone().unwrap_or_default())).collect()
}

pub fn value(text: &str, expr: &str, anchor: &str) -> String {
    let found = all(text, anchor);
    let hits: Vec<&(String, String)> = found.iter().filter(|(t, _)| t == expr).collect();
    assert_eq!(hits.len(), 1, "{expr:?} in {text:?}: found {found:?}");
    hits[0].1.clone()
}

pub fn none_within(text: &str, words: &str, anchor: &str) {
    let found = all(text, anchor);
    let pos = text.find(words).expect("words in text");
    let hit = find_times(text, at(anchor)).into_iter().find(|t| t.start < pos + words.len() && pos < t.end);
    assert!(hit.is_none(), "nothing expected on {words:?} in {text:?}: found {found:?}");
}
