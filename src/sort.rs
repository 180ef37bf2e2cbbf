//! One stable sort for the whole engine.
//!
//! Every `sort_by_key` call site instantiates its own copy of the standard
//! library's stable sort: about 7 KB of WebAssembly each, and the engine had
//! a dozen of them (issue 6's download budget is 250 KB gzip). Callers here
//! pack their key into a `u128` instead; the `(key, index)` pairs go through
//! one instance of the unstable sort, whose index tie-break makes the order
//! stable, and a short permutation loop moves the items.

/// Sorts `items` by `key`, keeping equal keys in their original order.
pub fn sort_by_packed_key<T>(items: &mut [T], key: impl Fn(&T) -> u128) {
    if items.len() < 2 {
        return;
    }
    let mut order: Vec<(u128, usize)> = items.iter().enumerate().map(|(i, item)| (key(item), i)).collect();
    // Callers often pass lists that are already in order (spans in text order).
    if order.windows(2).all(|w| w[0].0 <= w[1].0) {
        return;
    }
    order.sort_unstable();
    let mut source: Vec<usize> = order.into_iter().map(|(_, i)| i).collect();
    permute(items, &mut source);
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
