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

use std::cell::RefCell;
use std::io::{Read, Write};
use std::ops::Range;

use newsledger_text::Token;

pub mod conll;
mod doc;
mod features;
mod hash;
mod lexicon;
mod table;
mod tags;
mod train;

pub use lexicon::Lexicon;
pub use train::{train, EpochReport, TrainConfig};

use doc::{DocCounts, DocView};
use features::FeatureBuffers;
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
}

static ENGLISH_MODEL: &[u8] = include_bytes!("../data/en/ner.model");

const MAGIC: &[u8; 8] = b"NLNER\0\0\x01";
const FORMAT_VERSION: u32 = 3;

/// Passes of the document stage (see `tag_doc_with`).
const DOCUMENT_PASSES: usize = 2;

/// Reusable buffers for tagging.
#[derive(Default)]
struct Scratch {
    bufs: FeatureBuffers,
    /// Whole-document first-stage scores and token facts.
    first_emissions: Vec<[f32; NTAGS]>,
    lower: Vec<u64>,
    caps: Vec<u8>,
    first: Vec<u8>,
    next_first: Vec<u8>,
    extra: Vec<u32>,
    counts: DocCounts,
    emissions: Vec<[f32; NTAGS]>,
    back: Vec<[u8; NTAGS]>,
    tags: Vec<u8>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

impl Model {
    /// The bundled English model (trained on CoNLL-2003 `eng.train`), loaded
    /// on first use.
    pub fn english() -> &'static Model {
        static MODEL: std::sync::OnceLock<Model> = std::sync::OnceLock::new();
        MODEL.get_or_init(|| {
            // The bundled file is part of the build; the crate's tests load it.
            Model::load(ENGLISH_MODEL, Lexicon::english()).unwrap_or_else(|e| panic!("bundled English NER model: {e}"))
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
        SCRATCH.with(|s| match s.try_borrow_mut() {
            Ok(mut scratch) => f(self, &mut scratch),
            // Re-entrant call on the same thread: use fresh buffers.
            Err(_) => f(self, &mut Scratch::default()),
        });
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
        let second = self.second.as_ref().filter(|_| document);
        s.first_emissions.clear();
        s.lower.clear();
        s.caps.clear();
        s.first.clear();
        // Stage one: every sentence alone.
        for (si, r) in sentences.iter().enumerate() {
            let Some(sent) = tokens.get(r.clone()).filter(|t| !t.is_empty()) else { continue };
            s.bufs.extract(text, sent, self.lexicon, self.bits);
            s.emissions.clear();
            for i in 0..sent.len() {
                s.emissions.push(self.first.emission(s.bufs.token_features(i), &[]));
            }
            tags::viterbi(&s.emissions, &self.first.trans, &self.legal, &mut s.back, &mut s.tags);
            if second.is_none() {
                if let Some(o) = out.get_mut(si) {
                    let before = o.len();
                    tags::decode(&s.tags, o);
                    self.known_organisations(&mut o[before..], |i| s.bufs.lower(i));
                }
                continue;
            }
            for i in 0..sent.len() {
                s.lower.push(s.bufs.lower(i));
                s.caps.push(s.bufs.caps(i));
            }
            s.first.extend_from_slice(&s.tags);
            s.first_emissions.extend_from_slice(&s.emissions);
        }
        let Some(second) = second else { return };
        // Stage two: first-stage scores corrected by what the document says.
        // The second pass recounts the document with the first pass's tags
        // (better than stage one's); a third gained nothing on eng.testa.
        for pass in 0..DOCUMENT_PASSES {
            let last = pass + 1 == DOCUMENT_PASSES;
            s.next_first.clear();
            let view = DocView { lower: &s.lower, caps: &s.caps, first: &s.first };
            s.counts.fill(&view);
            let mut g0 = 0usize;
            for (si, r) in sentences.iter().enumerate() {
                let n = if tokens.get(r.clone()).is_some() { r.len() } else { 0 };
                if n == 0 {
                    continue;
                }
                s.emissions.clear();
                for g in g0..g0 + n {
                    s.extra.clear();
                    s.counts.features(&view, g, g0, g0 + n, self.bits, &mut s.extra);
                    let mut e = second.emission(&s.extra, &[]);
                    for (x, b) in e.iter_mut().zip(&s.first_emissions[g]) {
                        *x += b * self.first_weight;
                    }
                    s.emissions.push(e);
                }
                tags::viterbi(&s.emissions, &self.second_trans, &self.legal, &mut s.back, &mut s.tags);
                s.next_first.extend_from_slice(&s.tags);
                if let Some(o) = out.get_mut(si).filter(|_| last) {
                    let before = o.len();
                    tags::decode(&s.tags, o);
                    let lower = &s.lower[g0..g0 + n];
                    self.known_organisations(&mut o[before..], |i| lower[i]);
                }
                g0 += n;
            }
            std::mem::swap(&mut s.first, &mut s.next_first);
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
            if self.lexicon.phrase(key.finish()) & (1 << lexicon::GazType::OrgKnown as u16) != 0 {
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
    pub fn save(&self, mut w: impl Write) -> Result<(), NerError> {
        w.write_all(MAGIC)?;
        let mut z = flate2::write::ZlibEncoder::new(w, flate2::Compression::best());
        let mut buf = Vec::new();
        let nstages = 1 + self.second.is_some() as u32;
        for v in [FORMAT_VERSION, features::FEATURE_VERSION, self.bits, NTAGS as u32, nstages] {
            buf.extend_from_slice(&v.to_le_bytes());
        }
        buf.extend_from_slice(&self.lexicon.fingerprint().to_le_bytes());
        buf.extend_from_slice(&self.first_weight.to_le_bytes());
        for st in std::iter::once(&self.first).chain(self.second.as_ref()) {
            buf.extend_from_slice(&st.scale.to_le_bytes());
            for row in &st.trans {
                for v in row {
                    buf.extend_from_slice(&v.to_le_bytes());
                }
            }
            buf.extend_from_slice(&(st.table.len() as u32).to_le_bytes());
            let mut last = 0usize;
            for (r, row) in st.table.iter() {
                put_varint(&mut buf, (r - last) as u64);
                last = r;
                for &x in row {
                    put_varint(&mut buf, zigzag(x));
                }
            }
        }
        z.write_all(&buf)?;
        z.finish()?;
        Ok(())
    }

    /// Reads a model written by [`Model::save`]; `lexicon` must be the one it
    /// was trained with.
    pub fn load(bytes: &[u8], lexicon: &'static Lexicon) -> Result<Model, NerError> {
        let body = bytes.strip_prefix(MAGIC.as_slice()).ok_or_else(|| NerError::Model("not a newsledger NER model".into()))?;
        let mut raw = Vec::new();
        flate2::read::ZlibDecoder::new(body).read_to_end(&mut raw).map_err(|e| NerError::Model(format!("cannot decompress: {e}")))?;
        let mut r = Reader { buf: &raw, at: 0 };
        let (format, feature_version, bits, ntags, nstages) = (r.u32()?, r.u32()?, r.u32()?, r.u32()?, r.u32()?);
        if format != FORMAT_VERSION || feature_version != features::FEATURE_VERSION || ntags as usize != NTAGS {
            return Err(NerError::Model(format!(
                "format {format}, features {feature_version}, {ntags} tags; this build reads format {FORMAT_VERSION}, features {}, {NTAGS} tags",
                features::FEATURE_VERSION
            )));
        }
        if !(8..=26).contains(&bits) || !(1..=2).contains(&nstages) {
            return Err(NerError::Model(format!("implausible table size 2^{bits} or {nstages} stages")));
        }
        let fingerprint = r.u64()?;
        if fingerprint != lexicon.fingerprint() {
            return Err(NerError::Model("trained with a different lexicon (data/<lang>/ resources changed: retrain)".into()));
        }
        let first_weight = r.f32()?;
        let mut stages = Vec::new();
        for _ in 0..nstages {
            let scale = r.f32()?;
            let mut trans = [[0f32; NTAGS]; NTAGS + 1];
            for row in trans.iter_mut() {
                for v in row.iter_mut() {
                    *v = r.f32()?;
                }
            }
            let nrows = r.u32()? as usize;
            let mut rows = Vec::with_capacity(nrows.min(1 << bits));
            let mut row = 0usize;
            for k in 0..nrows {
                row += r.varint()? as usize;
                if row >= 1usize << bits || (k > 0 && rows.last().is_some_and(|&(last, _)| last >= row)) {
                    return Err(NerError::Model("row index out of range or out of order".into()));
                }
                let mut w = [0i16; NTAGS];
                for x in &mut w {
                    *x = unzigzag(r.varint()?);
                }
                rows.push((row, w));
            }
            stages.push(Stage { table: Table::from_rows(bits, rows), scale, trans });
        }
        let second = if stages.len() == 2 { stages.pop() } else { None };
        let first = stages.pop().ok_or_else(|| NerError::Model("no stage".into()))?;
        Ok(Model::from_stages(bits, first, second, first_weight, lexicon))
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
        Model { first, second, first_weight, second_trans, bits, legal: Transitions::new(), lexicon }
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

fn zigzag(x: i16) -> u64 {
    (((x as i32) << 1) ^ ((x as i32) >> 31)) as u32 as u64
}

fn unzigzag(v: u64) -> i16 {
    let v = v as u32;
    ((v >> 1) as i32 ^ -((v & 1) as i32)) as i16
}

fn put_varint(buf: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        buf.push((v as u8) | 0x80);
        v >>= 7;
    }
    buf.push(v as u8);
}

struct Reader<'b> {
    buf: &'b [u8],
    at: usize,
}

impl Reader<'_> {
    fn take<const N: usize>(&mut self) -> Result<[u8; N], NerError> {
        let s = self.buf.get(self.at..self.at + N).ok_or_else(|| NerError::Model("truncated".into()))?;
        self.at += N;
        let mut a = [0u8; N];
        a.copy_from_slice(s);
        Ok(a)
    }
    fn u32(&mut self) -> Result<u32, NerError> {
        Ok(u32::from_le_bytes(self.take()?))
    }
    fn u64(&mut self) -> Result<u64, NerError> {
        Ok(u64::from_le_bytes(self.take()?))
    }
    fn f32(&mut self) -> Result<f32, NerError> {
        Ok(f32::from_le_bytes(self.take()?))
    }
    fn varint(&mut self) -> Result<u64, NerError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let [b] = self.take::<1>()?;
            v |= ((b & 0x7F) as u64) << shift;
            if b < 0x80 {
                return Ok(v);
            }
        }
        Err(NerError::Model("bad varint".into()))
    }
}

#[cfg(test)]
mod tests;
