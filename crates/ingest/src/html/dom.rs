//! A small, forgiving HTML tokenizer and tree builder.
//!
//! Why our own instead of `tl` or html5ever: extraction has to run well
//! above 1,000 pages/s per core, so the tree is a flat arena of fixed-size
//! nodes (`Vec<Node>`, indices instead of pointers) whose text and
//! attributes stay as byte ranges into the source: building it allocates
//! nothing per node, attributes are only scanned when asked for, and every
//! walk over it is iterative, so a page nested 100k levels deep cannot
//! overflow the stack. `tl` is about as fast to parse but gives no
//! HTML-style implied end tags (`<p>` closed by a block, `<li>` by the next
//! `<li>`), keeps its own per-node attribute maps, and its recursive
//! accessors are not depth-safe; html5ever builds a full DOM at a fifth of
//! the speed.
//!
//! The tree builder follows the parts of the HTML5 algorithm that change
//! which text ends up under which element: void and raw-text elements,
//! `<p>` closed by block starts, `<li>`/`<dd>`/`<dt>`/table-cell implied
//! ends, end tags matched through the open-element stack within their scope,
//! and unmatched end tags ignored. It does not re-parent misnested
//! formatting elements (the adoption agency algorithm) or build implied
//! `<tbody>`/`<head>`/`<body>`, which do not change the text a reader sees.

use memchr::{memchr, memmem};

use super::scan::{attr_name_end, find_byte, find_byte3};

use super::tags::{
    Tag, BLOCK, CLOSES_P, FORMATTING, HEADING, RAW_TEXT, SCOPE, SKIP, SPECIAL, TAG_COUNT, VOID,
};

/// "No node" in the index links.
pub(crate) const NONE: u32 = u32::MAX;

/// How far up the open-element stack an end tag looks for its match. An end
/// tag for something opened deeper than this is ignored; this keeps
/// adversarial input (thousands of unmatched end tags under deep nesting)
/// linear.
const MAX_END_TAG_SEARCH: usize = 512;

/// One element or text node. Elements keep the byte range of their
/// attributes inside the start tag; text nodes the range of their raw text
/// (entities not yet decoded).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Node {
    pub tag: Tag,
    pub parent: u32,
    pub first_child: u32,
    pub last_child: u32,
    pub next_sibling: u32,
    pub start: u32,
    pub end: u32,
    /// For [`Tag::Other`]: a hash of the lower-case name, to match end tags.
    pub name_hash: u32,
    /// The node or an ancestor has a tag that is never text ([`SKIP`]:
    /// scripts, media, form controls…). Known when the node is created, so
    /// the content analysis needs no pass of its own to find it.
    pub skip_tag: bool,
    /// A text of ASCII white space only stood right before this node (as
    /// its previous sibling). Such texts get no node of their own: outside
    /// `<pre>` all they do is put a space between the texts around them.
    pub space_before: bool,
    /// The element's last child was a text of ASCII white space only (see
    /// `space_before`).
    pub space_at_end: bool,
}

/// The parsed page.
pub(crate) struct Dom<'a> {
    pub src: &'a str,
    pub nodes: Vec<Node>,
}

impl<'a> Dom<'a> {
    #[inline]
    pub fn node(&self, id: u32) -> &Node {
        &self.nodes[id as usize]
    }

    /// The raw source slice of a text node or an element's attribute area.
    #[inline]
    pub fn raw(&self, id: u32) -> &'a str {
        let n = &self.nodes[id as usize];
        self.src.get(n.start as usize..n.end as usize).unwrap_or("")
    }

    /// The raw (undecoded) value of attribute `name` (ASCII case-insensitive),
    /// or `None`. A present attribute without a value is `Some("")`.
    pub fn attr(&self, id: u32, name: &str) -> Option<&'a str> {
        let n = &self.nodes[id as usize];
        if n.tag == Tag::Text || n.start >= n.end {
            return None;
        }
        Attrs {
            src: self.raw(id),
            pos: 0,
        }
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v)
    }

    /// All attributes of an element, raw values.
    pub fn attrs(&self, id: u32) -> Attrs<'a> {
        let n = &self.nodes[id as usize];
        if n.tag == Tag::Text {
            return Attrs { src: "", pos: 0 };
        }
        Attrs {
            src: self.raw(id),
            pos: 0,
        }
    }
}

