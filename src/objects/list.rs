//! list methods, slice assignment and the stable sort.

use super::{KwArgs, add_method, check_args, kwarg};
use crate::vm::Vm;
use crate::vm::value::*;
use std::rc::Rc;

type ListRef = Rc<ListObj>;

fn list_of(vm: &mut Vm, v: &Value) -> PyResult<ListRef> {
    match v {
        Value::List(l) => Ok(l.clone()),
        Value::Instance(i) => match &i.payload {
            Payload::List(l) => Ok(l.clone()),
            _ => vm.type_error("descriptor requires a 'list' object"),
        },
        _ => vm.type_error("descriptor requires a 'list' object"),
    }
}

pub fn list_set_slice(vm: &mut Vm, l: &ListRef, s: &SliceObj, items: Vec<Value>) -> PyResult<()> {
    let len = l.borrow().len();
    let (start, stop, step) = vm.slice_indices(s, len)?;
    if step == 1 {
        let stop = stop.max(start);
        let old: Vec<Value> = l
            .borrow_mut()
            .splice(start as usize..stop as usize, items)
            .collect();
        drop(old);
        return Ok(());
    }
    let pos = vm.slice_positions(s, len)?;
    if pos.len() != items.len() {
        return vm.value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            items.len(),
            pos.len()
        ));
    }
    let mut b = l.borrow_mut();
    for (p, v) in pos.into_iter().zip(items) {
        b[p] = v;
    }
    Ok(())
}

fn list_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Type(cls)) = args.first() else {
        return vm.type_error("list.__new__ needs a type");
    };
    let cls = cls.clone();
    let items = match args.get(1) {
        Some(x) if !cls.heap => collect(vm, x)?,
        _ => vec![],
    };
    let l = Rc::new(ListObj::new(items));
    if cls.heap {
        return Ok(vm.new_instance_with(&cls, Payload::List(l)));
    }
    Ok(Value::List(l))
}

/// `operator.length_hint`: len() when defined, else `__length_hint__`, else `default`.
pub fn length_hint(vm: &mut Vm, v: &Value, default: usize) -> PyResult<usize> {
    match v {
        Value::Iter(it) => {
            return Ok(super::types::iter_length_hint(vm, it)?.unwrap_or(default));
        }
        Value::Instance(_) => {}
        _ => return Ok(vm.len(v).unwrap_or(default)),
    }
    let t = vm.type_of(v);
    if t.lookup(&vm.names.__len__.clone()).is_some() {
        match vm.len(v) {
            Ok(n) => return Ok(n),
            Err(e) => {
                let te = vm.exc.type_error.clone();
                if !vm.exc_matches(&e, &te) {
                    return Err(e);
                }
            }
        }
    }
    let hn = vm.names.__length_hint__.clone();
    let Some(m) = vm.lookup_method(v, &hn) else {
        return Ok(default);
    };
    let r = match vm.call_value(m, &[], &[]) {
        Ok(r) => r,
        Err(e) => {
            let te = vm.exc.type_error.clone();
            return if vm.exc_matches(&e, &te) {
                Ok(default)
            } else {
                Err(e)
            };
        }
    };
    match r {
        Value::NotImplemented => Ok(default),
        Value::Int(n) if n < 0 => vm.value_error("__length_hint__() should return >= 0"),
        Value::Int(n) => Ok(n as usize),
        Value::Bool(b) => Ok(b as usize),
        other => {
            let tn = vm.type_name(&other);
            vm.type_error(format!("__length_hint__ must be an integer, not {tn}"))
        }
    }
}

/// list(iterable) / list.extend: pre-size from the length hint like CPython.
pub fn collect(vm: &mut Vm, x: &Value) -> PyResult<Vec<Value>> {
    match x {
        Value::List(l) => return Ok(l.borrow().clone()),
        Value::Tuple(t) => return Ok(t.to_vec()),
        _ => {}
    }
    let it = vm.get_iter(x)?;
    let n = length_hint(vm, x, 8)?;
    let mut out = Vec::with_capacity(n.min(1 << 20));
    while let Some(v) = vm.iter_next(&it)? {
        out.push(v);
    }
    Ok(out)
}

