//! The tagger's weights and their compact binary form.
//!
//! File layout (all integers little-endian; `varint` is LEB128, `zigzag` the
//! usual signed mapping onto it):
//!
//! ```text
//! magic "NLTG", version u8, tag count u8
//! scale f32          weight = quantised value * scale
//! temperature f32    score = logistic(margin / temperature)
//! (tags + 1) * tags zigzag   transitions, first row from the sentence start
//! feature count varint
//! count u8           feature hashes, ascending, as gaps from the previous
//!                    one, each capped at 255 ...
//! varint ...         ... and the rest (gap - 255) of each capped gap
//! 21 prefix codes    the mask code, then per spread class (a feature
//!                    weighing on two tags or fewer, on more) the row-sum
//!                    code and one weight code per tag; each as its longest
//!                    length L u8, L varints (how many codes of each
//!                    length 1..=L), then its symbols varint in code order
//! bits ...           per feature, most significant bit first: its tag mask
//!                    (bit t: a weight for tag t), the zigzag sum of its
//!                    weights, then the zigzag weights of its tags but the
//!                    lowest, whose weight is the sum less the others;
//!                    padded with zero bits to a byte
//! ```
//!
//! Version 2 (session 11) wrote masks and weights as bytes for gzip to
//! compress: 33.6 KB gzip of the 49 KB. Version 3 (session 24) codes
//! them with canonical prefix (Huffman) codes: a weight's spread class and
//! tag tell much of its size (a feature weighing on two tags has larger
//! weights), and the perceptron's updates add to one tag what they take
//! from another, so most rows sum to 0 and the sum is cheaper to code than
//! the weight of the lowest tag (mostly `O`, the largest weights).

#[cfg(not(target_arch = "wasm32"))]
use super::features::MemoryTables;
use super::N_TAGS;

/// First bytes of a model file.
const MAGIC: &[u8; 4] = b"NLTG";
/// Format version written and understood.
const VERSION: u8 = 3;
/// Largest hash gap written in one byte; a gap this large or larger has its
/// rest after all the gaps' bytes.
const GAP_CAP: u8 = u8::MAX;
/// Longest prefix code read (the codes of a model with fewer than 2^16
/// features are far shorter).
const MAX_CODE_LEN: usize = 24;
/// Spread classes: features weighing on two tags or fewer, on more. Their
/// weights' sizes differ (a few more classes save less than their tables
/// cost).
const SPREAD_CLASSES: usize = 2;
/// Prefix codes per spread class: the row sums', then one per tag.
const CODES_PER_CLASS: usize = N_TAGS + 1;
/// Prefix codes in a file: the masks', then each class's.
const CODES: usize = 1 + SPREAD_CLASSES * CODES_PER_CLASS;

/// The spread class of a feature with weights for `tags` tags.
fn spread_class(tags: u32) -> usize {
    usize::from(tags > 2)
}

/// Index in a file's codes of the row-sum code of spread class `class`
/// (its tag codes follow it, tag `t` at `+ 1 + t`).
fn sum_code(class: usize) -> usize {
    1 + class * CODES_PER_CLASS
}

/// The masks' code, first in a file.
const MASK_CODE: usize = 0;

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

/// The lookup table from feature hash to weights, built on first use: an
/// array indexed by the hash itself holding each feature's row number
/// (feature hashes are [`super::features`]' 20-bit values, so the array is
/// 2 MB of `u16`), then one row read. Two loads and no compares per
/// feature, where the bucketed hash table this replaces needed two cache
/// lines and eight compares. A model whose hashes do not fit (wider hashes,
/// or more rows than a `u16` numbers) is searched in its sorted hashes
/// instead. Natively also the second pass's memory scores, worked out
/// once per model (`MemoryTables`).
#[derive(Debug, Clone, Default)]
pub(crate) struct Lookup(
    std::sync::OnceLock<Table>,
    #[cfg(not(target_arch = "wasm32"))] std::sync::OnceLock<MemoryTables>,
);

impl PartialEq for Lookup {
    /// A cache: two models are equal whatever their caches hold.
    fn eq(&self, _: &Lookup) -> bool {
        true
    }
}

/// Widest feature hash that the direct table indexes (4 MB of `u16` at
/// most).
const DIRECT_BITS: u32 = 21;

// How the direct table stores its rows and adds them up: packed natively
// (see `packed`); plain in the browser build, where the packing code costs
// more download size than it saves time.
#[cfg(not(target_arch = "wasm32"))]
use packed::{add_rows, table_index, table_rows, Index, Rows};
#[cfg(target_arch = "wasm32")]
use plain::{add_rows, table_index, table_rows, Index, Rows};

/// Rows packed for adding many at once.
#[cfg(not(target_arch = "wasm32"))]
mod packed {
    use super::N_TAGS;

    /// Tags packed into one `u64` of a [`Row`], 16 bits each.
    const LANES: usize = 4;

    /// A row of weights: tag `t` in bits `16 * (t % LANES)` of word
    /// `t / LANES`, as the weight plus [`BIAS`] (0..=255). Three `u64`
    /// additions add all tags.
    pub(super) type Row = [u64; N_TAGS.div_ceil(LANES)];

    /// The packed sum of no rows.
    pub(super) const EMPTY: Row = [0; N_TAGS.div_ceil(LANES)];

    /// Added to every packed weight so that lanes never go negative.
    const BIAS: i32 = 128;

    /// One in every lane of a packed word.
    const EVERY_LANE: u64 = 0x0001_0001_0001_0001;

    /// Most rows summed before the lanes are read: 256 * 255 < 2^16, so
    /// no lane carries into the next.
    pub(super) const CHUNK: usize = 256;

    /// Slots of [`Rows`]: one for every row number a `u16` index holds,
    /// so that reading a row needs no bounds check.
    const ROW_SLOTS: usize = 1 << u16::BITS;

    /// The rows of the direct table, in all [`ROW_SLOTS`] slots. The
    /// slots past the model's rows are zero pages never written (nor, as
    /// memory, made resident).
    pub(super) type Rows = Box<[Row; ROW_SLOTS]>;

