//! An event's unnamed groups are additive: absent from the JSON when there
//! are none (older records read and write unchanged), round-tripped when
//! there are.

use newsledger_model::{Event, EventType, GroupCategory, GroupRole, Modality, Span};

#[test]
fn no_group_writes_no_key_and_old_json_reads() {
    let e = Event { id: "v1".into(), event_type: EventType::Assault, modality: Modality::Occurred, trigger: "raid".into(), evidence: Span::new(0, 4), ..Default::default() };
    let s = serde_json::to_string(&e).unwrap();
    assert!(!s.contains("actor_group") && !s.contains("target_group"), "{s}");
    let back: Event = serde_json::from_str(&s).unwrap();
    assert_eq!(back, e);
}

#[test]
fn groups_round_trip_with_their_category_names() {
    let e = Event {
        id: "v1".into(),
        event_type: EventType::Coerce,
        actor_group: Some(GroupRole { text: "Malian soldiers".into(), evidence: Span::new(0, 15), category: GroupCategory::StateForces, country: Some("ML".into()) }),
        target_group: Some(GroupRole { text: "12 traders".into(), evidence: Span::new(25, 35), category: GroupCategory::Civilians, country: None }),
        ..Default::default()
    };
    let s = serde_json::to_string(&e).unwrap();
    assert!(s.contains(r#""category":"state_forces""#) && s.contains(r#""country":"ML""#) && s.contains(r#""category":"civilians""#), "{s}");
    assert_eq!(s.matches("country").count(), 1, "no country key where none is known: {s}");
    let back: Event = serde_json::from_str(&s).unwrap();
    assert_eq!(back, e);
    assert_eq!(GroupCategory::parse("REBELS"), Some(GroupCategory::Rebels));
}
