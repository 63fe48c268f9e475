//! Event roles scorer: the actor and target of our events against MEANTIME's
//! participants.
//!
//! MEANTIME links each annotated event mention to its participants
//! (`HAS_PARTICIPANT`, PropBank roles): `Arg0` is the agent, `Arg1` the
//! patient or theme. Our events carry an `actor` and a `target` (entity ids).
//! The scorer runs the whole pipeline over each article (rebuilt from its
//! tokens as the TIMEX scorer rebuilds it, with its creation time as the
//! publication date), places each event's trigger word in its sentence, and
//! keeps the events whose trigger overlaps a gold event mention (*aligned*).
//! On those:
//!
//! * **actor** against `Arg0`, **target** against `Arg1`. A role is right when
//!   one of our entity's mentions overlaps a mention of the gold participant
//!   — of the same entity instance (`REFERS_TO`), so "the company" annotated
//!   as the agent is matched by our "Airbus" elsewhere in the article.
//!   Precision counts every role we give (a role where the gold has none is
//!   wrong); recall counts every gold `Arg0`/`Arg1` of an aligned event.
//!   The target is scored only on ASSAULT, COERCE and SANCTION events, where
//!   PropBank's `Arg1` is the one acted on as PLOVER's target is ("killed
//!   228 people", "banned the carriers"); for an agreement or a meeting
//!   `Arg1` is the contract or the topic while our target is the other
//!   party ("signed a contract with the Defense Ministry").
//! * the same for a **baseline** on the same events and our own entities: the
//!   nearest entity mention before the trigger in its sentence is the actor,
//!   the first one after it the target. It says how much the role rules add
//!   over word order.
//!
//! MEANTIME annotates only the first sentences of each article; events
//! outside them are not counted. The corpus is business news (Airbus, Apple,
//! GM, the stock market), so the events are mostly agreements, statements,
//! sanctions and lay-offs rather than attacks. Splits follow the TIMEX
//! scorer's halves (airbus + gm for development, apple + stock held out).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use newsledger_extract::Pipeline;
use newsledger_model::{Article, Event, EventType, Facts, GroupRole};
use serde_json::json;

use crate::timex::{attribute, parse_meantime, Corpus, TimemlDoc, MEANTIME_SPLITS};
use crate::{EvalError, EvalOptions, EvalReport};

/// A byte span into the document text.
pub type Span = (usize, usize);

/// One gold event mention with the mentions of its agent and patient.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GoldEvent {
    pub span: Span,
    /// Every mention of the `Arg0` participant's entity (its own mention
    /// when it is linked to no instance); empty when the event has none.
    pub arg0: Vec<Span>,
    pub arg1: Vec<Span>,
}

/// A MEANTIME document: its text (and what the TIMEX scorer knows of it) and
/// its gold events.
#[derive(Debug, Clone)]
pub struct RoleDoc {
    pub doc: TimemlDoc,
    pub events: Vec<GoldEvent>,
}

/// Counts behind one role's precision and recall.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RoleCounts {
    /// Roles given (ours or the baseline's) on aligned events.
    pub system: usize,
    /// Gold participants of aligned events.
    pub gold: usize,
    /// Given roles that match the gold participant.
    pub right: usize,
}

impl RoleCounts {
    pub fn add(&mut self, o: &RoleCounts) {
        self.system += o.system;
        self.gold += o.gold;
        self.right += o.right;
    }

    pub fn prf(&self) -> (f64, f64, f64) {
        crate::prf(self.right, self.system, self.gold)
    }

    fn count(&mut self, ours: Option<&[Span]>, gold: &[Span]) -> bool {
        let overlaps = |a: &Span, b: &Span| a.0 < b.1 && b.0 < a.1;
        self.system += usize::from(ours.is_some());
        self.gold += usize::from(!gold.is_empty());
        let right = ours.is_some_and(|m| m.iter().any(|a| gold.iter().any(|g| overlaps(a, g))));
        self.right += usize::from(right);
        right
    }
}

/// What the scorer counts over a set of documents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub docs: usize,
    /// Our events in the annotated sentences, and those on a gold event.
    pub events: usize,
    pub aligned: usize,
    pub actor: RoleCounts,
    pub target: RoleCounts,
    pub baseline_actor: RoleCounts,
    pub baseline_target: RoleCounts,
}

