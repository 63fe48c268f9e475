//! Prints the gazetteer candidates for names, with their context-free
//! scores, and times lookups.
//!
//! ```text
//! cargo run --release -p newsledger-geo --example geo_lookup -- Paris "Santa Cruz" Culiacán
//! ```

use std::time::Instant;

use newsledger_geo::{Context, Gazetteer, Resolver};

fn main() {
    let t0 = Instant::now();
    let gaz = match Gazetteer::global() {
        Ok(g) => g,
        Err(e) => {
            eprintln!("geo_lookup: {e}");
            std::process::exit(1);
        }
    };
    println!("decoded {} places, {} names from {} bytes in {:.1} ms", gaz.len(), gaz.name_count(), gaz.file_len, t0.elapsed().as_secs_f64() * 1e3);
    let mut buf = String::new();
    let mut r = Resolver::new(gaz);
    for name in std::env::args().skip(1) {
        let cands = gaz.candidates(&name, &mut buf).to_vec();
        let best = r.resolve_one(&name, &Context::new());
        println!("{name:?} -> {} candidates; best: {}", cands.len(), best.map_or("-".into(), |b| format!("{} ({:.2})", gaz.entry(b.place).name, b.score)));
        let mut rows: Vec<_> = cands.iter().map(|p| (gaz.entry(p.place), p.flags, p.place)).collect();
        rows.sort_by_key(|(e, _, _)| std::cmp::Reverse(e.population));
        for (e, flags, id) in rows.iter().take(8) {
            println!("   {:<30} {:?} {} pop {:>9} flags {flags} {:.3},{:.3} {}", e.name, e.kind, e.country().unwrap_or("--"), e.population, e.lat(), e.lon(), gaz.gazetteer_id(*id));
        }
    }
}
