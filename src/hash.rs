//! A small, fast, non-cryptographic hasher for the crate's internal maps
//! (keys are short strings from the text and lexicons; no untrusted party
//! chooses them to collide, and lookups dominate the analysis time).

use std::borrow::Borrow;
use std::fmt;
use std::hash::{BuildHasher, BuildHasherDefault, Hash, Hasher};

/// The multiply-rotate hash used by rustc (FxHash).
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

/// The 1 to 7 bytes of `rest` as a little-endian word padded with zeros,
/// read with overlapping loads rather than a copy (a call to `memcpy` for
/// a length known only at run time).
#[inline]
pub(crate) fn tail_word(rest: &[u8]) -> u64 {
    let n = rest.len();
    if n >= 4 {
        let lo = u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]);
        let hi = u32::from_le_bytes([rest[n - 4], rest[n - 3], rest[n - 2], rest[n - 1]]);
        // The bytes both loads hold land on the same places.
        u64::from(lo) | u64::from(hi) << (8 * (n - 4))
    } else {
        u64::from(rest[0])
            | u64::from(rest[n / 2]) << (8 * (n / 2))
            | u64::from(rest[n - 1]) << (8 * (n - 1))
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([
                c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
            ]));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.add(tail_word(rest));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// The hasher of [`FxHashMap`] and [`FxHashSet`]: what std's maps take as
/// their third parameter (`with_capacity_and_hasher(n, Default::default())`).
pub type FxBuildHasher = BuildHasherDefault<FxHasher>;

/// std's `HashMap` with [`FxHasher`], for the few large maps that are hot
/// (the lexicon's phrases, the Arabic word list, the tagger's caches, a
/// document's word types): its probing is cheaper than [`FxHashMap`]'s,
/// which pays off there; elsewhere one compact map saves its code.
pub type FxTable<K, V> = std::collections::HashMap<K, V, FxBuildHasher>;

/// The 32 bits of `key`'s [`FxHasher`] hash that the maps keep: the high
/// half, which the final multiply mixes best.
#[inline]
fn hash32<Q: Hash + ?Sized>(key: &Q) -> u32 {
    (FxBuildHasher::default().hash_one(key) >> 32) as u32
}

/// Open addressing (linear probing) from a key's hash to its entry's
/// place. Not generic: its growth and deletion code is compiled once,
/// where std's `HashMap` compiles its own for every key and value type
/// (26 copies of its rehash in the wasm, 13.5 KB before gzip). The rule
/// code's many small maps on this one made the module 1.4 KB gzip
/// smaller (session 19).
#[derive(Clone, Default)]
struct Index {
    /// `(hash, entry + 1)`, `entry + 1 == 0` for an empty slot. Empty or a
    /// power of two long, at most half full.
    slots: Vec<(u32, u32)>,
}

/// The fewest slots an index is given.
const MIN_SLOTS: usize = 16;

impl Index {
    /// The slot holding an entry with `hash` for which `eq` holds
    /// (`Ok`), else the empty slot where it would go (`Err`; `usize::MAX`
    /// when there are no slots).
    #[inline]
    fn find(&self, hash: u32, mut eq: impl FnMut(usize) -> bool) -> Result<usize, usize> {
        let mask = self.slots.len().wrapping_sub(1);
        if self.slots.is_empty() {
            return Err(usize::MAX);
        }
        let mut i = hash as usize & mask;
        loop {
            let (h, e) = self.slots[i];
            if e == 0 {
                return Err(i);
            }
            if h == hash && eq(e as usize - 1) {
                return Ok(i);
            }
            i = (i + 1) & mask;
        }
    }

    /// Makes room for `n` entries.
    #[inline]
    fn reserve(&mut self, n: usize) {
        if n * 2 > self.slots.len() {
            self.grow(n);
        }
    }

    fn grow(&mut self, n: usize) {
        let len = (n * 2).next_power_of_two().max(MIN_SLOTS);
        let old = std::mem::replace(&mut self.slots, vec![(0, 0); len]);
        let mask = len - 1;
        for (h, e) in old {
            if e != 0 {
                let mut i = h as usize & mask;
                while self.slots[i].1 != 0 {
                    i = (i + 1) & mask;
                }
                self.slots[i] = (h, e);
            }
        }
    }

    /// Empties slot `i`, moving back the entries after it that probing
    /// would otherwise no longer reach.
    fn remove(&mut self, mut i: usize) {
        let mask = self.slots.len() - 1;
        let mut j = i;
        loop {
            j = (j + 1) & mask;
            let (h, e) = self.slots[j];
            if e == 0 {
                break;
            }
            // The entry at `j` may move to `i` unless its home slot lies
            // after `i` (cyclically, up to `j`).
            let home = h as usize & mask;
            if j.wrapping_sub(home) & mask >= j.wrapping_sub(i) & mask {
                self.slots[i] = self.slots[j];
                i = j;
            }
        }
        self.slots[i] = (0, 0);
    }
}

