//! Named-entity recognition for news: structured averaged perceptrons the
//! project trains itself (see MODEL_CARD.md), over hashed word, shape, affix,
//! context, Brown-cluster and gazetteer features, decoded with Viterbi over
//! BILOU tags. A sentence-level stage is followed, for whole documents, by a
//! stage that corrects it with document-level evidence (how the same word is
//! tagged elsewhere in the article).
//!
//! Contract used by the extract stage: [`Model::english`] and
//! [`Model::tag_sentence`]; [`Model::tag_document`] is more accurate when the
//! whole article is at hand. Labels are CoNLL-2003's four types; the extract
//! stage refines them (LOC → GPE/LOC, MISC → NORP/EVENT/MISC) with lexicons.
//! Training: [`train`] (and `examples/train.rs`); files: [`Model::save`],
//! [`Model::load`].
//!
//! ```
//! use newsledger_ner::{Label, Model};
//! let text = "Officials in Mexico City met Claudia Sheinbaum on Monday.";
//! let seg = newsledger_text::segment(text);
//! let sent = &seg.sentences[0];
//! let tokens = &seg.tokens[sent.tokens.clone()];
//! let mentions = Model::english().tag_sentence(text, tokens);
//! let per = mentions.iter().find(|m| m.label == Label::Per).unwrap();
//! let span = tokens[per.tokens.start].start as usize..tokens[per.tokens.end - 1].end as usize;
//! assert_eq!(&text[span], "Claudia Sheinbaum");
//! ```

use std::io::Write;
use std::ops::Range;
use std::sync::Mutex;

use newsledger_text::Token;

pub mod conll;
mod doc;
mod features;
mod gate;
mod hash;
mod lexicon;
mod model_file;
mod resources;
mod runtime;
mod table;
mod tags;
mod train;

pub use lexicon::{Lexicon, NameEvidence};
pub use train::{train, EpochReport, TrainConfig};

use model_file::{ModelData, StageData};
use features::{gazetteer_positions, sentence_mode, MODE_TITLE};
use runtime::{Counts, FirstRows, SecondRows, WordCache};
use table::Table;
use tags::{Transitions, NTAGS};

/// CoNLL-2003 entity types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Label {
    Per,
    Org,
    Loc,
    Misc,
}

impl Label {
    pub const ALL: [Label; 4] = [Label::Per, Label::Org, Label::Loc, Label::Misc];

    /// The CoNLL name: "PER", "ORG", "LOC", "MISC".
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Per => "PER",
            Label::Org => "ORG",
            Label::Loc => "LOC",
            Label::Misc => "MISC",
        }
    }

    pub fn from_conll(s: &str) -> Option<Label> {
        Some(match s {
            "PER" => Label::Per,
            "ORG" => Label::Org,
            "LOC" => Label::Loc,
            "MISC" => Label::Misc,
            _ => return None,
        })
    }
}

/// One tagged entity: a range of indexes into the token slice given to
/// [`Model::tag_sentence`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub tokens: std::ops::Range<usize>,
    pub label: Label,
}

