//! The listing commands: articles, entities, sources, quotes, claims, events,
//! times, places, stats.

use std::collections::HashMap;
use std::io::Write;
use std::process::ExitCode;

use clap::Args;
use newsledger_model::{Claim, Modality};
use newsledger_store::{FactKind, FactRow, Filter, Store};
use serde_json::Value;

use crate::table::Table;
use crate::{open_store, Cli};

#[derive(Args, Clone)]
pub struct ListArgs {
    /// Only articles published on or after this date (YYYY[-MM[-DD]]).
    #[arg(long)]
    since: Option<String>,
    /// Only articles published on or before this date (inclusive).
    #[arg(long)]
    until: Option<String>,
    /// Only this type: entity type (PERSON, ORG…), source kind, quote kind,
    /// claim status, event type (ASSAULT…), time type, place precision;
    /// for articles, the language.
    #[arg(long = "type")]
    fact_type: Option<String>,
    /// Only this outlet (case-insensitive).
    #[arg(long)]
    outlet: Option<String>,
    /// Only facts whose text contains this (case-insensitive).
    #[arg(long)]
    contains: Option<String>,
    /// Events only: these modalities, comma-separated (occurred, ongoing,
    /// planned, conditional, possible, threatened, denied, negated).
    #[arg(long, value_delimiter = ',', value_parser = parse_modality)]
    modality: Vec<String>,
    /// Events and places only: this country (ISO code: MX, US…) — an
    /// event's place, or the place itself.
    #[arg(long)]
    country: Option<String>,
    /// At most this many rows.
    #[arg(long)]
    limit: Option<usize>,
    /// Include near-duplicate articles' facts (left out by default).
    #[arg(long)]
    include_duplicates: bool,
    /// Print JSON (an array of objects) instead of a table.
    #[arg(long)]
    json: bool,
}

impl ListArgs {
    pub fn filter(&self) -> Filter {
        Filter {
            since: self.since.clone(),
            until: self.until.clone(),
            fact_type: self.fact_type.clone(),
            outlet: self.outlet.clone(),
            contains: self.contains.clone(),
            modalities: self.modality.clone(),
            country: self.country.clone(),
            limit: self.limit,
            include_duplicates: self.include_duplicates,
        }
    }
}

/// A modality name, checked against the model's list.
fn parse_modality(s: &str) -> Result<String, String> {
    let wanted = s.trim().to_ascii_lowercase();
    if Modality::ALL.iter().any(|m| m.as_str() == wanted) {
        Ok(wanted)
    } else {
        let known: Vec<&str> = Modality::ALL.iter().map(|m| m.as_str()).collect();
        Err(format!("unknown modality {s:?}; one of {}", known.join(", ")))
    }
}

/// `--modality` and `--country` narrow facts that carry them; on any other
/// listing they would silently empty it, so they are refused (exit 2).
fn refuse_filters_that_do_not_apply(kind: Option<FactKind>, args: &ListArgs) {
    let command = match kind {
        None => "articles",
        Some(FactKind::Entity) => "entities",
        Some(FactKind::Source) => "sources",
        Some(FactKind::Quote) => "quotes",
        Some(FactKind::Claim) => "claims",
        Some(FactKind::Event) => "events",
        Some(FactKind::Time) => "times",
        Some(FactKind::Place) => "places",
    };
    let refuse = |flag: &str, applies: &str| {
        clap::Error::raw(clap::error::ErrorKind::ArgumentConflict, format!("{flag} applies to {applies}, not to `newsledger {command}`\n")).exit()
    };
    if !args.modality.is_empty() && kind != Some(FactKind::Event) {
        refuse("--modality", "`newsledger events`");
    }
    if args.country.is_some() && !matches!(kind, Some(FactKind::Event | FactKind::Place)) {
        refuse("--country", "`newsledger events` and `newsledger places`");
    }
}

