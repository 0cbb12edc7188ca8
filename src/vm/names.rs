//! Global and builtin name access with per-code caches: a name's entry index in the
//! globals (or builtins) dict is remembered while that dict's set of keys is unchanged,
//! so loops at module level read and write variables without hashing.

use super::Vm;
use super::dict::PyDict;
use super::value::*;
use crate::bytecode::{Code, NameCache};

impl Vm {
    /// Where global `i` lives while the cache for it holds: its dict (the globals or the
    /// builtins) and the entry index there. None: look it up (`load_global`).
    #[inline(always)]
    pub fn global_slot<'a>(
        &'a self,
        code: &Code,
        i: u32,
        globals: &'a PyDict,
        builtins: Option<&'a PyDict>,
    ) -> Option<(&'a PyDict, usize)> {
        // Dict key versions are unique across dicts, so a cache entry made with other
        // builtins (exec with its own `__builtins__`) never matches these.
        let c = code.name_cache[i as usize].get();
        if c.globals_version != globals.keys_version() {
            return None;
        }
        if !c.in_builtins {
            return Some((globals, c.index as usize));
        }
        let b = builtins.unwrap_or(&self.builtins);
        (c.builtins_version == b.keys_version()).then_some((b, c.index as usize))
    }

    /// The entry index of global `i` for a store, while the cache for it holds.
    #[inline(always)]
    pub fn global_store_slot(code: &Code, i: u32, globals: &PyDict) -> Option<usize> {
        let c = code.name_cache[i as usize].get();
        (c.globals_version == globals.keys_version() && !c.in_builtins).then_some(c.index as usize)
    }

    /// The LOAD_GLOBAL instruction: push the value, or raise NameError.
    pub fn load_global_op(
        &mut self,
        code: &Code,
        i: u32,
        globals: &PyDict,
        builtins: Option<&PyDict>,
        stack: &mut Vec<Value>,
    ) -> PyResult<()> {
        match self.load_global(code, i, globals, builtins) {
            Some(v) => {
                stack.push(v);
                Ok(())
            }
            None => self.name_error(&code.names[i as usize].s),
        }
    }

    /// The value of global `i` (globals, then builtins). None: the name is not defined.
    #[inline]
    pub fn load_global(
        &self,
        code: &Code,
        i: u32,
        globals: &PyDict,
        builtins: Option<&PyDict>,
    ) -> Option<Value> {
        match self.global_slot(code, i, globals, builtins) {
            Some((d, ix)) => Some(d.value_at(ix)),
            None => {
                Self::load_global_uncached(code, i, globals, builtins.unwrap_or(&self.builtins))
            }
        }
    }

    /// LOAD_GLOBAL's slow path: look the name up and remember where it was found.
    #[cold]
    #[inline(never)]
    fn load_global_uncached(
        code: &Code,
        i: u32,
        globals: &PyDict,
        builtins: &PyDict,
    ) -> Option<Value> {
        let name = &code.names[i as usize];
        let (dict, in_builtins) = match globals.index_of_str(name) {
            Some(ix) => (globals, Some((ix, false))),
            None => (builtins, builtins.index_of_str(name).map(|ix| (ix, true))),
        };
        let (ix, in_builtins) = in_builtins?;
        code.name_cache[i as usize].set(NameCache {
            globals_version: globals.keys_version(),
            builtins_version: builtins.keys_version(),
            index: ix as u32,
            in_builtins,
        });
        Some(dict.value_at(ix))
    }

    /// STORE_GLOBAL (and STORE_NAME at module level).
    #[inline(always)]
    pub fn store_global(&self, code: &Code, i: u32, globals: &PyDict, v: Value) {
        match Self::global_store_slot(code, i, globals) {
            Some(ix) => globals.set_value_at(ix, v),
            None => Self::store_global_uncached(code, i, globals, v),
        }
    }

    #[cold]
    #[inline(never)]
    fn store_global_uncached(code: &Code, i: u32, globals: &PyDict, v: Value) {
        globals.set_str(code.names[i as usize].clone(), v);
    }
}
