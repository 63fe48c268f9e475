//! Store-only benchmark: inserts the articles of a JSON Lines export
//! (`newsledger export --format jsonl`) into a fresh database, one
//! transaction per pass, so the store's cost can be measured on its own
//! (`valgrind --tool=callgrind --toggle-collect='newsledger_store::Batch::insert'`).
//!
//! Usage: cargo run --release -p newsledger-store --example store_bench -- EXPORT.jsonl [PASSES [COPIES]]
//!
//! With COPIES > 1 the articles are stored that many times (ids made
//! unique) and the listings and counts the CLI runs are timed afterwards.

use std::io::BufRead;
use std::time::Instant;

use newsledger_model::{Analysis, Fingerprint};
use newsledger_store::Store;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: store_bench EXPORT.jsonl [PASSES]")?;
    let passes: usize = args.next().map(|p| p.parse()).transpose()?.unwrap_or(1);
    let copies: usize = args.next().map(|p| p.parse()).transpose()?.unwrap_or(1);
    let mut analyses: Vec<Analysis> = Vec::new();
    for line in std::io::BufReader::new(std::fs::File::open(&path)?).lines() {
        analyses.push(serde_json::from_str(&line?)?);
    }
    let originals = analyses.clone();
    for copy in 1..copies {
        for a in &originals {
            let mut a = a.clone();
            a.article.id = format!("{}-{copy}", a.article.id);
            analyses.push(a);
        }
    }
    // A made-up fingerprint of the real size (128 hashes, 16 bands): the
    // store only copies it.
    let fingerprints: Vec<Fingerprint> = (0..analyses.len() as u64)
        .map(|i| Fingerprint { signature: (0..128).map(|j| (i * 7919 + j) as u32).collect(), bands: (0..16).map(|b| i * 1_000_003 + b).collect() })
        .collect();
    let dir = tempfile::tempdir()?;
    for pass in 0..passes {
        let mut store = Store::open(&dir.path().join(format!("bench-{pass}.db")))?;
        let started = Instant::now();
        let mut batch = store.batch()?;
        for (a, f) in analyses.iter().zip(&fingerprints) {
            batch.insert(a, Some(f), None)?;
        }
        batch.commit()?;
        let secs = started.elapsed().as_secs_f64();
        println!("pass {pass}: {} articles, {:.1} µs per article", analyses.len(), secs / analyses.len() as f64 * 1e6);
        if copies > 1 {
            time_queries(&store)?;
        }
    }
    Ok(())
}

/// Times what the CLI's listings and `stats` run (best of three).
fn time_queries(store: &Store) -> Result<(), Box<dyn std::error::Error>> {
    use newsledger_store::{FactKind, Filter};
    let best = |f: &dyn Fn() -> Result<usize, Box<dyn std::error::Error>>| -> Result<(f64, usize), Box<dyn std::error::Error>> {
        let mut best = f64::MAX;
        let mut n = 0;
        for _ in 0..3 {
            let t = Instant::now();
            n = f()?;
            best = best.min(t.elapsed().as_secs_f64());
        }
        Ok((best * 1e3, n))
    };
    let all = Filter::default();
    let limited = Filter { limit: Some(20), ..Default::default() };
    let typed = Filter { fact_type: Some("person".into()), ..Default::default() };
    for kind in FactKind::ALL {
        let (ms, n) = best(&|| Ok(store.facts(kind, &all)?.len()))?;
        let (ms20, _) = best(&|| Ok(store.facts(kind, &limited)?.len()))?;
        println!("  {:<7} all {:>8.1} ms ({n} rows), first 20 {:>7.1} ms", kind.as_str(), ms, ms20);
    }
    let (ms, n) = best(&|| Ok(store.facts(FactKind::Entity, &typed)?.len()))?;
    println!("  entities --type person {ms:.1} ms ({n} rows)");
    let (ms, _) = best(&|| Ok(store.stats()?.articles as usize))?;
    println!("  stats {ms:.1} ms");
    let (ms, n) = best(&|| Ok(store.articles(&limited)?.len()))?;
    println!("  articles first 20 {ms:.1} ms ({n})");
    let (ms, n) = best(&|| {
        let mut n = 0;
        store.for_each_analysis(&all, |_| {
            n += 1;
            Ok(())
        })?;
        Ok(n)
    })?;
    println!("  export {ms:.1} ms ({n} articles)");
    let (ms, n) = best(&|| Ok(store.names("af18704128c6eb4fa-7")?.len()))?;
    println!("  names of one article {ms:.3} ms ({n})");
    Ok(())
}
