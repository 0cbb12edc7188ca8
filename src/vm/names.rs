//! Global and builtin name access with per-code caches: a name's entry index in the
//! globals (or builtins) dict is remembered while that dict's set of keys is unchanged,
//! so loops at module level read and write variables without hashing.

use super::Vm;
use super::dict::PyDict;
use super::value::*;
use crate::bytecode::{Code, NameCache};

impl Vm {
    /// LOAD_GLOBAL: push the value of global `i` (globals, then builtins) on `stack`.
    /// False: the name is not defined.
    #[inline(always)]
    pub fn load_global_onto(
        &self,
        code: &Code,
        i: u32,
        globals: &PyDict,
        builtins: Option<&PyDict>,
        stack: &mut Vec<Value>,
    ) -> bool {
        // The value goes straight onto the stack in each branch: returning it through an
        // Option made rustc build it in memory piecewise and reload it whole (a stall).
        let b = builtins.unwrap_or(&self.builtins);
        let c = code.name_cache[i as usize].get();
        if c.globals_version == globals.keys_version() {
            if !c.in_builtins {
                stack.push(globals.value_at(c.index as usize));
                return true;
            }
            if c.builtins_version == b.keys_version() {
                stack.push(b.value_at(c.index as usize));
                return true;
            }
        }
        match Self::load_global_uncached(code, i, globals, b) {
            Some(v) => {
                stack.push(v);
                true
            }
            None => false,
        }
    }

    /// The LOAD_GLOBAL instruction: push the value, or raise NameError.
    #[inline(always)]
    pub fn load_global_op(
        &mut self,
        code: &Code,
        i: u32,
        globals: &PyDict,
        builtins: Option<&PyDict>,
        stack: &mut Vec<Value>,
    ) -> PyResult<()> {
        if self.load_global_onto(code, i, globals, builtins, stack) {
            Ok(())
        } else {
            self.name_error(&code.names[i as usize].s)
        }
    }

    /// LOAD_GLOBAL's value (see `load_global_onto`). None: the name is not defined.
    #[inline]
    pub fn load_global(
        &self,
        code: &Code,
        i: u32,
        globals: &PyDict,
        builtins: Option<&PyDict>,
    ) -> Option<Value> {
        // Dict key versions are unique across dicts, so a cache entry made with other
        // builtins (exec with its own `__builtins__`) never matches these.
        let builtins = builtins.unwrap_or(&self.builtins);
        let c = code.name_cache[i as usize].get();
        if c.globals_version == globals.keys_version() {
            if !c.in_builtins {
                return Some(globals.value_at(c.index as usize));
            }
            if c.builtins_version == builtins.keys_version() {
                return Some(builtins.value_at(c.index as usize));
            }
        }
        Self::load_global_uncached(code, i, globals, builtins)
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
        let c = code.name_cache[i as usize].get();
        if c.globals_version == globals.keys_version() && !c.in_builtins {
            globals.set_value_at(c.index as usize, v);
        } else {
            Self::store_global_uncached(code, i, globals, v);
        }
    }

    #[cold]
    #[inline(never)]
    fn store_global_uncached(code: &Code, i: u32, globals: &PyDict, v: Value) {
        globals.set_str(code.names[i as usize].clone(), v);
    }
}
