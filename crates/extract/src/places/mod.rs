//! Place mentions, resolved with the gazetteer (`newsledger-geo`).
//!
//! Candidates come from [`scan`], which finds gazetteer names among
//! capitalised words by itself, and from the tagger's LOC/GPE spans
//! (`doc.notes.ner`) that it missed, checked with the same rules; a scanned
//! candidate inside a tagger PERSON span is dropped, and so is a one-word
//! town the tagger reads as an organisation or product ("Google", "Toyota")
//! unless the context says place. Demonyms ("Mexican") are not places
//! but tell the resolver which country the article is about, as does the
//! dateline. Each mention becomes a `PlaceMention` with the evidence span in
//! bytes (the pipeline converts to code points at the end).

pub mod scan;

use newsledger_geo::{ArticleHints, Context, Gazetteer, Kind, Lexicon, MentionQuery, Posting, Resolved, Resolver};
use newsledger_model::{EntityType, PlaceMention, Span};
use newsledger_text::TokenKind;

use crate::{Doc, Extractor};

pub use scan::{Candidate, Scanner};

pub struct PlaceExtractor;

impl Extractor for PlaceExtractor {
    fn name(&self) -> &'static str {
        "places"
    }

    fn run(&self, doc: &mut Doc<'_>) {
        // The gazetteer is compiled in; failing to decode it is a build bug,
        // and the article simply gets no places.
        let Ok(gaz) = Gazetteer::global() else { return };
        let lex = Lexicon::english();
        doc.facts.places = find_places(doc, gaz, lex);
    }
}

/// Candidates for `doc`: the scanner's, less those a tagger marks as a
/// person, plus tagger LOC/GPE spans the scanner missed that are gazetteer
/// names and pass the scanner's neighbour rules. Text order.
///
/// Otherwise the tagger overrides the scanner only for a one-word town it
/// reads, in exactly that span, as another kind of name (`named_otherwise`):
/// it often puts a place used as a modifier inside a longer organisation
/// span ("DRC President", "NSW government"), where the place is still named.
pub fn candidates(doc: &Doc<'_>, gaz: &Gazetteer, lex: &Lexicon) -> Vec<Candidate> {
    let headlines = scan::title_case_sentences(doc.text, &doc.seg);
    let person_words = scan::person_name_words(doc.text, &doc.seg, &headlines, gaz, lex);
    let mut scanner = Scanner::new(doc.text, &doc.seg, gaz, lex, &person_words, &headlines);
    let scanned = scanner.scan();
    // People: the tagger's, and those the entity stage found by other means
    // (the registry's "Obama", "President Zedillo", "said Ana Beltrán").
    let people: Vec<(usize, usize)> = doc
        .notes
        .ner
        .iter()
        .filter(|n| n.label == EntityType::Person)
        .map(|n| (n.start, n.end))
        .chain(doc.facts.entities.iter().filter(|e| e.entity_type == EntityType::Person).flat_map(|e| e.mentions.iter().map(|m| (m.start, m.end))))
        .collect();
    let names = names_holding_places(doc);
    let scanned: Vec<Candidate> = scanned.into_iter().filter(|c| !inside_any(&names, c.start, c.end)).collect();
    if people.is_empty() && doc.notes.ner.is_empty() {
        return scanned;
    }
    let overlaps = |a: &Candidate, s: usize, e: usize| a.start < e && s < a.end;
    // "Irving, TX" is a place whatever the tagger says of "Irving": a
    // postal abbreviation after the comma vouches for it ("Paul George,
    // Oklahoma City" is a person, then a place).
    let abbreviated_qualifier = |c: &Candidate| c.qualifies.is_some() && c.acronym;
    let in_pair: Vec<bool> = (0..scanned.len())
        .map(|i| abbreviated_qualifier(&scanned[i]) || scanned.get(i + 1).is_some_and(|n| n.qualifies == Some(i) && abbreviated_qualifier(n)))
        .collect();
    let mut out: Vec<Candidate> = scanned
        .into_iter()
        .zip(in_pair)
        // "in the Tsuen Wan district": a place noun after it says place too.
        .filter(|(c, paired)| *paired || before_place_noun(doc, c.tok_end) || !people.iter().any(|&(s, e)| overlaps(c, s, e)))
        .map(|(c, _)| Candidate { qualifies: None, ..c })
        .collect();
    for n in &doc.notes.ner {
        if !matches!(n.label, EntityType::Loc | EntityType::Gpe)
            || inside_any(&names, n.start, n.end)
            || out.iter().any(|c| overlaps(c, n.start, n.end))
            || people.iter().any(|&(s, e)| s < n.end && n.start < e)
        {
            continue;
        }
        if let Some(c) = scanner.check_span(n.tokens.start, n.tokens.end) {
            out.push(c);
        }
    }
    out.sort_by_key(|c| c.start);
    relink_qualifiers(doc, &mut out);
    let mut key = String::new();
    let mut keep: Vec<bool> = (0..out.len())
        .map(|i| {
            let qualified = out.get(i + 1).is_some_and(|n| n.qualifies == Some(i));
            qualified
                || out[i].qualifies.is_some()
                || !(named_otherwise(doc, gaz, lex, &out[i], &mut key) || a_persons_name(doc, &out[i], &people))
        })
        .collect();
    if keep.iter().all(|&k| k) {
        return out;
    }
    // One sense per article: a name that is plainly a place somewhere (the
    // tagger reads it so, or "in the Rukban camp") is a place in its other
    // mentions too ("leaving Rukban").
    let plainly_place: Vec<bool> = out.iter().zip(&keep).map(|(c, &k)| k && plainly_a_place(doc, c)).collect();
    for i in 0..out.len() {
        if !keep[i] {
            let name = &doc.text[out[i].start..out[i].end];
            keep[i] = out.iter().zip(&plainly_place).any(|(o, &p)| p && doc.text[o.start..o.end].eq_ignore_ascii_case(name));
        }
    }
    let mut i = 0;
    out.retain(|_| {
        i += 1;
        keep[i - 1]
    });
    relink_qualifiers(doc, &mut out);
    out
}

