//! `set`/`frozenset` storage laid out like CPython's (linear probes, then perturbation),
//! so iteration order, and therefore printed output, matches CPython's.

use crate::vm::dict::{EqFn, simple_eq};
use crate::vm::value::{PyResult, Value};

const LINEAR_PROBES: usize = 9;
const MIN_SIZE: usize = 8;
const DUMMY_HASH: i64 = -1;

#[derive(Clone)]
pub struct SetEntry {
    pub hash: i64,
    /// `Undef` for empty (hash 0) and dummy (hash -1) slots.
    pub key: Value,
}

impl SetEntry {
    const EMPTY: SetEntry = SetEntry {
        hash: 0,
        key: Value::Undef,
    };
}

pub struct SetTable {
    pub slots: Vec<SetEntry>,
    pub fill: usize,
    pub used: usize,
    finger: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable {
            slots: vec![SetEntry::EMPTY; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }
}

enum Probe {
    Found(usize),
    /// The key is absent: the first dummy slot on its probe sequence if any,
    /// else the empty slot that ended it (and whether that is the case).
    Empty(usize, bool),
    /// A key needing a Python-level comparison at this slot.
    Compare(usize, Value),
}

/// Where a lookup is in its probe sequence (so it can resume after a
/// Python-level comparison).
struct ProbeState {
    i: usize,
    perturb: u64,
    j: usize,
    freeslot: Option<usize>,
}

impl SetTable {
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Walk the probe sequence from slot `start_i`, stopping at a match, an empty slot,
    /// or a candidate that needs Python equality.
    fn probe(&self, hash: i64, key: &Value, state: &mut ProbeState) -> Probe {
        let mask = self.mask();
        loop {
            let ProbeState {
                ref mut i,
                ref mut perturb,
                ref mut j,
                ref mut freeslot,
            } = *state;
            let probes = if *i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            while *j <= probes {
                let idx = *i + *j;
                *j += 1;
                let e = &self.slots[idx];
                if e.key.is_undef() {
                    if e.hash == 0 {
                        return match freeslot {
                            Some(f) => Probe::Empty(*f, false),
                            None => Probe::Empty(idx, true),
                        };
                    }
                    freeslot.get_or_insert(idx);
                    continue;
                }
                if e.hash == hash {
                    if e.key.is(key) {
                        return Probe::Found(idx);
                    }
                    match simple_eq(&e.key, key) {
                        Some(true) => return Probe::Found(idx),
                        Some(false) => {}
                        None => return Probe::Compare(idx, e.key.clone()),
                    }
                }
            }
            *perturb >>= 5;
            *i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(*perturb as usize))
                & mask;
            *j = 0;
        }
    }

    /// Store an entry in the first empty slot of its probe sequence (the key
    /// is known to be absent and there are no dummies on the way).
    fn insert_clean(&mut self, e: SetEntry) {
        let mask = self.mask();
        let mut perturb = e.hash as u64;
        let mut i = (e.hash as usize) & mask;
        let free = |t: &SetTable, k: usize| t.slots[k].key.is_undef() && t.slots[k].hash == 0;
        'outer: loop {
            if free(self, i) {
                break;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if free(self, i + j) {
                        i += j;
                        break 'outer;
                    }
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
        self.slots[i] = e;
    }

    /// Rebuild with the smallest power-of-two size above `minused`.
    pub fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![SetEntry::EMPTY; size]);
        self.fill = self.used;
        for e in old.into_iter() {
            if !e.key.is_undef() {
                self.insert_clean(e);
            }
        }
    }

    /// Grow ahead of inserting about `extra` keys, as CPython does before bulk updates.
    pub fn reserve(&mut self, extra: usize) {
        if (self.fill + extra) * 5 >= self.mask() * 3 {
            self.resize((self.used + extra) * 2);
        }
    }

    /// Add all of `other`'s keys (CPython's set_merge: a table of the same size
    /// is copied as is; an empty one takes clean inserts). Returns the entries
    /// that need a full lookup because this table already had keys.
    pub fn merge(&mut self, other: &SetTable) -> Vec<(i64, Value)> {
        if other.used == 0 {
            return Vec::new();
        }
        self.reserve(other.used);
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.slots = other.slots.clone();
            self.fill = other.fill;
            self.used = other.used;
            return Vec::new();
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for e in other.slots.iter().filter(|e| !e.key.is_undef()) {
                self.insert_clean(e.clone());
            }
            return Vec::new();
        }
        other.entries()
    }

    pub fn iter_from(&self, mut pos: usize) -> Option<(usize, Value)> {
        while pos < self.slots.len() {
            if !self.slots[pos].key.is_undef() {
                return Some((pos + 1, self.slots[pos].key.clone()));
            }
            pos += 1;
        }
        None
    }

    pub fn keys(&self) -> Vec<Value> {
        self.slots
            .iter()
            .filter(|e| !e.key.is_undef())
            .map(|e| e.key.clone())
            .collect()
    }

    pub fn entries(&self) -> Vec<(i64, Value)> {
        self.slots
            .iter()
            .filter(|e| !e.key.is_undef())
            .map(|e| (e.hash, e.key.clone()))
            .collect()
    }

    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while self.slots[i].key.is_undef() {
            i = (i + 1) & mask;
        }
        let key = std::mem::take(&mut self.slots[i].key);
        self.slots[i].hash = DUMMY_HASH;
        self.used -= 1;
        self.finger = i + 1;
        Some(key)
    }
}

