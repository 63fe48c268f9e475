//! Choosing which place a name refers to.
//!
//! Each candidate gets a score in "log10 people" units:
//!
//! * a prior: log10 of its population plus a bonus by kind (a country
//!   outranks a town of the same name; a national capital outranks other
//!   towns; hand-listed regions and seas get a fixed score; an admin-2 area
//!   gives way to its seat), less a point when the name is only an
//!   alternate name of a town;
//! * country and admin-1 context: how strongly the rest of the article
//!   (other resolved mentions, the dateline, demonyms) points to the
//!   candidate's country and admin-1 area;
//! * a qualifier: "Culiacán, Sinaloa", "Long Beach, CA", "Paris, Texas" —
//!   a candidate inside the qualifying area gets a large bonus, enough to
//!   beat any population gap. Article-level context alone is not enough to
//!   move "Paris" to Texas: it is worth less than the Paris, France prior.
//!
//! * a first-level area and its town of the same name ("Lagos", "Donetsk",
//!   "Herat"): the area's summed population always outranks the town, but
//!   a bare name in news is the town; the area when the name qualifies
//!   another ("Ikeja, Lagos") or is followed by "region", "State",
//!   "province" (`data/en/admin_area_nouns.txt`).
//!
//! * "the" before a name that is also a sea or region ("the Red Sea"):
//!   the sea or region, not an administrative area named after it.
//!
//! Resolution runs twice: first with the dateline and demonyms only, then
//! with the countries and admin-1 areas the first pass found (each mention
//! excluding its own name's contribution). Mentions of the same name get
//! the same place (one sense per discourse), preferring a qualified one.

use newsledger_model::Place;

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::gazetteer::{distance_km, FnvBuild, Gazetteer, Kind, PlaceId, Posting};

const KIND_PRIOR_COUNTRY: f32 = 3.0;
/// Admin areas carry the summed population of their towns, which already
/// outweighs their largest town: no extra prior for admin-1, and admin-2
/// areas (mostly named after their seat) give way to the town.
const KIND_PRIOR_ADMIN1: f32 = 0.0;
const KIND_PRIOR_ADMIN2: f32 = -1.0;
const KIND_PRIOR_CONTINENT: f32 = 3.0;
/// Regions and seas have no population: scored like a large country.
const REGION_SCORE: f32 = 9.0;
const CAPITAL_BONUS: f32 = 3.0;
const ALTERNATE_NAME_PENALTY: f32 = 1.0;
/// Added to the alternate-name penalty under a listed old or foreign name
/// of a large town that a smaller town abroad owns (`data/en/old_names.txt`):
/// "Salisbury" is Harare (1.5 million people) only in a story about
/// Zimbabwe (the country context, 2.0, brings it back).
const OLD_NAME_PENALTY: f32 = 2.0;
const COUNTRY_CONTEXT: f32 = 2.0;
const ADMIN1_CONTEXT: f32 = 2.0;
const QUALIFIER_BONUS: f32 = 6.0;
const ADMIN1_LIST_CONTEXT: f32 = 1.0;
/// Extra weight of the country of places named in the mention's own
/// sentence, over the article's: "Saudi Arabia extended
/// curfews in Mecca and Medina" is not about the Medina in Ohio that the
/// next sentence's governor of Ohio would suggest.
const SENTENCE_CONTEXT: f32 = 1.5;
/// An admin-2 area qualifies a town within this distance of its centre.
const ADMIN2_QUALIFIER_KM: f64 = 100.0;

/// The normalised names of `data/en/old_names.txt`.
fn old_names(gaz: &Gazetteer) -> &'static HashSet<String, FnvBuild> {
    static SET: OnceLock<HashSet<String, FnvBuild>> = OnceLock::new();
    SET.get_or_init(|| {
        include_str!("../data/en/old_names.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| {
                let mut k = String::new();
                gaz.normalise_into(l, &mut k);
                k
            })
            .collect()
    })
}

/// Countries and admin-1 areas an article is about, with weights in 0..=1.
#[derive(Debug, Clone, Default)]
pub struct Context {
    countries: Vec<([u8; 2], f32)>,
    admin1: Vec<(PlaceId, f32)>,
    /// How many admin-1 areas the article names itself ("Washington,
    /// Pennsylvania and California"): such lists make a state reading
    /// likelier for an ambiguous name.
    admin1_mentions: f32,
}

impl Context {
    pub fn new() -> Context {
        Context::default()
    }

