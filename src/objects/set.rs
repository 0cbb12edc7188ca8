//! set and frozenset: constructors, methods, operators.

use super::{KwArgs, add_method};
use crate::bytecode::{BinOp, CmpOp};
use crate::vm::Vm;
use crate::vm::value::*;
use std::rc::Rc;

fn set_of(v: &Value) -> Option<Rc<PySet>> {
    match v {
        Value::Set(s) | Value::FrozenSet(s) => Some(s.clone()),
        Value::Instance(i) => match &i.payload {
            Payload::Set(s) => Some(s.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// Add every member of an iterable (CPython's set_update_internal: sets are
/// merged table to table, dicts are added with their stored hashes after one
/// up-front resize, anything else one key at a time).
pub fn update_internal(vm: &mut Vm, s: &PySet, other: &Value) -> PyResult<()> {
    if let Some(o) = set_of(other) {
        return vm.set_merge(s, &o);
    }
    if let Value::Dict(d) = other {
        s.reserve(d.len());
        let mut pos = 0;
        while let Some((next, k, _, h)) = d.entry_from(pos) {
            vm.set_add_hashed(s, h, k)?;
            pos = next;
        }
        return Ok(());
    }
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.iter_next(&it)? {
        vm.set_add(s, k)?;
    }
    Ok(())
}

/// A new set holding the members of `v`.
fn set_from(vm: &mut Vm, v: &Value) -> PyResult<Rc<PySet>> {
    let s = Rc::new(PySet::new());
    update_internal(vm, &s, v)?;
    Ok(s)
}

fn same_kind(a: &Value, s: Rc<PySet>) -> Value {
    match a {
        Value::FrozenSet(_) => Value::FrozenSet(s),
        _ => Value::Set(s),
    }
}

/// (hash, key) pairs of a set (in table order) or a dict (in key order).
fn hashed_keys(v: &Value) -> Option<Vec<(i64, Value)>> {
    if let Some(s) = set_of(v) {
        return Some(s.entries());
    }
    let Value::Dict(d) = v else { return None };
    let (mut out, mut pos) = (Vec::with_capacity(d.len()), 0);
    while let Some((next, k, _, h)) = d.entry_from(pos) {
        out.push((h, k));
        pos = next;
    }
    Some(out)
}

fn intersection(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<Rc<PySet>> {
    let result = Rc::new(PySet::new());
    match set_of(other) {
        Some(o) => {
            // Walk the smaller set, probing the larger.
            let (small, big) = if o.len() > so.len() {
                (so, &o)
            } else {
                (&o, so)
            };
            for (h, k) in small.entries() {
                if vm.set_contains_hashed(big, h, &k)? {
                    vm.set_add_hashed(&result, h, k)?;
                }
            }
        }
        None => {
            let it = vm.get_iter(other)?;
            while let Some(k) = vm.iter_next(&it)? {
                let h = vm.hash(&k)?;
                if vm.set_contains_hashed(so, h, &k)? {
                    vm.set_add_hashed(&result, h, k)?;
                }
            }
        }
    }
    Ok(result)
}

fn difference_update(vm: &mut Vm, so: &PySet, other: &Value) -> PyResult<()> {
    if let Some(o) = set_of(other)
        && std::ptr::eq(&*o, so)
    {
        so.clear();
        return Ok(());
    }
    match hashed_keys(other) {
        Some(keys) => {
            for (h, k) in keys {
                vm.set_discard_hashed(so, h, &k)?;
            }
        }
        None => {
            let it = vm.get_iter(other)?;
            while let Some(k) = vm.iter_next(&it)? {
                vm.set_discard(so, &k)?;
            }
        }
    }
    // Like CPython, drop the dummies once they are over a quarter of the table.
    let mut t = so.table.borrow_mut();
    if t.fill - t.used > (t.slots.len() - 1) / 4 {
        let n = if t.used > 50000 {
            t.used * 2
        } else {
            t.used * 4
        };
        t.resize(n);
    }
    Ok(())
}

fn difference(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<Rc<PySet>> {
    let other_len = match (set_of(other), other) {
        (Some(o), _) => Some(o.len()),
        (None, Value::Dict(d)) => Some(d.len()),
        _ => None,
    };
    // Iterables, and much smaller sets: copy, then remove the other's members.
    if other_len.is_none_or(|n| (so.len() >> 2) > n) {
        let result = set_from(vm, &Value::Set(so.clone()))?;
        difference_update(vm, &result, other)?;
        return Ok(result);
    }
    let result = Rc::new(PySet::new());
    for (h, k) in so.entries() {
        let found = match (set_of(other), other) {
            (Some(o), _) => vm.set_contains_hashed(&o, h, &k)?,
            (None, Value::Dict(d)) => vm.dict_get(d, &k)?.is_some(),
            _ => false,
        };
        if !found {
            vm.set_add_hashed(&result, h, k)?;
        }
    }
    Ok(result)
}

fn symmetric_difference_update(vm: &mut Vm, so: &PySet, other: &Value) -> PyResult<()> {
    if let Some(o) = set_of(other)
        && std::ptr::eq(&*o, so)
    {
        so.clear();
        return Ok(());
    }
    let keys = match hashed_keys(other) {
        Some(keys) => keys,
        None => set_from(vm, other)?.entries(),
    };
    for (h, k) in keys {
        if !vm.set_discard_hashed(so, h, &k)? {
            vm.set_add_hashed(so, h, k)?;
        }
    }
    Ok(())
}

/// `so ^ other`: a copy of other, updated with so.
fn symmetric_difference(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<Rc<PySet>> {
    let result = set_from(vm, other)?;
    symmetric_difference_update(vm, &result, &Value::Set(so.clone()))?;
    Ok(result)
}

/// The set binary operators (both operands sets or frozensets).
pub fn set_binop(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (Some(x), Some(_)) = (set_of(a), set_of(b)) else {
        return Ok(None);
    };
    let r = match op {
        BinOp::Or => {
            let r = set_from(vm, a)?;
            update_internal(vm, &r, b)?;
            r
        }
        BinOp::And => intersection(vm, &x, b)?,
        BinOp::Sub => difference(vm, &x, b)?,
        BinOp::Xor => symmetric_difference(vm, &x, b)?,
        _ => return Ok(None),
    };
    Ok(Some(same_kind(a, r)))
}

/// In-place operators: the left set is updated.
pub fn set_inplace(vm: &mut Vm, op: BinOp, a: Value, b: &Value) -> PyResult<Value> {
    let (Some(dst), Some(_)) = (set_of(&a), set_of(b)) else {
        let (x, y) = (vm.type_name(&a), vm.type_name(b));
        return vm.type_error(format!(
            "unsupported operand type(s) for {}=: '{x}' and '{y}'",
            op.symbol()
        ));
    };
    match op {
        BinOp::Or => update_internal(vm, &dst, b)?,
        BinOp::And => {
            let r = intersection(vm, &dst, b)?;
            dst.replace_with(&r);
        }
        BinOp::Sub => difference_update(vm, &dst, b)?,
        _ => symmetric_difference_update(vm, &dst, b)?,
    }
    Ok(a)
}

pub fn set_compare(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
    let (Some(x), Some(y)) = (set_of(a), set_of(b)) else {
        return Ok(false);
    };
    let sub = |vm: &mut Vm, p: &Rc<PySet>, q: &Rc<PySet>| -> PyResult<bool> {
        for k in p.keys() {
            if !vm.set_contains(q, &k)? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    Ok(match op {
        CmpOp::Eq => x.len() == y.len() && sub(vm, &x, &y)?,
        CmpOp::Ne => !(x.len() == y.len() && sub(vm, &x, &y)?),
        CmpOp::Le => sub(vm, &x, &y)?,
        CmpOp::Lt => x.len() < y.len() && sub(vm, &x, &y)?,
        CmpOp::Ge => sub(vm, &y, &x)?,
        CmpOp::Gt => x.len() > y.len() && sub(vm, &y, &x)?,
    })
}

fn set_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Type(cls)) = args.first() else {
        return vm.type_error("set.__new__ needs a type");
    };
    let cls = cls.clone();
    let s = match args.get(1) {
        Some(x) => set_from(vm, x)?,
        None => Rc::new(PySet::new()),
    };
    if cls.heap {
        return Ok(vm.new_instance_with(&cls, Payload::Set(s)));
    }
    if Rc::ptr_eq(&cls, &vm.types.frozenset) {
        return Ok(Value::FrozenSet(s));
    }
    Ok(Value::Set(s))
}

fn s_add(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = set_of(&args[0]).unwrap_or_else(|| Rc::new(PySet::new()));
    vm.set_add(&s, args[1].clone())?;
    Ok(Value::None)
}

fn s_discard(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = set_of(&args[0]).unwrap_or_else(|| Rc::new(PySet::new()));
    vm.set_discard(&s, &args[1])?;
    Ok(Value::None)
}

fn s_remove(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = set_of(&args[0]).unwrap_or_else(|| Rc::new(PySet::new()));
    if !vm.set_discard(&s, &args[1])? {
        return vm.key_error(args[1].clone());
    }
    Ok(Value::None)
}

fn s_pop(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = set_of(&args[0]).unwrap_or_else(|| Rc::new(PySet::new()));
    let r = s.table.borrow_mut().pop();
    match r {
        Some(v) => Ok(v),
        None => {
            let t = vm.exc.key_error.clone();
            vm.err(&t, "pop from an empty set")
        }
    }
}

fn s_clear(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if let Some(s) = set_of(&args[0]) {
        s.clear();
    }
    Ok(Value::None)
}

fn this(vm: &mut Vm, args: &[Value]) -> PyResult<Rc<PySet>> {
    match args.first().and_then(set_of) {
        Some(s) => Ok(s),
        None => vm.type_error("descriptor requires a 'set' object"),
    }
}

fn s_copy(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = set_from(vm, &args[0])?;
    Ok(same_kind(&args[0], s))
}

fn s_union(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = set_from(vm, &args[0])?;
    for other in &args[1..] {
        update_internal(vm, &r, other)?;
    }
    Ok(same_kind(&args[0], r))
}

fn s_intersection(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let mut r = set_from(vm, &args[0])?;
    for other in &args[1..] {
        r = intersection(vm, &r, other)?;
    }
    Ok(same_kind(&args[0], r))
}

fn s_difference(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let so = this(vm, args)?;
    let r = match args.get(1) {
        None => set_from(vm, &args[0])?,
        Some(first) => difference(vm, &so, first)?,
    };
    for other in args.iter().skip(2) {
        difference_update(vm, &r, other)?;
    }
    Ok(same_kind(&args[0], r))
}

fn s_symdiff(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    super::check_args(vm, "symmetric_difference", args, 1, 1)?;
    let so = this(vm, args)?;
    let r = symmetric_difference(vm, &so, &args[1])?;
    Ok(same_kind(&args[0], r))
}

fn s_update(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let dst = this(vm, args)?;
    for other in &args[1..] {
        update_internal(vm, &dst, other)?;
    }
    Ok(Value::None)
}

fn s_intersection_update(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let dst = this(vm, args)?;
    let mut r = set_from(vm, &args[0])?;
    for other in &args[1..] {
        r = intersection(vm, &r, other)?;
    }
    dst.replace_with(&r);
    Ok(Value::None)
}

fn s_difference_update(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let dst = this(vm, args)?;
    for other in &args[1..] {
        difference_update(vm, &dst, other)?;
    }
    Ok(Value::None)
}

fn s_symdiff_update(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    super::check_args(vm, "symmetric_difference_update", args, 1, 1)?;
    let dst = this(vm, args)?;
    symmetric_difference_update(vm, &dst, &args[1])?;
    Ok(Value::None)
}

fn rel(vm: &mut Vm, args: &[Value], op: CmpOp) -> PyResult<Value> {
    let o = match set_of(&args[1]) {
        Some(_) => args[1].clone(),
        None => Value::Set(set_from(vm, &args[1])?),
    };
    Ok(Value::Bool(set_compare(vm, op, &args[0], &o)?))
}

fn s_issubset(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    rel(vm, args, CmpOp::Le)
}
fn s_issuperset(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    rel(vm, args, CmpOp::Ge)
}
fn s_isdisjoint(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args)?;
    let it = vm.get_iter(&args[1])?;
    while let Some(k) = vm.iter_next(&it)? {
        if vm.set_contains(&s, &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

pub fn install(vm: &mut Vm) {
    for (t, owner) in [
        (vm.types.set.clone(), "set"),
        (vm.types.frozenset.clone(), "frozenset"),
    ] {
        let common: &[(&'static str, NativeFn)] = &[
            ("__new__", set_new),
            ("copy", s_copy),
            ("union", s_union),
            ("intersection", s_intersection),
            ("difference", s_difference),
            ("symmetric_difference", s_symdiff),
            ("issubset", s_issubset),
            ("issuperset", s_issuperset),
            ("isdisjoint", s_isdisjoint),
        ];
        for (n, f) in common {
            add_method(vm, &t, owner, n, *f);
        }
        if owner == "set" {
            let muts: &[(&'static str, NativeFn)] = &[
                ("add", s_add),
                ("discard", s_discard),
                ("remove", s_remove),
                ("pop", s_pop),
                ("clear", s_clear),
                ("update", s_update),
                ("intersection_update", s_intersection_update),
                ("difference_update", s_difference_update),
                ("symmetric_difference_update", s_symdiff_update),
            ];
            for (n, f) in muts {
                add_method(vm, &t, owner, n, *f);
            }
        }
    }
}
