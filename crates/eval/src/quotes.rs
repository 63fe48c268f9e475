//! Scorer: quotes.
