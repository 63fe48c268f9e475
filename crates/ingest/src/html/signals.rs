//! What an element's class, id, role and itemprop say about it.
//!
//! Web templates name their parts with a shared vocabulary
//! (`comments`, `share-bar`, `related-posts`, `entry-content`, …) regardless
//! of the site or the page's language. Matching is by substring over the
//! attribute value, ASCII case-insensitive, leftmost-longest, so a longer
//! harmless word ("commentary", "unrelated") shadows the shorter signal
//! inside it; short words that occur inside ordinary words ("ad", "nav",
//! "date") only count at word boundaries (non-letters or a camelCase step).

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

/// The verdict on one element's naming.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Signal {
    #[default]
    Neutral,
    /// Names the main text ("article-body", itemprop=articleBody).
    StrongPositive,
    /// Names something article-like ("post", "content", "story").
    WeakPositive,
    /// Names boilerplate (share bars, related links, ads…).
    Negative,
    /// Names a comment section or comment form.
    Comments,
    /// Names boilerplate and article-like things at once
    /// ("content-with-sidebar"): a layout wrapper as often as not.
    MixedNegative,
    /// Not shown to readers (hidden, screen-reader-only).
    Hidden,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Neutral,
    Strong,
    Weak,
    Negative,
    Comment,
    /// Page-layout words (sidebar, rail, widget): boilerplate, but also
    /// found on wrappers ("content-with-sidebar").
    Layout,
    /// An embedded post (tweet, Instagram): quoted material of the article.
    Embed,
    /// Image captions and credits (never article text, embed or not).
    Caption,
}

