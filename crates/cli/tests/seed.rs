//! The seed article through the real user path:
//! `newsledger analyze ../shared/seed/covert-operations-mexico.txt --published 2025-11-03 --json`.
//! The article is not shipped with the repository; without `../shared` the
//! test says so and checks nothing. The same shapes are covered by fixtures
//! of our own in the extract crate's tests.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

fn analyze_seed() -> Option<Value> {
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seed/covert-operations-mexico.txt");
    if !seed.exists() {
        println!("note: {} not found; seed test skipped", seed.display());
        return None;
    }
    let out = Command::new(env!("CARGO_BIN_EXE_newsledger")).args(["analyze", seed.to_str()?, "--published", "2025-11-03", "--json"]).output().ok()?;
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    Some(serde_json::from_slice(&out.stdout).expect("JSON"))
}

fn evidence(doc: &Value, fact: &Value) -> String {
    let text: Vec<char> = doc["article"]["text"].as_str().unwrap().chars().collect();
    let (s, e) = (fact["evidence"]["start"].as_u64().unwrap() as usize, fact["evidence"]["end"].as_u64().unwrap() as usize);
    text[s..e].iter().collect()
}

fn source_name(doc: &Value, id: &Value) -> Option<String> {
    let id = id.as_str()?;
    doc["sources"].as_array()?.iter().find(|s| s["id"] == id).and_then(|s| s["name"].as_str().map(str::to_string))
}

#[test]
fn seed_article_end_to_end() {
    let Some(doc) = analyze_seed() else { return };
    let a = &doc["article"];
    // Backbone: header lines and boilerplate are not article text.
    assert_eq!(a["byline"][0], "Harshit");
    assert_eq!(a["dateline"]["place"], "WASHINGTON");
    assert_eq!(a["published_precision"], "day");
    assert!(a["published"].as_str().unwrap().starts_with("2025-11-03"));
    let text = a["text"].as_str().unwrap();
    assert!(!text.contains("Leave a Comment") && !text.contains("Required fields"));
    assert!(!text.contains("representative image"), "the caption is a caption");

    // Entities with canonical names.
    let entities = doc["entities"].as_array().unwrap();
    let has = |t: &str| entities.iter().any(|e| e["text"] == t || e["canonical"] == t);
    for name in ["Claudia Sheinbaum", "Joint Special Operations Command", "Tren de Aragua", "NBC News"] {
        assert!(has(name), "entity {name} missing");
    }
    assert!(entities.iter().any(|e| e["text"] == "Pentagon" && e["canonical"] == "U.S. Department of Defense"));

    // Sources: two anonymous officials relayed by NBC News.
    let sources = doc["sources"].as_array().unwrap();
    let two = sources.iter().find(|s| s["count"] == 2 && s["anonymous"] == true).expect("two current U.S. officials");
    assert_eq!(source_name(&doc, &two["via"]).as_deref(), Some("NBC News"));

    // Quotes with their speakers.
    let quotes = doc["quotes"].as_array().unwrap();
    let by = |needle: &str| quotes.iter().find(|q| q["text"].as_str().unwrap().contains(needle)).unwrap_or_else(|| panic!("quote {needle}"));
    assert!(source_name(&doc, &by("We reject any form of intervention")["source"]).unwrap().contains("Sheinbaum"));
    let trump = by("lethal consequences");
    assert!(source_name(&doc, &trump["source"]).unwrap().contains("Trump"));
    assert!(trump["text"].as_str().unwrap().contains("clear message"), "the split quote is one quote");
    let official = by("all-of-government approach");
    let s = sources.iter().find(|s| s["id"] == official["source"]).unwrap();
    assert_eq!(s["anonymous"], true);

    // Events: nothing planned in Mexico is coded as having happened.
    let events = doc["events"].as_array().unwrap();
    for v in events {
        let ev = evidence(&doc, v);
        if ev.contains("If approved") || ev.contains("would send") || ev.contains("would focus") {
            assert!(!matches!(v["modality"].as_str(), Some("occurred" | "ongoing")), "planned event coded as happened: {ev}");
        }
    }
    let drone = events.iter().find(|v| v["type"] == "ASSAULT" && evidence(&doc, v).contains("drone strikes targeting")).expect("drone strikes");
    assert!(matches!(drone["modality"].as_str(), Some("planned" | "conditional")));

    // The boat strikes happened; their toll is the Pentagon's, unverified.
    let claim = doc["claims"].as_array().unwrap().iter().find(|c| c["text"].as_str().unwrap().contains("64 people")).expect("64 killed claim");
    assert_eq!(claim["status"], "unverified");
    assert_eq!(source_name(&doc, &claim["source"]).as_deref(), Some("Pentagon"));
    let strikes = events.iter().find(|v| Some(v["id"].as_str().unwrap()) == claim["event"].as_str()).expect("claim linked to an event");
    assert_eq!((strikes["type"].as_str(), strikes["modality"].as_str()), (Some("ASSAULT"), Some("occurred")));

    // The designation is dated February 2025; Mexico's deployment is via NBC News.
    let designation = events.iter().find(|v| v["mode"] == "designation").expect("designation");
    assert_eq!(designation["date"]["value"], "2025-02");
    let deploy = events.iter().find(|v| v["type"] == "MOBILIZE" && evidence(&doc, v).contains("10,000 troops")).expect("deployment");
    assert_eq!(deploy["modality"], "occurred");
    assert_eq!(source_name(&doc, &deploy["source"]).as_deref(), Some("NBC News"));
    assert!(events.iter().any(|v| v["mode"] == "extradition" && v["modality"] == "occurred"));
    assert!(events.iter().any(|v| v["type"] == "REJECT"));
    assert!(events.iter().any(|v| v["type"] == "THREATEN" && v["modality"] == "threatened"));
}
