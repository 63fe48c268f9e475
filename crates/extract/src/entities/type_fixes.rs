//! Types after tagging: head words that settle what a tagged name is
//! (`data/en/entity_type_heads.tsv`), and titles the tagger took into a
//! person's name.
//!
//! The tagger reads "Hurricane Maria" as a person, "Mahan Air" as a person,
//! "Gulf of Oman" as an organisation; a head word at a fixed place in the
//! name says otherwise ("Hurricane" first, "Air" last, "Gulf of" first).
//! The position matters: "Maria Street" may be a woman, "Karl Marx Avenue"
//! is a street. A storm's bare name elsewhere in the article ("Humberto,
//! now a hurricane") is the storm too.
//!
//! "Mayor of Kyiv Vitali Klitschko" tagged as one person, or "Mayor of |
//! Koszalin Piotr Jedlinski" tagged as an organisation: the person is the
//! name; the title stays outside the entity (the sources stage reads it
//! as the role), and a place the gazetteer knows becomes its own mention.

use std::sync::LazyLock;

use newsledger_model::EntityType;
use newsledger_text::{Token, TokenKind};

use super::lexicon::{data_lines, lower_into, TitleClass, TokLex, WordMap};
use super::{Lexicon, Mention, UnionFind, Words};
use crate::NerSpan;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Position {
    First,
    FirstOf,
    Last,
    PlaceNoun,
}

#[derive(Debug)]
struct Rule {
    position: Position,
    to: EntityType,
    from: Vec<EntityType>,
}

/// One head: its words (lower case) and its rule.
#[derive(Debug)]
struct Head {
    words: Vec<String>,
    rule: usize,
}

#[derive(Debug, Default)]
struct TypeHeads {
    rules: Vec<Rule>,
    /// Heads by their first word (`first`, `first_of`) …
    by_first: WordMap<Vec<Head>>,
    /// … by their last word (`last`) …
    by_last: WordMap<Vec<Head>>,
    /// … and lower-case place nouns (`place_noun`): the rule index.
    place_nouns: WordMap<usize>,
    /// Titles that stay in a person's name (`keep_title`).
    keep_titles: WordMap<()>,
}

/// A name retyped by its head, and the bare stem that names the same
/// thing elsewhere ("Humberto" for "Hurricane Humberto", "Mahan" for
/// "Mahan Air"): byte ranges of the retyped span and of its stem.
#[derive(Debug, Clone, Copy)]
pub(crate) struct StemLink {
    pub owner: (usize, usize),
    pub stem: (usize, usize),
    /// Stems the tagger called organisations retype too (a storm's
    /// "Humberto" may be either); otherwise only people ("Mahan").
    orgs: bool,
}

fn parse_type(s: &str) -> Option<EntityType> {
    Some(match s {
        "PERSON" => EntityType::Person,
        "ORG" => EntityType::Org,
        "GPE" => EntityType::Gpe,
        "LOC" => EntityType::Loc,
        "NORP" => EntityType::Norp,
        "MISC" => EntityType::Misc,
        "FAC" => EntityType::Fac,
        "EVENT" => EntityType::Event,
        _ => return None,
    })
}

impl TypeHeads {
    fn from_data(tsv: &str) -> TypeHeads {
        let mut t = TypeHeads::default();
        for line in data_lines(tsv) {
            let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
            let [pos, to, from, heads] = cols[..] else { continue };
            if pos == "keep_title" {
                heads.split_whitespace().for_each(|h| t.keep_titles.insert(h, ()));
                continue;
            }
            let position = match pos {
                "first" => Position::First,
                "first_of" => Position::FirstOf,
                "last" => Position::Last,
                "place_noun" => Position::PlaceNoun,
                _ => continue,
            };
            let Some(to) = parse_type(to) else { continue };
            let from: Vec<EntityType> = from.split_whitespace().filter_map(parse_type).collect();
            let rule = t.rules.len();
            t.rules.push(Rule { position, to, from });
            for head in heads.split_whitespace() {
                let words: Vec<String> = head.split('_').map(str::to_lowercase).collect();
                let Some(key) = (if position == Position::Last { words.last() } else { words.first() }).cloned() else { continue };
                match position {
                    Position::PlaceNoun => t.place_nouns.insert(&key, rule),
                    Position::Last => t.by_last.get_mut_or_default(&key).push(Head { words, rule }),
                    _ => t.by_first.get_mut_or_default(&key).push(Head { words, rule }),
                }
            }
        }
        t
    }