    /// Slots of [`Index`]: one for every hash the direct table takes, and
    /// one more, always 0, that every wider hash reads.
    const INDEX_SLOTS: usize = (1 << super::DIRECT_BITS) + 1;

    /// The row of each hash, in all [`INDEX_SLOTS`] slots, so that a hash
    /// is looked up with no branch (the slots past the model's largest
    /// hash are zero pages never written).
    pub(super) type Index = Box<[u16; INDEX_SLOTS]>;

    /// The index of `hashes` (all below `1 << DIRECT_BITS`), whose rows are
    /// 1, 2, ... in order.
    pub(super) fn table_index(hashes: &[u32]) -> Index {
        let mut index = vec![0u16; INDEX_SLOTS];
        for (k, &h) in hashes.iter().enumerate() {
            index[h as usize] = k as u16 + 1;
        }
        index
            .into_boxed_slice()
            .try_into()
            .unwrap_or_else(|_| unreachable!("the vector has INDEX_SLOTS slots"))
    }

    /// The rows of the table: row 0 all zero weights, then one per
    /// weights of `weights` (fewer than [`ROW_SLOTS`] in all), packed
    /// straight into their slots.
    pub(super) fn table_rows(weights: &[[i8; N_TAGS]]) -> Rows {
        let mut all = vec![[0u64; N_TAGS.div_ceil(LANES)]; ROW_SLOTS];
        let zero = [0; N_TAGS];
        for (slot, w) in all.iter_mut().zip(std::iter::once(&zero).chain(weights)) {
            *slot = row(w);
        }
        all.into_boxed_slice()
            .try_into()
            .unwrap_or_else(|_| unreachable!("the vector has ROW_SLOTS rows"))
    }

    /// Packs one row of weights.
    fn row(weights: &[i8; N_TAGS]) -> Row {
        let mut p = [0u64; N_TAGS.div_ceil(LANES)];
        for (t, &w) in weights.iter().enumerate() {
            p[t / LANES] |= ((i32::from(w) + BIAS) as u64) << (16 * (t % LANES));
        }
        p
    }

    /// Adds the rows `index` gives `features` (row 0 for a hash beyond it).
    pub(super) fn add_rows(
        index: &Index,
        rows: &Rows,
        features: &[u32],
        scores: &mut [i32; N_TAGS],
    ) {
        for chunk in features.chunks(CHUNK) {
            let mut sum = [0u64; N_TAGS.div_ceil(LANES)];
            sum_rows(index, rows, chunk, &mut sum);
            read(&sum, chunk.len(), scores);
        }
    }

    /// Adds the packed rows of `features` (at most [`CHUNK`] with the rows
    /// `sum` holds already) to `sum`.
    #[inline(always)]
    pub(super) fn sum_rows(index: &Index, rows: &Rows, features: &[u32], sum: &mut Row) {
        for &f in features {
            let row = usize::from(index[(f as usize).min(INDEX_SLOTS - 1)]);
            for (s, &w) in sum.iter_mut().zip(&rows[row]) {
                *s += w;
            }
        }
    }

    /// Adds the scores of the packed sum `sum` of `n` rows (at most
    /// [`CHUNK`]) to `scores`.
    #[inline(always)]
    pub(super) fn read(sum: &Row, n: usize, scores: &mut [i32; N_TAGS]) {
        // Each lane holds BIAS * n + score; moved to 0x8000 + score
        // (still within 0..=65280, so no carries), its low 16 bits with
        // the top bit flipped are the score as an i16.
        let recentre = (0x8000 - BIAS as u64 * n as u64) * EVERY_LANE;
        let sum = sum.map(|s| (s + recentre) ^ (0x8000 * EVERY_LANE));
        for (t, s) in scores.iter_mut().enumerate() {
            *s += i32::from((sum[t / LANES] >> (16 * (t % LANES))) as u16 as i16);
        }
    }
}

/// Rows as they are, and a compact index: the browser build's tables are
/// built on every page load, where the direct index's megabytes of zeroed
/// memory cost more start-up time than its lookups save (compiled for the
/// tests too, which check it against the direct index).
#[cfg(any(target_arch = "wasm32", test))]
mod plain {
    #[cfg(target_arch = "wasm32")]
    use super::N_TAGS;

    /// A row of weights.
    #[cfg(target_arch = "wasm32")]
    pub(super) type Row = [i8; N_TAGS];

    /// The rows of the direct table.
    #[cfg(target_arch = "wasm32")]
    pub(super) type Rows = Vec<Row>;

    /// Hashes per word of [`Index::bits`].
    const WORD_BITS: usize = u64::BITS as usize;

    /// The row of each hash up to the largest of the model's, as a rank:
    /// one bit per hash (set for a feature), and per word of bits the
    /// number of features below it. Feature `k` (in ascending order) has
    /// row `k + 1`, the number of features below it plus one. A 20-bit
    /// hash space takes 160 KB here against 2 MB of `u16` rows.
    pub(crate) struct Index {
        bits: Vec<u64>,
        below: Vec<u16>,
    }

    impl std::fmt::Debug for Index {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "Index({} words)", self.bits.len())
        }
    }

    impl Clone for Index {
        fn clone(&self) -> Index {
            Index {
                bits: self.bits.clone(),
                below: self.below.clone(),
            }
        }
    }

    impl Index {
        /// The row of hash `f`: 0 when it is no feature.
        #[inline(always)]
        pub(super) fn row(&self, f: u32) -> usize {
            let word = f as usize / WORD_BITS;
            let Some(&bits) = self.bits.get(word) else {
                return 0;
            };
            let bit = 1u64 << (f as usize % WORD_BITS);
            if bits & bit == 0 {
                return 0;
            }
            usize::from(self.below[word]) + (bits & (bit - 1)).count_ones() as usize + 1
        }
    }

    /// The index of `hashes` (strictly ascending, fewer than `u16::MAX`),
    /// whose rows are 1, 2, ... in order.
    pub(super) fn table_index(hashes: &[u32]) -> Index {
        let size = hashes.last().map_or(0, |&h| h as usize + 1);
        let mut bits = vec![0u64; size.div_ceil(WORD_BITS)];
        for &h in hashes {
            bits[h as usize / WORD_BITS] |= 1 << (h as usize % WORD_BITS);
        }
        let mut below = Vec::with_capacity(bits.len());
        let mut n = 0u16;
        for w in &bits {
            below.push(n);
            n += w.count_ones() as u16;
        }
        Index { bits, below }
    }

    /// The rows of the table: row 0 all zero weights, then `weights`.
    #[cfg(target_arch = "wasm32")]
    pub(super) fn table_rows(weights: &[[i8; N_TAGS]]) -> Rows {
        let mut rows = Vec::with_capacity(weights.len() + 1);
        rows.push([0; N_TAGS]);
        rows.extend_from_slice(weights);
        rows
    }

    /// Adds the rows `index` gives `features` (row 0 for a hash that is no
    /// feature).
    #[cfg(target_arch = "wasm32")]
    pub(super) fn add_rows(
        index: &Index,
        rows: &Rows,
        features: &[u32],
        scores: &mut [i32; N_TAGS],
    ) {
        for &f in features {
            super::add(scores, &rows[index.row(f)]);
        }
    }
}

