//! Scorer: timex.