/// Byte spans of the mentions of registry actors whose names hold a place
/// that is no place of the article: an outlet ("USA Today"), an armed or
/// criminal group ("Islamic State of Iraq and the Levant", "Sinaloa
/// Cartel"), an inter-governmental body ("Gulf Cooperation Council"). A
/// government's name keeps its place ("US Senate" names the United States,
/// where the Senate sits).
fn names_holding_places(doc: &Doc<'_>) -> Vec<(usize, usize)> {
    use crate::entities::{ActorKind, Registry};
    let reg = Registry::bundled();
    doc.facts
        .entities
        .iter()
        .filter(|e| {
            e.actor.as_deref().and_then(|id| reg.get(id)).is_some_and(|a| matches!(a.kind, ActorKind::Outlet | ActorKind::ArmedGroup | ActorKind::CriminalGroup | ActorKind::Igo | ActorKind::Organization))
        })
        .flat_map(|e| e.mentions.iter().map(|m| (m.start, m.end)))
        .collect()
}

/// Bytes `start..end` lie inside one of `spans` and are not all of it.
fn inside_any(spans: &[(usize, usize)], start: usize, end: usize) -> bool {
    spans.iter().any(|&(s, e)| s <= start && end <= e && e - s > end - start)
}

/// Links "Place, Qualifier" pairs ("Irving, TX") over a list in text order.
fn relink_qualifiers(doc: &Doc<'_>, out: &mut [Candidate]) {
    for i in 0..out.len() {
        out[i].qualifies = None;
        if i == 0 {
            continue;
        }
        let (a, b) = (&out[i - 1], &out[i]);
        if b.tok_start == a.tok_end + 1 && doc.seg.tokens.get(a.tok_end).is_some_and(|t| t.text(doc.text) == ",") {
            out[i].qualifies = Some(i - 1);
        }
    }
}

