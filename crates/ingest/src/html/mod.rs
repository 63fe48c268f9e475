//! HTML page → article body and metadata.
//!
//! [`extract_page`] is the whole contract: it takes a decoded HTML document
//! and returns the main content as blocks in reading order, with the
//! boilerplate (navigation, share bars, related links, comment forms,
//! newsletters, cookie banners) left out, plus the metadata the page states.

/// What kind of block a piece of body text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Paragraph,
    /// A section heading inside the body (h2–h6 or equivalent).
    Heading,
    ListItem,
    /// A block quotation.
    Quote,
    Preformatted,
}

/// One block of the main content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    /// Whitespace-normalised text of the block.
    pub text: String,
}

/// What [`extract_page`] finds in a page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HtmlPage {
    /// The headline (og:title / h1 / <title> minus the site suffix).
    pub title: Option<String>,
    /// Author names, without "By".
    pub byline: Vec<String>,
    /// Publication date as the page states it (meta, JSON-LD, <time>),
    /// unparsed.
    pub published: Option<String>,
    /// The outlet's name (og:site_name, JSON-LD publisher).
    pub outlet: Option<String>,
    /// Canonical URL (link rel=canonical, og:url).
    pub url: Option<String>,
    /// `<html lang>` primary subtag, lower-case.
    pub language: Option<String>,
    /// The main content in reading order.
    pub blocks: Vec<Block>,
    /// Image captions belonging to the article.
    pub captions: Vec<String>,
}

/// Extracts the main content and metadata of an HTML page.
pub fn extract_page(_html: &str) -> HtmlPage {
    HtmlPage::default()
}