    /// Adds evidence for a country (ISO 3166-1 alpha-2, any case).
    pub fn add_country(&mut self, iso2: &str, weight: f32) {
        let b = iso2.as_bytes();
        if b.len() == 2 {
            self.add_cc([b[0].to_ascii_uppercase(), b[1].to_ascii_uppercase()], weight);
        }
    }

    pub(crate) fn add_cc(&mut self, cc: [u8; 2], weight: f32) {
        if cc == [0, 0] || weight == 0.0 {
            return;
        }
        match self.countries.iter_mut().find(|(c, _)| *c == cc) {
            Some((_, w)) => *w += weight,
            None => self.countries.push((cc, weight)),
        }
    }

    pub(crate) fn add_admin1(&mut self, id: PlaceId, weight: f32) {
        if weight == 0.0 {
            return;
        }
        match self.admin1.iter_mut().find(|(a, _)| *a == id) {
            Some((_, w)) => *w += weight,
            None => self.admin1.push((id, weight)),
        }
    }

    /// Adds what a resolved place says about the article: its country, and
    /// its admin-1 area when it is one or lies in one.
    pub fn add_place(&mut self, gaz: &Gazetteer, id: PlaceId, weight: f32) {
        let e = gaz.entry(id);
        let (cw, aw) = match e.kind {
            Kind::Country => (1.0, 0.0),
            Kind::Admin1 => (0.7, 1.0),
            Kind::Admin2 | Kind::City => (0.5, 0.5),
            Kind::Region | Kind::Sea | Kind::Continent => (0.5, 0.0),
        };
        self.add_cc(e.cc, cw * weight);
        if e.kind == Kind::Admin1 {
            self.admin1_mentions += weight;
            self.add_admin1(id, aw * weight);
        } else if let Some(p) = e.parent {
            self.add_admin1(p, aw * weight);
        }
    }

    /// Adds a resolved schema place: its country (as a country mention
    /// when it is one, else at half weight).
    pub fn add_resolved(&mut self, place: &Place, weight: f32) {
        if let Some(cc) = &place.country {
            let w = if place.precision == newsledger_model::PlacePrecision::Country { 1.0 } else { 0.5 };
            self.add_country(cc, w * weight);
        }
    }

    /// Context from the places already found in an article.
    pub fn from_mentions(mentions: &[newsledger_model::PlaceMention]) -> Context {
        let mut c = Context::new();
        for m in mentions {
            c.add_resolved(&m.place, 1.0);
        }
        c
    }

    fn country(&self, cc: [u8; 2]) -> f32 {
        self.countries.iter().find(|(c, _)| *c == cc).map_or(0.0, |(_, w)| w.min(1.0))
    }

    fn admin1(&self, id: Option<PlaceId>) -> f32 {
        id.and_then(|id| self.admin1.iter().find(|(a, _)| *a == id)).map_or(0.0, |(_, w)| w.min(1.0))
    }

    /// `self` minus `other`'s weights (floored at 0).
    fn minus(&self, other: &Context) -> Context {
        let mut out = self.clone();
        out.admin1_mentions = (out.admin1_mentions - other.admin1_mentions).max(0.0);
        for (c, w) in &other.countries {
            if let Some((_, x)) = out.countries.iter_mut().find(|(k, _)| k == c) {
                *x = (*x - w).max(0.0);
            }
        }
        for (a, w) in &other.admin1 {
            if let Some((_, x)) = out.admin1.iter_mut().find(|(k, _)| k == a) {
                *x = (*x - w).max(0.0);
            }
        }
        out
    }
}

/// One place name found in an article, as the resolver needs it.
#[derive(Debug, Clone, Copy)]
pub struct MentionQuery<'a> {
    /// The name as written, without a leading "the".
    pub text: &'a str,
    /// Written in capitals or with periods ("UK", "U.S."): may match
    /// acronym-only names, and if short, only those.
    pub acronym: bool,
    /// This mention qualifies mention `i` ("Sinaloa" in "Culiacán,
    /// Sinaloa"): it may use qualifier-only names ("CA"), and mention `i`
    /// should lie inside it.
    pub qualifies: Option<usize>,
    /// Followed by the word "border" ("the U.S. border").
    pub before_border: bool,
    /// Beside a word that names an administrative area ("Donetsk region",
    /// "Lagos State", "the state of Chihuahua"): the area, not its town of
    /// the same name.
    pub before_admin_area: bool,
    /// After "the" ("the Red Sea"): a sea or region of the name is meant
    /// rather than an administrative area or town named after it.
    pub after_the: bool,
    /// The mention before this one in the same list ("Chihuahua" in
    /// "Sinaloa and Chihuahua"): listed items name places of one level.
    pub listed_after: Option<usize>,
    /// The sentence the mention stands in (any numbering that is the same
    /// for mentions of one sentence): places named in the same sentence
    /// count for more than those of the rest of the article.
    pub sentence: Option<usize>,
}