/// The table behind [`Lookup`].
#[derive(Debug, Clone)]
pub(crate) enum Table {
    /// `index[hash]` is the feature's row in `rows` (row 0: all zero, for
    /// hashes that are not features).
    Direct { index: Index, rows: Rows },
    /// Binary search in the model's sorted hashes.
    Sorted,
}

impl Table {
    /// The table for `hashes` (ascending) and their `weights`.
    fn build(hashes: &[u32], weights: &[[i8; N_TAGS]]) -> Table {
        // (A decoded model's hashes are strictly ascending; the browser
        // build's index needs them so.)
        let fits = hashes.last().is_none_or(|&h| h < 1 << DIRECT_BITS)
            && hashes.len() < usize::from(u16::MAX)
            && hashes.windows(2).all(|w| w[0] < w[1]);
        if !fits {
            return Table::Sorted;
        }
        // Row k + 1 holds feature k's weights (row 0: none).
        Table::Direct {
            index: table_index(hashes),
            rows: table_rows(weights),
        }
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

impl<'b> Reader<'b> {
    fn byte(&mut self) -> Result<u8, DecodeError> {
        let b = *self.bytes.get(self.at).ok_or(DecodeError::Truncated)?;
        self.at += 1;
        Ok(b)
    }
    /// The next `n` bytes.
    fn take(&mut self, n: usize) -> Result<&'b [u8], DecodeError> {
        let end = self.at.checked_add(n).ok_or(DecodeError::Truncated)?;
        let b = self.bytes.get(self.at..end).ok_or(DecodeError::Truncated)?;
        self.at = end;
        Ok(b)
    }
    fn f32(&mut self) -> Result<f32, DecodeError> {
        let mut b = [0u8; 4];
        for x in &mut b {
            *x = self.byte()?;
        }
        Ok(f32::from_le_bytes(b))
    }
    /// One LEB128 value; nearly every value of a model file (weights, hash
    /// gaps, masks) is a single byte, read without the loop.
    #[inline(always)]
    fn varint(&mut self) -> Result<u64, DecodeError> {
        match self.bytes.get(self.at) {
            Some(&b) if b < 0x80 => {
                self.at += 1;
                Ok(u64::from(b))
            }
            _ => self.varint_long(),
        }
    }
    /// [`Reader::varint`] of several bytes.
    fn varint_long(&mut self) -> Result<u64, DecodeError> {
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
    #[inline(always)]
    fn zigzag(&mut self) -> Result<i8, DecodeError> {
        i8::try_from(unzigzag(self.varint()?)).map_err(|_| DecodeError::Corrupt)
    }
    /// A varint that fits a `u16`.
    fn varint16(&mut self) -> Result<u16, DecodeError> {
        u16::try_from(self.varint()?).map_err(|_| DecodeError::Corrupt)
    }
}

/// The signed value of a zigzag-coded one.
fn unzigzag(v: u64) -> i64 {
    ((v >> 1) as i64) ^ -((v & 1) as i64)
}

/// Bits read most significant first, through a window of the next 32 or
/// more. Past the end of the bytes it reads zeros: whether it read more
/// bits than there are is told at the end ([`Bits::bytes_read`]).
struct Bits<'b> {
    bytes: &'b [u8],
    /// The next byte to move into the window.
    next: usize,
    /// The window: its `have` top bits are the next bits.
    window: u64,
    have: u32,
}

impl<'b> Bits<'b> {
    fn new(bytes: &'b [u8]) -> Bits<'b> {
        Bits {
            bytes,
            next: 0,
            window: 0,
            have: 0,
        }
    }

    /// Makes the window hold 32 bits at least.
    #[inline(always)]
    fn fill(&mut self) {
        if self.have >= 32 {
            return;
        }
        let word = match self.bytes.get(self.next..self.next + 4) {
            Some(&[a, b, c, d]) => u32::from_be_bytes([a, b, c, d]),
            _ => (0..4).fold(0, |w, k| {
                w << 8 | u32::from(self.bytes.get(self.next + k).copied().unwrap_or(0))
            }),
        };
        self.window |= u64::from(word) << (32 - self.have);
        self.have += 32;
        self.next += 4;
    }

    /// The next `n` bits (1 to 32) as a number, without reading them.
    #[inline(always)]
    fn peek(&mut self, n: u32) -> usize {
        self.fill();
        (self.window >> (u64::BITS - n)) as usize
    }

    /// Reads `n` bits peeked.
    #[inline(always)]
    fn skip(&mut self, n: u32) {
        self.window <<= n;
        self.have -= n;
    }

    fn bit(&mut self) -> u32 {
        let b = self.peek(1) as u32;
        self.skip(1);
        b
    }

    /// The bytes the bits read take (the last one padded).
    fn bytes_read(&self) -> Result<usize, DecodeError> {
        // Every byte moved into the window less the bits still in it (no
        // count kept per read).
        let read = self.next * 8 - self.have as usize;
        let n = read.div_ceil(8);
        if n > self.bytes.len() {
            return Err(DecodeError::Truncated);
        }
        Ok(n)
    }
}

/// Bits looked up at once when decoding a prefix code: nearly every code
/// read is this short (most of the few longer ones are rare masks), and
/// its tables stay small (21 of 2^10 entries).
const FAST_BITS: u32 = 10;
/// Entries of a fast table: one per value of [`FAST_BITS`] bits.
const FAST_SLOTS: usize = 1 << FAST_BITS;

/// A canonical prefix code as stored: how many codes each length has and
/// the symbols in code order (shorter codes first, then by value).
struct PrefixCode {
    counts: Vec<u32>,
    symbols: Vec<u16>,
    /// Per value of the next [`FAST_BITS`] bits, the symbol of the code
    /// they start with and its length (`length << 16 | symbol`); 0 when
    /// that code is longer. (Always that size, even for a code of shorter
    /// codes: a lookup is then a constant shift and needs no bounds check.)
    fast: Box<[u32; FAST_SLOTS]>,
    /// The first code one bit longer than [`FAST_BITS`] and the index of its
    /// symbol: where [`PrefixCode::decode_long`] starts, past the lengths
    /// the fast table answers.
    long_first: u32,
    long_index: u32,
}

impl PrefixCode {
    fn read(r: &mut Reader) -> Result<PrefixCode, DecodeError> {
        // (Plain loops: collecting into a `Result` costs the module more
        // code.)
        let longest = usize::from(r.byte()?);
        if longest > MAX_CODE_LEN {
            return Err(DecodeError::Corrupt);
        }
        let mut counts = Vec::with_capacity(longest);
        let mut total = 0u64;
        for _ in 0..longest {
            let count = r.varint()?;
            total += count;
            counts.push(u32::try_from(count).map_err(|_| DecodeError::Corrupt)?);
        }
        // Each symbol takes a byte at least.
        if total > (r.bytes.len() - r.at) as u64 {
            return Err(DecodeError::Truncated);
        }
        let mut symbols = Vec::with_capacity(total as usize);
        for _ in 0..total {
            symbols.push(r.varint16()?);
        }
        // The codes of each length are the numbers from the first of that
        // length on, in symbol order.
        let mut fast = Box::new([0u32; FAST_SLOTS]);
        let (mut first, mut index) = (0usize, 0usize);
        for len in 1..=FAST_BITS {
            let count = counts.get(len as usize - 1).map_or(0, |&c| c as usize);
            let spread = FAST_BITS - len;
            for (k, &symbol) in symbols[index..index + count].iter().enumerate() {
                let code = first + k;
                let slots = fast.get_mut(code << spread..(code + 1) << spread);
                slots
                    .ok_or(DecodeError::Corrupt)?
                    .fill(len << 16 | u32::from(symbol));
            }
            index += count;
            first = (first + count) << 1;
        }
        Ok(PrefixCode {
            counts,
            symbols,
            fast,
            long_first: first as u32,
            long_index: index as u32,
        })
    }

