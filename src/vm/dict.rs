//! `dict`: insertion-ordered entries plus an open-addressing index.
//!
//! Lookups take an equality callback for keys whose comparison may run Python code;
//! the table is never borrowed while that callback runs.

use crate::vm::value::{PyResult, PyStr, Value};
use std::cell::RefCell;
use std::rc::Rc;

pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Default)]
pub struct DictTable {
    /// Deleted entries keep their slot with `key == Undef` until the next rebuild.
    pub entries: Vec<Entry>,
    indices: Vec<i32>,
    pub used: usize,
}

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;

#[derive(Default)]
pub struct PyDict {
    pub table: RefCell<DictTable>,
    /// Set on the dicts of types: changing one invalidates every type's lookup cache.
    type_dict: std::cell::Cell<bool>,
    /// Changes (to a value never used before) whenever a key is added or removed, so a
    /// cached entry index stays valid while it is unchanged. 0: never changed (empty).
    keys_version: std::cell::Cell<u64>,
}

static NEXT_KEYS_VERSION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// Bumped whenever a type's namespace changes; type lookup caches older than this are stale.
static TYPE_EPOCH: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

pub fn type_epoch() -> u64 {
    TYPE_EPOCH.load(std::sync::atomic::Ordering::Relaxed)
}

pub fn bump_type_epoch() {
    TYPE_EPOCH.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
}

pub type EqFn<'a> = &'a mut dyn FnMut(&Value, &Value) -> PyResult<bool>;

/// Equality that needs no interpreter: Some(answer) for builtin scalar keys.
pub fn simple_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    Some(match (a, b) {
        (Str(x), Str(y)) => std::rc::Rc::ptr_eq(x, y) || x.s == y.s,
        (Int(x), Int(y)) => x == y,
        (Bool(x), Bool(y)) => x == y,
        (Int(x), Bool(y)) | (Bool(y), Int(x)) => *x == *y as i64,
        (Float(x), Float(y)) => x == y,
        (Int(x), Float(y)) | (Float(y), Int(x)) => (*x as f64) == *y && (*y as i64) == *x,
        (BigInt(x), BigInt(y)) => x == y,
        (BigInt(_), Int(_)) | (Int(_), BigInt(_)) => false,
        (None, None) => true,
        (Bytes(x), Bytes(y)) => x == y,
        (Str(_), Int(_) | Float(_) | Bool(_) | None | Tuple(_) | Bytes(_)) => false,
        (Int(_) | Float(_) | Bool(_) | None | Tuple(_) | Bytes(_), Str(_)) => false,
        (Type(x), Type(y)) => std::rc::Rc::ptr_eq(x, y),
        (Tuple(x), Tuple(y)) => {
            if x.len() != y.len() {
                return Some(false);
            }
            for (p, q) in x.iter().zip(y.iter()) {
                if !p.is(q) && !simple_eq(p, q)? {
                    return Some(false);
                }
            }
            true
        }
        _ => {
            if a.is(b) {
                return Some(true);
            }
            return Option::None;
        }
    })
}

impl DictTable {
    fn mask(&self) -> usize {
        self.indices.len().wrapping_sub(1)
    }