pub fn articles(cli: &Cli, args: &ListArgs) -> anyhow::Result<ExitCode> {
    refuse_filters_that_do_not_apply(None, args);
    let store = open_store(&cli.db)?;
    let rows = store.articles(&args.filter())?;
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &rows)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut t = Table::new(&[("published", 16), ("outlet", 18), ("id", 17), ("lang", 4), ("title", 70), ("duplicate of", 17)]);
    for r in rows {
        t.row(vec![
            r.published.unwrap_or_else(|| "unknown".into()),
            r.outlet.unwrap_or_default(),
            r.id,
            r.language,
            r.title.unwrap_or_default(),
            r.duplicate_of.unwrap_or_default(),
        ]);
    }
    t.print(&mut out)?;
    Ok(ExitCode::SUCCESS)
}

/// Per-article context for listings: the text (for evidence), names, and
/// (for event listings) the claims about each event.
struct Context<'s> {
    store: &'s Store,
    with_claims: bool,
    cache: HashMap<String, ArticleContext>,
}

struct ArticleContext {
    text: Vec<char>,
    names: HashMap<String, String>,
    claims_by_event: HashMap<String, Vec<Claim>>,
}

impl<'s> Context<'s> {
    fn get(&mut self, article_id: &str) -> anyhow::Result<&ArticleContext> {
        if !self.cache.contains_key(article_id) {
            let text = self.store.article(article_id)?.map(|a| a.text.chars().collect()).unwrap_or_default();
            let names = self.store.names(article_id)?;
            let claims_by_event = if self.with_claims { self.store.claims_by_event(article_id)? } else { HashMap::new() };
            // Keep memory flat on long listings.
            if self.cache.len() > 256 {
                self.cache.clear();
            }
            self.cache.insert(article_id.to_string(), ArticleContext { text, names, claims_by_event });
        }
        Ok(&self.cache[article_id])
    }
}

/// The claims about the event `fact` (empty for other facts).
fn event_claims<'c>(ctx: &'c ArticleContext, fact: &Value) -> &'c [Claim] {
    fact["id"].as_str().and_then(|id| ctx.claims_by_event.get(id)).map(Vec::as_slice).unwrap_or(&[])
}

/// The statuses of an event's claims, each once, in claim order
/// ("attributed, unverified").
fn claim_statuses(claims: &[Claim]) -> String {
    let mut seen: Vec<&str> = Vec::new();
    for c in claims {
        if !seen.contains(&c.status.as_str()) {
            seen.push(c.status.as_str());
        }
    }
    seen.join(", ")
}

/// Who makes an event's claims, each once ("(outlet)" for the outlet's own voice).
fn claimants(names: &HashMap<String, String>, claims: &[Claim]) -> String {
    let mut seen: Vec<String> = Vec::new();
    for c in claims {
        let who = match &c.source {
            Some(id) => names.get(id).cloned().unwrap_or_else(|| id.clone()),
            None => "(outlet)".to_string(),
        };
        if !seen.contains(&who) {
            seen.push(who);
        }
    }
    seen.join("; ")
}

fn evidence(text: &[char], fact: &Value) -> String {
    let span = fact.get("evidence").or_else(|| fact.get("mentions").and_then(|m| m.get(0)));
    let (Some(s), Some(e)) = (span.and_then(|s| s["start"].as_u64()), span.and_then(|s| s["end"].as_u64())) else { return String::new() };
    let (s, e) = (s as usize, e as usize);
    if s <= e && e <= text.len() {
        text[s..e].iter().collect()
    } else {
        String::new()
    }
}

fn str_of(v: &Value, key: &str) -> String {
    match &v[key] {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        _ => String::new(),
    }
}

fn name_of(names: &HashMap<String, String>, v: &Value, key: &str) -> String {
    match v[key].as_str() {
        Some(id) => names.get(id).cloned().unwrap_or_else(|| id.to_string()),
        None => String::new(),
    }
}

/// An event's actor or target: the entity's name, else the unnamed group
/// as "police (state forces)".
fn role_cell(names: &HashMap<String, String>, v: &Value, key: &str) -> String {
    let name = name_of(names, v, key);
    if !name.is_empty() {
        return name;
    }
    let g = &v[format!("{key}_group")];
    match (g["text"].as_str(), g["category"].as_str()) {
        (Some(text), Some(cat)) => format!("{text} ({})", cat.replace('_', " ")),
        _ => String::new(),
    }
}