impl<'a> MentionQuery<'a> {
    pub fn new(text: &'a str) -> MentionQuery<'a> {
        MentionQuery {
            text,
            acronym: looks_like_acronym(text),
            qualifies: None,
            before_border: false,
            before_admin_area: false,
            after_the: false,
            listed_after: None,
            sentence: None,
        }
    }
}

/// Letters in `s`, classified by the text crate's bitmap (the standard
/// library's answers without its range-table search beyond ASCII).
fn count_letters(s: &str) -> usize {
    if s.is_ascii() {
        s.bytes().filter(u8::is_ascii_alphabetic).count()
    } else {
        s.chars().filter(|&c| newsledger_text::chars::is_alphabetic(c)).count()
    }
}

/// All capitals (at least two letters) or dotted ("U.S.", "D.C.").
pub fn looks_like_acronym(s: &str) -> bool {
    let letters = count_letters(s);
    letters >= 2 && s.chars().all(|c| !c.is_lowercase()) || (s.contains('.') && s.len() <= 8 && letters >= 2)
}

/// Article-level evidence besides the mentions themselves.
#[derive(Debug, Clone, Default)]
pub struct ArticleHints<'a> {
    /// The dateline place ("WASHINGTON").
    pub dateline: Option<&'a str>,
    /// Countries named by demonyms or adjectives ("Mexican" → `MX`).
    pub demonyms: Vec<[u8; 2]>,
}

/// The place chosen for a mention.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Resolved {
    pub place: PlaceId,
    pub score: f32,
    /// Score of the best other candidate (`f32::NEG_INFINITY` if none): the
    /// margin says how sure the choice is.
    pub runner_up: f32,
}

#[derive(Debug, Clone, Copy)]
struct Cand {
    place: PlaceId,
    prior: f32,
}

/// Resolves names to places with article context. Reuses its buffers
/// across articles.
#[derive(Debug)]
pub struct Resolver<'g> {
    gaz: &'g Gazetteer,
    key: String,
    cands: Vec<Cand>,
    ranges: Vec<(usize, usize)>,
}

impl<'g> Resolver<'g> {
    pub fn new(gaz: &'g Gazetteer) -> Resolver<'g> {
        Resolver { gaz, key: String::with_capacity(64), cands: Vec::with_capacity(256), ranges: Vec::with_capacity(64) }
    }

    pub fn gazetteer(&self) -> &'g Gazetteer {
        self.gaz
    }

    /// Context-free score of one candidate among the places listed under
    /// the same name (`all`).
    fn prior(&self, c: &Posting, all: &[Posting], old_name: bool) -> f32 {
        let e = self.gaz.entry(c.place);
        let pop = (e.population.max(1) as f32).log10();
        // A capital's bonus is for its own name. Under an alternate name
        // that a place of another country bears as its own ("Delhi" is
        // listed for Dili, "Salem" for Jerusalem, "Philadelphia" for Amman)
        // the name means that place; a capital keeps the bonus for an
        // alternate name no foreign place owns ("Kiev", even beside the
        // Kiev oblast of its own country).
        let capital = e.capital
            && (c.is(Posting::PRIMARY)
                || !all.iter().any(|o| o.place != c.place && o.is(Posting::PRIMARY) && self.gaz.entry(o.place).cc != e.cc));
        let mut s = match e.kind {
            Kind::Country => pop + KIND_PRIOR_COUNTRY,
            Kind::Admin1 => pop + KIND_PRIOR_ADMIN1,
            Kind::Admin2 => pop + KIND_PRIOR_ADMIN2,
            Kind::City => pop + if capital { CAPITAL_BONUS } else { 0.0 },
            Kind::Continent => pop.max(REGION_SCORE) + KIND_PRIOR_CONTINENT,
            Kind::Region | Kind::Sea => REGION_SCORE,
        };
        if matches!(e.kind, Kind::City | Kind::Admin2) && !c.is(Posting::PRIMARY) {
            s -= ALTERNATE_NAME_PENALTY;
            if old_name {
                s -= OLD_NAME_PENALTY;
            }
        }
        s
    }

