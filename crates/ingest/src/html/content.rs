//! Main-content detection: which part of the tree is the article, and which
//! blocks inside it are text a reader would read as the article.
//!
//! 1. Every element whose own inline text forms a block (a paragraph, a
//!    list item, a `<div>` with bare text) gets a weight: long text with few
//!    links counts for the article, link lists and text under
//!    boilerplate-named elements (comments, share bars, related links…)
//!    count against it, short fragments count slightly against it.
//! 2. The container is the element whose subtree has the largest total
//!    weight: it takes in every paragraph of the article and stops where
//!    adding more of the page adds more boilerplate than text.
//! 3. Inside the container, boilerplate subtrees, link lists, forms,
//!    figures, the headline and hidden elements are left out, and the rest
//!    is emitted as blocks in reading order.
//!
//! All passes are linear over the node arena and iterative.

use super::dom::{is_block, Dom, NONE};
use super::meta::MetaAttrs;
use super::signals::{classify, Evidence, NameCache, Signal};
use super::tags::{Tag, SKIP};
use super::text::{push_collapsed, push_preformatted};
use super::{Block, BlockKind};

// Per-node flag bits.
/// The node or an ancestor is never text (script, hidden…).
const SKIPPED: u16 = 1 << 0;
/// Inside an `<a>`.
const IN_LINK: u16 = 1 << 1;
/// The element's own naming or tag says boilerplate.
const NEG_OWN: u16 = 1 << 2;
/// The node is inside boilerplate (after protection of main wrappers).
const BOILER: u16 = 1 << 3;
/// The subtree holds an `<h1>` or a strongly-positive element.
const ANCHOR: u16 = 1 << 4;
/// The element itself is named as the main text.
const STRONG: u16 = 1 << 5;
/// The element is named as comments.
const COMMENTS: u16 = 1 << 6;
/// The element is named both as boilerplate and as content.
const MIXED: u16 = 1 << 7;
/// Inside a comment section (second flag byte).
const IN_COMMENTS: u16 = 1 << 8;
/// Inside an element named as the main text.
const IN_STRONG: u16 = 1 << 9;
/// The element has text and attributes that say something to the metadata
/// pass (microdata, a byline marker): see [`super::meta::MetaAttrs`].
pub(crate) const METADATA_ATTRS: u16 = 1 << 10;

/// How long a block's own text must be (non-space bytes) to count as a
/// paragraph of prose.
const PARAGRAPH_MIN: u32 = 80;
/// Above this link density a block or subtree is navigation.
const LINK_DENSITY_MAX: f32 = 0.5;

/// The result of content extraction.
pub(crate) struct Extraction {
    pub blocks: Vec<Block>,
    pub captions: Vec<String>,
}

/// Per-node measurements.
pub(crate) struct Analysis {
    pub flags: Vec<u16>,
    /// Non-space bytes of text in the subtree (outside skipped parts).
    pub text_len: Vec<u32>,
    /// The part of `text_len` inside links.
    pub link_len: Vec<u32>,
    /// Text whose nearest block ancestor is this element.
    pub direct_len: Vec<u32>,
    /// Sum over the subtree of prose paragraphs' lengths, ignoring naming.
    pub prose: Vec<u32>,
    /// Visible text bytes in the subtree, hidden elements included.
    pub raw_len: Vec<u32>,
    pub score: Vec<f32>,
    /// The element whose subtree weighs most (see [`best_container`]).
    pub container: u32,
}

#[inline]
fn visible_len(s: &str) -> u32 {
    // Bytes above ' ' (control characters count as space). Counted in
    // 128-byte chunks with a byte-sized counter so that it vectorises 32
    // bytes at a time (a `u32` counter per byte took four times as many
    // instructions; this runs over all the text of the page).
    s.as_bytes()
        .chunks(128)
        .map(|chunk| u32::from(chunk.iter().fold(0u8, |n, &b| n + u8::from(b > b' '))))
        .sum()
}

/// Elements with less visible text than this are only classified by name
/// when the emitter meets them inside the container: they cannot move the
/// container choice, and most elements of a page are such.
const CLASSIFY_MIN_TEXT: u32 = 24;

/// The flag bits an element's own naming gives it.
fn naming_flags(dom: &Dom, id: u32, tag: Tag) -> u16 {
    signal_flags(classify(dom.attrs(id)), tag)
}

