//! Tag names the tree builder and the extractor care about, with the
//! properties each has. Any other name is [`Tag::Other`] (custom elements,
//! unknown or misspelt tags) and behaves as a transparent inline container.

/// A known tag name (lower-case in the source, matched ASCII-insensitively).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub(crate) enum Tag {
    /// The document node.
    Root,
    /// A text node.
    Text,
    /// Any element name not listed here.
    Other,
    A,
    Abbr,
    Address,
    Applet,
    Area,
    Article,
    Aside,
    Audio,
    B,
    Base,
    Big,
    Blockquote,
    Body,
    Br,
    Button,
    Canvas,
    Caption,
    Center,
    Cite,
    Code,
    Col,
    Colgroup,
    Dd,
    Del,
    Details,
    Dialog,
    Dir,
    Div,
    Dl,
    Dt,
    Em,
    Embed,
    Fieldset,
    Figcaption,
    Figure,
    Font,
    Footer,
    Form,
    Frame,
    Frameset,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    Head,
    Header,
    Hgroup,
    Hr,
    Html,
    I,
    Iframe,
    Img,
    Input,
    Ins,
    Label,
    Legend,
    Li,
    Link,
    Listing,
    Main,
    Map,
    Mark,
    Marquee,
    Math,
    Menu,
    Meta,
    Nav,
    Nobr,
    Noembed,
    Noframes,
    Noscript,
    Object,
    Ol,
    Optgroup,
    Option,
    Output,
    P,
    Param,
    Picture,
    Plaintext,
    Pre,
    Q,
    S,
    Samp,
    Script,
    Search,
    Section,
    Select,
    Small,
    Source,
    Span,
    Strike,
    Strong,
    Style,
    Sub,
    Summary,
    Sup,
    Svg,
    Table,
    Tbody,
    Td,
    Template,
    Textarea,
    Tfoot,
    Th,
    Thead,
    Time,
    Title,
    Tr,
    Track,
    Tt,
    U,
    Ul,
    Video,
    Wbr,
    Xmp,
}

