//! The tagger's weights and their compact binary form.
//!
//! File layout (all integers little-endian; `varint` is LEB128, `zigzag` the
//! usual signed mapping onto it). Columns are stored one after another
//! rather than row by row because that compresses better:
//!
//! ```text
//! magic "NLTG", version u8, tag count u8
//! scale f32          weight = quantised value * scale
//! temperature f32    score = logistic(margin / temperature)
//! (tags + 1) * tags zigzag   transitions, first row from the sentence start
//! feature count varint
//! count varint       feature hashes, ascending, as gaps from the previous one
//! count varint       tag masks (bit t: a weight for tag t follows)
//! zigzag ...         the weights (i8), feature by feature, tags in order
//! ```

use super::N_TAGS;

/// First bytes of a model file.
const MAGIC: &[u8; 4] = b"NLTG";
/// Format version written and understood.
const VERSION: u8 = 1;

/// Weights of a trained model, decoded for fast lookup.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Model {
    /// Multiplier turning quantised weights into scores.
    pub scale: f32,
    /// Temperature of the logistic that turns span margins into scores.
    pub temperature: f32,
    /// Transition scores (quantised): row 0 from the start, row p + 1 from tag p.
    pub transitions: Vec<[i8; N_TAGS]>,
    /// Feature hashes, ascending.
    pub hashes: Vec<u32>,
    /// Per feature, one quantised weight per tag.
    pub weights: Vec<[i8; N_TAGS]>,
    /// Hash table from feature hash to its row, built on first use.
    pub lookup: Lookup,
}

/// A bucketed cuckoo hash table of the features and their weights: every
/// feature sits in one of two 64-byte buckets (one cache line each) chosen
/// by its hash, so a lookup reads both lines and picks the matching entry
/// without branching on whether it is there (mispredicted branches, not
/// arithmetic, were the cost of the open-addressing table this replaces).
#[derive(Debug, Clone, Default)]
pub(crate) struct Lookup(std::sync::OnceLock<Table>);

impl PartialEq for Lookup {
    /// A cache: two models are equal whatever their caches hold.
    fn eq(&self, _: &Lookup) -> bool {
        true
    }
}

/// Entries per bucket: 4 × 16 bytes fill a cache line.
const SLOTS: usize = 4;
/// Multipliers picking a feature's two buckets (Fibonacci hashing).
const SPREAD: [u32; 2] = [0x9E37_79B1, 0x85EB_CA77];
/// Evictions tried before the table is grown.
const MAX_KICKS: usize = 512;
/// Largest share of the slots filled; cuckoo tables with 4-slot buckets
/// build reliably well below about 0.9.
const MAX_LOAD: f64 = 0.7;

/// One feature's weights; hash 0 marks an empty slot (the feature hashes
/// are never 0) and its weights are all zero, so "not found" adds nothing.
#[derive(Debug, Clone, Copy, Default)]
#[repr(C)]
struct Entry {
    hash: u32,
    weights: [i8; N_TAGS],
}

#[derive(Debug, Clone, Copy, Default)]
#[repr(C, align(64))]
struct Bucket([Entry; SLOTS]);

/// The table behind [`Lookup`].
#[derive(Debug, Clone)]
pub(crate) struct Table {
    shift: u32,
    buckets: Vec<Bucket>,
}

impl Table {
    fn bucket(&self, h: u32, which: usize) -> usize {
        (h.wrapping_mul(SPREAD[which]) >> self.shift) as usize
    }

    /// The table of `hashes` and `weights`, with as few buckets as hold them.
    fn build(hashes: &[u32], weights: &[[i8; N_TAGS]]) -> Table {
        let wanted = (hashes.len() as f64 / (SLOTS as f64 * MAX_LOAD)).ceil() as usize;
        let mut bits = wanted.next_power_of_two().trailing_zeros().max(1);
        loop {
            if let Some(t) = Table::try_build(bits, hashes, weights) {
                return t;
            }
            bits += 1;
        }
    }