    /// Appends the usable candidates for `m` and returns their range.
    fn gather(&mut self, text: &str, acronym: bool, qualifier: bool) -> (usize, usize) {
        let start = self.cands.len();
        self.key.clear();
        self.gaz.normalise_into(text, &mut self.key);
        let letters = count_letters(text);
        // A short capitalised token ("CIA", "NSW") only matches names listed
        // as acronyms; a long one ("WASHINGTON") is a name in capitals.
        let acronym_only = acronym && letters <= 4;
        let Some(look) = self.gaz.lookup(&self.key) else { return (start, start) };
        let old_name = look.postings.len() > 1 && old_names(self.gaz).contains(self.key.as_str());
        for p in look.postings {
            if p.is(Posting::QUALIFIER_ONLY) && !qualifier {
                continue;
            }
            if acronym_only && !p.is(Posting::ACRONYM) {
                continue;
            }
            let prior = self.prior(p, look.postings, old_name);
            self.cands.push(Cand { place: p.place, prior });
        }
        (start, self.cands.len())
    }

    fn contextual(&self, c: &Cand, ctx: &Context, near: &Context) -> f32 {
        let e = self.gaz.entry(c.place);
        let own_admin1 = if e.kind == Kind::Admin1 { Some(c.place) } else { e.parent };
        let mut s = c.prior;
        // Only the country: an admin-1 area's weight would lift a town
        // of a listed state over a state named in the same list ("Maine"
        // is an old name of a town in Illinois).
        if e.cc != [0, 0] && !near.countries.is_empty() {
            s += SENTENCE_CONTEXT * near.country(e.cc);
        }
        if e.cc != [0, 0] {
            s += COUNTRY_CONTEXT * ctx.country(e.cc);
        }
        // A region is not made likelier by being in the article's country
        // more than its fixed score already says; admin-1 context only
        // helps what lies in that admin-1 area (or is it).
        if e.kind != Kind::Admin1 {
            s += ADMIN1_CONTEXT * ctx.admin1(own_admin1);
        } else {
            s += 0.5 * ADMIN1_CONTEXT * ctx.admin1(own_admin1);
            // Other states of the same country named in the article.
            if ctx.country(e.cc) > 0.0 {
                s += ADMIN1_LIST_CONTEXT * ctx.admin1_mentions.min(1.0);
            }
        }
        s
    }

    /// Does a place `q` (the qualifier in "X, Q") contain place `c`?
    pub fn qualifies(&self, q: PlaceId, c: PlaceId) -> bool {
        if q == c {
            return false;
        }
        let (qe, ce) = (self.gaz.entry(q), self.gaz.entry(c));
        match qe.kind {
            Kind::Country => ce.cc == qe.cc && ce.kind != Kind::Country,
            Kind::Admin1 => ce.parent == Some(q),
            Kind::Admin2 => {
                ce.cc == qe.cc
                    && matches!(ce.kind, Kind::City)
                    && distance_km(qe.lat(), qe.lon(), ce.lat(), ce.lon()) <= ADMIN2_QUALIFIER_KM
            }
            _ => false,
        }
    }

    /// For a chosen first-level area, its town of the same name (among the
    /// candidates, lying in the area), unless the area is wanted; for a
    /// chosen town, its area of the same name when the area is wanted.
    /// `None` when nothing changes.
    fn same_name_area_or_town(&self, range: (usize, usize), chosen: PlaceId, wants_area: bool) -> Option<PlaceId> {
        let cands = &self.cands[range.0..range.1];
        let e = self.gaz.entry(chosen);
        let same_name = |a: PlaceId, b: PlaceId| {
            let (mut ka, mut kb) = (String::new(), String::new());
            self.gaz.normalise_into(self.gaz.entry(a).name, &mut ka);
            self.gaz.normalise_into(self.gaz.entry(b).name, &mut kb);
            ka == kb
        };
        match (e.kind, wants_area) {
            (Kind::Admin1, false) => cands
                .iter()
                .find(|c| {
                    let t = self.gaz.entry(c.place);
                    t.kind == Kind::City && t.parent == Some(chosen) && same_name(c.place, chosen)
                })
                .map(|c| c.place),
            (Kind::City, true) => {
                let area = e.parent?;
                cands.iter().find(|c| c.place == area && same_name(area, chosen)).map(|c| c.place)
            }
            _ => None,
        }
    }