/// Iterates `name=value` pairs of a start tag's attribute area.
pub(crate) struct Attrs<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Iterator for Attrs<'a> {
    type Item = (&'a str, &'a str);
    fn next(&mut self) -> Option<Self::Item> {
        let b = self.src.as_bytes();
        let n = b.len();
        let mut i = self.pos;
        loop {
            while i < n && (b[i].is_ascii_whitespace() || b[i] == b'/') {
                i += 1;
            }
            if i >= n {
                self.pos = n;
                return None;
            }
            let name_start = i;
            // An attribute name may start with '=' (HTML says so); take it.
            i += 1;
            i += attr_name_end(&b[i..]);
            let name_end = i;
            while i < n && b[i].is_ascii_whitespace() {
                i += 1;
            }
            let mut value = "";
            if i < n && b[i] == b'=' {
                i += 1;
                while i < n && b[i].is_ascii_whitespace() {
                    i += 1;
                }
                if i < n && (b[i] == b'"' || b[i] == b'\'') {
                    let q = b[i];
                    let vs = i + 1;
                    let ve = find_byte(q, &b[vs..]).map_or(n, |k| vs + k);
                    value = self.src.get(vs..ve).unwrap_or("");
                    i = (ve + 1).min(n);
                } else {
                    let vs = i;
                    while i < n && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                        i += 1;
                    }
                    value = self.src.get(vs..i).unwrap_or("");
                }
            }
            self.pos = i;
            if let Some(name) = self.src.get(name_start..name_end) {
                return Some((name, value));
            }
        }
    }
}

fn name_hash(name: &[u8]) -> u32 {
    // FNV-1a over the lower-cased name.
    let mut h: u32 = 0x811C_9DC5;
    for &c in name {
        h ^= u32::from(c.to_ascii_lowercase());
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

#[inline]
fn is_name_end(c: u8) -> bool {
    c.is_ascii_whitespace() || c == b'/' || c == b'>'
}

/// Bytes that make a text white space only (and nothing but a space to
/// `push_collapsed`): the ASCII white space of HTML.
#[inline]
fn is_ascii_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0C)
}

struct Builder {
    nodes: Vec<Node>,
    stack: Vec<u32>,
    open: [u32; TAG_COUNT],
    /// Give white-space-only texts nodes as other texts (the tree before
    /// they were left out; tests compare against it).
    keep_space_nodes: bool,
    /// The parent that a white-space-only text was left out of, until the
    /// next node says whether it was that parent's last child.
    space_in: u32,
    /// End of the last text or node seen (where an end tag `</br>` puts
    /// its element).
    last_end: usize,
}

impl Builder {
    fn push_node(&mut self, tag: Tag, start: usize, end: usize, hash: u32) -> u32 {
        let parent = self.stack.last().copied().unwrap_or(0);
        let id = self.nodes.len() as u32;
        let skip_tag = self.nodes[parent as usize].skip_tag || tag.has(SKIP);
        let mut space_before = false;
        if self.space_in != NONE {
            // The left-out text was the previous sibling of this node, or,
            // if its parent has been closed since, that parent's last child.
            if self.space_in == parent {
                space_before = true;
            } else {
                self.nodes[self.space_in as usize].space_at_end = true;
            }
            self.space_in = NONE;
        }
        self.last_end = end;
        self.nodes.push(Node {
            tag,
            parent,
            first_child: NONE,
            last_child: NONE,
            next_sibling: NONE,
            start: start as u32,
            end: end as u32,
            name_hash: hash,
            skip_tag,
            space_before,
            space_at_end: false,
        });
        let p = &mut self.nodes[parent as usize];
        let prev_last = p.last_child;
        p.last_child = id;
        if prev_last == NONE {
            p.first_child = id;
        } else {
            self.nodes[prev_last as usize].next_sibling = id;
        }
        id
    }

