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

    /// Whether the table is the BILOU one that [`viterbi`] is specialised for.
    pub(crate) fn is_bilou(&self) -> bool {
        (0..=NTAGS).all(|p| {
            (0..NTAGS).all(|c| {
                let expected = if OPENERS.contains(&c) {
                    p == NTAGS || CLOSERS.contains(&p)
                } else {
                    // I-X and L-X: after B-X or I-X of the same label.
                    p < NTAGS && p != 0 && (p - 1) / 4 == (c - 1) / 4 && (p - 1) % 4 < 2
                };
                self.ok[p][c] == expected
            })
        })
    }
}

/// Tags that may follow a closed position (sentence start, `O`, `L-X`,
/// `U-X`): `O`, `B-X`, `U-X`, in increasing order.
const OPENERS: [usize; 9] = [0, 1, 4, 5, 8, 9, 12, 13, 16];
/// Tags after which a new mention may start (`O`, `L-X`, `U-X`), in increasing order.
const CLOSERS: [usize; 9] = [0, 3, 4, 7, 8, 11, 12, 15, 16];
/// `I-X` and `L-X`, and the `B-X` that (with `I-X` = `B-X` + 1) may precede them.
const INSIDE: [usize; 8] = [2, 3, 6, 7, 10, 11, 14, 15];
const INSIDE_FROM: [usize; 8] = [1, 1, 5, 5, 9, 9, 13, 13];
/// Lanes of the openers' scores, padded to a multiple of 4 for SIMD.
const LANES: usize = 12;

/// First-order Viterbi over emission scores plus learned transition scores
/// (`trans[prev][cur]`, row `NTAGS` = start), restricted to legal BILOU
/// sequences. Writes the best tags into `out`.
///
/// Exploits the shape of the BILOU constraints (checked against `legal` in
/// debug builds): `O`, `B-X` and `U-X` may only follow `O`, `L-Y` and `U-Y`
/// (81 pairs, computed together over lanes), and `I-X`, `L-X` only `B-X`
/// or `I-X`: 97 of the 289 pairs. Candidates are scanned in increasing
/// tag order with a strict `>`, so ties and every score are exactly those
/// of the plain 17 × 17 loop (`tests::viterbi_matches_plain_loop`).
pub(crate) fn viterbi(
    emissions: &[[f32; NTAGS]],
    trans: &[[f32; NTAGS]; NTAGS + 1],
    legal: &Transitions,
    back: &mut Vec<[u8; NTAGS]>,
    out: &mut Vec<u8>,
) {
    out.clear();
    out.resize(emissions.len(), O);
    if !emissions.is_empty() {
        viterbi_run(emissions, trans, legal, NTAGS, false, back, out);
    }
}

/// [`viterbi`] over a sentence whose tokens with `scored[i] == false` are
/// `O` by decree (see `gate.rs`): each run of scored tokens is decoded on
/// its own, entered from `O` (or the sentence start) and left into `O` (or
/// the sentence end), so the unscored tokens' emissions are never read. The
/// tags are those of the full Viterbi with every tag but `O` forbidden on
/// the unscored tokens (`tests::gated_viterbi_matches_forced_o`).
pub(crate) fn viterbi_gated(
    emissions: &[[f32; NTAGS]],
    scored: &[bool],
    trans: &[[f32; NTAGS]; NTAGS + 1],
    legal: &Transitions,
    back: &mut Vec<[u8; NTAGS]>,
    out: &mut Vec<u8>,
) {
    let n = emissions.len().min(scored.len());
    out.clear();
    out.resize(n, O);
    let mut i = 0;
    while i < n {
        if !scored[i] {
            i += 1;
            continue;
        }
        let start = i;
        while i < n && scored[i] {
            i += 1;
        }
        let from = if start == 0 { NTAGS } else { O as usize };
        viterbi_run(&emissions[start..i], trans, legal, from, i < n, back, &mut out[start..i]);
    }
}

