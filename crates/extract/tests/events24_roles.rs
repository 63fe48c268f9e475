//! events24: a passive verb joined to an earlier verb takes their shared
//! subject as target ("Two gunmen attacked a guard and were later
//! arrested": the gunmen are arrested, not arresting); a group inside a
//! background phrase ("in response to attacks on soldiers") takes no role
//! of the main event, and the background event none from outside it.
//! Sentences written for these tests; articles dated 2025-11-03.

mod common;

use common::by_trigger;
use newsledger_model::Facts;

fn analyze(text: &str) -> Facts {
    common::analyze_dated(text, "2025-11-03")
}

fn group_text(g: &Option<newsledger_model::GroupRole>) -> Option<&str> {
    g.as_ref().map(|g| g.text.as_str())
}

#[test]
fn a_joined_passive_takes_the_shared_subject_as_target() {
    // (text, passive trigger, its actor group, its target group)
    for (text, trigger, actor, target) in [
        ("Two gunmen attacked a guard and were later arrested.", "arrested", None, Some("Two gunmen")),
        ("Gunmen attacked two guards and were later arrested.", "arrested", None, Some("Gunmen")),
        ("Militants stormed a checkpoint, killed four soldiers and were then captured by the army.", "captured", Some("army"), Some("Militants")),
        ("Rioters burned a police station and were detained.", "detained", None, Some("Rioters")),
    ] {
        let f = analyze(text);
        let e = by_trigger(&f, text, trigger);
        assert_eq!(group_text(&e.actor_group), actor, "{text}: {e:#?}");
        assert_eq!(group_text(&e.target_group), target, "{text}: {e:#?}");
    }
    // Active second verbs keep the shared subject as actor.
    for (text, trigger, actor) in [
        ("Police raided the compound and arrested two suspects.", "arrested", "Police"),
        ("Soldiers surrounded the village and detained 20 men.", "detained", "Soldiers"),
    ] {
        let f = analyze(text);
        let e = by_trigger(&f, text, trigger);
        assert_eq!(group_text(&e.actor_group), Some(actor), "{text}: {e:#?}");
    }
}

#[test]
fn a_background_phrase_owns_its_groups() {
    // (text, main trigger, its target group, background trigger, its actor group, its target group)
    for (text, main, main_target, bg, bg_actor, bg_target) in [
        ("Troops shelled the town in response to attacks on soldiers.", "shelled", None, "attacks", None, Some("soldiers")),
        ("Militants stormed a base in revenge for the arrest of their fighters.", "stormed", None, "arrest", None, Some("fighters")),
        ("Police arrested 12 men in response to an attack by gunmen on a market.", "arrested", None, "attack", Some("gunmen"), None),
    ] {
        let f = analyze(text);
        let (m, b) = (by_trigger(&f, text, main), by_trigger(&f, text, bg));
        assert_eq!(group_text(&m.target_group), main_target, "{text}: {m:#?}");
        assert_eq!(group_text(&b.actor_group), bg_actor, "{text}: {b:#?}");
        assert_eq!(group_text(&b.target_group), bg_target, "{text}: {b:#?}");
    }
    // Outside any background phrase, the main event keeps its groups.
    for (text, trigger, actor, target) in [
        ("In response to the abduction, police arrested 12 people.", "arrested", "police", "12 people"),
        ("Troops shelled the town and wounded 30 villagers.", "shelled", "Troops", "30 villagers"),
    ] {
        let f = analyze(text);
        let e = by_trigger(&f, text, trigger);
        assert_eq!(group_text(&e.actor_group), Some(actor), "{text}: {e:#?}");
        assert_eq!(group_text(&e.target_group), Some(target), "{text}: {e:#?}");
    }
}
