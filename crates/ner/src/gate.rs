//! Which tokens the tagger scores. Names are written with capitals: in
//! CoNLL-2003 `eng.train` 22 % of tokens have an upper-case letter, while
//! only 1.8 % of the tokens inside names have none, nearly all of them
//! joiners between capitalised words ("of", "and", "de", "&", "van", "'s",
//! brackets) or numbers beside them ("Euro 96"). Every other token is `O`
//! without being scored, which skips most of the emission sums and Viterbi
//! steps of a news article (`tags::viterbi_gated`).

use crate::features::caps;
use crate::runtime::is_name_like;

/// The longest run of other tokens between two name-like ones that is
/// scored as a possible inside of a name ("Bank of America", "Tren de
/// Aragua", "Procter & Gamble", "Edwin van der Sar").
const MAX_JOINER_RUN: usize = 2;

/// Fills `scored` (one flag per token of a sentence) from the tokens'
/// capitalisation classes: name-like tokens, short runs between two of
/// them, numbers right beside one ("Flight 103", "1860 Munich"), and a
/// token that may end a name (`closes_name`: a possessive "'s", a closing
/// bracket) right after a scored one ("McDonald 's", "Mladost ( BJ )").
pub(crate) fn scored_tokens(caps_of: &[u8], closes_name: &[bool], scored: &mut Vec<bool>) {
    scored.clear();
    scored.extend(caps_of.iter().map(|&c| is_name_like(c)));
    let mut last_name: Option<usize> = None;
    for (i, &c) in caps_of.iter().enumerate() {
        if !is_name_like(c) {
            continue;
        }
        if let Some(p) = last_name {
            if i - p - 1 <= MAX_JOINER_RUN {
                scored[p + 1..i].iter_mut().for_each(|s| *s = true);
            }
        }
        if i > 0 && caps_of[i - 1] == caps::NUMBER {
            scored[i - 1] = true;
        }
        if caps_of.get(i + 1) == Some(&caps::NUMBER) {
            scored[i + 1] = true;
        }
        last_name = Some(i);
    }
    for i in 1..scored.len() {
        if !scored[i] && scored[i - 1] && closes_name.get(i) == Some(&true) {
            scored[i] = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use caps::{LOWER as L, NUMBER as N, PUNCT as P, TITLE as T};

    fn scored(c: &[u8]) -> Vec<bool> {
        scored_closing(c, &[])
    }

    fn scored_closing(c: &[u8], closes: &[bool]) -> Vec<bool> {
        let mut out = Vec::new();
        scored_tokens(c, closes, &mut out);
        out
    }

    #[test]
    fn joiners_between_names_and_numbers_beside_them_are_scored() {
        // "the Bank of America said late on Tuesday"
        assert_eq!(scored(&[L, T, L, T, L, L, L, T]), [false, true, true, true, false, false, false, true]);
        // "Bank of America said on Tuesday": two joiners may be inside a name.
        assert_eq!(scored(&[T, L, T, L, L, T]), [true; 6]);
        // "Procter & Gamble", "Euro 96 ended", "about 40 people"
        assert_eq!(scored(&[T, P, T]), [true, true, true]);
        assert_eq!(scored(&[T, N, L]), [true, true, false]);
        assert_eq!(scored(&[L, N, L]), [false, false, false]);
        // Three joiners are too many to be one name.
        assert_eq!(scored(&[T, L, L, L, T]), [true, false, false, false, true]);
        assert_eq!(scored(&[]), Vec::<bool>::new());
    }

    #[test]
    fn a_possessive_or_bracket_after_a_name_is_scored() {
        // "Boatmen 's said", "Mladost ( BJ ) won", "the 's" (not after a name)
        assert_eq!(scored_closing(&[T, L, L], &[false, true, false]), [true, true, false]);
        assert_eq!(scored_closing(&[T, P, T, P, L], &[false, false, false, true, false]), [true, true, true, true, false]);
        assert_eq!(scored_closing(&[L, L], &[false, true]), [false, false]);
    }
}
