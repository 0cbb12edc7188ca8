//! printf-style formatting: `str % args` and `bytes % args`.
//!
//! Bytes formats are processed as Latin-1 text (one char per byte), so both
//! flavours share one implementation; the result is mapped back to bytes.

use crate::fmt::{PercentCount, PercentPiece, percent_float, percent_int, percent_str};
use crate::vm::Vm;
use crate::vm::ops::to_big;
use crate::vm::value::*;
use std::rc::Rc;

/// Bytes as Latin-1 text.
pub fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

/// Latin-1 text back to bytes (every char is below 256 by construction).
fn to_bytes(s: &str) -> Vec<u8> {
    s.chars().map(|c| c as u32 as u8).collect()
}

/// `fmt % args` for str.
pub fn format_str(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<String> {
    format(vm, fmt, args, false)
}

/// `fmt % args` for bytes and bytearray.
pub fn format_bytes(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    format(vm, &latin1(fmt), args, true).map(|s| to_bytes(&s))
}

fn supported(c: char, bytes: bool) -> bool {
    crate::fmt::percent_conv_supported(c) || (bytes && c == 'b')
}

fn format(vm: &mut Vm, fmt: &str, args: &Value, bytes: bool) -> PyResult<String> {
    let pieces = match crate::fmt::parse_percent_lenient(fmt) {
        Ok(p) => p,
        Err(m) => return vm.value_error(m),
    };
    let is_mapping = !matches!(
        args,
        Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_)
    ) && vm
        .type_of(args)
        .lookup(&vm.names.__getitem__.clone())
        .is_some();
    let items: Vec<Value> = match args {
        Value::Tuple(t) => t.to_vec(),
        other => vec![other.clone()],
    };
    let mut idx = 0;
    let mut next = |vm: &mut Vm| -> PyResult<Value> {
        if idx < items.len() {
            idx += 1;
            Ok(items[idx - 1].clone())
        } else {
            vm.type_error("not enough arguments for format string")
        }
    };
    let mut out = String::new();
    for p in pieces {
        let spec = match p {
            PercentPiece::Literal(l) => {
                out.push_str(&l);
                continue;
            }
            PercentPiece::Spec(spec) => spec,
        };
        let mut flags = spec.flags;
        let width = match spec.width {
            Some(PercentCount::Star) => {
                let w = next(vm)?;
                let w = star_arg(vm, &w)?;
                if w < 0 {
                    flags.left = true;
                }
                Some(w.unsigned_abs() as usize)
            }
            Some(PercentCount::Num(n)) => Some(n),
            None => None,
        };
        let prec = match spec.precision {
            Some(PercentCount::Star) => {
                let p = next(vm)?;
                Some(star_arg(vm, &p)?.max(0) as usize)
            }
            Some(PercentCount::Num(n)) => Some(n),
            None => None,
        };
        let v = match &spec.key {
            Some(k) => {
                if !is_mapping {
                    return vm.type_error("format requires a mapping");
                }
                let key = if bytes {
                    Value::Bytes(Rc::new(to_bytes(k)))
                } else {
                    Value::str(k)
                };
                vm.getitem(args, &key)?
            }
            None => next(vm)?,
        };
        if !supported(spec.conv, bytes) {
            return vm.value_error(crate::fmt::percent_unsupported_error(spec.conv, spec.index));
        }
        let s = match spec.conv {
            's' | 'b' if bytes => percent_str(&bytes_text(vm, &v)?, &flags, width, prec),
            's' => percent_str(&vm.str_of(&v)?, &flags, width, prec),
            'r' if !bytes => percent_str(&vm.repr_of(&v)?, &flags, width, prec),
            'r' | 'a' => {
                let r = super::repr::ascii_escape(&vm.repr_of(&v)?);
                percent_str(&r, &flags, width, prec)
            }
            'c' => percent_str(&char_arg(vm, &v, bytes)?, &flags, width, None),
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let Some(b) = int_arg(vm, &v, spec.conv)? else {
                    let tn = vm.type_name(&v);
                    let what = if matches!(spec.conv, 'd' | 'i' | 'u') {
                        "a real number"
                    } else {
                        "an integer"
                    };
                    return vm.type_error(format!(
                        "%{} format: {what} is required, not {tn}",
                        spec.conv
                    ));
                };
                percent_int(&b, &flags, width, prec, spec.conv)
            }
            _ => {
                let f = super::floatobj::as_double(vm, &v)?;
                percent_float(f, &flags, width, prec, spec.conv)
            }
        };
        out.push_str(&s);
    }
    if !is_mapping && idx < items.len() {
        let what = if bytes { "bytes" } else { "string" };
        return vm.type_error(format!(
            "not all arguments converted during {what} formatting"
        ));
    }
    Ok(out)
}

fn star_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(_) | Value::Bool(_) => vm.index_of(v),
        _ => vm.type_error("* wants int"),
    }
}

/// The integer for %d/%i/%u (any real number, truncated) or %o/%x/%X (ints only).
fn int_arg(vm: &mut Vm, v: &Value, conv: char) -> PyResult<Option<num_bigint::BigInt>> {
    if let Some(b) = to_big(v) {
        return Ok(Some(b));
    }
    let real = matches!(conv, 'd' | 'i' | 'u');
    if real && let Value::Float(f) = v {
        if !f.is_finite() {
            let r = super::intobj::int_from(vm, v, None)?;
            return Ok(to_big(&r));
        }
        return Ok(Some(super::int::float_to_big(f.trunc())));
    }
    if let Value::Instance(_) = v {
        let name = if real { "__int__" } else { "__index__" };
        let n = vm.intern(name);
        if vm.lookup_method(v, &n).is_some() {
            let r = super::intobj::int_from(vm, v, None)?;
            return Ok(to_big(&r));
        }
    }
    Ok(None)
}

/// The text of a %c conversion.
fn char_arg(vm: &mut Vm, v: &Value, bytes: bool) -> PyResult<String> {
    if bytes {
        let one = match v {
            Value::Bytes(b) if b.len() == 1 => Some(b[0]),
            Value::ByteArray(b) if b.borrow().len() == 1 => Some(b.borrow()[0]),
            _ => None,
        };
        if let Some(c) = one {
            return Ok((c as char).to_string());
        }
        return match to_big(v) {
            Some(n) => match num_traits::ToPrimitive::to_u8(&n) {
                Some(c) => Ok((c as char).to_string()),
                None => vm.overflow_error("%c arg not in range(256)"),
            },
            None => vm.type_error("%c requires an integer in range(256) or a single byte"),
        };
    }
    match v {
        Value::Str(s) if s.char_len() == 1 => Ok(s.s.to_string()),
        _ => match to_big(v) {
            Some(n) => match num_traits::ToPrimitive::to_u32(&n).and_then(char::from_u32) {
                Some(c) => Ok(c.to_string()),
                None => vm.overflow_error("%c arg not in range(0x110000)"),
            },
            None => vm.type_error("%c requires int or char"),
        },
    }
}

/// The bytes of a %s/%b argument in a bytes format, as Latin-1 text.
fn bytes_text(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(b) = super::bytes::bytes_like(v) {
        return Ok(latin1(&b));
    }
    let n = vm.names.__bytes__.clone();
    if let Some(m) = vm.lookup_method(v, &n) {
        let r = vm.call_value(m, &[], &[])?;
        if let Value::Bytes(b) = r {
            return Ok(latin1(&b));
        }
        let tn = vm.type_name(&r);
        return vm.type_error(format!("__bytes__ returned non-bytes (type {tn})"));
    }
    let tn = vm.type_name(v);
    vm.type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{tn}'"
    ))
}
