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

pub struct SetTable {
    pub slots: Vec<SetEntry>,
    pub fill: usize,
    pub used: usize,
    finger: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable {
            slots: vec![
                SetEntry {
                    hash: 0,
                    key: Value::Undef
                };
                MIN_SIZE
            ],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }
}

enum Probe {
    Found(usize),
    Empty(usize),
    /// A key needing a Python-level comparison at this slot.
    Compare(usize, Value),
}

impl SetTable {
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Walk the probe sequence from slot `start_i`, stopping at a match, an empty slot,
    /// or a candidate that needs Python equality.
    fn probe(&self, hash: i64, key: &Value, state: &mut (usize, u64, usize)) -> Probe {
        let mask = self.mask();
        loop {
            let (ref mut i, ref mut perturb, ref mut j) = *state;
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
                        return Probe::Empty(idx);
                    }
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

    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(
            &mut self.slots,
            vec![
                SetEntry {
                    hash: 0,
                    key: Value::Undef
                };
                size
            ],
        );
        self.fill = self.used;
        let mask = size - 1;
        for e in old.into_iter() {
            if e.key.is_undef() {
                continue;
            }
            let mut perturb = e.hash as u64;
            let mut i = (e.hash as usize) & mask;
            'outer: loop {
                if self.slots[i].key.is_undef() && self.slots[i].hash == 0 {
                    break;
                }
                if i + LINEAR_PROBES <= mask {
                    for j in 1..=LINEAR_PROBES {
                        if self.slots[i + j].key.is_undef() && self.slots[i + j].hash == 0 {
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
        let mut state = {
            let t = self.table.borrow();
            ((hash as usize) & t.mask(), hash as u64, 0usize)
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
            Probe::Empty(idx) => {
                let mut t = self.table.borrow_mut();
                t.slots[idx] = SetEntry { hash, key };
                t.fill += 1;
                t.used += 1;
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
}