/// A one-word town name that the tagger reads, in exactly its span, as an
/// organisation or another kind of name, with no locative word before it:
/// "Google" (an alternate name of Topeka), "Toyota", "Artemis", "Orion",
/// teams ("Minnesota beat Buffalo", "Chelsea have paid"). The tagger's
/// reading of the context beats a gazetteer hit on the bare word. Areas
/// (countries, states, regions) stay, as do names after "in", "at",
/// "near"…, and names in a "Place, Qualifier" pair.
///
/// An area known only by an alias of ours ("Emirates" for the United Arab
/// Emirates) counts as a town here, and also loses when it starts a longer
/// organisation name ("Emirates Airline"); an area's own name or acronym
/// ("Mexico", "U.S.") stands.
fn named_otherwise(doc: &Doc<'_>, gaz: &Gazetteer, lex: &Lexicon, c: &Candidate, key: &mut String) -> bool {
    if c.tok_end != c.tok_start + 1 {
        return false;
    }
    let exactly = doc.notes.ner.iter().any(|n| n.start == c.start && n.end == c.end && matches!(n.label, EntityType::Org | EntityType::Misc));
    let heads_org = doc.notes.ner.iter().any(|n| n.start == c.start && n.end > c.end && n.label == EntityType::Org);
    let inside_longer = doc.notes.ner.iter().any(|n| n.start <= c.start && c.end <= n.end && n.end - n.start > c.end - c.start);
    if !exactly && !heads_org && !inside_longer {
        return false;
    }
    key.clear();
    gaz.normalise_into(&doc.text[c.start..c.end], key);
    let (mut named_area, mut alias_area, mut big_city, mut own_name) = (false, false, false, false);
    if let Some(l) = gaz.lookup(key) {
        for p in l.postings {
            let e = gaz.entry(p.place);
            own_name |= p.is(Posting::PRIMARY) || p.is(Posting::ACRONYM);
            if e.kind.is_area() {
                if p.is(Posting::PRIMARY) || p.is(Posting::ACRONYM) {
                    named_area = true;
                } else {
                    alias_area = true;
                }
            } else if e.kind == Kind::City && p.is(Posting::PRIMARY) && e.population >= BIG_CITY_POPULATION {
                big_city = true;
            }
        }
    }
    // "near Santa Cruz Island", "the Observatoire de Paris": a word that is
    // only another language's name for some place ("Island", Iceland; a
    // Paris district's short name), inside a longer name the tagger found,
    // is part of that name.
    if inside_longer && !exactly && !own_name {
        return true;
    }
    if named_area || (!exactly && !(heads_org && alias_area)) {
        return false;
    }
    // "Drones hit Kyiv", "troops entered Khartoum": the object of a verb
    // that takes places, when it names a large city, is the city.
    // "intercepted 40 drones over Kyiv": "over" a large city is the sky above it.
    let object_of_place_verb = big_city && word_before(doc, c.tok_start).is_some_and(|w| lex.is_place_verb(w) || w.eq_ignore_ascii_case("over"));
    !after_locative(doc, c.tok_start) && !object_of_place_verb && !before_place_noun(doc, c.tok_end) && !dateline_shaped(doc, c)
}

/// A town this large, named right after a verb that takes places, stays a
/// place whatever the tagger says ("hit Kyiv"); smaller namesakes of firms
/// ("visited Toyota") do not.
const BIG_CITY_POPULATION: u32 = 500_000;

/// One sense per article for people: a word that names a person elsewhere
/// in the article ("Obama said") is that person in "the Obama
/// administration" too, unless "in"/"near"… or a place noun says place.
fn a_persons_name(doc: &Doc<'_>, c: &Candidate, people: &[(usize, usize)]) -> bool {
    let name = &doc.text[c.start..c.end];
    people.iter().any(|&(s, e)| &doc.text[s..e] == name) && !strong_locative_before(doc, c.tok_start) && !before_place_noun(doc, c.tok_end)
}

fn strong_locative_before(doc: &Doc<'_>, i: usize) -> bool {
    word_before(doc, i).is_some_and(|w| STRONG_LOCATIVES.iter().any(|l| l.eq_ignore_ascii_case(w)))
}

/// The tagger reads the mention as a place, or a place noun follows it, or
/// "in"/"near"… comes before it.
fn plainly_a_place(doc: &Doc<'_>, c: &Candidate) -> bool {
    let tagged = doc.notes.ner.iter().any(|n| n.start == c.start && n.end == c.end && matches!(n.label, EntityType::Loc | EntityType::Gpe));
    tagged || strong_locative_before(doc, c.tok_start) || before_place_noun(doc, c.tok_end)
}

/// Prepositions that seldom introduce anything but a place ("at" and
/// "from" introduce employers and senders as often).
const STRONG_LOCATIVES: &[&str] = &["in", "near", "outside", "inside", "across", "throughout"];

/// Lower-case nouns that make the name before them a place ("the Rukban
/// camp", "Toyota city").
const PLACE_NOUNS: &[&str] = &[
    "camp", "town", "city", "village", "area", "region", "province", "district", "county", "border", "crossing", "valley", "airport",
    "port", "neighbourhood", "neighborhood", "suburb", "outskirts",
];

