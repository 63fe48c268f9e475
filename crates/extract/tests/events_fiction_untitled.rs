//! A review of a film, a series or a novel read without a title that calls
//! it a review: two cues of a review's body ("directed by", "starring",
//! "running time", "the novel follows") and three words of a work (film,
//! plot, characters…) make it one, and violence retold from the work is no
//! event. News of a film being made, of an attack at a screening, or of a
//! real strike beside a premiere keeps its events. Articles written for
//! these tests.

mod common;

use common::{analyze, analyze_titled};
use newsledger_model::{EventType, Facts};

fn force_or_menace(f: &Facts) -> Vec<String> {
    f.events.iter().filter(|e| matches!(e.event_type, EventType::Assault | EventType::Coerce | EventType::Threaten)).map(|e| e.trigger.clone()).collect()
}

#[test]
fn a_review_without_its_title_is_still_a_review() {
    for text in [
        "The film follows a sniper who kills a rebel commander and then hunts his brother across the desert. Directed by Anna Kovac and starring Leo Marsh, the movie runs just under two hours. The plot drags in the middle, but the characters are well drawn.\n",
        "The novel follows a young soldier who is captured by insurgents and tortured for weeks. Its screenplay adaptation, starring Maya Ruiz, arrives in cinemas next spring. The characters feel real and the story never lets go.\n",
        "Gangsters attack a fishing village in the first episode, and the hero is abducted by the end of it. The series, starring Tom Reyes, has a running time of eight hours over six episodes, and its characters are the best thing in it.\n",
    ] {
        let f = analyze(text);
        assert!(force_or_menace(&f).is_empty(), "{text}: {:#?}", f.events);
    }
    // A title that calls it no review changes nothing.
    let f = analyze_titled(
        "'Dust Road' is the bleakest western in years",
        "The film follows an outlaw who kills a sheriff. Directed by Ola Berg and starring Jim Cole, it is a story of revenge whose characters never soften.\n",
    );
    assert!(force_or_menace(&f).is_empty(), "{:#?}", f.events);
}

#[test]
fn news_beside_films_keeps_its_events() {
    // One cue: a film being made.
    let f = analyze("Noah Pell is in final talks to direct the fourth film in the series, according to reports. The film, directed by Pell, would follow the characters of the earlier movies.\n");
    assert!(f.events.iter().any(|e| e.event_type == EventType::Consult), "{:#?}", f.events);
    // Cues and work words, but the attack names the police.
    let f = analyze("A gunman opened fire at a cinema on Friday during a screening of the film, killing two people, police said. The movie, directed by Sam Holt and starring Kim Lee, had drawn large crowds, and the story of its characters was a hit.\n");
    assert!(!force_or_menace(&f).is_empty(), "{:#?}", f.events);
    // A real strike with a place and a date of its own.
    let f = analyze("Israeli jets struck a camp in Gaza on Tuesday, killing nine people. A documentary directed by Omar Said and starring survivors premiered in cinemas the same day, telling the story of the characters who lived through the film's events.\n");
    assert!(force_or_menace(&f).iter().any(|t| t == "struck"), "{:#?}", f.events);
    // No cue of a review's body: a report on a war film's subject.
    let f = analyze("Rebels attacked the town that the film is about, and the story of its characters is now being told again in the novel and the movie.\n");
    assert!(!force_or_menace(&f).is_empty(), "{:#?}", f.events);
}
