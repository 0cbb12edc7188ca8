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

fn build(vm: &mut Vm, items: Vec<Value>) -> PyResult<Rc<PySet>> {
    let s = Rc::new(PySet::new());
    for it in items {
        vm.set_add(&s, it)?;
    }
    Ok(s)
}

fn members(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match set_of(v) {
        Some(s) => Ok(s.keys()),
        None => vm.iterate(v),
    }
}

fn same_kind(a: &Value, s: Rc<PySet>) -> Value {
    match a {
        Value::FrozenSet(_) => Value::FrozenSet(s),
        _ => Value::Set(s),
    }
}

pub fn set_binop(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (set_of(a), set_of(b)) else {
        return Ok(None);
    };
    let r = match op {
        BinOp::Or => {
            let mut items = x.keys();
            items.extend(y.keys());
            build(vm, items)?
        }
        BinOp::And => {
            let mut items = Vec::new();
            for k in x.keys() {
                if vm.set_contains(&y, &k)? {
                    items.push(k);
                }
            }
            build(vm, items)?
        }
        BinOp::Sub => {
            let mut items = Vec::new();
            for k in x.keys() {
                if !vm.set_contains(&y, &k)? {
                    items.push(k);
                }
            }
            build(vm, items)?
        }
        BinOp::Xor => {
            let mut items = Vec::new();
            for k in x.keys() {
                if !vm.set_contains(&y, &k)? {
                    items.push(k);
                }
            }
            for k in y.keys() {
                if !vm.set_contains(&x, &k)? {
                    items.push(k);
                }
            }
            build(vm, items)?
        }
        _ => return Ok(None),
    };
    Ok(Some(same_kind(a, r)))
}

pub fn set_inplace(vm: &mut Vm, op: BinOp, a: Value, b: &Value) -> PyResult<Value> {
    let Some(r) = set_binop(vm, op, &a, b)? else {
        let (x, y) = (vm.type_name(&a), vm.type_name(b));
        return vm.type_error(format!(
            "unsupported operand type(s) for {}=: '{x}' and '{y}'",
            op.symbol()
        ));
    };
    if let (Value::Set(dst), Some(src)) = (&a, set_of(&r)) {
        let items = src.keys();
        dst.clear();
        for it in items {
            vm.set_add(dst, it)?;
        }
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
    let items = match args.get(1) {
        Some(x) => vm.iterate(x)?,
        None => vec![],
    };
    let s = build(vm, items)?;
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

fn s_copy(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = set_of(&args[0]).unwrap_or_else(|| Rc::new(PySet::new()));
    let n = build(vm, s.keys())?;
    Ok(same_kind(&args[0], n))
}

fn multi(vm: &mut Vm, args: &[Value], op: BinOp) -> PyResult<Value> {
    let mut acc = match &args[0] {
        Value::FrozenSet(s) => Value::FrozenSet(s.clone()),
        other => Value::Set(set_of(other).unwrap_or_else(|| Rc::new(PySet::new()))),
    };
    let kind = acc.clone();
    if args.len() == 1 {
        let s = set_of(&acc).unwrap_or_else(|| Rc::new(PySet::new()));
        return Ok(same_kind(&kind, build(vm, s.keys())?));
    }
    for other in &args[1..] {
        let items = members(vm, other)?;
        let o = Value::Set(build(vm, items)?);
        acc = set_binop(vm, op, &acc, &o)?.unwrap_or(acc);
    }
    Ok(acc)
}

fn s_union(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    multi(vm, args, BinOp::Or)
}
fn s_intersection(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    multi(vm, args, BinOp::And)
}
fn s_difference(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    multi(vm, args, BinOp::Sub)
}
fn s_symdiff(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    multi(vm, args, BinOp::Xor)
}

fn update_with(vm: &mut Vm, args: &[Value], op: BinOp) -> PyResult<Value> {
    let r = multi(vm, args, op)?;
    if let (Some(dst), Some(src)) = (set_of(&args[0]), set_of(&r)) {
        let items = src.keys();
        dst.clear();
        for it in items {
            vm.set_add(&dst, it)?;
        }
    }
    Ok(Value::None)
}

fn s_update(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let dst = set_of(&args[0]).unwrap_or_else(|| Rc::new(PySet::new()));
    for other in &args[1..] {
        for it in members(vm, other)? {
            vm.set_add(&dst, it)?;
        }
    }
    Ok(Value::None)
}
fn s_intersection_update(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    update_with(vm, args, BinOp::And)
}
fn s_difference_update(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    update_with(vm, args, BinOp::Sub)
}
fn s_symdiff_update(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    update_with(vm, args, BinOp::Xor)
}

fn rel(vm: &mut Vm, args: &[Value], op: CmpOp) -> PyResult<Value> {
    let items = members(vm, &args[1])?;
    let o = Value::Set(build(vm, items)?);
    Ok(Value::Bool(set_compare(vm, op, &args[0], &o)?))
}

fn s_issubset(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    rel(vm, args, CmpOp::Le)
}
fn s_issuperset(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    rel(vm, args, CmpOp::Ge)
}
fn s_isdisjoint(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = set_of(&args[0]).unwrap_or_else(|| Rc::new(PySet::new()));
    for it in members(vm, &args[1])? {
        if vm.set_contains(&s, &it)? {
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