    fn try_build(bits: u32, hashes: &[u32], weights: &[[i8; N_TAGS]]) -> Option<Table> {
        let mut t = Table {
            shift: 32 - bits,
            buckets: vec![Bucket::default(); 1 << bits],
        };
        // A stored hash 0 could never be asked for: leave it out.
        for (&hash, &w) in hashes.iter().zip(weights).filter(|(&h, _)| h != 0) {
            let mut cur = Entry { hash, weights: w };
            let mut b = t.bucket(hash, 0);
            let mut placed = false;
            for kick in 0..MAX_KICKS {
                let alt = t.bucket(cur.hash, 1);
                let home = t.bucket(cur.hash, 0);
                let free = [b, if b == home { alt } else { home }]
                    .into_iter()
                    .find_map(|b| {
                        t.buckets[b]
                            .0
                            .iter()
                            .position(|e| e.hash == 0)
                            .map(|s| (b, s))
                    });
                if let Some((fb, s)) = free {
                    t.buckets[fb].0[s] = cur;
                    placed = true;
                    break;
                }
                // Evict a resident (a different one each time) to its other bucket.
                let slot = kick % SLOTS;
                let evicted = std::mem::replace(&mut t.buckets[b].0[slot], cur);
                cur = evicted;
                let (h0, h1) = (t.bucket(cur.hash, 0), t.bucket(cur.hash, 1));
                b = if b == h0 { h1 } else { h0 };
            }
            if !placed {
                return None;
            }
        }
        Some(t)
    }

    /// The weights of feature `f` (all zero when it is not stored).
    fn weights(&self, f: u32) -> &[i8; N_TAGS] {
        const NONE: [i8; N_TAGS] = [0; N_TAGS];
        let (b0, b1) = (
            &self.buckets[self.bucket(f, 0)],
            &self.buckets[self.bucket(f, 1)],
        );
        // Two plain loops (not a chained iterator, which the compiler does
        // not flatten): eight compares and conditional moves.
        let mut w = &NONE;
        for e in &b0.0 {
            if e.hash == f {
                w = &e.weights;
            }
        }
        for e in &b1.0 {
            if e.hash == f {
                w = &e.weights;
            }
        }
        w
    }
}

/// Why a model file could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DecodeError {
    /// Wrong magic, version or tag count.
    Header,
    /// The data ends early or has bytes left over.
    Truncated,
    /// A value is out of range (hash overflow, weight too large).
    Corrupt,
}

struct Reader<'b> {
    bytes: &'b [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, DecodeError> {
        let b = *self.bytes.get(self.at).ok_or(DecodeError::Truncated)?;
        self.at += 1;
        Ok(b)
    }
    fn f32(&mut self) -> Result<f32, DecodeError> {
        let mut b = [0u8; 4];
        for x in &mut b {
            *x = self.byte()?;
        }
        Ok(f32::from_le_bytes(b))
    }
    fn varint(&mut self) -> Result<u64, DecodeError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7F) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(DecodeError::Corrupt)
    }
    fn zigzag(&mut self) -> Result<i8, DecodeError> {
        let v = self.varint()?;
        let s = ((v >> 1) as i64) ^ -((v & 1) as i64);
        i8::try_from(s).map_err(|_| DecodeError::Corrupt)
    }
}

