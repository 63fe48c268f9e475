//! Metadata a page states about itself: `<meta>`, `<link rel=canonical>`,
//! `<html lang>`, `<title>`, JSON-LD, microdata, `<time>` and byline
//! elements.

use super::content::METADATA_ATTRS;
use super::dom::{Dom, NONE};
use super::jsonld::read_jsonld;
use super::tags::Tag;
use super::text::clean;

/// What the JSON-LD of the page says about its article.
#[derive(Debug, Default, Clone)]
pub(crate) struct JsonLd {
    pub headline: Option<String>,
    pub date_published: Option<String>,
    pub authors: Vec<String>,
    pub publisher: Option<String>,
    pub article_body: Option<String>,
    pub url: Option<String>,
}

/// Everything collected from one pass over the head and the tags that carry
/// metadata.
#[derive(Debug, Default, Clone)]
pub(crate) struct Meta {
    pub lang: Option<String>,
    pub title_tag: Option<String>,
    pub og_title: Option<String>,
    pub twitter_title: Option<String>,
    pub site_name: Option<String>,
    pub application_name: Option<String>,
    pub canonical: Option<String>,
    pub og_url: Option<String>,
    /// (priority, value): lower priority number wins.
    pub published: Option<(u8, String)>,
    pub meta_authors: Vec<String>,
    pub jsonld: JsonLd,
    /// Node ids of the first `<h1>` elements with text.
    pub h1s: Vec<u32>,
    /// Elements marked as author names (itemprop=author, rel=author, class byline/author).
    pub byline_nodes: Vec<u32>,
    /// First `<time datetime>` value.
    pub first_time: Option<String>,
}

/// Text content of an element (decoded, collapsed), skipping scripts.
pub(crate) fn element_text(dom: &Dom, id: u32, limit: usize) -> String {
    let mut out = String::new();
    let mut pending = false;
    let mut cur = dom.node(id).first_child;
    if cur == NONE {
        return out;
    }
    // Iterative pre-order walk inside `id`.
    loop {
        let n = dom.node(cur);
        // White-space texts have no nodes; their neighbours say where they were.
        if n.space_before {
            pending = true;
        }
        let mut descend = false;
        match n.tag {
            Tag::Text => super::text::push_collapsed(&mut out, dom.raw(cur), &mut pending),
            t if t.has(super::tags::SKIP) && t != Tag::Img => {}
            t => {
                if super::dom::is_block(t) {
                    pending = true;
                }
                descend = true;
            }
        }
        if out.len() >= limit {
            break;
        }
        if descend && n.first_child != NONE {
            cur = n.first_child;
            continue;
        }
        if descend && n.space_at_end {
            pending = true;
        }
        // Next sibling, climbing up as needed, never above `id`.
        let mut c = cur;
        loop {
            if c == id {
                return out;
            }
            let node = dom.node(c);
            if node.next_sibling != NONE {
                c = node.next_sibling;
                break;
            }
            c = node.parent;
            if c == NONE || c == id {
                return out;
            }
            // Every child of `c` is done: a white-space text that ended it.
            if dom.node(c).space_at_end {
                pending = true;
            }
        }
        cur = c;
    }
    out
}

fn set_published(meta: &mut Meta, priority: u8, value: &str) {
    let v = clean(value);
    if v.is_empty() {
        return;
    }
    if meta.published.as_ref().is_none_or(|(p, _)| priority < *p) {
        meta.published = Some((priority, v));
    }
}

