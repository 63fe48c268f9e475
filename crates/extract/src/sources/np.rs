//! Source noun phrases: who a speech verb's subject is. A small
//! deterministic grammar over tokens, entity mentions and the lexicons:
//!
//! ```text
//! NP := pronoun
//!     | [det|count] modifier* (PERSON-mention | Title+ Name) [", " appositive ","]
//!     | [det|count] modifier* head [postmodifier]
//!     | [det] ORG/GPE-mention
//! modifier := country | demonym | ORG-mention ["'s"] | title word | adjective
//! ```

use newsledger_model::{Entity, EntityType};
use newsledger_text::{Token, TokenKind};

use super::lexicon::{Head, HeadClass, Hint, Pronoun, SourceLexicon, WordInfo};
use crate::entities::lexicon::token_lexicon;
use crate::entities::{Lexicon, TitleClass, TokLex};

/// A parsed source phrase: tokens `[start, end)`.
#[derive(Debug, Clone)]
pub struct Np {
    pub start: usize,
    pub end: usize,
    pub kind: NpKind,
}

#[derive(Debug, Clone)]
pub enum NpKind {
    Pronoun(Pronoun),
    /// A known entity (person, organisation, country), with the role words
    /// before it or in an appositive.
    Entity { entity: usize, role: Option<(usize, usize)>, honorific: Option<char> },
    /// A capitalised name after a title that no entity covers yet.
    NewName { name: (usize, usize), role: Option<(usize, usize)> },
    /// "two current U.S. officials", "the ministry", "a spokesman".
    Descr(Descr),
    /// An organisation named in full where no entity covers the whole name
    /// ("the Committee to Protect Journalists", "Znak.com"); `outlet` for a
    /// web address.
    OrgName { name: (usize, usize), outlet: bool },
}

/// Top-level domains that make "Znak.com", "Meduza.io" a web outlet's name.
const DOMAINS: &[&str] = &["com", "org", "net", "ru", "ua", "uk", "info", "io", "news", "tv", "fr", "de", "es", "pk", "ir", "cn", "kz", "by", "az", "ge", "am"];

/// Lower-case words that join the parts of an organisation's name
/// ("Committee to Protect Journalists", "Institute for the Study of War").
pub(super) const NAME_JOINERS: &[&str] = &["to", "for", "of", "on", "against", "without", "the", "and"];

#[derive(Debug, Clone)]
pub struct Descr {
    pub head: Head,
    pub head_tok: usize,
    pub count: Option<u32>,
    pub definite: bool,
    /// Index into the entity lexicon's countries.
    pub country: Option<usize>,
    /// Organisation entity among the modifiers ("Pentagon officials").
    pub org: Option<usize>,
    pub hint: Hint,
    /// Modifiers other than the determiner were given.
    pub has_mods: bool,
    /// The body the people belong to, named after the head when no entity
    /// stands for it ("an aide to the governor": tokens of "governor").
    pub body: Option<(usize, usize)>,
}

/// Per-document token view shared by the source extractor.
pub struct Ctx<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    pub info: Vec<WordInfo>,
    pub lexs: std::borrow::Cow<'a, [TokLex]>,
    /// For a token where an entity mention starts: (end token, entity index).
    pub mention: Vec<Option<(u32, u32)>>,
    pub entities: &'a [Entity],
    pub lex: &'static Lexicon,
    pub slex: &'static SourceLexicon,
    /// The token after the article's dateline and its dash ("BUFFALO, N.Y.
    /// —"), when ingest found one at the start of the text.
    pub dateline_end: Option<usize>,
    /// Time expressions found earlier in the pipeline, as (first token, one
    /// past the last), sorted: "The ministry on Sunday said" has its
    /// subject before the time.
    pub times: Vec<(usize, usize)>,
}

impl<'a> Ctx<'a> {
    /// The first token of a time expression that ends right before token
    /// `end`, if one does.
    pub fn time_ending_at(&self, end: usize) -> Option<usize> {
        let i = self.times.partition_point(|&(_, e)| e < end);
        self.times.get(i).filter(|&&(_, e)| e == end).map(|&(s, _)| s)
    }

    /// Token `k` lies inside a time expression ("on Tuesday, November 19").
    pub fn in_time(&self, k: usize) -> bool {
        let i = self.times.partition_point(|&(_, e)| e <= k);
        self.times.get(i).is_some_and(|&(s, _)| s <= k)
    }

