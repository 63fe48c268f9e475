//! The extractor trait and the ordered pipeline.

use newsledger_model::{Article, CharMap, Facts, Span};

use crate::Doc;

/// One step of the extract stage. Implementations must be pure: no I/O.
pub trait Extractor: Send + Sync {
    /// Short name, used in timings and errors ("ner", "quotes").
    fn name(&self) -> &'static str;
    /// Reads `doc` and adds facts or notes to it.
    fn run(&self, doc: &mut Doc<'_>);
}

/// The pipelines one run needs, built once and chosen per article by its
/// language: the English one, and an empty one for languages without
/// resources (see [`Pipeline::for_language`]). Every entry point that
/// extracts many articles (the ingest job, `bench stages`) picks the same way.
pub struct Pipelines {
    english: Pipeline,
    without_resources: Pipeline,
}

impl Default for Pipelines {
    fn default() -> Self {
        Pipelines::new()
    }
}

impl Pipelines {
    pub fn new() -> Pipelines {
        Pipelines { english: Pipeline::for_language("en"), without_resources: Pipeline::with_extractors(Vec::new()) }
    }

    /// The pipeline for an article in `language`.
    pub fn for_language(&self, language: &str) -> &Pipeline {
        if Pipeline::has_resources(language) {
            &self.english
        } else {
            &self.without_resources
        }
    }
}

/// Languages the extractors have lexicons and models for (Spanish comes
/// next: `data/es/` beside `data/en/` in each crate, then its code here).
const LANGUAGES_WITH_RESOURCES: &[&str] = &["en", "und"];

/// The ordered list of extractors for one language.
pub struct Pipeline {
    extractors: Vec<Box<dyn Extractor>>,
}

impl Pipeline {
    /// The pipeline for `language` (a BCP-47 primary subtag). A language
    /// without its own resources gets no extractors: English rules over
    /// another language's text make facts out of noise, and an article with
    /// no facts is better than one with wrong ones. Its text is still
    /// stored and searchable.
    pub fn for_language(language: &str) -> Pipeline {
        if !Pipeline::has_resources(language) {
            return Pipeline { extractors: Vec::new() };
        }
        // Order matters: each step reads what the steps before it found.
        let extractors: Vec<Box<dyn Extractor>> = vec![
            Box::new(crate::entities::EntityExtractor),
            Box::new(crate::times::TimeExtractor),
            Box::new(crate::places::PlaceExtractor),
            Box::new(crate::sources::SourceExtractor),
            Box::new(crate::claims::ClaimExtractor),
            Box::new(crate::events::EventExtractor),
        ];
        Pipeline { extractors }
    }

    /// Whether the extract stage has resources for `language`. Text whose
    /// language could not be told ("und", or "" from an `Article` built
    /// without one) gets the English pipeline, as most of what reaches us
    /// is English.
    pub fn has_resources(language: &str) -> bool {
        language.is_empty() || LANGUAGES_WITH_RESOURCES.contains(&language)
    }

    pub fn with_extractors(extractors: Vec<Box<dyn Extractor>>) -> Pipeline {
        Pipeline { extractors }
    }

    pub fn names(&self) -> Vec<&'static str> {
        self.extractors.iter().map(|e| e.name()).collect()
    }

    /// Runs every extractor over `article` and returns the facts with
    /// offsets in code points (schema v1).
    pub fn analyze(&self, article: &Article) -> Facts {
        self.run(article, None)
    }

    /// Like [`Pipeline::analyze`], adding each step's time to `timings`
    /// (for benchmarks: "segment", then each extractor's name, then
    /// "offsets").
    pub fn analyze_timed(&self, article: &Article, timings: &mut StageTimings) -> Facts {
        self.run(article, Some(timings))
    }

    fn run(&self, article: &Article, mut timings: Option<&mut StageTimings>) -> Facts {
        let mut clock = std::time::Instant::now();
        let mut lap = |name: &'static str, timings: &mut Option<&mut StageTimings>| {
            if let Some(t) = timings.as_deref_mut() {
                let now = std::time::Instant::now();
                t.add(name, now - clock);
                clock = now;
            }
        };
        let anchor = article.published.as_ref().filter(|p| p.len() >= 10).map(|p| p[..10].to_string());
        let mut doc = Doc::new(article, anchor);
        lap("segment", &mut timings);
        for e in &self.extractors {
            e.run(&mut doc);
            lap(e.name(), &mut timings);
        }
        let mut facts = doc.facts;
        spans_to_code_points(&mut facts, &CharMap::new(doc.text));
        lap("offsets", &mut timings);
        facts
    }
}

/// Time spent per pipeline step, summed over calls.
#[derive(Debug, Clone, Default)]
pub struct StageTimings {
    pub stages: Vec<(&'static str, std::time::Duration)>,
}

impl StageTimings {
    pub fn add(&mut self, name: &'static str, d: std::time::Duration) {
        match self.stages.iter_mut().find(|(n, _)| *n == name) {
            Some((_, total)) => *total += d,
            None => self.stages.push((name, d)),
        }
    }
}

/// Converts every span in `facts` from bytes to code points.
fn spans_to_code_points(facts: &mut Facts, map: &CharMap) {
    let conv = |s: &mut Span| *s = map.span(s.start, s.end);
    for e in &mut facts.entities {
        e.mentions.iter_mut().for_each(conv);
    }
    for s in &mut facts.sources {
        conv(&mut s.evidence);
    }
    for q in &mut facts.quotes {
        conv(&mut q.evidence);
    }
    for c in &mut facts.claims {
        conv(&mut c.evidence);
        for q in &mut c.quantities {
            conv(&mut q.evidence);
        }
    }
    for v in &mut facts.events {
        conv(&mut v.evidence);
        for g in v.actor_group.iter_mut().chain(v.target_group.iter_mut()) {
            conv(&mut g.evidence);
        }
    }
    for t in &mut facts.times {
        conv(&mut t.evidence);
    }
    for p in &mut facts.places {
        conv(&mut p.evidence);
    }
}
