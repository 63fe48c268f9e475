//! `newsledger-calibrate DIR [ROUNDS]`: pages per second of four HTML
//! parsers over every file in DIR (inflated pages), best of ROUNDS, one
//! thread. Run it under the same `taskset` as `newsledger bench pages` and
//! in the same session: only ratios between runs on one machine mean
//! anything (docs/bench/extract-speed.md, "Twenty-fourth session").

use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: newsledger-calibrate DIR [ROUNDS]  (DIR: a folder of inflated HTML pages)");
        return ExitCode::from(2);
    };
    let rounds = match args.next().map(|s| s.parse::<usize>()) {
        None => 3,
        Some(Ok(n)) if n > 0 => n,
        Some(_) => {
            eprintln!("ROUNDS must be a positive whole number");
            return ExitCode::from(2);
        }
    };
    let pages = match read_pages(&dir) {
        Ok(p) if !p.is_empty() => p,
        Ok(_) => {
            eprintln!("{dir}: no files to read");
            return ExitCode::from(1);
        }
        Err(e) => {
            eprintln!("{dir}: {e}");
            return ExitCode::from(1);
        }
    };
    let bytes: usize = pages.iter().map(String::len).sum();
    println!("{} pages from {dir}, {} KB each on average, best of {rounds} rounds, one thread", pages.len(), bytes / pages.len() / 1024);
    let time = |name: &str, parse: &dyn Fn(&str) -> usize| {
        let mut best = f64::MAX;
        let mut checksum = 0usize;
        for _ in 0..rounds {
            let t = Instant::now();
            for p in &pages {
                checksum = checksum.wrapping_add(parse(p));
            }
            best = best.min(t.elapsed().as_secs_f64());
        }
        // The checksum is printed so that no parse can be optimised away.
        println!("{name:<28} {:>8.0} pages/s   (checksum {})", pages.len() as f64 / best, checksum % 1000);
    };
    time("byte scan (count '<')", &|p| p.bytes().filter(|&b| b == b'<').count());
    time("tl (parse)", &|p| tl::parse(p, tl::ParserOptions::default()).map(|d| d.nodes().len()).unwrap_or(0));
    time("lol_html (every element)", &|p| {
        let elements = std::cell::Cell::new(0usize);
        let mut rewriter = lol_html::HtmlRewriter::new(
            lol_html::Settings {
                element_content_handlers: vec![lol_html::element!("*", |_el| {
                    elements.set(elements.get() + 1);
                    Ok(())
                })],
                ..lol_html::Settings::new()
            },
            |_: &[u8]| {},
        );
        // A page the rewriter rejects counts the elements seen before it.
        if rewriter.write(p.as_bytes()).is_ok() {
            let _ = rewriter.end();
        }
        elements.get()
    });
    time("scraper/html5ever (DOM)", &|p| scraper::Html::parse_document(p).tree.nodes().count());
    ExitCode::SUCCESS
}

/// Every regular file in `dir`, decoded as UTF-8 with replacement (the
/// parsers take text).
fn read_pages(dir: &str) -> std::io::Result<Vec<String>> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)?.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_file()).collect();
    paths.sort();
    paths.iter().map(|p| std::fs::read(p).map(|b| String::from_utf8_lossy(&b).into_owned())).collect()
}