/// Every known tag name (lower case) and its tag.
const NAMES: &[(&[u8], Tag)] = &[
    (b"a", Tag::A),
    (b"abbr", Tag::Abbr),
    (b"address", Tag::Address),
    (b"applet", Tag::Applet),
    (b"area", Tag::Area),
    (b"article", Tag::Article),
    (b"aside", Tag::Aside),
    (b"audio", Tag::Audio),
    (b"b", Tag::B),
    (b"base", Tag::Base),
    (b"big", Tag::Big),
    (b"blockquote", Tag::Blockquote),
    (b"body", Tag::Body),
    (b"br", Tag::Br),
    (b"button", Tag::Button),
    (b"canvas", Tag::Canvas),
    (b"caption", Tag::Caption),
    (b"center", Tag::Center),
    (b"cite", Tag::Cite),
    (b"code", Tag::Code),
    (b"col", Tag::Col),
    (b"colgroup", Tag::Colgroup),
    (b"dd", Tag::Dd),
    (b"del", Tag::Del),
    (b"details", Tag::Details),
    (b"dialog", Tag::Dialog),
    (b"dir", Tag::Dir),
    (b"div", Tag::Div),
    (b"dl", Tag::Dl),
    (b"dt", Tag::Dt),
    (b"em", Tag::Em),
    (b"embed", Tag::Embed),
    (b"fieldset", Tag::Fieldset),
    (b"figcaption", Tag::Figcaption),
    (b"figure", Tag::Figure),
    (b"font", Tag::Font),
    (b"footer", Tag::Footer),
    (b"form", Tag::Form),
    (b"frame", Tag::Frame),
    (b"frameset", Tag::Frameset),
    (b"h1", Tag::H1),
    (b"h2", Tag::H2),
    (b"h3", Tag::H3),
    (b"h4", Tag::H4),
    (b"h5", Tag::H5),
    (b"h6", Tag::H6),
    (b"head", Tag::Head),
    (b"header", Tag::Header),
    (b"hgroup", Tag::Hgroup),
    (b"hr", Tag::Hr),
    (b"html", Tag::Html),
    (b"i", Tag::I),
    (b"iframe", Tag::Iframe),
    (b"img", Tag::Img),
    (b"image", Tag::Img),
    (b"input", Tag::Input),
    (b"ins", Tag::Ins),
    (b"label", Tag::Label),
    (b"legend", Tag::Legend),
    (b"li", Tag::Li),
    (b"link", Tag::Link),
    (b"listing", Tag::Listing),
    (b"main", Tag::Main),
    (b"map", Tag::Map),
    (b"mark", Tag::Mark),
    (b"marquee", Tag::Marquee),
    (b"math", Tag::Math),
    (b"menu", Tag::Menu),
    (b"meta", Tag::Meta),
    (b"nav", Tag::Nav),
    (b"nobr", Tag::Nobr),
    (b"noembed", Tag::Noembed),
    (b"noframes", Tag::Noframes),
    (b"noscript", Tag::Noscript),
    (b"object", Tag::Object),
    (b"ol", Tag::Ol),
    (b"optgroup", Tag::Optgroup),
    (b"option", Tag::Option),
    (b"output", Tag::Output),
    (b"p", Tag::P),
    (b"param", Tag::Param),
    (b"picture", Tag::Picture),
    (b"plaintext", Tag::Plaintext),
    (b"pre", Tag::Pre),
    (b"q", Tag::Q),
    (b"s", Tag::S),
    (b"samp", Tag::Samp),
    (b"script", Tag::Script),
    (b"search", Tag::Search),
    (b"section", Tag::Section),
    (b"select", Tag::Select),
    (b"small", Tag::Small),
    (b"source", Tag::Source),
    (b"span", Tag::Span),
    (b"strike", Tag::Strike),
    (b"strong", Tag::Strong),
    (b"style", Tag::Style),
    (b"sub", Tag::Sub),
    (b"summary", Tag::Summary),
    (b"sup", Tag::Sup),
    (b"svg", Tag::Svg),
    (b"table", Tag::Table),
    (b"tbody", Tag::Tbody),
    (b"td", Tag::Td),
    (b"template", Tag::Template),
    (b"textarea", Tag::Textarea),
    (b"tfoot", Tag::Tfoot),
    (b"th", Tag::Th),
    (b"thead", Tag::Thead),
    (b"time", Tag::Time),
    (b"title", Tag::Title),
    (b"tr", Tag::Tr),
    (b"track", Tag::Track),
    (b"tt", Tag::Tt),
    (b"u", Tag::U),
    (b"ul", Tag::Ul),
    (b"video", Tag::Video),
    (b"wbr", Tag::Wbr),
    (b"xmp", Tag::Xmp),
];

/// Slots of the name hash table (a power of two, under half full).
const NAME_SLOTS: usize = 512;

/// The home slot of a packed name (Fibonacci hashing).
const fn name_slot(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - 9)) as usize
}

/// A name of up to eight bytes packed into a `u64`, first byte lowest.
const fn pack_name(name: &[u8]) -> u64 {
    let mut key = 0u64;
    let mut i = 0;
    while i < name.len() {
        key |= (name[i] as u64) << (8 * i);
        i += 1;
    }
    key
}

/// Open-addressing table of the names of up to eight bytes: (packed name,
/// length, tag); length 0 marks an empty slot.
static NAME_TABLE: [(u64, u8, Tag); NAME_SLOTS] = {
    let mut table = [(0u64, 0u8, Tag::Other); NAME_SLOTS];
    let mut i = 0;
    while i < NAMES.len() {
        let (name, tag) = NAMES[i];
        if name.len() <= 8 {
            let key = pack_name(name);
            let mut slot = name_slot(key);
            while table[slot].1 != 0 {
                slot = (slot + 1) % NAME_SLOTS;
            }
            table[slot] = (key, name.len() as u8, tag);
        }
        i += 1;
    }
    table
};

/// [`Tag::flags`] of every tag, by discriminant.
static TAG_FLAGS: [u16; TAG_COUNT] = {
    let mut table = [0u16; TAG_COUNT];
    let specials = [Tag::Root, Tag::Text, Tag::Other];
    let mut i = 0;
    while i < specials.len() {
        table[specials[i] as usize] = specials[i].flags();
        i += 1;
    }
    let mut i = 0;
    while i < NAMES.len() {
        let tag = NAMES[i].1;
        table[tag as usize] = tag.flags();
        i += 1;
    }
    table
};

/// Number of [`Tag`] variants (for per-tag counters).
pub(crate) const TAG_COUNT: usize = Tag::Xmp as usize + 1;

