//! int and float helpers: hashing (CPython's numeric hash), mixed comparison, true division.

use crate::vm::ops::Num;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

const MODULUS: u64 = (1 << 61) - 1;

pub fn hash_i64(i: i64) -> i64 {
    // Ints of magnitude below the modulus are their own hash (no division).
    if i.unsigned_abs() < MODULUS {
        return if i == -1 { -2 } else { i };
    }
    let h = if i >= 0 {
        (i as u64 % MODULUS) as i64
    } else {
        -(((i as i128).unsigned_abs() as u64 % MODULUS) as i64)
    };
    if h == -1 { -2 } else { h }
}

pub fn hash_big(b: &BigInt) -> i64 {
    let m = BigInt::from(MODULUS);
    let r = (b.abs() % &m).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -r } else { r };
    if h == -1 { -2 } else { h }
}

pub fn hash_float(f: f64) -> i64 {
    if f.is_nan() {
        // CPython hashes each NaN object by identity; a NaN's bits are its identity here.
        return (f.to_bits() >> 1) as i64;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    if f.fract() == 0.0 && f.abs() < 9.2e18 {
        return hash_i64(f as i64);
    }
    let (mant, exp) = frexp(f.abs());
    let mut m = mant;
    let mut e = exp;
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & MODULUS) | (x >> (61 - e));
    let h = if f < 0.0 { -(x as i64) } else { x as i64 };
    if h == -1 { -2 } else { h }
}

/// (m, e) with x = m * 2**e and 0.5 <= |m| < 1 (m = x for 0, inf, nan).
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// Compare an int and a float exactly (None when one is NaN).
pub fn cmp_num(a: &Num, b: &Num) -> Option<Ordering> {
    match (a, b) {
        (Num::I(x), Num::I(y)) => Some(x.cmp(y)),
        (Num::F(x), Num::F(y)) => x.partial_cmp(y),
        (Num::I(x), Num::F(y)) => cmp_int_float(x, *y),
        (Num::F(x), Num::I(y)) => cmp_int_float(y, *x).map(|o| o.reverse()),
    }
}

fn cmp_int_float(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = f.floor();
    let fb = BigInt::from(fl as i128);
    let fb = if fl.abs() < 1.7e38 {
        fb
    } else {
        float_to_big(fl)
    };
    match i.cmp(&fb) {
        Ordering::Equal => {
            if f > fl {
                Some(Ordering::Less)
            } else {
                Some(Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

pub fn float_to_big(f: f64) -> BigInt {
    if f.abs() < 9.2e18 {
        return BigInt::from(f as i64);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let m = BigInt::from(mant);
    let r = if exp >= 0 {
        m << exp as usize
    } else {
        m >> (-exp) as usize
    };
    if f < 0.0 { -r } else { r }
}

/// Correctly rounded int / int for large operands.
pub fn big_true_div(x: &BigInt, y: &BigInt) -> Result<f64, String> {
    if y.is_zero() {
        return Err("division by zero".into());
    }
    let neg = x.is_negative() != y.is_negative();
    let (a, b) = (x.abs(), y.abs());
    // Scale so that the quotient has 55+ significant bits, then round.
    let shift = (b.bits() as i64) - (a.bits() as i64) + 55;
    let (num, den) = if shift >= 0 {
        (a << shift as usize, b)
    } else {
        (a, b << (-shift) as usize)
    };
    let (mut q, r) = num_integer::Integer::div_rem(&num, &den);
    // The quotient has at least 55 bits, more than a float keeps: a nonzero remainder
    // becomes a sticky low bit, so converting rounds to nearest as the exact value would.
    if !r.is_zero() {
        q |= BigInt::from(1);
    }
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    let v = qf * 2f64.powi(-shift as i32);
    if v.is_infinite() {
        return Err("integer division result too large for a float".into());
    }
    Ok(if neg { -v } else { v })
}
