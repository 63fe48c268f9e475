//! Across articles: near-duplicate links, later event clusters.
