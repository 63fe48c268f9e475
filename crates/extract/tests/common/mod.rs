//! Helpers shared by the extract tests (each test file is its own crate, so
//! they live here and are pulled in with `mod common;`).

#![allow(dead_code)] // not every test file uses every helper

use newsledger_extract::entities::{EntityExtractor, LexiconEntityExtractor};
use newsledger_extract::sources::SourceExtractor;
use newsledger_extract::{Annotations, Doc, Extractor, Pipeline};
use newsledger_model::{Article, Claim, Event, EventType, Facts, Quote, Source};

/// Runs the entity pass (registry and lexicons only, then with the NER
/// tagger) and the source pass; the facts the tests check must hold both ways.
pub fn analyse_both(text: &str) -> Vec<(Facts, Annotations)> {
    [false, true]
        .into_iter()
        .map(|ner| {
            let article = Article { text: text.to_string(), language: "en".into(), ..Default::default() };
            let mut doc = Doc::new(&article, None);
            if ner {
                EntityExtractor.run(&mut doc);
            } else {
                LexiconEntityExtractor.run(&mut doc);
            }
            SourceExtractor.run(&mut doc);
            (doc.facts, doc.notes)
        })
        .collect()
}

/// Prints what the passes found (a development aid for failing tests).
pub fn dump(text: &str, f: &Facts, notes: &Annotations) {
    for e in &f.entities {
        println!("{} {:?} {:?} {:?} {:?} x{}", e.id, e.text, e.entity_type, e.canonical, e.actor, e.mentions.len());
    }
    for s in &f.sources {
        println!("{} {:?} {:?} anon={} count={:?} aff={:?} via={:?} ent={:?} role={:?}", s.id, s.name, s.kind, s.anonymous, s.count, s.affiliation, s.via, s.entity, s.role);
    }
    for q in &f.quotes {
        println!("{} {:?} {:?} src={:?} verb={:?}", q.id, q.kind, q.text, q.source, q.verb);
    }
    for a in &notes.attributions {
        println!("ATTR {} {:?} <- {:?}", a.source, &text[a.content.start..a.content.end], a.cue_lemma);
    }
}

/// The quote whose text starts with `starts`.
pub fn quote<'f>(f: &'f Facts, starts: &str) -> &'f Quote {
    f.quotes.iter().find(|q| q.text.starts_with(starts)).unwrap_or_else(|| panic!("no quote starting {starts:?}: {:#?}", f.quotes))
}

/// The source a quote is attributed to.
pub fn speaker<'f>(f: &'f Facts, q: &Quote) -> &'f Source {
    let id = q.source.as_ref().unwrap_or_else(|| panic!("quote without a source: {q:#?}"));
    f.sources.iter().find(|s| &s.id == id).unwrap_or_else(|| panic!("no source {id}"))
}

/// The whole English pipeline on one article dated 2025-03-10.
pub fn analyze(text: &str) -> Facts {
    analyze_dated(text, "2025-03-10")
}

/// The whole English pipeline on one article published on `date`.
pub fn analyze_dated(text: &str, date: &str) -> Facts {
    analyze_with(text, Some(date))
}

/// The whole English pipeline on one article with no publication date.
pub fn analyze_undated(text: &str) -> Facts {
    analyze_with(text, None)
}

/// The whole English pipeline on one article, published on `published` if given.
pub fn analyze_with(text: &str, published: Option<&str>) -> Facts {
    let art = Article { id: "a1".into(), language: "en".into(), text: text.to_string(), published: published.map(str::to_string), ..Default::default() };
    Pipeline::for_language("en").analyze(&art)
}

/// The one event whose trigger is `trigger` (`text` names the input in
/// the failure message).
pub fn by_trigger<'f>(f: &'f Facts, text: &str, trigger: &str) -> &'f Event {
    let found: Vec<&Event> = f.events.iter().filter(|e| e.trigger == trigger).collect();
    assert_eq!(found.len(), 1, "{text}: trigger {trigger}: {:#?}", f.events);
    found[0]
}

/// The whole English pipeline on one article with a title, dated 2025-03-10.
pub fn analyze_titled(title: &str, text: &str) -> Facts {
    let art = Article { id: "a1".into(), language: "en".into(), title: Some(title.to_string()), text: text.to_string(), published: Some("2025-03-10".into()), ..Default::default() };
    Pipeline::for_language("en").analyze(&art)
}

/// The entity's text and canonical name, lower-cased, for an id ("" for none).
pub fn entity_names(f: &Facts, id: Option<&str>) -> String {
    let Some(id) = id else { return String::new() };
    f.entities.iter().find(|e| e.id == id).map(|e| format!("{} | {}", e.text, e.canonical.clone().unwrap_or_default()).to_lowercase()).unwrap_or_default()
}

/// The ASSAULT events.
pub fn assaults(f: &Facts) -> Vec<&Event> {
    f.events.iter().filter(|e| e.event_type == EventType::Assault).collect()
}

/// The event a claim is linked to, if any.
pub fn event_of<'f>(f: &'f Facts, c: &Claim) -> Option<&'f Event> {
    c.event.as_ref().and_then(|id| f.events.iter().find(|e| &e.id == id))
}

/// The claim that holds the figure `value`.
pub fn claim_with(f: &Facts, value: f64) -> &Claim {
    f.claims.iter().find(|c| c.quantities.iter().any(|q| q.value == Some(value))).unwrap_or_else(|| panic!("no claim with {value}: {:#?}", f.claims))
}

/// The quantity of value `value` in the claim that carries it.
pub fn quantity_with(f: &Facts, value: f64) -> &newsledger_model::Quantity {
    claim_with(f, value).quantities.iter().find(|q| q.value == Some(value)).unwrap_or_else(|| panic!("no quantity {value}"))
}

/// The claim carrying a quantity whose text is `figure` ("45", "Twelve").
pub fn claim_with_figure<'f>(f: &'f Facts, figure: &str) -> &'f Claim {
    f.claims.iter().find(|c| c.quantities.iter().any(|q| q.text == figure)).unwrap_or_else(|| panic!("no claim with {figure:?}: {:#?}", f.claims))
}

/// A claim's source, if it has one.
pub fn claim_source<'f>(f: &'f Facts, c: &Claim) -> Option<&'f Source> {
    let id = c.source.as_ref()?;
    Some(f.sources.iter().find(|s| &s.id == id).unwrap_or_else(|| panic!("no source {id}")))
}

/// The name of a claim's source, if it has one.
pub fn claimant(f: &Facts, c: &Claim) -> Option<String> {
    claim_source(f, c).map(|s| s.name.clone())
}