impl Counts {
    pub fn add(&mut self, o: &Counts) {
        self.docs += o.docs;
        self.events += o.events;
        self.aligned += o.aligned;
        self.actor.add(&o.actor);
        self.target.add(&o.target);
        self.baseline_actor.add(&o.baseline_actor);
        self.baseline_target.add(&o.baseline_target);
    }
}

/// Parses one MEANTIME CAT file: text, tokens, and each event mention's
/// `Arg0` and `Arg1` participants.
pub fn parse_roles(id: &str, xml: &str) -> Result<RoleDoc, String> {
    let doc = parse_meantime(id, xml)?;
    let token_span: HashMap<u32, Span> = doc.tokens.iter().map(|&(t, a, b)| (t, (a, b))).collect();
    let markables = xml.find("<Markables>").map_or("", |at| &xml[at..]);
    // Mentions: m_id → span, for entity and event mentions.
    let mut mentions: HashMap<String, Span> = HashMap::new();
    let mut event_ids: Vec<String> = Vec::new();
    for tag in ["ENTITY_MENTION", "EVENT_MENTION"] {
        let open = format!("<{tag} ");
        let close = format!("</{tag}>");
        let mut rest = markables;
        while let Some(at) = rest.find(&open) {
            rest = &rest[at..];
            let head_end = rest.find('>').ok_or("unclosed mention tag")?;
            let attrs = &rest[..head_end];
            if attrs.ends_with('/') {
                rest = &rest[head_end..];
                continue;
            }
            let body_end = rest.find(&close).ok_or("unclosed mention")?;
            let ids = rest[head_end..body_end].split("t_id=\"").skip(1).filter_map(|s| s.split('"').next()?.parse::<u32>().ok());
            let mut span: Option<Span> = None;
            for t in ids {
                if let Some(&(a, b)) = token_span.get(&t) {
                    span = Some(span.map_or((a, b), |(x, y)| (x.min(a), y.max(b))));
                }
            }
            if let (Some(m), Some(sp)) = (attribute(attrs, "m_id"), span) {
                if tag == "EVENT_MENTION" {
                    event_ids.push(m.clone());
                }
                mentions.insert(m, sp);
            }
            rest = &rest[body_end..];
        }
    }
    // Relations: (kind, attributes, source m_ids, target m_id).
    let relations = |tag: &str| -> Vec<(String, Vec<String>, String)> {
        let open = format!("<{tag} ");
        let close = format!("</{tag}>");
        let mut out = Vec::new();
        let mut rest = xml;
        while let Some(at) = rest.find(&open) {
            rest = &rest[at..];
            let Some(head_end) = rest.find('>') else { break };
            let Some(body_end) = rest.find(&close) else { break };
            let body = &rest[head_end..body_end];
            let sources = body.split("<source m_id=\"").skip(1).filter_map(|s| s.split('"').next()).map(str::to_string).collect();
            let target = body.split("<target m_id=\"").nth(1).and_then(|s| s.split('"').next()).unwrap_or_default().to_string();
            out.push((rest[..head_end].to_string(), sources, target));
            rest = &rest[body_end..];
        }
        out
    };
    // Instance of each mention, and the mentions of each instance.
    let mut instance_of: HashMap<String, String> = HashMap::new();
    let mut mentions_of: HashMap<String, Vec<Span>> = HashMap::new();
    for (_, sources, target) in relations("REFERS_TO") {
        for s in sources {
            if let Some(&sp) = mentions.get(&s) {
                mentions_of.entry(target.clone()).or_default().push(sp);
            }
            instance_of.insert(s, target.clone());
        }
    }
    let all_mentions = |m: &str| -> Vec<Span> {
        match instance_of.get(m).and_then(|i| mentions_of.get(i)) {
            Some(v) => v.clone(),
            None => mentions.get(m).map(|&s| vec![s]).unwrap_or_default(),
        }
    };
    let mut by_event: HashMap<&str, GoldEvent> = HashMap::new();
    for m in &event_ids {
        by_event.insert(m.as_str(), GoldEvent { span: mentions[m], ..Default::default() });
    }
    for (attrs, sources, target) in relations("HAS_PARTICIPANT") {
        let role = attribute(&attrs, "sem_role").unwrap_or_default();
        for s in &sources {
            let Some(ev) = by_event.get_mut(s.as_str()) else { continue };
            match role.as_str() {
                "Arg0" => ev.arg0.extend(all_mentions(&target)),
                "Arg1" => ev.arg1.extend(all_mentions(&target)),
                _ => {}
            }
        }
    }
    let mut events: Vec<GoldEvent> = by_event.into_values().collect();
    events.sort_by_key(|e| e.span);
    Ok(RoleDoc { doc, events })
}

