//! The runtime weight table. Training hashes features into `1 << bits`
//! rows, but only the rows of features that ever took part in an update are
//! non-zero (a few per cent). At run time those rows are stored packed, and a
//! bitmap with running ranks (small enough to stay in cache) says whether a
//! feature has a row and where: most looked-up features have none and cost
//! one cache-resident bit test.

use crate::tags::NTAGS;

#[derive(Clone, Copy, Default)]
#[repr(C, align(16))]
struct Block {
    /// Bit `b` set: row `64 * block + b` is present.
    present: u64,
    /// Number of present rows in all earlier blocks.
    rank: u32,
}

pub(crate) struct Table {
    bits: u32,
    blocks: Vec<Block>,
    rows: Vec<[i16; NTAGS]>,
}

impl Table {
    /// Builds the table from `(row index, weights)` pairs in increasing row order.
    pub(crate) fn from_rows(bits: u32, rows: impl IntoIterator<Item = (usize, [i16; NTAGS])>) -> Table {
        let nblocks = (1usize << bits).div_ceil(64);
        let mut blocks = vec![Block::default(); nblocks];
        let mut packed = Vec::new();
        for (r, w) in rows {
            if w.iter().all(|&x| x == 0) || r >= (1usize << bits) {
                continue;
            }
            blocks[r / 64].present |= 1 << (r % 64);
            packed.push(w);
        }
        let mut rank = 0u32;
        for b in &mut blocks {
            b.rank = rank;
            rank += b.present.count_ones();
        }
        Table { bits, blocks, rows: packed }
    }

    #[inline]
    pub(crate) fn row(&self, f: u32) -> Option<&[i16; NTAGS]> {
        self.rows.get(self.index(f)? as usize)
    }

    /// Where bucket `f`'s row is packed, if it has one.
    #[inline]
    pub(crate) fn index(&self, f: u32) -> Option<u32> {
        let b = self.blocks.get((f >> 6) as usize)?;
        let bit = f & 63;
        if (b.present >> bit) & 1 == 0 {
            return None;
        }
        let below = b.present & ((1u64 << bit) - 1);
        Some(b.rank + below.count_ones())
    }

    /// The row packed at `index` (from [`Table::index`]).
    #[inline]
    pub(crate) fn row_at(&self, index: u32) -> Option<&[i16; NTAGS]> {
        self.rows.get(index as usize)
    }

    pub(crate) fn bits(&self) -> u32 {
        self.bits
    }

    /// Present rows with their indexes, in increasing order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (usize, &[i16; NTAGS])> + '_ {
        self.blocks.iter().enumerate().flat_map(move |(bi, b)| {
            let mut bits = b.present;
            let mut k = b.rank as usize;
            std::iter::from_fn(move || {
                if bits == 0 {
                    return None;
                }
                let bit = bits.trailing_zeros() as usize;
                bits &= bits - 1;
                let out = (bi * 64 + bit, &self.rows[k]);
                k += 1;
                Some(out)
            })
        })
    }

    pub(crate) fn len(&self) -> usize {
        self.rows.len()
    }

    /// Bytes held in memory.
    pub(crate) fn memory(&self) -> usize {
        self.blocks.len() * std::mem::size_of::<Block>() + self.rows.len() * std::mem::size_of::<[i16; NTAGS]>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_found_by_rank() {
        let mut a = [0i16; NTAGS];
        a[3] = 7;
        let mut b = [0i16; NTAGS];
        b[0] = -2;
        let t = Table::from_rows(10, [(5usize, a), (64, [0; NTAGS]), (700, b)]);
        assert_eq!(t.len(), 2);
        assert_eq!(t.row(5).unwrap()[3], 7);
        assert_eq!(t.row(700).unwrap()[0], -2);
        assert!(t.row(64).is_none() && t.row(6).is_none() && t.row(1 << 20).is_none());
        let listed: Vec<usize> = t.iter().map(|(r, _)| r).collect();
        assert_eq!(listed, vec![5, 700]);
    }
}