    /// A text node of the page (not of a raw-text element such as
    /// `<script>`: see [`Builder::raw_text`]). A text of ASCII white space
    /// only gets no node outside `<pre>`/`<listing>` (about a third of the
    /// nodes of a typical page are indentation between tags); the node
    /// after it, or its parent, records the space instead.
    #[inline]
    fn text(&mut self, start: usize, end: usize, b: &[u8]) {
        if end <= start {
            return;
        }
        if !self.keep_space_nodes
            && b[start..end].iter().all(|&c| is_ascii_space(c))
            && self.open[Tag::Pre as usize] == 0
            && self.open[Tag::Listing as usize] == 0
        {
            let parent = self.stack.last().copied().unwrap_or(0);
            if self.space_in != NONE && self.space_in != parent {
                self.nodes[self.space_in as usize].space_at_end = true;
            }
            self.space_in = parent;
            self.last_end = end;
            return;
        }
        self.push_node(Tag::Text, start, end, 0);
    }

    /// The content of a raw-text element, kept whatever it is.
    fn raw_text(&mut self, start: usize, end: usize) {
        if end > start {
            self.push_node(Tag::Text, start, end, 0);
        }
    }

    /// Records a white-space text still waiting for its next node: it was
    /// the last child of its parent.
    fn finish(&mut self) {
        if self.space_in != NONE {
            self.nodes[self.space_in as usize].space_at_end = true;
            self.space_in = NONE;
        }
    }

    fn open_element(&mut self, id: u32) {
        let tag = self.nodes[id as usize].tag;
        self.open[tag as usize] += 1;
        self.stack.push(id);
    }

    /// Pops the stack down to and including position `pos`.
    fn pop_to(&mut self, pos: usize) {
        while self.stack.len() > pos.max(1) {
            if let Some(id) = self.stack.pop() {
                let tag = self.nodes[id as usize].tag;
                self.open[tag as usize] = self.open[tag as usize].saturating_sub(1);
            }
        }
    }

    /// Position in the stack of the nearest open element satisfying `is_match`,
    /// searching down from the top and giving up at an element for which
    /// `stops` holds (or after [`MAX_END_TAG_SEARCH`] elements).
    fn find_open(
        &self,
        is_match: impl Fn(&Node) -> bool,
        stops: impl Fn(&Node) -> bool,
    ) -> Option<usize> {
        let len = self.stack.len();
        for (depth, pos) in (1..len).rev().enumerate() {
            if depth >= MAX_END_TAG_SEARCH {
                return None;
            }
            let n = &self.nodes[self.stack[pos] as usize];
            if is_match(n) {
                return Some(pos);
            }
            if stops(n) {
                return None;
            }
        }
        None
    }

    fn close_p_if_open(&mut self) {
        if self.open[Tag::P as usize] == 0 {
            return;
        }
        if let Some(pos) = self.find_open(
            |n| n.tag == Tag::P,
            |n| n.tag.has(SCOPE) || n.tag == Tag::Button,
        ) {
            self.pop_to(pos);
        }
    }

    /// Implied end tags that a start tag causes.
    fn implied_ends(&mut self, tag: Tag) {
        if tag.has(CLOSES_P) {
            self.close_p_if_open();
        }
        match tag {
            Tag::Li if self.open[Tag::Li as usize] > 0 => {
                if let Some(pos) = self.find_open(
                    |n| n.tag == Tag::Li,
                    |n| n.tag.has(SPECIAL) && !matches!(n.tag, Tag::Address | Tag::Div | Tag::P),
                ) {
                    self.pop_to(pos);
                }
            }
            Tag::Dd | Tag::Dt => {
                if let Some(pos) = self.find_open(
                    |n| matches!(n.tag, Tag::Dd | Tag::Dt),
                    |n| n.tag.has(SPECIAL) && !matches!(n.tag, Tag::Address | Tag::Div | Tag::P),
                ) {
                    self.pop_to(pos);
                }
            }
            Tag::H1 | Tag::H2 | Tag::H3 | Tag::H4 | Tag::H5 | Tag::H6 => {
                if let Some(&top) = self.stack.last() {
                    if self.nodes[top as usize].tag.has(HEADING) {
                        self.pop_to(self.stack.len() - 1);
                    }
                }
            }
            Tag::Td | Tag::Th if self.open[Tag::Td as usize] + self.open[Tag::Th as usize] > 0 => {
                if let Some(pos) = self.find_open(
                    |n| matches!(n.tag, Tag::Td | Tag::Th),
                    |n| n.tag == Tag::Table,
                ) {
                    self.pop_to(pos);
                }
            }
            Tag::Tr => {
                if let Some(pos) = self.find_open(|n| n.tag == Tag::Tr, |n| n.tag == Tag::Table) {
                    self.pop_to(pos);
                }
            }
            Tag::Tbody | Tag::Thead | Tag::Tfoot => {
                let section = self.find_open(
                    |n| matches!(n.tag, Tag::Tbody | Tag::Thead | Tag::Tfoot),
                    |n| n.tag == Tag::Table,
                );
                if let Some(pos) = section
                    .or_else(|| self.find_open(|n| n.tag == Tag::Tr, |n| n.tag == Tag::Table))
                {
                    self.pop_to(pos);
                }
            }
            Tag::Option | Tag::Optgroup => {
                if let Some(&top) = self.stack.last() {
                    if self.nodes[top as usize].tag == Tag::Option {
                        self.pop_to(self.stack.len() - 1);
                    }
                }
            }
            Tag::Body if self.open[Tag::Head as usize] > 0 => {
                if let Some(pos) = self.find_open(|n| n.tag == Tag::Head, |_| false) {
                    self.pop_to(pos);
                }
            }
            _ => {}
        }
    }

