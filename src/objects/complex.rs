//! complex: arithmetic (CPython's algorithms, so results agree bit for bit),
//! hashing, the constructor and methods.

use super::{KwArgs, add_method, check_args, kwarg};
use crate::bytecode::BinOp;
use crate::vm::Vm;
use crate::vm::ops::{Num, as_num, big_to_f64};
use crate::vm::value::*;
use std::rc::Rc;

impl Value {
    pub fn complex(re: f64, im: f64) -> Value {
        Value::Complex(Rc::new(Complex { re, im }))
    }
}

/// The complex value of a number (ints and floats widen); None for non-numbers.
pub fn to_complex(vm: &mut Vm, v: &Value) -> PyResult<Option<Complex>> {
    if let Value::Complex(c) = v {
        return Ok(Some(**c));
    }
    Ok(match as_num(v) {
        Some(Num::F(f)) => Some(Complex { re: f, im: 0.0 }),
        Some(Num::I(i)) => match big_to_f64(&i) {
            Some(f) => Some(Complex { re: f, im: 0.0 }),
            None => return vm.overflow_error("int too large to convert to float"),
        },
        None => None,
    })
}

fn prod(a: Complex, b: Complex) -> Complex {
    Complex {
        re: a.re * b.re - a.im * b.im,
        im: a.re * b.im + a.im * b.re,
    }
}

/// Smith's algorithm, as in CPython's `_Py_c_quot`; None on division by zero.
fn quot(a: Complex, b: Complex) -> Option<Complex> {
    let (abs_re, abs_im) = (b.re.abs(), b.im.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return None;
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Some(Complex {
            re: (a.re + a.im * ratio) / denom,
            im: (a.im - a.re * ratio) / denom,
        })
    } else if abs_im >= abs_re {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Some(Complex {
            re: (a.re * ratio + a.im) / denom,
            im: (a.im * ratio - a.re) / denom,
        })
    } else {
        // At least one NaN in the divisor.
        Some(Complex {
            re: f64::NAN,
            im: f64::NAN,
        })
    }
}

const ONE: Complex = Complex { re: 1.0, im: 0.0 };

/// Repeated squaring for small integral exponents.
fn powu(x: Complex, n: u64) -> Complex {
    let (mut r, mut p, mut mask) = (ONE, x, 1u64);
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

/// `a ** b`; Err(true) is the "0.0 to a negative or complex power" domain error.
fn pow_raw(a: Complex, b: Complex) -> Result<Complex, bool> {
    if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
        let n = b.re as i64;
        return if n >= 0 {
            Ok(powu(a, n as u64))
        } else {
            quot(ONE, powu(a, n.unsigned_abs())).ok_or(true)
        };
    }
    if b.re == 0.0 && b.im == 0.0 {
        return Ok(ONE);
    }
    if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return Err(true);
        }
        return Ok(Complex { re: 0.0, im: 0.0 });
    }
    let vabs = a.re.hypot(a.im);
    let mut len = vabs.powf(b.re);
    let at = a.im.atan2(a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len /= (at * b.im).exp();
        phase += b.im * vabs.ln();
    }
    Ok(Complex {
        re: len * phase.cos(),
        im: len * phase.sin(),
    })
}

pub fn pow(vm: &mut Vm, a: Complex, b: Complex) -> PyResult<Value> {
    match pow_raw(a, b) {
        Err(_) => vm.zero_div("0.0 to a negative or complex power"),
        Ok(r) if r.re.is_infinite() || r.im.is_infinite() => {
            vm.overflow_error("complex exponentiation")
        }
        Ok(r) => Ok(Value::complex(r.re, r.im)),
    }
}