/// (pattern, kind, whole word only)
const PATTERNS: &[(&str, Kind, bool)] = &[
    // Main text.
    ("articlebody", Kind::Strong, false),
    ("article-body", Kind::Strong, false),
    ("article_body", Kind::Strong, false),
    ("article__body", Kind::Strong, false),
    ("articletext", Kind::Strong, false),
    ("article-text", Kind::Strong, false),
    ("article__text", Kind::Strong, false),
    ("articlecontent", Kind::Strong, false),
    ("article-content", Kind::Strong, false),
    ("article_content", Kind::Strong, false),
    ("article__content", Kind::Strong, false),
    ("story-body", Kind::Strong, false),
    ("storybody", Kind::Strong, false),
    ("story__body", Kind::Strong, false),
    ("story-content", Kind::Strong, false),
    ("storycontent", Kind::Strong, false),
    ("story-text", Kind::Strong, false),
    ("entry-content", Kind::Strong, false),
    ("entrycontent", Kind::Strong, false),
    ("entry_content", Kind::Strong, false),
    ("post-content", Kind::Strong, false),
    ("postcontent", Kind::Strong, false),
    ("post_content", Kind::Strong, false),
    ("post-body", Kind::Strong, false),
    ("postbody", Kind::Strong, false),
    ("post-text", Kind::Strong, false),
    ("body-text", Kind::Strong, false),
    ("bodytext", Kind::Strong, false),
    ("body-copy", Kind::Strong, false),
    ("content-body", Kind::Strong, false),
    ("rich-text", Kind::Strong, false),
    ("richtext", Kind::Strong, false),
    // Article-like.
    ("article", Kind::Weak, false),
    ("content", Kind::Weak, false),
    ("entry", Kind::Weak, false),
    ("post", Kind::Weak, true),
    ("story", Kind::Weak, false),
    ("body", Kind::Weak, true),
    ("text", Kind::Weak, true),
    ("main", Kind::Weak, true),
    ("prose", Kind::Weak, false),
    ("hentry", Kind::Weak, false),
    // Embedded posts quoted by the article.
    ("twitter-tweet", Kind::Embed, false),
    ("tweet", Kind::Embed, true),
    ("instagram-media", Kind::Embed, false),
    ("embed", Kind::Embed, true),
    // Harmless words that contain a signal.
    ("commentary", Kind::Neutral, false),
    ("shared", Kind::Neutral, false),
    ("shareholder", Kind::Neutral, false),
    ("unrelated", Kind::Neutral, false),
    ("subheader", Kind::Neutral, false),
    ("subhead", Kind::Neutral, false),
    ("footnote", Kind::Neutral, false),
    ("menuitem", Kind::Negative, false),
    ("paddington", Kind::Neutral, false),
    // Boilerplate.
    ("comment", Kind::Comment, false),
    ("disqus", Kind::Comment, false),
    ("respond", Kind::Comment, false),
    ("replies", Kind::Comment, false),
    ("reply", Kind::Comment, true),
    ("share", Kind::Negative, false),
    ("sharing", Kind::Negative, false),
    ("social", Kind::Negative, false),
    ("sociable", Kind::Negative, false),
    ("addthis", Kind::Negative, false),
    ("related", Kind::Negative, false),
    ("recommend", Kind::Negative, false),
    ("recirc", Kind::Negative, false),
    ("promo", Kind::Negative, false),
    ("newsletter", Kind::Negative, false),
    ("subscribe", Kind::Negative, false),
    ("subscription", Kind::Negative, false),
    ("signup", Kind::Negative, false),
    ("sign-up", Kind::Negative, false),
    ("cookie", Kind::Negative, false),
    ("consent", Kind::Negative, false),
    ("gdpr", Kind::Negative, false),
    ("popup", Kind::Negative, false),
    ("pop-up", Kind::Negative, false),
    ("modal", Kind::Negative, true),
    ("sidebar", Kind::Layout, false),
    ("side-bar", Kind::Layout, false),
    ("widget", Kind::Layout, false),
    ("breadcrumb", Kind::Negative, false),
    ("navbar", Kind::Negative, false),
    ("navigation", Kind::Negative, false),
    ("nav", Kind::Negative, true),
    ("subnav", Kind::Negative, false),
    ("menu", Kind::Negative, true),
    ("footer", Kind::Negative, false),
    ("masthead", Kind::Negative, false),
    ("header", Kind::Negative, true),
    ("toolbar", Kind::Negative, false),
    ("tools", Kind::Negative, true),
    ("tags", Kind::Negative, true),
    ("tag", Kind::Negative, true),
    ("taglist", Kind::Negative, false),
    ("tagcloud", Kind::Negative, false),
    ("keywords", Kind::Negative, false),
    ("topics", Kind::Negative, true),
    ("byline", Kind::Negative, false),
    ("dateline", Kind::Negative, false),
    ("timestamp", Kind::Negative, false),
    ("date", Kind::Negative, true),
    ("meta", Kind::Negative, true),
    ("metadata", Kind::Negative, false),
    ("author", Kind::Negative, false),
    ("bio", Kind::Negative, true),
    ("print", Kind::Negative, true),
    ("email", Kind::Negative, false),
    ("follow", Kind::Negative, false),
    ("readmore", Kind::Negative, false),
    ("read-more", Kind::Negative, false),
    ("readnext", Kind::Negative, false),
    ("read-next", Kind::Negative, false),
    ("more-stories", Kind::Negative, false),
    ("morestories", Kind::Negative, false),
    ("pagination", Kind::Negative, false),
    ("pager", Kind::Negative, true),
    ("trending", Kind::Negative, false),
    ("popular", Kind::Negative, false),
    ("most-read", Kind::Negative, false),
    ("mostread", Kind::Negative, false),
    ("outbrain", Kind::Negative, false),
    ("taboola", Kind::Negative, false),
    ("zergnet", Kind::Negative, false),
    ("sponsor", Kind::Negative, false),
    ("advert", Kind::Negative, false),
    ("ad", Kind::Negative, true),
    ("ads", Kind::Negative, true),
    ("adslot", Kind::Negative, false),
    ("adunit", Kind::Negative, false),
    ("dfp", Kind::Negative, true),
    ("banner", Kind::Negative, false),
    ("login", Kind::Negative, false),
    ("rating", Kind::Negative, false),
    ("caption", Kind::Caption, false),
    ("credit", Kind::Caption, false),
    ("skip", Kind::Negative, true),
    ("rail", Kind::Layout, true),
    ("copyright", Kind::Negative, false),
    ("donate", Kind::Negative, false),
    ("cta", Kind::Negative, true),
    ("teaser", Kind::Negative, false),
    ("carousel", Kind::Negative, false),
    ("slideshow", Kind::Negative, false),
    ("gallery", Kind::Negative, false),
];

/// Class tokens that hide an element. The last group names the cards a
/// template shows only while a link is hovered (a politician's name on
/// The Hill opens one listing that person's latest headlines): their text
/// sits inside the sentence in the HTML but is no part of it. Only the
/// card's own class counts, not "tooltip" on the visible term.
const HIDDEN_TOKENS: &[&str] = &[
    "hidden",
    "hide",
    "is-hidden",
    "d-none",
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "screen-reader-text",
    "screen-reader-only",
    "invisible",
    "rollover-block",
    "rollover-people-block",
    "hovercard",
    "hover-card",
    "tooltiptext",
    "tooltip-text",
    "tooltip-content",
    "popover-content",
    "popover-body",
];

