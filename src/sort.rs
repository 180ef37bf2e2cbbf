//! One stable sort for the whole engine.
//!
//! Every `sort_by_key` call site instantiates its own copy of the standard
//! library's stable sort: about 7 KB of WebAssembly each, and the engine had
//! a dozen of them (issue 6's download budget is 250 KB gzip). Callers here
//! pack their key into a `u128` instead; each key takes its item's index in
//! 32 spare bits, so the keys are distinct and one instance of the unstable
//! sort, of plain `u128`s (about half the work of sorting `(key, index)`
//! pairs), gives a stable order; a short permutation loop moves the items.
//! Keys that do not pack (text: names, verb forms) go through [`sort_by`],
//! a small merge sort of positions behind one comparison function.

use std::cmp::Ordering;

/// Sorts `items` by `key`, keeping equal keys in their original order.
pub fn sort_by_packed_key<T>(items: &mut [T], key: impl Fn(&T) -> u128) {
    if items.len() < 2 {
        return;
    }
    let keys: Vec<u128> = items.iter().map(key).collect();
    // Callers often pass lists that are already in order (spans in text order).
    if keys.windows(2).all(|w| w[0] <= w[1]) {
        return;
    }
    let mut source = stable_order(&keys);
    permute(items, &mut source);
}

/// Sorts `items` by `compare`, keeping equal items in their original order,
/// as `slice::sort_by` does, for keys that do not pack into a `u128`. Meant
/// for short lists off the scan's hot path (an export's actors, a verb's
/// forms): its one copy of code serves every caller, where each
/// `slice::sort_by` call site instantiated the standard library's stable sort.
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    let mut source = stable_order_by(items.len(), &|a, b| compare(&items[a], &items[b]));
    permute(items, &mut source);
}

