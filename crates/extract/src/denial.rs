//! What a denial reaches: the word lists of `data/en/denial_scope.tsv` and
//! the clause rule that claims and events share.
//!
//! A denial ("The FSB denied the report") makes a claim `denied` and an
//! event `denied` only inside its own clause. Claims and events asked the
//! same question with lists and rules of their own until the
//! twenty-eighth session, and the two had drifted apart (one stopped at a
//! semicolon, the other did not); [`denial_stops_before`] is now the one
//! answer.

use std::collections::HashSet;
use std::sync::LazyLock;

use newsledger_text::Token;

/// The word lists of `denial_scope.tsv`, lower case (its header says what
/// each kind is for).
#[derive(Default)]
pub(crate) struct DenialScope {
    pub(crate) link_objects: HashSet<String>,
    pub(crate) link_predicates: HashSet<String>,
    pub(crate) coordinators: HashSet<String>,
    pub(crate) participles: HashSet<String>,
    pub(crate) relative_verbs: HashSet<String>,
    pub(crate) denial_verbs: HashSet<String>,
    pub(crate) empty_objects: HashSet<String>,
    pub(crate) back_pointers: HashSet<String>,
    pub(crate) object_determiners: HashSet<String>,
    pub(crate) content_prepositions: HashSet<String>,
    pub(crate) clause_verbs: HashSet<String>,
    pub(crate) speech_act_nouns: HashSet<String>,
    pub(crate) dispute_modifiers: HashSet<String>,
    pub(crate) dispute_objects: HashSet<String>,
    pub(crate) dispute_negations: HashSet<String>,
    pub(crate) link_skips: HashSet<String>,
    pub(crate) link_subject_ends: HashSet<String>,
}

pub(crate) static SCOPE: LazyLock<DenialScope> = LazyLock::new(|| {
    let mut w = DenialScope::default();
    for crate::entities::lexicon::KindRow { kind, word, .. } in crate::entities::lexicon::kind_rows(include_str!("../data/en/denial_scope.tsv")) {
        let set = match kind {
            "link_object" => &mut w.link_objects,
            "link_predicate" => &mut w.link_predicates,
            "coordinator" => &mut w.coordinators,
            "participle" => &mut w.participles,
            "relative_verb" => &mut w.relative_verbs,
            "denial_verb" => &mut w.denial_verbs,
            "empty_object" => &mut w.empty_objects,
            "back_pointer" => &mut w.back_pointers,
            "object_determiner" => &mut w.object_determiners,
            "content_preposition" => &mut w.content_prepositions,
            "clause_verb" => &mut w.clause_verbs,
            "speech_act_noun" => &mut w.speech_act_nouns,
            "dispute_modifier" => &mut w.dispute_modifiers,
            "dispute_object" => &mut w.dispute_objects,
            "dispute_negation" => &mut w.dispute_negations,
            "link_skip" => &mut w.link_skips,
            "link_subject_end" => &mut w.link_subject_ends,
            _ => continue,
        };
        set.insert(word);
    }
    w
});

fn lower(text: &str, tok: &Token) -> String {
    tok.text(text).to_ascii_lowercase()
}

/// Whether a semicolon, or a comma and a coordinator or participle
/// (`coordinator`, `participle` in denial_scope.tsv: "and", "but",
/// "while", "saying"…), at a token in `from..to` opens a clause of its own.
/// A coordinator followed by "that" goes on with the clause before ("denied
/// the report, and that 12 were wounded"); a participle does not ("…,
/// adding that 2 sailors were rescued" is the speaker's own statement).
/// `sent_end`: the end of the sentence.
pub(crate) fn new_clause_between(text: &str, toks: &[Token], from: usize, to: usize, sent_end: usize) -> bool {
    (from..to.min(sent_end)).any(|k| {
        let t = toks[k].text(text);
        if t == ";" {
            return true;
        }
        if t != "," || k + 1 >= sent_end {
            return false;
        }
        let next = lower(text, &toks[k + 1]);
        SCOPE.participles.contains(&next)
            || (SCOPE.coordinators.contains(&next) && !(k + 2 < sent_end && toks[k + 2].text(text).eq_ignore_ascii_case("that")))
    })
}

/// Whether a denial whose cue ends right before token `after_cue` stops
/// before token `target` of the same sentence: it denies a word that names
/// no claim ("said it denies nothing"; `empty_object`), or its clause ends
/// before the target ([`new_clause_between`]: "denied the report, and 12
/// people were killed").
pub(crate) fn denial_stops_before(text: &str, toks: &[Token], after_cue: usize, target: usize, sent_end: usize) -> bool {
    (after_cue < sent_end && SCOPE.empty_objects.contains(&lower(text, &toks[after_cue])))
        || new_clause_between(text, toks, after_cue, target, sent_end)
}