    /// The next symbol: looked up by its first bits when the code is
    /// short, else read a bit at a time.
    #[inline(always)]
    fn decode(&self, bits: &mut Bits) -> Result<u16, DecodeError> {
        match self.fast[bits.peek(FAST_BITS)] {
            0 => self.decode_long(bits),
            entry => {
                bits.skip(entry >> 16);
                Ok(entry as u16)
            }
        }
    }

    /// [`PrefixCode::decode`] of a code longer than the fast table's
    /// bits: those bits at once, then a bit at a time.
    fn decode_long(&self, bits: &mut Bits) -> Result<u16, DecodeError> {
        let mut code = (bits.peek(FAST_BITS) as u32) << 1;
        bits.skip(FAST_BITS);
        let (mut first, mut index) = (self.long_first, self.long_index);
        let longer = self.counts.get(FAST_BITS as usize..).unwrap_or(&[]);
        for &count in longer {
            code |= bits.bit();
            if code.wrapping_sub(first) < count {
                let k = index + (code - first);
                return self
                    .symbols
                    .get(k as usize)
                    .copied()
                    .ok_or(DecodeError::Corrupt);
            }
            index += count;
            first = (first + count) << 1;
            code <<= 1;
        }
        Err(DecodeError::Corrupt)
    }
}

/// The summed weights of some features, kept in the table's packed form
/// where it can be (native builds), so that several sums and more features
/// are added up before the lanes are read once (see
/// [`Model::add_partials`]).
#[derive(Debug, Clone, Copy)]
pub(crate) enum Partial {
    /// Packed lanes of `rows` rows (at most a chunk of them).
    #[cfg(not(target_arch = "wasm32"))]
    Packed { lanes: packed::Row, rows: u32 },
    /// The scores themselves.
    Exact([i32; N_TAGS]),
}

/// Where features go as they are made: a list of them, or (natively) a
/// running sum of their weights ([`RowSum`]).
pub(crate) trait FeatureSink {
    fn put(&mut self, feature: u32);
}

impl FeatureSink for Vec<u32> {
    #[inline(always)]
    fn put(&mut self, feature: u32) {
        self.push(feature);
    }
}

/// Packed weights summed as features are made, with no list of them in
/// between (see [`Model::row_sum`]).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) struct RowSum<'m> {
    index: &'m packed::Index,
    rows: &'m packed::Rows,
    lanes: packed::Row,
    /// Rows summed so far.
    n: usize,
    /// Most rows the sum may take (at most a chunk).
    room: usize,
}

#[cfg(not(target_arch = "wasm32"))]
impl FeatureSink for RowSum<'_> {
    #[inline(always)]
    fn put(&mut self, feature: u32) {
        packed::sum_rows(self.index, self.rows, &[feature], &mut self.lanes);
        self.n += 1;
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl RowSum<'_> {
    /// Adds the sum to `scores`.
    pub fn finish(self, scores: &mut [i32; N_TAGS]) {
        // More rows than the caller promised could carry between lanes.
        assert!(self.n <= self.room, "more features than promised");
        packed::read(&self.lanes, self.n, scores);
    }
}

/// A weight of a mask's tag: never 0.
fn nonzero_weight(w: i64) -> Result<i8, DecodeError> {
    i8::try_from(w)
        .ok()
        .filter(|&w| w != 0)
        .ok_or(DecodeError::Corrupt)
}

/// Adds one feature's weights to the scores.
fn add(scores: &mut [i32; N_TAGS], weights: &[i8; N_TAGS]) {
    for (s, &w) in scores.iter_mut().zip(weights) {
        *s += i32::from(w);
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
        let gaps = r.take(n)?;
        let mut hashes = Vec::with_capacity(n);
        let mut prev = 0u64;
        for (k, &g) in gaps.iter().enumerate() {
            let gap = match g {
                GAP_CAP => u64::from(GAP_CAP) + r.varint()?,
                _ => u64::from(g),
            };
            if k > 0 && gap == 0 {
                return Err(DecodeError::Corrupt);
            }
            prev += gap;
            hashes.push(u32::try_from(prev).map_err(|_| DecodeError::Corrupt)?);
        }
        let mut codes = Vec::with_capacity(CODES);
        for _ in 0..CODES {
            codes.push(PrefixCode::read(&mut r)?);
        }
        let mut bits = Bits::new(&bytes[r.at..]);
        let mut weights = Vec::with_capacity(n);
        for _ in 0..n {
            let mut row = [0i8; N_TAGS];
            let mask = codes[MASK_CODE].decode(&mut bits)?;
            if mask >> N_TAGS != 0 {
                return Err(DecodeError::Corrupt);
            }
            if mask != 0 {
                let sums = sum_code(spread_class(mask.count_ones()));
                let lowest = mask.trailing_zeros() as usize;
                // The tags of the mask's set bits, lowest first: the row
                // sum in the lowest tag's place, then the others' weights
                // (one call site of the inlined decoder: less code).
                let mut sum = 0;
                let mut rest = mask;
                while rest != 0 {
                    let t = rest.trailing_zeros() as usize;
                    let code = if t == lowest { sums } else { sums + 1 + t };
                    let w = unzigzag(codes[code].decode(&mut bits)?.into());
                    if t == lowest {
                        sum = w;
                    } else {
                        row[t] = nonzero_weight(w)?;
                        sum -= w;
                    }
                    rest &= rest - 1;
                }
                // The lowest tag's weight: what the others leave of the sum.
                row[lowest] = nonzero_weight(sum)?;
            }
            weights.push(row);
        }
        r.at += bits.bytes_read()?;
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

    /// The table, built on first use.
    fn table(&self) -> &Table {
        self.lookup
            .0
            .get_or_init(|| Table::build(&self.hashes, &self.weights))
    }

    /// The second pass's scores of memory codes, built by `build` on first
    /// use.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn memory_tables(&self, build: impl FnOnce(&Model) -> MemoryTables) -> &MemoryTables {
        self.lookup.1.get_or_init(|| build(self))
    }

    /// The summed weights of `features`, to be added up later by
    /// [`Model::add_partials`].
    pub fn partial(&self, features: &[u32]) -> Partial {
        #[cfg(not(target_arch = "wasm32"))]
        if let Table::Direct { index, rows } = self.table() {
            if features.len() <= packed::CHUNK {
                let mut lanes = packed::EMPTY;
                packed::sum_rows(index, rows, features, &mut lanes);
                return Partial::Packed {
                    lanes,
                    rows: features.len() as u32,
                };
            }
        }
        let mut scores = [0; N_TAGS];
        self.add_scores(features, &mut scores);
        Partial::Exact(scores)
    }

    /// Adds `parts` and the weights of `features` to `scores`: what
    /// [`Model::add_scores`] gives for all their features together. Packed
    /// parts are added lane by lane and read once when all of them and
    /// the features fit one chunk (nearly always: a position has some
    /// sixty features).
    pub fn add_partials(&self, parts: &[&Partial], features: &[u32], scores: &mut [i32; N_TAGS]) {
        #[cfg(not(target_arch = "wasm32"))]
        if let Table::Direct { index, rows } = self.table() {
            let mut lanes = packed::EMPTY;
            let mut n = features.len();
            let mut all_packed = true;
            for p in parts {
                match p {
                    Partial::Packed { lanes: l, rows } => {
                        for (s, &w) in lanes.iter_mut().zip(l) {
                            *s += w;
                        }
                        n += *rows as usize;
                    }
                    Partial::Exact(_) => all_packed = false,
                }
            }
            if all_packed && n <= packed::CHUNK {
                packed::sum_rows(index, rows, features, &mut lanes);
                packed::read(&lanes, n, scores);
                return;
            }
        }
        for p in parts {
            match p {
                #[cfg(not(target_arch = "wasm32"))]
                Partial::Packed { lanes, rows } => packed::read(lanes, *rows as usize, scores),
                Partial::Exact(s) => {
                    for (x, y) in scores.iter_mut().zip(s) {
                        *x += y;
                    }
                }
            }
        }
        self.add_scores(features, scores);
    }

    /// Natively, with the direct table: the sum of `parts` (all packed),
    /// to which at most `more` features are then added one by one as they
    /// are made ([`FeatureSink`]); [`RowSum::finish`] adds it up. What
    /// [`Model::add_partials`] gives for the same parts and features,
    /// without listing the features first. `None` when the parts and
    /// features may not fit one chunk (or the model has no direct table).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn row_sum(&self, parts: &[&Partial], more: usize) -> Option<RowSum<'_>> {
        let Table::Direct { index, rows } = self.table() else {
            return None;
        };
        let mut lanes = packed::EMPTY;
        let mut n = 0;
        for p in parts {
            match p {
                Partial::Packed { lanes: l, rows } => {
                    for (s, &w) in lanes.iter_mut().zip(l) {
                        *s += w;
                    }
                    n += *rows as usize;
                }
                Partial::Exact(_) => return None,
            }
        }
        (n + more <= packed::CHUNK).then_some(RowSum {
            index,
            rows,
            lanes,
            n,
            room: n + more,
        })
    }