/// A hash map with [`FxHasher`] that keeps its entries in a `Vec` (in
/// insertion order, but for removals, which move the last entry into the
/// gap) and finds them through an [`Index`]. It has the part of std's
/// `HashMap` API that the crate uses; iteration order is not relied on.
#[derive(Clone)]
pub struct FxHashMap<K, V> {
    entries: Vec<(K, V)>,
    index: Index,
}

impl<K, V> Default for FxHashMap<K, V> {
    fn default() -> Self {
        FxHashMap {
            entries: Vec::new(),
            index: Index::default(),
        }
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for FxHashMap<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

/// The entries of a map, by reference.
pub struct Iter<'a, K, V>(std::slice::Iter<'a, (K, V)>);

impl<'a, K, V> Iterator for Iter<'a, K, V> {
    type Item = (&'a K, &'a V);
    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        self.0.next().map(|(k, v)| (k, v))
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

impl<K, V> FxHashMap<K, V> {
    /// An empty map with room for `n` entries.
    pub fn with_capacity_and_hasher(n: usize, _: FxBuildHasher) -> Self {
        let mut map = Self::default();
        map.entries.reserve(n);
        map.index.reserve(n);
        map
    }

    /// How many entries the map has.
    #[inline]
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the map has no entries.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Removes every entry.
    pub fn clear(&mut self) {
        self.entries.clear();
        self.index.slots.fill((0, 0));
    }

    /// The entries.
    #[inline]
    pub fn iter(&self) -> Iter<'_, K, V> {
        Iter(self.entries.iter())
    }

    /// The entries, values mutable.
    pub fn iter_mut(&mut self) -> impl Iterator<Item = (&K, &mut V)> {
        self.entries.iter_mut().map(|(k, v)| (&*k, v))
    }

    /// The keys.
    pub fn keys(&self) -> impl Iterator<Item = &K> {
        self.entries.iter().map(|(k, _)| k)
    }

    /// The values.
    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.entries.iter().map(|(_, v)| v)
    }

    /// The values, mutable.
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.entries.iter_mut().map(|(_, v)| v)
    }
}

impl<K: Hash + Eq, V> FxHashMap<K, V> {
    /// The slot and entry of `key`.
    #[inline]
    fn find<Q: Hash + Eq + ?Sized>(&self, key: &Q) -> Option<(usize, usize)>
    where
        K: Borrow<Q>,
    {
        let entries = &self.entries;
        let slot = self
            .index
            .find(hash32(key), |e| entries[e].0.borrow() == key)
            .ok()?;
        Some((slot, self.index.slots[slot].1 as usize - 1))
    }

    /// Makes room for `n` more entries.
    pub fn reserve(&mut self, n: usize) {
        self.entries.reserve(n);
        self.index.reserve(self.entries.len() + n);
    }

    /// The value of `key`.
    #[inline]
    pub fn get<Q: Hash + Eq + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        let (_, e) = self.find(key)?;
        Some(&self.entries[e].1)
    }

    /// The value of `key`, mutable.
    #[inline]
    pub fn get_mut<Q: Hash + Eq + ?Sized>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
    {
        let (_, e) = self.find(key)?;
        Some(&mut self.entries[e].1)
    }

    /// Whether the map has `key`.
    #[inline]
    pub fn contains_key<Q: Hash + Eq + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.find(key).is_some()
    }

    /// Sets `key`'s value, returning the one it had (the key itself is
    /// kept, as std's maps do).
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.entry(key) {
            Entry::Occupied(o) => Some(std::mem::replace(o.into_mut(), value)),
            Entry::Vacant(v) => {
                v.insert(value);
                None
            }
        }
    }

    /// Removes `key`, returning its value.
    pub fn remove<Q: Hash + Eq + ?Sized>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        let (slot, e) = self.find(key)?;
        self.index.remove(slot);
        let last = self.entries.len() - 1;
        if e != last {
            // The last entry moves into the gap: point its slot there.
            let entries = &self.entries;
            let moved = hash32(&entries[last].0);
            if let Ok(s) = self.index.find(moved, |x| x == last) {
                self.index.slots[s].1 = e as u32 + 1;
            }
        }
        Some(self.entries.swap_remove(e).1)
    }

    /// The entry of `key`, to read, fill or change in place.
    #[inline]
    pub fn entry(&mut self, key: K) -> Entry<'_, K, V> {
        let len = self.entries.len();
        if (len + 1) * 2 > self.index.slots.len() {
            self.index.grow(len + 1);
            // The entries grow with the index, in one step.
            self.entries.reserve_exact(self.index.slots.len() / 2 - len);
        }
        let hash = hash32(&key);
        let entries = &self.entries;
        match self.index.find(hash, |e| entries[e].0 == key) {
            Ok(slot) => {
                let e = self.index.slots[slot].1 as usize - 1;
                Entry::Occupied(OccupiedEntry {
                    value: &mut self.entries[e].1,
                })
            }
            Err(slot) => Entry::Vacant(VacantEntry {
                map: self,
                key,
                hash,
                slot,
            }),
        }
    }
}

