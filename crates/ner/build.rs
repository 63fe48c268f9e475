//! Compiles the bundled English resources of `data/en/` into flat tables
//! that load without parsing (see `src/resources.rs` and
//! `src/model_file.rs`, which this script shares with the crate): the
//! lexicon (clusters and gazetteers, hashed and sorted) and the model
//! (decompressed). Deterministic; reads only files of this crate.

use std::path::{Path, PathBuf};

#[allow(dead_code)]
#[path = "src/hash.rs"]
mod hash;
#[allow(dead_code)]
#[path = "src/model_file.rs"]
mod model_file;
#[allow(dead_code)]
#[path = "src/resources.rs"]
mod resources;

fn main() {
    if let Err(e) = run() {
        panic!("building the NER tables: {e}");
    }
}

fn run() -> Result<(), String> {
    let dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").map_err(|e| e.to_string())?);
    let out = PathBuf::from(std::env::var("OUT_DIR").map_err(|e| e.to_string())?);
    for f in ["src/hash.rs", "src/model_file.rs", "src/resources.rs", "data/en"] {
        println!("cargo:rerun-if-changed={f}");
    }
    let data = dir.join("data/en");
    let clusters = gunzip(&data.join("clusters.tsv.gz"))?;
    let embeddings = gunzip(&data.join("embedding-clusters.tsv.gz"))?;
    let gazetteer = gunzip(&data.join("gazetteer.tsv.gz"))?;
    let mut gazetteers = vec![gazetteer];
    for name in resources::PLAIN_GAZETTEERS {
        gazetteers.push(String::from_utf8(read(&data.join(name))?).map_err(|e| format!("{name}: {e}"))?);
    }
    let texts: Vec<&str> = gazetteers.iter().map(String::as_str).collect();
    let lexicon = resources::LexiconTables::build(&clusters, &embeddings, &texts)?;
    write(&out.join("en.lexicon.bin"), &lexicon.to_bytes())?;
    let model = model_file::ModelData::read(&read(&data.join("ner.model"))?).map_err(|e| format!("ner.model: {e}"))?;
    write(&out.join("en.model.bin"), &model.to_raw())?;
    Ok(())
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

fn gunzip(path: &Path) -> Result<String, String> {
    use std::io::Read;
    let mut text = String::new();
    flate2::read::GzDecoder::new(read(path)?.as_slice()).read_to_string(&mut text).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(text)
}
