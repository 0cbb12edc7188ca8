//! dict_keys, dict_values and dict_items: live views of a dict. Keys and items
//! views are set-like (operators, comparisons, isdisjoint).

use super::{KwArgs, add_method, check_args};
use crate::bytecode::{BinOp, CmpOp};
use crate::vm::Vm;
use crate::vm::dict::PyDict;
use crate::vm::value::*;
use std::cell::RefCell;
use std::rc::Rc;

pub fn new_view(vm: &Vm, d: Rc<PyDict>, kind: DictIterKind) -> Value {
    let t = match kind {
        DictIterKind::Keys => vm.types.dict_keys.clone(),
        DictIterKind::Values => vm.types.dict_values.clone(),
        DictIterKind::Items => vm.types.dict_items.clone(),
    };
    Value::Instance(Rc::new(Instance {
        cls: RefCell::new(t),
        dict: None,
        payload: Payload::DictView(d, kind),
    }))
}

/// The dict and kind of a view value.
pub fn view_of(v: &Value) -> Option<(Rc<PyDict>, DictIterKind)> {
    match v {
        Value::Instance(i) => match &i.payload {
            Payload::DictView(d, k) => Some((d.clone(), *k)),
            _ => None,
        },
        _ => None,
    }
}

/// Keys and items views behave like sets.
fn set_like(v: &Value) -> Option<(Rc<PyDict>, DictIterKind)> {
    view_of(v).filter(|(_, k)| *k != DictIterKind::Values)
}

pub fn view_iter(v: &Value) -> Option<Value> {
    let (d, kind) = view_of(v)?;
    Some(Value::Iter(Rc::new(RefCell::new(NativeIter::dict(
        &d, kind,
    )))))
}

fn view_items(d: &PyDict, kind: DictIterKind) -> Vec<Value> {
    match kind {
        DictIterKind::Keys => d.keys(),
        DictIterKind::Values => d.items().into_iter().map(|(_, v)| v).collect(),
        DictIterKind::Items => d
            .items()
            .into_iter()
            .map(|(k, v)| Value::tuple(vec![k, v]))
            .collect(),
    }
}

/// reversed() of a dict or a view.
pub fn reversed(vm: &mut Vm, d: &PyDict, kind: DictIterKind) -> PyResult<Value> {
    let mut items = view_items(d, kind);
    items.reverse();
    vm.get_iter(&Value::list(items))
}

pub fn repr(vm: &mut Vm, d: &PyDict, kind: DictIterKind, tn: &str) -> PyResult<String> {
    let inner = vm.repr_of(&Value::list(view_items(d, kind)))?;
    Ok(format!("{tn}({inner})"))
}

pub fn contains(vm: &mut Vm, d: &PyDict, kind: DictIterKind, item: &Value) -> PyResult<bool> {
    match kind {
        DictIterKind::Keys => Ok(vm.dict_get(d, item)?.is_some()),
        DictIterKind::Items => {
            let Value::Tuple(t) = item else {
                return Ok(false);
            };
            if t.len() != 2 {
                return Ok(false);
            }
            match vm.dict_get(d, &t[0])? {
                Some(v) => vm.eq_bool(&v, &t[1]),
                None => Ok(false),
            }
        }
        DictIterKind::Values => {
            for v in view_items(d, kind) {
                if vm.eq_bool(&v, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

/// A set holding the members of any iterable.
fn to_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Value::Set(_) | Value::FrozenSet(_) = v {
        return Ok(v.clone());
    }
    let items = vm.iterate(v)?;
    let s = Rc::new(PySet::new());
    for it in items {
        vm.set_add(&s, it)?;
    }
    Ok(Value::Set(s))
}

/// `view op other` / `other op view` for & | - ^: the result is a set.
pub fn binop(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if !matches!(op, BinOp::And | BinOp::Or | BinOp::Sub | BinOp::Xor) {
        return Ok(None);
    }
    if set_like(a).is_none() && set_like(b).is_none() {
        return Ok(None);
    }
    // Both operands must be iterable; otherwise the operator is unsupported.
    if !vm.is_iterable(a) || !vm.is_iterable(b) {
        return Ok(None);
    }
    let (x, y) = (to_set(vm, a)?, to_set(vm, b)?);
    // The result is a set even when the other operand is a frozenset.
    let x = match x {
        Value::FrozenSet(s) => Value::Set(s),
        other => other,
    };
    super::set::set_binop(vm, op, &x, &y)
}

/// Rich comparison of a set-like view with a set or another set-like view.
pub fn compare(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let is_setish =
        |v: &Value| matches!(v, Value::Set(_) | Value::FrozenSet(_)) || set_like(v).is_some();
    if (set_like(a).is_none() && set_like(b).is_none()) || !is_setish(a) || !is_setish(b) {
        return Ok(None);
    }
    let (x, y) = (to_set(vm, a)?, to_set(vm, b)?);
    super::set::set_compare(vm, op, &x, &y).map(Some)
}

fn self_view(vm: &mut Vm, args: &[Value]) -> PyResult<(Rc<PyDict>, DictIterKind)> {
    match args.first().and_then(view_of) {
        Some(v) => Ok(v),
        None => vm.type_error("descriptor requires a dict view"),
    }
}

fn m_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (d, kind) = self_view(vm, args)?;
    let tn = vm.type_name(&args[0]);
    Ok(Value::string(repr(vm, &d, kind, &tn)?))
}

fn m_len(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (d, _) = self_view(vm, args)?;
    Ok(Value::Int(d.len() as i64))
}

fn m_iter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    self_view(vm, args)?;
    Ok(view_iter(&args[0]).unwrap_or(Value::None))
}

fn m_reversed(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (d, kind) = self_view(vm, args)?;
    reversed(vm, &d, kind)
}

fn m_contains(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "__contains__", args, 1, 1)?;
    let (d, kind) = self_view(vm, args)?;
    Ok(Value::Bool(contains(vm, &d, kind, &args[1])?))
}

fn m_isdisjoint(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "isdisjoint", args, 1, 1)?;
    let (d, kind) = self_view(vm, args)?;
    for x in vm.iterate(&args[1])? {
        if contains(vm, &d, kind, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

pub fn install(vm: &mut Vm) {
    for (t, owner) in [
        (vm.types.dict_keys.clone(), "dict_keys"),
        (vm.types.dict_values.clone(), "dict_values"),
        (vm.types.dict_items.clone(), "dict_items"),
    ] {
        add_method(vm, &t, owner, "__repr__", m_repr);
        add_method(vm, &t, owner, "__len__", m_len);
        add_method(vm, &t, owner, "__iter__", m_iter);
        add_method(vm, &t, owner, "__reversed__", m_reversed);
        add_method(vm, &t, owner, "__contains__", m_contains);
        if owner != "dict_values" {
            add_method(vm, &t, owner, "isdisjoint", m_isdisjoint);
            let h = vm.names.__hash__.clone();
            t.dict.set_str(h, Value::None);
        }
    }
}