/// The trigger word's span: its first occurrence, as a whole word, inside
/// the event's evidence (the sentence).
fn trigger_span(text: &str, e: &Event) -> Option<Span> {
    let (s, end) = (e.evidence.start, e.evidence.end.min(text.len()));
    let sentence = text.get(s..end)?;
    let trigger = e.trigger.as_str();
    if trigger.is_empty() {
        return None;
    }
    let word_char = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    let mut from = 0;
    while let Some(k) = sentence[from..].find(trigger) {
        let a = from + k;
        let b = a + trigger.len();
        if !word_char(sentence[..a].chars().next_back()) && !word_char(sentence[b..].chars().next()) {
            return Some((s + a, s + b));
        }
        from = a + trigger.chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// The spans of a role: every mention of its entity, else the unnamed
/// group's phrase ("the workers" overlapping the gold `Arg0` is right).
fn role_spans(facts: &Facts, id: Option<&str>, group: Option<&GroupRole>) -> Option<Vec<Span>> {
    match id {
        Some(id) => facts.entities.iter().find(|e| e.id == id).map(|e| e.mentions.iter().map(|m| (m.start, m.end)).collect()),
        None => group.map(|g| vec![(g.evidence.start, g.evidence.end)]),
    }
}

/// Scores one document's events (`facts` from the pipeline on `d.doc.text`);
/// `errors` collects one line per wrong or missed role.
pub fn score_doc(d: &RoleDoc, facts: &Facts, mut errors: Option<&mut Vec<String>>) -> Counts {
    let text = &d.doc.text;
    let annotated_end = d.doc.ignore.iter().filter(|&&(_, b)| b == text.len()).map(|&(a, _)| a).min().unwrap_or(text.len());
    let mentions_of = |id: &Option<String>, group: &Option<GroupRole>| role_spans(facts, id.as_deref(), group.as_ref());
    // Every entity mention, for the baseline, in text order.
    let mut all: Vec<Span> = facts.entities.iter().flat_map(|e| e.mentions.iter().map(|m| (m.start, m.end))).collect();
    all.sort_unstable();
    let mut c = Counts { docs: 1, ..Default::default() };
    for e in &facts.events {
        let Some(trig) = trigger_span(text, e) else { continue };
        if trig.0 >= annotated_end {
            continue;
        }
        c.events += 1;
        let Some(g) = d.events.iter().find(|g| g.span.0 < trig.1 && trig.0 < g.span.1) else { continue };
        c.aligned += 1;
        let actor = mentions_of(&e.actor, &e.actor_group);
        let target = mentions_of(&e.target, &e.target_group);
        let actor_right = c.actor.count(actor.as_deref(), &g.arg0);
        let patient_is_target = matches!(e.event_type, EventType::Assault | EventType::Coerce | EventType::Sanction);
        let target_right = !patient_is_target || c.target.count(target.as_deref(), &g.arg1);
        let (s, end) = (e.evidence.start, e.evidence.end);
        let before = all.iter().rev().find(|m| m.0 >= s && m.1 <= trig.0).map(|&m| vec![m]);
        let after = all.iter().find(|m| m.0 >= trig.1 && m.1 <= end).map(|&m| vec![m]);
        c.baseline_actor.count(before.as_deref(), &g.arg0);
        if patient_is_target {
            c.baseline_target.count(after.as_deref(), &g.arg1);
        }
        if let Some(errs) = errors.as_deref_mut() {
            let words = |spans: &[Span]| spans.iter().map(|&(a, b)| text[a..b].to_string()).collect::<Vec<_>>().join(" | ");
            let entity = |id: &Option<String>| id.as_ref().and_then(|i| facts.entities.iter().find(|x| &x.id == i)).map(|x| x.text.clone());
            let name = |id: &Option<String>, g: &Option<GroupRole>| entity(id).or_else(|| g.as_ref().map(|g| format!("[{}]", g.text))).unwrap_or_default();
            let context = text[s..end.min(text.len())].replace(['\n', '\t'], " ");
            if !actor_right && (actor.is_some() || !g.arg0.is_empty()) {
                errs.push(format!("{}\tactor\t{}\t{}\t{}\t{}", d.doc.id, e.trigger, name(&e.actor, &e.actor_group), words(&g.arg0), context));
            }
            if !target_right && (target.is_some() || !g.arg1.is_empty()) {
                errs.push(format!("{}\ttarget\t{}\t{}\t{}\t{}", d.doc.id, e.trigger, name(&e.target, &e.target_group), words(&g.arg1), context));
            }
        }
    }
    c
}

/// The MEANTIME halves under `dataset` (`only`: "dev" or "heldout").
fn load(dataset: &Path, only: Option<&str>) -> Result<Vec<(String, String, Vec<RoleDoc>)>, EvalError> {
    let root = match Corpus::detect(dataset) {
        Some(Corpus::Meantime(root)) => root,
        _ => {
            return Err(EvalError::Format {
                path: dataset.to_path_buf(),
                reason: "not a MEANTIME folder (expected corpus_airbus/, corpus_apple/, … under it or its intra-doc_annotation/)".into(),
            })
        }
    };
    let mut out = Vec::new();
    for (key, folders, label) in MEANTIME_SPLITS {
        if only.is_some_and(|o| !o.eq_ignore_ascii_case(key)) {
            continue;
        }
        let mut docs = Vec::new();
        for f in folders {
            let dir = root.join(f);
            let Ok(read) = std::fs::read_dir(&dir) else { continue };
            let mut paths: Vec<PathBuf> = read.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "xml")).collect();
            paths.sort();
            for p in paths {
                let xml = std::fs::read_to_string(&p).map_err(|source| EvalError::Io { path: p.clone(), source })?;
                let id = p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
                docs.push(parse_roles(&id, &xml).map_err(|reason| EvalError::Format { path: p.clone(), reason })?);
            }
        }
        if !docs.is_empty() {
            out.push((key.to_string(), label.to_string(), docs));
        }
    }
    Ok(out)
}