fn before_place_noun(doc: &Doc<'_>, next: usize) -> bool {
    doc.seg.tokens.get(next).is_some_and(|t| t.kind == TokenKind::Word && PLACE_NOUNS.contains(&t.text(doc.text)))
}

/// "Indianapolis – Several thousand teachers…", "Dekalb, Ill. — …": a name
/// that opens a sentence and is followed by a dash or a comma is a dateline.
fn dateline_shaped(doc: &Doc<'_>, c: &Candidate) -> bool {
    let opens = doc.seg.sentence_at(c.start).is_some_and(|si| doc.seg.sentences[si].tokens.start == c.tok_start);
    opens && doc.seg.tokens.get(c.tok_end).is_some_and(|t| t.kind == TokenKind::Dash || t.text(doc.text) == ",")
}

/// Whether the word before token `i` (skipping "the") is a locative
/// preposition ("in Buffalo", "at the Rukban camp").
fn after_locative(doc: &Doc<'_>, i: usize) -> bool {
    word_before(doc, i).is_some_and(|w| scan::LOCATIVES.iter().any(|l| l.eq_ignore_ascii_case(w)))
}

/// The word before token `i`, skipping "the"; `None` when punctuation or
/// the text's start comes first.
fn word_before<'t>(doc: &Doc<'t>, i: usize) -> Option<&'t str> {
    let toks = &doc.seg.tokens;
    let mut k = i;
    while k > 0 {
        k -= 1;
        let t = &toks[k];
        if t.kind != TokenKind::Word {
            return None;
        }
        let w = t.text(doc.text);
        if !w.eq_ignore_ascii_case("the") {
            return Some(w);
        }
    }
    None
}

/// Countries named by demonyms in the article ("Mexican", "Venezuelan").
pub fn demonym_countries(doc: &Doc<'_>, lex: &Lexicon) -> Vec<[u8; 2]> {
    let mut out = Vec::new();
    for t in &doc.seg.tokens {
        if t.kind == TokenKind::Word {
            if let Some(cc) = lex.demonym(t.text(doc.text)) {
                out.push(cc);
            }
        }
    }
    out
}

/// Finds and resolves the place mentions of `doc`.
pub fn find_places(doc: &Doc<'_>, gaz: &Gazetteer, lex: &Lexicon) -> Vec<PlaceMention> {
    let cands = candidates(doc, gaz, lex);
    let queries: Vec<MentionQuery<'_>> = cands
        .iter()
        .enumerate()
        .map(|(i, c)| MentionQuery {
            text: &doc.text[c.start..c.end],
            acronym: c.acronym,
            qualifies: c.qualifies,
            before_border: c.before_border,
            before_admin_area: c.before_admin_area,
            after_the: c.after_the,
            // The previous candidate, when only list words and commas stand
            // between the two and this one does not qualify it.
            listed_after: i.checked_sub(1).filter(|&p| {
                let prev = &cands[p];
                c.qualifies != Some(p) && prev.end <= c.start && lex.is_list_link(&doc.text[prev.end..c.start])
            }),
            sentence: doc.seg.sentence_at(c.start),
        })
        .collect();
    let hints = ArticleHints {
        dateline: doc.article.dateline.as_ref().and_then(|d| d.place.as_deref()),
        demonyms: demonym_countries(doc, lex),
    };
    let mut resolver = Resolver::new(gaz);
    let mut resolved = resolver.resolve_article(&queries, &hints);
    drop_stray_towns(doc, gaz, &cands, &mut resolved, &hints, &mut resolver);
    drop_named_facilities(doc, gaz, lex, &cands, &mut resolved);
    drop_towns_naming_far_features(doc, gaz, lex, &cands, &mut resolved);
    let mut out = Vec::with_capacity(cands.len());
    for (c, r) in cands.iter().zip(resolved) {
        let Some(r) = r else { continue };
        out.push(PlaceMention {
            id: format!("p{}", out.len() + 1),
            text: doc.text[c.start..c.end].to_string(),
            place: gaz.place(r.place),
            evidence: Span::new(c.start, c.end),
        });
    }
    out
}

