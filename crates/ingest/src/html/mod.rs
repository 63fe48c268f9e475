//! HTML page → article body and metadata.
//!
//! [`extract_page`] is the whole contract: it takes a decoded HTML document
//! and returns the main content as blocks in reading order, with the
//! boilerplate (navigation, share bars, related links, comment forms,
//! newsletters, cookie banners) left out, plus the metadata the page states.

mod boiler;
mod content;
mod dom;
mod entity_table;
mod jsonld;
mod meta;
mod scan;
mod signals;
mod tags;
mod text;

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
///
/// Never panics; malformed, truncated or binary input gives whatever
/// text and metadata can be recovered (possibly none).
pub fn extract_page(html: &str) -> HtmlPage {
    extract_dom(&dom::parse(html))
}

/// [`extract_page`] on a parsed page.
fn extract_dom(dom: &dom::Dom) -> HtmlPage {
    let analysis = content::analyse(dom);
    let meta = meta::collect(dom, &analysis.flags);
    let extraction = content::extract(dom, &analysis);
    let outlet = meta
        .site_name
        .clone()
        .or_else(|| meta.jsonld.publisher.clone())
        .or_else(|| meta.application_name.clone());
    let url = meta.canonical.clone().or_else(|| meta.og_url.clone()).or_else(|| meta.jsonld.url.clone());
    // In order of trust: `article:published_time`, JSON-LD, other meta
    // tags, the first <time>; then the URL.
    let stated = [
        meta.published.as_ref().filter(|(p, _)| *p == 0).map(|(_, v)| v.as_str()),
        meta.jsonld.date_published.as_deref(),
        meta.published.as_ref().map(|(_, v)| v.as_str()),
        meta.first_time.as_deref(),
    ];
    let published = stated
        .into_iter()
        .flatten()
        .find(|v| plausible_date(v))
        .map(str::to_string)
        .or_else(|| url.as_deref().and_then(url_date));
    HtmlPage {
        title: choose_title(dom, &meta, outlet.as_deref()),
        byline: choose_byline(dom, &meta),
        published,
        outlet,
        url,
        language: meta.lang.clone(),
        blocks: extraction.blocks,
        captions: extraction.captions,
    }
}

/// Describes how the main content was chosen, for debugging the
/// extractor: the best-scoring elements, the container's ancestry, the
/// ancestry of the first text node containing `needle`, and the top levels
/// of the tree. Not a stable format.
#[doc(hidden)]
pub fn explain_page(html: &str, needle: Option<&str>) -> String {
    let dom = dom::parse(html);
    format!(
        "{}\n{}",
        content::explain(&dom, needle),
        content::outline(&dom, 3)
    )
}

fn choose_title(dom: &dom::Dom, meta: &meta::Meta, outlet: Option<&str>) -> Option<String> {
    let h1 = meta
        .h1s
        .iter()
        .map(|&id| meta::element_text(dom, id, 500))
        .find(|t| t.split_whitespace().count() >= 2);
    let declared = [
        meta.og_title.as_deref(),
        meta.twitter_title.as_deref(),
        meta.jsonld.headline.as_deref(),
        meta.title_tag.as_deref(),
    ];
    // The <h1> is the cleanest headline when the page's declared titles agree with it.
    if let Some(h1) = &h1 {
        if declared.iter().flatten().any(|d| d.contains(h1.as_str())) {
            return Some(h1.clone());
        }
    }
    for d in declared.iter().flatten() {
        let t = meta::strip_site_suffix(d, outlet);
        if !t.is_empty() && Some(t.as_str()) != outlet {
            return Some(t);
        }
    }
    h1
}

fn choose_byline(dom: &dom::Dom, meta: &meta::Meta) -> Vec<String> {
    if !meta.jsonld.authors.is_empty() {
        return dedup(
            meta.jsonld
                .authors
                .iter()
                .flat_map(|a| meta::split_names(a))
                .collect(),
        );
    }
    if !meta.meta_authors.is_empty() {
        return meta.meta_authors.clone();
    }
    for &id in &meta.byline_nodes {
        let t = meta::element_text(dom, id, 300);
        if t.is_empty() || t.len() > 200 {
            continue;
        }
        let names = meta::split_names(&t);
        if !names.is_empty() {
            return names;
        }
    }
    Vec::new()
}

fn dedup(names: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for n in names {
        if !out.contains(&n) {
            out.push(n);
        }
    }
    out
}

/// Content systems fill an unset date with a sentinel ("0001-01-01T00:00:00Z",
/// .NET's `DateTime.MinValue`; "1900-01-01"; "1970-01-01", the Unix epoch). No news page
/// was published then, and anchoring "this fall" to year 1 is worse than
/// having no date: such a value is skipped for the next candidate.
fn plausible_date(value: &str) -> bool {
    let v = value.trim();
    let year: Option<u32> = v.get(..4).filter(|y| y.bytes().all(|b| b.is_ascii_digit())).and_then(|y| y.parse().ok());
    match year {
        Some(y) => y >= 1900 && !v.starts_with("1900-01-01") && !v.starts_with("1970-01-01"),
        // Not ISO-shaped ("November 3, 2025"): the date parser decides.
        None => true,
    }
}

/// The date in a story URL's path ("…/story/news/2019/11/19/teachers-…"),
/// as "2019-11-19": the last resort when the page states no date.
fn url_date(url: &str) -> Option<String> {
    let path = url.split(['?', '#']).next()?;
    let parts: Vec<&str> = path.split('/').collect();
    parts.windows(3).find_map(|w| {
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        if !(digits(w[0], 4) && digits(w[1], 2) && (digits(w[2], 2) || digits(w[2], 1))) {
            return None;
        }
        let (y, m, d): (u32, u32, u32) = (w[0].parse().ok()?, w[1].parse().ok()?, w[2].parse().ok()?);
        ((1990..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)).then(|| format!("{y:04}-{m:02}-{d:02}"))
    })
}
