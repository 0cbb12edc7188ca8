//! Runtime support for `match` statements: structural checks on subjects and the
//! attribute extraction of class patterns.

use super::Vm;
use super::dict::PyDict;
use super::value::*;
use crate::bytecode::Op;
use std::rc::Rc;

/// `__abc_tpflags__` bits (CPython's Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING) that let a
/// Python class take part in sequence or mapping patterns.
const FLAG_SEQUENCE: i64 = 1 << 5;
const FLAG_MAPPING: i64 = 1 << 6;

impl Vm {
    /// The `match` instructions (kept out of the dispatch loop's body).
    #[inline(never)]
    pub fn match_op(&mut self, op: Op, stack: &mut Vec<Value>) -> PyResult<()> {
        let top = |stack: &Vec<Value>| stack.last().cloned().unwrap_or_default();
        let v = match op {
            Op::MatchMapping => {
                let v = top(stack);
                Value::Bool(self.match_is_mapping(&v))
            }
            Op::MatchSequence => {
                let v = top(stack);
                Value::Bool(self.match_is_sequence(&v))
            }
            Op::MatchKeys => {
                let len = stack.len();
                let (subject, keys) = (stack[len - 2].clone(), stack[len - 1].clone());
                self.match_keys(&subject, &keys)?
            }
            Op::MatchClass(n) => {
                let names = stack.pop().unwrap_or_default();
                let cls = stack.pop().unwrap_or_default();
                let subject = stack.pop().unwrap_or_default();
                self.match_class(&subject, &cls, n as usize, &names)?
            }
            Op::GetLen => {
                let v = top(stack);
                Value::Int(self.len(&v)? as i64)
            }
            Op::CopyDictWithoutKeys => {
                let keys = stack.pop().unwrap_or_default();
                let subject = stack.pop().unwrap_or_default();
                self.dict_without_keys(&subject, &keys)?
            }
            _ => return Ok(()),
        };
        stack.push(v);
        Ok(())
    }

    fn abc_flags(&mut self, t: &Rc<TypeObj>) -> i64 {
        let key = self.intern("__abc_tpflags__");
        match t.lookup(&key) {
            Some(Value::Int(f)) => f,
            _ => 0,
        }
    }

    pub fn match_is_sequence(&mut self, v: &Value) -> bool {
        match v {
            Value::List(_) | Value::Tuple(_) | Value::Range(_) => true,
            Value::Instance(i) => {
                matches!(i.payload, Payload::List(_) | Payload::Tuple(_))
                    || self.abc_flags(&i.class()) & FLAG_SEQUENCE != 0
            }
            _ => false,
        }
    }

    pub fn match_is_mapping(&mut self, v: &Value) -> bool {
        match v {
            Value::Dict(_) => true,
            Value::Instance(i) => {
                matches!(i.payload, Payload::Dict(_))
                    || self.abc_flags(&i.class()) & FLAG_MAPPING != 0
            }
            _ => false,
        }
    }