/// The flag bits a naming verdict gives an element.
fn signal_flags(signal: Signal, tag: Tag) -> u16 {
    let wrapper_tag = matches!(tag, Tag::Html | Tag::Body);
    match signal {
        Signal::Hidden => SKIPPED,
        Signal::Negative if !wrapper_tag => NEG_OWN,
        Signal::MixedNegative if !wrapper_tag => NEG_OWN | MIXED,
        Signal::Comments if !wrapper_tag => NEG_OWN | COMMENTS,
        Signal::StrongPositive => STRONG | ANCHOR,
        _ => 0,
    }
}

fn is_semantic_boilerplate(tag: Tag) -> bool {
    matches!(
        tag,
        Tag::Nav
            | Tag::Aside
            | Tag::Footer
            | Tag::Header
            | Tag::Figure
            | Tag::Address
            | Tag::Dialog
            | Tag::Menu
    )
}

pub(crate) fn analyse(dom: &Dom) -> Analysis {
    let n = dom.nodes.len();
    let mut flags = vec![0u16; n];
    // Pass 0, bottom-up: which elements have any text at all (outside
    // scripts and the like, which the tree builder marked), so that only
    // those have their attributes read. `raw_len` keeps each text node's
    // visible length for pass 2.
    let mut raw_len = vec![0u32; n];
    for id in (1..n).rev() {
        let node = &dom.nodes[id];
        if node.tag == Tag::Text && !node.skip_tag {
            raw_len[id] = visible_len(dom.raw(id as u32));
        }
        if node.parent != NONE && raw_len[id] > 0 {
            raw_len[node.parent as usize] += raw_len[id];
        }
    }
    // Pass 1, top-down: skipped, links, own naming.
    let mut names = NameCache::default();
    for id in 1..n {
        let node = &dom.nodes[id];
        let parent_flags = if node.parent == NONE {
            0
        } else {
            flags[node.parent as usize]
        };
        let mut f = parent_flags & (SKIPPED | IN_LINK);
        match node.tag {
            Tag::Text => {}
            tag => {
                if tag.has(SKIP) {
                    f |= SKIPPED;
                }
                if tag == Tag::A {
                    f |= IN_LINK;
                }
                if f & SKIPPED == 0 && node.end > node.start && raw_len[id] > 0 {
                    // One scan of the attributes serves the naming (for
                    // elements with enough text) and the metadata pass
                    // (every element with text), which would otherwise
                    // parse them again.
                    let named = raw_len[id] >= CLASSIFY_MIN_TEXT;
                    let mut evidence = Evidence::default();
                    let mut meta_attrs = MetaAttrs::default();
                    for (k, v) in dom.attrs(id as u32) {
                        if named {
                            evidence.add_cached(k, v, &mut names);
                        }
                        meta_attrs.add(k, v);
                    }
                    if named {
                        f |= signal_flags(evidence.signal(), tag);
                    }
                    if meta_attrs.say_something(tag) {
                        f |= METADATA_ATTRS;
                    }
                }
                if is_semantic_boilerplate(tag) && f & STRONG == 0 {
                    f |= NEG_OWN;
                }
                if tag == Tag::H1 {
                    f |= ANCHOR;
                }
            }
        }
        flags[id] = f;
    }

    // Pass 2, bottom-up: text lengths, per-block own text, prose.
    let mut text_len = vec![0u32; n];
    let mut link_len = vec![0u32; n];
    let mut direct_len = vec![0u32; n];
    let mut direct_link = vec![0u32; n];
    // Length of the link text a block starts with (0 if it starts with plain
    // text). Written for every text node in reverse order, so the block's
    // first text node has the last word.
    let mut leading_link = vec![0u32; n];
    let mut prose = vec![0u32; n];
    // The largest prose of any element but the root.
    let mut most_prose = 0u32;
    for id in (1..n).rev() {
        let node = &dom.nodes[id];
        if node.tag == Tag::Text && flags[id] & SKIPPED == 0 {
            let len = raw_len[id];
            if len > 0 {
                text_len[id] = len;
                if flags[id] & IN_LINK != 0 {
                    link_len[id] = len;
                }
                // The nearest block ancestor owns this text.
                let mut owner = node.parent;
                let mut steps = 0;
                while owner != 0
                    && owner != NONE
                    && !is_block(dom.nodes[owner as usize].tag)
                    && steps < 32
                {
                    owner = dom.nodes[owner as usize].parent;
                    steps += 1;
                }
                if owner == NONE {
                    owner = 0;
                }
                direct_len[owner as usize] += len;
                if flags[id] & IN_LINK != 0 {
                    direct_link[owner as usize] += len;
                    leading_link[owner as usize] = len;
                } else {
                    leading_link[owner as usize] = 0;
                }
            }
        }
        // Every text node under `id` has a larger index, so `direct_len`
        // and `direct_link` of `id` are complete here and its prose can be
        // summed in the same pass.
        let d = direct_len[id];
        if d >= PARAGRAPH_MIN && (direct_link[id] as f32) < 0.3 * d as f32 {
            prose[id] += d;
        }
        most_prose = most_prose.max(prose[id]);
        let p = node.parent;
        if p != NONE {
            text_len[p as usize] += text_len[id];
            link_len[p as usize] += link_len[id];
            prose[p as usize] += prose[id];
            flags[p as usize] |= flags[id] & ANCHOR;
        }
    }
    let total_prose = most_prose.max(prose[0]);

    // Pass 3, top-down: boilerplate context. Naming steers the container
    // choice only softly (prose under boilerplate names counts a quarter),
    // since a mislabelled wrapper would otherwise sink the whole article,
    // except for comment sections, whose long prose would otherwise attract
    // the container (it counts against it). Wrappers are recognised: an
    // element holding most of the page's prose and the headline or a
    // main-text marker, one whose name mixes content and layout words
    // ("content-with-sidebar"), and one holding most of the text of a
    // main-text-named ancestor (page builders call every box a "widget").
    let mut strong_prose = vec![0u32; n];
    for id in 1..n {
        let node = &dom.nodes[id];
        let parent = if node.parent == NONE {
            0
        } else {
            node.parent as usize
        };
        strong_prose[id] = if flags[id] & STRONG != 0 {
            prose[id]
        } else {
            strong_prose[parent]
        };
        let mut f = flags[id] | (flags[parent] & (BOILER | IN_COMMENTS | IN_STRONG));
        if f & STRONG != 0 {
            f |= IN_STRONG;
        }
        if f & NEG_OWN != 0 {
            let p = prose[id] as f32;
            let holds_most = prose[id] > 0 && p >= 0.5 * total_prose as f32;
            let holds_main =
                prose[id] > 0 && strong_prose[parent] > 0 && p >= 0.5 * strong_prose[parent] as f32;
            let anchored = holds_most && flags[id] & ANCHOR != 0;
            if flags[id] & COMMENTS != 0 {
                if !anchored {
                    f |= IN_COMMENTS;
                }
            } else if !(anchored || holds_main || flags[id] & MIXED != 0) {
                f |= BOILER;
            }
        }
        flags[id] = f;
    }

    // Pass 4, bottom-up: block weights summed over subtrees.
    let mut score = vec![0f32; n];
    // The container (see `best_container`) is chosen in the same pass: a
    // node's score is final once the walk reaches it.
    let mut best = 0u32;
    let mut best_score = f32::MIN;
    for id in (1..n).rev() {
        let d = direct_len[id];
        if d > 0 && flags[id] & SKIPPED == 0 {
            score[id] += block_weight(
                dom.nodes[id].tag,
                d,
                direct_link[id],
                leading_link[id],
                flags[id],
            );
        }
        // An element named as the main text, holding prose, is preferred
        // over its parts: half its non-link text counts again.
        if flags[id] & STRONG != 0
            && flags[id] & (SKIPPED | IN_COMMENTS) == 0
            && text_len[id].saturating_sub(link_len[id]) >= 200
        {
            score[id] += 0.5 * text_len[id].saturating_sub(link_len[id]) as f32;
        }
        let s = score[id];
        // Walking backwards, only a strictly higher score replaces the
        // best, so ties go to the later (deeper) element.
        if s > best_score && s > 0.0 && dom.nodes[id].tag != Tag::Text && flags[id] & SKIPPED == 0 {
            best_score = s;
            best = id as u32;
        }
        let p = dom.nodes[id].parent;
        if p != NONE {
            score[p as usize] += s;
        }
    }
    Analysis {
        flags,
        text_len,
        link_len,
        direct_len,
        prose,
        raw_len,
        score,
        container: best,
    }
}