    fn rebuild(&mut self, min_size: usize) {
        self.entries.retain(|e| !e.key.is_undef());
        let mut size = 8;
        while size * 2 < min_size * 3 {
            size <<= 1;
        }
        self.indices = vec![EMPTY; size];
        let mask = size - 1;
        for (n, e) in self.entries.iter().enumerate() {
            let mut i = (e.hash as usize) & mask;
            let mut perturb = e.hash as u64;
            while self.indices[i] != EMPTY {
                perturb >>= 5;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(1)
                    .wrapping_add(perturb as usize))
                    & mask;
            }
            self.indices[i] = n as i32;
        }
    }

    /// Find the entry index of a str key without running Python code.
    pub fn find_str(&self, key: &PyStr) -> Option<usize> {
        if self.indices.is_empty() {
            return None;
        }
        let hash = key.hash();
        let mask = self.mask();
        let mut i = (hash as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return None;
            }
            if ix >= 0 {
                let e = &self.entries[ix as usize];
                if e.hash == hash
                    && let Value::Str(s) = &e.key
                    && (std::ptr::eq(&**s, key) || s.s == key.s)
                {
                    return Some(ix as usize);
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict::default()
    }

    /// Mark this dict as a type's namespace (see TYPE_EPOCH).
    pub fn mark_type_dict(&self) {
        self.type_dict.set(true);
        bump_type_epoch();
    }

    #[inline]
    fn changed(&self) {
        if self.type_dict.get() {
            bump_type_epoch();
        }
    }

    fn keys_changed(&self) {
        let v = NEXT_KEYS_VERSION.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        self.keys_version.set(v);
    }

    #[inline]
    pub fn keys_version(&self) -> u64 {
        self.keys_version.get()
    }

    /// The value of entry `i` (an index from `find_str`, valid while `keys_version` holds).
    #[inline(always)]
    pub fn value_at(&self, i: usize) -> Value {
        self.table.borrow().entries[i].value.clone()
    }

    /// Replace the value of entry `i` (see `value_at`).
    #[inline]
    pub fn set_value_at(&self, i: usize, v: Value) {
        self.changed();
        let old = std::mem::replace(&mut self.table.borrow_mut().entries[i].value, v);
        old.release();
    }

    /// Find a str key's entry index.
    pub fn index_of_str(&self, key: &PyStr) -> Option<usize> {
        self.table.borrow().find_str(key)
    }

    /// `index_of_str`, trying entry `hint` first: instances of a class usually get their
    /// attributes in the same order, so an attribute cache's last index is a good guess.
    #[inline(always)]
    pub fn index_of_str_hinted(&self, key: &Rc<PyStr>, hint: u32) -> Option<usize> {
        let t = self.table.borrow();
        if let Some(e) = t.entries.get(hint as usize)
            && let Value::Str(k) = &e.key
            && (Rc::ptr_eq(k, key) || k.s == key.s)
        {
            return Some(hint as usize);
        }
        t.find_str(key)
    }

    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Find a key's entry index. `eq` is called with no borrow held.
    pub fn find(&self, hash: i64, key: &Value, eq: EqFn) -> PyResult<Option<usize>> {
        let mut probe_i = hash as usize;
        let mut perturb = hash as u64;
        loop {
            // Walk the probe chain under one borrow until the key, an empty slot, or a
            // key whose equality needs Python code.
            let (ix, candidate) = {
                let t = self.table.borrow();
                if t.indices.is_empty() {
                    return Ok(None);
                }
                let mask = t.mask();
                loop {
                    probe_i &= mask;
                    let ix = t.indices[probe_i];
                    if ix == EMPTY {
                        return Ok(None);
                    }
                    if ix >= 0 {
                        let e = &t.entries[ix as usize];
                        if e.hash == hash {
                            if e.key.is(key) {
                                return Ok(Some(ix as usize));
                            }
                            match simple_eq(&e.key, key) {
                                Some(true) => return Ok(Some(ix as usize)),
                                Some(false) => {}
                                None => break (ix as usize, e.key.clone()),
                            }
                        }
                    }
                    perturb >>= 5;
                    probe_i = probe_i
                        .wrapping_mul(5)
                        .wrapping_add(1)
                        .wrapping_add(perturb as usize);
                }
            };
            if eq(&candidate, key)? {
                return Ok(Some(ix));
            }
            perturb >>= 5;
            probe_i = probe_i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize);
        }
    }

    pub fn get_str(&self, key: &PyStr) -> Option<Value> {
        let t = self.table.borrow();
        t.find_str(key).map(|i| t.entries[i].value.clone())
    }

    pub fn get(&self, hash: i64, key: &Value, eq: EqFn) -> PyResult<Option<Value>> {
        Ok(self
            .find(hash, key, eq)?
            .map(|i| self.table.borrow().entries[i].value.clone()))
    }

    /// Insert without a lookup: the caller knows the key is absent.
    fn push_new(&self, hash: i64, key: Value, value: Value) {
        self.changed();
        self.keys_changed();
        let mut t = self.table.borrow_mut();
        if (t.entries.len() + 1) * 3 >= t.indices.len() * 2 {
            let n = t.used + 1;
            t.rebuild(n * 2);
        }
        let mask = t.mask();
        let mut i = (hash as usize) & mask;
        let mut perturb = hash as u64;
        while t.indices[i] >= 0 {
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
        let n = t.entries.len() as i32;
        t.indices[i] = n;
        t.entries.push(Entry { hash, key, value });
        t.used += 1;
    }

    pub fn set(&self, hash: i64, key: Value, value: Value, eq: EqFn) -> PyResult<()> {
        match self.find(hash, &key, eq)? {
            Some(i) => {
                self.changed();
                let old = std::mem::replace(&mut self.table.borrow_mut().entries[i].value, value);
                old.release();
            }
            None => self.push_new(hash, key, value),
        }
        Ok(())
    }

    pub fn set_str(&self, key: Rc<PyStr>, value: Value) {
        let found = self.table.borrow().find_str(&key);
        match found {
            Some(i) => {
                self.changed();
                let old = std::mem::replace(&mut self.table.borrow_mut().entries[i].value, value);
                old.release();
            }
            None => {
                let h = key.hash();
                self.push_new(h, Value::Str(key), value)
            }
        }
    }

    pub fn remove_at(&self, i: usize) -> (Value, Value) {
        self.changed();
        self.keys_changed();
        let mut t = self.table.borrow_mut();
        let hash = t.entries[i].hash;
        // Mark the index slot as a dummy so probe chains stay intact.
        let mask = t.mask();
        let mut j = (hash as usize) & mask;
        let mut perturb = hash as u64;
        while t.indices[j] != i as i32 {
            perturb >>= 5;
            j = (j
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
        t.indices[j] = DUMMY;
        t.used -= 1;
        let e = &mut t.entries[i];
        let k = std::mem::take(&mut e.key);
        let v = std::mem::take(&mut e.value);
        (k, v)
    }

    pub fn remove(&self, hash: i64, key: &Value, eq: EqFn) -> PyResult<Option<Value>> {
        match self.find(hash, key, eq)? {
            Some(i) => {
                let (k, v) = self.remove_at(i);
                drop(k);
                Ok(Some(v))
            }
            None => Ok(None),
        }
    }

    pub fn remove_str(&self, key: &PyStr) -> Option<Value> {
        let found = self.table.borrow().find_str(key);
        found.map(|i| self.remove_at(i).1)
    }

    pub fn clear(&self) {
        self.changed();
        self.keys_changed();
        let old = std::mem::take(&mut *self.table.borrow_mut());
        drop(old);
    }

    /// Live (key, value) pairs, in order.
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.table
            .borrow()
            .entries
            .iter()
            .filter(|e| !e.key.is_undef())
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    pub fn keys(&self) -> Vec<Value> {
        self.table
            .borrow()
            .entries
            .iter()
            .filter(|e| !e.key.is_undef())
            .map(|e| e.key.clone())
            .collect()
    }

    /// The entry at raw position `pos` or later: (next pos, key, value, hash).
    pub fn entry_from(&self, mut pos: usize) -> Option<(usize, Value, Value, i64)> {
        let t = self.table.borrow();
        while pos < t.entries.len() {
            let e = &t.entries[pos];
            if !e.key.is_undef() {
                return Some((pos + 1, e.key.clone(), e.value.clone(), e.hash));
            }
            pos += 1;
        }
        None
    }

    /// Copy with the same hashes (no Python code runs).
    pub fn copy(&self) -> PyDict {
        let d = PyDict::new();
        for e in self.table.borrow().entries.iter() {
            if !e.key.is_undef() {
                d.push_new(e.hash, e.key.clone(), e.value.clone());
            }
        }
        d
    }

    /// Insert an entry whose key is known to be absent and whose hash is known.
    pub fn insert_new_unchecked(&self, hash: i64, key: Value, value: Value) {
        self.push_new(hash, key, value)
    }
}