    fn english() -> &'static TypeHeads {
        static EN: LazyLock<TypeHeads> = LazyLock::new(|| TypeHeads::from_data(include_str!("../../data/en/entity_type_heads.tsv")));
        &EN
    }
}

/// What the rules ask of the entity pass's token view ([`Words`]) beyond
/// what it already answers.
impl Words<'_> {
    /// A capitalised word, `false` past the last token.
    fn cap(&self, i: usize) -> bool {
        i < self.tokens.len() && self.lexs[i].capitalised && self.tokens[i].kind == TokenKind::Word
    }
    /// Token `i` is `word` (lower case) in any case.
    fn is(&self, i: usize, word: &str) -> bool {
        let mut buf = [0u8; 48];
        lower_into(self.word(i), &mut buf).is_some_and(|b| b == word.as_bytes())
    }
    fn span(&self, toks: std::ops::Range<usize>, label: EntityType) -> NerSpan {
        NerSpan { start: self.tokens[toks.start].start as usize, end: self.tokens[toks.end - 1].end as usize, tokens: toks, label }
    }
    /// A name word, or a lower-case particle ("de Blasio").
    fn particle(&self, i: usize) -> bool {
        super::is_name_particle(self.word(i))
    }
}

/// The type the head words give the span (tokens `a..b`, tagged `label`).
fn head_type(v: &Words<'_>, heads: &TypeHeads, a: usize, b: usize, label: EntityType) -> Option<EntityType> {
    let len = b - a;
    if len < 2 {
        return None;
    }
    let fits = |h: &Head| heads.rules[h.rule].from.contains(&label);
    if v.cap(a) {
        for h in heads.by_first.get(v.word(a)).into_iter().flatten().filter(|h| fits(h)) {
            let k = h.words.len();
            let words_match = k < len && (0..k).all(|d| v.cap(a + d) && v.is(a + d, &h.words[d]));
            if !words_match {
                continue;
            }
            let rule = &heads.rules[h.rule];
            let ok = match rule.position {
                // "Typhoon Haiyan": a capitalised name follows.
                Position::First => v.cap(a + k),
                // "Gulf of Oman".
                Position::FirstOf => k + 1 < len && v.word(a + k) == "of" && v.cap(a + k + 1),
                _ => false,
            };
            if ok {
                return Some(rule.to);
            }
        }
    }
    let last = b - 1;
    if v.cap(last) {
        for h in heads.by_last.get(v.word(last)).into_iter().flatten().filter(|h| fits(h)) {
            let k = h.words.len();
            if k >= len || !(0..k).all(|d| v.cap(b - k + d) && v.is(b - k + d, &h.words[d])) {
                continue;
            }
            // "Maria Street", "Tom Bank": a given name and the head alone
            // may be a person.
            if len == 2 && label == EntityType::Person && v.lexs[a].info.first_name.is_some() {
                continue;
            }
            return Some(heads.rules[h.rule].to);
        }
    }
    // "the Tsuen Wan district": a place the gazetteer knows, before a
    // lower-case place noun.
    if b < v.tokens.len() && !v.lexs[b].capitalised && v.tokens[b].kind == TokenKind::Word && v.tokens[b].start == v.tokens[b - 1].end + 1 {
        if let Some(&r) = heads.place_nouns.get(v.word(b)) {
            let rule = &heads.rules[r];
            if rule.from.contains(&label) && gazetteer_knows(&v.text[v.tokens[a].start as usize..v.tokens[last].end as usize]) {
                return Some(super::refine_label(newsledger_ner::Label::Loc, &v.text[v.tokens[a].start as usize..v.tokens[last].end as usize], Lexicon::english()));
            }
        }
    }
    None
}

/// The gazetteer has a place under exactly this name.
fn gazetteer_knows(name: &str) -> bool {
    let Ok(gaz) = newsledger_geo::Gazetteer::global() else { return false };
    let mut buf = String::new();
    !gaz.candidates(name, &mut buf).is_empty()
}

