//! int: the constructor (from numbers, strings and bytes) and methods.

use super::types::{cls_arg, wrap};
use super::{KwArgs, add_method, check_args, kwarg};
use crate::vm::Vm;
use crate::vm::ops::to_big;
use crate::vm::value::*;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::rc::Rc;

fn int_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = cls_arg(vm, args)?;
    if args.len() > 3 {
        return vm.type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            args.len() - 1
        ));
    }
    let base = kwarg(kw, "base").or_else(|| args.get(2).cloned());
    let v = match (args.get(1), base) {
        (None, None) => Value::Int(0),
        (None, Some(_)) => return vm.type_error("int() missing string argument"),
        (Some(x), None) => int_from(vm, x, None)?,
        (Some(x), Some(b)) => int_from(vm, x, Some(b))?,
    };
    let p = Payload::Int(v.clone());
    Ok(wrap(vm, &cls, v, p))
}

/// The text of a str, bytes or bytearray argument of int()/float(), and its
/// repr for error messages.
pub fn text_arg(v: &Value) -> Option<(String, String)> {
    use super::repr::{bytes_repr, str_repr};
    match v {
        Value::Str(s) => Some((s.s.to_string(), str_repr(&s.s))),
        Value::Bytes(b) => Some((String::from_utf8_lossy(b).into_owned(), bytes_repr(b))),
        Value::ByteArray(b) => {
            let b = b.borrow();
            Some((
                String::from_utf8_lossy(&b).into_owned(),
                format!("bytearray({})", bytes_repr(&b)),
            ))
        }
        Value::Instance(i) => match &i.payload {
            Payload::Str(s) => Some((s.s.to_string(), str_repr(&s.s))),
            _ => None,
        },
        _ => None,
    }
}

fn parse_text(vm: &mut Vm, text: &str, repr: &str, base: i64) -> PyResult<Value> {
    use crate::fmt::IntParseError;
    match crate::fmt::parse_int_limited(text, base as u32, vm.int_max_str_digits) {
        Ok(v) => Ok(Value::from_bigint(v)),
        Err(IntParseError::TooManyDigits(limit, n)) => vm.value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {n} digits; use sys.set_int_max_str_digits() to increase the limit"
        )),
        Err(_) => vm.value_error(format!(
            "invalid literal for int() with base {base}: {repr}"
        )),
    }
}

/// A plain int from the result of `__int__`/`__index__`/`__trunc__` (None if not an int).
fn as_plain_int(v: &Value) -> Option<Value> {
    to_big(v).map(Value::from_bigint)
}

/// Call `x.<name>()` if the type defines it; the result must be an int.
fn call_int_method(vm: &mut Vm, x: &Value, name: &str) -> PyResult<Option<Value>> {
    let n = vm.intern(name);
    let Some(m) = vm.lookup_method(x, &n) else {
        return Ok(None);
    };
    let r = vm.call_value(m, &[], &[])?;
    match as_plain_int(&r) {
        Some(v) => Ok(Some(v)),
        None => {
            let tn = vm.type_name(&r);
            vm.type_error(format!("{name} returned non-int (type {tn})"))
        }
    }
}

/// int(x) / int(x, base).
pub fn int_from(vm: &mut Vm, x: &Value, base: Option<Value>) -> PyResult<Value> {
    if let Some(b) = base {
        let b = vm.index_of(&b)?;
        if b != 0 && !(2..=36).contains(&b) {
            return vm.value_error("int() base must be >= 2 and <= 36, or 0");
        }
        let Some((text, repr)) = text_arg(x) else {
            return vm.type_error("int() can't convert non-string with explicit base");
        };
        return parse_text(vm, &text, &repr, b);
    }
    match x {
        Value::Int(_) | Value::BigInt(_) => return Ok(x.clone()),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Float(f) => {
            if f.is_nan() {
                return vm.value_error("cannot convert float NaN to integer");
            }
            if f.is_infinite() {
                return vm.overflow_error("cannot convert float infinity to integer");
            }
            return Ok(Value::from_bigint(super::int::float_to_big(f.trunc())));
        }
        Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_) => {
            let (text, repr) = text_arg(x).unwrap_or_default();
            return parse_text(vm, &text, &repr, 10);
        }
        _ => {}
    }
    for name in ["__int__", "__index__"] {
        if let Some(v) = call_int_method(vm, x, name)? {
            return Ok(v);
        }
    }
    let n = vm.names.__trunc__.clone();
    if let Some(m) = vm.lookup_method(x, &n) {
        let r = vm.call_value(m, &[], &[])?;
        if let Some(v) = as_plain_int(&r) {
            return Ok(v);
        }
        return match call_int_method(vm, &r, "__index__")? {
            Some(v) => Ok(v),
            None => {
                let tn = vm.type_name(&r);
                vm.type_error(format!("__trunc__ returned non-Integral (type {tn})"))
            }
        };
    }
    if let Some((text, repr)) = text_arg(x) {
        return parse_text(vm, &text, &repr, 10);
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

/// The value of `self` in an int method (bools and subclasses included).
fn self_int(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<BigInt> {
    match args.first().and_then(to_big) {
        Some(b) => Ok(b),
        None => {
            let tn = args.first().map(|v| vm.type_name(v)).unwrap_or_default();
            vm.type_error(format!(
                "descriptor '{name}' requires a 'int' object but received a '{tn}'"
            ))
        }
    }
}

fn int_bit_length(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "bit_length", args, 0, 0)?;
    let b = self_int(vm, args, "bit_length")?;
    Ok(Value::Int(b.magnitude().bits() as i64))
}

fn int_bit_count(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "bit_count", args, 0, 0)?;
    let b = self_int(vm, args, "bit_count")?;
    Ok(Value::Int(b.magnitude().count_ones() as i64))
}

/// int(self): `__index__`, `__int__`, `conjugate`, `__trunc__`, `__floor__`, `__ceil__`.
fn int_itself(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::from_bigint(self_int(vm, args, "__int__")?))
}

fn int_as_integer_ratio(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "as_integer_ratio", args, 0, 0)?;
    let b = self_int(vm, args, "as_integer_ratio")?;
    Ok(Value::tuple(vec![Value::from_bigint(b), Value::Int(1)]))
}

fn int_round(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "__round__", args, 0, 1)?;
    let b = self_int(vm, args, "__round__")?;
    let nd = args.get(1).cloned().unwrap_or(Value::None);
    crate::builtins::round_value(vm, &Value::from_bigint(b), &nd)
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
    add_method(vm, &t, "int", "bit_count", int_bit_count);
    add_method(vm, &t, "int", "as_integer_ratio", int_as_integer_ratio);
    add_method(vm, &t, "int", "__round__", int_round);
    for name in [
        "__index__",
        "__int__",
        "conjugate",
        "__trunc__",
        "__floor__",
        "__ceil__",
    ] {
        add_method(vm, &t, "int", name, int_itself);
    }
    add_method(vm, &t, "int", "to_bytes", int_to_bytes);
    add_method(vm, &t, "int", "from_bytes", int_from_bytes);
    if let Some(v) = t.dict.get_str(&vm.intern("from_bytes")) {
        t.dict
            .set_str(vm.intern("from_bytes"), Value::ClassMethod(Rc::new(v)));
    }
}
