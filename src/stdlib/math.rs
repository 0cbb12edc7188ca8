//! math: libm functions with CPython's error rules (a NaN from a non-NaN
//! argument is a domain error, an infinity from a finite one a range error),
//! the integer functions, and accurate sums and norms.

use super::{new_module, set_fn, set_val};
use crate::objects::KwArgs;
use crate::objects::floatobj::as_double;
use crate::objects::int::frexp;
use crate::vm::Vm;
use crate::vm::ops::{big_to_f64, to_big};
use crate::vm::value::*;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

fn domain<T>(vm: &mut Vm) -> PyResult<T> {
    vm.value_error("math domain error")
}

fn range<T>(vm: &mut Vm) -> PyResult<T> {
    vm.overflow_error("math range error")
}

/// Exactly `n` positional arguments, with CPython's messages.
fn nargs<'a>(vm: &mut Vm, name: &str, a: &'a [Value], n: usize) -> PyResult<&'a [Value]> {
    if a.len() == n {
        return Ok(a);
    }
    if n == 1 {
        return vm.type_error(format!(
            "math.{name}() takes exactly one argument ({} given)",
            a.len()
        ));
    }
    vm.type_error(format!("{name} expected {n} arguments, got {}", a.len()))
}

/// The checks of CPython's math_1: NaN out of non-NaN in is a domain error;
/// infinity out of a finite value is a range error when the function can
/// overflow (else a domain error, e.g. log1p(-1)).
fn checked(vm: &mut Vm, x: f64, r: f64, can_overflow: bool) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return domain(vm);
    }
    if r.is_infinite() && x.is_finite() {
        return if can_overflow { range(vm) } else { domain(vm) };
    }
    Ok(Value::Float(r))
}

macro_rules! unary {
    ($($name:ident, $py:literal, $f:expr, $overflow:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
                let a = nargs(vm, $py, a, 1)?;
                let x = as_double(vm, &a[0])?;
                let f: fn(f64) -> f64 = $f;
                checked(vm, x, f(x), $overflow)
            }
        )*
    };
}

unary! {
    m_sqrt, "sqrt", f64::sqrt, false;
    m_exp, "exp", f64::exp, true;
    m_exp2, "exp2", f64::exp2, true;
    m_expm1, "expm1", f64::exp_m1, true;
    m_sin, "sin", f64::sin, false;
    m_cos, "cos", f64::cos, false;
    m_tan, "tan", f64::tan, false;
    m_asin, "asin", f64::asin, false;
    m_acos, "acos", f64::acos, false;
    m_atan, "atan", f64::atan, false;
    m_sinh, "sinh", f64::sinh, true;
    m_cosh, "cosh", f64::cosh, true;
    m_tanh, "tanh", f64::tanh, false;
    m_asinh, "asinh", libm::asinh, false;
    m_acosh, "acosh", libm::acosh, false;
    m_atanh, "atanh", libm::atanh, false;
    m_log1p, "log1p", f64::ln_1p, false;
    m_cbrt, "cbrt", libm::cbrt, false;
    m_fabs, "fabs", f64::abs, false;
}

/// The C library's versions where Rust computes these itself: CPython calls
/// libm, and results differ in the last bit (or overflow early).
mod libm {
    unsafe extern "C" {
        #[link_name = "asinh"]
        fn c_asinh(x: f64) -> f64;
        #[link_name = "acosh"]
        fn c_acosh(x: f64) -> f64;
        #[link_name = "atanh"]
        fn c_atanh(x: f64) -> f64;
        #[link_name = "cbrt"]
        fn c_cbrt(x: f64) -> f64;
    }
    // SAFETY (all four): pure libm functions of one double, defined for every input.
    pub fn asinh(x: f64) -> f64 {
        unsafe { c_asinh(x) }
    }
    pub fn acosh(x: f64) -> f64 {
        unsafe { c_acosh(x) }
    }
    pub fn atanh(x: f64) -> f64 {
        unsafe { c_atanh(x) }
    }
    pub fn cbrt(x: f64) -> f64 {
        unsafe { c_cbrt(x) }
    }
}