fn automaton() -> Option<&'static AhoCorasick> {
    static AC: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    AC.get_or_init(|| {
        AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            // A full DFA: the pattern set is small and this runs on every
            // element with text.
            .kind(Some(AhoCorasickKind::DFA))
            .build(PATTERNS.iter().map(|p| p.0))
            .ok()
    })
    .as_ref()
}

#[inline]
fn is_boundary(b: &[u8], before: Option<usize>, after: Option<usize>) -> bool {
    // `before` is the index of the byte before the match; `after` the byte after.
    let ok_before = match before {
        None => true,
        Some(i) => {
            let c = b[i];
            !c.is_ascii_alphabetic() || (c.is_ascii_lowercase() && b[i + 1].is_ascii_uppercase())
        }
    };
    let ok_after = match after {
        None => true,
        Some(i) => {
            let c = b[i];
            !c.is_ascii_alphabetic() || (c.is_ascii_uppercase() && b[i - 1].is_ascii_lowercase())
        }
    };
    ok_before && ok_after
}

/// Whether a style value says `display:none` or `visibility:hidden`,
/// ignoring white space (`char::is_whitespace`) and ASCII case.
///
/// One pass over the characters with a match position per phrase, instead
/// of collecting a white-space-free lower-cased copy and searching it. A
/// mismatch may restart a phrase only at the current character because
/// neither phrase's first letter occurs again inside it (so no partial
/// match can begin within another).
fn style_hides(value: &str) -> bool {
    const PHRASES: [&[u8]; 2] = [b"display:none", b"visibility:hidden"];
    let mut matched = [0usize; 2];
    let mut step = |c: u8| {
        for (phrase, at) in PHRASES.iter().zip(matched.iter_mut()) {
            if c == phrase[*at] {
                *at += 1;
                if *at == phrase.len() {
                    return true;
                }
            } else {
                *at = usize::from(c == phrase[0]);
            }
        }
        false
    };
    if value.is_ascii() {
        // ASCII white space as `char::is_whitespace` has it (with U+000B).
        value
            .bytes()
            .filter(|&b| !matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' '))
            .any(|b| step(b.to_ascii_lowercase()))
    } else {
        // Non-ASCII characters never match a phrase byte: they count as 0.
        value
            .chars()
            .filter(|c| !c.is_whitespace())
            .any(|c| step(if c.is_ascii() { c.to_ascii_lowercase() as u8 } else { 0 }))
    }
}

/// Accumulated evidence over the attributes of one element.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Evidence {
    strong: bool,
    weak: bool,
    negative: bool,
    layout: bool,
    embed: bool,
    caption: bool,
    comment: bool,
    hidden: bool,
}

// What the words of a class or id value say: bits of [`NameVerdict::words`].
const WORD_STRONG: u8 = 1 << 0;
const WORD_WEAK: u8 = 1 << 1;
const WORD_NEGATIVE: u8 = 1 << 2;
const WORD_COMMENT: u8 = 1 << 3;
const WORD_LAYOUT: u8 = 1 << 4;
const WORD_EMBED: u8 = 1 << 5;
const WORD_CAPTION: u8 = 1 << 6;

/// What one class or id value says, whichever element carries it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct NameVerdict {
    /// `WORD_*` bits from the vocabulary.
    words: u8,
    /// One of its whitespace-separated tokens hides an element (counts for
    /// `class` only).
    hiding_token: bool,
}

fn scan_names(value: &str) -> u8 {
    let Some(ac) = automaton() else {
        return 0;
    };
    let b = value.as_bytes();
    let mut words = 0;
    for m in ac.find_iter(value) {
        let (kind, whole_word) = (
            PATTERNS[m.pattern().as_usize()].1,
            PATTERNS[m.pattern().as_usize()].2,
        );
        if whole_word {
            let before = m.start().checked_sub(1);
            let after = if m.end() < b.len() {
                Some(m.end())
            } else {
                None
            };
            if !is_boundary(b, before, after) {
                continue;
            }
        }
        words |= match kind {
            Kind::Strong => WORD_STRONG,
            Kind::Weak => WORD_WEAK,
            Kind::Negative => WORD_NEGATIVE,
            Kind::Comment => WORD_COMMENT,
            Kind::Layout => WORD_LAYOUT,
            Kind::Embed => WORD_EMBED,
            Kind::Caption => WORD_CAPTION,
            Kind::Neutral => 0,
        };
    }
    words
}

