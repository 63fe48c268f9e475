//! The jobs the binaries run, each stage in order:
//! ingest (bytes → articles) → extract (articles → facts) → aggregate
//! (near-duplicates) → store. Shared by the CLI and, later, the server and
//! feed watchers, so that every entry point ingests the same way.

pub mod corpus;
mod ingest;

pub use ingest::{analyze_one, IngestJob, IngestSummary, NoProgress, Progress};
