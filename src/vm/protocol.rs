//! Container and iteration protocols, repr/str, and special attributes of builtin objects.

use super::Vm;
use super::value::*;
use crate::objects::repr;
use crate::vm::ops::to_big;
use num_traits::ToPrimitive;
use std::cell::RefCell;
use std::rc::Rc;

/// Normalize a Python index against a length (None: out of range).
pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let n = len as i64;
    let j = if i < 0 { i + n } else { i };
    if j >= 0 && j < n {
        Some(j as usize)
    } else {
        None
    }
}

impl Vm {
    pub fn index_of(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::BigInt(_) => self.index_error("cannot fit 'int' into an index-sized integer"),
            Value::Instance(_) => {
                let n = self.names.__index__.clone();
                if let Some(m) = self.lookup_method(v, &n) {
                    let r = self.call_value(m, &[], &[])?;
                    return self.index_of(&r);
                }
                if let Some(Value::Int(i)) = self.unwrap_builtin(v) {
                    return Ok(i);
                }
                let tn = self.type_name(v);
                self.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
            }
            _ => {
                let tn = self.type_name(v);
                self.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
            }
        }
    }

    /// `operator.index(v)`: the int of an int or of an object with `__index__`.
    pub fn index_value(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(_) | Value::BigInt(_) => return Ok(v.clone()),
            Value::Bool(b) => return Ok(Value::Int(*b as i64)),
            Value::Instance(_) => {
                let n = self.names.__index__.clone();
                if let Some(m) = self.lookup_method(v, &n) {
                    let r = self.call_value(m, &[], &[])?;
                    return match to_big(&r) {
                        Some(b) => Ok(Value::from_bigint(b)),
                        None => {
                            let tn = self.type_name(&r);
                            self.type_error(format!("__index__ returned non-int (type {tn})"))
                        }
                    };
                }
            }
            _ => {}
        }
        let tn = self.type_name(v);
        self.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
    }

    /// Resolve slice bounds for a sequence of `len` items: (start, stop, step).
    pub fn slice_indices(&mut self, s: &SliceObj, len: usize) -> PyResult<(i64, i64, i64)> {
        let len = len as i64;
        let step = if s.step.is_none() {
            1
        } else {
            self.index_of(&s.step)?
        };
        if step == 0 {
            return self.value_error("slice step cannot be zero");
        }
        let (lo, hi) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let fix = |v: i64| -> i64 { if v < 0 { (v + len).max(lo) } else { v.min(hi) } };
        let start = if s.start.is_none() {
            if step < 0 { hi } else { lo }
        } else {
            fix(self.index_of(&s.start)?)
        };
        let stop = if s.stop.is_none() {
            if step < 0 { lo } else { hi }
        } else {
            fix(self.index_of(&s.stop)?)
        };
        Ok((start, stop, step))
    }

    pub fn slice_positions(&mut self, s: &SliceObj, len: usize) -> PyResult<Vec<usize>> {
        let (start, stop, step) = self.slice_indices(s, len)?;
        let mut out = Vec::new();
        let mut i = start;
        if step > 0 {
            while i < stop {
                out.push(i as usize);
                i += step;
            }
        } else {
            while i > stop {
                out.push(i as usize);
                i += step;
            }
        }
        Ok(out)
    }

    /// The dunder an instance's class provides for a protocol, if it must be
    /// called: Python-level methods, native methods of classes made by modules
    /// (heap types), and native methods of native classes. Subclasses of
    /// builtin types use their payload instead, and object's defaults are not
    /// protocol implementations.
    pub fn instance_dunder(&self, cls: &Rc<TypeObj>, name: &Rc<PyStr>) -> Option<Value> {
        let m = cls.lookup(name)?;
        let Value::Builtin(b) = &m else {
            return Some(m);
        };
        let defined_by_heap = cls
            .mro
            .borrow()
            .iter()
            .find(|t| t.dict.get_str(name).is_some())
            .is_some_and(|t| t.heap);
        if defined_by_heap || (!cls.heap && b.owner != Some("object")) {
            Some(m)
        } else {
            None
        }
    }

    /// A protocol method the metaclass of class `v` defines (not `type`'s own), bound
    /// to the class: how classes get `__repr__`, `__len__`, `__eq__`... of their own.
    pub fn meta_dunder(&mut self, v: &Value, name: &Rc<PyStr>) -> Option<Value> {
        let Value::Type(t) = v else { return None };
        let meta = t.meta.borrow().clone()?;
        self.instance_dunder(&meta, name)?;
        self.lookup_method(v, name)
    }

    pub fn getitem(&mut self, obj: &Value, idx: &Value) -> PyResult<Value> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = idx {
                    let len = l.borrow().len();
                    let pos = self.slice_positions(s, len)?;
                    let l = l.borrow();
                    return Ok(Value::list(pos.into_iter().map(|i| l[i].clone()).collect()));
                }
                let i = self.seq_index(idx, "list")?;
                let l = l.borrow();
                match norm_index(i, l.len()) {
                    Some(j) => Ok(l[j].clone()),
                    None => {
                        drop(l);
                        self.index_error("list index out of range")
                    }
                }
            }
            Value::Tuple(t) => {
                if let Value::Slice(s) = idx {
                    let pos = self.slice_positions(s, t.len())?;
                    return Ok(Value::tuple(
                        pos.into_iter().map(|i| t[i].clone()).collect(),
                    ));
                }
                let i = self.seq_index(idx, "tuple")?;
                match norm_index(i, t.len()) {
                    Some(j) => Ok(t[j].clone()),
                    None => self.index_error("tuple index out of range"),
                }
            }
            Value::Str(s) => crate::objects::str::str_getitem(self, s, idx),
            Value::Bytes(b) => {
                if let Value::Slice(s) = idx {
                    let pos = self.slice_positions(s, b.len())?;
                    return Ok(Value::Bytes(Rc::new(
                        pos.into_iter().map(|i| b[i]).collect(),
                    )));
                }
                let i = self.seq_index(idx, "byte")?;
                match norm_index(i, b.len()) {
                    Some(j) => Ok(Value::Int(b[j] as i64)),
                    None => self.index_error("index out of range"),
                }
            }
            Value::ByteArray(b) => {
                if let Value::Slice(s) = idx {
                    let len = b.borrow().len();
                    let pos = self.slice_positions(s, len)?;
                    let b = b.borrow();
                    return Ok(Value::ByteArray(Rc::new(RefCell::new(
                        pos.into_iter().map(|i| b[i]).collect(),
                    ))));
                }
                let i = self.seq_index(idx, "bytearray")?;
                let b = b.borrow();
                match norm_index(i, b.len()) {
                    Some(j) => Ok(Value::Int(b[j] as i64)),
                    None => {
                        drop(b);
                        self.index_error("bytearray index out of range")
                    }
                }
            }
            Value::Dict(d) => match self.dict_get(d, idx)? {
                Some(v) => Ok(v),
                None => self.key_error(idx.clone()),
            },
            Value::Range(r) => crate::objects::range::getitem(self, r, idx),
            Value::Instance(inst) => {
                let cls = inst.class();
                let gi = self.names.__getitem__.clone();
                if let Some(m) = self.instance_dunder(&cls, &gi) {
                    return self.call_value(m, &[obj.clone(), idx.clone()], &[]);
                }
                if let Payload::Dict(d) = &inst.payload {
                    if let Some(v) = self.dict_get(d, idx)? {
                        return Ok(v);
                    }
                    let missing = self.names.__missing__.clone();
                    if let Some(m) = cls.lookup(&missing) {
                        return self.call_value(m, &[obj.clone(), idx.clone()], &[]);
                    }
                    return self.key_error(idx.clone());
                }
                if let Some(inner) = self.unwrap_builtin(obj)
                    && !inner.is(obj)
                {
                    return self.getitem(&inner, idx);
                }
                let tn = cls.name();
                self.type_error(format!("'{tn}' object is not subscriptable"))
            }
            Value::Type(t) => {
                // A metaclass's __getitem__ comes before the class's __class_getitem__.
                let gi = self.names.__getitem__.clone();
                if t.meta.borrow().is_some()
                    && let Some(m) = self.lookup_method(obj, &gi)
                {
                    return self.call_value(m, std::slice::from_ref(idx), &[]);
                }
                let cgi = self.intern("__class_getitem__");
                if let Some(m) = t.lookup(&cgi) {
                    let f = match m {
                        Value::ClassMethod(f) => (*f).clone(),
                        o => o,
                    };
                    return self.call_value(f, &[obj.clone(), idx.clone()], &[]);
                }
                self.type_error(format!("type '{}' is not subscriptable", t.name()))
            }
            _ => {
                let tn = self.type_name(obj);
                self.type_error(format!("'{tn}' object is not subscriptable"))
            }
        }
    }

    fn seq_index(&mut self, idx: &Value, what: &str) -> PyResult<i64> {
        match idx {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::BigInt(_) => self.index_error("cannot fit 'int' into an index-sized integer"),
            Value::Instance(_) => self.index_of(idx),
            _ => {
                let tn = self.type_name(idx);
                let what = if what == "byte" { "byte" } else { what };
                self.type_error(format!(
                    "{what} indices must be integers or slices, not {tn}"
                ))
            }
        }
    }

    pub fn setitem(&mut self, obj: &Value, idx: Value, v: Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = &idx {
                    if !self.is_iterable(&v) {
                        return self.type_error("can only assign an iterable");
                    }
                    let items = self.iterate(&v)?;
                    return crate::objects::list::list_set_slice(self, l, s, items);
                }
                let i = self.seq_index(&idx, "list")?;
                let len = l.borrow().len();
                match norm_index(i, len) {
                    Some(j) => {
                        let old = std::mem::replace(&mut l.borrow_mut()[j], v);
                        drop(old);
                        Ok(())
                    }
                    None => self.index_error("list assignment index out of range"),
                }
            }
            Value::ByteArray(b) => crate::objects::bytes::bytearray_setitem(self, b, &idx, &v),
            Value::Dict(d) => self.dict_set(d, idx, v),
            Value::Instance(inst) => {
                let cls = inst.class();
                let si = self.names.__setitem__.clone();
                if let Some(m) = self.instance_dunder(&cls, &si) {
                    self.call_value(m, &[obj.clone(), idx, v], &[])?;
                    return Ok(());
                }
                match &inst.payload {
                    Payload::Dict(d) => self.dict_set(d, idx, v),
                    Payload::List(l) => self.setitem(&Value::List(l.clone()), idx, v),
                    _ => {
                        let tn = cls.name();
                        self.type_error(format!("'{tn}' object does not support item assignment"))
                    }
                }
            }
            _ => {
                let si = self.names.__setitem__.clone();
                if let Some(m) = self.meta_dunder(obj, &si) {
                    self.call_value(m, &[idx, v], &[])?;
                    return Ok(());
                }
                let tn = self.type_name(obj);
                self.type_error(format!("'{tn}' object does not support item assignment"))
            }
        }
    }

    pub fn delitem(&mut self, obj: &Value, idx: &Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = idx {
                    let len = l.borrow().len();
                    let mut pos = self.slice_positions(s, len)?;
                    pos.sort_unstable();
                    let removed: Vec<Value> = {
                        let mut l = l.borrow_mut();
                        let mut out = Vec::new();
                        for p in pos.into_iter().rev() {
                            out.push(l.remove(p));
                        }
                        out
                    };
                    drop(removed);
                    return Ok(());
                }
                let i = self.seq_index(idx, "list")?;
                let len = l.borrow().len();
                match norm_index(i, len) {
                    Some(j) => {
                        let old = l.borrow_mut().remove(j);
                        drop(old);
                        Ok(())
                    }
                    None => self.index_error("list assignment index out of range"),
                }
            }
            Value::Dict(d) => match self.dict_del(d, idx)? {
                Some(_) => Ok(()),
                None => self.key_error(idx.clone()),
            },
            Value::ByteArray(b) => crate::objects::bytes::bytearray_delitem(self, b, idx),
            Value::Instance(inst) => {
                let cls = inst.class();
                let di = self.names.__delitem__.clone();
                if let Some(m) = self.instance_dunder(&cls, &di) {
                    self.call_value(m, &[obj.clone(), idx.clone()], &[])?;
                    return Ok(());
                }
                match &inst.payload {
                    Payload::Dict(d) => match self.dict_del(d, idx)? {
                        Some(_) => Ok(()),
                        None => self.key_error(idx.clone()),
                    },
                    Payload::List(l) => self.delitem(&Value::List(l.clone()), idx),
                    _ => {
                        let tn = cls.name();
                        self.type_error(format!("'{tn}' object doesn't support item deletion"))
                    }
                }
            }
            _ => {
                let di = self.names.__delitem__.clone();
                if let Some(m) = self.meta_dunder(obj, &di) {
                    self.call_value(m, std::slice::from_ref(idx), &[])?;
                    return Ok(());
                }
                let tn = self.type_name(obj);
                self.type_error(format!("'{tn}' object doesn't support item deletion"))
            }
        }
    }

    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Str(s) => s.char_len(),
            Value::List(l) => l.borrow().len(),
            Value::Tuple(t) => t.len(),
            Value::Dict(d) => d.len(),
            Value::Set(s) | Value::FrozenSet(s) => s.len(),
            Value::Bytes(b) => b.len(),
            Value::ByteArray(b) => b.borrow().len(),
            Value::Range(r) => crate::objects::range::len(self, r)?,
            Value::Instance(inst) => {
                if let Payload::DictView(d, _) = &inst.payload {
                    return Ok(d.len());
                }
                let cls = inst.class();
                if let Some(n) = self.len_dunder(v, &cls)? {
                    return Ok(n);
                }
                if let Some(inner) = self.unwrap_builtin(v)
                    && !inner.is(v)
                {
                    return self.len(&inner);
                }
                return self.type_error(format!("object of type '{}' has no len()", cls.name()));
            }
            _ => {
                // Classes whose metaclass defines __len__.
                let t = self.type_of(v);
                if let Value::Type(_) = v
                    && let Some(n) = self.len_dunder(v, &t)?
                {
                    return Ok(n);
                }
                let tn = t.name();
                return self.type_error(format!("object of type '{tn}' has no len()"));
            }
        })
    }

    /// `len()` through the `__len__` of `v`'s class `cls`, if it provides one.
    fn len_dunder(&mut self, v: &Value, cls: &Rc<TypeObj>) -> PyResult<Option<usize>> {
        let ln = self.names.__len__.clone();
        let Some(m) = self.instance_dunder(cls, &ln) else {
            return Ok(None);
        };
        let r = self.call_value(m, std::slice::from_ref(v), &[])?;
        let n = match &r {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            _ => {
                let tn = self.type_name(&r);
                return self
                    .type_error(format!("'{tn}' object cannot be interpreted as an integer"));
            }
        };
        if n < 0 {
            return self.value_error("__len__() should return >= 0");
        }
        Ok(Some(n as usize))
    }

    /// `item in container`
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match item {
                Value::Str(x) => Ok(s.s.contains(x.s.as_str())),
                _ => {
                    let tn = self.type_name(item);
                    self.type_error(format!(
                        "'in <string>' requires string as left operand, not {tn}"
                    ))
                }
            },
            Value::Dict(d) => self.dict_contains(d, item),
            Value::Set(s) | Value::FrozenSet(s) => self.set_contains(s, item),
            Value::List(l) => {
                // Item by item: a comparison may change the list (as in CPython).
                let mut i = 0;
                loop {
                    let Some(x) = l.borrow().get(i).cloned() else {
                        return Ok(false);
                    };
                    if self.eq_bool(&x, item)? {
                        return Ok(true);
                    }
                    i += 1;
                }
            }
            Value::Tuple(t) => {
                for x in t.iter() {
                    if self.eq_bool(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Range(r) => crate::objects::range::contains(self, r, item),
            Value::Bytes(_) | Value::ByteArray(_) => {
                crate::objects::bytes::contains(self, container, item)
            }
            _ => {
                let cn = self.names.__contains__.clone();
                let t = self.type_of(container);
                if let Value::Instance(_) | Value::Type(_) = container
                    && let Some(m) = self.instance_dunder(&t, &cn)
                {
                    let r = self.call_value(m, &[container.clone(), item.clone()], &[])?;
                    return self.truthy(&r);
                }
                if let Value::Instance(_) = container
                    && let Some(inner) = self.unwrap_builtin(container)
                    && !inner.is(container)
                {
                    return self.contains(&inner, item);
                }
                if !self.is_iterable(container) {
                    let tn = self.type_name(container);
                    return self.type_error(format!("argument of type '{tn}' is not iterable"));
                }
                let it = self.get_iter(container)?;
                while let Some(x) = self.iter_next(&it)? {
                    if self.eq_bool(&x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    pub fn is_iterable(&mut self, v: &Value) -> bool {
        match v {
            Value::Str(_)
            | Value::List(_)
            | Value::Tuple(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::Bytes(_)
            | Value::ByteArray(_)
            | Value::Range(_)
            | Value::Iter(_)
            | Value::Generator(_) => true,
            // Subclasses of builtin containers iterate over their payload.
            Value::Instance(i)
                if matches!(
                    i.payload,
                    Payload::List(_)
                        | Payload::Tuple(_)
                        | Payload::Dict(_)
                        | Payload::DictView(..)
                        | Payload::Str(_)
                        | Payload::Set(_)
                ) =>
            {
                true
            }
            _ => {
                let t = self.type_of(v);
                t.lookup(&self.names.__iter__.clone()).is_some()
                    || t.lookup(&self.names.__getitem__.clone()).is_some()
            }
        }
    }

    pub fn is_iterator(&mut self, v: &Value) -> bool {
        match v {
            Value::Iter(_) => true,
            Value::Generator(g) => g.kind == GenKind::Generator,
            _ => {
                let t = self.type_of(v);
                t.lookup(&self.names.__next__.clone()).is_some()
            }
        }
    }

    fn new_iter(it: NativeIter) -> Value {
        Value::Iter(Rc::new(RefCell::new(it)))
    }

    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        Ok(match v {
            Value::List(_) => Self::new_iter(NativeIter::Seq {
                seq: v.clone(),
                index: 0,
                kind: SeqIterKind::List,
            }),
            Value::Tuple(_) => Self::new_iter(NativeIter::Seq {
                seq: v.clone(),
                index: 0,
                kind: SeqIterKind::Tuple,
            }),
            Value::Bytes(_) => Self::new_iter(NativeIter::Seq {
                seq: v.clone(),
                index: 0,
                kind: SeqIterKind::Bytes,
            }),
            Value::ByteArray(_) => Self::new_iter(NativeIter::Seq {
                seq: v.clone(),
                index: 0,
                kind: SeqIterKind::ByteArray,
            }),
            Value::Range(r) => crate::objects::range::iter(r),
            Value::Str(s) => Self::new_iter(NativeIter::Str {
                s: s.clone(),
                byte_pos: 0,
            }),
            Value::Dict(d) => Self::new_iter(NativeIter::dict_keys(d)),
            Value::Set(s) | Value::FrozenSet(s) => Self::new_iter(NativeIter::Set {
                set: s.clone(),
                pos: 0,
                len: s.len(),
            }),
            Value::Iter(_) => v.clone(),
            Value::Generator(g) if g.kind == GenKind::Generator => v.clone(),
            _ => {
                let t = self.type_of(v);
                let itn = self.names.__iter__.clone();
                match t.lookup(&itn) {
                    // `__iter__ = None` blocks the __getitem__ fallback.
                    Some(Value::None) => {
                        let tn = t.name();
                        return self.type_error(format!("'{tn}' object is not iterable"));
                    }
                    Some(m) if t.heap || !matches!(m, Value::Builtin(_)) => {
                        let r = self.call_value(m, std::slice::from_ref(v), &[])?;
                        if !self.is_iterator(&r) {
                            let tn = self.type_name(&r);
                            return self.type_error(format!(
                                "iter() returned non-iterator of type '{tn}'"
                            ));
                        }
                        return Ok(r);
                    }
                    _ => {}
                }
                if let Value::Instance(i) = v {
                    match &i.payload {
                        Payload::List(l) => return self.get_iter(&Value::List(l.clone())),
                        Payload::Tuple(l) => return self.get_iter(&Value::Tuple(l.clone())),
                        Payload::Dict(d) => return Ok(Self::new_iter(NativeIter::dict_keys(d))),
                        Payload::DictView(d, kind) => {
                            return Ok(Self::new_iter(NativeIter::dict(d, *kind)));
                        }
                        Payload::Str(s) => return self.get_iter(&Value::Str(s.clone())),
                        Payload::Set(s) => return self.get_iter(&Value::Set(s.clone())),
                        _ => {}
                    }
                }
                let gi = self.names.__getitem__.clone();
                if t.lookup(&gi).is_some() {
                    return Ok(Self::new_iter(NativeIter::SeqGetItem {
                        obj: v.clone(),
                        index: 0,
                        done: false,
                    }));
                }
                let tn = t.name();
                return self.type_error(format!("'{tn}' object is not iterable"));
            }
        })
    }

    /// Advance a native iterator. None: exhausted.
    pub fn native_next(&mut self, it: &Rc<RefCell<NativeIter>>) -> PyResult<Option<Value>> {
        let mut b = it.borrow_mut();
        match &mut *b {
            NativeIter::Seq { seq, index, .. } => {
                let i = *index;
                let r = match seq {
                    Value::List(l) => l.borrow().get(i).cloned(),
                    Value::Tuple(t) => t.get(i).cloned(),
                    Value::Bytes(x) => x.get(i).map(|c| Value::Int(*c as i64)),
                    Value::ByteArray(x) => x.borrow().get(i).map(|c| Value::Int(*c as i64)),
                    _ => None,
                };
                match r {
                    Some(v) => {
                        *index += 1;
                        Ok(Some(v))
                    }
                    None => {
                        *b = NativeIter::Exhausted;
                        Ok(None)
                    }
                }
            }
            NativeIter::Range { next, stop, step } => {
                Ok(range_step(next, *stop, *step).map(Value::int))
            }
            NativeIter::BigRange { next, left, step } => {
                Ok(crate::objects::range::big_next(next, left, step))
            }
            NativeIter::Str { s, byte_pos } => {
                let rest = &s.s[*byte_pos..];
                match rest.chars().next() {
                    Some(c) => {
                        *byte_pos += c.len_utf8();
                        let mut buf = [0u8; 4];
                        Ok(Some(Value::str(c.encode_utf8(&mut buf))))
                    }
                    None => Ok(None),
                }
            }
            NativeIter::DictKeys {
                dict,
                pos,
                len,
                kind,
                last_item,
            } => {
                if dict.len() != *len {
                    *len = usize::MAX;
                    drop(b);
                    return self.runtime_error("dictionary changed size during iteration");
                }
                match dict.entry_from(*pos) {
                    Some((np, k, v, _)) => {
                        *pos = np;
                        Ok(Some(match kind {
                            DictIterKind::Keys => k,
                            DictIterKind::Values => v,
                            DictIterKind::Items => Value::Tuple(item_tuple(last_item, k, v)),
                        }))
                    }
                    None => Ok(None),
                }
            }
            NativeIter::Set { set, pos, len } => {
                if set.len() != *len {
                    *len = usize::MAX;
                    drop(b);
                    return self.runtime_error("Set changed size during iteration");
                }
                let r = set.table.borrow().iter_from(*pos);
                match r {
                    Some((np, k)) => {
                        *pos = np;
                        Ok(Some(k))
                    }
                    None => Ok(None),
                }
            }
            NativeIter::Reversed { seq, index } => {
                if *index < 0 {
                    return Ok(None);
                }
                let i = *index as usize;
                *index -= 1;
                let seq = seq.clone();
                drop(b);
                match &seq {
                    Value::List(l) => Ok(l.borrow().get(i).cloned()),
                    _ => self.getitem(&seq, &Value::Int(i as i64)).map(Some),
                }
            }
            NativeIter::Enumerate {
                it: inner_it,
                count,
            } => {
                let (inner, c) = (inner_it.clone(), count.clone());
                drop(b);
                match self.iter_next(&inner)? {
                    Some(v) => {
                        let next =
                            self.binary_op(crate::bytecode::BinOp::Add, &c, &Value::Int(1))?;
                        if let NativeIter::Enumerate { count, .. } = &mut *it.borrow_mut() {
                            *count = next;
                        }
                        Ok(Some(Value::tuple(vec![c, v])))
                    }
                    None => Ok(None),
                }
            }
            NativeIter::Zip { its, strict } => {
                let (its, strict) = (its.clone(), *strict);
                drop(b);
                if its.is_empty() {
                    return Ok(None);
                }
                let mut out = Vec::with_capacity(its.len());
                for (n, i) in its.iter().enumerate() {
                    match self.iter_next(i)? {
                        Some(v) => out.push(v),
                        None if strict => return self.zip_strict_end(&its, n),
                        None => return Ok(None),
                    }
                }
                Ok(Some(Value::tuple(out)))
            }
            NativeIter::Map { func, its } => {
                let (func, its) = (func.clone(), its.clone());
                drop(b);
                let mut args = Vec::with_capacity(its.len());
                for i in &its {
                    match self.iter_next(i)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call_value(func, &args, &[]).map(Some)
            }
            NativeIter::Filter { func, it } => {
                let (func, inner) = (func.clone(), it.clone());
                drop(b);
                loop {
                    match self.iter_next(&inner)? {
                        Some(v) => {
                            let keep = if func.is_none() {
                                self.truthy(&v)?
                            } else {
                                let r =
                                    self.call_value(func.clone(), std::slice::from_ref(&v), &[])?;
                                self.truthy(&r)?
                            };
                            if keep {
                                return Ok(Some(v));
                            }
                        }
                        None => return Ok(None),
                    }
                }
            }
            NativeIter::Callable {
                func,
                sentinel,
                done,
            } => {
                if *done {
                    return Ok(None);
                }
                let (func, sentinel) = (func.clone(), sentinel.clone());
                drop(b);
                // StopIteration from the callable ends the iteration too.
                let v = match self.call_value(func, &[], &[]) {
                    Ok(v) => v,
                    Err(e) => {
                        let si = self.exc.stop_iteration.clone();
                        if !self.exc_matches(&e, &si) {
                            return Err(e);
                        }
                        if let NativeIter::Callable { done, .. } = &mut *it.borrow_mut() {
                            *done = true;
                        }
                        return Ok(None);
                    }
                };
                if self.eq_bool(&v, &sentinel)? {
                    if let NativeIter::Callable { done, .. } = &mut *it.borrow_mut() {
                        *done = true;
                    }
                    return Ok(None);
                }
                Ok(Some(v))
            }
            NativeIter::SeqGetItem { obj, index, done } => {
                if *done {
                    return Ok(None);
                }
                let (obj, i) = (obj.clone(), *index);
                *index += 1;
                drop(b);
                match self.getitem(&obj, &Value::Int(i)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) => {
                        let ie = self.exc.index_error.clone();
                        let si = self.exc.stop_iteration.clone();
                        if self.exc_matches(&e, &ie) || self.exc_matches(&e, &si) {
                            if let NativeIter::SeqGetItem { done, .. } = &mut *it.borrow_mut() {
                                *done = true;
                            }
                            Ok(None)
                        } else {
                            Err(e)
                        }
                    }
                }
            }
            NativeIter::Exhausted => Ok(None),
        }
    }

    /// zip(strict=True) found iterator `n` exhausted: all the others must be too.
    fn zip_strict_end(&mut self, its: &[Value], n: usize) -> PyResult<Option<Value>> {
        let plural = |i: usize| {
            if i == 1 {
                " ".to_string()
            } else {
                "s 1-".to_string()
            }
        };
        if n > 0 {
            return self.value_error(format!(
                "zip() argument {} is shorter than argument{}{n}",
                n + 1,
                plural(n)
            ));
        }
        for (i, it) in its.iter().enumerate().skip(1) {
            if self.iter_next(it)?.is_some() {
                return self.value_error(format!(
                    "zip() argument {} is longer than argument{}{i}",
                    i + 1,
                    plural(i)
                ));
            }
        }
        Ok(None)
    }

    /// next() on any iterator. None: exhausted (StopIteration).
    pub fn iter_next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iter(ni) => self.native_next(ni),
            Value::Generator(g) => {
                let g = g.clone();
                if g.state.get() == GenState::Closed {
                    return Ok(None);
                }
                match self.gen_resume(&g, Value::None, None)? {
                    super::generator::GenResult::Yield(v) => Ok(Some(v)),
                    super::generator::GenResult::Return(_) => Ok(None),
                }
            }
            _ => {
                let nn = self.names.__next__.clone();
                match self.lookup_method(it, &nn) {
                    Some(m) => match self.call_value(m, &[], &[]) {
                        Ok(v) => Ok(Some(v)),
                        Err(e) => {
                            let si = self.exc.stop_iteration.clone();
                            if self.exc_matches(&e, &si) {
                                Ok(None)
                            } else {
                                Err(e)
                            }
                        }
                    },
                    None => {
                        let tn = self.type_name(it);
                        self.type_error(format!("'{tn}' object is not an iterator"))
                    }
                }
            }
        }
    }

    /// Collect an iterable into a Vec.
    pub fn iterate(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.borrow().clone()),
            Value::Tuple(t) => return Ok(t.to_vec()),
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.iter_next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// Unpack for assignment: exactly `before` items, or `before` + starred list + `after`.
    /// UNPACK_SEQUENCE: push the `n` items of `v` last to first. Tuples and lists of
    /// exactly that length are copied straight onto the stack.
    pub fn unpack_onto(&mut self, v: &Value, n: usize, stack: &mut Vec<Value>) -> PyResult<()> {
        match v {
            Value::Tuple(t) if t.len() == n => stack.extend(t.iter().rev().cloned()),
            Value::List(l) if l.borrow().len() == n => {
                stack.extend(l.borrow().iter().rev().cloned())
            }
            _ => stack.extend(self.unpack(v, n, None)?.into_iter().rev()),
        }
        Ok(())
    }

    pub fn unpack(
        &mut self,
        v: &Value,
        before: usize,
        after: Option<usize>,
    ) -> PyResult<Vec<Value>> {
        if !self.is_iterable(v) {
            let tn = self.type_name(v);
            return self.type_error(format!("cannot unpack non-iterable {tn} object"));
        }
        match after {
            None => {
                let it = self.get_iter(v)?;
                let mut out = Vec::with_capacity(before);
                while out.len() < before {
                    match self.iter_next(&it)? {
                        Some(x) => out.push(x),
                        None => {
                            return self.value_error(format!(
                                "not enough values to unpack (expected {before}, got {})",
                                out.len()
                            ));
                        }
                    }
                }
                if self.iter_next(&it)?.is_some() {
                    return self
                        .value_error(format!("too many values to unpack (expected {before})"));
                }
                Ok(out)
            }
            Some(after) => {
                let items = self.iterate(v)?;
                if items.len() < before + after {
                    return self.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    ));
                }
                let mut out: Vec<Value> = items[..before].to_vec();
                out.push(Value::list(items[before..items.len() - after].to_vec()));
                out.extend(items[items.len() - after..].iter().cloned());
                Ok(out)
            }
        }
    }

    pub fn repr_of(&mut self, v: &Value) -> PyResult<String> {
        repr::repr(self, v)
    }

    pub fn str_of(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.s.to_string()),
            Value::Instance(i) => {
                let cls = i.class();
                let sn = self.names.__str__.clone();
                // Builtin __str__ methods are handled below, except exception
                // types' own (e.g. OSError's).
                if let Some(m) = cls.lookup(&sn)
                    && match &m {
                        Value::Builtin(b) => i.exc().is_some() && b.owner != Some("BaseException"),
                        _ => true,
                    }
                {
                    let r = self.call_value(m, std::slice::from_ref(v), &[])?;
                    return match r {
                        Value::Str(s) => Ok(s.s.to_string()),
                        other => {
                            let tn = self.type_name(&other);
                            self.type_error(format!("__str__ returned non-string (type {tn})"))
                        }
                    };
                }
                if i.exc().is_some() {
                    return crate::objects::exceptions::exc_text(self, v);
                }
                if let Payload::Str(s) = &i.payload {
                    return Ok(s.s.to_string());
                }
                self.repr_of(v)
            }
            Value::Type(_) => {
                let sn = self.names.__str__.clone();
                match self.meta_dunder(v, &sn) {
                    Some(m) => match self.call_value(m, &[], &[])? {
                        Value::Str(s) => Ok(s.s.to_string()),
                        other => {
                            let tn = self.type_name(&other);
                            self.type_error(format!("__str__ returned non-string (type {tn})"))
                        }
                    },
                    None => self.repr_of(v),
                }
            }
            _ => repr::str_builtin(self, v),
        }
    }

    /// BUILD_STRING: replace the top `n` stack items (strs, from FORMAT_VALUE) by
    /// their concatenation.
    pub fn build_string(&mut self, stack: &mut Vec<Value>, n: usize) -> PyResult<()> {
        let at = stack.len() - n;
        let len = stack[at..]
            .iter()
            .map(|v| match v {
                Value::Str(p) => p.s.len(),
                _ => 0,
            })
            .sum();
        let mut s = StrBuf::with_capacity(len);
        let mut ascii = true;
        let mut r = Ok(());
        for it in stack.drain(at..) {
            match it {
                Value::Str(p) => {
                    s.push_str(&p.s);
                    ascii &= p.ascii;
                }
                other => match self.str_of(&other) {
                    Ok(t) => {
                        s.push_str(&t);
                        ascii &= t.is_ascii();
                    }
                    Err(e) => {
                        r = Err(e);
                        break;
                    }
                },
            }
        }
        stack.push(Value::Str(Rc::new(PyStr::from_buf(s, ascii))));
        r
    }

    pub fn format_value(&mut self, v: Value, conv: u32, spec: Option<Value>) -> PyResult<Value> {
        let v = match conv {
            1 => Value::string(self.str_of(&v)?),
            2 => Value::string(self.repr_of(&v)?),
            3 => Value::string(repr::ascii_escape(&self.repr_of(&v)?)),
            _ => v,
        };
        let spec_s = match &spec {
            Some(Value::Str(s)) => s.as_str(),
            _ => "",
        };
        if spec_s.is_empty() {
            match v {
                Value::Str(_) => return Ok(v),
                Value::Int(i) => {
                    let mut buf = [0; 64];
                    return Ok(Value::str(crate::fmt::i64_decimal(i, &mut buf)));
                }
                _ => {}
            }
        }
        let s = crate::objects::format::format(self, &v, spec_s)?;
        Ok(Value::string(s))
    }

    /// Attributes that builtin objects expose directly (not through their type's dict).
    pub fn special_attr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        let n = name.s.as_str();
        if n == "__class__" {
            return Ok(Some(Value::Type(self.type_of(obj))));
        }
        Ok(match obj {
            Value::Function(f) => match n {
                "__name__" => Some(Value::Str(f.name.borrow().clone())),
                "__qualname__" => Some(Value::Str(f.qualname.borrow().clone())),
                "__doc__" => Some(f.doc.borrow().clone()),
                "__code__" => Some(Value::Code(f.code.clone())),
                "__module__" => Some(f.module.clone()),
                "__defaults__" => {
                    let d = f.defaults.borrow();
                    Some(if d.is_empty() {
                        Value::None
                    } else {
                        Value::tuple(d.clone())
                    })
                }
                "__kwdefaults__" => Some(
                    f.kwdefaults
                        .borrow()
                        .clone()
                        .map(Value::Dict)
                        .unwrap_or(Value::None),
                ),
                "__globals__" => Some(Value::Dict(f.globals.clone())),
                "__closure__" => Some(if f.closure.is_empty() {
                    Value::None
                } else {
                    Value::tuple(f.closure.iter().map(|c| Value::Cell(c.clone())).collect())
                }),
                "__dict__" => {
                    let mut d = f.dict.borrow_mut();
                    Some(Value::Dict(
                        d.get_or_insert_with(|| Rc::new(super::dict::PyDict::new()))
                            .clone(),
                    ))
                }
                "__annotations__" => Some(Value::Dict(
                    f.annotations
                        .borrow_mut()
                        .get_or_insert_with(|| Rc::new(super::dict::PyDict::new()))
                        .clone(),
                )),
                "__wrapped__" => None,
                _ => None,
            },
            Value::BoundMethod(m) => match n {
                "__self__" => Some(m.receiver.clone()),
                // A bound builtin (`[].append`) is a builtin function: no __func__.
                "__func__" if !matches!(m.func, Value::Builtin(_)) => Some(m.func.clone()),
                "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                    Some(self.get_attr(&m.func.clone(), name)?)
                }
                _ => None,
            },
            Value::Builtin(b) => match n {
                "__name__" => Some(Value::str(b.name)),
                "__qualname__" => Some(match b.owner {
                    Some(owner) => Value::string(format!("{owner}.{}", b.name)),
                    None => Value::str(b.name),
                }),
                "__doc__" => Some(Value::None),
                "__module__" => Some(Value::None),
                "__self__" => Some(b.binding.clone().unwrap_or(Value::None)),
                _ => None,
            },
            Value::Generator(g) => match n {
                "__name__" => Some(Value::Str(g.name())),
                "__qualname__" => Some(Value::Str(g.qualname())),
                "gi_running" | "cr_running" | "ag_running" => {
                    Some(Value::Bool(g.state.get() == GenState::Running))
                }
                "gi_suspended" | "cr_suspended" => {
                    Some(Value::Bool(g.state.get() == GenState::Suspended))
                }
                "gi_code" | "cr_code" | "ag_code" => Some(Value::Code(g.code.clone())),
                "gi_frame" | "cr_frame" | "ag_frame" => {
                    Some(if g.state.get() == GenState::Closed {
                        Value::None
                    } else {
                        crate::objects::frameobj::frame_proxy(self, g)
                    })
                }
                "gi_yieldfrom" | "cr_await" => Some(crate::objects::frameobj::yield_from_target(g)),
                _ => None,
            },
            Value::Code(c) => crate::objects::frameobj::code_attr(c, n),
            Value::Instance(i) => {
                if let Some(v) = crate::objects::exceptions::exc_field(obj, n) {
                    return Ok(Some(v));
                }
                if let Some(e) = i.exc() {
                    let e = e.borrow();
                    match n {
                        "args" => Some(e.args.clone()),
                        "__cause__" => Some(e.cause.clone()),
                        "__context__" => Some(e.context.clone()),
                        "__suppress_context__" => Some(Value::Bool(e.suppress_context)),
                        // Errors the VM raised without these fields.
                        "name"
                            if i.class().is_subtype(&self.exc.name_error)
                                || i.class().is_subtype(&self.exc.attribute_error) =>
                        {
                            Some(Value::None)
                        }
                        "obj" if i.class().is_subtype(&self.exc.attribute_error) => {
                            Some(Value::None)
                        }
                        "__traceback__" => {
                            drop(e);
                            return Ok(Some(crate::objects::frameobj::traceback_of(self, obj)));
                        }
                        "value" if i.class().is_subtype(&self.exc.stop_iteration) => {
                            Some(match &e.args {
                                Value::Tuple(t) => t.first().cloned().unwrap_or(Value::None),
                                _ => Value::None,
                            })
                        }
                        "code" if i.class().is_subtype(&self.exc.system_exit) => {
                            Some(match &e.args {
                                Value::Tuple(t) if t.len() == 1 => t[0].clone(),
                                Value::Tuple(t) if t.is_empty() => Value::None,
                                other => other.clone(),
                            })
                        }
                        _ => None,
                    }
                } else if n == "__dict__" {
                    i.dict.as_ref().map(|d| Value::Dict(d.clone()))
                } else {
                    None
                }
            }
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => match n {
                "real" | "numerator" => Some(match obj {
                    Value::Bool(b) => Value::Int(*b as i64),
                    o => o.clone(),
                }),
                "imag" => Some(Value::Int(0)),
                "denominator" => Some(Value::Int(1)),
                _ => None,
            },
            Value::Float(f) => match n {
                "real" => Some(Value::Float(*f)),
                "imag" => Some(Value::Float(0.0)),
                _ => None,
            },
            Value::Complex(c) => match n {
                "real" => Some(Value::Float(c.re)),
                "imag" => Some(Value::Float(c.im)),
                _ => None,
            },
            Value::Range(r) => match n {
                "start" => Some(r.start.clone()),
                "stop" => Some(r.stop.clone()),
                "step" => Some(r.step.clone()),
                _ => None,
            },
            Value::Slice(s) => match n {
                "start" => Some(s.start.clone()),
                "stop" => Some(s.stop.clone()),
                "step" => Some(s.step.clone()),
                _ => None,
            },
            Value::Property(p) => match n {
                "fget" => Some(p.fget.clone()),
                "fset" => Some(p.fset.clone()),
                "fdel" => Some(p.fdel.clone()),
                "__doc__" => Some(p.doc.clone()),
                _ => None,
            },
            Value::StaticMethod(f) | Value::ClassMethod(f) => match n {
                "__func__" | "__wrapped__" => Some((**f).clone()),
                _ => None,
            },
            Value::Module(m) => match n {
                "__dict__" => Some(Value::Dict(m.dict.clone())),
                _ => None,
            },
            Value::Cell(c) => match n {
                "cell_contents" => Some(c.value.borrow().clone()),
                _ => None,
            },
            Value::Super(s) => match n {
                "__self__" if s.obj.is_undef() => Some(Value::None),
                "__self__" => Some(s.obj.clone()),
                "__thisclass__" => Some(Value::Type(s.this_type.clone())),
                "__self_class__" if s.obj.is_undef() => Some(Value::None),
                "__self_class__" => Some(Value::Type(s.obj_type.clone())),
                _ => None,
            },
            _ => None,
        })
    }

    /// A full traceback, as CPython prints it for an uncaught exception.
    pub fn format_exception(&mut self, e: &Value) -> String {
        let mut ctx = PrintCtx::default();
        let mut out = String::new();
        self.format_exc_chain(e, &mut ctx, &mut out);
        out
    }

    /// An exception after the ones it was caused by or raised while handling.
    fn format_exc_chain(&mut self, e: &Value, ctx: &mut PrintCtx, out: &mut String) {
        let mut chain: Vec<(Value, Option<&'static str>)> = Vec::new();
        let mut cur = e.clone();
        loop {
            ctx.seen.push(cur.ptr().unwrap_or(0));
            let link = match &cur {
                Value::Instance(i) => i.exc().and_then(|d| {
                    let d = d.borrow();
                    if !d.cause.is_none() {
                        Some((
                            d.cause.clone(),
                            "\nThe above exception was the direct cause of the following exception:\n\n",
                        ))
                    } else if !d.context.is_none() && !d.suppress_context {
                        Some((
                            d.context.clone(),
                            "\nDuring handling of the above exception, another exception occurred:\n\n",
                        ))
                    } else {
                        None
                    }
                }),
                _ => None,
            };
            let link = link.filter(|(next, _)| !ctx.seen.contains(&next.ptr().unwrap_or(0)));
            chain.push((cur, link.as_ref().map(|(_, msg)| *msg)));
            match link {
                Some((next, _)) => cur = next,
                None => break,
            }
        }
        for (exc, msg) in chain.into_iter().rev() {
            if let Some(msg) = msg {
                ctx.emit(out, msg, '|');
            }
            self.format_one_exception(&exc, ctx, out);
        }
    }

    /// One exception: its traceback and summary line, or an exception group's tree.
    fn format_one_exception(&mut self, e: &Value, ctx: &mut PrintCtx, out: &mut String) {
        let members = self.group_members(e);
        let toplevel = ctx.depth == 0;
        if members.is_some() && toplevel {
            ctx.depth += 1;
        }
        let tb = match e {
            Value::Instance(i) => i.exc().map(|d| d.borrow().traceback.clone()),
            _ => None,
        }
        .unwrap_or_default();
        if !tb.is_empty() {
            let (title, margin) = match members {
                Some(_) => (
                    "Exception Group Traceback (most recent call last):\n",
                    if toplevel { '+' } else { '|' },
                ),
                None => ("Traceback (most recent call last):\n", '|'),
            };
            ctx.emit(out, title, margin);
            let frames = super::tbformat::format_entries(&self.sources, &tb);
            ctx.emit(out, &frames, '|');
        }
        let mut summary = match self.syntax_error_summary(e) {
            Some(s) => s,
            None => self.exception_summary(e),
        };
        if let Some(s) = self.offer_suggestion(e) {
            summary.push_str(&format!(
                ". Did you mean: {}?",
                crate::objects::repr::str_repr(&s)
            ));
        }
        summary.push('\n');
        ctx.emit(out, &summary, '|');
        let Some(members) = members else { return };
        // Sub-exceptions, numbered, at most MAX_GROUP_WIDTH of them shown.
        let n = members.len().min(MAX_GROUP_WIDTH + 1);
        ctx.need_close = false;
        for i in 0..n {
            let last = i + 1 == n;
            if last {
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            out.push_str(&format!(
                "{}{}+---------------- {title} ----------------\n",
                ctx.indent(),
                if i == 0 { "+-" } else { "  " }
            ));
            ctx.depth += 1;
            if !truncated {
                self.format_exc_chain(&members[i], ctx, out);
            } else {
                let remaining = members.len() - MAX_GROUP_WIDTH;
                let plural = if remaining > 1 { "s" } else { "" };
                ctx.emit(
                    out,
                    &format!("and {remaining} more exception{plural}\n"),
                    '|',
                );
            }
            if last && ctx.need_close {
                out.push_str(&format!(
                    "{}+------------------------------------\n",
                    ctx.indent()
                ));
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if toplevel {
            ctx.depth = 0;
        }
    }

    /// A SyntaxError is shown with its place in the source rather than its str():
    /// the file and line, the text with carets under the error, then "SyntaxError: msg".
    fn syntax_error_summary(&mut self, e: &Value) -> Option<String> {
        if !self.type_of(e).is_subtype(&self.exc.syntax_error) {
            return None;
        }
        let field = |n: &str| crate::objects::exceptions::exc_field(e, n).unwrap_or(Value::None);
        let mut out = String::new();
        let mut suffix = String::new();
        match (field("lineno"), field("filename")) {
            (Value::Int(l), f) => {
                let f = match f {
                    Value::Str(s) => s.s.to_string(),
                    _ => "<string>".into(),
                };
                out.push_str(&format!("  File \"{f}\", line {l}\n"));
            }
            (_, Value::Str(f)) => suffix = format!(" ({})", f.s),
            _ => {}
        }
        if let Value::Str(text) = field("text") {
            let rtext = text.s.trim_end_matches('\n');
            let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
            let spaces = rtext.chars().count() - ltext.chars().count();
            out.push_str(&format!("    {ltext}\n"));
            if let Value::Int(offset) = field("offset") {
                let mut end = match field("end_offset") {
                    Value::Int(e) if e != 0 => e,
                    _ => offset,
                };
                if end == offset || end == -1 {
                    end = offset + 1;
                }
                let col = offset - 1 - spaces as i64;
                let end_col = end - 1 - spaces as i64;
                if col >= 0 {
                    let pad: String = ltext
                        .chars()
                        .take(col as usize)
                        .map(|c| if c.is_whitespace() { c } else { ' ' })
                        .collect();
                    let carets = "^".repeat((end_col - col).max(0) as usize);
                    out.push_str(&format!("    {pad}{carets}\n"));
                }
            }
        }
        let msg = match field("msg") {
            Value::None => "<no detail available>".to_string(),
            m => self.str_of(&m).ok()?,
        };
        out.push_str(&format!("{}: {msg}{suffix}", self.type_of(e).name()));
        Some(out)
    }

    /// The sub-exceptions of an exception group.
    fn group_members(&mut self, e: &Value) -> Option<Vec<Value>> {
        if !self.type_of(e).is_subtype(&self.exc.base_exception_group) {
            return None;
        }
        let name = self.intern("exceptions");
        match self.get_attr(e, &name) {
            Ok(Value::Tuple(t)) => Some(t.to_vec()),
            _ => None,
        }
    }

    /// "Type: message" (the last line of a traceback).
    pub fn exception_summary(&mut self, e: &Value) -> String {
        let t = self.type_of(e);
        let mut name = t.name();
        if t.heap {
            let m = t.dict.get_str(&self.names.__module__.clone());
            if let Some(Value::Str(m)) = m
                && m.s != "__main__"
                && m.s != "builtins"
            {
                name = format!("{}.{}", m.s, name);
            }
        }
        let msg = self
            .str_of(e)
            .unwrap_or_else(|_| "<exception str() failed>".to_string());
        if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        }
    }
}

/// Sub-exceptions of a group shown in a traceback (CPython's default).
const MAX_GROUP_WIDTH: usize = 15;

/// Where a traceback is in the tree of an exception group being printed.
#[derive(Default)]
struct PrintCtx {
    depth: usize,
    need_close: bool,
    /// Exceptions already printed (breaks cycles in chains).
    seen: Vec<usize>,
}

impl PrintCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Append `text`, each line prefixed by the group margin.
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

pub fn to_usize(v: &Value) -> Option<usize> {
    match v {
        Value::Int(i) if *i >= 0 => Some(*i as usize),
        Value::BigInt(b) => b.to_usize(),
        _ => None,
    }
}

/// The (key, value) tuple for the next item of a dict items iterator: the previous
/// one refilled when the iterator holds the only reference to it, else a new one.
fn item_tuple(last: &mut Option<Rc<Vec<Value>>>, k: Value, v: Value) -> Rc<Vec<Value>> {
    if let Some(t) = last
        && let Some([tk, tv]) = Rc::get_mut(t).map(|items| &mut items[..])
    {
        let old = (std::mem::replace(tk, k), std::mem::replace(tv, v));
        drop(old);
        return t.clone();
    }
    let t = Rc::new(vec![k, v]);
    *last = Some(t.clone());
    t
}