/// Never has content or an end tag.
pub(crate) const VOID: u16 = 1 << 0;
/// Content is raw text up to the matching end tag (no markup inside).
pub(crate) const RAW_TEXT: u16 = 1 << 1;
/// HTML's "special" category: an unmatched end tag for an ordinary inline
/// element does not close past one of these.
pub(crate) const SPECIAL: u16 = 1 << 2;
/// Starts a new line of text (block-level for text layout).
pub(crate) const BLOCK: u16 = 1 << 3;
/// Never part of an article's text (scripts, media, form controls…).
pub(crate) const SKIP: u16 = 1 << 4;
/// Bounds the scope in which end tags and implied closes search.
pub(crate) const SCOPE: u16 = 1 << 5;
/// Its start tag closes an open `<p>`.
pub(crate) const CLOSES_P: u16 = 1 << 6;
/// h1–h6.
pub(crate) const HEADING: u16 = 1 << 7;
/// Formatting element (b, i, a…): its end tag closes it even across blocks.
pub(crate) const FORMATTING: u16 = 1 << 8;

impl Tag {
    /// Looks up a tag name (any case). Names longer than any known tag are
    /// [`Tag::Other`].
    ///
    /// This runs for every tag of a page: the name, lower-cased and packed
    /// into a `u64`, is looked up in a hash table built at compile time
    /// (one multiply, usually one probe) instead of being compared against
    /// the names one by one.
    pub(crate) fn from_name(name: &[u8]) -> Tag {
        let len = name.len();
        if len == 0 || len > 10 {
            return Tag::Other;
        }
        if len > 8 {
            // The three known names longer than a word.
            let mut buf = [0u8; 10];
            for (dst, src) in buf.iter_mut().zip(name) {
                *dst = src.to_ascii_lowercase();
            }
            return match &buf[..len] {
                b"blockquote" => Tag::Blockquote,
                b"figcaption" => Tag::Figcaption,
                b"plaintext" => Tag::Plaintext,
                _ => Tag::Other,
            };
        }
        let mut key = 0u64;
        for (i, &c) in name.iter().enumerate() {
            key |= u64::from(c.to_ascii_lowercase()) << (8 * i);
        }
        let mut slot = name_slot(key);
        loop {
            let (k, l, tag) = NAME_TABLE[slot];
            if l == 0 {
                return Tag::Other;
            }
            if k == key && usize::from(l) == len {
                return tag;
            }
            slot = (slot + 1) % NAME_SLOTS;
        }
    }

    /// The property bits of this tag.
    pub(crate) const fn flags(self) -> u16 {
        use Tag::*;
        match self {
            Root => SPECIAL | BLOCK | SCOPE,
            Text | Other => 0,
            A | B | Big | Code | Em | Font | I | Nobr | S | Small | Strike | Strong | Tt | U => {
                FORMATTING
            }
            Abbr | Cite | Del | Ins | Label | Mark | Q | Samp | Span | Sub | Sup | Time
            | Output => 0,
            Address | Article | Aside | Blockquote | Center | Details | Dialog | Dir | Div | Dl
            | Fieldset | Figcaption | Figure | Footer | Header | Hgroup | Main | Menu | Nav
            | Ol | Search | Section | Summary | Ul => SPECIAL | BLOCK | CLOSES_P,
            P => SPECIAL | BLOCK | CLOSES_P,
            Pre | Listing => SPECIAL | BLOCK | CLOSES_P,
            H1 | H2 | H3 | H4 | H5 | H6 => SPECIAL | BLOCK | CLOSES_P | HEADING,
            Li | Dd | Dt => SPECIAL | BLOCK | CLOSES_P,
            Hr => SPECIAL | BLOCK | CLOSES_P | VOID,
            Form => SPECIAL | BLOCK | CLOSES_P,
            Table => SPECIAL | BLOCK | CLOSES_P | SCOPE,
            Caption | Td | Th => SPECIAL | BLOCK | SCOPE,
            Tbody | Thead | Tfoot | Tr => SPECIAL | BLOCK,
            Colgroup => SPECIAL | BLOCK | SKIP,
            Col => SPECIAL | VOID | SKIP,
            Legend => BLOCK,
            Body | Html => SPECIAL | BLOCK | SCOPE,
            Head => SPECIAL | BLOCK | SKIP,
            Br => SPECIAL | VOID | BLOCK,
            Wbr => SPECIAL | VOID,
            Area | Base | Embed | Img | Input | Link | Meta | Param | Source | Track => {
                SPECIAL | VOID | SKIP
            }
            Frame => SPECIAL | VOID | SKIP,
            Frameset => SPECIAL | SKIP,
            Script | Style | Title | Textarea | Iframe | Noembed | Noframes | Noscript | Xmp => {
                SPECIAL | RAW_TEXT | SKIP | BLOCK
            }
            Plaintext => SPECIAL | RAW_TEXT | SKIP | BLOCK | CLOSES_P,
            Template => SPECIAL | SKIP | BLOCK | SCOPE,
            Applet | Marquee | Object => SPECIAL | SKIP | BLOCK | SCOPE,
            Button => SPECIAL | SKIP | SCOPE,
            Select => SPECIAL | SKIP,
            Optgroup | Option => SKIP,
            Audio | Video | Canvas | Map | Picture => SKIP,
            Svg | Math => SKIP | SCOPE,
        }
    }

