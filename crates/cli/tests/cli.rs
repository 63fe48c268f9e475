//! End-to-end tests of the `newsledger` binary: what a user types, what they get.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsledger"))
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples")
}

fn run(db: &Path, args: &[&str]) -> Output {
    bin().arg("--db").arg(db).args(args).output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {}", stdout(o)))
}

#[test]
fn one_thread_and_two_store_the_same() {
    // `-j 1` reads, extracts and stores on one thread; `-j 2` hands the
    // articles to a writer thread. Both must store the same thing.
    let dir = tempfile::tempdir().unwrap();
    let mut summaries = Vec::new();
    let mut stats = Vec::new();
    for j in ["1", "2"] {
        let db = dir.path().join(format!("j{j}.db"));
        let out = run(&db, &["ingest", "-j", j, samples().to_str().unwrap(), fixture("raid.txt").to_str().unwrap(), "--json"]);
        assert!(out.status.success(), "-j {j}: {}", stderr(&out));
        let s = json(&out);
        summaries.push((s["read"].clone(), s["new"].clone(), s["near_duplicates"].as_u64().unwrap() + s["duplicates"].as_u64().unwrap(), s["failed"].clone()));
        stats.push(json(&run(&db, &["stats", "--json"])));
    }
    assert_eq!(summaries[0], summaries[1]);
    assert_eq!(summaries[0].0, 43, "42 sample articles and the fixture");
    assert_eq!(stats[0], stats[1]);
}

