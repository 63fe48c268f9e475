//! Gazetteer lookup and place resolution.