use crate::vm::value::PySet;
use std::cell::RefCell;

impl Default for PySet {
    fn default() -> Self {
        Self::new()
    }
}

impl PySet {
    pub fn new() -> PySet {
        PySet {
            table: RefCell::new(SetTable::default()),
        }
    }

    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn lookup(&self, hash: i64, key: &Value, eq: EqFn) -> PyResult<Probe> {
        let mut state = ProbeState {
            i: (hash as usize) & self.table.borrow().mask(),
            perturb: hash as u64,
            j: 0,
            freeslot: None,
        };
        loop {
            let r = self.table.borrow().probe(hash, key, &mut state);
            match r {
                Probe::Compare(idx, k) => {
                    if eq(&k, key)? {
                        return Ok(Probe::Found(idx));
                    }
                }
                other => return Ok(other),
            }
        }
    }

    pub fn contains(&self, hash: i64, key: &Value, eq: EqFn) -> PyResult<bool> {
        Ok(matches!(self.lookup(hash, key, eq)?, Probe::Found(_)))
    }

    /// Add a key; returns true if it was new.
    pub fn add(&self, hash: i64, key: Value, eq: EqFn) -> PyResult<bool> {
        match self.lookup(hash, &key, eq)? {
            Probe::Found(_) => Ok(false),
            Probe::Empty(idx, fresh) => {
                let mut t = self.table.borrow_mut();
                t.slots[idx] = SetEntry { hash, key };
                t.used += 1;
                if !fresh {
                    // A reused dummy: the fill is unchanged.
                    return Ok(true);
                }
                t.fill += 1;
                let mask = t.mask();
                if t.fill * 5 >= mask * 3 {
                    let n = if t.used > 50000 {
                        t.used * 2
                    } else {
                        t.used * 4
                    };
                    t.resize(n);
                }
                Ok(true)
            }
            Probe::Compare(..) => unreachable!("lookup resolves comparisons"),
        }
    }

    pub fn discard(&self, hash: i64, key: &Value, eq: EqFn) -> PyResult<bool> {
        match self.lookup(hash, key, eq)? {
            Probe::Found(idx) => {
                let old = {
                    let mut t = self.table.borrow_mut();
                    t.used -= 1;
                    t.slots[idx].hash = DUMMY_HASH;
                    std::mem::take(&mut t.slots[idx].key)
                };
                drop(old);
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.table.borrow_mut());
        drop(old);
    }

    pub fn keys(&self) -> Vec<Value> {
        self.table.borrow().keys()
    }

    /// (hash, key) pairs in table order.
    pub fn entries(&self) -> Vec<(i64, Value)> {
        self.table.borrow().entries()
    }

    /// Add all keys of `other` (CPython's set_merge).
    pub fn merge(&self, other: &PySet, eq: EqFn) -> PyResult<()> {
        if std::ptr::eq(self, other) {
            return Ok(());
        }
        let rest = {
            let o = other.table.borrow();
            self.table.borrow_mut().merge(&o)
        };
        for (h, k) in rest {
            self.add(h, k, eq)?;
        }
        Ok(())
    }

    pub fn reserve(&self, extra: usize) {
        self.table.borrow_mut().reserve(extra);
    }

    /// Take over `other`'s table (intersection_update's result).
    pub fn replace_with(&self, other: &PySet) {
        let t = std::mem::take(&mut *other.table.borrow_mut());
        let old = std::mem::replace(&mut *self.table.borrow_mut(), t);
        drop(old);
    }
}