/// Reads one class or id value.
fn judge_name(value: &str) -> NameVerdict {
    NameVerdict {
        words: scan_names(value),
        hiding_token: value
            .split_ascii_whitespace()
            .any(|token| HIDDEN_TOKENS.iter().any(|h| token.eq_ignore_ascii_case(h))),
    }
}

/// Verdicts on the class and id values of one page, so that a value
/// repeated on many elements (every paragraph's class) is read once. A
/// small direct-mapped table: a slot holds the last value that hashed to
/// it; a collision only costs a new reading.
pub(crate) struct NameCache<'a> {
    slots: [(&'a str, NameVerdict); NAME_CACHE_SLOTS],
}

const NAME_CACHE_SLOTS: usize = 64;

impl Default for NameCache<'_> {
    fn default() -> Self {
        // The empty value says nothing, so empty slots are true entries.
        NameCache {
            slots: [("", NameVerdict::default()); NAME_CACHE_SLOTS],
        }
    }
}

impl<'a> NameCache<'a> {
    fn verdict(&mut self, value: &'a str) -> NameVerdict {
        let b = value.as_bytes();
        let hash = match b {
            [] => 0,
            [first, .., last] | [first @ last] => {
                b.len() ^ (usize::from(*first) << 1) ^ (usize::from(b[b.len() / 2]) << 2) ^ (usize::from(*last) << 3)
            }
        };
        let slot = &mut self.slots[hash % NAME_CACHE_SLOTS];
        if slot.0 != value {
            *slot = (value, judge_name(value));
        }
        slot.1
    }
}

/// Classifies an element from its attributes (raw values).
pub(crate) fn classify<'a>(attrs: impl Iterator<Item = (&'a str, &'a str)>) -> Signal {
    let mut ev = Evidence::default();
    for (name, value) in attrs {
        ev.add(name, value);
    }
    ev.signal()
}

impl Evidence {
    /// Takes in one attribute of the element (raw value). Callers that
    /// also need other attributes of the element feed the same scan to
    /// their own accumulators, so that it is parsed once.
    pub(crate) fn add(&mut self, name: &str, value: &str) {
        self.add_judged(name, value, judge_name);
    }