/// A place the entity lexicon or the gazetteer knows.
fn known_place(name: &str) -> bool {
    Lexicon::english().place_kind(name).is_some() || gazetteer_knows(name)
}

/// The start of a person's name ending at `b` (exclusive), no further
/// back than `floor`: two name words, with particles between ("Bill de
/// Blasio"). `None` when there are not two.
fn two_word_name(v: &Words<'_>, floor: usize, b: usize) -> Option<usize> {
    let mut a = b;
    let mut names = 0;
    while a > floor && names < 2 {
        let k = a - 1;
        if v.lexs[k].name_word {
            names += 1;
        } else if !(names == 1 && v.particle(k)) {
            break;
        }
        a = k;
    }
    (names == 2).then_some(a)
}

/// Whether tokens `a..b` hold a word of an organisation's name
/// ("Tourism Partnership"), or end in a head that gives a type.
fn org_words(v: &Words<'_>, a: usize, b: usize) -> bool {
    let geo = newsledger_geo::Lexicon::english();
    (a..b).any(|k| v.lexs[k].info.org_inner || v.lexs[k].info.org_opener || geo.is_org_head(v.word(k)))
        || head_type(v, TypeHeads::english(), a, b, EntityType::Person).is_some()
}

/// A title the span opens with, split off: the spans that replace it
/// (the person's name, and the place of "Mayor of Kyiv", which the
/// lexicons must know), or `None` to leave it.
fn split_title(v: &Words<'_>, a: usize, b: usize, label: EntityType) -> Option<Vec<NerSpan>> {
    if !matches!(label, EntityType::Person | EntityType::Org) {
        return None;
    }
    let keep = &TypeHeads::english().keep_titles;
    let heads_title = |i: usize| v.cap(i) && matches!(v.lexs[i].title, Some(TitleClass::Head | TitleClass::Honorific)) && !keep.contains(v.word(i));
    let mut out = Vec::new();
    if heads_title(a) {
        // Further title words ("Defense Secretary", "Secretary of State").
        let j = super::title_run_end(v, a + 1, b);
        if j >= b {
            return None;
        }
        if v.word(j) == "of" {
            // "Mayor of Kyiv Vitali Klitschko".
            let name = two_word_name(v, j + 2, b).filter(|&n| !org_words(v, n, b))?;
            if !push_place(v, j + 1..name, &mut out) {
                return None;
            }
            out.push(v.span(name..b, EntityType::Person));
            return Some(out);
        }
        // "Mayor Adamowicz", "Mayor de Blasio": the rest is a name; an
        // organisation's rest only where it opens with a given name
        // ("General Motors" stays).
        let rest_is_name = (j..b).all(|k| v.lexs[k].name_word || (k + 1 < b && v.particle(k)));
        if rest_is_name && label == EntityType::Person {
            out.push(v.span(j..b, EntityType::Person));
            return Some(out);
        }
        return None;
    }
    // "Mayor of | Koszalin Piotr Jedlinski": the title stands before the
    // span; the span is a place and a name.
    // ("China's ambassador to | Britain Liu Xiaming": a lower-case title
    // and "to" before a country and a name, as one span.)
    let title_before = |i: usize| heads_title(i) || (!v.cap(i) && v.lexs[i].title == Some(TitleClass::Head) && !keep.contains(v.word(i)));
    if a >= 2 && matches!(v.word(a - 1), "of" | "to") && title_before(a - 2) && b - a >= 3 {
        let name = two_word_name(v, a + 1, b).filter(|&n| !org_words(v, n, b))?;
        if !push_place(v, a..name, &mut out) {
            return None;
        }
        out.push(v.span(name..b, EntityType::Person));
        return Some(out);
    }
    None
}

/// The place between a title's "of" and a name, as a mention, when it is
/// one the lexicons know and holds no title word.
/// `false` (and nothing pushed) when it is not a known place ("Director
/// of Public Prosecution"): then the span is left as tagged.
fn push_place(v: &Words<'_>, toks: std::ops::Range<usize>, out: &mut Vec<NerSpan>) -> bool {
    if toks.is_empty() || toks.clone().any(|k| !v.cap(k) || v.lexs[k].title.is_some()) {
        return false;
    }
    let text = &v.text[v.tokens[toks.start].start as usize..v.tokens[toks.end - 1].end as usize];
    if !known_place(text) {
        return false;
    }
    let ty = super::refine_label(newsledger_ner::Label::Loc, text, Lexicon::english());
    out.push(v.span(toks, ty));
    true
}

