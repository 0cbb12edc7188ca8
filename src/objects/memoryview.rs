//! memoryview over bytes and bytearray (format 'B', one dimension): a live
//! window on the underlying buffer, with slicing, tobytes/tolist/hex and release.

use super::{KwArgs, add_method, check_args};
use crate::vm::Vm;
use crate::vm::value::*;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

struct View {
    obj: Value,
    /// Positions of the viewed bytes in `obj`: start, count, step.
    start: usize,
    len: usize,
    step: isize,
    released: Cell<bool>,
}

fn view_of(v: &Value) -> Option<Rc<View>> {
    if let Value::Instance(i) = v
        && let Payload::Native(n) = &i.payload
    {
        return n.borrow().downcast_ref::<Rc<View>>().cloned();
    }
    None
}

fn source(obj: &Value) -> Vec<u8> {
    match obj {
        Value::Bytes(b) => b.to_vec(),
        Value::ByteArray(b) => b.borrow().clone(),
        _ => Vec::new(),
    }
}

impl View {
    fn bytes(&self) -> Vec<u8> {
        let src = source(&self.obj);
        (0..self.len)
            .filter_map(|i| src.get((self.start as isize + i as isize * self.step) as usize))
            .copied()
            .collect()
    }
}

/// The bytes a memoryview shows (None if `v` is not a memoryview).
pub fn contents(v: &Value) -> Option<Vec<u8>> {
    view_of(v).map(|m| m.bytes())
}

fn new_view(vm: &mut Vm, view: View) -> Value {
    let t = vm.types.memoryview.clone();
    vm.new_instance_with(&t, Payload::Native(RefCell::new(Box::new(Rc::new(view)))))
}

fn mv_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "memoryview", args, 1, 1)?;
    let obj = &args[1];
    if let Some(m) = view_of(obj) {
        let v = View {
            obj: m.obj.clone(),
            start: m.start,
            len: m.len,
            step: m.step,
            released: Cell::new(false),
        };
        return Ok(new_view(vm, v));
    }
    let len = match obj {
        Value::Bytes(b) => b.len(),
        Value::ByteArray(b) => b.borrow().len(),
        other => {
            let tn = vm.type_name(other);
            return vm.type_error(format!(
                "memoryview: a bytes-like object is required, not '{tn}'"
            ));
        }
    };
    let v = View {
        obj: obj.clone(),
        start: 0,
        len,
        step: 1,
        released: Cell::new(false),
    };
    Ok(new_view(vm, v))
}

/// The view behind `self`, refusing released views like CPython.
fn live(vm: &mut Vm, args: &[Value]) -> PyResult<Rc<View>> {
    match args.first().and_then(view_of) {
        Some(m) if m.released.get() => {
            vm.value_error("operation forbidden on released memoryview object")
        }
        Some(m) => Ok(m),
        None => vm.type_error("descriptor requires a 'memoryview' object"),
    }
}

fn mv_tobytes(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let m = live(vm, args)?;
    Ok(Value::Bytes(Rc::new(m.bytes())))
}

fn mv_tolist(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let m = live(vm, args)?;
    Ok(Value::list(
        m.bytes()
            .into_iter()
            .map(|b| Value::Int(b as i64))
            .collect(),
    ))
}

fn mv_hex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let m = live(vm, args)?;
    Ok(Value::string(super::bytes::hex_text(&m.bytes(), None, 1)))
}

fn mv_len(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let m = live(vm, args)?;
    Ok(Value::Int(m.len as i64))
}

fn mv_getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "__getitem__", args, 1, 1)?;
    let m = live(vm, args)?;
    if let Value::Slice(s) = &args[1] {
        let (start, _, step) = vm.slice_indices(s, m.len)?;
        let count = vm.slice_positions(s, m.len)?.len();
        let v = View {
            obj: m.obj.clone(),
            start: (m.start as isize + start as isize * m.step) as usize,
            len: count,
            step: m.step * step as isize,
            released: Cell::new(false),
        };
        return Ok(new_view(vm, v));
    }
    let i = vm.index_of(&args[1])?;
    match crate::vm::protocol::norm_index(i, m.len) {
        Some(j) => Ok(Value::Int(m.bytes()[j] as i64)),
        None => vm.index_error("index out of range"),
    }
}

fn mv_setitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "__setitem__", args, 2, 2)?;
    let m = live(vm, args)?;
    let Value::ByteArray(b) = &m.obj else {
        return vm.type_error("cannot modify read-only memory");
    };
    let i = vm.index_of(&args[1])?;
    let Some(j) = crate::vm::protocol::norm_index(i, m.len) else {
        return vm.index_error("index out of range");
    };
    let x = super::bytes::byte_value(vm, &args[2])?;
    let pos = (m.start as isize + j as isize * m.step) as usize;
    if let Some(slot) = b.borrow_mut().get_mut(pos) {
        *slot = x;
    }
    Ok(Value::None)
}

fn mv_eq(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "__eq__", args, 1, 1)?;
    let m = live(vm, args)?;
    Ok(match super::bytes::bytes_like(&args[1]) {
        Some(other) => Value::Bool(m.bytes() == other),
        None => Value::NotImplemented,
    })
}

fn mv_release(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if let Some(m) = args.first().and_then(view_of) {
        m.released.set(true);
    }
    let _ = vm;
    Ok(Value::None)
}

fn mv_enter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    live(vm, args)?;
    Ok(args[0].clone())
}

fn mv_exit(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    mv_release(vm, &args[..1], kw)?;
    Ok(Value::Bool(false))
}

fn mv_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let addr = args.first().and_then(|v| v.ptr()).unwrap_or(0);
    let state = match args.first().and_then(view_of) {
        Some(m) if m.released.get() => "released ",
        _ => "",
    };
    let _ = vm;
    Ok(Value::string(format!("<{state}memory at {addr:#x}>")))
}

/// Read-only attributes: obj, nbytes, readonly, itemsize, format, ndim, shape.
fn mv_getattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Str(name)) = args.get(1) else {
        return vm.type_error("attribute name must be string");
    };
    let m = live(vm, args)?;
    Ok(match name.s.as_str() {
        "obj" => m.obj.clone(),
        "nbytes" => Value::Int(m.len as i64),
        "readonly" => Value::Bool(!matches!(m.obj, Value::ByteArray(_))),
        "itemsize" => Value::Int(1),
        "ndim" => Value::Int(1),
        "format" => Value::str("B"),
        "shape" => Value::tuple(vec![Value::Int(m.len as i64)]),
        "strides" => Value::tuple(vec![Value::Int(m.step as i64)]),
        "contiguous" | "c_contiguous" | "f_contiguous" => Value::Bool(m.step == 1),
        _ => {
            return vm
                .attribute_error(format!("'memoryview' object has no attribute '{}'", name.s));
        }
    })
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.memoryview.clone();
    let methods: &[(&'static str, NativeFn)] = &[
        ("__new__", mv_new),
        ("tobytes", mv_tobytes),
        ("tolist", mv_tolist),
        ("hex", mv_hex),
        ("__len__", mv_len),
        ("__getitem__", mv_getitem),
        ("__setitem__", mv_setitem),
        ("__eq__", mv_eq),
        ("release", mv_release),
        ("__enter__", mv_enter),
        ("__exit__", mv_exit),
        ("__repr__", mv_repr),
        ("__getattr__", mv_getattr),
    ];
    for (n, f) in methods {
        add_method(vm, &t, "memoryview", n, *f);
    }
}