#[test]
fn ingest_sample_corpus_then_reingest_is_a_no_op() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("n.db");
    let out = run(&db, &["ingest", samples().to_str().unwrap(), "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let s = json(&out);
    assert_eq!(s["read"], 42, "41 JSON Lines records and one HTML page");
    assert_eq!(s["new"], 40);
    // The republished copy and the HTML rendering of a JSON Lines article
    // are the same reporting: stored once, or linked to the original.
    assert_eq!(s["near_duplicates"].as_u64().unwrap() + s["duplicates"].as_u64().unwrap(), 2, "{s}");
    assert_eq!(s["failed"].as_array().unwrap().len(), 0);

    let again = json(&run(&db, &["ingest", samples().to_str().unwrap(), "--json"]));
    assert_eq!((again["new"].as_u64(), again["duplicates"].as_u64()), (Some(0), Some(42)));

    let stats = json(&run(&db, &["stats", "--json"]));
    assert_eq!(stats["articles"].as_u64().unwrap(), 40 + s["near_duplicates"].as_u64().unwrap());

    let events = run(&db, &["events", "--limit", "5"]);
    assert!(events.status.success());
    assert!(stdout(&events).starts_with("published"), "{}", stdout(&events));
}

#[test]
fn bad_inputs_are_named_and_the_store_survives() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("n.db");
    assert!(run(&db, &["ingest", fixture("raid.txt").to_str().unwrap()]).status.success());
    let before = json(&run(&db, &["stats", "--json"]));

    let bad = dir.path().join("bad");
    std::fs::create_dir(&bad).unwrap();
    std::fs::write(bad.join("image.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0").unwrap();
    std::fs::write(bad.join("empty.txt"), b"").unwrap();
    std::fs::write(bad.join("legacy.html"), b"<html><head><meta charset=\"windows-1252\"></head><body><p>Protesters gathered in Bogot\xe1 on Friday and marched to the square, police said, in a demonstration that lasted hours.</p></body></html>").unwrap();
    std::fs::write(bad.join("truncated.html"), b"<html><body><article><p>Rescue teams reached the village on Tuesday after the landslide, officials said, and began searching for survivors in the mud").unwrap();
    let missing = dir.path().join("missing.txt");
    let out = run(&db, &["ingest", bad.to_str().unwrap(), missing.to_str().unwrap(), "--max-bytes", "100000"]);
    assert_eq!(out.status.code(), Some(1), "some inputs failed → exit 1");
    let err = stderr(&out);
    assert!(err.contains("image.txt") && err.contains("PNG"), "{err}");
    assert!(err.contains("empty.txt") && err.contains("empty"), "{err}");
    assert!(err.contains("missing.txt") && err.contains("cannot read"), "{err}");
    assert!(!err.contains("legacy.html"), "a declared legacy encoding is read, not refused: {err}");

    let after = json(&run(&db, &["stats", "--json"]));
    assert_eq!(after["articles"].as_u64().unwrap(), before["articles"].as_u64().unwrap() + 2, "legacy and truncated pages stored, nothing lost");
    let arts = json(&run(&db, &["articles", "--json", "--contains", "Bogotá"]));
    assert_eq!(arts.as_array().unwrap().len(), 1, "windows-1252 decoded: {arts}");
}

#[test]
fn a_huge_single_line_file_is_refused_without_harm() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("n.db");
    let big = dir.path().join("big.txt");
    let mut f = std::fs::File::create(&big).unwrap();
    let chunk = vec![b'a'; 1 << 20];
    for _ in 0..50 {
        f.write_all(&chunk).unwrap();
    }
    drop(f);
    let out = run(&db, &["ingest", big.to_str().unwrap(), fixture("raid.txt").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("big.txt") && stderr(&out).contains("--max-bytes"), "{}", stderr(&out));
    assert_eq!(json(&run(&db, &["stats", "--json"]))["articles"], 1);
}

#[test]
fn stdin_is_read_with_a_dash() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("n.db");
    let mut child = bin().arg("--db").arg(&db).args(["ingest", "-", "--json"]).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(&std::fs::read(fixture("raid.txt")).unwrap()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(json(&out)["new"], 1);
    let arts = json(&run(&db, &["articles", "--json"]));
    assert_eq!(arts[0]["origin"], "-");
}

#[test]
fn analyze_prints_schema_v1_that_validates() {
    let schema: serde_json::Value = serde_json::from_str(include_str!("../../../docs/schema-v1.json")).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for (file, extra) in [("raid.txt", vec!["--published", "2025-08-20"]), ("page.html", vec![])] {
        let mut args = vec!["analyze", fixture(file).to_str().unwrap().to_string().leak() as &str, "--json"];
        args.extend(extra);
        let out = bin().args(&args).output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        let doc = json(&out);
        let errors: Vec<String> = validator.iter_errors(&doc).map(|e| format!("{} at {}", e, e.instance_path())).collect();
        assert!(errors.is_empty(), "{file}: {errors:#?}");
        // Every span points inside the text.
        let len = doc["article"]["text"].as_str().unwrap().chars().count() as u64;
        for kind in ["sources", "quotes", "claims", "events", "times", "places"] {
            for fact in doc[kind].as_array().unwrap() {
                assert!(fact["evidence"]["end"].as_u64().unwrap() <= len, "{kind} span out of text");
            }
        }
    }
}

#[test]
fn analyze_text_dump_metadata() {
    let out = bin().args(["analyze", fixture("raid.txt").to_str().unwrap(), "--json", "--published", "2025-08-20"]).output().unwrap();
    let doc = json(&out);
    let a = &doc["article"];
    assert_eq!(a["title"], "Troops Raid Warehouse After Tip-Off");
    assert_eq!(a["byline"][0], "Jane Doe");
    assert_eq!(a["dateline"]["place"], "MONTERREY");
    assert_eq!(a["published"], "2025-08-14T18:00");
    assert_eq!(a["published_precision"], "day");
    assert_eq!(a["captions"][0], "Security forces raid warehouse — file photo.");
    let text = a["text"].as_str().unwrap();
    assert!(text.starts_with("MONTERREY, Aug. 14 — Soldiers raided"), "{text}");
    assert!(!text.contains("Leave a Comment") && !text.contains("Required fields"), "{text}");
    assert_eq!(a["sections"][0]["title"], "What Comes Next");

    // Without --published the year is unknown and says so.
    let doc = json(&bin().args(["analyze", fixture("raid.txt").to_str().unwrap(), "--json"]).output().unwrap());
    assert_eq!(doc["article"]["published"], serde_json::Value::Null);
    assert_eq!(doc["article"]["published_precision"], "unknown");
    assert_eq!(doc["article"]["published_text"], "Aug. 14 / 6 PM CST");
}

#[test]
fn export_jsonl_and_csv() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("n.db");
    assert!(run(&db, &["ingest", fixture("raid.txt").to_str().unwrap(), fixture("page.html").to_str().unwrap()]).status.success());
    let out_path = dir.path().join("all.jsonl");
    let out = run(&db, &["export", "--format", "jsonl", "--out", out_path.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: Vec<serde_json::Value> = std::fs::read_to_string(&out_path).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert!(lines.iter().all(|l| l["schema_version"] == 1));

    let csv = run(&db, &["export", "--format", "csv"]);
    let text = stdout(&csv);
    assert!(text.starts_with("article_id,url,outlet,published,fact,id,type"));
    // Every record has the header's fields (quoted newlines in evidence included).
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    let basis_col = header.iter().position(|h| h == "place_basis").expect("place_basis column");
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("well-formed CSV record")).collect();
    assert!(!records.is_empty());
    assert!(records.iter().all(|r| r.len() == header.len()));
    // Only events carry a place basis, and only known values.
    for r in &records {
        let basis = &r[basis_col];
        assert!(basis.is_empty() || (&r[4] == "event" && ["sentence", "reference", "dateline", "context"].contains(&basis)), "{r:?}");
    }
}

#[test]
fn usage_errors_exit_2_and_help_works() {
    let out = bin().args(["ingest"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = bin().args(["analyze", "x", "--published", "yesterday"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("not a date"));
    for cmd in ["ingest", "analyze", "events", "export", "eval"] {
        let out = bin().args([cmd, "--help"]).output().unwrap();
        assert!(out.status.success() && stdout(&out).contains("Usage"), "{cmd} --help");
    }
}

#[test]
fn a_database_that_is_not_ours_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("notes.txt");
    std::fs::write(&db, "my notes, not a database ..............................................................................").unwrap();
    let before = std::fs::read(&db).unwrap();
    let out = run(&db, &["ingest", fixture("raid.txt").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("not a newsledger database"), "{}", stderr(&out));
    assert_eq!(std::fs::read(&db).unwrap(), before);
}

#[test]
fn an_article_in_a_language_without_extractors_is_stored_without_facts() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("n.db");
    // Written for this test. English rules over Portuguese made "places" of
    // capitalised function words and "claims" of every number.
    let file = dir.path().join("noticia.txt");
    std::fs::write(
        &file,
        "Polícia prende 12 suspeitos em Curitiba\n\nA Polícia Civil prendeu nesta terça-feira 12 suspeitos de participar \
         de uma quadrilha que roubava carros na região. Segundo o delegado, o grupo agia há mais de dois anos e foi \
         identificado depois de uma investigação com câmeras de segurança. Os presos foram levados para a delegacia.\n",
    )
    .unwrap();
    let out = run(&db, &["ingest", file.to_str().unwrap(), "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let s = json(&out);
    assert_eq!(s["new"], 1);
    assert_eq!(s["without_extractors"]["pt"], 1, "{s}");
    let text = stdout(&run(&db, &["ingest", file.to_str().unwrap()]));
    assert!(!text.contains("no extractors"), "a duplicate is not extracted again: {text}");

    let out = bin().args(["analyze", file.to_str().unwrap(), "--json"]).output().unwrap();
    assert!(out.status.success());
    let doc = json(&out);
    assert_eq!(doc["article"]["language"], "pt");
    for kind in ["entities", "sources", "quotes", "claims", "events", "times", "places"] {
        assert_eq!(doc[kind].as_array().map(Vec::len), Some(0), "{kind}");
    }
    assert!(stderr(&out).contains("no extractors for language 'pt'"), "{}", stderr(&out));
}

#[test]
fn bench_pages_reads_gzipped_pages_as_given_or_inflated_first() {
    let dir = tempfile::tempdir().unwrap();
    let pages = dir.path().join("pages");
    std::fs::create_dir(&pages).unwrap();
    let mut gz = flate2::write::GzEncoder::new(std::fs::File::create(pages.join("page.html.gz")).unwrap(), flate2::Compression::default());
    gz.write_all(&std::fs::read(fixture("page.html")).unwrap()).unwrap();
    gz.finish().unwrap();
    std::fs::copy(fixture("raid.txt"), pages.join("raid.txt")).unwrap();
    for first in [false, true] {
        let mut args = vec!["bench", "pages", "--dataset", pages.to_str().unwrap(), "--rounds", "1", "--json"];
        if first {
            args.push("--gunzip-first");
        }
        let out = bin().args(&args).output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        let j = json(&out);
        assert_eq!((j["articles"].as_u64(), j["failed"].as_u64(), j["gunzipped_first"].as_bool()), (Some(2), Some(0), Some(first)), "{j}");
    }
    // The dataset itself is left as it was.
    let mut names: Vec<_> = std::fs::read_dir(&pages).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    assert_eq!(names, ["page.html.gz", "raid.txt"]);
}

#[test]
fn the_event_list_shows_the_status_and_claimant_of_its_claims() {
    // The army reports the attack; the text says the ministry has not
    // confirmed it. A monitor reading the event list sees both.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("n.db");
    let out = run(&db, &["ingest", fixture("attack_unconfirmed.txt").to_str().unwrap(), "--published", "2025-03-04"]);
    assert!(out.status.success(), "{}", stderr(&out));

    let rows = json(&run(&db, &["events", "--type", "ASSAULT", "--json"]));
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 1, "one attack, told twice: {rows:#?}");
    let claims = rows[0]["claims"].as_array().expect("claims beside the event");
    let statuses: Vec<&str> = claims.iter().filter_map(|c| c["status"].as_str()).collect();
    assert!(statuses.contains(&"attributed") && statuses.contains(&"unverified"), "{claims:#?}");
    assert!(claims.iter().any(|c| c["source_name"].as_str().is_some_and(|n| n.contains("army"))), "{claims:#?}");

    let table = stdout(&run(&db, &["events", "--type", "ASSAULT"]));
    let header = table.lines().next().unwrap();
    assert!(header.contains("claim") && header.contains("claimant"), "{table}");
    assert!(table.contains("attributed, unverified") && table.contains("army"), "{table}");

    // Other listings are unchanged: no claims key on claims themselves.
    let claims = json(&run(&db, &["claims", "--json"]));
    assert!(claims.as_array().unwrap().iter().all(|c| c.get("claims").is_none()));
}

#[test]
fn events_filter_by_modality_and_country_and_refuse_them_elsewhere() {
    // An attack that happened in Mexico and a deployment only threatened
    // on a condition: a monitor asks for one or the other.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("n.db");
    let out = run(&db, &["ingest", fixture("planned_and_occurred.txt").to_str().unwrap(), "--published", "2025-03-04"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let types = |args: &[&str]| -> Vec<String> {
        let out = run(&db, &[&["events", "--json"], args].concat());
        assert!(out.status.success(), "{}", stderr(&out));
        json(&out).as_array().unwrap().iter().map(|e| format!("{} {}", e["type"].as_str().unwrap(), e["modality"].as_str().unwrap())).collect()
    };
    assert_eq!(types(&["--modality", "occurred"]), ["ASSAULT occurred"]);
    assert_eq!(types(&["--modality", "planned,CONDITIONAL"]), ["MOBILIZE conditional"]);
    assert_eq!(types(&["--modality", "occurred", "--country", "mx"]), ["ASSAULT occurred"]);
    assert!(types(&["--country", "US"]).is_empty());
    assert!(types(&["--modality", "denied"]).is_empty());

    let places = json(&run(&db, &["places", "--country", "MX", "--json"]));
    assert!(!places.as_array().unwrap().is_empty());

    // Usage errors (exit 2), naming what is wrong.
    let wrong = run(&db, &["events", "--modality", "happened"]);
    assert_eq!(wrong.status.code(), Some(2));
    assert!(stderr(&wrong).contains("happened") && stderr(&wrong).contains("occurred"), "{}", stderr(&wrong));
    let elsewhere = run(&db, &["claims", "--modality", "occurred"]);
    assert_eq!(elsewhere.status.code(), Some(2));
    assert!(stderr(&elsewhere).contains("--modality") && stderr(&elsewhere).contains("claims"), "{}", stderr(&elsewhere));
    assert_eq!(run(&db, &["quotes", "--country", "MX"]).status.code(), Some(2));
}

#[test]
fn an_undated_event_lists_the_article_day_as_its_bound() {
    // The shelling has no date in its sentence; the arrests were on Saturday.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("n.db");
    let out = run(&db, &["ingest", fixture("undated_and_dated.txt").to_str().unwrap(), "--published", "2025-03-04"]);
    assert!(out.status.success(), "{}", stderr(&out));

    let rows = json(&run(&db, &["events", "--json"]));
    let date_of = |t: &str| {
        let row = rows.as_array().unwrap().iter().find(|r| r["type"] == t).unwrap_or_else(|| panic!("no {t}: {rows:#?}"));
        (row["date"]["value"].as_str().unwrap_or_default().to_string(), row["date"]["precision"].as_str().unwrap_or_default().to_string())
    };
    assert_eq!(date_of("ASSAULT"), ("XXXX-XX-XX/2025-03-04".to_string(), "unknown".to_string()));
    assert_eq!(date_of("COERCE"), ("2025-03-01".to_string(), "day".to_string()));

    let table = stdout(&run(&db, &["events"]));
    let line = |t: &str| table.lines().find(|l| l.contains(t)).unwrap_or_else(|| panic!("no {t} in {table}")).to_string();
    assert!(line("ASSAULT").contains("≤2025-03-04") && !table.contains("XXXX"), "{table}");
    assert!(line("COERCE").contains("2025-03-01"), "{table}");
}

#[test]
fn unnamed_groups_fill_the_empty_actor_and_target_cells() {
    // "Gunmen abducted 20 villagers": no entity acts or is hit, so the event
    // list and the export show the groups with their categories.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("n.db");
    let out = run(&db, &["ingest", fixture("group_attack.txt").to_str().unwrap(), "--published", "2025-03-04"]);
    assert!(out.status.success(), "{}", stderr(&out));

    let table = stdout(&run(&db, &["events"]));
    assert!(table.contains("Gunmen (militia)") && table.contains("20 villagers (civilia"), "{table}");
    assert!(table.contains("Police (state forces)"), "{table}");

    let csv = run(&db, &["export", "--format", "csv"]);
    let text = stdout(&csv);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap_or_else(|| panic!("{name} column"));
    let (ag, ac, tg, tc) = (col("actor_group"), col("actor_category"), col("target_group"), col("target_category"));
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("well-formed CSV record")).collect();
    assert!(records.iter().all(|r| r.len() == header.len()));
    let attack = records.iter().find(|r| &r[4] == "event" && &r[6] == "ASSAULT").expect("the abduction");
    assert_eq!((&attack[ag], &attack[ac], &attack[tg], &attack[tc]), ("Gunmen", "militia", "20 villagers", "civilians"));
    // Facts other than events never carry a group.
    assert!(records.iter().filter(|r| &r[4] != "event").all(|r| r[ag].is_empty() && r[tg].is_empty()));
}