    /// Adds the quantised weights of `features` to `scores` (one per tag).
    pub fn add_scores(&self, features: &[u32], scores: &mut [i32; N_TAGS]) {
        match self.table() {
            Table::Direct { index, rows } => add_rows(index, rows, features, scores),
            Table::Sorted => {
                for f in features {
                    if let Ok(k) = self.hashes.binary_search(f) {
                        add(scores, &self.weights[k]);
                    }
                }
            }
        }
    }

    /// Writes the model file.
    #[cfg(any(test, feature = "train"))]
    pub fn encode(&self) -> Vec<u8> {
        let mut out = self.encode_head();
        prefix::write_rows(&mut out, &self.row_symbols());
        out
    }

    /// The file up to the prefix codes: header, transitions, hashes.
    #[cfg(any(test, feature = "train"))]
    fn encode_head(&self) -> Vec<u8> {
        use prefix::varint;
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
        let gaps: Vec<u32> = (self.hashes.iter().scan(0, |prev, &h| {
            let gap = h - *prev;
            *prev = h;
            Some(gap)
        }))
        .collect();
        let cap = u32::from(GAP_CAP);
        out.extend(gaps.iter().map(|&g| g.min(cap) as u8));
        for &g in gaps.iter().filter(|&&g| g >= cap) {
            varint(&mut out, u64::from(g - cap));
        }
        out
    }