    fn end_tag(&mut self, tag: Tag, hash: u32) {
        match tag {
            // Content after </body> or </html> still belongs to the body.
            Tag::Body | Tag::Html => return,
            Tag::Br => {
                let at = self.last_end;
                self.push_node(Tag::Br, at, at, 0);
                return;
            }
            Tag::P => {
                self.close_p_if_open();
                return;
            }
            _ => {}
        }
        if tag != Tag::Other && self.open[tag as usize] == 0 {
            return;
        }
        let found = if tag == Tag::Other {
            self.find_open(
                |n| n.tag == Tag::Other && n.name_hash == hash,
                |n| n.tag.has(SPECIAL),
            )
        } else if tag.has(FORMATTING) {
            self.find_open(|n| n.tag == tag, |n| n.tag.has(SCOPE))
        } else if tag.has(SPECIAL) {
            let table_part = matches!(
                tag,
                Tag::Td | Tag::Th | Tag::Tr | Tag::Tbody | Tag::Thead | Tag::Tfoot | Tag::Caption
            );
            self.find_open(
                |n| n.tag == tag,
                |n| {
                    n.tag.has(SCOPE)
                        && !(table_part && matches!(n.tag, Tag::Td | Tag::Th | Tag::Caption))
                },
            )
        } else {
            self.find_open(|n| n.tag == tag, |n| n.tag.has(SPECIAL))
        };
        if let Some(pos) = found {
            self.pop_to(pos);
        }
    }
}

/// Finds the end of a raw-text element's content: the position of the next
/// `</name` (any case) followed by a name-ending byte, or the end of input.
fn raw_text_end(b: &[u8], from: usize, name: &[u8]) -> usize {
    let finder = memmem::Finder::new(b"</");
    let mut pos = from;
    while let Some(k) = finder.find(&b[pos..]) {
        let at = pos + k;
        let ns = at + 2;
        let ne = ns + name.len();
        if ne <= b.len()
            && b[ns..ne].eq_ignore_ascii_case(name)
            && (ne == b.len() || is_name_end(b[ne]))
        {
            return at;
        }
        pos = at + 2;
    }
    b.len()
}

/// Scans a start tag's attributes from `i` (just after the name) to its `>`.
/// Returns (attribute area end, position after '>', self-closing).
fn scan_tag_end(b: &[u8], mut i: usize) -> (usize, usize, bool) {
    let n = b.len();
    loop {
        let Some(k) = find_byte3(b'>', b'"', b'\'', &b[i..]) else {
            return (n, n, false);
        };
        i += k;
        if b[i] == b'>' {
            let self_closing = i > 0 && b[i - 1] == b'/';
            return (i, i + 1, self_closing);
        }
        // A quote opens a value only after '='; elsewhere it is part of a name.
        let mut j = i;
        while j > 0 && b[j - 1].is_ascii_whitespace() {
            j -= 1;
        }
        if j > 0 && b[j - 1] == b'=' {
            let q = b[i];
            match find_byte(q, &b[i + 1..]) {
                Some(e) => i = i + 1 + e + 1,
                None => return (n, n, false),
            }
        } else {
            i += 1;
        }
        if i >= n {
            return (n, n, false);
        }
    }
}

