//! Word clusters for the name tagger: each frequent word stem of the
//! training text (ANERcorp, read without its labels) belongs to one cluster
//! of words that occur between the same neighbours, in a two-level
//! hierarchy (coarse clusters, each split into finer ones). The tagger's
//! features see a word's cluster and its neighbours' (see
//! `features.rs`), so a word seen too rarely for its own feature to be
//! kept still shares the weights of the words it behaves like.
//!
//! `data/tagger_clusters.bin` is written by `tools/train_tagger.rs` (which
//! also clusters) and holds, for each cluster, the sorted
//! [`KEY_BITS`]-bit keys of its stems as Rice-coded gaps; see
//! [`Clusters::decode`].

use super::features::fmix;
use std::sync::OnceLock;

static FILE: &[u8] = include_bytes!("../../data/tagger_clusters.bin");

/// Bits of a stem's key in the table. A word not in the table takes
/// a cluster when its key collides with a listed one (about one word in
/// 70 at 3,700 stems; training sees the same).
pub(crate) const KEY_BITS: u32 = 18;

/// The table key of a stem hash.
pub(crate) fn key(stem: u64) -> u32 {
    (fmix(stem) >> (64 - KEY_BITS)) as u32
}

/// No cluster: not a word, or no table (the shipped table is empty until a
/// model trained with clusters is shipped, and then the tagger's features
/// are the ones it had without them).
pub(crate) const NONE: u8 = 0;
/// A word not in a (non-empty) table: a rare word.
pub(crate) const RARE: u8 = u8::MAX;

/// A decoded cluster table.
#[derive(Debug, Default, Clone)]
pub(crate) struct Clusters {
    /// Fine clusters per coarse one (a cluster `c` ≥ 1 is inside the coarse
    /// cluster `(c - 1) / fine`).
    fine: u8,
    /// (key, cluster), sorted by key.
    entries: Vec<(u32, u8)>,
}

/// Reads a LEB128 number at `*at`.
fn varint(b: &[u8], at: &mut usize) -> Option<u32> {
    let mut v = 0u32;
    for shift in (0..35).step_by(7) {
        let x = *b.get(*at)?;
        *at += 1;
        v |= u32::from(x & 0x7F) << shift;
        if x & 0x80 == 0 {
            return Some(v);
        }
    }
    None
}

/// Appends `v` as LEB128.
#[cfg(any(test, feature = "train"))]
fn push_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push((v as u8 & 0x7F) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// The Rice parameter of the key gaps of a cluster of `n` keys: the bits
/// of their mean gap.
fn rice_bits(n: u32) -> u32 {
    ((1u32 << KEY_BITS) / (n + 1)).max(1).ilog2()
}

/// Reads bits, lowest first.
struct Bits<'a> {
    b: &'a [u8],
    at: usize,
}

impl Bits<'_> {
    fn bit(&mut self) -> Option<u32> {
        let x = *self.b.get(self.at / 8)?;
        let v = u32::from(x >> (self.at % 8)) & 1;
        self.at += 1;
        Some(v)
    }

    /// A Rice code with `k` low bits.
    fn rice(&mut self, k: u32) -> Option<u32> {
        let mut q = 0u32;
        while self.bit()? == 1 {
            q += 1;
            if q > 1 << KEY_BITS {
                return None;
            }
        }
        let mut low = 0;
        for j in 0..k {
            low |= self.bit()? << j;
        }
        Some(q << k | low)
    }
}

impl Clusters {
    /// Decodes a table file: the coarse and fine counts (one byte each),
    /// the number of keys of every cluster in order (LEB128), then their
    /// sorted keys as gaps (the first from 0), Rice-coded with
    /// [`rice_bits`] of the cluster's size. An empty file is an empty
    /// table.
    pub fn decode(b: &[u8]) -> Option<Clusters> {
        if b.is_empty() {
            return Some(Clusters::default());
        }
        let (coarse, fine) = (*b.first()?, *b.get(1)?);
        let mut at = 2;
        let count = usize::from(coarse) * usize::from(fine);
        let sizes = (0..count)
            .map(|_| varint(b, &mut at))
            .collect::<Option<Vec<u32>>>()?;
        let mut bits = Bits { b: &b[at..], at: 0 };
        let mut entries = Vec::new();
        for (c, &n) in sizes.iter().enumerate() {
            let k = rice_bits(n);
            let mut key = 0u32;
            for _ in 0..n {
                key = key.checked_add(bits.rice(k)?)?;
                entries.push((key, u8::try_from(c + 1).ok()?));
            }
        }
        crate::sort::sort_unstable(&mut entries);
        // Nothing but padding after the last code.
        (bits.at.div_ceil(8) == b.len() - at).then_some(Clusters { fine, entries })
    }

