//! Store-only benchmark: inserts the articles of a JSON Lines export
//! (`newsledger export --format jsonl`) into a fresh database, one
//! transaction per pass, so the store's cost can be measured on its own
//! (`valgrind --tool=callgrind --toggle-collect='newsledger_store::Batch::insert'`).
//!
//! Usage: cargo run --release -p newsledger-store --example store_bench -- EXPORT.jsonl [PASSES]

use std::io::BufRead;
use std::time::Instant;

use newsledger_model::{Analysis, Fingerprint};
use newsledger_store::Store;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: store_bench EXPORT.jsonl [PASSES]")?;
    let passes: usize = args.next().map(|p| p.parse()).transpose()?.unwrap_or(1);
    let mut analyses: Vec<Analysis> = Vec::new();
    for line in std::io::BufReader::new(std::fs::File::open(&path)?).lines() {
        analyses.push(serde_json::from_str(&line?)?);
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
    }
    Ok(())
}
