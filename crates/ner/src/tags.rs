//! BILOU tags over the four labels, their legal transitions, Viterbi
//! decoding and conversion to mentions.

use crate::{Label, Mention};

/// O, then B, I, L, U for each of PER, ORG, LOC, MISC.
pub(crate) const NTAGS: usize = 17;
pub(crate) const O: u8 = 0;

const LABELS: [Label; 4] = [Label::Per, Label::Org, Label::Loc, Label::Misc];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    B = 0,
    I = 1,
    L = 2,
    U = 3,
}

pub(crate) fn label_index(label: Label) -> u8 {
    match label {
        Label::Per => 0,
        Label::Org => 1,
        Label::Loc => 2,
        Label::Misc => 3,
    }
}

pub(crate) fn tag(label: Label, part: Part) -> u8 {
    1 + 4 * label_index(label) + part as u8
}

fn split(tag: u8) -> Option<(Label, Part)> {
    if tag == O || tag as usize >= NTAGS {
        return None;
    }
    let t = tag - 1;
    let part = match t % 4 {
        0 => Part::B,
        1 => Part::I,
        2 => Part::L,
        _ => Part::U,
    };
    Some((LABELS[(t / 4) as usize], part))
}

/// Whether `cur` may follow `prev` (`None` = sentence start).
pub(crate) fn allowed(prev: Option<u8>, cur: u8) -> bool {
    let open = prev.and_then(split).filter(|(_, p)| matches!(p, Part::B | Part::I));
    match (open, split(cur)) {
        (Some((l, _)), Some((m, Part::I | Part::L))) => l == m,
        (Some(_), _) => false,
        (None, None) => true,
        (None, Some((_, p))) => matches!(p, Part::B | Part::U),
    }
}

/// Whether a sentence may end on `tag`.
pub(crate) fn allowed_last(tag: u8) -> bool {
    !matches!(split(tag), Some((_, Part::B | Part::I)))
}

/// Mentions → one tag per token.
pub(crate) fn encode(mentions: &[Mention], n: usize, out: &mut Vec<u8>) {
    out.clear();
    out.resize(n, O);
    for m in mentions {
        let (s, e) = (m.tokens.start, m.tokens.end.min(n));
        if s >= e {
            continue;
        }
        if e - s == 1 {
            out[s] = tag(m.label, Part::U);
        } else {
            out[s] = tag(m.label, Part::B);
            for t in &mut out[s + 1..e - 1] {
                *t = tag(m.label, Part::I);
            }
            out[e - 1] = tag(m.label, Part::L);
        }
    }
}

/// Tags → mentions. Tolerates ill-formed sequences (an unfinished B/I run
/// is closed where it stops).
pub(crate) fn decode(tags: &[u8], out: &mut Vec<Mention>) {
    let mut open: Option<(usize, Label)> = None;
    for (i, &t) in tags.iter().enumerate() {
        let cur = split(t);
        if let Some((start, label)) = open {
            match cur {
                Some((l, Part::I)) if l == label => continue,
                Some((l, Part::L)) if l == label => {
                    out.push(Mention { tokens: start..i + 1, label });
                    open = None;
                    continue;
                }
                _ => {
                    out.push(Mention { tokens: start..i, label });
                    open = None;
                }
            }
        }
        match cur {
            Some((l, Part::U)) | Some((l, Part::L)) => out.push(Mention { tokens: i..i + 1, label: l }),
            Some((l, Part::B)) | Some((l, Part::I)) => open = Some((i, l)),
            None => {}
        }
    }
    if let Some((start, label)) = open {
        out.push(Mention { tokens: start..tags.len(), label });
    }
}

/// Legal-transition tables for Viterbi.
pub(crate) struct Transitions {
    /// `ok[prev][cur]`; row `NTAGS` is the sentence start.
    pub ok: [[bool; NTAGS]; NTAGS + 1],
    pub ok_last: [bool; NTAGS],
}