/// Parses `src` into a tree. Never panics; any input gives some tree.
pub(crate) fn parse(src: &str) -> Dom<'_> {
    parse_tree(src, false)
}

/// [`parse`] with a node for every white-space-only text too, as the tree
/// was before they became flags: the reference the flags must match.
#[cfg(test)]
pub(crate) fn parse_keeping_space(src: &str) -> Dom<'_> {
    parse_tree(src, true)
}

fn parse_tree(src: &str, keep_space_nodes: bool) -> Dom<'_> {
    // Offsets are u32; a page beyond 4 GiB is cut at a char boundary.
    let mut limit = src.len().min(u32::MAX as usize - 1);
    while !src.is_char_boundary(limit) {
        limit -= 1;
    }
    let src = &src[..limit];
    let b = src.as_bytes();
    let n = b.len();
    let mut builder = Builder {
        nodes: Vec::with_capacity(n / 40 + 16),
        stack: Vec::with_capacity(64),
        open: [0; TAG_COUNT],
        keep_space_nodes,
        space_in: NONE,
        last_end: 0,
    };
    builder.nodes.push(Node {
        tag: Tag::Root,
        parent: NONE,
        first_child: NONE,
        last_child: NONE,
        next_sibling: NONE,
        start: 0,
        end: 0,
        name_hash: 0,
        skip_tag: false,
        space_before: false,
        space_at_end: false,
    });
    builder.stack.push(0);

    let mut pos = 0usize;
    let mut text_start = 0usize;
    while pos < n {
        let Some(k) = find_byte(b'<', &b[pos..]) else {
            break;
        };
        let lt = pos + k;
        let next = b.get(lt + 1).copied().unwrap_or(0);
        if next.is_ascii_alphabetic() {
            // Start tag.
            builder.text(text_start, lt, b);
            let ns = lt + 1;
            let mut ne = ns;
            while ne < n && !is_name_end(b[ne]) {
                ne += 1;
            }
            let name = &b[ns..ne];
            let tag = Tag::from_name(name);
            let hash = if tag == Tag::Other {
                name_hash(name)
            } else {
                0
            };
            let (attr_end, after, self_closing) = scan_tag_end(b, ne);
            builder.implied_ends(tag);
            let id = builder.push_node(tag, ne, attr_end, hash);
            pos = after;
            if tag.has(RAW_TEXT) {
                let content_end = if tag == Tag::Plaintext {
                    n
                } else {
                    raw_text_end(b, pos, name)
                };
                if content_end > pos {
                    builder.stack.push(id);
                    builder.raw_text(pos, content_end);
                    builder.stack.pop();
                }
                pos = match memchr(b'>', &b[content_end.min(n)..]) {
                    Some(e) => content_end + e + 1,
                    None => n,
                };
            } else if !tag.has(VOID) && !self_closing {
                builder.open_element(id);
            }
            text_start = pos;
        } else if next == b'/' {
            let ns = lt + 2;
            if b.get(ns).is_some_and(|c| c.is_ascii_alphabetic()) {
                builder.text(text_start, lt, b);
                let mut ne = ns;
                while ne < n && !is_name_end(b[ne]) {
                    ne += 1;
                }
                let name = &b[ns..ne];
                let tag = Tag::from_name(name);
                let hash = if tag == Tag::Other {
                    name_hash(name)
                } else {
                    0
                };
                builder.end_tag(tag, hash);
                pos = find_byte(b'>', &b[ne..]).map_or(n, |e| ne + e + 1);
            } else {
                // "</>" or "</ junk>": a bogus comment up to '>'.
                builder.text(text_start, lt, b);
                pos = memchr(b'>', &b[ns.min(n)..]).map_or(n, |e| ns + e + 1);
            }
            text_start = pos;
        } else if next == b'!' {
            builder.text(text_start, lt, b);
            if b[lt..].starts_with(b"<!--") {
                let body = lt + 4;
                // "<!-->" and "<!--->" close immediately.
                if b.get(body) == Some(&b'>') {
                    pos = body + 1;
                } else if b.get(body..body + 2) == Some(b"->") {
                    pos = body + 2;
                } else {
                    pos = memmem::find(&b[body..], b"-->").map_or(n, |e| body + e + 3);
                }
            } else if b[lt..].len() >= 9 && b[lt + 2..lt + 9].eq_ignore_ascii_case(b"[CDATA[") {
                let body = lt + 9;
                let end = memmem::find(&b[body..], b"]]>").map_or(n, |e| body + e);
                builder.text(body, end, b);
                pos = (end + 3).min(n);
            } else {
                pos = memchr(b'>', &b[lt..]).map_or(n, |e| lt + e + 1);
            }
            text_start = pos;
        } else if next == b'?' {
            builder.text(text_start, lt, b);
            pos = memchr(b'>', &b[lt..]).map_or(n, |e| lt + e + 1);
            text_start = pos;
        } else {
            // A literal '<' in text.
            pos = lt + 1;
        }
    }
    builder.text(text_start, n, b);
    builder.finish();
    Dom {
        src,
        nodes: builder.nodes,
    }
}