/// One pass over all elements collecting metadata. `flags` are the content
/// analysis's per-node flags: only elements it marked [`METADATA_ATTRS`]
/// (elements with text whose attributes carry microdata or a byline marker)
/// have their attributes read for microdata and bylines.
pub(crate) fn collect(dom: &Dom, flags: &[u16]) -> Meta {
    let mut meta = Meta::default();
    let mut best_rank = usize::MAX;
    for id in 1..dom.nodes.len() as u32 {
        let tag = dom.node(id).tag;
        match tag {
            Tag::Html => {
                if meta.lang.is_none() {
                    if let Some(lang) = dom.attr(id, "lang").or_else(|| dom.attr(id, "xml:lang")) {
                        meta.lang = normalise_lang(lang);
                    }
                }
            }
            Tag::Title => {
                if meta.title_tag.is_none() {
                    // Skip <title> inside <svg>.
                    if !in_svg(dom, id) {
                        let t = element_text(dom, id, 1000);
                        if !t.is_empty() {
                            meta.title_tag = Some(t);
                        }
                    }
                }
            }
            Tag::Meta => read_meta(dom, id, &mut meta),
            Tag::Link => {
                let rel = dom.attr(id, "rel").unwrap_or("");
                if rel
                    .split_ascii_whitespace()
                    .any(|r| r.eq_ignore_ascii_case("canonical"))
                    && meta.canonical.is_none()
                {
                    if let Some(href) = dom.attr(id, "href") {
                        let h = clean(href);
                        if !h.is_empty() {
                            meta.canonical = Some(h);
                        }
                    }
                }
            }
            Tag::Script => {
                let is_ld = dom
                    .attr(id, "type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
                if is_ld {
                    let child = dom.node(id).first_child;
                    if child != NONE {
                        read_jsonld(dom.raw(child), &mut meta.jsonld, &mut best_rank);
                    }
                }
            }
            Tag::H1 => {
                if meta.h1s.len() < 4 {
                    meta.h1s.push(id);
                }
            }
            Tag::Time => {
                if meta.first_time.is_none() {
                    if let Some(dt) = dom.attr(id, "datetime") {
                        let v = clean(dt);
                        if !v.is_empty() {
                            meta.first_time = Some(v);
                        }
                    }
                }
                if dom
                    .attr(id, "itemprop")
                    .is_some_and(|p| p.eq_ignore_ascii_case("datePublished"))
                {
                    if let Some(dt) = dom.attr(id, "datetime").or_else(|| dom.attr(id, "content")) {
                        set_published(&mut meta, 2, dt);
                    }
                }
            }
            Tag::Text | Tag::Root => {}
            _ => {
                // Microdata and byline markers on any element. The content
                // analysis scanned every element with text once and marked
                // those whose attributes can say something here.
                if flags.get(id as usize).is_none_or(|&f| f & METADATA_ATTRS == 0) {
                    continue;
                }
                let mut attrs = MetaAttrs::default();
                for (k, v) in dom.attrs(id) {
                    attrs.add(k, v);
                }
                if let Some(prop) = attrs.itemprop {
                    if prop.eq_ignore_ascii_case("datePublished") {
                        if let Some(dt) = attrs.content.or(attrs.datetime) {
                            set_published(&mut meta, 2, dt);
                        }
                    } else if prop.eq_ignore_ascii_case("author") && meta.byline_nodes.len() < 8 {
                        meta.byline_nodes.push(id);
                    }
                } else if meta.byline_nodes.len() < 8 && attrs.marks_byline(tag) {
                    meta.byline_nodes.push(id);
                }
            }
        }
    }
    meta
}

/// The attributes of an element that carry microdata or mark a byline
/// (the last of each name wins).
#[derive(Default)]
pub(crate) struct MetaAttrs<'a> {
    itemprop: Option<&'a str>,
    rel: Option<&'a str>,
    class: Option<&'a str>,
    content: Option<&'a str>,
    datetime: Option<&'a str>,
}

impl<'a> MetaAttrs<'a> {
    /// Takes in one attribute (raw value).
    pub(crate) fn add(&mut self, k: &'a str, v: &'a str) {
        match k.len() {
            3 if k.eq_ignore_ascii_case("rel") => self.rel = Some(v),
            5 if k.eq_ignore_ascii_case("class") => self.class = Some(v),
            7 if k.eq_ignore_ascii_case("content") => self.content = Some(v),
            8 if k.eq_ignore_ascii_case("itemprop") => self.itemprop = Some(v),
            8 if k.eq_ignore_ascii_case("datetime") => self.datetime = Some(v),
            _ => {}
        }
    }

    /// Whether [`collect`] can learn anything from these attributes on a
    /// `tag` element (a date or author in microdata, a byline marker).
    pub(crate) fn say_something(&self, tag: Tag) -> bool {
        self.itemprop.is_some() || self.marks_byline(tag)
    }

    /// `rel=author` on a link, or a byline class on a text element.
    fn marks_byline(&self, tag: Tag) -> bool {
        if tag == Tag::A && self.rel.is_some_and(|r| r.split_ascii_whitespace().any(|x| x.eq_ignore_ascii_case("author"))) {
            return true;
        }
        matches!(tag, Tag::Div | Tag::Span | Tag::P | Tag::A | Tag::Address | Tag::Other) && self.class.is_some_and(is_byline_class)
    }
}

/// A class naming a byline: "byline", or the word "author"/"authors".
///
/// Runs on the class of every element with text, so it is one pass over
/// the bytes that stops only at a `b` or an `a` (either case) instead of
/// comparing a window at every byte or splitting the value into words.
/// (Class values are short: a plain loop beats setting up `memchr`.)
fn is_byline_class(class: &str) -> bool {
    let b = class.as_bytes();
    // "author" or "authors" as a whole word (words are runs of ASCII
    // letters and digits).
    let word_edge = |i: usize| b.get(i).is_none_or(|c| !c.is_ascii_alphanumeric());
    for (i, &c) in b.iter().enumerate() {
        match c | 0x20 {
            b'b' if b.get(i..i + 6).is_some_and(|w| w.eq_ignore_ascii_case(b"byline")) => return true,
            b'a' if (i == 0 || word_edge(i - 1))
                && b.get(i..i + 6).is_some_and(|w| w.eq_ignore_ascii_case(b"author"))
                && (word_edge(i + 6) || (b[i + 6].eq_ignore_ascii_case(&b's') && word_edge(i + 7))) =>
            {
                return true
            }
            _ => {}
        }
    }
    false
}

