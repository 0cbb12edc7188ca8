//! Calls of the builtin types `str`, `int`, `float`, `list` and `tuple` with one
//! positional argument, the common conversions, made directly instead of through
//! the generic `__new__`/`__init__` protocol (these types' namespaces cannot change).

use crate::vm::Vm;
use crate::vm::value::*;
use std::rc::Rc;

/// `t(x)` for the exact builtin types above; None for every other call.
pub fn convert(vm: &mut Vm, t: &Rc<TypeObj>, args: &[Value]) -> Option<PyResult<Value>> {
    let [x] = args else {
        return None;
    };
    let ty = &vm.types;
    Some(if Rc::ptr_eq(t, &ty.str_) {
        match x {
            // Exact strs convert to themselves, as in CPython.
            Value::Str(_) => Ok(x.clone()),
            Value::Int(i) => Ok(Value::str(crate::fmt::i64_decimal(*i, &mut [0; 64]))),
            _ => vm.str_of(x).map(Value::string),
        }
    } else if Rc::ptr_eq(t, &ty.int) {
        match x {
            Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
            _ => super::intobj::int_from(vm, x, None),
        }
    } else if Rc::ptr_eq(t, &ty.float) {
        super::floatobj::float_from(vm, x).map(Value::Float)
    } else if Rc::ptr_eq(t, &ty.list) {
        super::list::collect(vm, x).map(Value::list)
    } else if Rc::ptr_eq(t, &ty.tuple) {
        match x {
            Value::Tuple(_) => Ok(x.clone()),
            _ => vm.iterate(x).map(Value::tuple),
        }
    } else {
        return None;
    })
}
