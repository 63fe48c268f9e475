//! Bytes to articles: format detection, decoding, HTML boilerplate removal,
//! metadata (title, byline, dateline, published date with its precision).

pub mod html;
