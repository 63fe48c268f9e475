//! Model files: the compressed format that training writes (`ner.model`:
//! zlib over varints, only non-zero rows) and a flat little-endian form of
//! the same numbers that `build.rs` (which includes this file, so it uses
//! std, flate2 and miniz_oxide only) compiles it into, so that the bundled model loads
//! without decompressing.

use std::io::{Read, Write};

/// Tags per weight row (as `tags::NTAGS`).
pub(crate) const NTAGS: usize = 17;

const MAGIC: &[u8; 8] = b"NLNER\0\0\x01";
const RAW_MAGIC: &[u8; 8] = b"NLNERraw";
const FORMAT_VERSION: u32 = 3;

/// One stage: weight units per score unit, transitions (`trans[prev][cur]`,
/// row `NTAGS` = sentence start) and the non-zero weight rows, by
/// increasing row index.
pub(crate) struct StageData {
    pub scale: f32,
    pub trans: [[f32; NTAGS]; NTAGS + 1],
    pub rows: Vec<(u32, [i16; NTAGS])>,
}

pub(crate) struct ModelData {
    /// `features::FEATURE_VERSION` of the features it was trained with.
    pub feature_version: u32,
    /// Tables have `1 << bits` rows.
    pub bits: u32,
    /// `Lexicon::fingerprint` of the lexicon it was trained with.
    pub fingerprint: u64,
    pub first_weight: f32,
    pub stages: Vec<StageData>,
}

impl StageData {
    /// The part of a stage both formats write alike: scale, transitions, row count.
    fn put_head(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.scale.to_le_bytes());
        for v in self.trans.iter().flatten() {
            out.extend_from_slice(&v.to_le_bytes());
        }
        out.extend_from_slice(&(self.rows.len() as u32).to_le_bytes());
    }
}

impl ModelData {
    /// The header both formats share (read back by [`header`]).
    fn put_header(&self, out: &mut Vec<u8>) {
        for v in [FORMAT_VERSION, self.feature_version, self.bits, NTAGS as u32, self.stages.len() as u32] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        out.extend_from_slice(&self.fingerprint.to_le_bytes());
        out.extend_from_slice(&self.first_weight.to_le_bytes());
    }

    /// Writes the compressed format.
    pub(crate) fn write(&self, mut w: impl Write) -> std::io::Result<()> {
        w.write_all(MAGIC)?;
        let mut buf = Vec::new();
        self.put_header(&mut buf);
        for st in &self.stages {
            st.put_head(&mut buf);
            let mut last = 0u32;
            for (r, row) in &st.rows {
                put_varint(&mut buf, (r - last) as u64);
                last = *r;
                for &x in row {
                    put_varint(&mut buf, zigzag(x));
                }
            }
        }
        // miniz_oxide at level 9 (flate2's `Compression::best()` on its
        // default backend, which saved the shipped model): the same model
        // saves to the same bytes whichever backend flate2 inflates with.
        w.write_all(&miniz_oxide::deflate::compress_to_vec_zlib(&buf, 9))
    }

    /// Reads the compressed format.
    pub(crate) fn read(bytes: &[u8]) -> Result<ModelData, String> {
        let body = bytes.strip_prefix(MAGIC.as_slice()).ok_or("not a newsledger NER model")?;
        let mut raw = Vec::new();
        flate2::read::ZlibDecoder::new(body).read_to_end(&mut raw).map_err(|e| format!("cannot decompress: {e}"))?;
        let mut r = Reader { buf: &raw, at: 0 };
        let (format, feature_version, bits, nstages) = header(&mut r, FORMAT_VERSION)?;
        let fingerprint = r.u64()?;
        let first_weight = r.f32()?;
        let mut stages = Vec::new();
        for _ in 0..nstages {
            let (scale, trans) = (r.f32()?, r.trans()?);
            let nrows = r.u32()? as usize;
            let mut rows: Vec<(u32, [i16; NTAGS])> = Vec::with_capacity(nrows.min(1 << bits));
            let mut row = 0u64;
            for _ in 0..nrows {
                row += r.varint()?;
                let mut w = [0i16; NTAGS];
                for x in &mut w {
                    *x = unzigzag(r.varint()?);
                }
                rows.push((u32::try_from(row).map_err(|_| "row index out of range")?, w));
            }
            stages.push(StageData { scale, trans, rows });
        }
        let _ = format;
        ModelData { feature_version, bits, fingerprint, first_weight, stages }.checked()
    }

