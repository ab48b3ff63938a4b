//! Sorting without a copy of the standard library's sort per call site in
//! the browser build.
//!
//! `slice::sort_by_key` and `sort_unstable` are generic over the element
//! and the key, so every call site compiles its own driftsort or ipnsort
//! (several KB of wasm each: replacing the 17 call sites took 18.9 KB
//! gzip off the module). In the wasm build [`sort_by_key`] sorts a
//! permutation of indices with one merge sort that compares through a
//! `dyn` closure, then moves the elements into place, and
//! [`sort_unstable`] is a short merge sort of values; native builds keep
//! the standard sorts, which are faster. Both give the same order: a
//! stable sort's result is fixed by its comparisons, and [`sort_unstable`]
//! is only used on values whose equal elements are indistinguishable.
//! Callers use these rather than the slice methods.

/// True where the compact sort replaces the standard one.
const COMPACT: bool = cfg!(target_arch = "wasm32");

/// `v.sort_by_key(key)`: stable, the same order on every target.
pub(crate) fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    if COMPACT {
        sort_by_index(v, |a, b| key(a) < key(b));
    } else {
        v.sort_by_key(key);
    }
}

/// `v.sort_unstable()` for values whose equal elements are
/// indistinguishable (numbers, ids, tuples of them), so that a stable
/// sort gives the same result.
pub(crate) fn sort_unstable<T: Ord + Copy>(v: &mut [T]) {
    if COMPACT {
        if !v.windows(2).all(|w| w[0] <= w[1]) {
            merge_sort(v, &mut v.to_vec());
        }
    } else {
        v.sort_unstable();
    }
}

/// Top-down merge sort of copyable values, `buf` as long as `v`: short
/// and quick on the id and offset lists it is used for.
fn merge_sort<T: Ord + Copy>(v: &mut [T], buf: &mut [T]) {
    let n = v.len();
    if n <= SHORT {
        insertion_sort(v, |a, b| a < b);
        return;
    }
    let mid = n / 2;
    merge_sort(&mut v[..mid], &mut buf[..mid]);
    merge_sort(&mut v[mid..], &mut buf[mid..]);
    if v[mid - 1] <= v[mid] {
        return;
    }
    buf.copy_from_slice(v);
    let (mut i, mut j) = (0, mid);
    for slot in v.iter_mut() {
        let right = j < n && (i == mid || buf[j] < buf[i]);
        *slot = if right { buf[j] } else { buf[i] };
        if right {
            j += 1;
        } else {
            i += 1;
        }
    }
}

