//! An event noun after "in response to", "in retaliation for" or
//! "following" happened before the event the clause tells: it takes a date
//! only from its own phrase. Sentences written for this test.

use newsledger_extract::Pipeline;
use newsledger_model::{Article, Event};

fn events(text: &str) -> Vec<Event> {
    let art = Article { id: "a1".into(), language: "en".into(), text: text.to_string(), published: Some("2024-03-13".into()), ..Default::default() };
    Pipeline::for_language("en").analyze(&art).events
}

fn date_of<'e>(evs: &'e [Event], trigger: &str) -> Option<&'e str> {
    let e = evs.iter().find(|e| e.trigger == trigger).unwrap_or_else(|| panic!("no {trigger:?} in {evs:#?}"));
    e.date.as_ref().and_then(|d| d.value.as_deref())
}

#[test]
fn a_background_event_takes_no_date_from_the_main_clause() {
    // Wednesday 13 March 2024.
    for (text, trigger) in [
        ("On Monday, rebels shelled the garrison in response to the airstrike that killed their commander.", "airstrike"),
        ("Police detained 40 people on Tuesday following the bombing of a bus station.", "bombing"),
        ("Workers walked out on Friday following the arrest of their union leader.", "arrest"),
        ("Militias blocked the road on Sunday in reaction to the shooting of a tribal elder.", "shooting"),
    ] {
        let evs = events(text);
        let d = date_of(&evs, trigger);
        assert!(d.is_none_or(|v| v.starts_with("XXXX")), "{text}: {evs:#?}");
    }
    // A date inside the phrase is its own, and the main event keeps its date.
    let text = "On Tuesday, militants shelled the town in retaliation for Friday's raid.";
    let evs = events(text);
    assert_eq!(date_of(&evs, "raid"), Some("2024-03-08"), "{text}: {evs:#?}");
    assert_eq!(date_of(&evs, "shelled"), Some("2024-03-12"), "{text}: {evs:#?}");
    let text = "Police arrested six men on Tuesday after the bombing on Monday.";
    let evs = events(text);
    assert_eq!(date_of(&evs, "arrested"), Some("2024-03-12"), "{text}: {evs:#?}");
}

#[test]
fn missiles_launched_in_answer_to_an_airstrike_are_an_attack_of_their_own() {
    // The airstrike named later in the sentence does not hide the launch.
    for text in [
        "On Tuesday, Iran launched missiles at two bases in response to the airstrike that killed its general.",
        "Rebels launched rockets at the airport hours after an airstrike hit their camp.",
    ] {
        let evs = events(text);
        assert!(evs.iter().any(|e| e.trigger == "launched" && e.mode.as_deref() == Some("missile")), "{text}: {evs:#?}");
    }
    // "launched" with an attack word right after it is that attack's verb.
    for text in ["The army launched an offensive, firing missiles at the town.", "The navy launched an airstrike with cruise missiles."] {
        let evs = events(text);
        assert!(evs.iter().all(|e| e.trigger != "launched"), "{text}: {evs:#?}");
    }
}