    /// `lexs`: the tokens' [`TokLex`] when an earlier extractor computed
    /// them (one per token), else computed here.
    pub fn new(text: &'a str, toks: &'a [Token], entities: &'a [Entity], lexs: &'a [TokLex]) -> Ctx<'a> {
        let slex = SourceLexicon::english();
        let lexs: std::borrow::Cow<'a, [TokLex]> =
            if lexs.len() == toks.len() { std::borrow::Cow::Borrowed(lexs) } else { std::borrow::Cow::Owned(token_lexicon(text, toks)) };
        let mut info: Vec<WordInfo> = lexs
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let mut inf = l.info;
                // Capitalised "State", "Post", "Report" are names, not verbs;
                // but a sentence may open with an inverted "Says Michael
                // Hirsch: …".
                if l.capitalised {
                    let t = &toks[i];
                    let opens = i == 0 || t.newline_before || toks[i - 1].kind == TokenKind::Terminal;
                    let name_follows = lexs.get(i + 1).is_some_and(|n| n.capitalised);
                    if !(opens && name_follows) {
                        inf.verb = None;
                    }
                    // "The Washington Post", "the Drudge Report": inside a
                    // sentence a capitalised document word names an outlet.
                    if !opens && inf.head.is_some_and(|h| h.class == HeadClass::Doc) {
                        inf.head = None;
                    }
                }
                inf
            })
            .collect();
        // "the coast guard", "a civil defence spokesman": the second word of
        // a two-word head is the head, and modifies a head after it.
        for i in 1..toks.len() {
            let word = |k: usize| toks[k].text(text);
            if !lexs[i - 1].info.compound_first || toks[i].kind != TokenKind::Word || toks[i - 1].kind != TokenKind::Word || toks[i].newline_before {
                continue;
            }
            if let Some(&(_, _, head)) = slex.compound_heads.iter().find(|(a, b, _)| word(i - 1).eq_ignore_ascii_case(a) && word(i).eq_ignore_ascii_case(b)) {
                info[i].head = Some(head);
                info[i].verb = None;
                info[i].modifier.get_or_insert(Hint::None);
            }
        }
        let mut mention = vec![None; toks.len()];
        for (ei, e) in entities.iter().enumerate() {
            for m in &e.mentions {
                let s = toks.partition_point(|t| (t.start as usize) < m.start);
                if s >= toks.len() || toks[s].start as usize != m.start {
                    continue;
                }
                let mut end = s;
                while end < toks.len() && (toks[end].start as usize) < m.end {
                    end += 1;
                }
                if end > s {
                    mention[s] = Some((end as u32, ei as u32));
                }
            }
        }
        Ctx { text, toks, info, lexs, mention, entities, lex: Lexicon::english(), slex, dateline_end: None, times: Vec::new() }
    }

    pub fn word(&self, i: usize) -> &'a str {
        self.toks[i].text(self.text)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.toks[i].kind == TokenKind::Word
    }

    pub fn is_capitalised(&self, i: usize) -> bool {
        self.is_word(i) && self.word(i).chars().next().is_some_and(char::is_uppercase)
    }

    pub fn word_is(&self, i: usize, w: &str) -> bool {
        i < self.toks.len() && self.word(i).eq_ignore_ascii_case(w)
    }

    pub fn is_possessive(&self, i: usize) -> bool {
        i < self.toks.len() && matches!(self.word(i), "'s" | "’s" | "'" | "’") && !self.toks[i].space_before
    }

    pub fn mention_at(&self, i: usize) -> Option<(usize, usize)> {
        self.mention.get(i).copied().flatten().map(|(e, ent)| (e as usize, ent as usize))
    }

    pub fn span(&self, a: usize, b: usize) -> (usize, usize) {
        (self.toks[a].start as usize, self.toks[b - 1].end as usize)
    }

    pub fn slice(&self, a: usize, b: usize) -> &'a str {
        let (s, e) = self.span(a, b);
        &self.text[s..e]
    }

    fn is_title(&self, i: usize) -> Option<TitleClass> {
        self.lexs[i].title
    }

    /// A capitalised word that can be part of a person's name: not a title,
    /// a country, a lexicon word or a sentence-opening function word.
    fn is_name_word(&self, i: usize) -> bool {
        self.lexs[i].name_word
    }

    /// An initial inside a name ("F." in "Walter F. Williams").
    fn is_initial(&self, i: usize) -> bool {
        let w = self.word(i);
        w.len() == 2 && w.ends_with('.') && w.chars().next().is_some_and(char::is_uppercase)
    }

    /// A lower-case word the lexicons do not know, which may modify a head
    /// after it in a phrase starting at `i` ("rights" of "rights groups"):
    /// no head, modifier, verb, quantifier, pronoun, function word,
    /// preposition, conjunction, possessive, or relative or question word;
    /// not in a clause opened by "that" ("given that many analysts").
    fn is_plain_modifier(&self, j: usize, i: usize) -> bool {
        let inf = self.info[j];
        let w = self.word(j);
        inf.head.is_none()
            && inf.modifier.is_none()
            && inf.verb.is_none()
            && inf.quant.is_none()
            && inf.pronoun.is_none()
            && !inf.function
            && !inf.preposition
            && self.is_word(j)
            && w.starts_with(|c: char| c.is_ascii_lowercase())
            && !w.contains('.')
            && !["and", "or", "nor", "but"].contains(&w)
            && !self.is_possessive(j)
            && !matches!(w, "which" | "what" | "whose" | "who" | "whom" | "where" | "when" | "why" | "how" | "whether")
            && !self.word_is(i, "that")
    }

    /// A head noun or title (or a name after a title) within `reach`
    /// tokens: the capitalised words before it name an organisation ("a Sun
    /// spokesman", "Merrill Lynch food analyst William Maguire").
    fn head_or_title_within(&self, from: usize, lim: usize, reach: usize) -> bool {
        (from..lim.min(from + reach)).any(|k| self.info[k].head.is_some() || self.is_title(k).is_some_and(|c| c != TitleClass::Honorific))
    }

    /// A token after which a head noun is only a modifier: another head, a
    /// title, or a name.
    fn continues_np(&self, i: usize, lim: usize, titled: bool) -> bool {
        if i >= lim {
            return false;
        }
        if let Some((_, e)) = self.mention_at(i) {
            return titled && self.entities[e].entity_type == EntityType::Person;
        }
        self.info[i].head.is_some()
            || (titled && self.is_capitalised(i) && (self.is_title(i).is_some() || self.is_name_word(i)))
    }

    /// Capitalised name tokens from `i`: 1 to 4 words, allowing particles.
    fn name_run(&self, i: usize, lim: usize) -> Option<usize> {
        let mut j = i;
        let mut last = None;
        while j < lim && j - i < 5 {
            if self.is_name_word(j) {
                last = Some(j);
                j += 1;
            } else if last.is_some() && j + 1 < lim && (matches!(self.word(j), "de" | "del" | "la" | "da" | "van" | "von" | "bin" | "al") || self.is_initial(j)) && self.is_name_word(j + 1) {
                j += 1;
            } else {
                break;
            }
        }
        last.map(|l| l + 1)
    }

    /// A speaker phrase after an inverted speech verb ("…,” said Joel D.
    /// Gross, a vice president at …): a source phrase, or else a name of two
    /// to five words that no entity pass found.
    pub fn parse_inverted_speaker(&self, i: usize, lim: usize) -> Option<Np> {
        if let Some(np) = self.parse_np(i, lim) {
            return Some(np);
        }
        let end = self.name_run(i, lim)?;
        let words = (i..end).filter(|&k| self.is_name_word(k)).count();
        if words < 2 || (i..end).any(|k| self.mention_at(k).is_some() || self.is_title(k).is_some() || self.info[k].verb.is_some() || self.info[k].adverb) || self.is_possessive(end) {
            return None;
        }
        Some(self.with_appositive(Np { start: i, end, kind: NpKind::NewName { name: (i, end), role: None } }, lim))
    }

    /// An appositive `[from, to)` that is a person's name after the words
    /// that describe them ("civil and environmental engineering professor
    /// Julian Marshall", "retired teacher Maria Lopez", "local shopkeeper
    /// Ahmed Khan"): the name (the tagger's person, or two to four name
    /// words no entity covers), those words its role. The words before it are
    /// lower-case words, titles or capitalised modifiers, "and" and "of"
    /// inside; no speech verb, pronoun, other function word or
    /// preposition, and the last one a title, a head noun or a plain word.
    pub fn person_after_description(&self, from: usize, to: usize) -> Option<Np> {
        if to <= from + 2 || to - from > 12 || to > self.toks.len() {
            return None;
        }
        let (k, kind) = match (from + 1..to).find_map(|k| self.mention_at(k).filter(|&(mend, e)| mend == to && self.entities[e].entity_type == EntityType::Person).map(|(_, e)| (k, e))) {
            Some((k, e)) => (k, NpKind::Entity { entity: e, role: Some((from, k)), honorific: None }),
            None => {
                let k = (from + 1..to).find(|&k| self.is_name_word(k) && self.mention_at(k).is_none())?;
                let words = (k..to).filter(|&x| self.is_name_word(x)).count();
                if self.name_run(k, to) != Some(to) || words < 2 || (k..to).any(|x| self.mention_at(x).is_some()) {
                    return None;
                }
                (k, NpKind::NewName { name: (k, to), role: Some((from, k)) })
            }
        };
        let describes = |x: usize| {
            let inf = self.info[x];
            let w = self.word(x);
            let inside = x > from && matches!(w, "and" | "of");
            // ("The official, citing Ahmed Khan, said": a cue or a
            // participle opening the aside is no description.)
            self.is_word(x)
                && inf.verb.is_none()
                && !inf.phrase_start
                && !(x == from && w.len() > 4 && w.ends_with("ing"))
                && inf.pronoun.is_none()
                && self.mention_at(x).is_none()
                && (inside || (!inf.function && !inf.preposition && !["and", "or", "nor", "but", "that", "which", "who", "whose", "whom"].contains(&w)))
                && (!self.is_capitalised(x) || self.is_title(x).is_some() || inf.modifier.is_some() || self.lexs[x].country().is_some())
        };
        let last = k - 1;
        let last_names_one = self.is_title(last).is_some() || self.info[last].head.is_some() || self.is_plain_modifier(last, from);
        ((from..k).all(describes) && last_names_one && !matches!(self.word(last), "and" | "of")).then_some(Np { start: from, end: to, kind })
    }

    /// The end of a web address starting at `i` ("Znak.com", "Meduza.io"):
    /// a capitalised word, a glued period and a domain.
    pub fn domain_end(&self, i: usize, lim: usize) -> Option<usize> {
        let glued = |k: usize| !self.toks[k].space_before && !self.toks[k].newline_before;
        (i + 2 < lim
            && self.is_capitalised(i)
            && self.word(i + 1) == "."
            && glued(i + 1)
            && glued(i + 2)
            && DOMAINS.iter().any(|d| self.word(i + 2).eq_ignore_ascii_case(d)))
        .then_some(i + 3)
    }

    /// A name that a capitalised phrase `np` ends (a mis-tagged "Protect
    /// Journalists") when capitalised words joined by "to", "for", "of"…
    /// stand before it: the whole "Committee to Protect Journalists",
    /// from its determiner.
    pub fn org_name_ending(&self, np: &Np, floor: usize) -> Option<Np> {
        let name_like = |k: usize| self.is_capitalised(k) && self.is_title(k).is_none() && !self.lexs[k].info.function && self.lexs[k].country().is_none();
        let joiner = |k: usize| NAME_JOINERS.iter().any(|w| self.word(k) == *w);
        if !(np.start..np.end).all(|k| name_like(k) || joiner(k)) || np.start < floor + 2 || !joiner(np.start - 1) {
            return None;
        }
        // Before the joiner, titles, countries and possessives may belong
        // to the name ("the U.S. Attorney's Office for the Western District",
        // "the United Nations High Commissioner for Human Rights").
        let part = |k: usize| (self.is_capitalised(k) && !self.lexs[k].info.function) || self.is_possessive(k);
        let mut first = np.start;
        let mut k = np.start;
        let mut titled = false;
        while k > floor && k + 12 > np.start && (part(k - 1) || joiner(k - 1)) {
            k -= 1;
            if part(k) && !self.is_possessive(k) {
                first = k;
                titled |= self.is_title(k).is_some();
            }
        }
        let w = self.word(first);
        let person = matches!(np.kind, NpKind::NewName { .. }) || matches!(np.kind, NpKind::Entity { entity, .. } if self.entities[entity].entity_type == EntityType::Person);
        // "President of Iran Hassan Rouhani" is a person with a title.
        if first == np.start || w.ends_with("ing") || (person && titled) || self.mention_at(first).is_some_and(|(_, e)| self.entities[e].entity_type == EntityType::Person) {
            return None;
        }
        let start = if first > floor && self.word_is(first - 1, "the") { first - 1 } else { first };
        if let Some((_, e)) = self.mention_at(first).filter(|&(mend, _)| mend == np.end) {
            return Some(Np { start, end: np.end, kind: NpKind::Entity { entity: e, role: None, honorific: None } });
        }
        Some(Np { start, end: np.end, kind: NpKind::OrgName { name: (first, np.end), outlet: false } })
    }

    /// "ambassador to Germany": the title at `t` takes "to" for the place of
    /// its office, as others take "of".
    fn office_to(&self, t: usize) -> bool {
        t + 1 < self.toks.len() && self.word_is(t + 1, "to") && self.info[t].envoy
    }

    /// "the mayor of London, Sadiq Khan," / "Mayor of London Sadiq Khan":
    /// after a title and "of" at `of`, the place or body the office belongs
    /// to, then the person who holds it. The person is the phrase; the role
    /// runs from `role_start` to the end of the place.
    fn office_holder(&self, i: usize, role_start: usize, of: usize, lim: usize, honorific: Option<char>) -> Option<Np> {
        let mut p = of + 1;
        if p < lim && self.word_is(p, "the") {
            p += 1;
        }
        if p >= lim {
            return None;
        }
        let tagged = self.mention_at(p).filter(|&(mend, e)| mend <= lim && self.entities[e].entity_type != EntityType::Person);
        let place_end = match tagged {
            // A tagger that ran the place into the name ("Lyon Gérard
            // Collomb", "Britain Liu Xiaming" as one organisation) with
            // nothing after it.
            Some((mend, _)) if mend - p >= 3 && (mend >= lim || !self.is_capitalised(mend)) && (p + 1..mend).all(|k| self.is_name_word(k)) => p + 1,
            Some((mend, _)) => mend,
            None => {
                let mut k = p;
                while k < lim && k - p < 5 && self.is_capitalised(k) && self.mention_at(k).is_none() && self.is_title(k).is_none() {
                    k += 1;
                }
                let person_next = self.mention_at(k).is_some_and(|(_, e)| self.entities[e].entity_type == EntityType::Person);
                if k == p {
                    return None;
                }
                if (k < lim && self.word(k) == ",") || person_next {
                    k
                } else if k - p >= 3 {
                    // "Mayor of Lyon Gérard Collomb" untagged: a one-word
                    // place, then the name.
                    p + 1
                } else {
                    return None;
                }
            }
        };
        let comma = place_end < lim && self.word(place_end) == ",";
        let k = place_end + usize::from(comma);
        let (name_end, kind) = match self.mention_at(k) {
            Some((pend, e)) if pend <= lim && self.entities[e].entity_type == EntityType::Person => (pend, NpKind::Entity { entity: e, role: Some((role_start, place_end)), honorific }),
            Some(_) => return None,
            None => {
                let nend = self.name_run(k, lim)?;
                if (k..nend).filter(|&x| self.is_name_word(x)).count() < 2 {
                    return None;
                }
                (nend, NpKind::NewName { name: (k, nend), role: Some((role_start, place_end)) })
            }
        };
        let mut end = name_end;
        if comma && end < lim && self.word(end) == "," && end + 1 < self.toks.len() && (self.info[end + 1].verb.is_some() || self.info[end + 1].adverb) {
            // The closing comma of the apposition, before the verb.
            end += 1;
        }
        Some(Np { start: i, end, kind })
    }

    /// A social platform's name (`sources_platforms.txt`).
    pub fn is_platform(&self, entity: usize) -> bool {
        let e = &self.entities[entity];
        self.slex.is_platform(&e.text) || e.canonical.as_deref().is_some_and(|c| self.slex.is_platform(c))
    }

    /// Parses a source phrase starting at token `i`, not running past `lim`.
    /// A platform is where something was posted, not who says it ("on
    /// Twitter", "a Twitter post"); a document "by" its author is the
    /// author's ("a Facebook post by the mayor" → the mayor).
    pub fn parse_np(&self, i: usize, lim: usize) -> Option<Np> {
        let np = self.parse_np_words(i, lim)?;
        match &np.kind {
            NpKind::Entity { entity, .. } if self.is_platform(*entity) => {
                let after_preposition = i > 0 && matches!(self.word(i - 1).to_ascii_lowercase().as_str(), "on" | "via" | "across" | "onto");
                let indefinite = self.info[i].quant.is_some_and(|q| !q.definite);
                (!after_preposition && !indefinite).then_some(np)
            }
            NpKind::Descr(d) if d.head.class == HeadClass::Doc && (np.end + 1 < lim || d.head_tok + 3 < np.end) => {
                // "a tweet on Monday by X": a short time adjunct may come first;
                // "figures released by the ministry": a participle that
                // gives a document (`given` in `sources_figure_words.tsv`),
                // also when the phrase already runs over it.
                let given = |k: usize| k + 2 < lim && self.info[k].figure_giver && self.word_is(k + 1, "by");
                let from = if given(d.head_tok + 1) {
                    d.head_tok + 2
                } else if d.head_tok + 2 < lim && (self.word_is(d.head_tok + 1, "by") || self.word_is(d.head_tok + 1, "from")) {
                    // "The statement by the army said", "A statement from the
                    // presidency said": the phrase ran over "by" / "from".
                    d.head_tok + 1
                } else if given(np.end) {
                    np.end + 1
                } else {
                    np.end
                };
                if from >= lim {
                    return Some(np);
                }
                let by = (from..lim.min(from + 5)).find(|&k| !self.is_time_adjunct_word(k)).filter(|&k| self.word_is(k, "by") || (k == from && self.word_is(k, "from")));
                // ("a report from Gaza": where it came from, not who wrote it.)
                let from_place = |a: &Np| by.is_some_and(|b| self.word_is(b, "from")) && matches!(&a.kind, NpKind::Entity { entity, .. } if matches!(self.entities[*entity].entity_type, EntityType::Gpe | EntityType::Loc));
                let Some(by) = by else { return Some(np) };
                // ("a statement released by Erdogan's office": the office's,
                // kept as the document's phrase.)
                // ("reports from The Wrap and Deadline": two authors, none alone.)
                let joined = |a: &Np| a.end < lim && ["and", "or", "&"].iter().any(|c| self.word_is(a.end, c));
                let author = self.parse_np_words(by + 1, lim).filter(|a| !self.is_possessive(a.end) && !from_place(a) && !joined(a)).filter(|a| match &a.kind {
                    NpKind::Entity { entity, .. } => !self.is_platform(*entity),
                    NpKind::Descr(ad) => ad.head.class != HeadClass::Doc,
                    NpKind::NewName { .. } | NpKind::OrgName { .. } => true,
                    NpKind::Pronoun(_) => false,
                });
                Some(author.unwrap_or(np))
            }
            _ => Some(np),
        }
    }

    /// A four-digit year from 1900 to 2099 ("2011"; the events stage's
    /// `is_year` on a number token).
    fn is_year(&self, k: usize) -> bool {
        self.toks[k].kind == TokenKind::Number && crate::events::modality::is_year(self.word(k))
    }

    /// A word of a short time adjunct ("on Monday", "last week", "in March").
    fn is_time_adjunct_word(&self, k: usize) -> bool {
        self.is_capitalised(k)
            || self.toks[k].kind == TokenKind::Number
            || matches!(self.word(k).to_ascii_lowercase().as_str(), "on" | "in" | "at" | "last" | "this" | "early" | "late" | "earlier" | "week" | "month" | "year" | "night" | "morning" | "evening")
    }

    fn parse_np_words(&self, i: usize, lim: usize) -> Option<Np> {
        if i >= lim || !matches!(self.toks[i].kind, TokenKind::Word | TokenKind::Number) {
            return None;
        }
        if let Some(end) = self.domain_end(i, lim) {
            return Some(Np { start: i, end, kind: NpKind::OrgName { name: (i, end), outlet: true } });
        }
        if let Some(p) = self.info[i].pronoun {
            // "US" is a country, not "us"; "I" only as a word of its own.
            let w = self.word(i);
            if w.chars().skip(1).all(char::is_lowercase) || w == "I" {
                return Some(Np { start: i, end: i + 1, kind: NpKind::Pronoun(p) });
            }
        }
        let mut j = i;
        let mut count = None;
        let mut definite = false;
        let mut honorific = None;
        // "The Guardian", "The Times": when the entity's own mention opens
        // with the article, the article is part of the name, so the mention
        // is read whole rather than skipped over after its first word.
        let name_with_article = self.mention_at(i).is_some();
        if let Some(q) = self.info[i].quant.filter(|q| !(name_with_article && q.definite && q.count.is_none())) {
            count = q.count;
            definite = q.definite;
            j += 1;
            if j + 1 < lim && self.word_is(j + 1, "of") {
                let w = self.word(j).to_ascii_lowercase();
                let c = match w.as_str() {
                    "pair" | "couple" => Some(Some(2)),
                    "dozen" => Some(Some(12)),
                    "number" | "handful" | "group" | "team" | "majority" | "series" => Some(None),
                    _ => None,
                };
                if let Some(c) = c {
                    count = c;
                    j += 2;
                }
            }
        } else if self.toks[i].kind == TokenKind::Number {
            count = self.word(i).replace(',', "").parse().ok();
            j += 1;
        }
        // "One of the organisers", "two of the officials": a count of the
        // people the phrase after "of" names.
        if count.is_some() && j == i + 1 && j + 2 < lim && self.word_is(j, "of") && ["the", "its", "their", "his", "her"].iter().any(|d| self.word_is(j + 1, d)) {
            j += 2;
        }
        let det_end = j;
        let mut country: Option<usize> = None;
        let mut org: Option<usize> = None;
        let mut hint = Hint::None;
        let mut has_mods = false;
        let mut role_start: Option<usize> = None;
        let mut last_entity: Option<(usize, usize)> = None; // (entity, end token)
        let mut title_seen = false;
        // A plain word was taken before another plain word and a head.
        let mut plain_run = false;
        while j < lim {
            if let Some((mend, e)) = self.mention_at(j) {
                if mend > lim {
                    break;
                }
                let ety = self.entities[e].entity_type;
                // "U.S. Attorney Bash", "Sheriff Bill Brown" tagged as one
                // name of a place or thing: the title makes the rest a
                // person's name, the words up to it the role.
                if matches!(ety, EntityType::Misc | EntityType::Loc) {
                    if let Some(np) = self.titled_name_in(i, role_start.unwrap_or(j), j, mend, lim) {
                        return Some(np);
                    }
                }
                // "according to Sui-Lee Wee of the New York Times": a
                // hyphenated given name the tagger took alone, then the
                // surname it left out.
                if ety == EntityType::Misc && mend < lim && self.hyphenated_given_name(j, mend) && self.is_name_word(mend) && self.mention_at(mend).is_none() && !(mend + 1 < lim && self.is_capitalised(mend + 1)) {
                    let role = role_start.filter(|_| title_seen || has_mods).map(|s| (s, j));
                    return Some(self.with_appositive(Np { start: i, end: mend + 1, kind: NpKind::NewName { name: (j, mend + 1), role } }, lim));
                }
                // "the Haddad family said": a surname before "family" names
                // which family speaks; the family is the source.
                if ety == EntityType::Person && mend < lim && self.info[mend].head.is_some_and(|h| h.lemma == "family") {
                    role_start.get_or_insert(j);
                    has_mods = true;
                    last_entity = None;
                    j = mend;
                    continue;
                }
                if ety == EntityType::Person {
                    let role = role_start.filter(|_| title_seen || has_mods).map(|s| (s, j));
                    let np = Np { start: i, end: mend, kind: NpKind::Entity { entity: e, role, honorific } };
                    return Some(self.with_appositive(np, lim));
                }
                if matches!(ety, EntityType::Gpe | EntityType::Norp | EntityType::Loc) {
                    if let Some(c) = self.country_of_entity(e, j, mend) {
                        country = Some(c);
                    }
                } else {
                    org = Some(e);
                }
                role_start.get_or_insert(j);
                has_mods = true;
                last_entity = Some((e, mend));
                j = mend;
                if self.is_possessive(j) {
                    j += 1;
                    last_entity = None;
                }
                continue;
            }
            // "a 2019 report", "Amnesty's 2011 study": a year after the
            // determiner or a modifier dates the document it precedes.
            if j > i && j + 1 < lim && self.is_year(j) && !self.is_capitalised(j + 1) && self.info[j + 1].head.is_some_and(|h| h.class == HeadClass::Doc) {
                has_mods = true;
                last_entity = None;
                j += 1;
                continue;
            }
            let w = self.word(j);
            let inf = self.info[j];
            if !self.is_word(j) {
                break;
            }
            // A demonym or country name the entity pass left alone.
            if self.is_capitalised(j) {
                if let Some(c) = self.lexs[j].country() {
                    country = Some(c as usize);
                    role_start.get_or_insert(j);
                    has_mods = true;
                    last_entity = None;
                    j += 1;
                    if self.is_possessive(j) {
                        j += 1;
                    }
                    continue;
                }
            }
            // A first name the entity pass left out ("Abby" before the
            // tagged "Joseph Cohen").
            if j == det_end && self.is_name_word(j) && self.mention_at(j).is_none() && self.is_title(j).is_none() && self.mention_at(j + 1).is_some_and(|(_, e)| self.entities[e].entity_type == EntityType::Person) {
                j += 1;
                continue;
            }
            // Capitalised words of an organisation no entity pass knows,
            // before a head or title ("a Sun spokesman", "Hewlett-Packard's
            // Mr. Archuleta", "Bethlehem Chairman Walter F. Williams").
            // ("When Afghan President Ashraf Ghani": a sentence-opening
            // function word is no part of the role.)
            if self.is_capitalised(j) && inf.head.is_none() && self.is_title(j).is_none() && inf.pronoun.is_none() && inf.quant.is_none() && !inf.function {
                let possessive = self.is_possessive(j + 1);
                let next = if possessive { j + 2 } else { j + 1 };
                if next < lim && (possessive && self.is_title(next) == Some(TitleClass::Honorific) || self.head_or_title_within(next, lim, 3)) {
                    role_start.get_or_insert(j);
                    has_mods = true;
                    last_entity = None;
                    j = next;
                    continue;
                }
            }
            // An adjective the lexicon does not know, between a determiner and
            // a title or name ("a buoyant Gen. Norman Schwarzkopf").
            // Also after an organisation: "Merrill Lynch food analyst X".
            // A conjunction joins two phrases ("the Department of Homeland
            // Security and Alex Azar"): it is never such an adjective.
            let conjunction = ["and", "or", "nor", "but"].iter().any(|c| w.eq_ignore_ascii_case(c));
            if ((j == det_end && j > i) || (has_mods && org.is_some())) && !conjunction && !self.is_capitalised(j) && inf.head.is_none() && inf.modifier.is_none() && inf.verb.is_none() && j + 1 < lim {
                let next_is_title = self.is_title(j + 1).is_some() || self.mention_at(j + 1).is_some_and(|(_, e)| self.entities[e].entity_type == EntityType::Person);
                // "a war monitor", "the monitoring group": a noun or
                // adjective the lexicon does not know, right after the
                // determiner, before a head noun, is part of the description.
                // ("given that many analysts": "that" there opens a clause.)
                let next_is_head = j == det_end && !self.word_is(i, "that") && self.info[j + 1].head.is_some() && !self.is_capitalised(j + 1);
                if next_is_title || next_is_head {
                    j += 1;
                    continue;
                }
            }
            // "rights groups", "Human rights groups", "rescue officials": with
            // no determiner, one such word right before a lower-case head.
            // (Not "’s", nor a relative or question word: "which people".
            // The cheap tests first: this runs for every word of every
            // phrase tried.)
            // Two such words may stand there ("humanitarian aid workers",
            // "the disaster relief agency"): the first is taken when a second
            // and the head follow, the second because it continues the run.
            let head_at = |k: usize| k < lim && self.info[k].head.is_some() && !self.is_capitalised(k);
            let may_start = j == i || j == det_end || has_mods || plain_run;
            let before_head = may_start && (head_at(j + 1) || (!plain_run && head_at(j + 2) && self.is_plain_modifier(j + 1, i)));
            if before_head && self.is_plain_modifier(j, i) {
                plain_run = !head_at(j + 1);
                j += 1;
                continue;
            }
            if let Some(h) = inf.head {
                // "the governor's office", "the army's spokesman": a head in
                // the possessive modifies the head after it. ("The ministry's
                // statement" is the ministry's: see `document_issuer`.)
                if self.is_possessive(j + 1) && j + 2 < lim && self.info[j + 2].head.is_some_and(|h2| h2.class != HeadClass::Doc) && !self.is_capitalised(j + 2) {
                    role_start.get_or_insert(j);
                    has_mods = true;
                    last_entity = None;
                    j += 2;
                    continue;
                }
                let titled = matches!(h.class, HeadClass::Role | HeadClass::Spokes) || self.is_title(j).is_some() || h.kin;
                let of_title = titled && j + 2 < lim && self.word_is(j + 1, "of") && self.is_capitalised(j + 2) && self.is_title(j + 2).is_some();
                if titled && !of_title && (self.word_is(j + 1, "of") || self.office_to(j)) {
                    if let Some(np) = self.office_holder(i, role_start.unwrap_or(j), j + 1, lim, honorific) {
                        return Some(np);
                    }
                }
                // "study co-author Anezina Solomonidou", "report author X":
                // a document before a title is whose author the person is.
                if h.class == HeadClass::Doc && j + 1 < lim && !self.is_capitalised(j + 1) && self.is_title(j + 1).is_some_and(|c| c == TitleClass::Head) {
                    role_start.get_or_insert(j);
                    has_mods = true;
                    last_entity = None;
                    j += 1;
                    continue;
                }
                if !of_title && !self.continues_np(j + 1, lim, titled) {
                    let np_end = j + 1;
                    let d = Descr { head: h, head_tok: j, count: count.or(if h.plural { None } else { Some(1) }), definite, country, org, hint, has_mods, body: None };
                    let np = Np { start: i, end: np_end, kind: NpKind::Descr(d) };
                    return Some(self.with_postmodifier(np, lim));
                }
            }
            match self.is_title(j) {
                Some(TitleClass::Honorific) => {
                    honorific = Some(match w.trim_end_matches('.').to_ascii_lowercase().as_str() {
                        "mr" | "sir" => 'm',
                        "mrs" | "ms" | "miss" | "dame" => 'f',
                        _ => '-',
                    });
                    j += 1;
                    continue;
                }
                Some(_) => {
                    role_start.get_or_insert(j);
                    title_seen = true;
                    last_entity = None;
                    if let Some(h) = inf.modifier {
                        if hint == Hint::None {
                            hint = h;
                        }
                    }
                    j += 1;
                    // "Secretary of State", "Minister of Defense".
                    if j + 1 < lim && self.word_is(j, "of") && self.is_capitalised(j + 1) && self.is_title(j + 1).is_some() {
                        j += 1;
                    } else if j + 1 < lim && (self.word_is(j, "of") || self.office_to(j - 1)) {
                        if let Some(np) = self.office_holder(i, role_start.unwrap_or(i), j, lim, honorific) {
                            return Some(np);
                        }
                    }
                    continue;
                }
                None => {}
            }
            if let Some(h) = inf.modifier {
                if j + 1 < lim {
                    if hint == Hint::None || h != Hint::None {
                        hint = if h == Hint::None { hint } else { h };
                    }
                    has_mods = true;
                    last_entity = None;
                    role_start.get_or_insert(j);
                    j += 1;
                    continue;
                }
            }
            break;
        }
        // A name after titles that no entity covers ("spokesman Sean Parnell").
        if title_seen || honorific.is_some() {
            if let Some(nend) = self.name_run(j, lim) {
                let role = role_start.map(|s| (s, j)).filter(|_| title_seen);
                let np = Np { start: i, end: nend, kind: NpKind::NewName { name: (j, nend), role } };
                return Some(self.with_appositive(np, lim));
            }
        }
        // The phrase is an organisation or country ("the Pentagon", "Mexico").
        if let Some((e, end)) = last_entity {
            if end == j && j > det_end {
                let np = Np { start: i, end, kind: NpKind::Entity { entity: e, role: None, honorific: None } };
                // "The Health Ministry in Gaza said": where a body is.
                // ("Democrats in Congress vowed": party members where they sit.)
                let members_in = self.entities[e].entity_type == EntityType::Norp && self.word_is(end, "in");
                // (The bound first: the entity may end the text.)
                if end + 1 < lim && (self.entities[e].entity_type == EntityType::Org && matches!(self.word(end), "in" | "of" | "from" | "at") || members_in) {
                    return Some(self.with_postmodifier(np, lim));
                }
                return Some(np);
            }
        }
        // "the president", "Mexico's foreign minister": a role without a name.
        if title_seen && j > det_end && self.is_title(j - 1) == Some(TitleClass::Head) {
            if let Some(h) = self.info[j - 1].head {
                let d = Descr { head: h, head_tok: j - 1, count: Some(1), definite, country, org, hint, has_mods, body: None };
                return Some(Np { start: i, end: j, kind: NpKind::Descr(d) });
            }
        }
        // An unknown two-word name right before a speech verb is handled by
        // the caller ([`Ctx::bare_name`]).
        None
    }

    /// Tokens `[from, to)` that make one word of two capitalised parts
    /// joined by a hyphen, one of them a known given name or both short
    /// ("Sui-Lee", "Jean-Luc", "Mary-Kate").
    fn hyphenated_given_name(&self, from: usize, to: usize) -> bool {
        let w = self.slice(from, to);
        if w.contains(char::is_whitespace) {
            return false;
        }
        let Some((a, b)) = w.split_once('-') else { return false };
        let part = |p: &str| p.chars().next().is_some_and(char::is_uppercase) && p.chars().skip(1).all(char::is_lowercase) && p.len() >= 2;
        // (Short parts too: "Sui-Lee"; "Lee" is no clear gender's, so not listed.)
        let short = a.chars().count() <= 4 && b.chars().count() <= 4;
        part(a) && part(b) && (short || self.slex.info(a).first_name.is_some() || self.slex.info(b).first_name.is_some())
    }

    /// Inside a mention `[from, mend)` that is no person's, a head title
    /// followed by one to three name words that end the mention:
    /// the person's name, with the role from `role_start` to the name.
    fn titled_name_in(&self, i: usize, role_start: usize, from: usize, mend: usize, lim: usize) -> Option<Np> {
        // (A head title: "National" of "National Review" only qualifies one.)
        let t = (from..mend).rev().find(|&k| self.is_capitalised(k) && self.is_title(k) == Some(TitleClass::Head))?;
        let name = t + 1;
        if name >= mend || mend - name > 3 || !(name..mend).all(|k| self.is_name_word(k) || self.is_initial(k)) {
            return None;
        }
        Some(self.with_appositive(Np { start: i, end: mend, kind: NpKind::NewName { name: (name, mend), role: Some((role_start, name)) } }, lim))
    }

    /// Two to four capitalised name words ending at `end` (exclusive), for
    /// speakers no entity pass found ("Ana Beltrán said").
    pub fn bare_name(&self, start: usize, end: usize) -> bool {
        end >= start + 2 && end - start <= 4 && (start..end).all(|k| self.is_name_word(k)) && self.mention_at(start).is_none()
    }

    fn country_of_entity(&self, e: usize, a: usize, b: usize) -> Option<usize> {
        let code = self.lex.country_of(self.slice(a, b)).map(|c| c.code.clone()).or_else(|| {
            self.entities[e].canonical.as_deref().and_then(|c| self.lex.country_of(c)).map(|c| c.code.clone())
        })?;
        self.lex.countries.iter().position(|c| c.code == code)
    }

    /// ", Mexico's president," / ", a spokesman for the ministry," after a
    /// name, kept only when a speech verb (or an adverb) follows.
    fn with_appositive(&self, mut np: Np, lim: usize) -> Np {
        // "Kurt Brouwer of Brouwer amp Janachowski", "Freeh at a news
        // conference": a prepositional phrase after a name, up to a comma or
        // the end of the sentence.
        if np.end < lim && matches!(self.word(np.end), "of" | "at" | "from" | "with") && np.end + 1 < lim && self.is_capitalised(np.end + 1) {
            let mut k = np.end + 1;
            while k < lim && k - np.end < 8 && (self.is_capitalised(k) || matches!(self.word(k), "amp" | "&" | "and" | "of" | "the" | "'s" | "’s")) {
                k += 1;
            }
            if k >= lim || matches!(self.word(k), "," | ";" | ":") || self.toks[k].kind == TokenKind::Terminal || self.info[k].verb.is_some() {
                np.end = k;
            }
        }
        let j = np.end;
        if j + 2 >= lim || self.word(j) != "," {
            return np;
        }
        let first = j + 1;
        let participle = self.is_word(first) && self.word(first).ends_with("ing") && self.word(first).chars().all(char::is_lowercase);
        let opens_role = participle
            || self.info[first].quant.is_some()
            || self.is_title(first).is_some()
            || self.mention_at(first).is_some_and(|(_, e)| self.entities[e].entity_type != EntityType::Person)
            || self.lexs[first].country().is_some()
            || self.toks[first].kind == TokenKind::Number;
        if !opens_role {
            return np;
        }
        let mut k = first;
        while k < lim && k - first < 14 {
            let t = &self.toks[k];
            if t.kind == TokenKind::Terminal {
                break;
            }
            if matches!(t.kind, TokenKind::OpenQuote | TokenKind::CloseQuote) || self.info[k].verb.is_some() {
                return np;
            }
            if self.word(k) == "," {
                break;
            }
            k += 1;
        }
        let closed_by_terminal = k < self.toks.len() && k > first && self.toks[k].kind == TokenKind::Terminal;
        if closed_by_terminal {
            // "…,” said Laura Gómez, director of the group." The appositive
            // ends the sentence.
            if let NpKind::Entity { role, .. } | NpKind::NewName { role, .. } = &mut np.kind {
                if role.is_none() && self.toks[first].kind != TokenKind::Number && !participle {
                    *role = Some((first, k));
                }
            }
            np.end = k;
            return np;
        }
        if k >= lim || self.word(k) != "," || k == first {
            return np;
        }
        // "Senior Vice President of Sales for Acme, Inc., says": a company's
        // legal suffix set off by commas ends the body's name; the
        // appositive closes at the comma after it (srcev35).
        let mut x = k + 1;
        if x < lim && self.info[x].corp_suffix {
            x += 1;
            if x < lim && self.word(x) == "." {
                x += 1;
            }
            if x < lim && self.word(x) == "," {
                k = x;
            }
        }
        let after = k + 1;
        let verb_follows = |a: usize| a < self.toks.len() && (self.info[a].verb.is_some() || self.info[a].adverb);
        // "Ann Lee, 45, of Dayton, Ohio, said": after an age, the hometown
        // opened by "of"/"from" is a second aside; the person speaks.
        let age = self.toks[first].kind == TokenKind::Number && k == first + 1;
        if age && !verb_follows(after) && after + 1 < lim && matches!(self.word(after), "of" | "from") && self.is_capitalised(after + 1) {
            let mut y = after + 1;
            while y < lim && y - after < 9 && (self.is_capitalised(y) || self.word(y) == "." || (self.word(y) == "," && y + 1 < lim && self.is_capitalised(y + 1) && !verb_follows(y + 1))) {
                y += 1;
            }
            if y < lim && self.word(y) == "," && verb_follows(y + 1) {
                np.end = y + 1;
            }
            return np;
        }
        if !verb_follows(after) {
            // "Jeff Lund, president of Acme Widgets, a design agency, said":
            // a second appositive describes the body of the role; the
            // speaker is still the person.
            let role_first = !participle && self.toks[first].kind != TokenKind::Number && self.info[first].quant.is_none_or(|q| q.definite && q.count.is_none());
            let opens_description = after < lim && self.info[after].quant.is_some_and(|q| q.count.is_none() || q.count == Some(1));
            if !(role_first && opens_description) {
                return np;
            }
            let Some(k2) = (after + 1..lim.min(after + 10)).find(|&x| self.word(x) == "," || self.toks[x].kind != TokenKind::Word || self.info[x].verb.is_some()) else { return np };
            if self.word(k2) != "," || !verb_follows(k2 + 1) {
                return np;
            }
            if let NpKind::Entity { role, .. } | NpKind::NewName { role, .. } = &mut np.kind {
                if role.is_none() {
                    *role = Some((first, k));
                }
            }
            np.end = k2 + 1;
            return np;
        }
        let is_age = (self.toks[first].kind == TokenKind::Number && k == first + 1) || participle;
        match &mut np.kind {
            NpKind::Entity { role, .. } | NpKind::NewName { role, .. } if !is_age && role.is_none() => *role = Some((first, k)),
            _ => {}
        }
        np.end = after;
        np
    }

    /// Where a phrase that says why a source is not named starts inside
    /// tokens `from..to` ("Two officials, speaking on condition of
    /// anonymity,"; "a senior official who declined to be identified"): the
    /// token the name ends at, before the phrase and its comma.
    pub fn anonymity_phrase_within(&self, from: usize, to: usize) -> Option<usize> {
        let k = (from..to).find(|&k| self.anonymity_phrase_at(k, to))?;
        Some(if k > from && self.word(k - 1) == "," { k - 1 } else { k })
    }

    /// The speaker's aside after a comma starts at token `k` (before `to`):
    /// why the source is not named ("speaking on condition of anonymity")
    /// or a lower-case participle ("speaking to reporters", "adding").
    pub fn speaker_aside_at(&self, k: usize, to: usize) -> bool {
        self.anonymity_phrase_at(k, to) || (self.is_word(k) && !self.is_capitalised(k) && self.word(k).len() > 4 && self.word(k).ends_with("ing"))
    }

    /// A phrase that says why a source is not named starts at token `k`
    /// and ends before `to` (`anon` in `sources_postmodifiers.tsv`).
    pub fn anonymity_phrase_at(&self, k: usize, to: usize) -> bool {
        // Every such phrase is a postmodifier: its first word is marked, and
        // most tokens stop here.
        self.info.get(k).is_some_and(|i| i.phrase_start)
            && self.slex.anonymity.iter().any(|p| p.iter().enumerate().all(|(n, w)| k + n < to && self.word_is(k + n, w)))
    }

    /// "a member of Congress", "a spokesman for the ministry", "an aide to
    /// the governor", "officials with the interior ministry": people whose
    /// head word is staff (`staff` in `speech_object_words.tsv`), then "of",
    /// "for", "to", "with", "at" or "from" and the body they work for. The phrase
    /// runs to the end of the body, which becomes the people's affiliation;
    /// the body alone is not who speaks. A person is such a body only after
    /// "to" or "for" ("an adviser to Netanyahu"); a place only as a country
    /// ("a spokesman for Ukraine").
    fn staff_of(&self, np: &Np, lim: usize) -> Option<Np> {
        let j = np.end;
        let NpKind::Descr(d) = &np.kind else { return None };
        if j + 1 >= lim || !matches!(d.head.class, HeadClass::Anon | HeadClass::Spokes) || !self.info[d.head_tok].staff {
            return None;
        }
        let prep = self.word(j).to_ascii_lowercase();
        if !matches!(prep.as_str(), "of" | "for" | "to" | "with" | "at" | "from") {
            return None;
        }
        let body = self.parse_np_words(j + 1, lim).filter(|b| !self.is_possessive(b.end))?;
        let mut d = d.clone();
        // The body's name without its determiner.
        let name_start = if self.info[body.start].quant.is_some_and(|q| q.definite && q.count.is_none()) && body.start + 1 < body.end { body.start + 1 } else { body.start };
        match &body.kind {
            NpKind::Entity { entity, .. } => {
                let e = &self.entities[*entity];
                match e.entity_type {
                    // (The name only, without an appositive the tagger's
                    // person may carry.)
                    EntityType::Person if matches!(prep.as_str(), "to" | "for") => d.body = Some((name_start, self.mention_at(body.start.max(name_start)).map_or(body.end, |(m, _)| m.min(body.end)))),
                    EntityType::Person => return None,
                    EntityType::Gpe | EntityType::Norp | EntityType::Loc => {
                        let c = self.country_of_entity(*entity, body.start, body.end)?;
                        d.country = Some(c);
                        if !d.head.affiliated {
                            d.body = Some((name_start, body.end));
                        }
                    }
                    _ => d.org = Some(*entity),
                }
            }
            NpKind::OrgName { .. } => d.body = Some((name_start, body.end)),
            NpKind::Descr(b) if b.head.class == HeadClass::Org || (b.head.class == HeadClass::Role && b.definite && matches!(prep.as_str(), "to" | "for")) => {
                d.body = Some((name_start, body.end));
            }
            _ => return None,
        }
        d.has_mods = true;
        Some(Np { start: np.start, end: body.end, kind: NpKind::Descr(d) })
    }

    /// "officials familiar with the effort", "a source, who spoke on
    /// condition of anonymity,".
    fn with_postmodifier(&self, mut np: Np, lim: usize) -> Np {
        let mut j = np.end;
        // "the mayor of Kharkiv", "the head of Gaza's civil defence": an
        // office of a place or body is its holder's; the place or body alone
        // is not who speaks. (A holder named after it is an office holder:
        // see `office_holder`.)
        // Only with a determiner: "Jeff Sanborn, president of Chapter &
        // Verse, a design agency, said" names the office of the person
        // before it. Not when the body phrase goes on ("the head of the
        // police's internal investigators").
        let determined = self.info[np.start].quant.is_some();
        if determined && matches!(&np.kind, NpKind::Descr(d) if d.head.class == HeadClass::Role) && j + 1 < lim && self.word_is(j, "of") {
            let body = self.parse_np_words(j + 1, lim).filter(|b| !self.is_possessive(b.end)).filter(|b| match &b.kind {
                NpKind::Entity { entity, .. } => self.entities[*entity].entity_type != EntityType::Person,
                NpKind::OrgName { .. } => true,
                NpKind::Descr(d) => d.head.class == HeadClass::Org,
                NpKind::Pronoun(_) | NpKind::NewName { .. } => false,
            });
            if let Some(body) = body {
                np.end = body.end;
                return np;
            }
        }
        // "Democrats in Congress", "Republicans in the Senate": a party's
        // members in the body they sit in (or the place they are in) are
        // who speaks, not the body.
        if let NpKind::Entity { entity, role: None, .. } = &np.kind {
            if self.entities[*entity].entity_type == EntityType::Norp && j + 1 < lim && self.word_is(j, "in") {
                let at = if self.word_is(j + 1, "the") && self.mention_at(j + 1).is_none() { j + 2 } else { j + 1 };
                let body = self.mention_at(at).filter(|&(mend, e)| mend <= lim && matches!(self.entities[e].entity_type, EntityType::Org | EntityType::Gpe | EntityType::Loc));
                if let Some((mend, _)) = body {
                    np.end = mend;
                }
                return np;
            }
        }
        // "one user on Weibo": where the people posted.
        if j + 1 < lim && matches!(self.word(j), "on" | "of") {
            if let Some((mend, _)) = self.mention_at(j + 1).filter(|&(mend, e)| mend <= lim && self.is_platform(e)) {
                np.end = mend;
                return np;
            }
            if self.is_capitalised(j + 1) && self.slex.is_platform(self.word(j + 1)) {
                np.end = j + 2;
                return np;
            }
        }
        // "officials in Kabul", "the U.S. embassy in Baghdad", "residents of
        // Aleppo": where the people are is part of who they are; the place
        // alone is not the speaker.
        // (Not an office: "the Prime Minister of Iraq" is an office holder.)
        // ("The Health Ministry in Gaza, which is run by Hamas, said": a
        // named body is placed the same way; its name stays its own.)
        // ("A hospital director in Khan Younis said": an unnamed office
        // holder "in" a place is placed too; "of" makes an office, above.)
        let people_or_body = matches!(&np.kind, NpKind::Descr(d) if matches!(d.head.class, HeadClass::Anon | HeadClass::Spokes | HeadClass::Org))
            || matches!(&np.kind, NpKind::Descr(d) if d.head.class == HeadClass::Role && self.word_is(j, "in"))
            || matches!(&np.kind, NpKind::Entity { entity, role: None, .. } if self.entities[*entity].entity_type == EntityType::Org);
        // "a doctor at Al-Shifa hospital": a place after "at", with the
        // kind of place after its name.
        if people_or_body && j + 1 < lim && matches!(self.word(j), "in" | "of" | "from" | "at") {
            // ("in northern Kenya": a direction may come first.)
            let at = if j + 2 < lim && self.info[j + 1].place_modifier && !self.is_capitalised(j + 1) { j + 2 } else { j + 1 };
            let place = self.mention_at(at).filter(|&(mend, e)| mend <= lim && matches!(self.entities[e].entity_type, EntityType::Gpe | EntityType::Loc | EntityType::Org));
            if let Some((mend, e)) = place {
                let facility = mend < lim && self.info[mend].facility;
                // (An organisation only as the name of such a place.)
                if facility || self.entities[e].entity_type != EntityType::Org {
                    np.end = if facility { mend + 1 } else { mend };
                    // "representatives from Iran", "officials of Iraq": the
                    // country they come from is whom they speak for, as in
                    // "Iranian officials" ("officials in Kabul" are only
                    // there).
                    let from = matches!(self.word(j).to_ascii_lowercase().as_str(), "from" | "of");
                    if let NpKind::Descr(d) = &mut np.kind {
                        if from && !facility && d.country.is_none() && d.org.is_none() && self.info[d.head_tok].staff && self.entities[e].entity_type == EntityType::Gpe {
                            // (The country as printed, not a body or city in it.)
                            d.country = self.lex.country_of(self.slice(at, mend)).and_then(|c| self.lex.countries.iter().position(|x| x.code == c.code));
                        }
                    }
                    return np;
                }
            }
            // "a nurse at a hospital in Kabul", "a teacher at the school in
            // Uvalde": an unnamed place of that kind, then where it is.
            let kind_of_place = at + 2 < lim && matches!(self.word(at).to_ascii_lowercase().as_str(), "a" | "an" | "the" | "one") && self.info[at + 1].facility && matches!(self.word(at + 2), "in" | "near");
            if kind_of_place && at + 3 < lim {
                let town = self.mention_at(at + 3).filter(|&(mend, e)| mend <= lim && matches!(self.entities[e].entity_type, EntityType::Gpe | EntityType::Loc));
                if let Some((mend, _)) = town {
                    np.end = mend;
                    return np;
                }
            }
        }
        // "the ministry of health", "the department of foreign affairs".
        if matches!(&np.kind, NpKind::Descr(d) if d.head.class == HeadClass::Org && matches!(d.head.lemma, "ministry" | "department" | "office")) && j + 1 < lim && self.word_is(j, "of") {
            let end = (j + 1..lim.min(j + 6)).find(|&k| !self.info[k].portfolio).unwrap_or(lim.min(j + 6));
            let words = (j + 1..end).filter(|&k| !self.word_is(k, "the") && !self.word_is(k, "and")).count();
            if words > 0 && !self.word_is(end - 1, "and") && !self.word_is(end - 1, "the") {
                np.end = end;
                return np;
            }
        }
        if let Some(staff) = self.staff_of(&np, lim) {
            return staff;
        }
        let comma = j < lim && self.word(j) == ",";
        if comma {
            j += 1;
        }
        if j >= lim || !self.info[j].phrase_start {
            return np;
        }
        let matched = self.slex.postmodifiers.iter().any(|p| p.iter().enumerate().all(|(k, w)| j + k < lim && self.word_is(j + k, w)));
        if !matched {
            return np;
        }
        // A comma-enclosed postmodifier may be long ("speaking on condition
        // of anonymity because they were not authorized to discuss…").
        let max = if comma { 24 } else { 12 };
        let mut k = j;
        while k < lim && k - j < max {
            let t = &self.toks[k];
            if matches!(t.kind, TokenKind::Terminal | TokenKind::OpenQuote | TokenKind::CloseQuote) || self.word(k) == "," || self.word(k) == ";" {
                break;
            }
            if k > j + 1 && self.info[k].verb.is_some() && !self.info[k].verb.is_some_and(|v| v.participle) {
                break;
            }
            // An auxiliary is the sentence's own verb beginning ("one
            // member of the team's defense didn't hold back"), unless a
            // relative clause or an infinitive opened before it and owns it
            // ("who have been briefed", "not authorized to be named").
            if !comma && k > j + 1 && self.info[k].finite && !self.is_possessive(k) && !(j..k).any(|x| self.info[x].speaker_relative || self.info[x].negation || self.word_is(x, "to")) {
                break;
            }
            // ("a co-author of the study Thomas Rivinius told": a person
            // named right before the verb is who speaks, not part of the
            // phrase; "for the Trump campaign", "by Erdogan's office" go on.)
            let speaker_name = |(mend, e): (usize, usize)| self.entities[e].entity_type == EntityType::Person && mend < self.toks.len() && self.info[mend].verb.is_some() && !self.is_possessive(mend);
            if !comma && k > j + 1 && self.mention_at(k).is_some_and(speaker_name) {
                return np;
            }
            k += 1;
        }
        if comma {
            if k < lim && self.word(k) == "," {
                np.end = k + 1;
            }
        } else {
            np.end = k;
        }
        np
    }
}