#[derive(Debug, thiserror::Error)]
pub enum NerError {
    #[error("NER resource: {0}")]
    Resource(String),
    #[error("bad input: {0}")]
    Format(String),
    #[error("bad model file: {0}")]
    Model(String),
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// One trained stage: quantised feature weights plus transition scores.
pub(crate) struct Stage {
    /// Feature weights, [`NTAGS`] per row; features hash to `1 << bits` rows.
    pub(crate) table: Table,
    /// Weight units per score unit.
    pub(crate) scale: f32,
    /// `trans[prev][cur]`; row `NTAGS` is the sentence start.
    pub(crate) trans: [[f32; NTAGS]; NTAGS + 1],
}

impl Stage {
    /// Emission scores of one token from its feature buckets.
    #[inline]
    fn emission(&self, feats: &[u32], extra: &[u32]) -> [f32; NTAGS] {
        let mut acc = [0i32; NTAGS];
        for &f in feats.iter().chain(extra) {
            if let Some(row) = self.table.row(f) {
                for (a, &w) in acc.iter_mut().zip(row) {
                    *a += w as i32;
                }
            }
        }
        let inv = 1.0 / self.scale;
        let mut e = [0f32; NTAGS];
        for (x, a) in e.iter_mut().zip(acc) {
            *x = a as f32 * inv;
        }
        e
    }
}

/// A trained tagger: a sentence-level first stage and, optionally, a second
/// stage that corrects the first's scores with document-level features
/// (see `doc.rs`).
pub struct Model {
    first: Stage,
    second: Option<Stage>,
    /// Weight of the first stage's scores in the second stage.
    first_weight: f32,
    /// Weighted first- plus second-stage transitions.
    second_trans: [[f32; NTAGS]; NTAGS + 1],
    bits: u32,
    legal: Transitions,
    lexicon: &'static Lexicon,
    /// Distinguishes models in the per-thread word cache.
    id: u64,
    first_rows: FirstRows,
    second_rows: Option<SecondRows>,
    /// Lower-case hashes of the tokens that may end a name (`gate.rs`).
    name_closers: [u64; 3],
}

/// The bundled model (`data/en/ner.model`) in the flat form `build.rs`
/// compiles it into.
static ENGLISH_MODEL: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/en.model.bin"));

const _: () = assert!(model_file::NTAGS == NTAGS);

/// Passes of the document stage (see `tag_doc_with`).
const DOCUMENT_PASSES: usize = 2;

/// Reusable buffers for tagging.
#[derive(Default)]
struct Scratch {
    cache: WordCache,
    /// One sentence: its tokens' cached words, gazetteer facts and bits.
    sent_ids: Vec<u32>,
    lowered: String,
    gaz_facts: Vec<(u64, u8, u32)>,
    gaz_len: Vec<[u8; lexicon::GAZ_TYPES]>,
    gaz: Vec<lexicon::GazBits>,
    /// One sentence: its tokens' capitalisation before any headline
    /// lower-casing, and which of them are scored (`gate.rs`).
    sent_caps: Vec<u8>,
    sent_closes_name: Vec<bool>,
    sent_scored: Vec<bool>,
    /// Whole document: first-stage scores, tags and token facts.
    first_emissions: Vec<[f32; NTAGS]>,
    ids: Vec<u32>,
    scored: Vec<bool>,
    lower_ids: Vec<u32>,
    caps: Vec<u8>,
    first: Vec<u8>,
    next_first: Vec<u8>,
    /// The previous document pass's input tags and counts.
    prev_input: Vec<u8>,
    counts: Counts,
    prev_counts: Counts,
    emissions: Vec<[f32; NTAGS]>,
    back: Vec<[u8; NTAGS]>,
    tags: Vec<u8>,
}

/// Buffers not in use, word caches included. A thread takes one for a
/// document and puts it back: the caches outlive the threads, so a new
/// worker pool (each ingest run builds one) starts with warm caches instead
/// of looking up every word's features again (~0.2 ms per article over the
/// 181 benchmark pages when cold). Holds at most one per thread that ever
/// tagged at the same time.
static SCRATCH_POOL: Mutex<Vec<Scratch>> = Mutex::new(Vec::new());

impl Model {
    /// The bundled English model (trained on CoNLL-2003 `eng.train`), loaded
    /// on first use.
    pub fn english() -> &'static Model {
        static MODEL: std::sync::OnceLock<Model> = std::sync::OnceLock::new();
        MODEL.get_or_init(|| {
            // The bundled file is part of the build; the crate's tests load it.
            ModelData::from_raw(ENGLISH_MODEL)
                .map_err(NerError::Model)
                .and_then(|data| Model::from_data(data, Lexicon::english()))
                .unwrap_or_else(|e| panic!("bundled English NER model: {e}"))
        })
    }

    /// Tags one sentence. `tokens` are the sentence's tokens (from
    /// `newsledger_text::segment`), `text` the text they index into.
    ///
    /// Uses the sentence-level stage only: when a whole article is at hand,
    /// [`Model::tag_document`] is more accurate.
    pub fn tag_sentence(&self, text: &str, tokens: &[Token]) -> Vec<Mention> {
        let mut out = vec![Vec::new()];
        let whole = 0..tokens.len();
        self.with_scratch(|m, s| m.tag_doc_with(s, text, tokens, std::slice::from_ref(&whole), false, &mut out));
        out.pop().unwrap_or_default()
    }

    /// Tags a document: `tokens` are all its tokens and `sentences` the
    /// token ranges of its sentences (as in `newsledger_text::Segmentation`).
    /// Returns each sentence's mentions, with token indexes relative to the
    /// sentence's first token (as [`Model::tag_sentence`] gives them).
    pub fn tag_document(&self, text: &str, tokens: &[Token], sentences: &[Range<usize>]) -> Vec<Vec<Mention>> {
        let mut out = vec![Vec::new(); sentences.len()];
        self.with_scratch(|m, s| m.tag_doc_with(s, text, tokens, sentences, true, &mut out));
        out
    }

