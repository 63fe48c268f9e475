//! Across articles: what one article means next to the others.
//!
//! Today: near-duplicate detection ([`dedup`]), so that a syndicated copy of
//! a wire story is linked to its original and not counted as new reporting.
//! Next: cross-outlet event clusters with corroboration grades.

pub mod dedup;