/// Viterbi over a non-empty run of tokens entered from tag row `from`
/// (`NTAGS` = sentence start) and, when `then_o`, followed by an `O`
/// (otherwise by the sentence end). Writes the run's tags into `out`.
fn viterbi_run(
    emissions: &[[f32; NTAGS]],
    trans: &[[f32; NTAGS]; NTAGS + 1],
    legal: &Transitions,
    from: usize,
    then_o: bool,
    back: &mut Vec<[u8; NTAGS]>,
    out: &mut [u8],
) {
    debug_assert!(legal.is_bilou());
    let n = emissions.len();
    if n == 0 || out.len() != n {
        return;
    }
    back.clear();
    back.resize(n, [0; NTAGS]);
    let mut score = [f32::NEG_INFINITY; NTAGS];
    for c in 0..NTAGS {
        if legal.ok[from][c] {
            score[c] = trans[from][c] + emissions[0][c];
        }
    }
    // Most runs are one capitalised word: no step, so no transition tables.
    if n > 1 {
        // Transition scores from each closer to each opener, lane-aligned.
        let mut closed_trans = [[0f32; LANES]; CLOSERS.len()];
        for (row, &p) in closed_trans.iter_mut().zip(&CLOSERS) {
            for (cell, &c) in row.iter_mut().zip(&OPENERS) {
                *cell = trans[p][c];
            }
        }
        // Inside and last tags, with their two possible predecessors B-X and I-X.
        let mut from_b_trans = [0f32; 8];
        let mut from_i_trans = [0f32; 8];
        for (k, &c) in INSIDE.iter().enumerate() {
            from_b_trans[k] = trans[INSIDE_FROM[k]][c];
            from_i_trans[k] = trans[INSIDE_FROM[k] + 1][c];
        }
        for (em, bk) in emissions.iter().zip(back.iter_mut()).skip(1) {
            let mut next = [f32::NEG_INFINITY; NTAGS];
            // Openers: the best closer's score per opener, a max over lanes
            // that vectorises; then the first closer that reaches it (the one
            // a scan with a strict `>` keeps), usually `O`, found at once.
            let mut best = [f32::NEG_INFINITY; LANES];
            for (row, &p) in closed_trans.iter().zip(&CLOSERS) {
                let sp = score[p];
                for (b, &t) in best.iter_mut().zip(row) {
                    let s = sp + t;
                    // Compiles to MAXPS (no NaN handling needed: scores are never NaN).
                    *b = if s > *b { s } else { *b };
                }
            }
            for (k, &c) in OPENERS.iter().enumerate() {
                let mut arg = 0;
                for (row, &p) in closed_trans.iter().zip(&CLOSERS) {
                    if score[p] + row[k] == best[k] {
                        arg = p;
                        break;
                    }
                }
                next[c] = best[k] + em[c];
                bk[c] = arg as u8;
            }
            // Inside and last of label X: from B-X or I-X, B-X on ties. (Only a
            // score of −∞, which no finite input reaches past the first token,
            // could make the plain loop keep another back-pointer; such a cell
            // is never on the best path.)
            let mut inside = [0f32; 8];
            let mut from_i = [false; 8];
            for k in 0..8 {
                let b = INSIDE_FROM[k];
                let (sb, si) = (score[b] + from_b_trans[k], score[b + 1] + from_i_trans[k]);
                from_i[k] = si > sb;
                inside[k] = if si > sb { si } else { sb };
            }
            for (k, &c) in INSIDE.iter().enumerate() {
                next[c] = inside[k] + em[c];
                bk[c] = (INSIDE_FROM[k] + from_i[k] as usize) as u8;
            }
            score = next;
        }
    }
    let (mut best, mut arg) = (f32::NEG_INFINITY, O);
    for (c, &sc) in score.iter().enumerate() {
        let (ok, sc) = if then_o { (legal.ok[c][O as usize], sc + trans[c][O as usize]) } else { (legal.ok_last[c], sc) };
        if ok && sc > best {
            best = sc;
            arg = c as u8;
        }
    }
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

    /// The plain loop over all 17 × 17 pairs that [`viterbi`] must match.
    fn viterbi_plain(emissions: &[[f32; NTAGS]], trans: &[[f32; NTAGS]; NTAGS + 1], legal: &Transitions) -> Vec<u8> {
        let n = emissions.len();
        if n == 0 {
            return Vec::new();
        }
        let mut back = vec![[0u8; NTAGS]; n];
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
        for c in 0..NTAGS {
            if legal.ok_last[c] && score[c] > best {
                best = score[c];
                arg = c as u8;
            }
        }
        let mut out = vec![O; n];
        out[n - 1] = arg;
        for i in (1..n).rev() {
            out[i - 1] = back[i][out[i] as usize];
        }
        out
    }

    #[test]
    fn viterbi_matches_plain_loop() {
        let legal = Transitions::new();
        assert!(legal.is_bilou());
        // Deterministic pseudo-random scores; coarse values make ties common.
        let mut state = 0x1234_5678_9ABC_DEF0u64;
        let mut next = move |coarse: bool| {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let x = (state >> 40) as f32 / (1u64 << 24) as f32 * 8.0 - 4.0;
            if coarse {
                x.round()
            } else {
                x
            }
        };
        let (mut back, mut out) = (Vec::new(), Vec::new());
        for round in 0..400 {
            let coarse = round % 2 == 0;
            let mut trans = [[0f32; NTAGS]; NTAGS + 1];
            for row in trans.iter_mut() {
                for v in row.iter_mut() {
                    *v = next(coarse);
                }
            }
            let n = 1 + round % 23;
            let em: Vec<[f32; NTAGS]> = (0..n).map(|_| std::array::from_fn(|_| next(coarse))).collect();
            viterbi(&em, &trans, &legal, &mut back, &mut out);
            assert_eq!(out, viterbi_plain(&em, &trans, &legal), "round {round}");
        }
    }

    #[test]
    fn gated_viterbi_matches_forced_o() {
        // The plain loop with every tag but O made impossible on the
        // unscored tokens must choose the tags the gated decoder chooses.
        let legal = Transitions::new();
        let mut state = 0x0F1E_2D3C_4B5A_6978u64;
        let mut next = move || {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            state >> 40
        };
        let (mut back, mut out) = (Vec::new(), Vec::new());
        for round in 0..400 {
            let mut trans = [[0f32; NTAGS]; NTAGS + 1];
            for row in trans.iter_mut() {
                for v in row.iter_mut() {
                    *v = next() as f32 / (1u64 << 24) as f32 * 8.0 - 4.0;
                }
            }
            let n = 1 + round % 19;
            let em: Vec<[f32; NTAGS]> =
                (0..n).map(|_| std::array::from_fn(|_| next() as f32 / (1u64 << 24) as f32 * 8.0 - 4.0)).collect();
            // Every third round scores all tokens or none; otherwise about half.
            let scored: Vec<bool> = (0..n)
                .map(|_| match round % 3 {
                    0 => round % 2 == 0,
                    _ => next() % 2 == 0,
                })
                .collect();
            let forced: Vec<[f32; NTAGS]> = em
                .iter()
                .zip(&scored)
                .map(|(e, &s)| if s { *e } else { std::array::from_fn(|c| if c == O as usize { 0.0 } else { f32::NEG_INFINITY }) })
                .collect();
            viterbi_gated(&em, &scored, &trans, &legal, &mut back, &mut out);
            assert_eq!(out, viterbi_plain(&forced, &trans, &legal), "round {round}, scored {scored:?}");
        }
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
