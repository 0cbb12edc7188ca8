//! float: the constructor and methods.

use super::types::{cls_arg, wrap};
use super::{KwArgs, add_method, check_args};
use crate::vm::Vm;
use crate::vm::ops::{Num, as_num};
use crate::vm::value::*;
use std::rc::Rc;

fn float_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = cls_arg(vm, args)?;
    let f = match args.get(1) {
        None => 0.0,
        Some(x) => float_from(vm, x)?,
    };
    Ok(wrap(vm, &cls, Value::Float(f), Payload::Float(f)))
}

/// The value of a real number: floats, ints, and objects with `__float__`
/// or `__index__` (None for anything else).
fn real_value(vm: &mut Vm, x: &Value) -> PyResult<Option<f64>> {
    if let Value::Float(f) = x {
        return Ok(Some(*f));
    }
    if let Value::Instance(_) = x {
        let n = vm.names.__float__.clone();
        if let Some(m) = vm.lookup_method(x, &n) {
            let r = vm.call_value(m, &[], &[])?;
            return match as_num(&r) {
                Some(Num::F(f)) => Ok(Some(f)),
                _ => {
                    let (tn, rn) = (vm.type_name(x), vm.type_name(&r));
                    vm.type_error(format!("{tn}.__float__ returned non-float (type {rn})"))
                }
            };
        }
        let n = vm.names.__index__.clone();
        if let Some(m) = vm.lookup_method(x, &n) {
            let r = vm.call_value(m, &[], &[])?;
            return match crate::vm::ops::to_big(&r) {
                Some(i) => int_to_float(vm, &i).map(Some),
                None => {
                    let rn = vm.type_name(&r);
                    vm.type_error(format!("__index__ returned non-int (type {rn})"))
                }
            };
        }
    }
    match as_num(x) {
        Some(Num::F(f)) => Ok(Some(f)),
        Some(Num::I(i)) => int_to_float(vm, &i).map(Some),
        None => Ok(None),
    }
}

/// float(x).
pub fn float_from(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    if let Some(f) = real_value(vm, x)? {
        return Ok(f);
    }
    if let Some((text, repr)) = super::intobj::text_arg(x) {
        return match crate::fmt::parse_float(&text) {
            Some(f) if f.is_nan() => Ok(fresh_nan(f)),
            Some(f) => Ok(f),
            None => vm.value_error(format!("could not convert string to float: {repr}")),
        };
    }
    let tn = vm.type_name(x);
    vm.type_error(format!(
        "float() argument must be a string or a real number, not '{tn}'"
    ))
}

/// A real-number argument (CPython's PyFloat_AsDouble: strings are not numbers).
pub fn as_double(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    match real_value(vm, x)? {
        Some(f) => Ok(f),
        None => {
            let tn = vm.type_name(x);
            vm.type_error(format!("must be real number, not {tn}"))
        }
    }
}

thread_local! {
    static NAN_SERIAL: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// A NaN with its own payload: `float("nan")` makes a new object each time in
/// CPython, so two of them are neither identical nor the same dict key.
fn fresh_nan(sign_of: f64) -> f64 {
    let serial = NAN_SERIAL.with(|c| {
        let n = c.get().wrapping_add(1);
        c.set(n);
        n
    });
    let payload = serial & ((1 << 51) - 1);
    f64::from_bits(sign_of.to_bits() & (1 << 63) | 0x7ff8_0000_0000_0000 | payload)
}

fn int_to_float(vm: &mut Vm, i: &num_bigint::BigInt) -> PyResult<f64> {
    match crate::vm::ops::big_to_f64(i) {
        Some(f) => Ok(f),
        None => vm.overflow_error("int too large to convert to float"),
    }
}

/// The float value of `self` in a float method.
fn self_float(vm: &mut Vm, args: &[Value]) -> PyResult<f64> {
    match args.first().and_then(as_num) {
        Some(Num::F(f)) => Ok(f),
        _ => {
            let tn = args.first().map(|v| vm.type_name(v)).unwrap_or_default();
            vm.type_error(format!(
                "descriptor requires a 'float' object but received a '{tn}'"
            ))
        }
    }
}

fn float_is_integer(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = self_float(vm, args)?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_as_integer_ratio(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = self_float(vm, args)?;
    match crate::fmt::float_to_exact_ratio(f) {
        Some((n, d)) => Ok(Value::tuple(vec![
            Value::from_bigint(n),
            Value::from_bigint(d),
        ])),
        None => {
            if f.is_nan() {
                vm.value_error("cannot convert NaN to integer ratio")
            } else {
                vm.overflow_error("cannot convert Infinity to integer ratio")
            }
        }
    }
}

fn float_hex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = self_float(vm, args)?;
    Ok(Value::string(crate::fmt::float_hex(f)))
}

fn float_conjugate(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(self_float(vm, args)?))
}

/// float.fromhex(s), a classmethod: subclasses get `cls(value)`.
fn float_fromhex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "fromhex", args, 1, 1)?;
    let cls = cls_arg(vm, args)?;
    let Value::Str(s) = &args[1] else {
        let tn = vm.type_name(&args[1]);
        return vm.type_error(format!("must be str, not {tn}"));
    };
    let f = match crate::fmt::parse_hex_float(&s.s) {
        Ok(f) => f,
        Err(crate::fmt::HexFloatError::Invalid) => {
            return vm.value_error("invalid hexadecimal floating-point string");
        }
        Err(crate::fmt::HexFloatError::TooLarge) => {
            return vm.overflow_error("hexadecimal value too large to represent as a float");
        }
    };
    if Rc::ptr_eq(&cls, &vm.types.float) {
        return Ok(Value::Float(f));
    }
    vm.call_value(Value::Type(cls), &[Value::Float(f)], &[])
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.float.clone();
    add_method(vm, &t, "float", "__new__", float_new);
    add_method(vm, &t, "float", "is_integer", float_is_integer);
    add_method(vm, &t, "float", "as_integer_ratio", float_as_integer_ratio);
    add_method(vm, &t, "float", "hex", float_hex);
    add_method(vm, &t, "float", "conjugate", float_conjugate);
    add_method(vm, &t, "float", "fromhex", float_fromhex);
    let name = vm.intern("fromhex");
    if let Some(v) = t.dict.get_str(&name) {
        t.dict.set_str(name, Value::ClassMethod(Rc::new(v)));
    }
}
