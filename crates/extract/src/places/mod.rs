//! Place mentions, resolved with the gazetteer (`newsledger-geo`).
//!
//! Candidates come from [`scan`], which finds gazetteer names among
//! capitalised words by itself, and from the tagger's LOC/GPE spans
//! (`doc.notes.ner`) that it missed, checked with the same rules; a scanned
//! candidate inside a tagger PERSON span is dropped. Demonyms ("Mexican") are not places
//! but tell the resolver which country the article is about, as does the
//! dateline. Each mention becomes a `PlaceMention` with the evidence span in
//! bytes (the pipeline converts to code points at the end).

pub mod scan;

use newsledger_geo::{ArticleHints, Gazetteer, Lexicon, MentionQuery, Resolver};
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
/// The tagger does not override the scanner otherwise: it often puts a place
/// used as a modifier inside an organisation span ("DRC President", "NSW
/// government"), where the place is still named.
pub fn candidates(doc: &Doc<'_>, gaz: &Gazetteer, lex: &Lexicon) -> Vec<Candidate> {
    let headlines = scan::title_case_sentences(doc.text, &doc.seg);
    let person_words = scan::person_name_words(doc.text, &doc.seg, &headlines, gaz, lex);
    let mut scanner = Scanner::new(doc.text, &doc.seg, gaz, lex, &person_words, &headlines);
    let scanned = scanner.scan();
    if doc.notes.ner.is_empty() {
        return scanned;
    }
    let overlaps = |a: &Candidate, s: usize, e: usize| a.start < e && s < a.end;
    let mut out: Vec<Candidate> = scanned
        .into_iter()
        .filter(|c| !doc.notes.ner.iter().any(|n| n.label == EntityType::Person && overlaps(c, n.start, n.end)))
        .map(|c| Candidate { qualifies: None, ..c })
        .collect();
    for n in &doc.notes.ner {
        if !matches!(n.label, EntityType::Loc | EntityType::Gpe) || out.iter().any(|c| overlaps(c, n.start, n.end)) {
            continue;
        }
        if let Some(c) = scanner.check_span(n.tokens.start, n.tokens.end) {
            out.push(c);
        }
    }
    out.sort_by_key(|c| c.start);
    // Re-link "Place, Qualifier" pairs over the merged list.
    for i in 1..out.len() {
        let (a, b) = (&out[i - 1], &out[i]);
        if b.tok_start == a.tok_end + 1 && doc.seg.tokens.get(a.tok_end).is_some_and(|t| t.text(doc.text) == ",") {
            out[i].qualifies = Some(i - 1);
        }
    }
    out
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
        .map(|c| MentionQuery {
            text: &doc.text[c.start..c.end],
            acronym: c.acronym,
            qualifies: c.qualifies,
            before_border: c.before_border,
        })
        .collect();
    let hints = ArticleHints {
        dateline: doc.article.dateline.as_ref().and_then(|d| d.place.as_deref()),
        demonyms: demonym_countries(doc, lex),
    };
    let mut resolver = Resolver::new(gaz);
    let resolved = resolver.resolve_article(&queries, &hints);
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