/// A binary operator with at least one complex operand; None when the
/// operator or the other operand is not supported.
pub fn binop(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if !matches!(
        op,
        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv | BinOp::Pow
    ) {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (to_complex(vm, a)?, to_complex(vm, b)?) else {
        return Ok(None);
    };
    let r = match op {
        BinOp::Add => Complex {
            re: x.re + y.re,
            im: x.im + y.im,
        },
        BinOp::Sub => Complex {
            re: x.re - y.re,
            im: x.im - y.im,
        },
        BinOp::Mul => prod(x, y),
        BinOp::TrueDiv => match quot(x, y) {
            Some(r) => r,
            None => return vm.zero_div("complex division by zero"),
        },
        _ => return pow(vm, x, y).map(Some),
    };
    Ok(Some(Value::complex(r.re, r.im)))
}

/// CPython's complex hash: hash(re) + 1000003 * hash(im).
pub fn hash(c: &Complex) -> i64 {
    use crate::objects::int::hash_float;
    let h = (hash_float(c.re) as u64).wrapping_add(1000003u64.wrapping_mul(hash_float(c.im) as u64))
        as i64;
    if h == -1 { -2 } else { h }
}

/// `==` between a complex and another number; None when `other` is not a number.
pub fn eq(c: &Complex, other: &Value) -> Option<bool> {
    if let Value::Complex(o) = other {
        return Some(c.re == o.re && c.im == o.im);
    }
    let n = as_num(other)?;
    Some(
        c.im == 0.0
            && crate::objects::int::cmp_num(&Num::F(c.re), &n) == Some(std::cmp::Ordering::Equal),
    )
}

pub fn abs(vm: &mut Vm, c: &Complex) -> PyResult<Value> {
    let r = c.re.hypot(c.im);
    if r.is_infinite() && c.re.is_finite() && c.im.is_finite() {
        return vm.overflow_error("absolute value too large");
    }
    Ok(Value::Float(r))
}

/// A complex argument of `complex()`: via `__complex__`, or a real number.
fn complex_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<Complex>> {
    if let Value::Instance(_) = v {
        let n = vm.intern("__complex__");
        if let Some(m) = vm.lookup_method(v, &n) {
            let r = vm.call_value(m, &[], &[])?;
            return match r {
                Value::Complex(c) => Ok(Some(*c)),
                other => {
                    let tn = vm.type_name(&other);
                    vm.type_error(format!("__complex__ returned non-complex (type {tn})"))
                }
            };
        }
        if as_num(v).is_none() {
            let f = vm.names.__float__.clone();
            let i = vm.names.__index__.clone();
            if vm.lookup_method(v, &f).is_some() || vm.lookup_method(v, &i).is_some() {
                let x = super::floatobj::float_from(vm, v)?;
                return Ok(Some(Complex { re: x, im: 0.0 }));
            }
        }
    }
    to_complex(vm, v)
}

fn complex_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "complex", args, 0, 2)?;
    let real = args.get(1).cloned().or_else(|| kwarg(kw, "real"));
    let imag = args.get(2).cloned().or_else(|| kwarg(kw, "imag"));
    if let Some((k, _)) = kw.iter().find(|(k, _)| k.s != "real" && k.s != "imag") {
        return vm.type_error(format!(
            "complex() got an unexpected keyword argument '{}'",
            k.s
        ));
    }
    if let Some(Value::Str(s)) = &real {
        if imag.is_some() {
            return vm.type_error("complex() can't take second arg if first is a string");
        }
        return match crate::fmt::parse_complex(&s.s) {
            Ok((re, im)) => Ok(Value::complex(re, im)),
            Err(crate::fmt::ComplexParseError::Malformed) => {
                vm.value_error("complex() arg is a malformed string")
            }
            Err(crate::fmt::ComplexParseError::Underscore) => vm.value_error(format!(
                "could not convert string to complex: {}",
                super::repr::str_repr(&s.s)
            )),
        };
    }
    if let Some(Value::Str(_)) = &imag {
        return vm.type_error("complex() second arg can't be a string");
    }
    if let (Some(r @ Value::Complex(_)), None) = (&real, &imag) {
        return Ok(r.clone());
    }
    let r = match &real {
        None => Complex { re: 0.0, im: 0.0 },
        Some(v) => match complex_arg(vm, v)? {
            Some(c) => c,
            None => {
                let tn = vm.type_name(v);
                return vm.type_error(format!(
                    "complex() first argument must be a string or a number, not '{tn}'"
                ));
            }
        },
    };
    let i = match &imag {
        None => Complex { re: 0.0, im: 0.0 },
        Some(v) => match complex_arg(vm, v)? {
            Some(c) => c,
            None => {
                let tn = vm.type_name(v);
                return vm.type_error(format!(
                    "complex() second argument must be a number, not '{tn}'"
                ));
            }
        },
    };
    // complex(a, b) is a + b*1j, so a complex `imag` contributes to both parts.
    Ok(Value::complex(r.re - i.im, r.im + i.re))
}

fn self_of(vm: &mut Vm, args: &[Value]) -> PyResult<Complex> {
    match args.first() {
        Some(Value::Complex(c)) => Ok(**c),
        Some(other) => {
            let tn = vm.type_name(other);
            vm.type_error(format!(
                "descriptor requires a 'complex' object but received a '{tn}'"
            ))
        }
        None => vm.type_error("descriptor needs an argument"),
    }
}

fn complex_conjugate(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "conjugate", args, 0, 0)?;
    let c = self_of(vm, args)?;
    Ok(Value::complex(c.re, -c.im))
}

fn complex_complex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let c = self_of(vm, args)?;
    Ok(Value::complex(c.re, c.im))
}

fn complex_format(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "__format__", args, 1, 1)?;
    let c = self_of(vm, args)?;
    let Value::Str(spec) = &args[1] else {
        let tn = vm.type_name(&args[1]);
        return vm.type_error(format!("__format__() argument must be str, not {tn}"));
    };
    match crate::fmt::format_complex_spec(c.re, c.im, &spec.s) {
        Ok(s) => Ok(Value::string(s)),
        Err(m) => vm.value_error(m),
    }
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.complex.clone();
    add_method(vm, &t, "complex", "__new__", complex_new);
    add_method(vm, &t, "complex", "conjugate", complex_conjugate);
    add_method(vm, &t, "complex", "__complex__", complex_complex);
    add_method(vm, &t, "complex", "__format__", complex_format);
}
