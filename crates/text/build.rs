//! Writes the character-class bitmaps of `src/chars.rs` (U+0000–U+2FFF,
//! alphabetic and alphanumeric) from the standard library's own answers, at
//! build time: filling them at run time cost ~19 M instructions (~5 ms) in
//! every process that tokenised non-ASCII text. The build script runs on
//! the same toolchain's standard library, so the answers are the same (the
//! test `agrees_with_the_standard_library_on_every_char` checks each one).

use std::fmt::Write as _;

/// Must match `TABLE_END` in `src/chars.rs`.
const TABLE_END: u32 = 0x3000;

fn main() {
    let words = (TABLE_END / 64) as usize;
    let mut alphabetic = vec![0u64; words];
    let mut alphanumeric = vec![0u64; words];
    for cp in 0..TABLE_END {
        // Surrogates are not chars; their bits stay 0 and are never read.
        if let Some(c) = char::from_u32(cp) {
            let (w, bit) = ((cp / 64) as usize, 1u64 << (cp % 64));
            if c.is_alphabetic() {
                alphabetic[w] |= bit;
            }
            if c.is_alphanumeric() {
                alphanumeric[w] |= bit;
            }
        }
    }
    let mut out = String::new();
    for (name, table) in [("ALPHABETIC", &alphabetic), ("ALPHANUMERIC", &alphanumeric)] {
        let _ = writeln!(out, "static {name}: [u64; {words}] = [");
        for w in table.iter() {
            let _ = writeln!(out, "    {w:#018x},");
        }
        out.push_str("];\n");
    }
    let path = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("char_tables.rs");
    std::fs::write(&path, out).expect("OUT_DIR is writable");
    println!("cargo:rerun-if-changed=build.rs");
}
