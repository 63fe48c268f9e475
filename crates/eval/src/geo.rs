//! Scorer: geo.
