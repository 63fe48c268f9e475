//! Scorers the project owns, one module per gold dataset.
//!
//! Every scorer reads its dataset from a path given to it (the datasets are
//! not shipped), says which data it scored, and can score another system's
//! predictions in the same run so that peers sit side by side.

use std::path::PathBuf;

pub mod extraction;
pub mod geo;
pub mod modality;
pub mod ner;
pub mod quantities;
pub mod quotes;
pub mod roles;
pub mod timex;

/// Options every scorer takes.
#[derive(Debug, Clone, Default)]
pub struct EvalOptions {
    /// Score at most this many documents (for quick runs).
    pub limit: Option<usize>,
    /// Another system's predictions to score beside ours (format per scorer).
    pub predictions: Option<PathBuf>,
}

/// What a scorer returns: a human table and the same numbers as JSON.
#[derive(Debug, Clone)]
pub struct EvalReport {
    /// Which scorer ("extraction", "ner", …).
    pub name: String,
    /// What was scored: dataset path, split, number of documents.
    pub dataset: String,
    /// Plain-text table for the terminal and BENCHMARKS.md.
    pub table: String,
    pub json: serde_json::Value,
}

#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("cannot read {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path} is not in the expected format: {reason}")]
    Format { path: PathBuf, reason: String },
}

/// Precision, recall and F1 of `correct` answers among `system` ones
/// against `gold` ones (0 where a count is empty).
pub(crate) fn prf(correct: usize, system: usize, gold: usize) -> (f64, f64, f64) {
    let (p, r) = (ratio(correct, system), ratio(correct, gold));
    (p, r, if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) })
}

/// `a / b`, or 0 when there is nothing to divide by (a share of an empty set).
pub(crate) fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}