impl Transitions {
    pub(crate) fn new() -> Self {
        let mut ok = [[false; NTAGS]; NTAGS + 1];
        for (p, row) in ok.iter_mut().enumerate() {
            for (c, cell) in row.iter_mut().enumerate() {
                let prev = (p < NTAGS).then_some(p as u8);
                *cell = allowed(prev, c as u8);
            }
        }
        let mut ok_last = [false; NTAGS];
        for (c, cell) in ok_last.iter_mut().enumerate() {
            *cell = allowed_last(c as u8);
        }
        Transitions { ok, ok_last }
    }
}

/// First-order Viterbi over emission scores plus learned transition scores
/// (`trans[prev][cur]`, row `NTAGS` = start), restricted to legal BILOU
/// sequences. Writes the best tags into `out`.
pub(crate) fn viterbi(
    emissions: &[[f32; NTAGS]],
    trans: &[[f32; NTAGS]; NTAGS + 1],
    legal: &Transitions,
    back: &mut Vec<[u8; NTAGS]>,
    out: &mut Vec<u8>,
) {
    let n = emissions.len();
    out.clear();
    if n == 0 {
        return;
    }
    back.clear();
    back.resize(n, [0; NTAGS]);
    let mut score = [f32::NEG_INFINITY; NTAGS];
    for c in 0..NTAGS {
        if legal.ok[NTAGS][c] {
            score[c] = trans[NTAGS][c] + emissions[0][c];
        }
    }
    for i in 1..n {
        let mut next = [f32::NEG_INFINITY; NTAGS];
        for c in 0..NTAGS {
            let (mut best, mut arg) = (f32::NEG_INFINITY, 0u8);
            for p in 0..NTAGS {
                if legal.ok[p][c] {
                    let s = score[p] + trans[p][c];
                    if s > best {
                        best = s;
                        arg = p as u8;
                    }
                }
            }
            next[c] = best + emissions[i][c];
            back[i][c] = arg;
        }
        score = next;
    }
    let (mut best, mut arg) = (f32::NEG_INFINITY, O);
    for (c, (&ok, &sc)) in legal.ok_last.iter().zip(&score).enumerate() {
        if ok && sc > best {
            best = sc;
            arg = c as u8;
        }
    }
    out.resize(n, O);
    out[n - 1] = arg;
    for i in (1..n).rev() {
        out[i - 1] = back[i][out[i] as usize];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encode_decode_round_trip() {
        let ms = vec![
            Mention { tokens: 0..2, label: Label::Per },
            Mention { tokens: 2..3, label: Label::Org },
            Mention { tokens: 4..7, label: Label::Loc },
        ];
        let mut tags = Vec::new();
        encode(&ms, 8, &mut tags);
        let mut back = Vec::new();
        decode(&tags, &mut back);
        assert_eq!(back, ms);
    }

    #[test]
    fn transitions_forbid_broken_spans() {
        let b_per = tag(Label::Per, Part::B);
        let i_org = tag(Label::Org, Part::I);
        let l_per = tag(Label::Per, Part::L);
        assert!(!allowed(Some(b_per), O));
        assert!(!allowed(Some(b_per), i_org));
        assert!(allowed(Some(b_per), l_per));
        assert!(!allowed(None, l_per));
        assert!(!allowed_last(b_per));
    }

    #[test]
    fn viterbi_respects_constraints() {
        // Emissions prefer B-PER then O, which is illegal: Viterbi must pick
        // a legal sequence instead.
        let b_per = tag(Label::Per, Part::B) as usize;
        let mut em = vec![[0.0f32; NTAGS]; 2];
        em[0][b_per] = 5.0;
        em[1][O as usize] = 5.0;
        let trans = [[0.0f32; NTAGS]; NTAGS + 1];
        let legal = Transitions::new();
        let (mut back, mut out) = (Vec::new(), Vec::new());
        viterbi(&em, &trans, &legal, &mut back, &mut out);
        assert!(allowed(None, out[0]) && allowed(Some(out[0]), out[1]) && allowed_last(out[1]));
    }
}