    /// [`Evidence::add`], reading class and id values through `cache`.
    pub(crate) fn add_cached<'a>(&mut self, name: &str, value: &'a str, cache: &mut NameCache<'a>) {
        self.add_judged(name, value, |v| cache.verdict(v));
    }

    fn add_words(&mut self, words: u8) {
        self.strong |= words & WORD_STRONG != 0;
        self.weak |= words & WORD_WEAK != 0;
        self.negative |= words & WORD_NEGATIVE != 0;
        self.comment |= words & WORD_COMMENT != 0;
        self.layout |= words & WORD_LAYOUT != 0;
        self.embed |= words & WORD_EMBED != 0;
        self.caption |= words & WORD_CAPTION != 0;
    }

    fn add_judged<'a>(&mut self, name: &str, value: &'a str, judge: impl FnOnce(&'a str) -> NameVerdict) {
        if name.eq_ignore_ascii_case("class") {
            let verdict = judge(value);
            self.hidden |= verdict.hiding_token;
            self.add_words(verdict.words);
        } else if name.eq_ignore_ascii_case("id") {
            self.add_words(judge(value).words);
        } else if name.eq_ignore_ascii_case("itemprop") {
            if value.eq_ignore_ascii_case("comment") || value.eq_ignore_ascii_case("comments") {
                self.comment = true;
            } else if value.eq_ignore_ascii_case("articleBody")
                || value.eq_ignore_ascii_case("text")
            {
                self.strong = true;
            } else if value.eq_ignore_ascii_case("author") {
                self.negative = true;
            }
        } else if name.eq_ignore_ascii_case("role") {
            let v = value.trim();
            if [
                "navigation",
                "banner",
                "contentinfo",
                "complementary",
                "search",
                "dialog",
                "menu",
                "menubar",
                "toolbar",
                "alert",
            ]
            .iter()
            .any(|r| v.eq_ignore_ascii_case(r))
            {
                self.negative = true;
            } else if v.eq_ignore_ascii_case("main") || v.eq_ignore_ascii_case("article") {
                self.weak = true;
            }
        } else if name.eq_ignore_ascii_case("hidden") {
            self.hidden = true;
        } else if name.eq_ignore_ascii_case("aria-hidden") {
            if value.trim().eq_ignore_ascii_case("true") {
                self.hidden = true;
            }
        } else if name.eq_ignore_ascii_case("style") && style_hides(value) {
            self.hidden = true;
        }
    }

    /// The verdict on everything taken in.
    pub(crate) fn signal(&self) -> Signal {
        if self.hidden {
            Signal::Hidden
        } else if self.strong {
            Signal::StrongPositive
        } else if self.comment {
            Signal::Comments
        } else if self.caption {
            Signal::Negative
        } else if self.embed {
            Signal::Neutral
        } else if self.layout && self.weak && !self.negative {
            Signal::MixedNegative
        } else if self.negative || self.layout {
            Signal::Negative
        } else if self.weak {
            Signal::WeakPositive
        } else {
            Signal::Neutral
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn class(v: &str) -> Signal {
        classify([("class", v)].into_iter())
    }

    #[test]
    fn vocabulary() {
        assert_eq!(class("entry-content clearfix"), Signal::StrongPositive);
        assert_eq!(class("comments-area"), Signal::Comments);
        assert_eq!(class("commentary"), Signal::Neutral);
        assert_eq!(class("footer-bottom-text"), Signal::Negative);
        assert_eq!(class("footer-wrap"), Signal::Negative);
        assert_eq!(class("footer-bottom-text"), Signal::Negative);
        assert_eq!(class("widget-area"), Signal::Negative);
        assert_eq!(class("content-with-sidebar"), Signal::MixedNegative);
        assert_eq!(class("article-widget article-tweet"), Signal::Neutral);
        assert_eq!(class("imageEmbedCaption"), Signal::Negative);
        assert_eq!(class("socialShareBar"), Signal::Negative);
        assert_eq!(class("post"), Signal::WeakPositive);
        assert_eq!(class("loading heading"), Signal::Neutral);
        assert_eq!(class("top-ad"), Signal::Negative);
        assert_eq!(class("adContainer"), Signal::Negative);
        assert_eq!(class("headAd"), Signal::Negative);
        assert_eq!(class("canvas unavailable"), Signal::Neutral);
        assert_eq!(class("candidate"), Signal::Neutral);
        assert_eq!(class("overflow-hidden"), Signal::Neutral);
        assert_eq!(class("sr-only"), Signal::Hidden);
        assert_eq!(class("rollover-people-block"), Signal::Hidden);
        assert_eq!(class("tooltip"), Signal::Neutral);
        assert_eq!(
            classify([("itemprop", "articleBody")].into_iter()),
            Signal::StrongPositive
        );
        assert_eq!(
            classify([("role", "navigation")].into_iter()),
            Signal::Negative
        );
        assert_eq!(
            classify([("style", "display: none")].into_iter()),
            Signal::Hidden
        );
    }

    /// The definition `style_hides` must agree with.
    fn style_hides_reference(value: &str) -> bool {
        let compact: String = value
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        compact.contains("display:none") || compact.contains("visibility:hidden")
    }

    #[test]
    fn style_hiding_agrees_with_the_definition() {
        let pieces = [
            "display", "DISPLAY", "dis play", "display:", ":", "none", "NoNe", "no\u{A0}ne", "visibility", "visi", "bility", "hidden", "hid\u{2003}den", "d", "v",
            " ", "\t", "\u{B}", "\u{85}", ";", "é", "x", "displaydisplay:", "visibilityvisibility",
        ];
        let mut next = crate::test_rng(0xE703_7ED1_A0B4_28DB);
        let mut hidden = 0;
        for _ in 0..50_000 {
            let value: String = (0..1 + next(8)).map(|_| pieces[next(pieces.len())]).collect();
            assert_eq!(style_hides(&value), style_hides_reference(&value), "{value:?}");
            hidden += usize::from(style_hides(&value));
        }
        assert!(hidden > 100);
        assert!(style_hides("color: red; Display : NONE"));
        assert!(!style_hides("display: block"));
    }

    #[test]
    fn cached_reading_agrees_with_direct_reading() {
        let values = [
            "", "entry-content", "comments-area", "hidden", "post sr-only", "nav", "main-nav", "x", "y",
            "sidebar widget", "article-body", "share", "footer", "ab", "ba", "a b", "b a", "tweet", "hide",
            "imageEmbedCaption", "content-with-sidebar", "menu", "related-posts",
        ];
        let names = ["class", "id", "CLASS", "role", "itemprop"];
        let mut cache = NameCache::default();
        let mut next = crate::test_rng(0xA076_1D64_78BD_642F);
        for _ in 0..20_000 {
            let (mut direct, mut cached) = (Evidence::default(), Evidence::default());
            for _ in 0..1 + next(3) {
                let (name, value) = (names[next(names.len())], values[next(values.len())]);
                direct.add(name, value);
                cached.add_cached(name, value, &mut cache);
            }
            assert_eq!(direct, cached);
        }
    }
}