    /// The flat form (see [`ModelData::from_raw`]).
    #[allow(dead_code)] // written by build.rs
    pub(crate) fn to_raw(&self) -> Vec<u8> {
        let nrows: usize = self.stages.iter().map(|s| s.rows.len()).sum();
        let mut out = Vec::with_capacity(64 + nrows * (4 + 2 * NTAGS) + self.stages.len() * 4 * NTAGS * (NTAGS + 1));
        out.extend_from_slice(RAW_MAGIC);
        self.put_header(&mut out);
        for st in &self.stages {
            st.put_head(&mut out);
            for (r, _) in &st.rows {
                out.extend_from_slice(&r.to_le_bytes());
            }
            for (_, w) in &st.rows {
                for x in w {
                    out.extend_from_slice(&x.to_le_bytes());
                }
            }
        }
        out
    }

    /// Reads the flat form: the header of the compressed format, then per
    /// stage its scale, transitions, row count, row indexes (u32) and rows
    /// (`NTAGS` × i16), all little-endian.
    pub(crate) fn from_raw(bytes: &[u8]) -> Result<ModelData, String> {
        let body = bytes.strip_prefix(RAW_MAGIC.as_slice()).ok_or("not a flat newsledger NER model")?;
        let mut r = Reader { buf: body, at: 0 };
        let (_, feature_version, bits, nstages) = header(&mut r, FORMAT_VERSION)?;
        let fingerprint = r.u64()?;
        let first_weight = r.f32()?;
        let mut stages = Vec::new();
        for _ in 0..nstages {
            let (scale, trans) = (r.f32()?, r.trans()?);
            let nrows = r.u32()? as usize;
            let index = r.take(nrows * 4)?;
            let weights = r.take(nrows * 2 * NTAGS)?;
            let rows = index
                .chunks_exact(4)
                .zip(weights.chunks_exact(2 * NTAGS))
                .map(|(i, w)| {
                    let mut row = [0i16; NTAGS];
                    for (x, b) in row.iter_mut().zip(w.chunks_exact(2)) {
                        *x = i16::from_le_bytes([b[0], b[1]]);
                    }
                    (u32::from_le_bytes([i[0], i[1], i[2], i[3]]), row)
                })
                .collect();
            stages.push(StageData { scale, trans, rows });
        }
        ModelData { feature_version, bits, fingerprint, first_weight, stages }.checked()
    }

    fn checked(self) -> Result<ModelData, String> {
        for st in &self.stages {
            if st.rows.windows(2).any(|w| w[0].0 >= w[1].0) || st.rows.last().is_some_and(|&(r, _)| r as u64 >= 1u64 << self.bits) {
                return Err("row index out of range or out of order".into());
            }
        }
        Ok(self)
    }
}

/// Format, feature version, bits and number of stages, checked.
fn header(r: &mut Reader<'_>, format_version: u32) -> Result<(u32, u32, u32, u32), String> {
    let (format, feature_version, bits, ntags, nstages) = (r.u32()?, r.u32()?, r.u32()?, r.u32()?, r.u32()?);
    if format != format_version || ntags as usize != NTAGS {
        return Err(format!("format {format}, {ntags} tags; this build reads format {format_version}, {NTAGS} tags"));
    }
    if !(8..=26).contains(&bits) || !(1..=2).contains(&nstages) {
        return Err(format!("implausible table size 2^{bits} or {nstages} stages"));
    }
    Ok((format, feature_version, bits, nstages))
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

impl<'b> Reader<'b> {
    fn take(&mut self, n: usize) -> Result<&'b [u8], String> {
        let s = self.buf.get(self.at..self.at + n).ok_or("truncated")?;
        self.at += n;
        Ok(s)
    }
    fn array<const N: usize>(&mut self) -> Result<[u8; N], String> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N)?);
        Ok(a)
    }
    fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_le_bytes(self.array()?))
    }
    fn u64(&mut self) -> Result<u64, String> {
        Ok(u64::from_le_bytes(self.array()?))
    }
    fn f32(&mut self) -> Result<f32, String> {
        Ok(f32::from_le_bytes(self.array()?))
    }
    fn trans(&mut self) -> Result<[[f32; NTAGS]; NTAGS + 1], String> {
        let mut trans = [[0f32; NTAGS]; NTAGS + 1];
        for v in trans.iter_mut().flatten() {
            *v = self.f32()?;
        }
        Ok(trans)
    }
    fn varint(&mut self) -> Result<u64, String> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let [b] = self.array::<1>()?;
            v |= ((b & 0x7F) as u64) << shift;
            if b < 0x80 {
                return Ok(v);
            }
        }
        Err("bad varint".into())
    }
}