    /// Whether the tag has property `flag` (a table lookup: this runs
    /// several times per node in every pass).
    #[inline]
    pub(crate) fn has(self, flag: u16) -> bool {
        TAG_FLAGS[self as usize] & flag != 0
    }

    /// The heading level 1–6, or 0.
    pub(crate) const fn heading_level(self) -> u8 {
        match self {
            Tag::H1 => 1,
            Tag::H2 => 2,
            Tag::H3 => 3,
            Tag::H4 => 4,
            Tag::H5 => 5,
            Tag::H6 => 6,
            _ => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_is_case_insensitive() {
        assert_eq!(Tag::from_name(b"DiV"), Tag::Div);
        assert_eq!(Tag::from_name(b"h3"), Tag::H3);
        assert_eq!(Tag::from_name(b"amp-img"), Tag::Other);
        assert_eq!(Tag::from_name(b"averyveryverylongname"), Tag::Other);
        assert_eq!(Tag::from_name(b""), Tag::Other);
    }

    /// The definition `from_name` must agree with: a case-insensitive
    /// search of the name list.
    fn from_name_reference(name: &[u8]) -> Tag {
        NAMES
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map_or(Tag::Other, |&(_, t)| t)
    }

    #[test]
    fn lookup_agrees_with_the_name_list() {
        let mut inputs: Vec<Vec<u8>> = Vec::new();
        for &(name, _) in NAMES {
            inputs.push(name.to_vec());
            inputs.push(name.to_ascii_uppercase());
            for cut in 0..name.len() {
                inputs.push(name[..cut].to_vec());
            }
            for extra in [b'a', b'1', 0, 0x11, b'-', 0xC3] {
                let mut longer = name.to_vec();
                longer.push(extra);
                inputs.push(longer);
                let mut changed = name.to_vec();
                changed[0] = extra;
                inputs.push(changed);
            }
        }
        let alphabet = [b'a', b'b', b'd', b'h', b'i', b'v', b'1', b'6', b'H', b'D', 0, 0x11, 0x16, b'_', 0xE9];
        let mut next = crate::test_rng(0xD1B5_4A32_D192_ED03);
        for _ in 0..50_000 {
            let len = next(12);
            inputs.push((0..len).map(|_| alphabet[next(alphabet.len())]).collect());
        }
        let mut known = 0;
        for input in &inputs {
            let tag = Tag::from_name(input);
            assert_eq!(tag, from_name_reference(input), "{input:?}");
            known += usize::from(tag != Tag::Other);
        }
        assert!(known > 3 * NAMES.len());
    }

    #[test]
    fn flag_table_covers_every_tag() {
        // Every tag but Root, Text and Other has a name, so the table that
        // `has` reads is filled from the name list plus those three.
        let mut seen = [false; TAG_COUNT];
        for t in NAMES.iter().map(|&(_, t)| t).chain([Tag::Root, Tag::Text, Tag::Other]) {
            seen[t as usize] = true;
            assert_eq!(TAG_FLAGS[t as usize], t.flags(), "{t:?}");
        }
        assert!(seen.iter().all(|&s| s));
    }

    #[test]
    fn properties() {
        assert!(Tag::Br.has(VOID));
        assert!(Tag::Script.has(RAW_TEXT));
        assert!(Tag::P.has(CLOSES_P));
        assert!(!Tag::Span.has(BLOCK));
        assert_eq!(Tag::H4.heading_level(), 4);
        assert!(TAG_COUNT > Tag::Div as usize);
    }
}
