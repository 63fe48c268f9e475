//! `newsledger export`: everything stored, with evidence spans.

use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Args, ValueEnum};
use newsledger_model::{Analysis, Event, Span};
use newsledger_store::Filter;

use crate::{open_store, Cli};

#[derive(Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    /// One schema v1 document per article per line.
    Jsonl,
    /// One row per fact, with its article, claimant and evidence text.
    Csv,
}

#[derive(Args)]
pub struct ExportArgs {
    #[arg(long, value_enum)]
    format: ExportFormat,
    /// Write here instead of stdout (replaced only when the export completes).
    #[arg(long)]
    out: Option<PathBuf>,
    /// Only articles published on or after this date.
    #[arg(long)]
    since: Option<String>,
    /// Only articles published on or before this date (inclusive).
    #[arg(long)]
    until: Option<String>,
    /// Only this outlet.
    #[arg(long)]
    outlet: Option<String>,
    /// Include near-duplicate articles (left out by default).
    #[arg(long)]
    include_duplicates: bool,
}

pub fn export(cli: &Cli, args: &ExportArgs) -> anyhow::Result<ExitCode> {
    let store = open_store(&cli.db)?;
    let filter = Filter {
        since: args.since.clone(),
        until: args.until.clone(),
        outlet: args.outlet.clone(),
        include_duplicates: args.include_duplicates,
        ..Default::default()
    };
    match &args.out {
        None => {
            let mut out = BufWriter::new(std::io::stdout().lock());
            write(&store, &filter, args.format, &mut out)?;
            out.flush()?;
        }
        Some(path) => {
            // Write beside the target and rename, so an interrupted export
            // never leaves a half-written file where a good one was.
            let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(std::path::Path::new("."));
            let tmp = tempfile::NamedTempFile::new_in(dir).with_context(|| format!("cannot write in {}", dir.display()))?;
            let mut out = BufWriter::new(tmp);
            write(&store, &filter, args.format, &mut out)?;
            let tmp = out.into_inner().map_err(|e| e.into_error())?;
            tmp.persist(path).with_context(|| format!("cannot write {}", path.display()))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn write(store: &newsledger_store::Store, filter: &Filter, format: ExportFormat, out: &mut dyn Write) -> anyhow::Result<()> {
    match format {
        ExportFormat::Jsonl => store.for_each_analysis(filter, |a| {
            serde_json::to_writer(&mut *out, &a)?;
            out.write_all(b"\n").map_err(serde_json::Error::io)?;
            Ok(())
        })?,
        ExportFormat::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record(CSV_HEADER)?;
            let mut result = Ok(());
            store.for_each_analysis(filter, |a| {
                if result.is_ok() {
                    result = csv_rows(&a, &mut w);
                }
                Ok(())
            })?;
            result?;
            w.flush()?;
        }
    }
    Ok(())
}

const CSV_HEADER: &[&str] = &[
    "article_id", "url", "outlet", "published", "fact", "id", "type", "mode", "status_or_modality", "text", "source_id", "source_name", "actor", "target",
    "place", "lat", "lon", "country", "place_precision", "date", "date_precision", "quantities", "start", "end", "evidence", "place_basis",
    "actor_group", "actor_category", "target_group", "target_category",
];

fn csv_rows(a: &Analysis, w: &mut csv::Writer<&mut dyn Write>) -> anyhow::Result<()> {
    let art = &a.article;
    let f = &a.facts;
    let chars: Vec<char> = art.text.chars().collect();
    let ev = |s: Span| -> String { chars.get(s.start..s.end.min(chars.len())).map(|c| c.iter().collect()).unwrap_or_default() };
    let source_name = |id: &Option<String>| -> String { id.as_ref().and_then(|id| f.sources.iter().find(|s| &s.id == id)).map(|s| s.name.clone()).unwrap_or_default() };
    let entity_name = |id: &Option<String>| -> String {
        id.as_ref().and_then(|id| f.entities.iter().find(|e| &e.id == id)).map(|e| e.canonical.clone().unwrap_or_else(|| e.text.clone())).unwrap_or_default()
    };
    let opt = |s: &Option<String>| s.clone().unwrap_or_default();
    let num = |x: Option<f64>| x.map(|v| v.to_string()).unwrap_or_default();
    let base = [art.id.clone(), opt(&art.url), opt(&art.outlet), opt(&art.published)];
    // The last columns: an event's place basis and its unnamed groups.
    let mut row = |cells: [String; 21], place_basis: Option<&str>, groups: Option<&Event>| -> anyhow::Result<()> {
        let mut r: Vec<String> = base.to_vec();
        r.extend(cells);
        r.push(place_basis.unwrap_or_default().to_string());
        for g in [groups.and_then(|v| v.actor_group.as_ref()), groups.and_then(|v| v.target_group.as_ref())] {
            r.push(g.map(|g| g.text.clone()).unwrap_or_default());
            r.push(g.map(|g| g.category.to_string()).unwrap_or_default());
        }
        w.write_record(&r)?;
        Ok(())
    };
    let empty = String::new;
    for e in &f.entities {
        let span = e.mentions.first().copied().unwrap_or_default();
        row([
            "entity".into(), e.id.clone(), e.entity_type.to_string(), empty(), opt(&e.canonical), e.text.clone(), empty(), empty(), empty(), empty(), empty(), empty(), empty(), empty(),
            empty(), empty(), empty(), empty(), span.start.to_string(), span.end.to_string(), ev(span),
        ], None, None)?;
    }
    for s in &f.sources {
        row([
            "source".into(), s.id.clone(), s.kind.to_string(), empty(), if s.anonymous { "anonymous".into() } else { empty() }, s.name.clone(), opt(&s.via),
            source_name(&s.via), empty(), empty(), empty(), empty(), empty(), opt(&s.affiliation), empty(), empty(), empty(), s.count.map(|c| c.to_string()).unwrap_or_default(),
            s.evidence.start.to_string(), s.evidence.end.to_string(), ev(s.evidence),
        ], None, None)?;
    }
    for q in &f.quotes {
        row([
            "quote".into(), q.id.clone(), q.kind.to_string(), empty(), opt(&q.verb), q.text.clone(), opt(&q.source), source_name(&q.source), empty(), empty(), empty(), empty(), empty(),
            empty(), empty(), empty(), empty(), empty(), q.evidence.start.to_string(), q.evidence.end.to_string(), ev(q.evidence),
        ], None, None)?;
    }
    for c in &f.claims {
        let qs = c.quantities.iter().map(|q| format!("{} {}", num(q.value), q.what.clone().or(q.unit.clone()).unwrap_or_default())).collect::<Vec<_>>().join("; ");
        row([
            "claim".into(), c.id.clone(), empty(), empty(), c.status.to_string(), c.text.clone(), opt(&c.source), source_name(&c.source), empty(), empty(), empty(), empty(), empty(),
            empty(), empty(), empty(), empty(), qs, c.evidence.start.to_string(), c.evidence.end.to_string(), ev(c.evidence),
        ], None, None)?;
    }
    for v in &f.events {
        let p = v.place.clone().unwrap_or_default();
        let d = v.date.clone().unwrap_or_default();
        row([
            "event".into(), v.id.clone(), v.event_type.to_string(), opt(&v.mode), v.modality.to_string(), v.trigger.clone(), opt(&v.source), source_name(&v.source),
            entity_name(&v.actor), entity_name(&v.target), p.name.clone(), num(p.lat), num(p.lon), opt(&p.country),
            if v.place.is_some() { p.precision.to_string() } else { empty() }, opt(&d.value), if v.date.is_some() { d.precision.as_str().into() } else { empty() }, empty(),
            v.evidence.start.to_string(), v.evidence.end.to_string(), ev(v.evidence),
        ], v.place_basis.map(|b| b.as_str()), Some(v))?;
    }
    Ok(())
}