fn block_weight(tag: Tag, len: u32, link: u32, leading_link: u32, flags: u16) -> f32 {
    let l = len as f32;
    let density = link as f32 / l;
    if flags & IN_COMMENTS != 0 {
        return -l;
    }
    // A teaser: a headline link followed by a summary ("Storm hits coast
    // WASHINGTON: A storm…"). Article paragraphs do not open with a long link.
    if leading_link >= 20
        && leading_link as f32 >= 0.15 * l
        && tag != Tag::P
        && flags & IN_STRONG == 0
    {
        return -0.5 * l;
    }
    if density > LINK_DENSITY_MAX {
        // A paragraph with a sentence of its own besides many links (inline
        // pop-ups, heavy cross-linking) still reads as prose.
        let plain = len.saturating_sub(link);
        if tag == Tag::P && plain >= PARAGRAPH_MIN {
            return plain as f32 - 0.5 * link as f32;
        }
        return -l;
    }
    let w = if tag.heading_level() > 0 {
        0.0
    } else if len >= PARAGRAPH_MIN {
        l * (1.0 - density)
    } else if len >= 30 && tag == Tag::P {
        0.5 * l
    } else if matches!(tag, Tag::Td | Tag::Th | Tag::Li | Tag::Dd | Tag::Dt) {
        // Table cells and list items are short by nature.
        0.0
    } else {
        -0.3 * l
    };
    if flags & BOILER != 0 && w > 0.0 {
        0.25 * w
    } else {
        w
    }
}