/// Unresolves a town whose name only names a facility inside another
/// town: "Waterloo station (is) in London" is in London, not Waterloo,
/// Ontario, and so is every other mention of Waterloo station there;
/// "Victoria station in central London" is not in Australia; "Hyde Park in
/// London" is not the town in New York. The facility word ends the mention
/// or follows it, "in" follows that (a few lower-case words and demonyms
/// may come between: "in the British capital London"), and the place after
/// it is a town too. The name may be a state's ("Victoria station"). Before
/// a country or a region the name stays: "Kabul airport in Afghanistan" is
/// at Kabul.
fn drop_named_facilities(doc: &Doc<'_>, gaz: &Gazetteer, lex: &Lexicon, cands: &[Candidate], resolved: &mut [Option<Resolved>]) {
    let toks = &doc.seg.tokens;
    let word_at = |k: usize| toks.get(k).filter(|t| t.kind == TokenKind::Word).map(|t| t.text(doc.text));
    let is_town = |r: &Option<Resolved>| r.as_ref().is_some_and(|r| !gaz.entry(r.place).kind.is_area());
    let is_town_or_state = |r: &Option<Resolved>| is_town(r) || r.as_ref().is_some_and(|r| gaz.entry(r.place).kind == Kind::Admin1);
    let mut facilities: Vec<usize> = Vec::new();
    for i in 0..cands.len() {
        if !is_town_or_state(&resolved[i]) {
            continue;
        }
        let c = &cands[i];
        let ends_in_facility = c.tok_end > c.tok_start + 1 && word_at(c.tok_end - 1).is_some_and(|w| lex.is_facility_noun(w));
        let mut k = c.tok_end;
        if !ends_in_facility {
            if !word_at(k).is_some_and(|w| lex.is_facility_noun(w)) {
                continue;
            }
            k += 1;
        }
        // "Waterloo station is in central London": a form of "be" may come
        // between (grammar, not a word list).
        if word_at(k).is_some_and(|w| matches!(w, "is" | "was" | "are" | "were")) {
            k += 1;
        }
        if !word_at(k).is_some_and(|w| w == "in") {
            continue;
        }
        k += 1;
        let Some(j) = cands.iter().position(|n| n.tok_start >= k) else { continue };
        // Up to four lower-case words, demonyms and commas between: "in
        // central London", "in the British capital London", "in the Iraqi
        // city of Mosul", "in the capital, Kabul".
        let between = k..cands[j].tok_start;
        let between_ok = between.len() <= 4
            && toks[between].iter().all(|t| {
                let w = t.text(doc.text);
                w == "," || (t.kind == TokenKind::Word && (w.starts_with(|ch: char| ch.is_lowercase()) || lex.demonym(w).is_some()))
            });
        if between_ok && is_town(&resolved[j]) {
            resolved[i] = None;
            facilities.push(i);
        }
    }
    // One sense per article: once "Waterloo station" is placed in London,
    // "an incident at Waterloo station" elsewhere names the same station.
    for &f in &facilities {
        let name = &doc.text[cands[f].start..cands[f].end];
        for (i, c) in cands.iter().enumerate() {
            let names_facility = word_at(c.tok_end).is_some_and(|w| lex.is_facility_noun(w)) || c.tok_end > c.tok_start + 1 && word_at(c.tok_end - 1).is_some_and(|w| lex.is_facility_noun(w));
            if names_facility && doc.text[c.start..c.end] == *name {
                resolved[i] = None;
            }
        }
    }
}

/// Unresolves a town whose name here names a feature that often lies far
/// from it: "Santa Cruz Island" is not the town of Santa Cruz, "Vancouver
/// Island" not the town of Vancouver (`far_feature_nouns.txt`: Island,
/// River, Mountains…). The gazetteer's own longer names ("Sinai Peninsula",
/// hand-listed rivers) are matched whole before this and are not towns; a
/// country or state keeps its reading before a river, a sea or mountains
/// ("the Mississippi River", "the Congo River" run through them), not before
/// an island.
fn drop_towns_naming_far_features(doc: &Doc<'_>, gaz: &Gazetteer, lex: &Lexicon, cands: &[Candidate], resolved: &mut [Option<Resolved>]) {
    let toks = &doc.seg.tokens;
    for (c, r) in cands.iter().zip(resolved.iter_mut()) {
        let Some(area) = r.as_ref().map(|r| gaz.entry(r.place).kind.is_area()) else { continue };
        let Some(w) = toks.get(c.tok_end).filter(|t| t.kind == TokenKind::Word && t.space_before).map(|t| t.text(doc.text)) else { continue };
        if !w.starts_with(|ch: char| ch.is_uppercase()) || !lex.is_far_feature_noun(w) {
            continue;
        }
        // An island is seldom in the state or country it is named after
        // ("Santa Cruz Island" is not in the Bolivian department, "Victoria
        // Island" not in Australia); a river or a desert runs through it.
        let island = ["Island", "Islands", "Isle"].contains(&w);
        if !area || island {
            *r = None;
        }
    }
}