fn in_svg(dom: &Dom, id: u32) -> bool {
    let mut p = dom.node(id).parent;
    let mut steps = 0;
    while p != NONE && steps < 64 {
        if dom.node(p).tag == Tag::Svg {
            return true;
        }
        p = dom.node(p).parent;
        steps += 1;
    }
    false
}

fn read_meta(dom: &Dom, id: u32, meta: &mut Meta) {
    let mut key: Option<&str> = None;
    let mut content: Option<&str> = None;
    for (k, v) in dom.attrs(id) {
        if k.eq_ignore_ascii_case("property")
            || k.eq_ignore_ascii_case("name")
            || k.eq_ignore_ascii_case("itemprop")
        {
            if key.is_none() {
                key = Some(v);
            }
        } else if k.eq_ignore_ascii_case("http-equiv") && v.eq_ignore_ascii_case("content-language")
        {
            key = Some("content-language");
        } else if k.eq_ignore_ascii_case("content") {
            content = Some(v);
        }
    }
    let (Some(key), Some(content)) = (key, content) else {
        return;
    };
    let key = key.trim().to_ascii_lowercase();
    let value = || {
        let v = clean(content);
        (!v.is_empty()).then_some(v)
    };
    match key.as_str() {
        "og:title" if meta.og_title.is_none() => meta.og_title = value(),
        "twitter:title" if meta.twitter_title.is_none() => meta.twitter_title = value(),
        "og:site_name" if meta.site_name.is_none() => meta.site_name = value(),
        "application-name" | "apple-mobile-web-app-title" if meta.application_name.is_none() => {
            meta.application_name = value()
        }
        "og:url" if meta.og_url.is_none() => meta.og_url = value(),
        "article:published_time" | "og:article:published_time" => set_published(meta, 0, content),
        "datepublished" => set_published(meta, 2, content),
        "pubdate"
        | "publishdate"
        | "publish-date"
        | "publish_date"
        | "published_date"
        | "article.published"
        | "dc.date.issued"
        | "dcterms.issued"
        | "dc.date"
        | "dcterms.date"
        | "dcterms.created"
        | "sailthru.date"
        | "parsely-pub-date"
        | "date"
        | "og:published_time"
        | "article_date_original"
        | "cxenseparse:recs:publishtime"
        | "originalpublicationdate" => set_published(meta, 3, content),
        "author" | "article:author" | "dc.creator" | "parsely-author" | "sailthru.author"
        | "byl" => {
            if let Some(v) = value() {
                if !v.starts_with("http") && meta.meta_authors.is_empty() {
                    meta.meta_authors = split_names(&v);
                }
            }
        }
        "content-language" | "og:locale" if meta.lang.is_none() => {
            meta.lang = normalise_lang(content)
        }
        _ => {}
    }
}

/// Primary language subtag, lower-case ("en-US" → "en", "pt_BR" → "pt").
pub(crate) fn normalise_lang(raw: &str) -> Option<String> {
    let first = raw.trim().split([',', ';']).next()?.trim();
    let primary = first.split(['-', '_']).next()?.trim();
    if primary.is_empty() || primary.len() > 8 || !primary.bytes().all(|b| b.is_ascii_alphabetic())
    {
        return None;
    }
    Some(primary.to_ascii_lowercase())
}

/// Splits a byline into names: drops a leading "By", splits on commas,
/// " and ", "&", and drops trailing roles after a separator.
pub(crate) fn split_names(raw: &str) -> Vec<String> {
    let mut s = raw.trim();
    for prefix in [
        "By ", "by ", "BY ", "Por ", "por ", "Von ", "von ", "Par ", "par ", "Di ", "Oleh ",
    ] {
        if let Some(rest) = s.strip_prefix(prefix) {
            s = rest.trim_start();
            break;
        }
    }
    // Drop "| Role", "— Role" and everything after a line-like separator.
    for sep in ['|', '—', '\u{2013}', '•', '·'] {
        if let Some(i) = s.find(sep) {
            s = &s[..i];
        }
    }
    let mut names = Vec::new();
    for part in s.split([',', '&', ';']) {
        for name in part.split(" and ") {
            // A name ends where a handle, a date or a time starts
            // ("Jane Doe @jdoe Nov 18", "Associated Press November 19").
            let mut words = Vec::new();
            for w in name.split_whitespace() {
                if w.starts_with('@') || w.chars().any(|c| c.is_ascii_digit()) || is_month_word(w) {
                    break;
                }
                words.push(w);
            }
            let joined = words.join(" ");
            let name = joined.trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '\'');
            let name = name.strip_prefix("and ").unwrap_or(name).trim();
            if name.is_empty()
                || name.chars().count() > 60
                || name.contains(['(', ')', ':', '?', '!'])
            {
                continue;
            }
            let words = name.split_whitespace().count();
            if !(1..=5).contains(&words) {
                continue;
            }
            if !names.iter().any(|n: &String| n == name) {
                names.push(name.to_string());
            }
        }
    }
    names
}