    /// For a chosen town, a first-level area of its country with the same
    /// name that does not contain it (Washington the state, for the city of
    /// Washington): the most populous among the candidates.
    fn other_area_of_name(&self, range: (usize, usize), town: PlaceId) -> Option<PlaceId> {
        let e = self.gaz.entry(town);
        self.cands[range.0..range.1]
            .iter()
            .filter(|c| {
                let a = self.gaz.entry(c.place);
                a.kind == Kind::Admin1 && a.cc == e.cc && e.parent != Some(c.place)
            })
            .max_by(|a, b| a.prior.total_cmp(&b.prior))
            .map(|c| c.place)
    }

    fn best(&self, range: (usize, usize), ctx: &Context) -> Option<Resolved> {
        self.best_near(range, ctx, &Context::new(), None)
    }

    /// The best candidate with the sentence's context `near` too, leaving
    /// out place `except`.
    fn best_near(&self, range: (usize, usize), ctx: &Context, near: &Context, except: Option<PlaceId>) -> Option<Resolved> {
        let mut best: Option<Resolved> = None;
        let mut second = f32::NEG_INFINITY;
        for c in &self.cands[range.0..range.1] {
            if Some(c.place) == except {
                continue;
            }
            let s = self.contextual(c, ctx, near);
            match best {
                Some(b) if s <= b.score => second = second.max(s),
                _ => {
                    if let Some(b) = best {
                        second = second.max(b.score);
                    }
                    best = Some(Resolved { place: c.place, score: s, runner_up: f32::NEG_INFINITY });
                }
            }
        }
        best.map(|b| Resolved { runner_up: second, ..b })
    }

    /// Best (head, qualifier) pair: the qualifier bonus goes to pairs where
    /// the qualifier contains the head, and, in a chain "Town, Area,
    /// Country", where the chain's outer place (already read) contains the
    /// qualifier or the head: "Surrey" of either country qualifies
    /// "Guildford", and "UK" says which.
    #[allow(clippy::too_many_arguments)]
    fn best_pair(&self, head: (usize, usize), qual: (usize, usize), ctx_h: &Context, ctx_q: &Context, near_h: &Context, near_q: &Context, outer: Option<PlaceId>) -> Option<(Resolved, Resolved)> {
        let mut best: Option<(f32, Resolved, Resolved)> = None;
        let inside = |p: PlaceId| outer.is_some_and(|o| self.qualifies(o, p));
        for h in &self.cands[head.0..head.1] {
            let sh = self.contextual(h, ctx_h, near_h);
            let outer_h = if inside(h.place) { QUALIFIER_BONUS } else { 0.0 };
            for q in &self.cands[qual.0..qual.1] {
                let sq = self.contextual(q, ctx_q, near_q);
                let bonus = if self.qualifies(q.place, h.place) { QUALIFIER_BONUS } else { 0.0 } + outer_h;
                let total = sh + sq + bonus + if inside(q.place) { QUALIFIER_BONUS } else { 0.0 };
                if best.as_ref().is_none_or(|b| total > b.0) {
                    best = Some((
                        total,
                        Resolved { place: h.place, score: sh + bonus, runner_up: f32::NEG_INFINITY },
                        Resolved { place: q.place, score: sq + bonus, runner_up: f32::NEG_INFINITY },
                    ));
                }
            }
        }
        best.map(|(_, h, q)| (h, q))
    }

    /// Resolves one name with the given context (no qualifier).
    pub fn resolve_one(&mut self, name: &str, ctx: &Context) -> Option<Resolved> {
        self.cands.clear();
        let range = self.gather(name, looks_like_acronym(name), false);
        self.best(range, ctx)
    }

