//! Violence inside a work of fiction.
//!
//! A review of a game, a film or a novel retells what happens in the work:
//! "In your adventures, you'll be mainly be attacked by three enemy
//! factions", "learning which attacks to roll through and which to block".
//! No one was attacked, so a conflict count must not see an ASSAULT there;
//! nor did anyone visit a planet ("visit alien planets": no CONSULT).
//!
//! The signal is the page, not the sentence: its title calls it a review
//! (`review_title_words`) and its text names at least `MIN_WORK_WORDS`
//! different words of a work of fiction (`work_words`: gameplay, boss,
//! level, character, film, novel, plot…). A news report that mentions a
//! game or a film ("a gunman opened fire at a screening of the film") has
//! no review title; "game" and "players" are not among the words, so a
//! sports report names few of them. Inside such a review, a sentence that
//! names the real world (`real_world_cues`: police, arrested, hospital,
//! victims) or a place or date of its own keeps its events.

use newsledger_model::EventType;

use super::lexicon::{in_bit_set, Lexicon};
use crate::Doc;

/// The fewest different `work_words` in the text of a review of a work of
/// fiction (a game review on the pages names seven: level, levels, boss,
/// character, characters, narrative, story).
const MIN_WORK_WORDS: usize = 5;

/// A page whose title calls it no review: the fewest different
/// `review_body_cues` ("directed by", "starring", "running time") and
/// `work_words` its text must name. One cue is not enough: news of a film
/// being made says "directed by" too.
const MIN_BODY_CUES: usize = 2;
const MIN_UNTITLED_WORK_WORDS: usize = 3;

/// Whether the article is a review of a work of fiction: its title has a
/// word of `review_title_words` and its text at least `MIN_WORK_WORDS`
/// different words of `work_words`; or, whatever its title (a review fed
/// without it, "'Dune' is a triumph"), its text names at least
/// `MIN_BODY_CUES` different `review_body_cues` and `MIN_UNTITLED_WORK_WORDS`
/// work words.
pub(super) fn review_of_fiction(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon) -> bool {
    let g = &lex.w.agency;
    let cues = &lex.w.senses.review_body_cues;
    let titled = doc.article.title.as_deref().is_some_and(|title| {
        title.split(|ch: char| !ch.is_alphanumeric()).filter(|word| !word.is_empty()).any(|word| g.review_title_words.contains(&lex.vocab.get(word)))
    });
    let (need_work, need_cues) = if titled { (MIN_WORK_WORDS, 0) } else { (MIN_UNTITLED_WORK_WORDS, MIN_BODY_CUES) };
    let mut work_seen: Vec<u32> = Vec::new();
    // A cue by its first word and length.
    let mut cues_seen: Vec<(u32, usize)> = Vec::new();
    for (k, &id) in ids.iter().enumerate() {
        if !in_bit_set(&g.fiction_gate, id) {
            continue;
        }
        if g.work_words.contains(&id) && !work_seen.contains(&id) {
            work_seen.push(id);
        }
        if cues_seen.len() < need_cues {
            if let Some(len) = cues.len_at(ids, k, ids.len()) {
                if !cues_seen.contains(&(id, len)) {
                    cues_seen.push((id, len));
                }
            }
        }
        if work_seen.len() >= need_work && cues_seen.len() >= need_cues {
            return true;
        }
    }
    false
}

/// In a review of a work of fiction (`in_review`), the trigger of
/// `event_type` in sentence `si` tells of force, menace or a visit inside
/// the work ("visit alien planets", "I visited Dathomir first"): an
/// ASSAULT, COERCE, THREATEN or CONSULT in a sentence with no word of the real
/// world (`real_world_cues`) and no place or date of its own (a review of a
/// book on a real war retells "troops stormed Fallujah in November 2004").
pub(super) fn told_in_fiction(doc: &Doc<'_>, ids: &[u32], lex: &Lexicon, in_review: bool, si: usize, event_type: EventType) -> bool {
    if !in_review || !matches!(event_type, EventType::Assault | EventType::Coerce | EventType::Threaten | EventType::Consult) {
        return false;
    }
    let sent = doc.seg.sentences[si].tokens.clone();
    !sent.into_iter().any(|k| lex.w.agency.real_world_cues.contains(&ids[k])) && !super::own_place_or_date(doc, si)
}
