//! Ingest errors: each names the input and says what to do.

use thiserror::Error;

/// Why one input (or one record of it) could not be read.
#[derive(Debug, Error)]
#[error("{origin}: {kind}")]
pub struct IngestError {
    /// The path (with `:LINE` for a JSON Lines record), or `-` for stdin.
    pub origin: String,
    pub kind: IngestErrorKind,
}

#[derive(Debug, Error)]
pub enum IngestErrorKind {
    #[error("cannot read: {0}")]
    Io(#[from] std::io::Error),
    #[error("looks like a binary file ({what}), not text, HTML or JSON Lines; skipped")]
    Binary { what: String },
    #[error("is {size} bytes, over the {limit}-byte limit for one article; raise it with --max-bytes if this is really one article")]
    TooLarge { size: u64, limit: u64 },
    #[error("is empty")]
    Empty,
    #[error("has no article text after removing markup and boilerplate")]
    NoText,
    #[error("gzip data is corrupt or truncated: {0}")]
    Gzip(std::io::Error),
    #[error("is not a JSON object with a \"text\" or \"html\" field: {0}")]
    Json(String),
    #[error("{0} input is not supported yet; convert it to HTML, text or JSON Lines")]
    Unsupported(&'static str),
    #[error("invalid --published date {0:?}: use YYYY, YYYY-MM or YYYY-MM-DD")]
    BadDate(String),
}

impl IngestError {
    pub fn new(origin: impl Into<String>, kind: impl Into<IngestErrorKind>) -> Self {
        IngestError { origin: origin.into(), kind: kind.into() }
    }
}