/// The element whose subtree weighs most (ties go to the deeper one).
/// `analyse` finds it while summing the scores ([`Analysis::container`]);
/// this is the definition, kept for the test that they agree.
#[cfg(test)]
pub(crate) fn best_container(dom: &Dom, a: &Analysis) -> u32 {
    let mut best = 0u32;
    let mut best_score = f32::MIN;
    for id in 1..dom.nodes.len() {
        let node = &dom.nodes[id];
        if node.tag == Tag::Text || a.flags[id] & SKIPPED != 0 {
            continue;
        }
        if a.score[id] >= best_score && a.score[id] > 0.0 {
            best_score = a.score[id];
            best = id as u32;
        }
    }
    best
}

struct Emitter<'a, 'd> {
    dom: &'d Dom<'a>,
    a: &'d Analysis,
    container: u32,
    blocks: Vec<Block>,
    captions: Vec<String>,
    buf: String,
    pending_space: bool,
    pre: u32,
    quote: u32,
    list_item: u32,
    heading: u32,
}

impl Emitter<'_, '_> {
    fn flush(&mut self) {
        self.pending_space = false;
        let text = if self.pre > 0 {
            self.buf.trim_matches(|c| c == '\n' || c == ' ').to_string()
        } else {
            self.buf.trim().to_string()
        };
        self.buf.clear();
        if text.is_empty() {
            return;
        }
        let kind = if self.heading > 0 {
            BlockKind::Heading
        } else if self.pre > 0 {
            BlockKind::Preformatted
        } else if self.quote > 0 {
            BlockKind::Quote
        } else if self.list_item > 0 {
            BlockKind::ListItem
        } else {
            BlockKind::Paragraph
        };
        self.blocks.push(Block { kind, text });
    }

    /// Whether to leave out an element (and its subtree) from the body.
    fn excluded(&self, id: u32) -> bool {
        let i = id as usize;
        let node = self.dom.node(id);
        let mut f = self.a.flags[i];
        // Naming only adds flags: an element already skipped (an image, a
        // script, anything inside them) needs no reading of its attributes.
        if f & SKIPPED != 0 {
            return true;
        }
        if self.a.raw_len[i] < CLASSIFY_MIN_TEXT && node.end > node.start {
            f |= naming_flags(self.dom, id, node.tag);
        }
        if f & SKIPPED != 0 {
            return true;
        }
        if f & NEG_OWN != 0 {
            // Boilerplate-named, unless it holds most of the container's
            // prose (then it is a wrapper of the article, whatever its name).
            // (Prose, or plain text for tables and lists of short items.)
            let c = self.container as usize;
            let prose = self.a.prose[i];
            let plain = self.a.text_len[i].saturating_sub(self.a.link_len[i]);
            let container_plain = self.a.text_len[c].saturating_sub(self.a.link_len[c]);
            let holds_most = (prose > 0 && prose as f32 >= 0.5 * self.a.prose[c] as f32)
                || (plain > 0 && plain as f32 >= 0.5 * container_plain as f32);
            let wrapper = holds_most && (f & COMMENTS == 0 || f & ANCHOR != 0);
            if !wrapper {
                return true;
            }
        }
        if matches!(node.tag, Tag::H1 | Tag::Figcaption | Tag::Figure) {
            return true;
        }
        if node.tag == Tag::Form {
            return self.a.prose[i] * 2 < self.a.prose[self.container as usize];
        }
        if is_block(node.tag) && self.a.text_len[i] > 0 {
            let density = self.a.link_len[i] as f32 / self.a.text_len[i] as f32;
            let plain = self.a.text_len[i].saturating_sub(self.a.link_len[i]);
            if density > LINK_DENSITY_MAX && !(node.tag == Tag::P && plain >= PARAGRAPH_MIN) {
                return true;
            }
        }
        false
    }

