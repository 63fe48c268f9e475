//! Speed of `find_times` on a made-up 5 KB news article (written for this
//! benchmark), in release: `cargo bench -p newsledger-timex`.
//!
//! Reports the minimum and the median over batches: on a shared machine the
//! minimum is the better estimate of the cost itself.

use std::time::Instant;

use newsledger_timex::{find_times, Anchor};

const PARAGRAPHS: &[&str] = &[
    "MEXICO CITY — Security forces said on Monday that they had detained two men suspected of organising last week's attack on a police station in the state of Sinaloa, which killed four officers and wounded nine.",
    "The arrests came three days after the governor promised a new strategy, and nearly two years since the federal government first deployed soldiers to the region. Officials said the operation began at 5:30 a.m. and lasted about six hours.",
    "In February, a similar raid in Culiacán ended without arrests. Since then, violence has risen every month, according to figures published by the interior ministry on Nov. 3. The ministry recorded 1,250 homicides in the state this year, up from 980 in the same period of 2024.",
    "Analysts said the pattern recalled the early 2010s, when rival factions fought for control of smuggling routes for most of the decade. \"We have seen this before,\" said one researcher, who has studied the conflict for 15 years.",
    "The president is expected to visit the state next month, and the security cabinet will meet again on Thursday. A spokesman declined to say whether troops would stay beyond March, or whether the curfew imposed in October would be lifted before Christmas.",
    "Residents described a tense weekend. Schools closed on Friday and reopened Tuesday morning, and shops in the centre of the city now close at 8 p.m. Local radio has broadcast updates hourly since the attack.",
    "Human-rights groups have documented at least 40 disappearances in the past six months. They have asked the federal prosecutor to publish its findings within 30 days, a deadline the office said it would try to meet, and to report quarterly to Congress.",
    "The violence has cost the state economy an estimated 2 billion pesos a year, according to a chamber of commerce study released in September 2025. Tourism fell 18 percent in the third quarter compared with a year earlier.",
];

fn article() -> String {
    let mut s = String::new();
    while s.len() < 5000 {
        for p in PARAGRAPHS {
            s.push_str(p);
            s.push_str("\n\n");
        }
    }
    s
}

fn main() {
    let text = article();
    let anchor: Anchor = "2025-11-05".parse().expect("valid anchor");
    let found = find_times(&text, Some(anchor)).len();
    let batches = 200;
    let per_batch = 20;
    let mut micros = Vec::with_capacity(batches);
    for _ in 0..batches {
        let t = Instant::now();
        for _ in 0..per_batch {
            std::hint::black_box(find_times(std::hint::black_box(&text), Some(anchor)));
        }
        micros.push(t.elapsed().as_secs_f64() * 1e6 / per_batch as f64);
    }
    micros.sort_by(|a, b| a.total_cmp(b));
    let min = micros[0];
    let median = micros[micros.len() / 2];
    println!(
        "find_times: {} bytes, {found} expressions: min {min:.1} µs, median {median:.1} µs per article; min {:.1} µs per 5 KB",
        text.len(),
        min * 5000.0 / text.len() as f64
    );
}