    /// The symbols the rows are written as, in file order, each with the
    /// index of its code.
    #[cfg(any(test, feature = "train"))]
    fn row_symbols(&self) -> Vec<(usize, u16)> {
        let mut symbols = Vec::new();
        let zigzag16 = |v: i32| ((v << 1) ^ (v >> 31)) as u16;
        for row in &self.weights {
            let tags = || (0..N_TAGS).filter(|&t| row[t] != 0);
            let mask = tags().fold(0u16, |m, t| m | 1 << t);
            symbols.push((MASK_CODE, mask));
            if mask != 0 {
                let sums = sum_code(spread_class(mask.count_ones()));
                let sum = row.iter().map(|&w| i32::from(w)).sum();
                symbols.push((sums, zigzag16(sum)));
                for t in tags().skip(1) {
                    symbols.push((sums + 1 + t, zigzag16(row[t].into())));
                }
            }
        }
        symbols
    }
}

/// Making canonical prefix codes, for [`Model::encode`].
#[cfg(any(test, feature = "train"))]
mod prefix {
    use super::MAX_CODE_LEN;
    use std::cmp::Reverse;
    use std::collections::{BTreeMap, BinaryHeap};

    /// Writes `v` as a LEB128 varint.
    pub(super) fn varint(out: &mut Vec<u8>, mut v: u64) {
        while v >= 0x80 {
            out.push((v as u8) | 0x80);
            v >>= 7;
        }
        out.push(v as u8);
    }

    /// Writes the rows' `symbols` (code index, symbol): the codes made
    /// from their counts, then their bits.
    pub(super) fn write_rows(out: &mut Vec<u8>, symbols: &[(usize, u16)]) {
        let codes: Vec<Code> = (0..super::CODES)
            .map(|c| Code::new(symbols.iter().filter(|s| s.0 == c).map(|s| s.1)))
            .collect();
        for code in &codes {
            code.write_table(out);
        }
        let mut bits = BitWriter::default();
        for &(c, s) in symbols {
            codes[c].write(s, &mut bits);
        }
        out.extend(bits.finish());
    }

    /// A canonical Huffman code: each symbol's length, and its code.
    pub(super) struct Code {
        /// Symbol to (length, code), in code order when sorted by length.
        codes: BTreeMap<u16, (usize, u32)>,
        /// Symbols by length, then value (the order the file lists them in).
        order: Vec<(usize, u16)>,
    }

    impl Code {
        /// The Huffman code of `symbols` (one code of length 1 when they
        /// are all the same).
        pub(super) fn new(symbols: impl Iterator<Item = u16>) -> Code {
            let mut counts: BTreeMap<u16, u64> = BTreeMap::new();
            for s in symbols {
                *counts.entry(s).or_default() += 1;
            }
            // Merge the two lightest trees until one is left; ties go to
            // the tree made first (symbols in value order, then merges),
            // so the code is the same on every run.
            let mut lengths: BTreeMap<u16, usize> = counts.keys().map(|&s| (s, 0)).collect();
            let mut members: Vec<Vec<u16>> = counts.keys().map(|&s| vec![s]).collect();
            let mut heap: BinaryHeap<Reverse<(u64, usize)>> = counts
                .values()
                .enumerate()
                .map(|(k, &c)| Reverse((c, k)))
                .collect();
            while heap.len() > 1 {
                let (Some(Reverse((ca, a))), Some(Reverse((cb, b)))) = (heap.pop(), heap.pop())
                else {
                    unreachable!("two trees at least");
                };
                let mut merged = std::mem::take(&mut members[a]);
                merged.append(&mut members[b]);
                for s in &merged {
                    *lengths.get_mut(s).expect("a symbol") += 1;
                }
                members.push(merged);
                heap.push(Reverse((ca + cb, members.len() - 1)));
            }
            let mut order: Vec<(usize, u16)> =
                lengths.iter().map(|(&s, &l)| (l.max(1), s)).collect();
            order.sort_unstable();
            assert!(
                order.last().is_none_or(|&(l, _)| l <= MAX_CODE_LEN),
                "a code longer than the decoder reads"
            );
            let mut codes = BTreeMap::new();
            let (mut code, mut len) = (0u32, 0);
            for &(l, s) in &order {
                code <<= l - len;
                len = l;
                codes.insert(s, (l, code));
                code += 1;
            }
            Code { codes, order }
        }

        /// Writes the code's table: longest length, codes per length,
        /// symbols.
        pub(super) fn write_table(&self, out: &mut Vec<u8>) {
            let longest = self.order.last().map_or(0, |&(l, _)| l);
            out.push(longest as u8);
            for len in 1..=longest {
                varint(out, self.order.iter().filter(|o| o.0 == len).count() as u64);
            }
            for &(_, s) in &self.order {
                varint(out, u64::from(s));
            }
        }

        /// Writes the code of `symbol`.
        pub(super) fn write(&self, symbol: u16, bits: &mut BitWriter) {
            let (len, code) = self.codes[&symbol];
            for k in (0..len).rev() {
                bits.push(code >> k & 1 != 0);
            }
        }
    }

    /// Bits written most significant first.
    #[derive(Default)]
    pub(super) struct BitWriter {
        bytes: Vec<u8>,
        /// Bits in the last byte (8 when it is full).
        used: u32,
    }