    fn enter(&mut self, id: u32) -> bool {
        let node = self.dom.node(id);
        match node.tag {
            Tag::Text => {
                if self.pre > 0 {
                    push_preformatted(&mut self.buf, self.dom.raw(id));
                } else {
                    push_collapsed(&mut self.buf, self.dom.raw(id), &mut self.pending_space);
                }
                false
            }
            Tag::Br => {
                if self.pre > 0 {
                    self.buf.push('\n');
                } else {
                    self.flush();
                }
                false
            }
            tag => {
                if id != self.container && self.excluded(id) {
                    if self.pre == 0 && !is_block(tag) {
                        self.pending_space = true;
                    }
                    return false;
                }
                if is_block(tag) {
                    self.flush();
                    match tag {
                        Tag::Pre | Tag::Listing => self.pre += 1,
                        Tag::Blockquote => self.quote += 1,
                        Tag::Li | Tag::Dd | Tag::Dt => self.list_item += 1,
                        t if t.heading_level() > 0 => self.heading += 1,
                        _ => {}
                    }
                }
                true
            }
        }
    }

    fn exit(&mut self, id: u32) {
        let node = self.dom.node(id);
        // A white-space text that ended the element (it has no node).
        if node.space_at_end {
            self.pending_space = true;
        }
        let tag = node.tag;
        if is_block(tag) {
            self.flush();
            match tag {
                Tag::Pre | Tag::Listing => self.pre = self.pre.saturating_sub(1),
                Tag::Blockquote => self.quote = self.quote.saturating_sub(1),
                Tag::Li | Tag::Dd | Tag::Dt => self.list_item = self.list_item.saturating_sub(1),
                t if t.heading_level() > 0 => self.heading = self.heading.saturating_sub(1),
                _ => {}
            }
        }
    }

    /// Iterative pre-order walk of the container with enter/exit calls.
    fn run(&mut self) {
        let root = self.container;
        if !self.enter(root) {
            return;
        }
        let mut cur = self.dom.node(root).first_child;
        if cur == NONE {
            self.exit(root);
            return;
        }
        loop {
            // A white-space text before `cur` (it has no node). Not for the
            // container itself: the walk starts inside it.
            if self.dom.node(cur).space_before {
                self.pending_space = true;
            }
            let descend = self.enter(cur);
            let first = self.dom.node(cur).first_child;
            if descend && first != NONE {
                cur = first;
                continue;
            }
            if descend {
                self.exit(cur);
            }
            // Move to the next sibling, exiting finished ancestors.
            loop {
                let next = self.dom.node(cur).next_sibling;
                if next != NONE {
                    cur = next;
                    break;
                }
                let parent = self.dom.node(cur).parent;
                if parent == NONE {
                    return;
                }
                self.exit(parent);
                if parent == root {
                    return;
                }
                cur = parent;
            }
        }
    }
}

/// Collects figure captions in `scope`.
fn collect_captions(dom: &Dom, a: &Analysis, scope: u32, out: &mut Vec<String>) {
    let end = subtree_end(dom, scope);
    for id in scope as usize..end {
        if dom.nodes[id].tag == Tag::Figcaption && a.flags[id] & SKIPPED == 0 {
            let t = super::meta::element_text(dom, id as u32, 2000);
            if !t.is_empty() && !out.contains(&t) {
                out.push(t);
            }
        }
    }
}

