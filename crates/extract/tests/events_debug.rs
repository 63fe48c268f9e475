use newsledger_extract::Pipeline;
use newsledger_model::Article;

#[test]
#[ignore]
fn dump() {
    let seed = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/seed/covert-operations-mexico.txt");
    let path = std::env::var("DUMP").unwrap_or(seed.into());
    let text = std::fs::read_to_string(&path).unwrap();
    let art = Article { id: "a1".into(), language: "en".into(), text: text.clone(), published: Some("2025-11-03".into()), ..Default::default() };
    let f = if std::env::var("NO_NER").is_ok() {
        use newsledger_extract::*;
        Pipeline::with_extractors(vec![Box::new(times::TimeExtractor), Box::new(places::PlaceExtractor), Box::new(sources::SourceExtractor), Box::new(claims::ClaimExtractor), Box::new(events::EventExtractor)]).analyze(&art)
    } else { Pipeline::for_language("en").analyze(&art) };
    let cp = |s: newsledger_model::Span| text.chars().skip(s.start).take(s.end - s.start).collect::<String>();
    for e in &f.entities { println!("ENT {} {:?} {}", e.id, e.entity_type, e.text); }
    for s in &f.sources { println!("SRC {} {} entity={:?}", s.id, s.name, s.entity); }
    for p in &f.places { println!("PLACE {} {}", p.id, p.text); }
    for t in &f.times { println!("TIME {} {} {:?}", t.id, t.text, t.value); }
    for v in &f.events {
        println!("EV {} {:?} mode={:?} {:?} trig={:?} actor={:?} target={:?} place={:?} date={:?} src={:?}\n    {}", v.id, v.event_type, v.mode, v.modality, v.trigger, v.actor, v.target, v.place.as_ref().map(|p| &p.name), v.date.as_ref().map(|d| &d.value), v.source, cp(v.evidence));
    }
    for c in &f.claims {
        println!("CL {} {:?} src={:?} ev={:?} | {}", c.id, c.status, c.source, c.event, c.text);
        for q in &c.quantities { println!("    Q {:?} {:?} what={:?} pred={:?} low={:?} high={:?} '{}'", q.value, q.unit, q.what, q.predicate, q.low, q.high, q.text); }
    }
}
