//! Time expressions: recognition and normalisation against the article date.
