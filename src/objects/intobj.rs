//! int: the constructor (from numbers, strings and bytes) and methods.

use super::types::{cls_arg, wrap};
use super::{KwArgs, add_method, kwarg};
use crate::vm::Vm;
use crate::vm::ops::to_big;
use crate::vm::value::*;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::rc::Rc;

fn int_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = cls_arg(vm, args)?;
    let base = kwarg(kw, "base").or_else(|| args.get(2).cloned());
    let v = match args.get(1) {
        None => Value::Int(0),
        Some(x) => int_from(vm, x, base)?,
    };
    let p = Payload::Int(v.clone());
    Ok(wrap(vm, &cls, v, p))
}

pub fn int_from(vm: &mut Vm, x: &Value, base: Option<Value>) -> PyResult<Value> {
    if let Some(b) = base {
        let b = vm.index_of(&b)?;
        let s = match x {
            Value::Str(s) => s.s.clone(),
            Value::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
            _ => return vm.type_error("int() can't convert non-string with explicit base"),
        };
        if b != 0 && !(2..=36).contains(&b) {
            return vm.value_error("int() base must be >= 2 and <= 36, or 0");
        }
        return match crate::fmt::parse_int(&s, b as u32) {
            Ok(v) => Ok(Value::from_bigint(v)),
            Err(_) => vm.value_error(format!(
                "invalid literal for int() with base {b}: {}",
                super::repr::str_repr(&s)
            )),
        };
    }
    match x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => {
            if f.is_nan() {
                return vm.value_error("cannot convert float NaN to integer");
            }
            if f.is_infinite() {
                return vm.overflow_error("cannot convert float infinity to integer");
            }
            Ok(Value::from_bigint(super::int::float_to_big(f.trunc())))
        }
        Value::Str(s) => match crate::fmt::parse_int(&s.s, 10) {
            Ok(v) => Ok(Value::from_bigint(v)),
            Err(_) => vm.value_error(format!(
                "invalid literal for int() with base 10: {}",
                super::repr::str_repr(&s.s)
            )),
        },
        Value::Bytes(b) => {
            let s = String::from_utf8_lossy(b).into_owned();
            match crate::fmt::parse_int(&s, 10) {
                Ok(v) => Ok(Value::from_bigint(v)),
                Err(_) => vm.value_error(format!(
                    "invalid literal for int() with base 10: {}",
                    super::repr::bytes_repr(b)
                )),
            }
        }
        _ => {
            for name in ["__int__", "__index__", "__trunc__"] {
                let n = vm.intern(name);
                if let Some(m) = vm.lookup_method(x, &n) {
                    return vm.call_value(m, &[], &[]);
                }
            }
            if let Some(inner) = vm.unwrap_builtin(x)
                && !inner.is(x)
            {
                return int_from(vm, &inner, None);
            }
            let tn = vm.type_name(x);
            vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{tn}'"
            ))
        }
    }
}

fn int_bit_length(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = to_big(&args[0]).unwrap_or_default();
    let _ = vm;
    Ok(Value::Int(b.abs().bits() as i64))
}

fn int_index(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(to_big(&args[0])
        .map(Value::from_bigint)
        .unwrap_or(Value::Int(0)))
}

fn int_to_bytes(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let b = to_big(&args[0]).unwrap_or_default();
    let length = args
        .get(1)
        .cloned()
        .or_else(|| kwarg(kw, "length"))
        .unwrap_or(Value::Int(1));
    let length = vm.index_of(&length)? as usize;
    let order = args
        .get(2)
        .cloned()
        .or_else(|| kwarg(kw, "byteorder"))
        .unwrap_or(Value::str("big"));
    let signed = kwarg(kw, "signed")
        .map(|v| vm.truthy(&v))
        .transpose()?
        .unwrap_or(false);
    if b.is_negative() && !signed {
        return vm.overflow_error("can't convert negative int to unsigned");
    }
    let mut bytes = b.to_signed_bytes_le();
    let fill = if b.is_negative() { 0xff } else { 0 };
    if !signed && bytes.len() > 1 && bytes.last() == Some(&0) {
        bytes.pop();
    }
    if b.is_zero() {
        bytes.clear();
    }
    if bytes.len() > length {
        return vm.overflow_error("int too big to convert");
    }
    bytes.resize(length, fill);
    if matches!(&order, Value::Str(s) if s.s == "big") {
        bytes.reverse();
    }
    Ok(Value::Bytes(Rc::new(bytes)))
}

fn int_from_bytes(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let data = args
        .get(1)
        .cloned()
        .or_else(|| kwarg(kw, "bytes"))
        .unwrap_or(Value::None);
    let bytes: Vec<u8> = match &data {
        Value::Bytes(b) => (**b).clone(),
        Value::ByteArray(b) => b.borrow().clone(),
        other => vm
            .iterate(other)?
            .iter()
            .map(|v| to_big(v).and_then(|b| b.to_u8()).unwrap_or(0))
            .collect(),
    };
    let order = args
        .get(2)
        .cloned()
        .or_else(|| kwarg(kw, "byteorder"))
        .unwrap_or(Value::str("big"));
    let signed = kwarg(kw, "signed")
        .map(|v| vm.truthy(&v))
        .transpose()?
        .unwrap_or(false);
    let big = matches!(&order, Value::Str(s) if s.s == "big");
    let r = match (big, signed) {
        (true, false) => BigInt::from_bytes_be(num_bigint::Sign::Plus, &bytes),
        (false, false) => BigInt::from_bytes_le(num_bigint::Sign::Plus, &bytes),
        (true, true) => BigInt::from_signed_bytes_be(&bytes),
        (false, true) => BigInt::from_signed_bytes_le(&bytes),
    };
    Ok(Value::from_bigint(r))
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.int.clone();
    add_method(vm, &t, "int", "__new__", int_new);
    add_method(vm, &t, "int", "bit_length", int_bit_length);
    add_method(vm, &t, "int", "__index__", int_index);
    add_method(vm, &t, "int", "__int__", int_index);
    add_method(vm, &t, "int", "to_bytes", int_to_bytes);
    add_method(vm, &t, "int", "from_bytes", int_from_bytes);
    if let Some(v) = t.dict.get_str(&vm.intern("from_bytes")) {
        t.dict
            .set_str(vm.intern("from_bytes"), Value::ClassMethod(Rc::new(v)));
    }
}