fn list_init(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if let Value::Instance(_) = &args[0] {
        let l = list_of(vm, &args[0])?;
        if let Some(x) = args.get(1) {
            let items = collect(vm, x)?;
            *l.borrow_mut() = items;
        }
    }
    Ok(Value::None)
}

fn list_append(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "list.append", args, 1, 1)?;
    let l = list_of(vm, &args[0])?;
    l.borrow_mut().push(args[1].clone());
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "list.extend", args, 1, 1)?;
    let l = list_of(vm, &args[0])?;
    let items = collect(vm, &args[1])?;
    l.borrow_mut().extend(items);
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "pop", args, 0, 1)?;
    let l = list_of(vm, &args[0])?;
    let len = l.borrow().len();
    if len == 0 {
        return vm.index_error("pop from empty list");
    }
    let i = match args.get(1) {
        Some(v) => vm.index_of(v)?,
        None => -1,
    };
    match crate::vm::protocol::norm_index(i, len) {
        Some(j) => Ok(l.borrow_mut().remove(j)),
        None => vm.index_error("pop index out of range"),
    }
}

fn list_insert(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "insert", args, 2, 2)?;
    let l = list_of(vm, &args[0])?;
    let i = vm.index_of(&args[1])?;
    let len = l.borrow().len() as i64;
    let j = if i < 0 { (i + len).max(0) } else { i.min(len) };
    l.borrow_mut().insert(j as usize, args[2].clone());
    Ok(Value::None)
}

fn list_remove(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "list.remove", args, 1, 1)?;
    let l = list_of(vm, &args[0])?;
    let items = l.borrow().clone();
    for (i, x) in items.iter().enumerate() {
        if vm.eq_bool(x, &args[1])? {
            let old = l.borrow_mut().remove(i);
            drop(old);
            return Ok(Value::None);
        }
    }
    vm.value_error("list.remove(x): x not in list")
}

fn list_reverse(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = list_of(vm, &args[0])?;
    l.borrow_mut().reverse();
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = list_of(vm, &args[0])?;
    let v = l.borrow().clone();
    Ok(Value::list(v))
}

fn list_clear(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let l = list_of(vm, &args[0])?;
    let old = std::mem::take(&mut *l.borrow_mut());
    release_reversed(old);
    Ok(Value::None)
}

/// Stable merge sort with a fallible comparison (may run Python code).
/// Sort with an optional key function (computed once per item, in order).
pub fn sort_values(vm: &mut Vm, items: &mut [Value], key: &Value, reverse: bool) -> PyResult<()> {
    let keys = if key.is_none() {
        None
    } else {
        let mut k = Vec::with_capacity(items.len());
        for it in items.iter() {
            k.push(vm.call_value(key.clone(), std::slice::from_ref(it), &[])?);
        }
        Some(k)
    };
    super::sort::sort(vm, items, keys, reverse)
}

fn list_sort(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.len() > 1 {
        return vm.type_error("sort() takes no positional arguments");
    }
    let l = list_of(vm, &args[0])?;
    let key = kwarg(kw, "key").unwrap_or(Value::None);
    let reverse = match kwarg(kw, "reverse") {
        Some(r) => vm.truthy(&r)?,
        None => false,
    };
    // The list looks empty while it is sorted, like CPython's.
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let r = sort_values(vm, &mut items, &key, reverse);
    let meddled = std::mem::replace(&mut *l.borrow_mut(), items);
    let modified = !meddled.is_empty();
    drop(meddled);
    r?;
    if modified {
        return vm.value_error("list modified during sort");
    }
    Ok(Value::None)
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.list.clone();
    let methods: &[(&'static str, NativeFn)] = &[
        ("__new__", list_new),
        ("__init__", list_init),
        ("append", list_append),
        ("extend", list_extend),
        ("pop", list_pop),
        ("insert", list_insert),
        ("remove", list_remove),
        ("reverse", list_reverse),
        ("copy", list_copy),
        ("clear", list_clear),
        ("sort", list_sort),
        ("index", super::types_index),
        ("count", super::types_count),
    ];
    for (n, f) in methods {
        add_method(vm, &t, "list", n, *f);
    }
}