/// degrees/radians: a plain product (no range error, like CPython).
fn scale(vm: &mut Vm, a: &[Value], name: &str, k: f64) -> PyResult<Value> {
    let a = nargs(vm, name, a, 1)?;
    Ok(Value::Float(as_double(vm, &a[0])? * k))
}

fn m_degrees(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    scale(vm, a, "degrees", 180.0 / std::f64::consts::PI)
}
fn m_radians(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    scale(vm, a, "radians", std::f64::consts::PI / 180.0)
}

/// log of a positive real, or of an int too large for a float (via its bit length).
fn log_of(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(b) = to_big(v)
        && !matches!(v, Value::Float(_))
    {
        if !b.is_positive() {
            return domain(vm);
        }
        if big_to_f64(&b).is_none() {
            // x = m * 2**e with m in [0.5, 1): log(x) = log(m) + e*log(2).
            let e = b.bits() as i64;
            let shift = (e - 64).max(0) as usize;
            let m = big_to_f64(&(b >> shift)).unwrap_or(1.0) / 2f64.powi((e - shift as i64) as i32);
            return Ok(f(m) + e as f64 * f(2.0));
        }
    }
    let x = as_double(vm, v)?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x <= 0.0 {
        return domain(vm);
    }
    Ok(f(x))
}

fn m_log(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    if a.is_empty() || a.len() > 2 {
        return vm.type_error(format!("log expected at least 1 argument, got {}", a.len()));
    }
    let num = log_of(vm, &a[0], f64::ln)?;
    if a.len() == 1 {
        return Ok(Value::Float(num));
    }
    let den = log_of(vm, &a[1], f64::ln)?;
    if den == 0.0 {
        return vm.zero_div("float division by zero");
    }
    Ok(Value::Float(num / den))
}

fn m_log10(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let a = nargs(vm, "log10", a, 1)?;
    Ok(Value::Float(log_of(vm, &a[0], f64::log10)?))
}

fn m_log2(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let a = nargs(vm, "log2", a, 1)?;
    Ok(Value::Float(log_of(vm, &a[0], f64::log2)?))
}

fn two(vm: &mut Vm, name: &str, a: &[Value]) -> PyResult<(f64, f64)> {
    let a = nargs(vm, name, a, 2)?;
    Ok((as_double(vm, &a[0])?, as_double(vm, &a[1])?))
}

/// math.pow: C99 special values, then libm.
fn m_pow(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let (x, y) = two(vm, "pow", a)?;
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 { 1.0 } else { x }
        } else if y.is_nan() {
            if x == 1.0 { 1.0 } else { y }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y { x } else { x.abs() }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0) == (x.abs() > 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(Value::Float(r));
    }
    let r = x.powf(y);
    if r.is_nan() || (r.is_infinite() && x == 0.0) {
        return domain(vm);
    }
    if r.is_infinite() {
        return range(vm);
    }
    Ok(Value::Float(r))
}

fn m_atan2(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let (y, x) = two(vm, "atan2", a)?;
    Ok(Value::Float(y.atan2(x)))
}

fn m_copysign(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let (x, y) = two(vm, "copysign", a)?;
    Ok(Value::Float(x.copysign(y)))
}

fn m_fmod(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let (x, y) = two(vm, "fmod", a)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return domain(vm);
    }
    Ok(Value::Float(r))
}

/// IEEE 754 remainder: x - n*y with n the integer nearest x/y (ties to even).
fn m_remainder(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let (x, y) = two(vm, "remainder", a)?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return domain(vm);
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    let (ax, ay) = (x.abs(), y.abs());
    let m = ax % ay;
    let c = ay - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // Halfway: ax - m is an even or odd multiple of ay.
        m - 2.0 * ((0.5 * (ax - m)) % ay)
    };
    Ok(Value::Float(1f64.copysign(x) * r))
}

fn m_modf(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let a = nargs(vm, "modf", a, 1)?;
    let x = as_double(vm, &a[0])?;
    let (frac, int) = if x.is_infinite() {
        (0f64.copysign(x), x)
    } else {
        (x.fract().copysign(x), x.trunc())
    };
    Ok(Value::tuple(vec![Value::Float(frac), Value::Float(int)]))
}