/// A map's entry for one key, from [`FxHashMap::entry`].
pub enum Entry<'a, K, V> {
    /// The key is in the map.
    Occupied(OccupiedEntry<'a, V>),
    /// The key is not in the map.
    Vacant(VacantEntry<'a, K, V>),
}

/// An entry whose key is in the map.
pub struct OccupiedEntry<'a, V> {
    value: &'a mut V,
}

impl<'a, V> OccupiedEntry<'a, V> {
    /// The value.
    pub fn get(&self) -> &V {
        self.value
    }

    /// The value, mutable for as long as the map is borrowed.
    pub fn into_mut(self) -> &'a mut V {
        self.value
    }
}

/// An entry whose key is not in the map yet.
pub struct VacantEntry<'a, K, V> {
    map: &'a mut FxHashMap<K, V>,
    key: K,
    hash: u32,
    slot: usize,
}

impl<'a, K, V> VacantEntry<'a, K, V> {
    /// Adds the key with `value`.
    pub fn insert(self, value: V) -> &'a mut V {
        let map = self.map;
        map.entries.push((self.key, value));
        map.index.slots[self.slot] = (self.hash, map.entries.len() as u32);
        &mut map.entries.last_mut().expect("just pushed").1
    }
}

impl<'a, K, V> Entry<'a, K, V> {
    /// The value, `value` added first when the key is not in the map.
    #[inline]
    pub fn or_insert(self, value: V) -> &'a mut V {
        match self {
            Entry::Occupied(o) => o.into_mut(),
            Entry::Vacant(v) => v.insert(value),
        }
    }

    /// The value, `make()` added first when the key is not in the map.
    #[inline]
    pub fn or_insert_with(self, make: impl FnOnce() -> V) -> &'a mut V {
        match self {
            Entry::Occupied(o) => o.into_mut(),
            Entry::Vacant(v) => v.insert(make()),
        }
    }

    /// The value, the default added first when the key is not in the map.
    #[inline]
    pub fn or_default(self) -> &'a mut V
    where
        V: Default,
    {
        self.or_insert_with(V::default)
    }
}

impl<K: Hash + Eq + Borrow<Q>, Q: Hash + Eq + ?Sized, V> std::ops::Index<&Q> for FxHashMap<K, V> {
    type Output = V;
    /// The value of `key`; panics when the map does not have it.
    fn index(&self, key: &Q) -> &V {
        self.get(key).expect("a key the map has")
    }
}

impl<'a, K, V> IntoIterator for &'a FxHashMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = Iter<'a, K, V>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<K, V> IntoIterator for FxHashMap<K, V> {
    type Item = (K, V);
    type IntoIter = std::vec::IntoIter<(K, V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

impl<K: Hash + Eq, V> Extend<(K, V)> for FxHashMap<K, V> {
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, items: I) {
        for (k, v) in items {
            self.insert(k, v);
        }
    }
}

impl<K: Hash + Eq, V> FromIterator<(K, V)> for FxHashMap<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(items: I) -> Self {
        let mut map = Self::default();
        map.extend(items);
        map
    }
}

/// A hash set with [`FxHasher`]: an [`FxHashMap`] without values.
#[derive(Clone)]
pub struct FxHashSet<T> {
    map: FxHashMap<T, ()>,
}

impl<T> Default for FxHashSet<T> {
    fn default() -> Self {
        FxHashSet {
            map: FxHashMap::default(),
        }
    }
}

impl<T: fmt::Debug> fmt::Debug for FxHashSet<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl<T> FxHashSet<T> {
    /// The values.
    pub fn iter(&self) -> impl Iterator<Item = &T> {
        self.map.keys()
    }
}

impl<T: Hash + Eq> FxHashSet<T> {
    /// Adds `value`; false when the set had it already.
    pub fn insert(&mut self, value: T) -> bool {
        match self.map.entry(value) {
            Entry::Occupied(_) => false,
            Entry::Vacant(v) => {
                v.insert(());
                true
            }
        }
    }

