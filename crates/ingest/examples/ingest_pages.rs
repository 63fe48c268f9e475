//! Harness for the read + decode + HTML extraction stage alone.
//!
//! `dump DIR` prints, for every file of DIR (name order), the ingested
//! `Article` as JSON and the raw `extract_page` result (blocks with their
//! kinds), so that two builds can be compared byte for byte.
//! `bench DIR ROUNDS` reads every file once into memory, then ingests all of
//! them ROUNDS times (for instruction counts: run with 3 and 2 rounds under
//! callgrind and subtract).

use std::path::PathBuf;

use newsledger_ingest::{html::extract_page, read_bytes, IngestOptions};

fn files(dir: &str) -> Vec<(String, Vec<u8>)> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("readable directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).expect("readable file");
            (p.display().to_string(), bytes)
        })
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let opts = IngestOptions::default();
    match args.get(1).map(String::as_str) {
        Some("dump") => {
            for (origin, bytes) in files(&args[2]) {
                read_bytes(&origin, &bytes, &opts, &mut |r| match r {
                    Ok(a) => println!("{}", serde_json::to_string(&a).expect("serialisable")),
                    Err(e) => println!("error: {e}"),
                });
                let text = String::from_utf8_lossy(&bytes);
                println!("{:?}", extract_page(&text));
            }
        }
        Some("bench") => {
            let rounds: usize = args[3].parse().expect("rounds");
            let pages = files(&args[2]);
            let mut chars = 0usize;
            for _ in 0..rounds {
                for (origin, bytes) in &pages {
                    read_bytes(origin, bytes, &opts, &mut |r| {
                        if let Ok(a) = r {
                            chars += a.text.len();
                        }
                    });
                }
            }
            println!("{} pages x {rounds} rounds, {chars} bytes of text", pages.len());
        }
        _ => eprintln!("usage: ingest_pages dump DIR | bench DIR ROUNDS"),
    }
}