/// Scores our roles and the baseline's on the halves of `dataset`; `errors`
/// collects the development half's wrong and missed roles (tab-separated:
/// doc, role, trigger, ours, gold mentions, sentence).
pub fn score(dataset: &Path, only: Option<&str>, opts: &EvalOptions, mut errors: Option<&mut Vec<String>>) -> Result<EvalReport, EvalError> {
    let pipeline = Pipeline::for_language("en");
    let mut table = String::from(
        "| split | docs | our events | on a gold event | system | actor P | actor R | actor F1 | target P | target R | target F1 |\n|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|\n",
    );
    let mut rows = Vec::new();
    let mut total = 0;
    for (key, label, docs) in load(dataset, only)? {
        let mut c = Counts::default();
        for d in docs.iter().take(opts.limit.unwrap_or(usize::MAX)) {
            let article = Article { id: d.doc.id.clone(), language: "en".into(), text: d.doc.text.clone(), published: d.doc.dct.clone(), ..Default::default() };
            let facts = pipeline.analyze(&article);
            let errs = if key == "dev" { errors.as_deref_mut() } else { None };
            c.add(&score_doc(d, &facts, errs));
        }
        total += c.docs;
        for (system, actor, target) in [("newsledger", c.actor, c.target), ("baseline: nearest entity before / after", c.baseline_actor, c.baseline_target)] {
            let (ap, ar, af) = actor.prf();
            let (tp, tr, tf) = target.prf();
            table.push_str(&format!(
                "| {label} | {} | {} | {} | {system} | {ap:.3} | {ar:.3} | {af:.3} | {tp:.3} | {tr:.3} | {tf:.3} |\n",
                c.docs, c.events, c.aligned
            ));
            rows.push(json!({
                "split": label, "system": system, "docs": c.docs, "events": c.events, "aligned": c.aligned,
                "actor": {"system": actor.system, "gold": actor.gold, "right": actor.right, "p": ap, "r": ar, "f1": af},
                "target": {"system": target.system, "gold": target.gold, "right": target.right, "p": tp, "r": tr, "f1": tf},
            }));
        }
    }
    Ok(EvalReport {
        name: "roles".into(),
        dataset: format!("{} (MEANTIME HAS_PARTICIPANT Arg0/Arg1 of the event mention each trigger sits on), {total} documents", dataset.display()),
        table,
        json: json!({ "rows": rows }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const CAT: &str = r#"<Document doc_name="t">
<token t_id="1" sentence="0" number="0">Acme</token>
<token t_id="2" sentence="0" number="1">sues</token>
<token t_id="3" sentence="0" number="2">Zenith</token>
<token t_id="4" sentence="1" number="3">The</token>
<token t_id="5" sentence="1" number="4">firm</token>
<token t_id="6" sentence="1" number="5">won</token>
<Markables>
<ENTITY_MENTION m_id="10"><token_anchor t_id="1"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="11"><token_anchor t_id="3"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="12"><token_anchor t_id="4"/><token_anchor t_id="5"/></ENTITY_MENTION>
<EVENT_MENTION m_id="20" pred="sue"><token_anchor t_id="2"/></EVENT_MENTION>
<EVENT_MENTION m_id="21" pred="win"><token_anchor t_id="6"/></EVENT_MENTION>
<ENTITY m_id="30" ent_type="ORG"/>
</Markables>
<Relations>
<HAS_PARTICIPANT r_id="1" sem_role="Arg0"><source m_id="20"/><target m_id="10"/></HAS_PARTICIPANT>
<HAS_PARTICIPANT r_id="2" sem_role="Arg1"><source m_id="20"/><target m_id="11"/></HAS_PARTICIPANT>
<HAS_PARTICIPANT r_id="3" sem_role="Arg0"><source m_id="21"/><target m_id="12"/></HAS_PARTICIPANT>
<REFERS_TO r_id="4"><source m_id="10"/><source m_id="12"/><target m_id="30"/></REFERS_TO>
</Relations>
</Document>"#;

    #[test]
    fn participants_carry_every_mention_of_their_instance() {
        let d = parse_roles("t", CAT).unwrap();
        let text = &d.doc.text;
        let words = |spans: &[Span]| spans.iter().map(|&(a, b)| &text[a..b]).collect::<Vec<_>>();
        assert_eq!(d.events.len(), 2);
        assert_eq!(&text[d.events[0].span.0..d.events[0].span.1], "sues");
        assert_eq!(words(&d.events[0].arg0), vec!["Acme", "The firm"]);
        assert_eq!(words(&d.events[0].arg1), vec!["Zenith"]);
        // "The firm" won: its agent is the instance Acme, so "Acme" matches.
        assert_eq!(words(&d.events[1].arg0), vec!["Acme", "The firm"]);
        assert!(d.events[1].arg1.is_empty());
    }

    #[test]
    fn a_group_counts_where_no_entity_takes_the_role() {
        let mut facts = Facts::default();
        facts.entities.push(newsledger_model::Entity { id: "e1".into(), mentions: vec![newsledger_model::Span::new(0, 4), newsledger_model::Span::new(20, 24)], ..Default::default() });
        let g = GroupRole { text: "workers".into(), evidence: newsledger_model::Span::new(8, 15), ..Default::default() };
        assert_eq!(role_spans(&facts, Some("e1"), Some(&g)), Some(vec![(0, 4), (20, 24)]), "the entity wins");
        assert_eq!(role_spans(&facts, None, Some(&g)), Some(vec![(8, 15)]));
        assert_eq!(role_spans(&facts, None, None), None);
    }

    #[test]
    fn a_role_is_right_on_any_mention_and_wrong_where_the_gold_has_none() {
        let mut c = RoleCounts::default();
        assert!(c.count(Some(&[(0, 4)]), &[(30, 38), (0, 4)]));
        assert!(!c.count(Some(&[(10, 16)]), &[]));
        assert!(!c.count(None, &[(10, 16)]));
        assert_eq!(c, RoleCounts { system: 2, gold: 2, right: 1 });
        let (p, r, f) = c.prf();
        assert_eq!((p, r, f), (0.5, 0.5, 0.5));
    }
}