    /// Whether the set has `value`.
    #[inline]
    pub fn contains<Q: Hash + Eq + ?Sized>(&self, value: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.map.contains_key(value)
    }
}

impl<T> IntoIterator for FxHashSet<T> {
    type Item = T;
    type IntoIter = std::iter::Map<std::vec::IntoIter<(T, ())>, fn((T, ())) -> T>;
    fn into_iter(self) -> Self::IntoIter {
        self.map.into_iter().map(|(t, ())| t)
    }
}

impl<T: Hash + Eq> Extend<T> for FxHashSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, items: I) {
        for t in items {
            self.insert(t);
        }
    }
}

impl<T: Hash + Eq> FromIterator<T> for FxHashSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        let mut set = Self::default();
        set.extend(items);
        set
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_work_and_hashes_differ() {
        let mut m: FxHashMap<String, u32> = FxHashMap::default();
        m.insert("روسيا".into(), 1);
        m.insert("روسيه".into(), 2);
        assert_eq!(m.get("روسيا"), Some(&1));
        assert_eq!(m.get("روسيه"), Some(&2));
        let h = |s: &str| {
            let mut x = FxHasher::default();
            x.write(s.as_bytes());
            x.finish()
        };
        assert_ne!(h("ab"), h("ba"));
    }

    /// Inserts, overwrites and removals, checked against std's map after
    /// every step: keys that share a home slot (probe chains that wrap
    /// round the end), and removals inside chains (backward shifts) and of
    /// the last entry.
    #[test]
    fn compact_map_agrees_with_std() {
        use std::collections::HashMap;
        /// (insert or remove, key, value)
        const STEPS: &[(bool, u32, u32)] = &[
            (true, 1, 10),
            (true, 2, 20),
            (true, 1, 11),
            (false, 1, 0),
            (false, 7, 0),
            (true, 3, 30),
            (false, 3, 0),
            (false, 2, 0),
            (true, 2, 22),
        ];
        let mut ours: FxHashMap<u32, u32> = FxHashMap::default();
        let mut std_map: HashMap<u32, u32> = HashMap::new();
        // The table steps, then a thousand generated ones (enough to grow
        // the index several times and collide often).
        let generated = (0..1000u32).map(|i| (i % 3 != 0, i * 7 % 97, i));
        for (n, (insert, k, v)) in STEPS.iter().copied().chain(generated).enumerate() {
            if insert {
                assert_eq!(ours.insert(k, v), std_map.insert(k, v), "step {n}");
            } else {
                assert_eq!(ours.remove(&k), std_map.remove(&k), "step {n}");
            }
            assert_eq!(ours.len(), std_map.len(), "step {n}");
            for key in 0..100 {
                assert_eq!(ours.get(&key), std_map.get(&key), "step {n}, key {key}");
            }
        }
        let mut pairs: Vec<(u32, u32)> = ours.iter().map(|(&k, &v)| (k, v)).collect();
        let mut want: Vec<(u32, u32)> = std_map.into_iter().collect();
        pairs.sort_unstable();
        want.sort_unstable();
        assert_eq!(pairs, want);
    }

    /// Entries, borrowed lookups and the set.
    #[test]
    fn compact_map_entries_and_sets() {
        let mut m: FxHashMap<String, Vec<u32>> = FxHashMap::default();
        for (k, v) in [("a", 1), ("b", 2), ("a", 3)] {
            m.entry(k.to_string()).or_default().push(v);
        }
        assert_eq!(m["a"], [1, 3]);
        assert_eq!(m.get("b").map(Vec::len), Some(1));
        assert!(matches!(m.entry("b".into()), Entry::Occupied(o) if o.get() == &[2]));
        assert!(matches!(m.entry("c".into()), Entry::Vacant(_)));
        assert!(
            !m.contains_key("c"),
            "a vacant entry left alone adds nothing"
        );
        let set: FxHashSet<&str> = ["x", "y", "x"].into_iter().collect();
        assert_eq!(set.iter().count(), 2);
        assert!(set.contains("y") && !set.contains("z"));
    }

    #[test]
    fn tail_words_are_the_padded_bytes() {
        let bytes: Vec<u8> = (1..=7).map(|b| b * 0x11).collect();
        for n in 1..=7 {
            let mut buf = [0u8; 8];
            buf[..n].copy_from_slice(&bytes[..n]);
            assert_eq!(tail_word(&bytes[..n]), u64::from_le_bytes(buf), "{n} bytes");
        }
    }
}
