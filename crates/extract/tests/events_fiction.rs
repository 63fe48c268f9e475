//! Violence inside a work of fiction is no event: a page titled as a
//! review whose text names the parts of a game, film or novel (level, boss,
//! plot, characters…) retells what happens in the work. A news report about
//! a game, a sports review and a review that names real places, dates or
//! the police keep their attacks. Articles written for these tests.

mod common;

use common::{analyze_titled, assaults};
use newsledger_model::{EventType, Facts};

fn force_or_menace(f: &Facts) -> Vec<String> {
    f.events.iter().filter(|e| matches!(e.event_type, EventType::Assault | EventType::Coerce | EventType::Threaten)).map(|e| e.trigger.clone()).collect()
}

#[test]
fn violence_in_a_review_of_a_game_a_film_or_a_novel_is_no_event() {
    for (title, text) in [
        (
            "Shadow Realms review - a brutal but fair action game",
            "Shadow Realms is a game about a knight hunting the last dragon. The story is thin, but the characters are memorable.\n\nIn the first level, you are attacked by packs of wolves and bandits. The boss of the second level attacks with a huge axe, and learning which attacks to dodge is the key.\n\nThe narrative picks up later. The plot twists are predictable, and each level ends with a cutscene.\n",
        ),
        (
            "Review: 'Night Harbour' is a tense thriller with a weak ending",
            "The film follows a dock worker drawn into a smuggling ring. The protagonist is played with quiet menace.\n\nHalfway through, gangsters attack the warehouse and kidnap his daughter. The villain threatens to kill her unless he pays.\n\nThe plot sags in the third act, and the characters never quite convince. As a movie it is well shot; as a story it is thin.\n",
        ),
        (
            "Book review: The Ash Road by Mara Quinn",
            "Quinn's third novel is a bleak story of a family on the run. The narrative moves between two sisters, and the characters are drawn with care.\n\nWhen raiders attack their farm, the elder sister is abducted. Later the sisters ambush a patrol to free her.\n\nThe plot is slow, and the protagonist is hard to like.\n",
        ),
    ] {
        let f = analyze_titled(title, text);
        assert!(force_or_menace(&f).is_empty(), "{title}: {:#?}", f.events);
    }
}

#[test]
fn real_attacks_beside_games_films_and_reviews_stay() {
    // A news report about a game: no review title.
    let f = analyze_titled(
        "Gunman opens fire at video game tournament",
        "A gunman opened fire at a video game tournament on Sunday. The players were in the middle of a game, and the story of the film of the level boss was on the screen; the characters, plot and narrative of the game were forgotten.\n\nWitnesses said the gunman attacked other gamers after losing.\n",
    );
    assert!(assaults(&f).len() >= 2, "{:#?}", f.events);
    for (title, text, trigger) in [
        // A review that names the police: the real world.
        (
            "Film review: 'The Long Night' tells a story of revenge",
            "The film is a story of revenge. Its characters are thin, its plot predictable, and its narrative drags at every level.\n\nThe lead actor was attacked outside the premiere last week, police said.\n",
            "attacked",
        ),
        // A review of a history: a date and a place of its own.
        (
            "Review: a history of the siege of Sarajevo",
            "This history tells the story of the siege through the characters who lived it; its narrative is gripping, its plot-like structure deliberate, and at every level it is moving. A film is planned.\n\nSerb forces shelled Sarajevo from the hills in 1992.\n",
            "shelled",
        ),
        // A sports review: "game" and "players" are no words of fiction.
        (
            "Season review: a year of highs and lows for the club",
            "The club finished fourth. The players won every home game in the spring, and the club's story was one of steady progress.\n\nIn March, fans attacked the team bus after a defeat.\n",
            "attacked",
        ),
    ] {
        let f = analyze_titled(title, text);
        assert!(force_or_menace(&f).iter().any(|t| t == trigger), "{title}: {:#?}", f.events);
    }
}

#[test]
fn a_visit_inside_the_work_is_no_meeting_but_the_makers_visits_stay() {
    let title = "Star Pilgrim review - a long trip worth taking";
    let body = "Star Pilgrim is an open-world game with a thin plot but lovely characters. Each level is a planet, and the boss fights are the best part of the story.\n\nThe narrative stalls midway.";
    let f = analyze_titled(title, &format!("{body} I visited the ice moon first, and you will visit three more planets before the end.\n"));
    assert!(f.events.iter().all(|e| e.event_type != EventType::Consult), "{:#?}", f.events);
    // The studio's visit has a place and a date of its own.
    let f = analyze_titled(title, &format!("{body} The studio's founders visited Tokyo in May to meet the publisher.\n"));
    assert!(f.events.iter().any(|e| e.event_type == EventType::Consult), "{:#?}", f.events);
}
