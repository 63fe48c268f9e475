//! Claims and events on hand-built documents: the entities, sources, quotes,
//! places, times and attributions that earlier extractors would find are
//! filled in by hand, so these tests check the claim and event logic alone.

use newsledger_extract::claims::ClaimExtractor;
use newsledger_extract::events::EventExtractor;
use newsledger_extract::{Attribution, Doc, Extractor};
use newsledger_model::{
    Article, ClaimStatus, DatePrecision, Entity, EntityType, EventType, Modality, Place, PlaceMention, PlacePrecision, Quote, Source, Span, TimeExpr,
};

fn article(text: &str) -> Article {
    Article { id: "a1".into(), language: "en".into(), text: text.into(), published: Some("2025-11-03".into()), ..Default::default() }
}

/// Byte span of the `nth` occurrence of `needle`.
fn span_n(text: &str, needle: &str, nth: usize) -> Span {
    let start = text.match_indices(needle).nth(nth).unwrap_or_else(|| panic!("{needle:?} not in text")).0;
    Span::new(start, start + needle.len())
}

fn span(text: &str, needle: &str) -> Span {
    span_n(text, needle, 0)
}

fn entity(id: &str, text: &str, ty: EntityType, mentions: Vec<Span>) -> Entity {
    Entity { id: id.into(), text: text.into(), entity_type: ty, canonical: None, actor: None, mentions }
}

fn source(id: &str, name: &str, entity: Option<&str>, evidence: Span) -> Source {
    Source { id: id.into(), name: name.into(), entity: entity.map(str::to_string), evidence, ..Default::default() }
}

fn place(id: &str, text: &str, precision: PlacePrecision, evidence: Span) -> PlaceMention {
    PlaceMention { id: id.into(), text: text.into(), place: Place { name: text.into(), precision, ..Default::default() }, evidence }
}

fn attribution(text: &str, content: &str, source: &str, cue: &str, lemma: &str) -> Attribution {
    Attribution { content: span(text, content), source: source.into(), cue: span(text, cue), cue_lemma: lemma.into() }
}

fn run(doc: &mut Doc<'_>) {
    ClaimExtractor.run(doc);
    EventExtractor.run(doc);
}

#[test]
fn pentagon_toll_is_unverified_and_linked_to_the_boat_strikes() {
    let text = "U.S. forces have conducted strikes on alleged drug boats in the Caribbean. The Pentagon claims 64 people have been killed in 15 such operations, though no evidence has been publicly released to verify those figures.";
    let art = article(text);
    let mut doc = Doc::new(&art, Some("2025-11-03".into()));
    doc.facts.entities = vec![
        entity("e1", "U.S.", EntityType::Gpe, vec![span(text, "U.S.")]),
        entity("e2", "Pentagon", EntityType::Org, vec![span(text, "Pentagon")]),
    ];
    doc.facts.places = vec![place("p1", "Caribbean", PlacePrecision::Sea, span(text, "Caribbean"))];
    doc.facts.sources = vec![source("s1", "The Pentagon", Some("e2"), span(text, "The Pentagon"))];
    doc.notes.attributions = vec![attribution(text, "64 people have been killed in 15 such operations", "s1", "claims", "claim")];
    run(&mut doc);

    let strikes: Vec<_> = doc.facts.events.iter().filter(|e| e.event_type == EventType::Assault).collect();
    assert_eq!(strikes.len(), 1, "one attack event, the killings join it: {:#?}", doc.facts.events);
    let strike = strikes[0];
    assert_eq!(strike.modality, Modality::Occurred);
    assert_eq!(strike.place.as_ref().map(|p| p.name.as_str()), Some("Caribbean"));
    assert_eq!(strike.actor.as_deref(), Some("e1"));

    let claim = doc.facts.claims.iter().find(|c| c.quantities.iter().any(|q| q.value == Some(64.0))).expect("claim with 64");
    assert_eq!(claim.source.as_deref(), Some("s1"));
    assert_eq!(claim.status, ClaimStatus::Unverified);
    assert_eq!(claim.event.as_deref(), Some(strike.id.as_str()));
    let q64 = &claim.quantities[0];
    assert_eq!(q64.unit.as_deref(), Some("person"));
    assert_eq!(q64.predicate.as_deref(), Some("killed"));
    assert!(claim.quantities.iter().any(|q| q.value == Some(15.0) && q.unit.as_deref() == Some("operation")), "{claim:#?}");
}

