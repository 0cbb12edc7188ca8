//! math: the common functions with CPython's domain errors.

use super::{new_module, set_fn, set_val};
use crate::objects::KwArgs;
use crate::vm::Vm;
use crate::vm::ops::to_big;
use crate::vm::value::*;
use num_bigint::BigInt;
use num_traits::{Signed, Zero};

fn f(vm: &mut Vm, a: &[Value], i: usize) -> PyResult<f64> {
    match a.get(i) {
        Some(v) => crate::objects::floatobj::float_from(vm, v),
        None => vm.type_error("math function missing argument"),
    }
}

fn domain<T>(vm: &mut Vm) -> PyResult<T> {
    vm.value_error("math domain error")
}

macro_rules! unary {
    ($name:ident, $e:expr, $dom:expr) => {
        fn $name(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
            let x = f(vm, a, 0)?;
            let ok: fn(f64) -> bool = $dom;
            if !ok(x) {
                return domain(vm);
            }
            let g: fn(f64) -> f64 = $e;
            Ok(Value::Float(g(x)))
        }
    };
}

unary!(m_sqrt, f64::sqrt, |x| x >= 0.0 || x.is_nan());
unary!(m_exp, f64::exp, |_| true);
unary!(m_sin, f64::sin, |x| !x.is_infinite());
unary!(m_cos, f64::cos, |x| !x.is_infinite());
unary!(m_tan, f64::tan, |x| !x.is_infinite());
unary!(m_asin, f64::asin, |x| (-1.0..=1.0).contains(&x)
    || x.is_nan());
unary!(m_acos, f64::acos, |x| (-1.0..=1.0).contains(&x)
    || x.is_nan());
unary!(m_atan, f64::atan, |_| true);
unary!(m_log10, f64::log10, |x| x > 0.0 || x.is_nan());
unary!(m_log2, f64::log2, |x| x > 0.0 || x.is_nan());
unary!(m_fabs, f64::abs, |_| true);
unary!(m_degrees, f64::to_degrees, |_| true);
unary!(m_radians, f64::to_radians, |_| true);
unary!(m_sinh, f64::sinh, |_| true);
unary!(m_cosh, f64::cosh, |_| true);
unary!(m_tanh, f64::tanh, |_| true);

fn m_log(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let x = match a.first().and_then(to_big) {
        Some(b) if b.bits() > 1000 => {
            if !b.is_positive() {
                return domain(vm);
            }
            let shift = b.bits() - 64;
            let top = crate::vm::ops::big_to_f64(&(b >> shift as usize)).unwrap_or(1.0);
            top.ln() + shift as f64 * std::f64::consts::LN_2
        }
        _ => {
            let x = f(vm, a, 0)?;
            if x <= 0.0 {
                return domain(vm);
            }
            x.ln()
        }
    };
    if a.len() > 1 {
        let b = f(vm, a, 1)?;
        if b <= 0.0 {
            return domain(vm);
        }
        let lb = b.ln();
        if lb == 0.0 {
            return vm.zero_div("float division by zero");
        }
        return Ok(Value::Float(x / lb));
    }
    Ok(Value::Float(x))
}

fn int_result(vm: &mut Vm, a: &[Value], up: bool) -> PyResult<Value> {
    if let Some(v) = a.first()
        && let Some(b) = to_big(v)
        && !matches!(v, Value::Float(_))
    {
        return Ok(Value::from_bigint(b));
    }
    let x = f(vm, a, 0)?;
    if x.is_nan() {
        return vm.value_error("cannot convert float NaN to integer");
    }
    if x.is_infinite() {
        return vm.overflow_error("cannot convert float infinity to integer");
    }
    let r = if up { x.ceil() } else { x.floor() };
    Ok(Value::from_bigint(crate::objects::int::float_to_big(r)))
}

fn m_floor(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    int_result(vm, a, false)
}
fn m_ceil(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    int_result(vm, a, true)
}
fn m_trunc(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let x = f(vm, a, 0)?;
    Ok(Value::from_bigint(crate::objects::int::float_to_big(
        x.trunc(),
    )))
}

fn m_pow(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let (x, y) = (f(vm, a, 0)?, f(vm, a, 1)?);
    if x == 0.0 && y < 0.0 {
        return domain(vm);
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return domain(vm);
    }
    Ok(Value::Float(x.powf(y)))
}

fn m_atan2(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let (y, x) = (f(vm, a, 0)?, f(vm, a, 1)?);
    Ok(Value::Float(y.atan2(x)))
}

fn m_hypot(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let mut s = 0.0f64;
    for i in 0..a.len() {
        let x = f(vm, a, i)?;
        s = s.hypot(x);
    }
    Ok(Value::Float(s))
}

fn big(vm: &mut Vm, a: &[Value], i: usize, name: &str) -> PyResult<BigInt> {
    match a.get(i).and_then(|v| {
        if matches!(v, Value::Float(_)) {
            None
        } else {
            to_big(v)
        }
    }) {
        Some(b) => Ok(b),
        None => {
            let tn = a.get(i).map(|v| vm.type_name(v)).unwrap_or_default();
            let _ = name;
            vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
        }
    }
}

fn m_gcd(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let mut g = BigInt::zero();
    for i in 0..a.len() {
        let b = big(vm, a, i, "gcd")?;
        g = num_integer::Integer::gcd(&g, &b);
    }
    Ok(Value::from_bigint(g))
}

fn m_lcm(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let mut l = BigInt::from(1);
    for i in 0..a.len() {
        let b = big(vm, a, i, "lcm")?;
        l = num_integer::Integer::lcm(&l, &b);
    }
    Ok(Value::from_bigint(l))
}

