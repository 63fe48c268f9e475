//! Prints the quantities found in each line of stdin (a development aid):
//!
//! ```text
//! printf 'Officials said 40 people died.\n' | cargo run --release -p newsledger-extract --example find_quantities
//! ```

use std::io::BufRead as _;

fn main() {
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        println!("{line}");
        let seg = newsledger_text::segment(&line);
        for q in newsledger_extract::claims::extract_quantities(&line, &seg) {
            println!(
                "  [{}] value {:?} low {:?} high {:?} unit {:?} what {:?} predicate {:?}",
                &line[q.evidence.start..q.evidence.end],
                q.value,
                q.low,
                q.high,
                q.unit,
                q.what,
                q.predicate
            );
        }
    }
}