/// One past the last node index in the subtree of `id` (subtrees are
/// contiguous index ranges because nodes are created in document order).
pub(crate) fn subtree_end(dom: &Dom, id: u32) -> usize {
    let mut cur = id;
    loop {
        let node = dom.node(cur);
        if node.last_child == NONE {
            return cur as usize + 1;
        }
        cur = node.last_child;
    }
}

/// The first `<h1>` inside `container` that reads like a headline (has
/// text, is not a logo link).
fn headline_in(dom: &Dom, a: &Analysis, container: u32) -> Option<u32> {
    let end = subtree_end(dom, container);
    (container as usize + 1..end)
        .find(|&i| {
            dom.nodes[i].tag == Tag::H1
                && a.text_len[i] >= 10
                && a.link_len[i] * 2 < a.text_len[i]
                && a.flags[i] & SKIPPED == 0
        })
        .map(|i| i as u32)
}

/// Narrows a container that took in more than the article, using the
/// headline as the anchor:
/// - a page listing several posts (`<article>`s with prose) under the
///   article: the `<article>` holding the headline, if it holds a fair share
///   of the prose;
/// - otherwise the lowest ancestor of the headline that holds most of the
///   container's prose and most of its weight (teaser grids after the
///   article add prose but sit outside the headline's own element).
fn narrow_to_headline(dom: &Dom, a: &Analysis, container: u32) -> u32 {
    let Some(h1) = headline_in(dom, a, container) else {
        return container;
    };
    let c = container as usize;
    let end = subtree_end(dom, container);
    let articles = (c + 1..end)
        .filter(|&i| dom.nodes[i].tag == Tag::Article && a.prose[i] > 0)
        .count();
    let mut lowest_major = None;
    let mut p = dom.node(h1).parent;
    while p != NONE && p != container {
        let i = p as usize;
        if articles >= 2
            && dom.nodes[i].tag == Tag::Article
            && a.prose[i] as f32 >= 0.2 * a.prose[c] as f32
        {
            return p;
        }
        if lowest_major.is_none()
            && a.prose[i] as f32 >= 0.5 * a.prose[c] as f32
            && a.score[i] >= 0.6 * a.score[c]
        {
            lowest_major = Some(p);
        }
        p = dom.node(p).parent;
    }
    lowest_major.unwrap_or(container)
}

pub(crate) fn extract(dom: &Dom, a: &Analysis) -> Extraction {
    let container = narrow_to_headline(dom, a, a.container);
    let mut em = Emitter {
        dom,
        a,
        container,
        blocks: Vec::new(),
        captions: Vec::new(),
        buf: String::new(),
        pending_space: false,
        pre: 0,
        quote: 0,
        list_item: 0,
        heading: 0,
    };
    if container != 0 || dom.nodes.len() > 1 {
        em.run();
        em.flush();
    }
    // Captions: figures of the article element around the container, if any.
    let mut scope = container;
    let mut p = container;
    let mut steps = 0;
    while p != NONE && p != 0 && steps < 8 {
        if matches!(dom.node(p).tag, Tag::Article | Tag::Main) {
            scope = p;
            break;
        }
        p = dom.node(p).parent;
        steps += 1;
    }
    let mut blocks = std::mem::take(&mut em.blocks);
    super::boiler::clean_blocks(&mut blocks);
    let mut captions = std::mem::take(&mut em.captions);
    collect_captions(dom, a, scope, &mut captions);
    Extraction { blocks, captions }
}

