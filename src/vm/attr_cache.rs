//! Attribute caches for LOAD_ATTR, LOAD_METHOD and STORE_ATTR on instances of plain
//! classes, and for LOAD_METHOD on values of the builtin container and number types.
//! For each name of a code object, remember the class last seen and how the name
//! resolves on it; while no type has changed since (the type epoch), an access is one
//! instance-dict probe (or one type-dict read) instead of several MRO lookups.

use super::Vm;
use super::dict::{PyDict, type_epoch};
use super::value::*;
use crate::bytecode::Code;
use std::rc::Rc;

/// How a name resolves on a class with no attribute hooks.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum AttrKind {
    /// Not cached.
    Unknown,
    /// The class has nothing by this name: the instance dict alone decides.
    InstanceOnly,
    /// The class has a plain function by this name (a method), unless the instance
    /// dict shadows it.
    Method,
    /// For a builtin type's values: the method is entry `index` of the type's own dict.
    TypeMethod,
}

#[derive(Clone, Copy)]
pub struct AttrCache {
    class: *const TypeObj,
    epoch: u64,
    kind: AttrKind,
    /// Where the name was last found in an instance dict (a guess, checked on use).
    index: u32,
    /// For `Method`: the function the class resolves the name to. It lives while the
    /// epoch holds, since the class's namespace (which refers to it) is unchanged.
    method: *const Function,
    /// For `Method`: the keys version of the instance dict last seen without the name
    /// (keys versions are unique across dicts), so that dict needs no probe.
    unshadowed_keys: u64,
}

impl AttrCache {
    pub const EMPTY: AttrCache = AttrCache {
        class: std::ptr::null(),
        epoch: u64::MAX,
        kind: AttrKind::Unknown,
        index: 0,
        method: std::ptr::null(),
        unshadowed_keys: 0,
    };
}

impl Vm {
    /// The cached resolution of `code.names[i]` on `inst`'s class (computing it on a miss).
    /// Only plain instances of classes without `__getattribute__`, `__getattr__` or
    /// `__setattr__` hooks are cached; everything else is Unknown (take the slow path).
    #[inline(always)]
    fn attr_kind(&mut self, code: &Code, i: u32, inst: &Instance) -> AttrKind {
        let c = code.attr_cache[i as usize].get();
        let epoch = type_epoch();
        if std::ptr::eq(c.class, Rc::as_ptr(&*inst.cls.borrow())) && c.epoch == epoch {
            return c.kind;
        }
        self.attr_kind_miss(code, i, inst, epoch)
    }

    /// `attr_kind` when the entry is for another class or older than the type epoch.
    #[inline(never)]
    fn attr_kind_miss(&mut self, code: &Code, i: u32, inst: &Instance, epoch: u64) -> AttrKind {
        let slot = &code.attr_cache[i as usize];
        let cls = inst.class();
        let name = &code.names[i as usize];
        let kind = self.resolve_attr_kind(&cls, inst, name);
        let method = match (kind, cls.lookup(name)) {
            (AttrKind::Method, Some(Value::Function(f))) => Rc::as_ptr(&f),
            _ => std::ptr::null(),
        };
        slot.set(AttrCache {
            class: Rc::as_ptr(&cls),
            epoch,
            kind,
            index: 0,
            method,
            unshadowed_keys: 0,
        });
        kind
    }

    /// The index of `code.names[i]` in an instance dict, trying the cached guess first.
    #[inline(always)]
    fn instance_index(code: &Code, i: u32, d: &PyDict) -> Option<usize> {
        let slot = &code.attr_cache[i as usize];
        let mut c = slot.get();
        let ix = d.index_of_str_hinted(&code.names[i as usize], c.index)?;
        if ix as u32 != c.index {
            c.index = ix as u32;
            slot.set(c);
        }
        Some(ix)
    }

    fn resolve_attr_kind(
        &mut self,
        cls: &Rc<TypeObj>,
        inst: &Instance,
        name: &Rc<PyStr>,
    ) -> AttrKind {
        let dunder = name.s.starts_with("__") && name.s.ends_with("__");
        if !cls.heap || cls.slotted || inst.dict.is_none() || dunder {
            return AttrKind::Unknown;
        }
        if !matches!(inst.payload, Payload::None) {
            return AttrKind::Unknown;
        }
        let hooks = [
            self.names.__getattribute__.clone(),
            self.names.__getattr__.clone(),
            self.names.__setattr__.clone(),
        ];
        for h in &hooks {
            if matches!(cls.lookup(h), Some(Value::Function(_))) {
                return AttrKind::Unknown;
            }
        }
        match cls.lookup(name) {
            None => AttrKind::InstanceOnly,
            Some(Value::Function(_)) => AttrKind::Method,
            Some(_) => AttrKind::Unknown,
        }
    }