fn is_month_word(w: &str) -> bool {
    const MONTHS: &[&str] = &[
        "jan",
        "january",
        "feb",
        "february",
        "mar",
        "march",
        "apr",
        "april",
        "jun",
        "june",
        "jul",
        "july",
        "aug",
        "august",
        "sep",
        "sept",
        "september",
        "oct",
        "october",
        "nov",
        "november",
        "dec",
        "december",
    ];
    let w = w.trim_end_matches(['.', ',']);
    MONTHS.iter().any(|m| w.eq_ignore_ascii_case(m))
        && w.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Removes a trailing " | Site" / " - Site" / " — Site" part from a title.
pub(crate) fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    let t = title.trim();
    if let Some(site) = site {
        for sep in [" | ", " - ", " – ", " — ", " :: ", " · ", " » "] {
            if let Some(head) = t
                .strip_suffix(site)
                .and_then(|h| h.strip_suffix(sep.trim_end()))
            {
                return head.trim().to_string();
            }
            if let Some(rest) = t
                .strip_prefix(site)
                .and_then(|r| r.strip_prefix(sep.trim_start()))
            {
                return rest.trim().to_string();
            }
        }
    }
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · ", " » "] {
        if let Some(i) = t.rfind(sep) {
            let (head, tail) = (&t[..i], &t[i + sep.len()..]);
            // Only a short tail is a site name.
            if tail.split_whitespace().count() <= 4 && head.split_whitespace().count() >= 3 {
                return head.trim().to_string();
            }
        }
    }
    t.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(
            split_names("By Jane Doe and John Roe"),
            vec!["Jane Doe", "John Roe"]
        );
        assert_eq!(
            split_names("By JANE DOE, Associated Press"),
            vec!["JANE DOE", "Associated Press"]
        );
        assert_eq!(split_names("Ana Lima | Staff writer"), vec!["Ana Lima"]);
        assert_eq!(
            split_names("Bryan Doe @BryanDoe Nov 18, 2019 at 9:24 pm ET"),
            vec!["Bryan Doe"]
        );
        assert_eq!(
            split_names("Associated Press November 19, 2019, 9:02 AM"),
            vec!["Associated Press"]
        );
        assert!(split_names("Name (required)").is_empty());
    }

    /// The word-splitting definition `is_byline_class` must agree with.
    fn is_byline_class_reference(class: &str) -> bool {
        let b = class.as_bytes();
        b.windows(6).any(|w| w.eq_ignore_ascii_case(b"byline"))
            || b.split(|c| !c.is_ascii_alphanumeric())
                .any(|w| w.eq_ignore_ascii_case(b"author") || w.eq_ignore_ascii_case(b"authors"))
    }

    #[test]
    fn byline_classes() {
        let pieces = ["author", "Authors", "AUTHOR", "authorship", "coauthor", "s", "a", "b", "byline", "ByLine", "bylin", "-", "_", " ", "x", "9", "é", "name"];
        let mut checked = 0;
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let class = format!("{a}{b}{c}");
                    assert_eq!(is_byline_class(&class), is_byline_class_reference(&class), "{class:?}");
                    checked += usize::from(is_byline_class(&class));
                }
            }
        }
        assert!(checked > 100);
        assert!(is_byline_class("post-author vcard"));
        assert!(!is_byline_class("coauthors authorship"));
    }

    #[test]
    fn langs() {
        assert_eq!(normalise_lang("en-US").as_deref(), Some("en"));
        assert_eq!(normalise_lang("pt_BR").as_deref(), Some("pt"));
        assert_eq!(normalise_lang("  ").as_deref(), None);
    }

    #[test]
    fn site_suffix() {
        assert_eq!(
            strip_site_suffix("Big storm hits the coast | The Daily", Some("The Daily")),
            "Big storm hits the coast"
        );
        assert_eq!(
            strip_site_suffix("Big storm hits the coast - Daily", None),
            "Big storm hits the coast"
        );
        assert_eq!(strip_site_suffix("A - B", None), "A - B");
    }
}