#[test]
fn unverified_in_the_next_sentence_needs_a_pointer_back() {
    let text = "Rebels said they had killed 40 soldiers near the dam. The figures could not be independently verified.";
    let art = article(text);
    let mut doc = Doc::new(&art, None);
    doc.facts.sources = vec![source("s1", "Rebels", None, span(text, "Rebels"))];
    doc.notes.attributions = vec![attribution(text, "they had killed 40 soldiers near the dam", "s1", "said", "say")];
    run(&mut doc);
    let c = doc.facts.claims.iter().find(|c| !c.quantities.is_empty()).expect("claim");
    assert_eq!(c.status, ClaimStatus::Unverified);
    assert_eq!(c.source.as_deref(), Some("s1"));

    // Without "the figures" the next sentence is about something else.
    let text = "Rebels said they had killed 40 soldiers near the dam. Other reports could not be independently verified.";
    let art = article(text);
    let mut doc = Doc::new(&art, None);
    doc.facts.sources = vec![source("s1", "Rebels", None, span(text, "Rebels"))];
    doc.notes.attributions = vec![attribution(text, "they had killed 40 soldiers near the dam", "s1", "said", "say")];
    run(&mut doc);
    let c = doc.facts.claims.iter().find(|c| !c.quantities.is_empty()).expect("claim");
    assert_eq!(c.status, ClaimStatus::Attributed);
}

#[test]
fn denial_and_conflicting_figures() {
    let text = "The army denied that 12 civilians were killed in the raid.";
    let art = article(text);
    let mut doc = Doc::new(&art, None);
    run(&mut doc);
    let c = doc.facts.claims.iter().find(|c| !c.quantities.is_empty()).expect("claim");
    assert_eq!(c.status, ClaimStatus::Denied);
    let raid = doc.facts.events.iter().find(|e| e.event_type == EventType::Assault).expect("raid");
    assert_eq!(raid.modality, Modality::Denied);

    let text = "The health ministry said 30 people were killed in the shelling. The army said only 4 people were killed.";
    let art = article(text);
    let mut doc = Doc::new(&art, None);
    doc.facts.sources = vec![source("s1", "The health ministry", None, span(text, "The health ministry")), source("s2", "The army", None, span(text, "The army"))];
    doc.notes.attributions = vec![
        attribution(text, "30 people were killed in the shelling", "s1", "said", "say"),
        attribution(text, "only 4 people were killed", "s2", "said", "say"),
    ];
    run(&mut doc);
    let statuses: Vec<_> = doc.facts.claims.iter().filter(|c| !c.quantities.is_empty()).map(|c| (c.source.clone(), c.status)).collect();
    assert_eq!(statuses, vec![(Some("s1".into()), ClaimStatus::Disputed), (Some("s2".into()), ClaimStatus::Disputed)]);
}