    /// LOAD_ATTR with the cache; falls back to the generic lookup.
    pub fn load_attr_cached(&mut self, code: &Code, i: u32, obj: &Value) -> PyResult<Value> {
        if let Value::Instance(inst) = obj {
            let kind = self.attr_kind(code, i, inst);
            if kind != AttrKind::Unknown
                && let Some(d) = &inst.dict
                && let Some(ix) = Self::instance_index(code, i, d)
            {
                return Ok(d.value_at(ix));
            }
        }
        self.get_attr(obj, &code.names[i as usize])
    }

    /// The type of a value of a builtin type whose methods LOAD_METHOD caches.
    fn builtin_type_of(&self, v: &Value) -> Option<&Rc<TypeObj>> {
        let t = &self.types;
        Some(match v {
            Value::Str(_) => &t.str_,
            Value::List(_) => &t.list,
            Value::Dict(_) => &t.dict,
            Value::Tuple(_) => &t.tuple,
            Value::Set(_) => &t.set,
            Value::FrozenSet(_) => &t.frozenset,
            Value::Bytes(_) => &t.bytes,
            Value::ByteArray(_) => &t.bytearray,
            Value::Int(_) | Value::BigInt(_) => &t.int,
            Value::Float(_) => &t.float,
            Value::Generator(g) => match g.kind {
                GenKind::Generator => &t.generator,
                GenKind::Coroutine => &t.coroutine,
                GenKind::AsyncGenerator => &t.async_generator,
            },
            _ => return None,
        })
    }

    /// LOAD_METHOD with the cache: [function, self] for a method not shadowed by the
    /// instance dict, or a builtin type's method.
    pub fn load_method_cached(
        &mut self,
        code: &Code,
        i: u32,
        obj: Value,
    ) -> PyResult<(Value, Value)> {
        if let Some(t) = self.builtin_type_of(&obj) {
            let slot = &code.attr_cache[i as usize];
            let c = slot.get();
            let epoch = type_epoch();
            if c.kind == AttrKind::TypeMethod
                && std::ptr::eq(c.class, Rc::as_ptr(t))
                && c.epoch == epoch
            {
                return Ok((t.dict.value_at(c.index as usize), obj));
            }
            // get_method's answer for these values when the type's own dict has a
            // builtin method by this name (other than __new__, a static method).
            if let Some(ix) = t.dict.index_of_str(&code.names[i as usize])
                && matches!(t.dict.value_at(ix), Value::Builtin(b) if b.name != "__new__")
            {
                slot.set(AttrCache {
                    class: Rc::as_ptr(t),
                    epoch,
                    kind: AttrKind::TypeMethod,
                    index: ix as u32,
                    ..AttrCache::EMPTY
                });
                return Ok((t.dict.value_at(ix), obj));
            }
        }
        if let Value::Instance(inst) = &obj
            && self.attr_kind(code, i, inst) == AttrKind::Method
        {
            let slot = &code.attr_cache[i as usize];
            let mut c = slot.get();
            let shadowed = match &inst.dict {
                Some(d) if d.keys_version() != c.unshadowed_keys => {
                    let found = d.get_str(&code.names[i as usize]).is_some();
                    if !found {
                        c.unshadowed_keys = d.keys_version();
                        slot.set(c);
                    }
                    found
                }
                _ => false,
            };
            if !shadowed && !c.method.is_null() {
                // SAFETY: `attr_kind` just validated the entry, so the function is alive
                // (see `AttrCache::method`); the new Rc owns the count added here.
                let f = unsafe {
                    Rc::increment_strong_count(c.method);
                    Rc::from_raw(c.method)
                };
                return Ok((Value::Function(f), obj));
            }
        }
        self.get_method(obj, &code.names[i as usize])
    }

    /// STORE_ATTR with the cache: straight into the instance dict.
    pub fn store_attr_cached(
        &mut self,
        code: &Code,
        i: u32,
        obj: &Value,
        v: Value,
    ) -> PyResult<()> {
        if let Value::Instance(inst) = obj
            && self.attr_kind(code, i, inst) == AttrKind::InstanceOnly
            && let Some(d) = &inst.dict
        {
            match Self::instance_index(code, i, d) {
                Some(ix) => d.set_value_at(ix, v),
                None => d.set_str(code.names[i as usize].clone(), v),
            }
            return Ok(());
        }
        self.set_attr(obj, &code.names[i as usize], v)
    }
}