    impl BitWriter {
        fn push(&mut self, bit: bool) {
            if self.used % 8 == 0 {
                self.bytes.push(0);
                self.used = 0;
            }
            if bit {
                *self.bytes.last_mut().expect("a byte") |= 0x80 >> self.used;
            }
            self.used += 1;
        }

        /// The bytes, the last padded with zero bits.
        pub(super) fn finish(self) -> Vec<u8> {
            self.bytes
        }
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
        struct Case {
            name: &'static str,
            /// Mask of the hash bits.
            mask: u32,
            direct: bool,
        }
        let cases = [
            Case {
                name: "20-bit hashes: direct table",
                mask: (1 << 20) - 1,
                direct: true,
            },
            Case {
                name: "32-bit hashes: sorted search",
                mask: u32::MAX,
                direct: false,
            },
        ];
        for c in cases {
            // Distinct pseudo-random hashes (an odd multiplier permutes
            // the integers modulo any power of two).
            let spread = |k: u32| k.wrapping_mul(0x2545_F491) & c.mask;
            let n = 20_000u32;
            let mut hashes: Vec<u32> = (1..=n).map(spread).collect();
            hashes.sort_unstable();
            let weights: Vec<[i8; N_TAGS]> = hashes
                .iter()
                .map(|&h| std::array::from_fn(|t| (h >> t) as i8 | 1))
                .collect();
            let m = Model {
                scale: 1.0,
                temperature: 1.0,
                transitions: vec![[0; N_TAGS]; N_TAGS + 1],
                hashes: hashes.clone(),
                weights: weights.clone(),
                lookup: Lookup::default(),
            };
            let score = |f: u32| {
                let mut s = [0i32; N_TAGS];
                m.add_scores(&[f], &mut s);
                s
            };
            for (&h, w) in hashes.iter().zip(&weights) {
                assert_eq!(score(h), w.map(i32::from), "{}", c.name);
            }
            for k in n + 1..n + 1000 {
                assert_eq!(score(spread(k)), [0; N_TAGS], "{}", c.name);
            }
            assert_eq!(score(u32::MAX), [0; N_TAGS], "{}", c.name);
            let direct = matches!(m.lookup.0.get(), Some(Table::Direct { .. }));
            assert_eq!(direct, c.direct, "{}", c.name);
        }
    }

    /// The browser build's rank index gives every hash the row the direct
    /// index gives it: the shipped model's features, the hashes between
    /// and around them, and hashes past the largest.
    #[test]
    fn rank_index_rows_are_the_direct_rows() {
        let model =
            Model::decode(include_bytes!("../../data/tagger.bin")).expect("the shipped model");
        struct Case {
            name: &'static str,
            hashes: Vec<u32>,
        }
        let cases = [
            Case {
                name: "shipped model",
                hashes: model.hashes.clone(),
            },
            Case {
                name: "word edges",
                hashes: vec![0, 1, 62, 63, 64, 65, 127, 128, 300],
            },
            Case {
                name: "one feature",
                hashes: vec![5],
            },
            Case {
                name: "none",
                hashes: vec![],
            },
        ];
        for c in cases {
            let rank = plain::table_index(&c.hashes);
            let largest = c.hashes.last().map_or(0, |&h| h as usize);
            let mut direct = vec![0usize; largest + 1];
            for (k, &h) in c.hashes.iter().enumerate() {
                direct[h as usize] = k + 1;
            }
            for f in 0..largest as u32 + 200 {
                let want = direct.get(f as usize).copied().unwrap_or(0);
                assert_eq!(rank.row(f), want, "{} hash {f}", c.name);
            }
            assert_eq!(rank.row(u32::MAX), 0, "{}", c.name);
        }
    }

    /// Three features with the extreme weights and a mixed row, for the
    /// sums' overflow and exactness tests.
    fn extreme_model() -> Model {
        Model {
            scale: 1.0,
            temperature: 1.0,
            transitions: vec![[0; N_TAGS]; N_TAGS + 1],
            hashes: vec![1, 2, 3],
            weights: vec![
                [i8::MIN; N_TAGS],
                [i8::MAX; N_TAGS],
                [i8::MIN, i8::MAX, -1, 1, 0, 5, -5, 100, -100],
            ],
            lookup: Lookup::default(),
        }
    }

    #[test]
    fn partials_add_up_to_the_scores_of_all_their_features() {
        let m = extreme_model();
        // Feature lists of the lengths around a chunk (256), with unknown
        // hashes (0, 4) among them.
        let list =
            |n: usize, seed: u32| -> Vec<u32> { (0..n as u32).map(|k| (k + seed) % 5).collect() };
        struct Case {
            name: &'static str,
            parts: Vec<usize>,
            features: usize,
        }
        let cases = [
            Case {
                name: "nothing",
                parts: vec![],
                features: 0,
            },
            Case {
                name: "features only",
                parts: vec![],
                features: 7,
            },
            Case {
                name: "small parts",
                parts: vec![3, 0, 5, 1, 2],
                features: 12,
            },
            Case {
                name: "a chunk in all",
                parts: vec![100, 100, 50],
                features: 6,
            },
            Case {
                name: "one past a chunk in all",
                parts: vec![100, 100, 50],
                features: 7,
            },
            Case {
                name: "a part past a chunk",
                parts: vec![300, 2],
                features: 3,
            },
            Case {
                name: "features past a chunk",
                parts: vec![1],
                features: 600,
            },
        ];
        for c in cases {
            let lists: Vec<Vec<u32>> = c
                .parts
                .iter()
                .enumerate()
                .map(|(k, &n)| list(n, k as u32))
                .collect();
            let features = list(c.features, 9);
            let parts: Vec<Partial> = lists.iter().map(|l| m.partial(l)).collect();
            let refs: Vec<&Partial> = parts.iter().collect();
            let mut got = [7i32; N_TAGS];
            m.add_partials(&refs, &features, &mut got);
            let mut want = [7i32; N_TAGS];
            for l in lists.iter().chain([&features]) {
                m.add_scores(l, &mut want);
            }
            assert_eq!(got, want, "{}", c.name);
        }
    }