/// A description of the container choice, for debugging extraction.
pub(crate) fn explain(dom: &Dom, needle: Option<&str>) -> String {
    let a = analyse(dom);
    let container = a.container;
    let mut ids: Vec<usize> = (1..dom.nodes.len())
        .filter(|&i| dom.nodes[i].tag != Tag::Text)
        .collect();
    ids.sort_by(|&x, &y| {
        a.score[y]
            .partial_cmp(&a.score[x])
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let mut out = format!("container {}\n", describe(dom, container));
    for &i in ids.iter().take(12) {
        out.push_str(&format!(
            "  score {:8.0} prose {:6} text {:6} link {:6} flags {:010b} {}\n",
            a.score[i],
            a.prose[i],
            a.text_len[i],
            a.link_len[i],
            a.flags[i],
            describe(dom, i as u32)
        ));
    }
    if let Some(needle) = needle {
        if let Some(t) = (0..dom.nodes.len()).find(|&i| {
            dom.nodes[i].tag == Tag::Text
                && a.flags[i] & SKIPPED == 0
                && dom.raw(i as u32).contains(needle)
        }) {
            out.push_str("needle path:\n");
            let mut p = t as u32;
            while p != NONE && p != 0 {
                out.push_str(&format!(
                    "  flags {:010b} score {:8.0} direct {} {}\n",
                    a.flags[p as usize],
                    a.score[p as usize],
                    a.direct_len[p as usize],
                    describe(dom, p)
                ));
                p = dom.node(p).parent;
            }
        }
    }
    // Path of the container.
    let mut p = container;
    out.push_str("path:\n");
    while p != NONE && p != 0 {
        out.push_str(&format!(
            "  flags {:010b} score {:8.0} {}\n",
            a.flags[p as usize],
            a.score[p as usize],
            describe(dom, p)
        ));
        p = dom.node(p).parent;
    }
    out
}

fn describe(dom: &Dom, id: u32) -> String {
    let n = dom.node(id);
    let class = dom.attr(id, "class").unwrap_or("");
    let ident = dom.attr(id, "id").unwrap_or("");
    format!(
        "#{id} <{:?} class={:?} id={:?}>",
        n.tag,
        &class[..class.len().min(80)],
        ident
    )
}

/// Outline of the top levels of the tree (debugging).
pub(crate) fn outline(dom: &Dom, max_depth: usize) -> String {
    let mut out = String::new();
    let mut stack = vec![(0u32, 0usize)];
    while let Some((id, depth)) = stack.pop() {
        let n = dom.node(id);
        if n.tag != Tag::Text {
            out.push_str(&format!("{}{}\n", "  ".repeat(depth), describe(dom, id)));
        }
        if depth < max_depth {
            let mut kids = Vec::new();
            let mut c = n.first_child;
            while c != NONE {
                kids.push(c);
                c = dom.node(c).next_sibling;
            }
            for k in kids.into_iter().rev() {
                stack.push((k, depth + 1));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::dom::parse;

    #[test]
    fn visible_len_counts_bytes_above_space() {
        let mut next = crate::test_rng(0x94D0_49BB_1331_11EB);
        for len in [0, 1, 31, 127, 128, 129, 255, 256, 257, 1000, 5000] {
            for _ in 0..20 {
                let bytes: Vec<u8> = (0..len).map(|_| [b' ', b'a', b'\n', 0x01, 0x21, 0x7F][next(6)]).collect();
                let s = std::str::from_utf8(&bytes).unwrap_or("");
                let expected = s.bytes().filter(|&b| b > b' ').count() as u32;
                assert_eq!(visible_len(s), expected);
            }
        }
        // Every byte visible: the per-chunk counter reaches 128 without wrapping.
        assert_eq!(visible_len(&"é".repeat(300)), 600);
    }

    #[test]
    fn container_found_in_the_score_pass_is_the_best_container() {
        let paragraph = "<p>The committee met for the third time this week and again failed to agree on the budget, members said.</p>";
        let mut pages: Vec<String> = vec![
            include_str!("../../tests/fixtures/html/news_article.html").to_string(),
            include_str!("../../tests/fixtures/html/list_and_tweet.html").to_string(),
            include_str!("../../tests/fixtures/html/wrapped_blog.html").to_string(),
            String::new(),
            "just text".to_string(),
            // Ties: wrappers holding only the paragraph weigh the same as it.
            format!("<div><div><section>{paragraph}</section></div></div>"),
            format!("<div>{paragraph}</div><div>{paragraph}</div>"),
            format!("<article><h1>Title here</h1>{}</article><aside>{paragraph}</aside>", paragraph.repeat(3)),
            format!("<script>{paragraph}</script><div hidden>{paragraph}</div>"),
        ];
        let mut next = crate::test_rng(0x5851_F42D_4C95_7F2D);
        let parts = ["<div>", "</div>", "<p>", "</p>", "<a href=x>", "</a>", "<nav>", "</nav>", "<li>", paragraph, "short words here", "<div class=comments>", "<div class=article-body>"];
        for _ in 0..300 {
            pages.push((0..next(40)).map(|_| parts[next(parts.len())]).collect());
        }
        for page in &pages {
            let dom = parse(page);
            let a = analyse(&dom);
            assert_eq!(a.container, best_container(&dom, &a), "{page}");
        }
    }
}