    fn with_scratch(&self, f: impl FnOnce(&Model, &mut Scratch)) {
        // A poisoned lock only means a panic elsewhere while it was held
        // (a push or a pop): the buffers in it are whole.
        let taken = SCRATCH_POOL.lock().unwrap_or_else(|e| e.into_inner()).pop();
        let mut scratch = taken.unwrap_or_default();
        f(self, &mut scratch);
        SCRATCH_POOL.lock().unwrap_or_else(|e| e.into_inner()).push(scratch);
    }

    /// A tagger with its own buffers, for loops that tag many sentences.
    pub fn tagger(&self) -> Tagger<'_> {
        Tagger { model: self, scratch: Scratch::default() }
    }

    /// Whether the model has a document-level second stage.
    pub fn has_document_stage(&self) -> bool {
        self.second.is_some()
    }

    /// `out` must have one (empty) vector per sentence. `document`: run the
    /// document-level stage (when the model has one).
    fn tag_doc_with(
        &self,
        s: &mut Scratch,
        text: &str,
        tokens: &[Token],
        sentences: &[Range<usize>],
        document: bool,
        out: &mut [Vec<Mention>],
    ) {
        let second = self.second.as_ref().zip(self.second_rows.as_ref()).filter(|_| document);
        s.cache.prepare(self.id);
        s.first_emissions.clear();
        s.ids.clear();
        s.scored.clear();
        s.first.clear();
        // Stage one: every sentence alone.
        for (si, r) in sentences.iter().enumerate() {
            let Some(sent) = tokens.get(r.clone()).filter(|t| !t.is_empty()) else { continue };
            self.first_stage(s, text, sent);
            tags::viterbi_gated(&s.emissions, &s.sent_scored, &self.first.trans, &self.legal, &mut s.back, &mut s.tags);
            if second.is_none() {
                if let Some(o) = out.get_mut(si) {
                    let before = o.len();
                    tags::decode(&s.tags, o);
                    let (cache, ids) = (&s.cache, &s.sent_ids);
                    self.known_organisations(&mut o[before..], |i| cache.word(ids[i]).lower);
                }
                continue;
            }
            s.ids.extend_from_slice(&s.sent_ids);
            s.scored.extend_from_slice(&s.sent_scored);
            s.first.extend_from_slice(&s.tags);
            s.first_emissions.extend_from_slice(&s.emissions);
        }
        let Some((second, rows)) = second else { return };
        s.lower_ids.clear();
        s.caps.clear();
        for &id in &s.ids {
            let w = s.cache.word(id);
            s.lower_ids.push(w.lower_id);
            s.caps.push(w.caps);
        }
        // Stage two: first-stage scores corrected by what the document says.
        // The second pass recounts the document with the first pass's tags
        // (better than stage one's); a third gained nothing on eng.testa.
        for pass in 0..DOCUMENT_PASSES {
            let last = pass + 1 == DOCUMENT_PASSES;
            s.next_first.clear();
            std::mem::swap(&mut s.counts, &mut s.prev_counts);
            s.counts.fill(&s.lower_ids, &s.caps, &s.first, s.cache.lower_ids());
            let mut g0 = 0usize;
            for (si, r) in sentences.iter().enumerate() {
                let n = if tokens.get(r.clone()).is_some() { r.len() } else { 0 };
                if n == 0 {
                    continue;
                }
                let sentence = g0..g0 + n;
                // A sentence whose inputs did not change since the previous
                // pass (its tags, and the counts of its name-like words)
                // gets the same scores, hence the same tags: its previous
                // output, which is this pass's input.
                let unchanged = pass > 0
                    && s.first[sentence.clone()] == s.prev_input[sentence.clone()]
                    && sentence.clone().all(|g| {
                        !runtime::is_name_like(s.caps[g]) || s.counts.same_as(&s.prev_counts, s.lower_ids[g])
                    });
                s.tags.clear();
                if unchanged {
                    s.tags.extend_from_slice(&s.first[sentence.clone()]);
                } else {
                    s.emissions.clear();
                    for g in sentence.clone() {
                        if !s.scored[g] {
                            // Never read: the gated decoder tags it O.
                            s.emissions.push([0.0; NTAGS]);
                            continue;
                        }
                        let lower = s.cache.word(s.ids[g]).lower;
                        let acc = runtime::second_stage_acc(
                            &s.counts,
                            lower,
                            s.lower_ids[g],
                            &s.caps,
                            &s.first,
                            g,
                            g0,
                            g0 + n,
                            &second.table,
                            rows,
                        );
                        let mut e = runtime::scores(&acc, second.scale);
                        for (x, b) in e.iter_mut().zip(&s.first_emissions[g]) {
                            *x += b * self.first_weight;
                        }
                        s.emissions.push(e);
                    }
                    tags::viterbi_gated(&s.emissions, &s.scored[sentence.clone()], &self.second_trans, &self.legal, &mut s.back, &mut s.tags);
                }
                s.next_first.extend_from_slice(&s.tags);
                if let Some(o) = out.get_mut(si).filter(|_| last) {
                    let before = o.len();
                    tags::decode(&s.tags, o);
                    let (cache, ids) = (&s.cache, &s.ids[sentence]);
                    self.known_organisations(&mut o[before..], |i| cache.word(ids[i]).lower);
                }
                g0 += n;
            }
            // This pass's input becomes the previous input; its output the next input.
            std::mem::swap(&mut s.prev_input, &mut s.first);
            std::mem::swap(&mut s.first, &mut s.next_first);
        }
    }

    /// First-stage scores of one sentence into `s.emissions`, its words into `s.sent_ids`.
    fn first_stage(&self, s: &mut Scratch, text: &str, sent: &[Token]) {
        let table = &self.first.table;
        let form = |t: &Token| text.get(t.start as usize..t.end as usize).unwrap_or("");
        s.sent_ids.clear();
        for t in sent {
            let id = s.cache.id(form(t), self.lexicon, table, &self.first_rows);
            s.sent_ids.push(id);
        }
        s.sent_caps.clear();
        s.sent_caps.extend(s.sent_ids.iter().map(|&id| s.cache.word(id).caps));
        s.sent_closes_name.clear();
        s.sent_closes_name.extend(s.sent_ids.iter().map(|&id| self.name_closers.contains(&s.cache.word(id).lower)));
        gate::scored_tokens(&s.sent_caps, &s.sent_closes_name, &mut s.sent_scored);
        let mode_of = |cache: &WordCache, ids: &[u32]| {
            sentence_mode(ids.iter().map(|&id| {
                let w = cache.word(id);
                (w.caps, w.len_bucket)
            }))
        };
        let mut mode = mode_of(&s.cache, &s.sent_ids);
        if mode == MODE_TITLE {
            // As `FeatureBuffers::truecase_title`: headline words far more
            // frequent in lower case are analysed as lower case.
            let mut changed = false;
            for (i, t) in sent.iter().enumerate().skip(1) {
                if !s.cache.word(s.sent_ids[i]).truecase {
                    continue;
                }
                s.lowered.clear();
                s.lowered.extend(form(t).chars().flat_map(char::to_lowercase));
                s.sent_ids[i] = s.cache.id(&s.lowered, self.lexicon, table, &self.first_rows);
                changed = true;
            }
            if changed {
                mode = mode_of(&s.cache, &s.sent_ids);
            }
        }
        s.gaz_facts.clear();
        for &id in &s.sent_ids {
            let w = s.cache.word(id);
            s.gaz_facts.push((w.lower, w.caps, w.phrase));
        }
        s.gaz.clear();
        s.gaz.resize(sent.len(), 0);
        gazetteer_positions(&s.gaz_facts, self.lexicon, &mut s.gaz_len, &mut s.gaz);
        s.emissions.clear();
        for i in 0..sent.len() {
            if !s.sent_scored[i] {
                // Never read: the gated decoder tags it O.
                s.emissions.push([0.0; NTAGS]);
                continue;
            }
            let acc = runtime::first_stage_acc(&s.cache, &s.sent_ids, &s.gaz, i, mode, table, &self.first_rows);
            s.emissions.push(runtime::scores(&acc, self.first.scale));
        }
    }

    /// A mention spelled exactly like a curated organisation of the
    /// gazetteer (`org.known`: news agencies, international bodies, armed
    /// groups) is typed ORG: the model finds such names but, having seen
    /// few of them, may type them by their look ("Tren de Aragua" as a place).
    fn known_organisations(&self, mentions: &mut [Mention], lower: impl Fn(usize) -> u64) {
        for m in mentions {
            if m.label == Label::Org {
                continue;
            }
            let mut key = lexicon::PhraseKey::new();
            for i in m.tokens.clone() {
                key.push(lower(i));
            }
            if self.lexicon.phrase(key.finish()) & (1 << lexicon::GazType::OrgKnown as u32) != 0 {
                m.label = Label::Org;
            }
        }
    }

    /// Bytes the weight tables hold in memory, and their non-zero rows.
    pub fn table_stats(&self) -> (usize, usize) {
        let stages = std::iter::once(&self.first).chain(self.second.as_ref());
        stages.fold((0, 0), |(m, r), st| (m + st.table.memory(), r + st.table.len()))
    }

    /// Writes the model (compressed; only non-zero rows are stored).
    pub fn save(&self, w: impl Write) -> Result<(), NerError> {
        let stages = std::iter::once(&self.first).chain(self.second.as_ref());
        let data = ModelData {
            feature_version: features::FEATURE_VERSION,
            bits: self.bits,
            fingerprint: self.lexicon.fingerprint(),
            first_weight: self.first_weight,
            stages: stages
                .map(|st| StageData { scale: st.scale, trans: st.trans, rows: st.table.iter().map(|(r, w)| (r as u32, *w)).collect() })
                .collect(),
        };
        data.write(w)?;
        Ok(())
    }

    /// Reads a model written by [`Model::save`]; `lexicon` must be the one it
    /// was trained with.
    pub fn load(bytes: &[u8], lexicon: &'static Lexicon) -> Result<Model, NerError> {
        Model::from_data(ModelData::read(bytes).map_err(NerError::Model)?, lexicon)
    }

    fn from_data(data: ModelData, lexicon: &'static Lexicon) -> Result<Model, NerError> {
        if data.feature_version != features::FEATURE_VERSION {
            return Err(NerError::Model(format!(
                "trained with features version {}; this build computes version {}: retrain",
                data.feature_version,
                features::FEATURE_VERSION
            )));
        }
        if data.fingerprint != lexicon.fingerprint() {
            return Err(NerError::Model("trained with a different lexicon (data/<lang>/ resources changed: retrain)".into()));
        }
        let bits = data.bits;
        let mut stages: Vec<Stage> = data
            .stages
            .into_iter()
            .map(|st| Stage { table: Table::from_rows(bits, st.rows.into_iter().map(|(r, w)| (r as usize, w))), scale: st.scale, trans: st.trans })
            .collect();
        let second = if stages.len() == 2 { stages.pop() } else { None };
        let first = stages.pop().ok_or_else(|| NerError::Model("no stage".into()))?;
        Ok(Model::from_stages(bits, first, second, data.first_weight, lexicon))
    }

    pub(crate) fn from_stages(bits: u32, first: Stage, second: Option<Stage>, first_weight: f32, lexicon: &'static Lexicon) -> Model {
        let mut second_trans = first.trans;
        if let Some(st) = &second {
            for (row, add) in second_trans.iter_mut().zip(&st.trans) {
                for (t, a) in row.iter_mut().zip(add) {
                    *t = *t * first_weight + a;
                }
            }
        }
        static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        let id = NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let first_rows = FirstRows::new(&first.table, bits);
        let second_rows = second.as_ref().map(|st| SecondRows::new(&st.table, bits));
        let mut chars = Vec::new();
        let name_closers = ["'s", "\u{2019}s", ")"].map(|w| features::token_info(w, lexicon, &mut chars).lower);
        Model { first, second, first_weight, second_trans, bits, legal: Transitions::new(), lexicon, id, first_rows, second_rows, name_closers }
    }
}

/// A model with its own reusable buffers.
pub struct Tagger<'m> {
    model: &'m Model,
    scratch: Scratch,
}

impl Tagger<'_> {
    /// Tags one sentence (see [`Model::tag_sentence`]), appending its mentions to `out`.
    pub fn tag_into(&mut self, text: &str, tokens: &[Token], out: &mut Vec<Mention>) {
        let mut one = [std::mem::take(out)];
        let whole = 0..tokens.len();
        self.model.tag_doc_with(&mut self.scratch, text, tokens, std::slice::from_ref(&whole), false, &mut one);
        let [o] = one;
        *out = o;
    }

    /// Tags a document (see [`Model::tag_document`]); `out` is resized to one
    /// vector per sentence, and each is cleared first.
    pub fn tag_document_into(&mut self, text: &str, tokens: &[Token], sentences: &[Range<usize>], out: &mut Vec<Vec<Mention>>) {
        out.resize_with(sentences.len(), Vec::new);
        for o in out.iter_mut() {
            o.clear();
        }
        self.model.tag_doc_with(&mut self.scratch, text, tokens, sentences, true, out);
    }
}

#[cfg(test)]
mod tests;
