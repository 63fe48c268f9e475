//! Lists alternate names of national capitals (or, with any argument, of
//! countries) that a place of another country bears as its own name: the
//! names whose capital bonus `resolve.rs` withholds ("Delhi" for Dili).
//!
//! ```text
//! cargo run --release -p newsledger-geo --example capital_alternates [countries]
//! ```

use newsledger_geo::{Gazetteer, Kind, Posting};
fn main() {
    let gaz = match Gazetteer::global() {
        Ok(g) => g,
        Err(e) => {
            eprintln!("capital_alternates: {e}");
            std::process::exit(1);
        }
    };
    let want_country = std::env::args().nth(1).is_some();
    for (name, posts) in gaz.names() {
        for p in posts {
            let e = gaz.entry(p.place);
            let hit = if want_country { e.kind == Kind::Country } else { e.kind == Kind::City && e.capital };
            if hit && !p.is(Posting::PRIMARY) {
                let others: Vec<String> = posts.iter().filter(|q| q.place != p.place && q.is(Posting::PRIMARY) && gaz.entry(q.place).cc != e.cc).map(|q| {
                    let o = gaz.entry(q.place);
                    format!("{} {:?} {} pop {}", o.name, o.kind, o.country().unwrap_or("--"), o.population)
                }).collect();
                if !others.is_empty() {
                    println!("{name:?}\t{} {} pop {} acr {}\t{}", e.name, e.country().unwrap_or("--"), e.population, p.is(Posting::ACRONYM), others.join(" | "));
                }
            }
        }
    }
}
