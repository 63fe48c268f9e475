//! The time extractor inside the pipeline: ids, byte spans, interval
//! values, and code-point spans after `Pipeline::analyze`. Sentences are our own.

use newsledger_extract::times::TimeExtractor;
use newsledger_extract::{Doc, Extractor, Pipeline};
use newsledger_model::{Article, DatePrecision, TimeType};

fn article(text: &str, published: Option<&str>) -> Article {
    Article { text: text.to_string(), language: "en".into(), published: published.map(str::to_string), ..Default::default() }
}

#[test]
fn times_get_ids_values_and_byte_spans() {
    let a = article("The minister said on Monday that troops arrived in February and will stay three years.", None);
    let mut doc = Doc::new(&a, Some("2025-11-05".into()));
    TimeExtractor.run(&mut doc);
    let t = &doc.facts.times;
    let got: Vec<(&str, &str, Option<&str>)> = t.iter().map(|t| (t.id.as_str(), t.text.as_str(), t.value.as_deref())).collect();
    assert_eq!(
        got,
        [("t1", "Monday", Some("2025-11-03")), ("t2", "February", Some("2025-02")), ("t3", "three years", Some("P3Y"))]
    );
    assert_eq!(t[0].precision, DatePrecision::Day);
    assert_eq!(t[1].precision, DatePrecision::Month);
    assert_eq!(t[2].time_type, TimeType::Duration);
    for x in t {
        assert_eq!(&doc.text[x.evidence.start..x.evidence.end], x.text);
    }
}

#[test]
fn since_phrases_become_intervals() {
    let a = article("Violence has risen since Sheinbaum took office, and arrests have doubled since 2018.", None);
    let mut doc = Doc::new(&a, Some("2025-11-05".into()));
    TimeExtractor.run(&mut doc);
    let t = &doc.facts.times;
    assert_eq!(t.len(), 2);
    assert_eq!(t[0].text, "since Sheinbaum took office");
    assert_eq!(t[0].value.as_deref(), Some("XXXX-XX-XX/2025-11-05"));
    assert_eq!(t[0].precision, DatePrecision::Interval);
    assert_eq!(t[1].text, "since 2018");
    assert_eq!(t[1].value.as_deref(), Some("2018/2025-11-05"));
    assert_eq!(t[1].precision, DatePrecision::Interval);
}

#[test]
fn no_anchor_keeps_what_the_text_says() {
    let a = article("Talks resumed in February, a week after the strike.", None);
    let mut doc = Doc::new(&a, None);
    TimeExtractor.run(&mut doc);
    let t = &doc.facts.times;
    assert_eq!(t[0].value.as_deref(), Some("XXXX-02"));
}

#[test]
fn pipeline_converts_spans_to_code_points() {
    // "—" is 3 bytes but one code point: the span must move back by 2.
    let text = "Officials — speaking on Monday — said the curfew ends next week.";
    let facts = Pipeline::with_extractors(vec![Box::new(TimeExtractor)]).analyze(&article(text, Some("2025-11-05T07:00")));
    let monday = facts.times.iter().find(|t| t.text == "Monday").expect("Monday found");
    let chars: Vec<char> = text.chars().collect();
    let s: String = chars[monday.evidence.start..monday.evidence.end].iter().collect();
    assert_eq!(s, "Monday");
    assert_eq!(monday.value.as_deref(), Some("2025-11-03"));
    let next_week = facts.times.iter().find(|t| t.text == "next week").expect("next week found");
    assert_eq!(next_week.value.as_deref(), Some("2025-W46"));
    assert_eq!(next_week.precision, DatePrecision::Week);
}
