//! A group inside a subordinate clause that a comma closes ("If the army
//! attacks, there will be riots") is no actor or target of an event after
//! the comma; a group in the main clause, or in the clause of the event
//! itself, keeps its role. Sentences written for these tests; articles
//! dated 2025-11-03.

mod common;

use common::by_trigger;
use newsledger_model::Facts;

fn analyze(text: &str) -> Facts {
    common::analyze_dated(text, "2025-11-03")
}

fn actor_group(f: &Facts, text: &str, trigger: &str) -> Option<String> {
    by_trigger(f, text, trigger).actor_group.as_ref().map(|g| g.text.clone())
}

#[test]
fn a_group_in_a_closed_subordinate_clause_takes_no_role_after_it() {
    for (text, trigger) in [
        ("If the army attacks, there will be riots in the capital.", "riots"),
        ("As long as the government ignores them, more protests will follow.", "protests"),
        ("Unless police withdraw, a strike will begin on Monday.", "strike"),
        ("When soldiers arrived at dawn, the clashes had already ended.", "clashes"),
    ] {
        let f = analyze(text);
        let e = by_trigger(&f, text, trigger);
        assert!(e.actor_group.is_none() && e.target_group.is_none() && e.actor.is_none(), "{text}: {e:#?}");
    }
}

#[test]
fn groups_in_the_events_own_clause_keep_their_roles() {
    // The subordinate clause's own event keeps its group; a main clause's
    // subject after the comma is the actor.
    let text = "If the army attacks, there will be riots in the capital.";
    assert_eq!(actor_group(&analyze(text), text, "attacks").as_deref(), Some("army"));
    let text = "When the curfew began, soldiers fired on protesters in the square.";
    assert_eq!(actor_group(&analyze(text), text, "fired on").as_deref(), Some("soldiers"));
    // No subordinator: a comma alone does not cut the subject off.
    let text = "Police, backed by soldiers, arrested 20 protesters.";
    assert_eq!(actor_group(&analyze(text), text, "arrested").as_deref(), Some("Police"));
}
