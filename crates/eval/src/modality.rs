//! Scorer: modality.
