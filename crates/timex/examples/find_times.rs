//! Prints the time expressions of each input line.
//!
//! ```text
//! echo '2025-11-05<TAB>The army said on Monday that two soldiers were killed.' | cargo run -p newsledger-timex --example find_times
//! ```
//! Each line is `anchor<TAB>text` (or just text, for no anchor).

use std::io::BufRead;

use newsledger_timex::{find_times, Anchor};

fn main() {
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let (anchor, text) = match line.split_once('\t') {
            Some((a, t)) => (a.parse::<Anchor>().ok(), t.to_string()),
            None => (None, line.clone()),
        };
        println!("{text}");
        for t in find_times(&text, anchor) {
            println!("  [{}] {:?} {} {:?}", t.text(&text), t.time_type, t.value.as_deref().unwrap_or("-"), t.modifier);
        }
    }
}
