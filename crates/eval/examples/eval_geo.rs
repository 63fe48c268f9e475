//! Scores the place extractor and the resolver on GeoVirus.
//!
//! ```text
//! cargo run --release -p newsledger-eval --example eval_geo -- /work/shared/datasets/geovirus
//!     [--limit N] [--json] [--scanner-only] [--errors FILE] [--tag-errors FILE]
//! cargo run --release -p newsledger-eval --example eval_geo -- --time-article ARTICLE.txt
//! ```
//! `--errors` writes gold-span resolutions more than 161 km off (name, our
//! place, gold coordinates, error) as TSV, `--tag-errors` the tagging false
//! positives and misses; both hold dataset text, so keep them out of the
//! repository.

use std::io::Write as _;
use std::path::PathBuf;

use newsledger_eval::geo::{load, run_with, tagging_errors, Tagging, ACCURACY_KM};
use newsledger_eval::EvalOptions;
use newsledger_geo::{distance_km, ArticleHints, Gazetteer, MentionQuery, Resolver};

fn main() {
    let mut args = std::env::args().skip(1);
    let mut dataset: Option<PathBuf> = None;
    let mut opts = EvalOptions::default();
    let mut json = false;
    let mut taggings = vec![Tagging::ScannerOnly, Tagging::NerAndScanner];
    let mut errors: Option<PathBuf> = None;
    let mut tag_errors: Option<PathBuf> = None;
    let mut time_article: Option<PathBuf> = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--limit" => opts.limit = args.next().and_then(|n| n.parse().ok()),
            "--json" => json = true,
            "--scanner-only" => taggings = vec![Tagging::ScannerOnly],
            "--errors" => errors = args.next().map(PathBuf::from),
            "--tag-errors" => tag_errors = args.next().map(PathBuf::from),
            "--time-article" => time_article = args.next().map(PathBuf::from),
            _ => dataset = Some(PathBuf::from(a)),
        }
    }
    if let Some(path) = time_article {
        if let Err(e) = time_one(&path) {
            eprintln!("eval_geo: {}: {e}", path.display());
            std::process::exit(1);
        }
        if dataset.is_none() {
            return;
        }
    }
    let Some(dataset) = dataset else {
        eprintln!("usage: eval_geo <GeoVirus.xml or its folder> [--limit N] [--json] [--scanner-only] [--errors FILE]");
        std::process::exit(2);
    };
    match run_with(&dataset, &opts, &taggings) {
        Ok(report) if json => println!("{}", serde_json::to_string_pretty(&report.json).unwrap_or_default()),
        Ok(report) => println!("{} — {}\n{}", report.name, report.dataset, report.table),
        Err(e) => {
            eprintln!("eval_geo: {e}");
            std::process::exit(1);
        }
    }
    if let Some(path) = tag_errors {
        let result = load(&dataset).map_err(|e| e.to_string()).and_then(|corpus| {
            let mut out = std::io::BufWriter::new(std::fs::File::create(&path).map_err(|e| e.to_string())?);
            for t in &taggings {
                for e in tagging_errors(&corpus, opts.limit, *t) {
                    writeln!(out, "{}\t{}\t{}\t{}\t{}", t.as_str(), e.article, e.kind, e.text, e.context).map_err(|e| e.to_string())?;
                }
            }
            Ok(())
        });
        if let Err(e) = result {
            eprintln!("eval_geo: writing {}: {e}", path.display());
            std::process::exit(1);
        }
    }
    if let Some(path) = errors {
        if let Err(e) = write_errors(&dataset, &path, opts.limit) {
            eprintln!("eval_geo: writing {}: {e}", path.display());
            std::process::exit(1);
        }
    }
}

/// Times the place stage on one article (plain text file): fastest and
/// median of 200 runs, after segmentation, without NER; prints the places.
fn time_one(path: &std::path::Path) -> Result<(), Box<dyn std::error::Error>> {
    use newsledger_extract::places::PlaceExtractor;
    use newsledger_extract::{Doc, Extractor};
    let text = std::fs::read_to_string(path)?;
    let article = newsledger_model::Article { text, language: "en".into(), ..Default::default() };
    let mut doc = Doc::new(&article, None);
    PlaceExtractor.run(&mut doc); // decodes the gazetteer once
    let mut times: Vec<f64> = (0..200)
        .map(|_| {
            let t0 = std::time::Instant::now();
            PlaceExtractor.run(&mut doc);
            t0.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    times.sort_by(f64::total_cmp);
    println!(
        "{}: {} bytes, {} tokens, {} places; place stage fastest {:.1} µs, median {:.1} µs (200 runs)",
        path.display(),
        article.text.len(),
        doc.seg.tokens.len(),
        doc.facts.places.len(),
        times[0],
        times[100]
    );
    for p in &doc.facts.places {
        println!("  {:<4} {:<22} {:<24} {:<3} {:<8} {}", p.id, p.text, p.place.name, p.place.country.as_deref().unwrap_or("-"), p.place.precision.as_str(), p.place.gazetteer_id.as_deref().unwrap_or("-"));
    }
    Ok(())
}

/// Gold-span resolution errors beyond 161 km, for reading.
fn write_errors(dataset: &std::path::Path, path: &std::path::Path, limit: Option<usize>) -> Result<(), Box<dyn std::error::Error>> {
    let corpus = load(dataset)?;
    let gaz = Gazetteer::global()?;
    let mut r = Resolver::new(gaz);
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    writeln!(out, "article\tname\tours\tours_kind\tours_cc\tgold_lat\tgold_lon\terror_km")?;
    for (ai, a) in corpus.articles.iter().take(limit.unwrap_or(usize::MAX)).enumerate() {
        // Sentences, as the gold-span row of the report uses them.
        let article = newsledger_model::Article { text: a.text.clone(), language: "en".into(), ..Default::default() };
        let doc = newsledger_extract::Doc::new(&article, None);
        let qs: Vec<MentionQuery> = a
            .mentions
            .iter()
            .map(|g| MentionQuery { sentence: doc.seg.sentence_at(newsledger_model::byte_offset(&a.text, g.start)), ..MentionQuery::new(&g.name) })
            .collect();
        let res = r.resolve_article(&qs, &ArticleHints::default());
        for (g, o) in a.mentions.iter().zip(res) {
            let (name, kind, cc, err) = match o {
                Some(o) => {
                    let e = gaz.entry(o.place);
                    (e.name, format!("{:?}", e.kind), e.country().unwrap_or("-").to_string(), distance_km(e.lat(), e.lon(), g.lat, g.lon))
                }
                None => ("-", "-".into(), "-".into(), f64::INFINITY),
            };
            if err >= ACCURACY_KM {
                writeln!(out, "{ai}\t{}\t{name}\t{kind}\t{cc}\t{}\t{}\t{err:.0}", g.name, g.lat, g.lon)?;
            }
        }
    }
    Ok(())
}