fn m_factorial(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    if let Some(Value::Float(_)) = a.first() {
        return vm.type_error("'float' object cannot be interpreted as an integer");
    }
    let n = big(vm, a, 0, "factorial")?;
    if n.is_negative() {
        return vm.value_error("factorial() not defined for negative values");
    }
    let n: u64 = n.try_into().unwrap_or(0);
    let mut r = BigInt::from(1);
    for i in 2..=n {
        r *= i;
    }
    Ok(Value::from_bigint(r))
}

fn m_isqrt(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let n = big(vm, a, 0, "isqrt")?;
    if n.is_negative() {
        return vm.value_error("isqrt() argument must be nonnegative");
    }
    Ok(Value::from_bigint(n.sqrt()))
}

fn m_comb(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let n = big(vm, a, 0, "comb")?;
    let k = big(vm, a, 1, "comb")?;
    if n.is_negative() {
        return vm.value_error("n must be a non-negative integer");
    }
    if k.is_negative() {
        return vm.value_error("k must be a non-negative integer");
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k: u64 = k.try_into().unwrap_or(0);
    let mut r = BigInt::from(1);
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(Value::from_bigint(r))
}

fn m_perm(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let n = big(vm, a, 0, "perm")?;
    let k = if a.len() > 1 && !a[1].is_none() {
        big(vm, a, 1, "perm")?
    } else {
        n.clone()
    };
    if n.is_negative() {
        return vm.value_error("n must be a non-negative integer");
    }
    if k.is_negative() {
        return vm.value_error("k must be a non-negative integer");
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k: u64 = k.try_into().unwrap_or(0);
    let mut r = BigInt::from(1);
    for i in 0..k {
        r *= &n - i;
    }
    Ok(Value::from_bigint(r))
}

fn m_isclose(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let (x, y) = (f(vm, a, 0)?, f(vm, a, 1)?);
    let rel = match crate::objects::kwarg(k, "rel_tol") {
        Some(v) => crate::objects::floatobj::float_from(vm, &v)?,
        None => 1e-9,
    };
    let abs = match crate::objects::kwarg(k, "abs_tol") {
        Some(v) => crate::objects::floatobj::float_from(vm, &v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return vm.value_error("tolerances must be non-negative");
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let d = (x - y).abs();
    Ok(Value::Bool(
        d <= (rel * y).abs() || d <= (rel * x).abs() || d <= abs,
    ))
}

fn m_isnan(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(f(vm, a, 0)?.is_nan()))
}
fn m_isinf(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(f(vm, a, 0)?.is_infinite()))
}
fn m_isfinite(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(f(vm, a, 0)?.is_finite()))
}

fn m_fsum(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let items = vm.iterate(a.first().unwrap_or(&Value::None))?;
    // Shewchuk's exact partial sums.
    let mut partials: Vec<f64> = Vec::new();
    for it in items {
        let mut x = crate::objects::floatobj::float_from(vm, &it)?;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    let mut hi = 0.0;
    if let Some(mut n) = partials.len().checked_sub(1) {
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

fn m_copysign(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let (x, y) = (f(vm, a, 0)?, f(vm, a, 1)?);
    Ok(Value::Float(x.copysign(y)))
}

fn m_fmod(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let (x, y) = (f(vm, a, 0)?, f(vm, a, 1)?);
    if y == 0.0 {
        return domain(vm);
    }
    Ok(Value::Float(x % y))
}

fn m_prod(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let items = vm.iterate(a.first().unwrap_or(&Value::None))?;
    let mut acc = crate::objects::kwarg(k, "start").unwrap_or(Value::Int(1));
    for it in items {
        acc = vm.binary_op(crate::bytecode::BinOp::Mul, &acc, &it)?;
    }
    Ok(acc)
}

pub fn module(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module(vm, "math");
    let fns: &[(&'static str, NativeFn)] = &[
        ("sqrt", m_sqrt),
        ("exp", m_exp),
        ("sin", m_sin),
        ("cos", m_cos),
        ("tan", m_tan),
        ("asin", m_asin),
        ("acos", m_acos),
        ("atan", m_atan),
        ("atan2", m_atan2),
        ("sinh", m_sinh),
        ("cosh", m_cosh),
        ("tanh", m_tanh),
        ("log", m_log),
        ("log10", m_log10),
        ("log2", m_log2),
        ("fabs", m_fabs),
        ("degrees", m_degrees),
        ("radians", m_radians),
        ("floor", m_floor),
        ("ceil", m_ceil),
        ("trunc", m_trunc),
        ("pow", m_pow),
        ("hypot", m_hypot),
        ("gcd", m_gcd),
        ("lcm", m_lcm),
        ("factorial", m_factorial),
        ("isqrt", m_isqrt),
        ("comb", m_comb),
        ("perm", m_perm),
        ("isclose", m_isclose),
        ("isnan", m_isnan),
        ("isinf", m_isinf),
        ("isfinite", m_isfinite),
        ("fsum", m_fsum),
        ("copysign", m_copysign),
        ("fmod", m_fmod),
        ("prod", m_prod),
    ];
    for (n, func) in fns {
        set_fn(vm, &d, n, *func);
    }
    set_val(vm, &d, "pi", Value::Float(std::f64::consts::PI));
    set_val(vm, &d, "e", Value::Float(std::f64::consts::E));
    set_val(vm, &d, "tau", Value::Float(std::f64::consts::TAU));
    set_val(vm, &d, "inf", Value::Float(f64::INFINITY));
    set_val(vm, &d, "nan", Value::Float(f64::NAN));
    Ok(m)
}