pub fn facts(cli: &Cli, kind: FactKind, args: &ListArgs) -> anyhow::Result<ExitCode> {
    refuse_filters_that_do_not_apply(Some(kind), args);
    let store = open_store(&cli.db)?;
    let rows = store.facts(kind, &args.filter())?;
    let mut ctx = Context { store: &store, with_claims: kind == FactKind::Event, cache: HashMap::new() };
    let mut out = std::io::stdout().lock();
    if args.json {
        let mut items = Vec::with_capacity(rows.len());
        for r in rows {
            items.push(json_row(&mut ctx, r)?);
        }
        serde_json::to_writer_pretty(&mut out, &items)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut t = match kind {
        FactKind::Entity => Table::new(&[("article", 17), ("type", 6), ("text", 30), ("canonical", 36), ("mentions", 8)]),
        FactKind::Source => Table::new(&[("article", 17), ("kind", 12), ("name", 40), ("anon", 4), ("count", 5), ("affiliation", 20), ("via", 20)]),
        FactKind::Quote => Table::new(&[("article", 17), ("kind", 8), ("speaker", 30), ("verb", 10), ("quote", 80)]),
        FactKind::Claim => Table::new(&[("article", 17), ("status", 10), ("claimant", 30), ("quantities", 30), ("claim", 70)]),
        FactKind::Event => Table::new(&[
            ("published", 10),
            ("event", 22),
            ("modality", 11),
            ("actor", 22),
            ("target", 22),
            ("place", 18),
            ("date", 13),
            ("source", 22),
            ("claim", 22),
            ("claimant", 22),
            ("evidence", 60),
        ]),
        FactKind::Time => Table::new(&[("article", 17), ("type", 8), ("text", 30), ("value", 20), ("precision", 9)]),
        FactKind::Place => Table::new(&[("article", 17), ("text", 24), ("precision", 9), ("country", 7), ("lat", 8), ("lon", 9)]),
    };
    for r in rows {
        let actx = ctx.get(&r.article_id)?;
        let (text, names) = (&actx.text, &actx.names);
        let f = &r.fact;
        let outlet_or = |key: &str| if f[key].is_null() { "(outlet)".to_string() } else { name_of(names, f, key) };
        let cells = match kind {
            FactKind::Entity => vec![r.article_id.clone(), str_of(f, "type"), str_of(f, "text"), str_of(f, "canonical"), f["mentions"].as_array().map_or(0, |m| m.len()).to_string()],
            FactKind::Source => vec![
                r.article_id.clone(),
                str_of(f, "kind"),
                str_of(f, "name"),
                if f["anonymous"].as_bool() == Some(true) { "yes".into() } else { String::new() },
                str_of(f, "count"),
                str_of(f, "affiliation"),
                name_of(names, f, "via"),
            ],
            FactKind::Quote => vec![r.article_id.clone(), str_of(f, "kind"), name_of(names, f, "source"), str_of(f, "verb"), str_of(f, "text")],
            FactKind::Claim => vec![r.article_id.clone(), str_of(f, "status"), outlet_or("source"), quantities(f), str_of(f, "text")],
            FactKind::Event => vec![
                r.published.clone().unwrap_or_else(|| "unknown".into()),
                match f["mode"].as_str() {
                    Some(m) => format!("{}/{m}", str_of(f, "type")),
                    None => str_of(f, "type"),
                },
                str_of(f, "modality"),
                role_cell(names, f, "actor"),
                role_cell(names, f, "target"),
                place_cell(f),
                date_cell(f["date"]["value"].as_str().unwrap_or_default()),
                outlet_or("source"),
                claim_statuses(event_claims(actx, f)),
                claimants(names, event_claims(actx, f)),
                evidence(text, f),
            ],
            FactKind::Time => vec![r.article_id.clone(), str_of(f, "type"), str_of(f, "text"), str_of(f, "value"), str_of(f, "precision")],
            FactKind::Place => vec![
                r.article_id.clone(),
                str_of(f, "text"),
                str_of(&f["place"], "precision"),
                str_of(&f["place"], "country"),
                f["place"]["lat"].as_f64().map(|x| format!("{x:.3}")).unwrap_or_default(),
                f["place"]["lon"].as_f64().map(|x| format!("{x:.3}")).unwrap_or_default(),
            ],
        };
        t.row(cells);
    }
    t.print(&mut out)?;
    Ok(ExitCode::SUCCESS)
}

fn quantities(f: &Value) -> String {
    let Some(qs) = f["quantities"].as_array() else { return String::new() };
    qs.iter()
        .map(|q| {
            let what = q["what"].as_str().or(q["unit"].as_str()).unwrap_or("");
            let pred = q["predicate"].as_str().map(|p| format!(" {p}")).unwrap_or_default();
            format!("{} {what}{pred}", q["text"].as_str().filter(|t| !t.is_empty()).map(str::to_string).unwrap_or_else(|| str_of(q, "value")))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// A fact as JSON for `--json`: the schema v1 object plus its article and
/// the evidence text, with ids of entities and sources resolved to names;
/// an event also gets `claims`, the claims about it (status, claimant).
fn json_row(ctx: &mut Context<'_>, r: FactRow) -> anyhow::Result<Value> {
    let with_claims = ctx.with_claims;
    let actx = ctx.get(&r.article_id)?;
    let (text, names) = (&actx.text, &actx.names);
    let claims: Vec<Value> = event_claims(actx, &r.fact)
        .iter()
        .map(|c| {
            serde_json::json!({
                "id": c.id,
                "status": c.status.as_str(),
                "source": c.source,
                "source_name": c.source.as_ref().and_then(|id| names.get(id)),
                "text": c.text,
            })
        })
        .collect();
    let mut obj = match r.fact {
        Value::Object(m) => m,
        other => return Ok(other),
    };
    // An event's claims: its claimants and how sure the text is of it.
    if with_claims {
        obj.insert("claims".into(), Value::Array(claims));
    }
    let ev = evidence(text, &Value::Object(obj.clone()));
    for key in ["source", "actor", "target", "via", "entity"] {
        if let Some(id) = obj.get(key).and_then(Value::as_str) {
            if let Some(name) = names.get(id) {
                obj.insert(format!("{key}_name"), Value::String(name.clone()));
            }
        }
    }
    obj.insert("evidence_text".into(), Value::String(ev));
    obj.insert("article_id".into(), Value::String(r.article_id));
    obj.insert("published".into(), r.published.map(Value::String).unwrap_or(Value::Null));
    obj.insert("outlet".into(), r.outlet.map(Value::String).unwrap_or(Value::Null));
    obj.insert("url".into(), r.url.map(Value::String).unwrap_or(Value::Null));
    Ok(Value::Object(obj))
}

pub fn stats(cli: &Cli, json: bool) -> anyhow::Result<ExitCode> {
    let store = open_store(&cli.db)?;
    let s = store.stats()?;
    if json {
        println!("{}", serde_json::to_string_pretty(&s)?);
    } else {
        println!(
            "{} articles ({} near-duplicates); {} entities, {} sources, {} quotes, {} claims, {} events (duplicates not counted)",
            s.articles, s.near_duplicates, s.entities, s.sources, s.quotes, s.claims, s.events
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// An event's place for the table: only the country the story is set in
/// (`place_basis` `context`) reads "(Kenya)", so that it is not taken for a
/// place the sentence names.
fn place_cell(event: &Value) -> String {
    let name = event["place"]["name"].as_str().unwrap_or_default();
    match event["place_basis"].as_str() {
        Some("context") if !name.is_empty() => format!("({name})"),
        _ => name.to_string(),
    }
}

/// An event's date for the table: an interval with an unknown start (the
/// article's day bounding an undated event, or "since …" with no start)
/// reads "≤ its end" instead of a column of `XXXX-XX-X…`.
fn date_cell(value: &str) -> String {
    match value.split_once('/') {
        Some((start, end)) if start.starts_with("XXXX") => format!("≤{end}"),
        _ => value.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_story_country_is_shown_in_parentheses() {
        let event = |basis: &str| serde_json::json!({"place": {"name": "Kenya"}, "place_basis": basis});
        assert_eq!(place_cell(&event("context")), "(Kenya)");
        assert_eq!(place_cell(&event("sentence")), "Kenya");
        assert_eq!(place_cell(&serde_json::json!({"place": null})), "");
        assert_eq!(date_cell("XXXX-XX-XX/2020-02-10"), "≤2020-02-10");
    }
}
