//! Lists alternate names of national capitals (or, with any argument, of
//! countries, or with `towns` of any town) that a place of another country
//! bears as its own name: the names whose capital bonus `resolve.rs`
//! withholds ("Delhi" for Dili), and (`towns`) the old names that would
//! still beat their owner context-free ("Salisbury" for Harare).
//!
//! ```text
//! cargo run --release -p newsledger-geo --example capital_alternates [countries|towns]
//! ```

use newsledger_geo::{Context, Gazetteer, Kind, Posting, Resolver};
fn main() {
    let gaz = match Gazetteer::global() {
        Ok(g) => g,
        Err(e) => {
            eprintln!("capital_alternates: {e}");
            std::process::exit(1);
        }
    };
    let arg = std::env::args().nth(1);
    let want_towns = arg.as_deref() == Some("towns");
    let want_country = arg.is_some() && !want_towns;
    let mut r = Resolver::new(gaz);
    for (name, posts) in gaz.names() {
        for p in posts {
            let e = gaz.entry(p.place);
            let hit = if want_towns {
                matches!(e.kind, Kind::City | Kind::Admin2) && r.resolve_one(name, &Context::new()).is_some_and(|b| b.place == p.place)
            } else if want_country {
                e.kind == Kind::Country
            } else {
                e.kind == Kind::City && e.capital
            };
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