impl Model {
    /// Reads a model file.
    pub fn decode(bytes: &[u8]) -> Result<Model, DecodeError> {
        let mut r = Reader { bytes, at: 0 };
        if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
            return Err(DecodeError::Header);
        }
        r.at = MAGIC.len();
        if r.byte()? != VERSION || usize::from(r.byte()?) != N_TAGS {
            return Err(DecodeError::Header);
        }
        let scale = r.f32()?;
        let temperature = r.f32()?;
        let mut transitions = vec![[0i8; N_TAGS]; N_TAGS + 1];
        for row in &mut transitions {
            for w in row.iter_mut() {
                *w = r.zigzag()?;
            }
        }
        let n = usize::try_from(r.varint()?).map_err(|_| DecodeError::Corrupt)?;
        // A hash gap takes at least one byte: refuse counts the data cannot hold.
        if n > bytes.len() {
            return Err(DecodeError::Truncated);
        }
        let mut hashes = Vec::with_capacity(n);
        let mut prev = 0u64;
        for k in 0..n {
            let gap = r.varint()?;
            if k > 0 && gap == 0 {
                return Err(DecodeError::Corrupt);
            }
            prev += gap;
            hashes.push(u32::try_from(prev).map_err(|_| DecodeError::Corrupt)?);
        }
        let mut masks = Vec::with_capacity(n);
        for _ in 0..n {
            let m = r.varint()?;
            if m >> N_TAGS != 0 {
                return Err(DecodeError::Corrupt);
            }
            masks.push(m as u16);
        }
        let mut weights = Vec::with_capacity(n);
        for m in masks {
            let mut row = [0i8; N_TAGS];
            for (t, w) in row.iter_mut().enumerate() {
                if m & (1 << t) != 0 {
                    *w = r.zigzag()?;
                }
            }
            weights.push(row);
        }
        if r.at != bytes.len() {
            return Err(DecodeError::Truncated);
        }
        Ok(Model {
            scale,
            temperature,
            transitions,
            hashes,
            weights,
            lookup: Lookup::default(),
        })
    }

    /// Adds the quantised weights of `features` to `scores` (one per tag).
    /// Feature hashes are never 0 (see [`Entry`]).
    pub fn add_scores(&self, features: &[u32], scores: &mut [i32; N_TAGS]) {
        let table = self
            .lookup
            .0
            .get_or_init(|| Table::build(&self.hashes, &self.weights));
        for &f in features {
            for (s, &w) in scores.iter_mut().zip(table.weights(f)) {
                *s += i32::from(w);
            }
        }
    }

    /// Writes the model file.
    #[cfg(any(test, feature = "train"))]
    pub fn encode(&self) -> Vec<u8> {
        fn varint(out: &mut Vec<u8>, mut v: u64) {
            while v >= 0x80 {
                out.push((v as u8) | 0x80);
                v >>= 7;
            }
            out.push(v as u8);
        }
        fn zigzag(out: &mut Vec<u8>, v: i8) {
            let v = i64::from(v);
            varint(out, ((v << 1) ^ (v >> 63)) as u64);
        }
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.push(VERSION);
        out.push(N_TAGS as u8);
        out.extend_from_slice(&self.scale.to_le_bytes());
        out.extend_from_slice(&self.temperature.to_le_bytes());
        for row in &self.transitions {
            for &w in row {
                zigzag(&mut out, w);
            }
        }
        varint(&mut out, self.hashes.len() as u64);
        let mut prev = 0u32;
        for &h in &self.hashes {
            varint(&mut out, u64::from(h - prev));
            prev = h;
        }
        for row in &self.weights {
            let mask = row
                .iter()
                .enumerate()
                .filter(|(_, &w)| w != 0)
                .fold(0u64, |m, (t, _)| m | 1 << t);
            varint(&mut out, mask);
        }
        for row in &self.weights {
            for &w in row.iter().filter(|&&w| w != 0) {
                zigzag(&mut out, w);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let mut transitions = vec![[0i8; N_TAGS]; N_TAGS + 1];
        transitions[0][1] = -100;
        transitions[3][2] = 7;
        let m = Model {
            scale: 0.25,
            temperature: 3.5,
            transitions,
            hashes: vec![5, 6, 1 << 31, u32::MAX],
            weights: vec![
                [1, 0, 0, 0, 0, 0, 0, 0, -1],
                [0; N_TAGS],
                [i8::MAX, i8::MIN, 0, 0, 0, 0, 0, 0, 0],
                [0, 0, 0, 0, 64, -64, 0, 0, 0],
            ],
            lookup: Lookup::default(),
        };
        // The table finds every feature and nothing else.
        let mut scores = [0i32; N_TAGS];
        m.add_scores(&[u32::MAX, 7, 5], &mut scores);
        assert_eq!(scores, [1, 0, 0, 0, 64, -64, 0, 0, -1]);
        let bytes = m.encode();
        assert_eq!(Model::decode(&bytes), Ok(m));
        // Any cut is detected.
        for cut in 0..bytes.len() {
            assert!(Model::decode(&bytes[..cut]).is_err(), "cut at {cut}");
        }
    }

    #[test]
    fn table_finds_every_feature_of_a_large_model() {
        // Distinct pseudo-random hashes (an odd multiplier permutes u32).
        let n = 20_000u32;
        let mut hashes: Vec<u32> = (1..=n).map(|k| k.wrapping_mul(0x2545_F491)).collect();
        hashes.sort_unstable();
        let weights: Vec<[i8; N_TAGS]> = hashes
            .iter()
            .map(|&h| std::array::from_fn(|t| (h >> t) as i8 | 1))
            .collect();
        let t = Table::build(&hashes, &weights);
        assert!(t.buckets.len() * SLOTS >= hashes.len());
        for (h, w) in hashes.iter().zip(&weights) {
            assert_eq!(t.weights(*h), w);
        }
        for k in n + 1..n + 1000 {
            assert_eq!(t.weights(k.wrapping_mul(0x2545_F491)), &[0; N_TAGS]);
        }
    }

    #[test]
    fn rejects_bad_files() {
        struct Case {
            name: &'static str,
            bytes: &'static [u8],
            want: DecodeError,
        }
        let cases = [
            Case {
                name: "empty",
                bytes: b"",
                want: DecodeError::Header,
            },
            Case {
                name: "wrong magic",
                bytes: b"NOPE\x01\x09",
                want: DecodeError::Header,
            },
            Case {
                name: "wrong version",
                bytes: b"NLTG\x63\x09",
                want: DecodeError::Header,
            },
            Case {
                name: "header only",
                bytes: b"NLTG\x01\x09",
                want: DecodeError::Truncated,
            },
        ];
        for c in cases {
            assert_eq!(Model::decode(c.bytes), Err(c.want), "{}", c.name);
        }
    }
}
