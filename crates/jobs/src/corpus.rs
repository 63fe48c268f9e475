//! A generated news corpus for benchmarks: deterministic, varied enough
//! that no two articles are near-duplicates, shaped like real pages
//! (navigation, share bar, body paragraphs with quotes and numbers,
//! related links, a comment form).

use std::io::Write;

/// A small deterministic PRNG (xorshift64*), so corpora are reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const PLACES: &[&str] = &["Culiacán", "Monterrey", "Kharkiv", "Khartoum", "Goma", "Mosul", "Bogotá", "Port-au-Prince", "Gaza City", "Aleppo", "Mogadishu", "Tijuana", "Caracas", "Kabul", "Maiduguri"];
const ACTORS: &[&str] = &["the army", "police", "the interior ministry", "rebel fighters", "the navy", "security forces", "a local militia", "the national guard", "prosecutors", "the health ministry"];
const VERBS: &[&str] = &["raided", "attacked", "shelled", "detained", "deployed to", "withdrew from", "blockaded", "searched", "patrolled", "evacuated"];
const SPEAKERS: &[&str] = &["a spokesman", "the governor", "two officials", "a senior commander", "the mayor", "witnesses", "a hospital director", "the defence minister"];
const NOUNS: &[&str] = &["people", "civilians", "soldiers", "fighters", "homes", "vehicles", "families", "children", "officers", "workers"];
const WORDS: &[&str] = &[
    "the", "operation", "continued", "overnight", "residents", "reported", "heavy", "fighting", "near", "market", "district", "roads", "closed", "aid", "convoy",
    "delayed", "talks", "stalled", "ceasefire", "violations", "reported", "border", "crossing", "shelter", "water", "power", "outage", "hospital", "overwhelmed",
];

/// Page furniture of about `kb` kilobytes: a script blob, a long menu and a
/// footer of links, as news pages carry (real pages average ~170 KB, most
/// of it outside the article).
fn chrome(r: &mut Rng, kb: usize) -> (String, String) {
    let mut head = String::from("<script>window.__CONFIG__ = {\"ads\":[");
    let mut foot = String::from("<footer><ul class=\"site-links\">");
    let mut i = 0u64;
    while head.len() + foot.len() < kb * 1024 {
        head.push_str(&format!("{{\"slot\":\"div-gpt-{i}\",\"sizes\":[[300,250],[728,90]],\"key\":\"{:x}\"}},", r.next()));
        foot.push_str(&format!("<li><a href=\"/section/{i}\" class=\"nav-link\">{} {}</a></li>", capital(r.pick(WORDS)), r.pick(WORDS)));
        i += 1;
    }
    head.push_str("]};</script>");
    foot.push_str("</ul><p>All rights reserved.</p></footer>");
    (head, foot)
}

/// One generated article as an HTML page: `paragraphs` paragraphs of text
/// inside `chrome_kb` kilobytes of page furniture.
pub fn article_html(seed: u64, paragraphs: usize, chrome_kb: usize) -> String {
    let mut r = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let place = r.pick(PLACES);
    let mut body = String::new();
    for p in 0..paragraphs {
        let n = 2 + r.below(500);
        let mut sentence = format!(
            "{} {} {} {place} on {}, {} said, and at least {n} {} were affected.",
            capital(r.pick(ACTORS)),
            r.pick(VERBS),
            if p % 2 == 0 { "a compound in" } else { "villages around" },
            ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"][(r.below(5)) as usize],
            r.pick(SPEAKERS),
            r.pick(NOUNS)
        );
        for _ in 0..(20 + r.below(30)) {
            sentence.push(' ');
            sentence.push_str(r.pick(WORDS));
        }
        sentence.push_str(&format!(" (report {seed}-{p}-{})", r.next() % 100_000));
        if p % 3 == 1 {
            sentence.push_str(&format!(" “We will not stop until {} are safe,” {} said.", r.pick(NOUNS), r.pick(SPEAKERS)));
        }
        body.push_str("<p>");
        body.push_str(&sentence);
        body.push_str("</p>\n");
    }
    let (script, footer) = chrome(&mut r, chrome_kb);
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Report {seed} from {place} - Bench Wire</title>\
         <meta property=\"og:site_name\" content=\"Bench Wire\"><meta property=\"article:published_time\" content=\"2025-{:02}-{:02}T10:00:00Z\">{script}</head>\
         <body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/politics\">Politics</a></nav>\
         <div class=\"share\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Share on Twitter</a></div>\
         <article><h1>Report {seed} from {place}</h1><p class=\"byline\">By Bench Reporter</p>\n{body}</article>\
         <aside class=\"related\"><h3>Related stories</h3><ul><li><a href=\"/1\">Earlier fighting</a></li><li><a href=\"/2\">Aid appeal</a></li></ul></aside>\
         <div id=\"comments\"><h3>Leave a Comment</h3><p>Your email address will not be published. Required fields are marked *</p></div>\
         {footer}</body></html>",
        1 + seed % 12,
        1 + seed % 28
    )
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Writes `n` generated articles as JSON Lines (`{"html": …}` per line).
pub fn write_corpus(out: &mut impl Write, n: u64, paragraphs: usize, chrome_kb: usize) -> std::io::Result<u64> {
    let mut bytes = 0u64;
    for i in 0..n {
        let line = serde_json::json!({ "html": article_html(i, paragraphs, chrome_kb), "url": format!("https://bench.invalid/{i}") }).to_string();
        out.write_all(line.as_bytes())?;
        out.write_all(b"\n")?;
        bytes += line.len() as u64 + 1;
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corpus_is_deterministic_and_varied() {
        assert_eq!(article_html(7, 5, 4), article_html(7, 5, 4));
        assert_ne!(article_html(7, 5, 4), article_html(8, 5, 4));
        assert!(article_html(1, 5, 40).len() > 40 * 1024);
        let mut buf = Vec::new();
        let bytes = write_corpus(&mut buf, 3, 4, 2).unwrap();
        assert_eq!(bytes as usize, buf.len());
        assert_eq!(buf.iter().filter(|&&b| b == b'\n').count(), 3);
    }
}