#[test]
fn quote_speaker_is_the_actor_of_a_first_person_event() {
    let text = "Mexican President Claudia Sheinbaum responded on Monday, saying, “We reject any form of intervention or interference.”";
    let art = article(text);
    let mut doc = Doc::new(&art, None);
    doc.facts.entities = vec![entity("e1", "Claudia Sheinbaum", EntityType::Person, vec![span(text, "Claudia Sheinbaum")])];
    doc.facts.sources = vec![source("s1", "Mexican President Claudia Sheinbaum", Some("e1"), span(text, "Mexican President Claudia Sheinbaum"))];
    doc.facts.quotes = vec![Quote {
        id: "q1".into(),
        text: "We reject any form of intervention or interference.".into(),
        source: Some("s1".into()),
        evidence: span(text, "We reject any form of intervention or interference."),
        ..Default::default()
    }];
    // The source pass records every quote's quoted words as an attribution.
    doc.notes.attributions = vec![attribution(text, "We reject any form of intervention or interference.", "s1", "saying", "say")];
    run(&mut doc);
    let reject = doc.facts.events.iter().find(|e| e.event_type == EventType::Reject).expect("REJECT");
    assert_eq!(reject.actor.as_deref(), Some("e1"));
    assert_eq!(reject.source.as_deref(), Some("s1"));
    assert!(reject.modality.happened());
}

#[test]
fn designation_gets_the_date_of_its_sentence_and_its_actor() {
    let text = "In February, the State Department designated six Mexican drug cartels as foreign terrorist organizations.";
    let art = article(text);
    let mut doc = Doc::new(&art, Some("2025-11-03".into()));
    doc.facts.entities = vec![entity("e1", "State Department", EntityType::Org, vec![span(text, "State Department")])];
    doc.facts.times = vec![TimeExpr {
        id: "t1".into(),
        text: "February".into(),
        value: Some("2025-02".into()),
        precision: DatePrecision::Month,
        evidence: span(text, "February"),
        ..Default::default()
    }];
    run(&mut doc);
    let d = doc.facts.events.iter().find(|e| e.event_type == EventType::Coerce).expect("COERCE");
    assert_eq!(d.mode.as_deref(), Some("designation"));
    assert_eq!(d.modality, Modality::Occurred);
    assert_eq!(d.actor.as_deref(), Some("e1"));
    let date = d.date.as_ref().expect("date");
    assert_eq!(date.value.as_deref(), Some("2025-02"));
    assert_eq!(date.precision, DatePrecision::Month);
    let c = doc.facts.claims.iter().find(|c| c.quantities.iter().any(|q| q.value == Some(6.0))).expect("six cartels");
    assert_eq!(c.event.as_deref(), Some(d.id.as_str()));
    assert_eq!(c.status, ClaimStatus::Asserted);
}

#[test]
fn passive_agent_is_the_actor_and_subject_the_target() {
    let text = "Five activists were detained by Hong Kong police outside the court.";
    let art = article(text);
    let mut doc = Doc::new(&art, None);
    doc.facts.entities = vec![entity("e1", "Hong Kong police", EntityType::Org, vec![span(text, "Hong Kong police")])];
    run(&mut doc);
    let arrest = doc.facts.events.iter().find(|e| e.event_type == EventType::Coerce).expect("arrest");
    assert_eq!(arrest.mode.as_deref(), Some("arrest"));
    assert_eq!(arrest.actor.as_deref(), Some("e1"));
    let c = doc.facts.claims.iter().find(|c| !c.quantities.is_empty()).expect("claim");
    assert_eq!(c.quantities[0].value, Some(5.0));
    assert_eq!(c.quantities[0].predicate.as_deref(), Some("detained"));
}

#[test]
fn anaphoric_plan_carries_its_place_and_stays_conditional() {
    let text = "The government is planning a covert operation inside Mexico. If approved, the operation would focus on drone strikes against cartel labs.";
    let art = article(text);
    let mut doc = Doc::new(&art, None);
    doc.facts.places = vec![place("p1", "Mexico", PlacePrecision::Country, span(text, "Mexico"))];
    run(&mut doc);
    let plan = doc.facts.events.iter().find(|e| e.trigger == "covert operation").expect("operation");
    assert_eq!(plan.modality, Modality::Planned);
    let drones = doc.facts.events.iter().find(|e| e.mode.as_deref() == Some("drone strike")).expect("drone strikes");
    assert_eq!(drones.modality, Modality::Conditional);
    assert_eq!(drones.place.as_ref().map(|p| p.name.as_str()), Some("Mexico"));
}