/// A town below this size, named by a one-word alternate name, needs its
/// country elsewhere in the article (see [`drop_stray_towns`]).
const STRAY_TOWN_MAX_POPULATION: u32 = 200_000;

/// A town or district below this size needs its country elsewhere in the
/// article even when named by its own name (see [`drop_stray_towns`]).
const STRAY_OWN_NAME_MAX_POPULATION: u32 = 50_000;

/// Unresolves mentions of small foreign towns when nothing else in the
/// article (another place, a demonym, the dateline) is in that town's
/// country: "Sarkh, Logar" (a district in Afghanistan) is not Sarh in Chad
/// (an alternate name), "Victoria Park" in Hong Kong is not the Australian
/// district, "Whitehall" in London is not the Ohio town, "the Wars of the
/// Roses" are not in Spain. A wrong country is worse than no place. Big
/// towns, towns in a "Town, Qualifier" pair and names beside a place noun
/// ("the province of …", "… camp") are left alone.
fn drop_stray_towns(
    doc: &Doc<'_>,
    gaz: &Gazetteer,
    cands: &[Candidate],
    resolved: &mut [Option<Resolved>],
    hints: &ArticleHints<'_>,
    resolver: &mut Resolver<'_>,
) {
    let mut key = String::new();
    let stray: Vec<bool> = cands
        .iter()
        .zip(resolved.iter())
        .enumerate()
        .map(|(i, (c, r))| {
            let Some(r) = r else { return false };
            let e = gaz.entry(r.place);
            let paired = c.qualifies.is_some() || cands.get(i + 1).is_some_and(|n| n.qualifies == Some(i));
            if paired || !matches!(e.kind, Kind::City | Kind::Admin2) || e.population >= STRAY_TOWN_MAX_POPULATION {
                return false;
            }
            key.clear();
            gaz.normalise_into(&doc.text[c.start..c.end], &mut key);
            let own_name = gaz.lookup(&key).is_some_and(|l| l.postings.iter().any(|p| p.place == r.place && p.is(Posting::PRIMARY)));
            if own_name {
                // "in the province of Western Kasai", "Kalam town": the
                // words around say place; the resolver may still have the
                // wrong one, but the mention stays.
                // "Nyanza province" read as a town abroad: the area word
                // says the province is meant, which the gazetteer lacks; a
                // town elsewhere is no reading of it.
                let town_for_area = e.kind == Kind::City && c.before_admin_area;
                town_for_area || e.population < STRAY_OWN_NAME_MAX_POPULATION && !c.before_admin_area && !before_place_noun(doc, c.tok_end)
            } else {
                c.tok_end == c.tok_start + 1
            }
        })
        .collect();
    if !stray.contains(&true) {
        return;
    }
    let country_of = |r: &Option<Resolved>| r.as_ref().map(|r| gaz.entry(r.place).cc).filter(|cc| *cc != [0, 0]);
    let dateline_cc = country_of(&hints.dateline.and_then(|d| resolver.resolve_one(d, &Context::new())));
    for i in 0..resolved.len() {
        if !stray[i] {
            continue;
        }
        let Some(cc) = country_of(&resolved[i]) else { continue };
        let name = &doc.text[cands[i].start..cands[i].end];
        // Other mentions count only under another name, and only when not
        // stray themselves: one mention of the stray name cannot vouch for
        // another, nor can two small towns abroad for each other.
        let elsewhere = resolved
            .iter()
            .zip(cands)
            .enumerate()
            .any(|(j, (r, c))| j != i && !stray[j] && country_of(r) == Some(cc) && &doc.text[c.start..c.end] != name);
        if !elsewhere && !hints.demonyms.contains(&cc) && dateline_cc != Some(cc) {
            resolved[i] = None;
        }
    }
}