/// Retypes and splits the tagger's spans (in document order) by head
/// words and titles. A `first` head right before a span joins it ("the
/// tagger marked only "Humberto" in "Hurricane Humberto"). A name retyped
/// from a person gives its stem the same type where the tagger marked the
/// stem alone as a person or organisation ("Humberto", "Mahan"); the links
/// returned join them into one entity.
pub(crate) fn fix_spans(text: &str, tokens: &[Token], lexs: &[TokLex], spans: Vec<NerSpan>) -> (Vec<NerSpan>, Vec<StemLink>) {
    let v = Words { text, tokens, lexs };
    let heads = TypeHeads::english();
    let mut out: Vec<NerSpan> = Vec::with_capacity(spans.len() + 2);
    let mut links: Vec<StemLink> = Vec::new();
    for mut s in spans {
        let (mut a, b) = (s.tokens.start, s.tokens.end);
        if b > tokens.len() || a >= b {
            out.push(s);
            continue;
        }
        // "Hurricane | Humberto": a head word before the span.
        if let Some(k) = head_before(&v, heads, a, s.label) {
            if out.last().is_none_or(|p| p.end <= tokens[k].start as usize) {
                a = k;
                s = v.span(a..b, s.label);
            }
        }
        if let Some(ty) = head_type(&v, heads, a, b, s.label) {
            // ("Parliament Square" tagged an organisation says nothing of
            // "Parliament".)
            // A storm's name is linked to its bare name whatever the tagger
            // said of it ("Hurricane Dorian" and "Dorian", both miscellaneous).
            if matches!(s.label, EntityType::Person | EntityType::Org | EntityType::Misc) && (ty != s.label || ty == EntityType::Misc) {
                if let Some((stem, first)) = stem_of(&v, heads, a, b, ty).filter(|(_, first)| (*first && ty == EntityType::Misc) || s.label == EntityType::Person) {
                    links.push(StemLink { owner: (s.start, s.end), stem: (tokens[stem.start].start as usize, tokens[stem.end - 1].end as usize), orgs: first });
                }
            }
            s.label = ty;
            out.push(s);
            continue;
        }
        if matches!(s.label, EntityType::Person | EntityType::Org) && names_a_product(&v, a, b) {
            s.label = EntityType::Misc;
            out.push(s);
            continue;
        }
        match split_title(&v, a, b, s.label) {
            Some(parts) => out.extend(parts),
            None => out.push(s),
        }
    }
    if !links.is_empty() {
        retype_stems(text, &mut links, &mut out);
    }
    (out, links)
}

/// Whether tokens `a..b`, tagged a person or an organisation, name a
/// product (claims29): a word of the "iPhone" shape (a lower-case "i" and
/// a capitalised stem), or a brand followed by a word with a capital
/// inside it ("Apple AirPods", "Apple CarPlay"), and no word of an
/// organisation's name ("Group", "Media"). No person is named so; a
/// model word at the end ("MacBook Pro", "Pro Max") is a `last` head in
/// entity_type_heads.tsv.
fn names_a_product(v: &Words<'_>, a: usize, b: usize) -> bool {
    let geo = newsledger_geo::Lexicon::english();
    if (a..b).any(|k| v.lexs[k].info.org_inner || v.lexs[k].info.org_opener || geo.is_org_head(v.word(k))) {
        return false;
    }
    let i_shape = |w: &str| {
        let mut c = w.chars();
        c.next() == Some('i') && c.next().is_some_and(|x| x.is_ascii_uppercase()) && c.next().is_some_and(|x| x.is_ascii_lowercase())
    };
    // "AirPods": two or more lower-case letters, then a capital; a
    // surname's particle joined to it ("DeBose", "LaGuardia") has one, and
    // "Mac"/"Mc" open surnames ("MacDonald").
    let inner_capital = |w: &str| {
        let low = w.chars().skip(1).take_while(|c| c.is_ascii_lowercase()).count();
        let mut c = w.chars();
        c.next().is_some_and(|x| x.is_ascii_uppercase())
            && low >= 2
            && w.chars().nth(1 + low).is_some_and(|x| x.is_ascii_uppercase())
            && w.chars().skip(2 + low).any(|x| x.is_ascii_lowercase())
            && !w.starts_with("Mac")
    };
    // (The brand is no given name: "Kathleen DelGiorno" is a person.)
    (a..b).any(|k| i_shape(v.word(k))) || (b - a == 2 && v.cap(a) && v.lexs[a].info.first_name.is_none() && !inner_capital(v.word(a)) && inner_capital(v.word(a + 1)))
}