/// True if the element starts a new line of text.
#[inline]
pub(crate) fn is_block(tag: Tag) -> bool {
    tag.has(BLOCK)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outline(dom: &Dom, id: u32, out: &mut String) {
        let n = dom.node(id);
        match n.tag {
            Tag::Text => out.push_str(dom.raw(id)),
            Tag::Root => {
                let mut c = n.first_child;
                while c != NONE {
                    outline(dom, c, out);
                    c = dom.node(c).next_sibling;
                }
            }
            t => {
                out.push_str(&format!("[{t:?}"));
                if n.first_child != NONE && dom.node(n.first_child).tag == Tag::Text {
                    out.push(' ');
                }
                let mut c = n.first_child;
                while c != NONE {
                    outline(dom, c, out);
                    c = dom.node(c).next_sibling;
                }
                out.push(']');
            }
        }
    }

    fn tree(html: &str) -> String {
        let dom = parse(html);
        let mut s = String::new();
        outline(&dom, 0, &mut s);
        s
    }

    #[test]
    fn white_space_texts_are_flags_not_nodes() {
        let html = "<div>\n  <p>a</p>\n  <p>b <i>c</i> </p>\n</div> <pre> <b>x</b>\n</pre>";
        // No node for indentation; `<pre>` keeps its white space.
        assert_eq!(tree(html), "[Div[P a][P b [I c]]][Pre  [B x]\n]");
        let dom = parse(html);
        let dom = &dom;
        let find = |tag: Tag| (0..dom.nodes.len() as u32).filter(move |&i| dom.node(i).tag == tag);
        let ps: Vec<u32> = find(Tag::P).collect();
        assert!(dom.node(ps[0]).space_before && dom.node(ps[1]).space_before);
        assert!(!dom.node(ps[0]).space_at_end && dom.node(ps[1]).space_at_end);
        let div = find(Tag::Div).next().unwrap_or(0);
        assert!(dom.node(div).space_at_end && !dom.node(div).space_before);
        let pre = find(Tag::Pre).next().unwrap_or(0);
        assert!(dom.node(pre).space_before);
        let i = find(Tag::I).next().unwrap_or(0);
        assert!(!dom.node(i).space_before, "'b ' is a text node of its own");
        // `</br>` still lands where the last text ended.
        let br = |dom: &Dom| (0..dom.nodes.len() as u32).find(|&i| dom.node(i).tag == Tag::Br).map(|i| dom.node(i).start);
        let html = "<p>a</p>  </br>";
        assert_eq!(br(&parse(html)), Some(10));
        assert_eq!(br(&parse_keeping_space(html)), Some(10));
    }

    /// Pages must read the same from the tree with white-space flags as
    /// from the tree with a node for every white-space-only text.
    #[test]
    fn pages_read_the_same_as_with_space_nodes() {
        let spaces = [" ", "\n  ", "\t", "\r\n", "\u{0C}", "  \n\t "];
        let parts = [
            "<div>", "</div>", "<p>", "</p>", "<span>", "</span>", "<b>", "</b>", "<a href=x>", "</a>",
            "<li>", "</li>", "<ul>", "</ul>", "<h1>", "</h1>", "<h2>", "</h2>", "<br>", "</br>",
            "<figure>", "<figcaption>", "</figcaption>", "</figure>", "<nav>", "</nav>", "<article>",
            "</article>", "<table>", "<tr>", "<td>", "</td>", "</table>", "<blockquote>", "</blockquote>",
            "<!-- c -->", "<x-y>", "</x-y>", "<img src=a>", "<p class=byline>", "<span class=author>",
            "<pre> <b>x</b>\n y </pre>", "<title> A title </title>", "<script> </script>",
            "<![CDATA[ ]]>", "&nbsp;", "&amp;", "word", "two words",
            "The committee met for the third time this week and again failed to agree on the budget, members said.",
        ];
        let mut next = crate::test_rng(0x2545_F491_4F6C_DD1D);
        let mut pages: Vec<String> = vec![
            include_str!("../../tests/fixtures/html/news_article.html").to_string(),
            include_str!("../../tests/fixtures/html/list_and_tweet.html").to_string(),
            include_str!("../../tests/fixtures/html/wrapped_blog.html").to_string(),
        ];
        for _ in 0..3000 {
            let mut page = String::new();
            for _ in 0..next(60) {
                if next(3) == 0 {
                    page.push_str(spaces[next(spaces.len())]);
                } else {
                    page.push_str(parts[next(parts.len())]);
                }
            }
            pages.push(page);
        }
        for page in &pages {
            let with_flags = super::super::extract_dom(&parse(page));
            let with_nodes = super::super::extract_dom(&parse_keeping_space(page));
            assert_eq!(with_flags, with_nodes, "{page:?}");
        }
    }

    #[test]
    fn nests_and_closes() {
        assert_eq!(tree("<div><p>a<b>b</b></p></div>"), "[Div[P a[B b]]]");
    }

    #[test]
    fn paragraphs_close_implicitly() {
        assert_eq!(
            tree("<p>one<p>two<div>three</div>"),
            "[P one][P two][Div three]"
        );
        assert_eq!(tree("<ul><li>a<li>b</ul>"), "[Ul[Li a][Li b]]");
        assert_eq!(
            tree("<table><tr><td>a<td>b<tr><td>c</table>"),
            "[Table[Tr[Td a][Td b]][Tr[Td c]]]"
        );
    }

    #[test]
    fn raw_text_and_comments() {
        assert_eq!(
            tree("<script>if (a<b) x='</div>'</script>z"),
            "[Script if (a<b) x='</div>']z"
        );
        assert_eq!(tree("a<!-- <p>hidden</p> -->b"), "ab");
        assert_eq!(tree("<SCRIPT>x</ScRiPt>y"), "[Script x]y");
    }

    #[test]
    fn unmatched_end_tags_are_ignored() {
        assert_eq!(tree("<div>a</span>b</div>"), "[Div ab]");
        assert_eq!(tree("<div><span>a</div>b"), "[Div[Span a]]b");
        assert_eq!(tree("</p>x"), "x");
    }

    #[test]
    fn attributes() {
        let dom = parse(r#"<div class="a b" id=main data-x='1>2' hidden>t</div>"#);
        assert_eq!(dom.attr(1, "class"), Some("a b"));
        assert_eq!(dom.attr(1, "ID"), Some("main"));
        assert_eq!(dom.attr(1, "data-x"), Some("1>2"));
        assert_eq!(dom.attr(1, "hidden"), Some(""));
        assert_eq!(dom.attr(1, "style"), None);
        assert_eq!(
            tree(r#"<div class="a b" id=main data-x='1>2' hidden>t</div>"#),
            "[Div t]"
        );
    }

    #[test]
    fn truncated_input() {
        assert_eq!(tree("<div class=\"x"), "[Div]");
        assert_eq!(tree("<p>a<"), "[P a<]");
        assert_eq!(tree("a < b"), "a < b");
        assert_eq!(tree("<script>never ends"), "[Script never ends]");
        assert_eq!(tree("<!-- never ends"), "");
        assert_eq!(tree(""), "");
    }
}