    /// Encodes a table of `coarse` × `fine` clusters from (key, cluster)
    /// pairs (clusters from 1; any order).
    #[cfg(any(test, feature = "train"))]
    pub fn encode(coarse: u8, fine: u8, pairs: &[(u32, u8)]) -> Vec<u8> {
        let mut out = vec![coarse, fine];
        let mut lists = Vec::new();
        for c in 1..=u16::from(coarse) * u16::from(fine) {
            let mut keys: Vec<u32> = pairs
                .iter()
                .filter(|p| u16::from(p.1) == c)
                .map(|p| p.0)
                .collect();
            keys.sort_unstable();
            keys.dedup();
            push_varint(&mut out, keys.len() as u32);
            lists.push(keys);
        }
        let mut bits: Vec<bool> = Vec::new();
        for keys in &lists {
            let k = rice_bits(keys.len() as u32);
            let mut last = 0;
            for &key in keys {
                let gap = key - last;
                last = key;
                bits.extend(std::iter::repeat_n(true, (gap >> k) as usize));
                bits.push(false);
                bits.extend((0..k).map(|j| gap >> j & 1 == 1));
            }
        }
        for chunk in bits.chunks(8) {
            out.push(
                chunk
                    .iter()
                    .enumerate()
                    .fold(0u8, |acc, (j, &x)| acc | u8::from(x) << j),
            );
        }
        out
    }

    /// The cluster of a word's stem hash: [`RARE`] if not listed, [`NONE`]
    /// if the table is empty.
    pub fn of(&self, stem: u64) -> u8 {
        if self.entries.is_empty() {
            return NONE;
        }
        let k = key(stem);
        match self.entries.binary_search_by_key(&k, |e| e.0) {
            Ok(i) => self.entries[i].1,
            Err(_) => RARE,
        }
    }

    /// The coarse cluster (from 1) of a cluster, [`NONE`] for none.
    pub fn coarse(&self, c: u8) -> u8 {
        if c == NONE || c == RARE || self.fine == 0 {
            NONE
        } else {
            (c - 1) / self.fine + 1
        }
    }
}

fn shipped() -> &'static Clusters {
    static TABLE: OnceLock<Clusters> = OnceLock::new();
    TABLE.get_or_init(|| Clusters::decode(FILE).unwrap_or_default())
}

/// A table that replaces the shipped one while training (see
/// [`use_clusters`]).
#[cfg(feature = "train")]
static OVERRIDE: std::sync::Mutex<Option<&'static Clusters>> = std::sync::Mutex::new(None);

/// Makes the tagger's features use the table file `bytes` instead of the
/// shipped one (the trainer's clusters); leaked. False if it does not
/// decode.
#[cfg(feature = "train")]
pub fn use_clusters(bytes: &[u8]) -> bool {
    let Some(c) = Clusters::decode(bytes) else {
        return false;
    };
    *OVERRIDE
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(Box::leak(Box::new(c)));
    true
}

/// The table in use.
pub(crate) fn table() -> &'static Clusters {
    #[cfg(feature = "train")]
    if let Some(c) = *OVERRIDE
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
    {
        return c;
    }
    shipped()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_and_decodes() {
        let pairs = [(5, 1), (3, 2), (200_000, 1), (9, 4), (0, 3), (6, 1)];
        let bytes = Clusters::encode(2, 2, &pairs);
        let c = Clusters::decode(&bytes).expect("decodes");
        let mut want = pairs.to_vec();
        want.sort_unstable();
        assert_eq!(c.entries, want);
        assert_eq!(c.coarse(1), 1);
        assert_eq!(c.coarse(2), 1);
        assert_eq!(c.coarse(3), 2);
        assert_eq!(c.coarse(NONE), NONE);
        assert_eq!(c.coarse(RARE), NONE);
        // An empty table gives no cluster at all, a full one the rare mark.
        assert_eq!(Clusters::default().of(12345), NONE);
        let unlisted = (0u64..).find(|&h| key(h) > 200_000).expect("some key");
        assert_eq!(c.of(unlisted), RARE);
        assert!(Clusters::decode(&bytes[..bytes.len() - 1]).is_none());
    }

    #[test]
    fn shipped_table_decodes() {
        assert!(Clusters::decode(FILE).is_some());
    }
}