/// The positions `0..len` in the order of `compare` (which compares the
/// items at two positions), equal items in their original order: a bottom-up
/// merge sort, not generic, so the wasm carries it once.
fn stable_order_by(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    let mut merged = vec![0; len];
    let mut width = 1;
    while width < len {
        for start in (0..len).step_by(2 * width) {
            let middle = (start + width).min(len);
            let end = (start + 2 * width).min(len);
            let (mut left, mut right) = (start, middle);
            for slot in &mut merged[start..end] {
                // The right run's item goes first only when strictly less: stable.
                if right < end && (left == middle || compare(order[right], order[left]) == Ordering::Less) {
                    *slot = order[right];
                    right += 1;
                } else {
                    *slot = order[left];
                    left += 1;
                }
            }
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    order
}

/// `first` then `second`, sorted by `key` as [`sort_by_packed_key`] would
/// sort them: when each list is in order already (claims and actors, each in
/// text order), one merge instead of a sort.
pub fn merge_by_packed_key<T>(first: Vec<T>, second: Vec<T>, key: impl Fn(&T) -> u128) -> Vec<T> {
    let mut out = Vec::with_capacity(first.len() + second.len());
    merge_by_packed_key_into(&mut out, first, second, key);
    out
}

/// [`merge_by_packed_key`] appended to `out` (no vector of its own).
pub fn merge_by_packed_key_into<T>(out: &mut Vec<T>, first: Vec<T>, second: Vec<T>, key: impl Fn(&T) -> u128) {
    let in_order = |items: &[T]| items.windows(2).all(|w| key(&w[0]) <= key(&w[1]));
    if !in_order(&first) || !in_order(&second) {
        let mut all = first;
        all.extend(second);
        sort_by_packed_key(&mut all, key);
        out.extend(all);
        return;
    }
    let mut second = second.into_iter().peekable();
    for item in first {
        // Equal keys: the item of `first` goes first, as in a stable sort.
        while let Some(next) = second.next_if(|s| key(s) < key(&item)) {
            out.push(next);
        }
        out.push(item);
    }
    out.extend(second);
}

/// The low 32 bits of a key, where its index goes.
const INDEX_BITS: u128 = u32::MAX as u128;

/// The positions of `keys` in stable sorted order.
fn stable_order(keys: &[u128]) -> Vec<usize> {
    if keys.len() > u32::MAX as usize {
        // Indices would not fit their 32 bits; no scanned page comes near.
        return (0..keys.len()).collect();
    }
    if keys.iter().all(|k| k & INDEX_BITS == 0) {
        // `pack` keys: the last field is free.
        return sorted_by_tag(keys.iter().enumerate().map(|(i, k)| k | i as u128).collect());
    }
    if keys.iter().all(|k| k >> 96 == 0) {
        return sorted_by_tag(keys.iter().enumerate().map(|(i, k)| k << 32 | i as u128).collect());
    }
    // Keys using all 128 bits: two passes, the low half first, then the
    // high half with the rank from the first pass as tie-break.
    let by_low = sorted_by_tag(keys.iter().enumerate().map(|(i, k)| (*k as u64 as u128) << 32 | i as u128).collect());
    let mut rank = vec![0u128; keys.len()];
    for (r, &i) in by_low.iter().enumerate() {
        rank[i] = r as u128;
    }
    let by_high = sorted_by_tag(keys.iter().zip(&rank).map(|(k, r)| (k >> 64) << 32 | r).collect());
    by_high.into_iter().map(|r| by_low[r]).collect()
}

/// Sorts keys that carry a distinct tag in their low 32 bits and returns
/// the tags in key order.
fn sorted_by_tag(mut tagged: Vec<u128>) -> Vec<usize> {
    tagged.sort_unstable();
    tagged.into_iter().map(|k| (k & INDEX_BITS) as usize).collect()
}

/// Rearranges `items` so that position `k` receives the item that was at
/// `source[k]`; `source` must be a permutation of `0..items.len()` and is
/// used up (each position is marked done by pointing at itself).
fn permute<T>(items: &mut [T], source: &mut [usize]) {
    for start in 0..source.len() {
        // Walk the cycle through `start`: each step pulls the wanted item in.
        let mut k = start;
        loop {
            let next = source[k];
            source[k] = k;
            if next == start || next == k {
                break;
            }
            items.swap(k, next);
            k = next;
        }
    }
}

/// Packs up to four 32-bit fields into one key, most significant first.
/// Offsets and counts past `u32::MAX` saturate (texts are capped far below).
pub fn pack(fields: [usize; 4]) -> u128 {
    fields.iter().fold(0u128, |key, &f| (key << 32) | f.min(u32::MAX as usize) as u128)
}

/// A field that sorts in descending order inside [`pack`].
pub fn descending(field: usize) -> usize {
    (u32::MAX as usize).saturating_sub(field)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        // Pseudo-random lists with many equal keys: order of equal keys must be kept.
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for len in [0usize, 1, 2, 3, 7, 16, 100, 1000] {
            let items: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    ((seed % 5) as u8, i)
                })
                .collect();
            let mut ours = items.clone();
            sort_by_packed_key(&mut ours, |&(k, _)| k as u128);
            let mut std = items;
            std.sort_by_key(|&(k, _)| k);
            assert_eq!(ours, std, "length {len}");
        }
    }

    #[test]
    fn sorts_keys_of_every_width_stably() {
        // (shift of a high field, whether the low field is used): `pack`
        // keys, narrow keys, keys past 96 bits and keys using all 128 bits.
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for (shift, low) in [(40u32, false), (0, true), (70, true), (100, false), (100, true)] {
            let items: Vec<(u128, usize)> = (0..300)
                .map(|i| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    (((seed % 7) as u128) << shift | if low { (seed % 3) as u128 } else { 0 }, i)
                })
                .collect();
            let mut ours = items.clone();
            sort_by_packed_key(&mut ours, |&(k, _)| k);
            let mut std = items;
            std.sort_by_key(|&(k, _)| k);
            assert_eq!(ours, std, "shift {shift}, low field {low}");
        }
    }

    #[test]
    fn merging_is_sorting_the_two_lists_one_after_the_other() {
        // (key, which list, position): sorted lists, with keys shared by
        // both, and unsorted ones.
        let lists: [(&[u8], &[u8]); 5] = [
            (&[1, 3, 3, 5], &[0, 3, 4, 9]),
            (&[], &[2, 2]),
            (&[7], &[]),
            (&[2, 1], &[0, 5]),
            (&[1, 2], &[3, 3, 0]),
        ];
        for (a, b) in lists {
            let tag = |list: u8, keys: &[u8]| keys.iter().enumerate().map(|(i, &k)| (k, list, i)).collect::<Vec<_>>();
            let merged = merge_by_packed_key(tag(0, a), tag(1, b), |&(k, _, _)| k as u128);
            let mut sorted = tag(0, a);
            sorted.extend(tag(1, b));
            sorted.sort_by_key(|&(k, _, _)| k);
            assert_eq!(merged, sorted, "{a:?} {b:?}");
            // Appended after what a list holds already.
            let mut appended = vec![(0, 9, 9)];
            merge_by_packed_key_into(&mut appended, tag(0, a), tag(1, b), |&(k, _, _)| k as u128);
            assert_eq!(appended[1..], sorted, "{a:?} {b:?} appended");
        }
    }

    #[test]
    fn sort_by_sorts_like_the_standard_stable_sort() {
        // Pseudo-random (key, tie-break, position) lists: a comparison of two
        // fields, many equal items whose order must be kept.
        let mut seed = 0x5851_f42d_4c95_7f2du64;
        for len in [0usize, 1, 2, 3, 5, 8, 9, 31, 64, 100, 257] {
            let items: Vec<(u8, bool, usize)> = (0..len)
                .map(|i| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    ((seed % 6) as u8, seed % 3 == 0, i)
                })
                .collect();
            let compare = |a: &(u8, bool, usize), b: &(u8, bool, usize)| a.0.cmp(&b.0).then(b.1.cmp(&a.1));
            let mut ours = items.clone();
            sort_by(&mut ours, compare);
            let mut std = items;
            std.sort_by(compare);
            assert_eq!(ours, std, "length {len}");
        }
    }

    #[test]
    fn sorts_reversed_and_sorted_input() {
        let mut down: Vec<u32> = (0..50).rev().collect();
        sort_by_packed_key(&mut down, |&x| x as u128);
        assert_eq!(down, (0..50).collect::<Vec<_>>());
        let mut up: Vec<u32> = (0..50).collect();
        sort_by_packed_key(&mut up, |&x| x as u128);
        assert_eq!(up, (0..50).collect::<Vec<_>>());
    }

    #[test]
    fn packed_fields_compare_most_significant_first() {
        assert!(pack([1, 0, 0, 0]) > pack([0, 9, 9, 9]));
        assert!(pack([1, 2, 0, 0]) < pack([1, 3, 0, 0]));
        assert!(pack([0, 0, 0, 1]) > pack([0, 0, 0, 0]));
        assert!(pack([0, descending(5), 0, 0]) < pack([0, descending(4), 0, 0]));
        assert_eq!(pack([usize::MAX, 0, 0, 0]), pack([u32::MAX as usize, 0, 0, 0]));
    }
}