    /// MATCH_KEYS: the values for `keys`, or None when one is missing.
    pub fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let Value::Tuple(keys) = keys else {
            return Ok(Value::None);
        };
        if keys.is_empty() {
            return Ok(Value::tuple(Vec::new()));
        }
        let getter = match subject {
            Value::Dict(_) => None,
            _ => {
                let get = self.intern("get");
                Some(self.get_attr(subject, &get)?)
            }
        };
        let seen = PyDict::new();
        let mut values = Vec::with_capacity(keys.len());
        // A private sentinel tells a missing key from a stored None.
        let missing = Value::Instance(Rc::new(Instance {
            cls: std::cell::RefCell::new(self.types.object.clone()),
            dict: None,
            payload: Payload::None,
        }));
        for k in keys.iter() {
            if self.dict_get(&seen, k)?.is_some() {
                let r = self.repr_of(k)?;
                return self.value_error(format!("mapping pattern checks duplicate key ({r})"));
            }
            self.dict_set(&seen, k.clone(), Value::None)?;
            let v = match (&getter, subject) {
                (None, Value::Dict(d)) => self.dict_get(d, k)?.unwrap_or(missing.clone()),
                (Some(g), _) => self.call_value(g.clone(), &[k.clone(), missing.clone()], &[])?,
                _ => missing.clone(),
            };
            if v.is(&missing) {
                return Ok(Value::None);
            }
            values.push(v);
        }
        Ok(Value::tuple(values))
    }

    /// `**rest` of a mapping pattern: a dict of the subject's items without `keys`.
    pub fn dict_without_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let rest = Rc::new(PyDict::new());
        self.dict_merge(&rest, subject, false)?;
        if let Value::Tuple(keys) = keys {
            for k in keys.iter() {
                self.dict_del(&rest, k)?;
            }
        }
        Ok(Value::Dict(rest))
    }

    /// MATCH_CLASS: the attributes named by the positional (through `__match_args__`)
    /// and keyword sub-patterns, or None when `subject` is not an instance of `cls`.
    pub fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        nargs: usize,
        kwnames: &Value,
    ) -> PyResult<Value> {
        let Value::Type(t) = cls else {
            return self.type_error("called match pattern must be a type");
        };
        if !self.type_of(subject).is_subtype(t) {
            return Ok(Value::None);
        }
        let mut names: Vec<Rc<PyStr>> = Vec::new();
        let mut values = Vec::new();
        if nargs > 0 {
            let key = self.intern("__match_args__");
            let match_args = match self.get_attr(cls, &key) {
                Ok(v) => Some(v),
                Err(e) => {
                    let ae = self.exc.attribute_error.clone();
                    if !self.exc_matches(&e, &ae) {
                        return Err(e);
                    }
                    None
                }
            };
            match match_args {
                Some(Value::Tuple(items)) => {
                    if nargs > items.len() {
                        return self.too_many_positional(t, items.len(), nargs);
                    }
                    for item in &items[..nargs] {
                        let Value::Str(s) = item else {
                            let tn = self.type_name(item);
                            return self.type_error(format!(
                                "__match_args__ elements must be strings (got {tn})"
                            ));
                        };
                        names.push(s.clone());
                    }
                }
                Some(other) => {
                    let tn = self.type_name(&other);
                    return self.type_error(format!(
                        "{}.__match_args__ must be a tuple (got {tn})",
                        t.name()
                    ));
                }
                None if self.matches_self(t) => {
                    if nargs > 1 {
                        return self.too_many_positional(t, 1, nargs);
                    }
                    values.push(subject.clone());
                }
                None => return self.too_many_positional(t, 0, nargs),
            }
        }
        if let Value::Tuple(kw) = kwnames {
            for k in kw.iter() {
                if let Value::Str(s) = k {
                    names.push(s.clone());
                }
            }
        }
        for (i, name) in names.iter().enumerate() {
            if names[..i].iter().any(|n| n.s == name.s) {
                return self.type_error(format!(
                    "{}() got multiple sub-patterns for attribute '{}'",
                    t.name(),
                    name.s
                ));
            }
            match self.get_attr(subject, name) {
                Ok(v) => values.push(v),
                Err(e) => {
                    let ae = self.exc.attribute_error.clone();
                    if self.exc_matches(&e, &ae) {
                        return Ok(Value::None);
                    }
                    return Err(e);
                }
            }
        }
        Ok(Value::tuple(values))
    }

    /// Builtin types whose instances match a single positional sub-pattern themselves.
    fn matches_self(&self, t: &Rc<TypeObj>) -> bool {
        let ty = &self.types;
        [
            &ty.bool_,
            &ty.bytearray,
            &ty.bytes,
            &ty.dict,
            &ty.float,
            &ty.frozenset,
            &ty.int,
            &ty.list,
            &ty.set,
            &ty.str_,
            &ty.tuple,
        ]
        .iter()
        .any(|b| t.is_subtype(b))
    }

    fn too_many_positional<T>(
        &mut self,
        t: &Rc<TypeObj>,
        allowed: usize,
        given: usize,
    ) -> PyResult<T> {
        self.type_error(format!(
            "{}() accepts {allowed} positional sub-pattern{} ({given} given)",
            t.name(),
            if allowed == 1 { "" } else { "s" }
        ))
    }
}
