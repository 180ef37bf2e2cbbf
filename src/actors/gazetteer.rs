//! The gazetteer's look-up table: folded key → entry, and whether the key is a proper token
//! prefix of a longer key (so a longest match goes on), in one probe.
//!
//! Made at start-up from keys build.rs computed (`lexicon::read_gazetteer`), so it is built
//! without a string allocation per name (issue 6): the keys lie one after another in one
//! string, the records point into it (a prefix into its name's key), and an open-addressing
//! array of record numbers finds them.

use super::lexicon::GazEntry;
use crate::text::fast_hash::FastHasher;
use std::hash::Hasher;

#[derive(Default)]
pub struct GazTable {
    /// The keys, one after another.
    text: String,
    records: Vec<Record>,
    /// Record number + 1 (0: an empty slot); a power of two of slots, at most half of them full.
    slots: Box<[u32]>,
}

#[derive(Clone, Copy)]
struct Record {
    start: u32,
    len: u32,
    /// `None`: the key is only a prefix of longer keys.
    entry: Option<GazEntry>,
    /// The key is a proper token prefix of a longer key.
    prefix: bool,
}

/// What the table knows of a key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    pub entry: Option<GazEntry>,
    /// A longer key starts with this one and a space.
    pub prefix: bool,
}

#[inline]
fn hash(key: &[u8]) -> u64 {
    let mut h = FastHasher::default();
    h.write(key);
    h.finish()
}

impl GazTable {
    /// An empty table with room for about `keys` keys.
    pub fn with_capacity(keys: usize) -> GazTable {
        GazTable {
            text: String::with_capacity(keys * 12),
            records: Vec::with_capacity(keys),
            slots: vec![0; (2 * keys).next_power_of_two().max(16)].into_boxed_slice(),
        }
    }

    fn key(&self, r: &Record) -> &[u8] {
        &self.text.as_bytes()[r.start as usize..(r.start + r.len) as usize]
    }

    /// The slot holding `key`, or the empty slot where it would go; and its record number.
    // (One copy in the WebAssembly build, whose download has a size budget.)
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn probe(&self, key: &[u8]) -> (usize, Option<usize>) {
        let mask = self.slots.len() - 1;
        // The high bits: the hash's last multiply mixes every byte into them.
        let mut slot = (hash(key) >> (64 - self.slots.len().trailing_zeros())) as usize & mask;
        loop {
            match self.slots[slot] {
                0 => return (slot, None),
                n => {
                    let r = &self.records[n as usize - 1];
                    if self.key(r) == key {
                        return (slot, Some(n as usize - 1));
                    }
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    /// What the table knows of `key`: `None` when it is neither a name nor a prefix of one.
    #[inline]
    pub fn get(&self, key: &str) -> Option<Found> {
        let (_, found) = self.probe(key.as_bytes());
        found.map(|r| {
            let r = &self.records[r];
            Found { entry: r.entry, prefix: r.prefix }
        })
    }

    /// The entry of a name's key.
    #[inline]
    pub fn entry(&self, key: &str) -> Option<GazEntry> {
        self.get(key).and_then(|f| f.entry)
    }

    /// Adds a name's entry under `key`. A key added again keeps the languages of both and the
    /// entry of the kind that says most (`GazKind::rank`; the first of equal rank). Whether the
    /// key is new.
    pub fn add(&mut self, key: &str, entry: GazEntry) -> bool {
        match self.probe(key.as_bytes()) {
            (_, Some(r)) => {
                let record = &mut self.records[r];
                match &mut record.entry {
                    Some(old) => {
                        let (french, english) = (old.french || entry.french, old.english || entry.english);
                        if entry.kind.rank() < old.kind.rank() {
                            *old = entry;
                        }
                        old.french = french;
                        old.english = english;
                    }
                    none => *none = Some(entry),
                }
                false
            }
            (slot, None) => {
                let start = self.text.len() as u32;
                self.text.push_str(key);
                self.insert(slot, Record { start, len: key.len() as u32, entry: Some(entry), prefix: false });
                true
            }
        }
    }

    fn insert(&mut self, slot: usize, record: Record) {
        self.records.push(record);
        self.slots[slot] = self.records.len() as u32;
        if 2 * self.records.len() > self.slots.len() {
            self.grow();
        }
    }

    #[inline(never)]
    fn grow(&mut self) {
        self.slots = vec![0; 2 * self.slots.len()].into_boxed_slice();
        for n in 0..self.records.len() {
            let (slot, _) = self.probe(self.key(&self.records[n]));
            self.slots[slot] = n as u32 + 1;
        }
    }

    /// Marks every proper token prefix of the names' keys (`corée` of `corée du nord`), once
    /// every name is added.
    pub fn add_prefixes(&mut self) {
        for n in 0..self.records.len() {
            let Record { start, len, .. } = self.records[n];
            let mut end = 0;
            while let Some(space) = self.text.as_bytes()[(start + end) as usize..(start + len) as usize].iter().position(|&b| b == b' ') {
                end += space as u32;
                match self.probe(&self.text.as_bytes()[start as usize..(start + end) as usize]) {
                    (_, Some(r)) => self.records[r].prefix = true,
                    (slot, None) => self.insert(slot, Record { start, len: end, entry: None, prefix: true }),
                }
                end += 1;
            }
        }
    }

    /// Every name's key and entry (not the prefixes).
    #[cfg(test)]
    pub fn names(&self) -> impl Iterator<Item = (&str, GazEntry)> + Clone {
        self.records.iter().filter_map(|r| Some((&self.text[r.start as usize..(r.start + r.len) as usize], r.entry?)))
    }

    /// Every key that is a proper token prefix of another.
    #[cfg(test)]
    pub fn prefixes(&self) -> impl Iterator<Item = &str> {
        self.records.iter().filter(|r| r.prefix).map(|r| &self.text[r.start as usize..(r.start + r.len) as usize])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actors::lexicon::GazKind;

    #[test]
    fn keys_merge_and_prefixes_are_marked() {
        let entry = |kind, french, english| GazEntry { kind, code: None, all_caps: false, french, english };
        let mut table = GazTable::with_capacity(1);
        table.add("coree du nord", entry(GazKind::Country, true, false));
        table.add("andorre", entry(GazKind::City, true, false));
        table.add("andorre", entry(GazKind::Country, false, true));
        table.add("coree", entry(GazKind::Country, true, false));
        for k in 0..100 {
            table.add(&format!("ville {k}"), entry(GazKind::City, true, true));
        }
        table.add_prefixes();
        assert_eq!(table.entry("andorre"), Some(entry(GazKind::Country, true, true)));
        assert_eq!(table.get("coree"), Some(Found { entry: Some(entry(GazKind::Country, true, false)), prefix: true }));
        assert_eq!(table.get("coree du"), Some(Found { entry: None, prefix: true }));
        assert_eq!(table.get("coree du nord"), Some(Found { entry: Some(entry(GazKind::Country, true, false)), prefix: false }));
        assert_eq!(table.get("ville"), Some(Found { entry: None, prefix: true }));
        assert_eq!(table.entry("ville 99"), Some(entry(GazKind::City, true, true)));
        assert_eq!(table.get("nord"), None);
        assert_eq!(table.get(""), None);
        assert_eq!(table.names().count(), 103);
        let mut prefixes: Vec<&str> = table.prefixes().collect();
        prefixes.sort();
        assert_eq!(prefixes, ["coree", "coree du", "ville"]);
    }
}