    /// Resolves every mention of one article. `out[i]` is the place of
    /// `mentions[i]`, or `None` when the gazetteer has no such name.
    pub fn resolve_article(&mut self, mentions: &[MentionQuery<'_>], hints: &ArticleHints<'_>) -> Vec<Option<Resolved>> {
        self.cands.clear();
        self.ranges.clear();
        let n = mentions.len();
        let mut qualified_by: Vec<Option<usize>> = vec![None; n];
        for (i, m) in mentions.iter().enumerate() {
            if let Some(h) = m.qualifies.filter(|&h| h < n && h != i) {
                qualified_by[h] = Some(i);
            }
        }

        // Base context: dateline and demonyms.
        let mut base = Context::new();
        if let Some(d) = hints.dateline.filter(|d| !d.trim().is_empty()) {
            let r = self.gather(d, false, false);
            if let Some(best) = self.best(r, &Context::new()) {
                base.add_place(self.gaz, best.place, 1.0);
            }
            self.cands.truncate(r.0);
        }
        for cc in &hints.demonyms {
            base.add_cc(*cc, 0.5);
        }

        for m in mentions {
            let r = self.gather(m.text, m.acronym, m.qualifies.is_some());
            self.ranges.push(r);
        }
        // Mentions with the same key share a group (one sense per discourse).
        // Mentions with the same key share a group (one sense per
        // discourse): group[i] is the first mention with i's key. Keys are
        // kept in one buffer.
        let mut key_buf = String::with_capacity(n * 12);
        let mut key_ranges: Vec<(usize, usize)> = Vec::with_capacity(n);
        for m in mentions {
            let s = key_buf.len();
            self.gaz.normalise_into(m.text, &mut key_buf);
            key_ranges.push((s, key_buf.len()));
        }
        let key_of = |i: usize| &key_buf[key_ranges[i].0..key_ranges[i].1];
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by(|&a, &b| key_of(a).cmp(key_of(b)).then(a.cmp(&b)));
        let mut group: Vec<usize> = (0..n).collect();
        for w in order.windows(2) {
            if key_of(w[0]) == key_of(w[1]) {
                group[w[1]] = group[w[0]];
            }
        }

        let base_ctx = vec![base.clone()];
        let zeros = vec![0usize; n];
        let no_near = vec![Context::new(); n];
        let mut out = self.pass(mentions, &qualified_by, &zeros, &base_ctx, &no_near);

        // Second pass: context from the first pass, each group without its
        // own contribution.
        let mut per_group: Vec<Context> = vec![Context::new(); n];
        let mut all = base.clone();
        for (i, r) in out.iter().enumerate() {
            if let Some(r) = r {
                all.add_place(self.gaz, r.place, 1.0);
                per_group[group[i]].add_place(self.gaz, r.place, 1.0);
            }
        }
        let contexts: Vec<Context> = (0..n).map(|g| if group[g] == g { all.minus(&per_group[g]) } else { Context::new() }).collect();
        // The same sentence's other names, as the first pass read them.
        let near: Vec<Context> = (0..n)
            .map(|i| {
                let mut c = Context::new();
                let Some(s) = mentions[i].sentence else { return c };
                // Only countries and first-level areas: towns of one country
                // in the sentence ("Residents of Austin and Dallas …, and a
                // summit in Paris") must not move a capital abroad to a
                // namesake.
                for (j, r) in out.iter().enumerate() {
                    let area = |r: &Resolved| matches!(self.gaz.entry(r.place).kind, Kind::Country | Kind::Admin1);
                    if let Some(r) = r.filter(|r| group[j] != group[i] && mentions[j].sentence == Some(s) && area(r)) {
                        c.add_place(self.gaz, r.place, 1.0);
                    }
                }
                c
            })
            .collect();
        out = self.pass(mentions, &qualified_by, &group, &contexts, &near);

        // One sense per discourse: a group takes its qualified resolution if
        // it has one, else the most confident one.
        for g in (0..n).filter(|&g| group[g] == g) {
            let members: Vec<usize> = (g..n).filter(|&i| group[i] == g && out[i].is_some()).collect();
            if members.len() < 2 {
                continue;
            }
            let pick = members
                .iter()
                .copied()
                .find(|&i| qualified_by[i].is_some() || mentions[i].qualifies.is_some())
                .or_else(|| {
                    members.iter().copied().max_by(|&a, &b| {
                        let ma = out[a].map_or(0.0, |r| r.score - r.runner_up.max(0.0));
                        let mb = out[b].map_or(0.0, |r| r.score - r.runner_up.max(0.0));
                        ma.total_cmp(&mb)
                    })
                });
            if let Some(p) = pick {
                let chosen = out[p];
                for &i in &members {
                    // A member inside a different qualifier keeps its own.
                    if i != p && qualified_by[i].is_none() && mentions[i].qualifies.is_none() {
                        out[i] = chosen;
                    }
                }
            }
        }

        // "Mecca and Medina": two names of one list are two places. When
        // both land on one place, the name that is only an alternate name of
        // it (a small namesake's old name) takes its own next reading.
        for (i, m) in mentions.iter().enumerate() {
            let Some(p) = m.listed_after.filter(|&p| p < i) else { continue };
            let (Some(ri), Some(rp)) = (out[i], out[p]) else { continue };
            if ri.place != rp.place || key_of(i) == key_of(p) {
                continue;
            }
            let primary = |k: usize| self.gaz.lookup(key_of(k)).is_some_and(|l| l.postings.iter().any(|x| x.place == ri.place && x.is(Posting::PRIMARY)));
            let other = match (primary(p), primary(i)) {
                (true, false) => i,
                (false, true) => p,
                _ => continue,
            };
            if let Some(r) = self.best_near(self.ranges[other], &contexts[group[other]], &near[other], Some(ri.place)) {
                out[other] = Some(r);
            }
        }

        // "Palm Beach, Florida" when the gazetteer has no Palm Beach in
        // Florida (it holds towns of 15,000 people and more): the town is
        // somewhere in the named area, not a namesake abroad, so it takes
        // the area (its precision says how little is known).
        for h in 0..n {
            let Some(q) = qualified_by[h] else { continue };
            let (Some(rh), Some(rq)) = (out[h], out[q]) else { continue };
            let town = matches!(self.gaz.entry(rh.place).kind, Kind::City | Kind::Admin2);
            let area = matches!(self.gaz.entry(rq.place).kind, Kind::Admin1 | Kind::Country);
            // A head that can itself be an area ("Colorado, Washington,
            // Alaska") is an item of a list, not a town in the next one.
            let (a, b) = self.ranges[h];
            let head_can_be_area = self.cands[a..b].iter().any(|c| matches!(self.gaz.entry(c.place).kind, Kind::Admin1 | Kind::Country));
            if town && area && !head_can_be_area && !self.qualifies(rq.place, rh.place) {
                out[h] = Some(Resolved { place: rq.place, ..rh });
            }
        }

        // Lists of places ("Sonora, Sinaloa and Chihuahua"): list[i] is the
        // first item of i's list. A list that holds a first-level area with
        // no town of its name (unambiguous) marks the country of that area.
        let mut list: Vec<usize> = (0..n).collect();
        for (i, m) in mentions.iter().enumerate() {
            if let Some(p) = m.listed_after.filter(|&p| p < i) {
                list[i] = list[p];
            } else if let Some(h) = m.qualifies.filter(|&h| h < i) {
                // "Guerrero, Oaxaca": a comma-joined name that does not
                // contain the one before it is the next item of a list.
                if let (Some(rq), Some(rh)) = (out[i], out[h]) {
                    if !self.qualifies(rq.place, rh.place) {
                        list[i] = list[h];
                    }
                }
            }
        }
        let mut listed_areas: Vec<(usize, PlaceId, [u8; 2])> = Vec::new();
        for i in 0..n {
            let Some(r) = out[i] else { continue };
            let e = self.gaz.entry(r.place);
            if e.kind == Kind::Admin1 && self.same_name_area_or_town(self.ranges[i], r.place, false).is_none() {
                listed_areas.push((list[i], r.place, e.cc));
            }
        }

        // Mention `i` has a qualifier that contains its place ("Washington,
        // D.C."), not one that is the next item of a list ("Colorado,
        // Washington, Alaska").
        let qualified_inside: Vec<bool> = (0..n)
            .map(|i| qualified_by[i].and_then(|q| out[q].zip(out[i])).is_some_and(|(rq, ri)| self.qualifies(rq.place, ri.place)))
            .collect();
        // Readings the words around a mention settle, after one sense per
        // discourse (two mentions of a name may differ here).
        for (i, m) in mentions.iter().enumerate() {
            let Some(r) = out[i] else { continue };
            // "the Red Sea" in an article about Sudan: the sea, not Sudan's
            // Red Sea state, whatever the country context adds to the state.
            if m.after_the && !matches!(self.gaz.entry(r.place).kind, Kind::Sea | Kind::Region | Kind::Country | Kind::Continent) {
                let (a, b) = self.ranges[i];
                if let Some(c) = self.cands[a..b].iter().find(|c| matches!(self.gaz.entry(c.place).kind, Kind::Sea | Kind::Region)) {
                    out[i] = Some(Resolved { place: c.place, ..r });
                    continue;
                }
            }
            // A first-level area and its town of the same name ("Lagos",
            // "Donetsk", "Herat"): the area's summed population outranks
            // the town, but news naming it bare means the town, and the area
            // when the name qualifies another ("Culiacán, Sinaloa") or comes
            // with "region", "State", "province", or is listed with areas.
            let e = self.gaz.entry(r.place);
            let area = match e.kind {
                Kind::Admin1 => Some(r.place),
                Kind::City => e.parent,
                _ => None,
            };
            // Listed with another area of its country ("Sinaloa and
            // Chihuahua"), a name that is both an area and its town is the
            // area, unless the town is the national capital ("Beijing").
            // A capital named like another area of its country ("Washington"
            // the state) is no such exception: that area is what a list of
            // states means.
            let other_area = if e.kind == Kind::City { self.other_area_of_name(self.ranges[i], r.place) } else { None };
            let town_is_capital = match e.kind {
                Kind::City => e.capital && other_area.is_none(),
                _ => self.same_name_area_or_town(self.ranges[i], r.place, false).is_some_and(|t| self.gaz.entry(t).capital),
            };
            let beside_peer_areas = !town_is_capital
                && area.is_some_and(|area| listed_areas.iter().any(|&(l, a, cc)| l == list[i] && a != area && cc == e.cc));
            let wants_area = m.before_admin_area || m.qualifies.is_some() || beside_peer_areas;
            if let Some(other) = self.same_name_area_or_town(self.ranges[i], r.place, wants_area) {
                out[i] = Some(Resolved { place: other, ..r });
            } else if let Some(other) = other_area.filter(|_| (m.before_admin_area || beside_peer_areas) && !qualified_inside[i]) {
                // "Washington state", "the state of Washington", "Utah,
                // Washington and Wisconsin": the area, though it does not
                // contain the town (the capital) of its name. A qualified
                // name keeps what its qualifier says ("Virginia,
                // Washington and Washington, D.C.").
                out[i] = Some(Resolved { place: other, ..r });
            }
        }

        // "the U.S. border" with Mexico in the article: the listed border.
        for (i, m) in mentions.iter().enumerate() {
            let Some(r) = out[i] else { continue };
            if !m.before_border || self.gaz.entry(r.place).kind != Kind::Country {
                continue;
            }
            if let Some(b) = self.border_region(m.text, r.place, &contexts[group[i]]) {
                out[i] = Some(Resolved { place: b, ..r });
            }
        }
        out
    }

    /// One resolution pass; mention `i` uses `contexts[ctx_of[i]]`.
    fn pass(&self, mentions: &[MentionQuery<'_>], qualified_by: &[Option<usize>], ctx_of: &[usize], contexts: &[Context], near: &[Context]) -> Vec<Option<Resolved>> {
        let n = mentions.len();
        let mut out: Vec<Option<Resolved>> = (0..n).map(|i| self.best_near(self.ranges[i], &contexts[ctx_of[i]], &near[i], None)).collect();
        // A chain "Guildford, Surrey, UK" is read from its end: the last
        // pair first, so that the outer area it settles ("UK") can hold the
        // town and its qualifier of the pair before it.
        for h in (0..n).rev() {
            if let Some(q) = qualified_by[h] {
                let outer = qualified_by[q].and_then(|c| out[c]).map(|r| r.place);
                if let Some((rh, rq)) = self.best_pair(self.ranges[h], self.ranges[q], &contexts[ctx_of[h]], &contexts[ctx_of[q]], &near[h], &near[q], outer) {
                    out[h] = Some(rh);
                    out[q] = Some(rq);
                }
            }
        }
        out
    }

    /// A listed border region between `country` (as written: `surface`) and
    /// a country the article is about.
    fn border_region(&self, surface: &str, country: PlaceId, ctx: &Context) -> Option<PlaceId> {
        let own = self.gaz.entry(country).cc;
        let mut best: Option<(f32, PlaceId)> = None;
        let mut key = String::with_capacity(48);
        let mut a = String::with_capacity(24);
        self.gaz.normalise_into(surface, &mut a);
        for (cc, w) in &ctx.countries {
            if *cc == own || *w <= 0.0 {
                continue;
            }
            let Some(other) = self.country_id(*cc) else { continue };
            let mut b = String::with_capacity(24);
            self.gaz.normalise_into(self.gaz.entry(other).name, &mut b);
            for (x, y) in [(&a, &b), (&b, &a)] {
                key.clear();
                key.push_str(x);
                key.push(' ');
                key.push_str(y);
                key.push_str(" border");
                if let Some(l) = self.gaz.lookup(&key) {
                    for p in l.postings {
                        if self.gaz.entry(p.place).kind == Kind::Region && best.is_none_or(|bb| *w > bb.0) {
                            best = Some((*w, p.place));
                        }
                    }
                }
            }
        }
        best.map(|b| b.1)
    }

    fn country_id(&self, cc: [u8; 2]) -> Option<PlaceId> {
        // Countries come first in the file (sorted by kind): a short scan.
        self.gaz.entries().take_while(|(_, e)| e.kind == Kind::Country).find(|(_, e)| e.cc == cc).map(|(id, _)| id)
    }
}