fn m_frexp(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let a = nargs(vm, "frexp", a, 1)?;
    let (m, e) = frexp(as_double(vm, &a[0])?);
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

/// x * 2**e, exactly (with a single rounding for subnormal results).
fn ldexp(x: f64, e: i64) -> f64 {
    let e = e.clamp(-2200, 2200) as i32;
    // Split the scaling so no intermediate power of two overflows.
    let mut r = x;
    let mut left = e;
    while left != 0 {
        let step = left.clamp(-1000, 1000);
        r *= 2f64.powi(step);
        left -= step;
    }
    r
}

fn m_ldexp(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let a = nargs(vm, "ldexp", a, 2)?;
    let x = as_double(vm, &a[0])?;
    let Some(e) = to_big(&a[1]) else {
        return vm.type_error("Expected an int as second argument to ldexp.");
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let e = e
        .to_i64()
        .unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
    let r = if e < 0 && (frexp(x).1 as i64) + e < -1080 {
        0f64.copysign(x)
    } else {
        ldexp(x, e)
    };
    if r.is_infinite() {
        return range(vm);
    }
    Ok(Value::Float(r))
}

/// Rounding a real number to an int: `__floor__`/`__ceil__`/`__trunc__`
/// when the type defines it, else through float.
fn to_int(
    vm: &mut Vm,
    a: &[Value],
    name: &str,
    dunder: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let a = nargs(vm, name, a, 1)?;
    let v = &a[0];
    if !matches!(v, Value::Float(_)) {
        let n = vm.intern(dunder);
        if let Some(m) = vm.lookup_method(v, &n) {
            return vm.call_value(m, &[], &[]);
        }
        if dunder == "__trunc__" {
            let tn = vm.type_name(v);
            return vm.type_error(format!("type {tn} doesn't define __trunc__ method"));
        }
    }
    let x = as_double(vm, v)?;
    if x.is_nan() {
        return vm.value_error("cannot convert float NaN to integer");
    }
    if x.is_infinite() {
        return vm.overflow_error("cannot convert float infinity to integer");
    }
    Ok(Value::from_bigint(crate::objects::int::float_to_big(f(x))))
}

fn m_floor(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    to_int(vm, a, "floor", "__floor__", f64::floor)
}
fn m_ceil(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    to_int(vm, a, "ceil", "__ceil__", f64::ceil)
}
fn m_trunc(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    to_int(vm, a, "trunc", "__trunc__", f64::trunc)
}

fn m_isnan(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let a = nargs(vm, "isnan", a, 1)?;
    Ok(Value::Bool(as_double(vm, &a[0])?.is_nan()))
}
fn m_isinf(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let a = nargs(vm, "isinf", a, 1)?;
    Ok(Value::Bool(as_double(vm, &a[0])?.is_infinite()))
}
fn m_isfinite(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let a = nargs(vm, "isfinite", a, 1)?;
    Ok(Value::Bool(as_double(vm, &a[0])?.is_finite()))
}

fn m_isclose(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let (x, y) = two(vm, "isclose", a)?;
    let mut tol = |name: &str, dflt: f64| -> PyResult<f64> {
        match crate::objects::kwarg(k, name) {
            Some(v) => as_double(vm, &v),
            None => Ok(dflt),
        }
    };
    let (rel, abs) = (tol("rel_tol", 1e-9)?, tol("abs_tol", 0.0)?);
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

/// Next float after x towards y.
fn next_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn m_nextafter(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let (x, y) = two(vm, "nextafter", a)?;
    Ok(Value::Float(next_toward(x, y)))
}

fn m_ulp(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let a = nargs(vm, "ulp", a, 1)?;
    let x = as_double(vm, &a[0])?.abs();
    if !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let next = next_toward(x, f64::INFINITY);
    Ok(Value::Float(if next.is_infinite() {
        x - next_toward(x, 0.0)
    } else {
        next - x
    }))
}

/// Exact running sum of floats (Shewchuk's non-overlapping partials), as fsum.
struct ExactSum {
    partials: Vec<f64>,
    special: f64,
    inf: f64,
}

impl ExactSum {
    fn new() -> ExactSum {
        ExactSum {
            partials: Vec::new(),
            special: 0.0,
            inf: 0.0,
        }
    }

    /// Add x; Err on an overflowing intermediate.
    fn add(&mut self, mut x: f64) -> Result<(), ()> {
        if !x.is_finite() {
            // Infinities and NaNs are summed apart (inf + -inf is reported).
            if x.is_infinite() {
                self.inf += x;
            }
            self.special += x;
            return Ok(());
        }
        let mut i = 0;
        for j in 0..self.partials.len() {
            let mut y = self.partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                self.partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        if !x.is_finite() {
            return Err(());
        }
        self.partials.truncate(i);
        self.partials.push(x);
        Ok(())
    }

    /// The correctly rounded total (Err: inf + -inf).
    fn total(&self) -> Result<f64, ()> {
        if self.special != 0.0 || self.special.is_nan() {
            return if self.inf.is_nan() {
                Err(())
            } else {
                Ok(self.special)
            };
        }
        let p = &self.partials;
        let Some(mut n) = p.len().checked_sub(1) else {
            return Ok(0.0);
        };
        let mut hi = p[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        // Round half-even correctly when the rest of the partials push it.
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
        Ok(hi)
    }
}

fn m_fsum(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let a = nargs(vm, "fsum", a, 1)?;
    let it = vm.get_iter(&a[0])?;
    let mut sum = ExactSum::new();
    while let Some(v) = vm.iter_next(&it)? {
        let x = as_double(vm, &v)?;
        if sum.add(x).is_err() {
            return vm.overflow_error("intermediate overflow in fsum");
        }
    }
    match sum.total() {
        Ok(t) => Ok(Value::Float(t)),
        Err(()) => vm.value_error("-inf + inf in fsum"),
    }
}

/// Euclidean norm with scaling and an exact sum of the squares, so the
/// result is correctly rounded in practice (like CPython's vector_norm).
fn norm(v: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut nan = false;
    for &x in v {
        if x.is_infinite() {
            return f64::INFINITY;
        }
        nan |= x.is_nan();
        max = max.max(x.abs());
    }
    if nan {
        return f64::NAN;
    }
    if max == 0.0 || v.len() == 1 {
        return max;
    }
    let e = frexp(max).1;
    let mut sum = ExactSum::new();
    for &x in v {
        let s = ldexp(x, -(e as i64));
        let sq = s * s;
        let _ = sum.add(sq);
        let _ = sum.add(s.mul_add(s, -sq));
    }
    let total = sum.total().unwrap_or(f64::NAN);
    let lo = {
        // The part of the exact sum below `total`, for the sqrt correction.
        let mut rest = ExactSum::new();
        for &p in &sum.partials {
            let _ = rest.add(p);
        }
        let _ = rest.add(-total);
        rest.total().unwrap_or(0.0)
    };
    let mut h = total.sqrt();
    // One Newton step on the double-double total.
    let r = (-h).mul_add(h, total) + lo;
    h += r / (2.0 * h);
    ldexp(h, e as i64)
}

fn coords(vm: &mut Vm, v: &Value) -> PyResult<Vec<f64>> {
    let items = vm.iterate(v)?;
    items.iter().map(|x| as_double(vm, x)).collect()
}

fn m_hypot(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let v: Vec<f64> = a
        .iter()
        .map(|x| as_double(vm, x))
        .collect::<PyResult<_>>()?;
    Ok(Value::Float(norm(&v)))
}

fn m_dist(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let a = nargs(vm, "dist", a, 2)?;
    let (p, q) = (coords(vm, &a[0])?, coords(vm, &a[1])?);
    if p.len() != q.len() {
        return vm.value_error("both points must have the same number of dimensions");
    }
    let d: Vec<f64> = p.iter().zip(&q).map(|(x, y)| (x - y).abs()).collect();
    Ok(Value::Float(norm(&d)))
}

fn m_prod(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let a = nargs(vm, "prod", a, 1)?;
    let mut acc = crate::objects::kwarg(k, "start").unwrap_or(Value::Int(1));
    let it = vm.get_iter(&a[0])?;
    while let Some(x) = vm.iter_next(&it)? {
        acc = vm.binary_op(crate::bytecode::BinOp::Mul, &acc, &x)?;
    }
    Ok(acc)
}

/// An integer argument (via `__index__`).
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    let r = vm.index_value(v)?;
    Ok(to_big(&r).unwrap_or_default())
}

fn m_gcd(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let mut g = BigInt::zero();
    for v in a {
        let b = int_arg(vm, v)?;
        g = g.gcd(&b);
    }
    Ok(Value::from_bigint(g))
}

fn m_lcm(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let mut l = BigInt::one();
    for v in a {
        let b = int_arg(vm, v)?;
        l = l.lcm(&b);
    }
    Ok(Value::from_bigint(l))
}

fn m_factorial(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let a = nargs(vm, "factorial", a, 1)?;
    let n = int_arg(vm, &a[0])?;
    if n.is_negative() {
        return vm.value_error("factorial() not defined for negative values");
    }
    let Some(n) = n.to_u64().filter(|&n| n <= i64::MAX as u64) else {
        return vm.overflow_error("factorial() argument should not exceed 9223372036854775807");
    };
    Ok(Value::from_bigint(product(1, n)))
}

/// lo * (lo+1) * ... * hi, split in halves so the big multiplications balance.
fn product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        return (lo..=hi).fold(BigInt::one(), |acc, i| acc * i);
    }
    let mid = lo + (hi - lo) / 2;
    product(lo, mid) * product(mid + 1, hi)
}

fn m_isqrt(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let a = nargs(vm, "isqrt", a, 1)?;
    let n = int_arg(vm, &a[0])?;
    if n.is_negative() {
        return vm.value_error("isqrt() argument must be nonnegative");
    }
    Ok(Value::from_bigint(n.sqrt()))
}

/// The (n, k) of comb/perm, checked non-negative.
fn n_k(vm: &mut Vm, n: &Value, k: &Value) -> PyResult<(BigInt, BigInt)> {
    let (n, k) = (int_arg(vm, n)?, int_arg(vm, k)?);
    if n.is_negative() {
        return vm.value_error("n must be a non-negative integer");
    }
    if k.is_negative() {
        return vm.value_error("k must be a non-negative integer");
    }
    Ok((n, k))
}

fn m_comb(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let a = nargs(vm, "comb", a, 2)?;
    let (n, k) = n_k(vm, &a[0], &a[1])?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.clone().min(&n - &k);
    let Some(k) = k.to_u64() else {
        return vm.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX));
    };
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(Value::from_bigint(r))
}

