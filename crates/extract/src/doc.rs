//! The working document the extractors share.

use newsledger_model::{Article, Facts, Span};
use newsledger_text::Segmentation;

/// One article being analysed.
pub struct Doc<'a> {
    pub article: &'a Article,
    /// `article.text`, the text every offset points into.
    pub text: &'a str,
    pub seg: Segmentation,
    /// The article's publication date as `YYYY-MM-DD`, when known to the
    /// day; time expressions are resolved against it.
    pub anchor_date: Option<String>,
    /// Output so far. Spans are **byte** offsets until the pipeline ends.
    pub facts: Facts,
    /// Working notes passed between extractors; not published.
    pub notes: Annotations,
}

/// What extractors tell later extractors, beyond the published facts.
/// All offsets are bytes into `Doc::text`.
#[derive(Debug, Default, Clone)]
pub struct Annotations {
    /// Raw named-entity spans from the tagger, before canonicalisation.
    pub ner: Vec<NerSpan>,
    /// Statements attributed to a source ("according to X", "X said that…").
    pub attributions: Vec<Attribution>,
    /// Stretches inside an attribution's content that its source did not
    /// say: the frame and the reporter's words between the quoted parts of a
    /// split quote ("“A,” X said, “B.” X has one worry: “C.”"). A quote's
    /// attribution runs from its first part to its last; what lies here is
    /// the outlet's.
    pub unattributed: Vec<Span>,
    /// What unnamed reports say ("…, according to the reports", "Reports
    /// said …"): no source is made for them; a claim here is the outlet's,
    /// unverified.
    pub hearsay: Vec<Span>,
    /// Every place the text refers to a source ("two U.S. officials", "the
    /// officials", "she"), with the source's id: the coreference chains of
    /// `facts.sources`, whose `evidence` keeps only the first.
    pub source_mentions: Vec<SourceMention>,
    /// What the word lists say about each token of `seg.tokens` (same
    /// length), computed once by the entity extractor for the extractors
    /// after it; empty when no entity extractor ran.
    pub token_lex: Vec<crate::entities::TokLex>,
    /// Each token's id in the event and quantity word lists (same length
    /// as `seg.tokens`), computed once by the claim extractor for the event
    /// extractor; empty when it did not run.
    pub event_word_ids: Vec<u32>,
    /// The countries the article names, and where: which country a bare
    /// "the government" or "police" belongs to. Built once by the entity
    /// extractor from its entities, for the source and event extractors;
    /// `None` when no entity extractor ran (see
    /// [`CountryContext::of_doc`](crate::entities::country_context::CountryContext::of_doc)).
    pub country_context: Option<crate::entities::country_context::CountryContext>,
}

/// One reference to source `source` (an id in `facts.sources`) at `span`.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceMention {
    pub source: String,
    pub span: Span,
}

/// A tagged entity span: token range and byte range.
#[derive(Debug, Clone, PartialEq)]
pub struct NerSpan {
    pub tokens: std::ops::Range<usize>,
    pub start: usize,
    pub end: usize,
    pub label: newsledger_model::EntityType,
}

/// `content` (byte range) is asserted by source `source` (an id in
/// `facts.sources`), signalled by the cue at `cue`.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    pub content: Span,
    pub source: String,
    pub cue: Span,
    /// The cue lemma: "say", "according to", "claim", "confirm", "deny"…
    pub cue_lemma: String,
}

impl<'a> Doc<'a> {
    pub fn new(article: &'a Article, anchor_date: Option<String>) -> Self {
        let text = article.text.as_str();
        Doc { article, text, seg: newsledger_text::segment(text), anchor_date, facts: Facts::default(), notes: Annotations::default() }
    }

    /// The text of a byte span.
    pub fn slice(&self, span: Span) -> &'a str {
        &self.text[span.start..span.end]
    }
}