    // The packed rows exist in native builds only (see `packed`).
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn packed_sums_are_exact_past_a_chunk() {
        let m = extreme_model();
        let chunk = packed::CHUNK;
        for n in [1, chunk - 1, chunk, chunk + 1, 3 * chunk + 7] {
            for f in 0..=4u32 {
                // Unknown hashes (0 and 4) among the features add nothing.
                let features: Vec<u32> = (0..n as u32)
                    .map(|k| if k % 3 == 0 { f } else { 4 })
                    .collect();
                let mut want = [0i32; N_TAGS];
                for &x in &features {
                    if let Ok(k) = m.hashes.binary_search(&x) {
                        add(&mut want, &m.weights[k]);
                    }
                }
                let mut got = [0i32; N_TAGS];
                m.add_scores(&features, &mut got);
                assert_eq!(got, want, "{n} features of {f}");
            }
        }
    }

    /// The shipped model written again is its file, byte for byte (the
    /// trainer's `--check` relies on the encoding being deterministic).
    #[test]
    fn shipped_model_encodes_to_its_file() {
        let bytes = include_bytes!("../../data/tagger.bin");
        let model = Model::decode(bytes).expect("the shipped model");
        assert_eq!(model.encode(), bytes);
    }

    /// Prefix codes written and read back give their symbols, through the
    /// fast table and past it.
    #[test]
    fn prefix_codes_round_trip() {
        struct Case {
            name: &'static str,
            symbols: Vec<u16>,
        }
        // Symbol k repeated 2^k times: code lengths up to 17, past the
        // fast table's FAST_BITS.
        let skewed: Vec<u16> = (0..17u16).flat_map(|k| vec![k; 1 << k]).collect();
        let cases = [
            Case {
                name: "one symbol",
                symbols: vec![7; 5],
            },
            Case {
                name: "two symbols",
                symbols: vec![1, 0, 1, 1],
            },
            Case {
                name: "large values",
                symbols: vec![u16::MAX, 300, 0, 300],
            },
            Case {
                name: "uniform over 600",
                symbols: (0..600).chain(0..600).collect(),
            },
            Case {
                name: "skewed: codes longer than the fast table",
                symbols: skewed.iter().rev().copied().collect(),
            },
        ];
        for c in cases {
            let code = prefix::Code::new(c.symbols.iter().copied());
            let mut table = Vec::new();
            code.write_table(&mut table);
            let mut r = Reader {
                bytes: &table,
                at: 0,
            };
            let read = PrefixCode::read(&mut r).expect("a table");
            assert_eq!(r.at, table.len(), "{}", c.name);
            let mut writer = prefix::BitWriter::default();
            for &s in &c.symbols {
                code.write(s, &mut writer);
            }
            let bytes = writer.finish();
            let mut bits = Bits::new(&bytes);
            for &s in &c.symbols {
                assert_eq!(read.decode(&mut bits), Ok(s), "{}", c.name);
            }
            assert_eq!(bits.bytes_read(), Ok(bytes.len()), "{}", c.name);
        }
    }

    /// Files whose rows a decoder must refuse, written with the encoder's
    /// codes from symbols no model gives.
    #[test]
    fn rejects_bad_rows() {
        let model = Model {
            scale: 1.0,
            temperature: 1.0,
            transitions: vec![[0; N_TAGS]; N_TAGS + 1],
            hashes: vec![4],
            weights: vec![[3, 0, -3, 0, 0, 0, 0, 0, 1]],
            lookup: Lookup::default(),
        };
        let zigzag = |v: i32| ((v << 1) ^ (v >> 31)) as u16;
        // Mask 0b1_0000_0101 (tags 0, 2, 8: more than two), its sum, then
        // the weights of tags 2 and 8.
        let three = |sum: i32, w2: i32, w8: i32| {
            let sums = sum_code(1);
            vec![
                (MASK_CODE, 0b1_0000_0101),
                (sums, zigzag(sum)),
                (sums + 1 + 2, zigzag(w2)),
                (sums + 1 + 8, zigzag(w8)),
            ]
        };
        struct Case {
            name: &'static str,
            symbols: Vec<(usize, u16)>,
            cut: usize,
            want: Result<(), DecodeError>,
        }
        let cases = [
            Case {
                name: "the model's own rows",
                symbols: model.row_symbols(),
                cut: 0,
                want: Ok(()),
            },
            Case {
                name: "the same symbols",
                symbols: three(1, -3, 1),
                cut: 0,
                want: Ok(()),
            },
            Case {
                name: "a cut bit stream",
                symbols: three(1, -3, 1),
                cut: 1,
                want: Err(DecodeError::Truncated),
            },
            Case {
                name: "a mask past the tags",
                symbols: vec![(MASK_CODE, 1 << N_TAGS)],
                cut: 0,
                want: Err(DecodeError::Corrupt),
            },
            Case {
                name: "a lowest weight of 0",
                symbols: three(-2, -3, 1),
                cut: 0,
                want: Err(DecodeError::Corrupt),
            },
            Case {
                name: "a lowest weight past an i8",
                symbols: three(200, -3, 1),
                cut: 0,
                want: Err(DecodeError::Corrupt),
            },
            Case {
                name: "a weight of 0",
                symbols: three(1, 0, 1),
                cut: 0,
                want: Err(DecodeError::Corrupt),
            },
        ];
        for c in cases {
            let mut bytes = model.encode_head();
            prefix::write_rows(&mut bytes, &c.symbols);
            bytes.truncate(bytes.len() - c.cut);
            let got = Model::decode(&bytes).map(|m| assert_eq!(m.weights, model.weights));
            assert_eq!(got, c.want, "{}", c.name);
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
                name: "version 1",
                bytes: b"NLTG\x01\x09",
                want: DecodeError::Header,
            },
            Case {
                name: "version 2",
                bytes: b"NLTG\x02\x09",
                want: DecodeError::Header,
            },
            Case {
                name: "header only",
                bytes: b"NLTG\x03\x09",
                want: DecodeError::Truncated,
            },
        ];
        for c in cases {
            assert_eq!(Model::decode(c.bytes), Err(c.want), "{}", c.name);
        }
    }
}