/// Stable insertion sort in place, for short slices.
fn insertion_sort<T>(v: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && less(&v[j], &v[j - 1]) {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Longest slice sorted by insertion in place rather than through indices.
const SHORT: usize = 16;

/// Stable sort of `v` by `less`. Most slices sorted here are in order
/// already or short: they are checked, or sorted by insertion, in place;
/// longer ones through the order of their indices, then the moves.
fn sort_by_index<T>(v: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    if v.windows(2).all(|w| !less(&w[1], &w[0])) {
        return;
    }
    if v.len() <= SHORT {
        insertion_sort(v, less);
        return;
    }
    let mut order = stable_order(v.len(), &mut |i, j| less(&v[i], &v[j]));
    permute(v, &mut order);
}

/// The indices `0..n` in stable order by `less`: a merge sort of the
/// slice's ascending runs (a list built in a few passes has few of them),
/// not generic, so the module holds one copy.
fn stable_order(n: usize, less: &mut dyn FnMut(usize, usize) -> bool) -> Vec<usize> {
    let mut from: Vec<usize> = (0..n).collect();
    let mut to = vec![0; n];
    // Where each run ends.
    let mut ends: Vec<usize> = (1..n).filter(|&i| less(i, i - 1)).collect();
    ends.push(n);
    while ends.len() > 1 {
        let mut lo = 0;
        let mut merged = Vec::with_capacity(ends.len().div_ceil(2));
        for pair in ends.chunks(2) {
            let (mid, hi) = (pair[0], pair[pair.len() - 1]);
            let (mut i, mut j) = (lo, mid);
            for slot in &mut to[lo..hi] {
                // Ties take the left run's element: stable.
                let right = j < hi && (i == mid || less(from[j], from[i]));
                *slot = if right { from[j] } else { from[i] };
                if right {
                    j += 1;
                } else {
                    i += 1;
                }
            }
            merged.push(hi);
            lo = hi;
        }
        std::mem::swap(&mut from, &mut to);
        ends = merged;
    }
    from
}

/// Moves `v[order[i]]` to position `i`, cycle by cycle (each element moves
/// once; `order` is used up).
fn permute<T>(v: &mut [T], order: &mut [usize]) {
    for start in 0..order.len() {
        let mut i = start;
        loop {
            let from = order[i];
            order[i] = i;
            if from == start || from == i {
                break;
            }
            v.swap(i, from);
            i = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic pseudo-random sequence.
    fn values(n: usize, seed: u64, range: u64) -> Vec<(u64, usize)> {
        let mut x = seed;
        (0..n)
            .map(|i| {
                x = x
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                ((x >> 33) % range, i)
            })
            .collect()
    }

    #[test]
    fn compact_sort_is_the_standard_stable_sort() {
        struct Case {
            n: usize,
            range: u64,
        }
        let cases = [
            Case { n: 0, range: 1 },
            Case { n: 1, range: 1 },
            Case { n: 2, range: 2 },
            Case { n: 7, range: 3 },
            Case { n: 16, range: 5 },
            Case { n: 17, range: 5 },
            // Many ties: stability shows in the second field.
            Case { n: 100, range: 4 },
            Case { n: 1000, range: 50 },
            Case {
                n: 1025,
                range: 1 << 30,
            },
        ];
        for (k, case) in cases.iter().enumerate() {
            let v = values(case.n, k as u64 + 1, case.range);
            let mut want = v.clone();
            want.sort_by_key(|&(x, _)| x);
            let mut got = v.clone();
            sort_by_index(&mut got, |a, b| a.0 < b.0);
            assert_eq!(got, want, "n {}", case.n);
            // Sorted and reversed input.
            let mut sorted = want.clone();
            sort_by_index(&mut sorted, |a, b| a.0 < b.0);
            assert_eq!(sorted, want);
            let mut reversed: Vec<_> = want.iter().rev().copied().collect();
            let mut want_rev = reversed.clone();
            want_rev.sort_by_key(|&(x, _)| x);
            sort_by_index(&mut reversed, |a, b| a.0 < b.0);
            assert_eq!(reversed, want_rev);
        }
    }

    #[test]
    fn unstable_on_values_matches_std() {
        let v: Vec<(u64, u64)> = values(500, 9, 7)
            .into_iter()
            .map(|(x, i)| (x, i as u64 % 3))
            .collect();
        let mut want = v.clone();
        want.sort_unstable();
        let mut by_index = v.clone();
        sort_by_index(&mut by_index, |a, b| a < b);
        assert_eq!(by_index, want);
        for n in [0, 1, 2, 3, 16, 17, 500] {
            let mut merged = v[..n].to_vec();
            let mut want = merged.clone();
            want.sort_unstable();
            merge_sort(&mut merged, &mut vec![(0, 0); n]);
            assert_eq!(merged, want, "n {n}");
        }
    }

    #[test]
    fn wrappers_sort() {
        let mut v = vec![3, 1, 2];
        sort_unstable(&mut v);
        assert_eq!(v, [1, 2, 3]);
        let mut w = vec![(2, 'a'), (1, 'b'), (2, 'c')];
        sort_by_key(&mut w, |p| p.0);
        assert_eq!(w, [(1, 'b'), (2, 'a'), (2, 'c')]);
    }
}