fn m_perm(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    if a.is_empty() || a.len() > 2 {
        return vm.type_error(format!(
            "perm expected at most 2 arguments, got {}",
            a.len()
        ));
    }
    let k = a.get(1).filter(|v| !v.is_none()).unwrap_or(&a[0]);
    let (n, k) = n_k(vm, &a[0], k)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_u64() else {
        return vm.overflow_error(format!("k must not exceed {}", i64::MAX));
    };
    let mut r = BigInt::one();
    for i in 0..k {
        r *= &n - i;
    }
    Ok(Value::from_bigint(r))
}

pub fn module(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module(vm, "math");
    let fns: &[(&'static str, NativeFn)] = &[
        ("sqrt", m_sqrt),
        ("exp", m_exp),
        ("exp2", m_exp2),
        ("expm1", m_expm1),
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
        ("asinh", m_asinh),
        ("acosh", m_acosh),
        ("atanh", m_atanh),
        ("log", m_log),
        ("log10", m_log10),
        ("log2", m_log2),
        ("log1p", m_log1p),
        ("cbrt", m_cbrt),
        ("fabs", m_fabs),
        ("degrees", m_degrees),
        ("radians", m_radians),
        ("floor", m_floor),
        ("ceil", m_ceil),
        ("trunc", m_trunc),
        ("pow", m_pow),
        ("copysign", m_copysign),
        ("fmod", m_fmod),
        ("remainder", m_remainder),
        ("modf", m_modf),
        ("frexp", m_frexp),
        ("ldexp", m_ldexp),
        ("isnan", m_isnan),
        ("isinf", m_isinf),
        ("isfinite", m_isfinite),
        ("isclose", m_isclose),
        ("nextafter", m_nextafter),
        ("ulp", m_ulp),
        ("fsum", m_fsum),
        ("hypot", m_hypot),
        ("dist", m_dist),
        ("prod", m_prod),
        ("gcd", m_gcd),
        ("lcm", m_lcm),
        ("factorial", m_factorial),
        ("isqrt", m_isqrt),
        ("comb", m_comb),
        ("perm", m_perm),
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