/// The start of `first` head words (of a rule for `label`) that end right
/// before token `a`, capitalised and on the same line.
fn head_before(v: &Words<'_>, heads: &TypeHeads, a: usize, label: EntityType) -> Option<usize> {
    (1..=2).filter(|&k| k <= a).find(|&k| {
        let s = a - k;
        v.cap(s)
            && !v.tokens[s + 1..=a].iter().any(|t| t.newline_before)
            && heads.by_first.get(v.word(s)).into_iter().flatten().any(|h| {
                let r = &heads.rules[h.rule];
                r.position == Position::First && r.from.contains(&label) && h.words.len() == k && h.words.iter().enumerate().all(|(d, w)| v.cap(s + d) && v.is(s + d, w))
            })
    }).map(|k| a - k)
}

/// The tokens of a retyped span's stem: the name after a `first` head or
/// before a `last` head of the rule that gave `ty` ("Humberto", "Mahan").
/// `true` with it for a `first` head.
fn stem_of(v: &Words<'_>, heads: &TypeHeads, a: usize, b: usize, ty: EntityType) -> Option<(std::ops::Range<usize>, bool)> {
    let matches_at = |h: &Head, at: usize| h.words.iter().enumerate().all(|(d, w)| v.is(at + d, w));
    if let Some(h) = heads.by_first.get(v.word(a)).into_iter().flatten().find(|h| {
        let r = &heads.rules[h.rule];
        r.position == Position::First && r.to == ty && a + h.words.len() < b && matches_at(h, a)
    }) {
        return Some((a + h.words.len()..b, true));
    }
    let h = heads.by_last.get(v.word(b - 1)).into_iter().flatten().find(|h| heads.rules[h.rule].to == ty && a + h.words.len() < b && matches_at(h, b - h.words.len()))?;
    Some((a..b - h.words.len(), false))
}

/// Spans whose text is a retyped name's stem take its type, unless a
/// person of two words or more in the article opens or closes with that
/// stem ("Maria Kalesnikava" beside "Hurricane Maria"); such links are
/// dropped.
fn retype_stems(text: &str, links: &mut Vec<StemLink>, out: &mut [NerSpan]) {
    let person_word = |name: &str| {
        out.iter().any(|s| {
            let t = &text[s.start..s.end];
            s.label == EntityType::Person && t.len() > name.len() && ((t.starts_with(name) && t[name.len()..].starts_with(' ')) || (t.ends_with(name) && t[..t.len() - name.len()].ends_with(' ')))
        })
    };
    links.retain(|l| !person_word(&text[l.stem.0..l.stem.1]));
    for l in links.iter() {
        let stem = &text[l.stem.0..l.stem.1];
        let Some(ty) = out.iter().find(|s| (s.start, s.end) == l.owner).map(|s| s.label) else { continue };
        for s in out.iter_mut() {
            if (s.label == EntityType::Person || (l.orgs && s.label == EntityType::Org)) && &text[s.start..s.end] == stem && (s.start, s.end) != l.stem {
                s.label = ty;
            }
        }
    }
}

/// One entity for a retyped name and its bare stem ([`fix_spans`]'s
/// links): "Hurricane Humberto" and "Humberto", "Mahan Air" and "Mahan".
pub(super) fn link_stems(text: &str, links: &[StemLink], mentions: &[Mention], groups: &mut UnionFind) {
    for l in links {
        let Some(owner) = mentions.iter().position(|m| (m.start, m.end) == l.owner) else { continue };
        let stem = &text[l.stem.0..l.stem.1];
        for (k, m) in mentions.iter().enumerate() {
            if k != owner && m.ty == mentions[owner].ty && m.actor.is_none() && &text[m.start..m.end] == stem {
                groups.union(owner, k);
            }
        }
    }
}
