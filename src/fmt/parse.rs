//! `float(str)` and `int(str, base)` parsing with CPython's rules.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::Zero;

/// Code points of the digit zero of every Unicode 14.0 `Nd` run outside
/// ASCII (each run is ten consecutive digits 0..9).
const UNICODE_DIGIT_ZEROS: [u32; 65] = [
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
    0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50,
    0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// Decimal value of a Unicode decimal digit (`str.isdecimal()` chars).
pub(crate) fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii_digit() {
        return Some(cp - '0' as u32);
    }
    if cp < 0x660 {
        return None;
    }
    // Find the last zero <= cp.
    let idx = UNICODE_DIGIT_ZEROS.partition_point(|&z| z <= cp);
    if idx == 0 {
        return None;
    }
    let z = UNICODE_DIGIT_ZEROS[idx - 1];
    if cp - z < 10 { Some(cp - z) } else { None }
}

/// CPython's `Py_ISSPACE` (ASCII only).
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: non-ASCII whitespace
/// becomes ' ', non-ASCII decimal digits become ASCII digits, any other
/// non-ASCII character becomes '?'.
fn to_ascii(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                c as u8
            } else if c.is_whitespace() {
                b' '
            } else if let Some(d) = decimal_value(c) {
                b'0' + d as u8
            } else {
                b'?'
            }
        })
        .collect()
}

/// `_Py_string_to_number_with_underscores`: underscores are allowed only
/// between digits and are dropped; None when misplaced.
fn strip_underscores(buf: Vec<u8>) -> Option<Vec<u8>> {
    if !buf.contains(&b'_') {
        return Some(buf);
    }
    let mut out = Vec::with_capacity(buf.len());
    let mut prev = 0u8;
    for &b in &buf {
        if b == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !b.is_ascii_digit() {
                return None;
            }
            out.push(b);
        }
        prev = b;
    }
    if prev == b'_' {
        return None;
    }
    Some(out)
}

/// Length of the longest float literal at the start of `t` (sign, digits,
/// fraction, exponent, or inf/infinity/nan), 0 if there is none.
fn float_prefix_len(t: &[u8]) -> usize {
    let mut i = 0;
    if i < t.len() && (t[i] == b'+' || t[i] == b'-') {
        i += 1;
    }
    let rest: Vec<u8> = t[i..].iter().map(|b| b.to_ascii_lowercase()).collect();
    for word in [&b"infinity"[..], b"inf", b"nan"] {
        if rest.starts_with(word) {
            return i + word.len();
        }
    }
    let mut j = 0;
    while j < rest.len() && rest[j].is_ascii_digit() {
        j += 1;
    }
    let int_digits = j;
    if j < rest.len() && rest[j] == b'.' {
        j += 1;
        while j < rest.len() && rest[j].is_ascii_digit() {
            j += 1;
        }
    }
    if int_digits == 0 && j <= 1 {
        return 0;
    }
    if j < rest.len() && rest[j] == b'e' {
        let mut k = j + 1;
        if k < rest.len() && (rest[k] == b'+' || rest[k] == b'-') {
            k += 1;
        }
        let start = k;
        while k < rest.len() && rest[k].is_ascii_digit() {
            k += 1;
        }
        if k > start {
            j = k;
        }
    }
    i + j
}

/// Convert a validated float literal (see [`float_prefix_len`]).
fn literal_value(t: &[u8]) -> f64 {
    let (neg, body) = match t.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let v = match body.first().map(|b| b.to_ascii_lowercase()) {
        Some(b'i') => f64::INFINITY,
        Some(b'n') => f64::NAN,
        _ => std::str::from_utf8(body)
            .ok()
            .and_then(|x| x.parse::<f64>().ok())
            .unwrap_or(f64::NAN),
    };
    if neg { -v } else { v }
}

/// Strip ASCII whitespace from both ends.
fn trim_space(buf: &[u8]) -> &[u8] {
    let mut lo = 0;
    let mut hi = buf.len();
    while lo < hi && is_ascii_space(buf[lo]) {
        lo += 1;
    }
    while hi > lo && is_ascii_space(buf[hi - 1]) {
        hi -= 1;
    }
    &buf[lo..hi]
}

/// `float(str)`.  Returns None where CPython raises
/// "could not convert string to float: ...".
pub fn parse_float(s: &str) -> Option<f64> {
    let buf = strip_underscores(to_ascii(s))?;
    if buf.contains(&0) {
        return None;
    }
    let t = trim_space(&buf);
    if t.is_empty() || float_prefix_len(t) != t.len() {
        return None;
    }
    Some(literal_value(t))
}

/// Why `complex(str)` failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ComplexParseError {
    /// "complex() arg is a malformed string"
    Malformed,
    /// Misplaced underscore: "could not convert string to complex: '...'"
    Underscore,
}

/// `complex(str)`: `[(] real | imagj | real±imagj [)]` with optional
/// whitespace.  Returns (real, imag).
pub fn parse_complex(s: &str) -> Result<(f64, f64), ComplexParseError> {
    let buf = strip_underscores(to_ascii(s)).ok_or(ComplexParseError::Underscore)?;
    complex_body(&buf).ok_or(ComplexParseError::Malformed)
}

fn complex_body(buf: &[u8]) -> Option<(f64, f64)> {
    if buf.contains(&0) {
        return None;
    }
    let mut t = trim_space(buf);
    if t.first() == Some(&b'(') && t.last() == Some(&b')') && t.len() >= 2 {
        t = trim_space(&t[1..t.len() - 1]);
    }
    let is_j = |b: Option<&u8>| matches!(b, Some(b'j' | b'J'));
    let unit = |b: u8| if b == b'-' { -1.0 } else { 1.0 };
    let n = float_prefix_len(t);
    let (re, im, rest) = if n > 0 {
        let first = literal_value(&t[..n]);
        let r = &t[n..];
        match r.first() {
            Some(&sign @ (b'+' | b'-')) => {
                let m = float_prefix_len(r);
                let (im, after) = if m > 0 {
                    (literal_value(&r[..m]), &r[m..])
                } else {
                    (unit(sign), &r[1..])
                };
                if !is_j(after.first()) {
                    return None;
                }
                (first, im, &after[1..])
            }
            Some(b'j' | b'J') => (0.0, first, &r[1..]),
            _ => (first, 0.0, r),
        }
    } else {
        let (im, r) = match t.first() {
            Some(&sign @ (b'+' | b'-')) => (unit(sign), &t[1..]),
            _ => (1.0, t),
        };
        if !is_j(r.first()) {
            return None;
        }
        (0.0, im, &r[1..])
    };
    if !rest.is_empty() {
        return None;
    }
    Some((re, im))
}

/// Digit value in bases up to 36.
fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => (b - b'0') as u32,
        b'a'..=b'z' => (b - b'a') as u32 + 10,
        b'A'..=b'Z' => (b - b'A') as u32 + 10,
        _ => 99,
    }
}

/// Reasons `int(str, base)` can fail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IntParseError {
    /// "int() arg 2 must be >= 2 and <= 36"
    BadBase,
    /// "invalid literal for int() with base N: ..."
    Invalid,
    /// More decimal digits than the limit (non power-of-two bases only):
    /// "Exceeds the limit (LIMIT digits) for integer string conversion:
    /// value has DIGITS digits; use sys.set_int_max_str_digits() to increase
    /// the limit".  Fields: (limit, digits).
    TooManyDigits(usize, usize),
}

/// `int(str, base)` with an explicit `sys.get_int_max_str_digits()` limit
/// (0 = unlimited).  This is what CPython does, including the digit limit.
pub fn parse_int_limited(
    s: &str,
    base: u32,
    max_str_digits: usize,
) -> Result<BigInt, IntParseError> {
    if (base != 0 && base < 2) || base > 36 {
        return Err(IntParseError::BadBase);
    }
    let buf = to_ascii(s);
    let mut i = 0;
    let n = buf.len();
    let at = |k: usize| -> u8 { if k < n { buf[k] } else { 0 } };
    while i < n && is_ascii_space(buf[i]) {
        i += 1;
    }
    let mut neg = false;
    if at(i) == b'+' {
        i += 1;
    } else if at(i) == b'-' {
        neg = true;
        i += 1;
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        if at(i) != b'0' {
            base = 10;
        } else {
            match at(i + 1) {
                b'x' | b'X' => base = 16,
                b'o' | b'O' => base = 8,
                b'b' | b'B' => base = 2,
                _ => {
                    error_if_nonzero = true;
                    base = 10;
                }
            }
        }
    }
    if at(i) == b'0' {
        let c = at(i + 1);
        if (base == 16 && (c == b'x' || c == b'X'))
            || (base == 8 && (c == b'o' || c == b'O'))
            || (base == 2 && (c == b'b' || c == b'B'))
        {
            i += 2;
            if at(i) == b'_' {
                i += 1;
            }
        }
    }
    if at(i) == b'_' {
        return Err(IntParseError::Invalid);
    }
    let start = i;
    let mut digits: Vec<u8> = Vec::new();
    let mut prev = 0u8;
    while i < n && (digit_value(buf[i]) < base || buf[i] == b'_') {
        if buf[i] == b'_' {
            if prev == b'_' {
                return Err(IntParseError::Invalid);
            }
        } else {
            digits.push(digit_value(buf[i]) as u8);
        }
        prev = buf[i];
        i += 1;
    }
    if prev == b'_' {
        return Err(IntParseError::Invalid);
    }
    if i == start {
        return Err(IntParseError::Invalid);
    }
    if !base.is_power_of_two()
        && max_str_digits > 0
        && digits.len() > 640
        && digits.len() > max_str_digits
    {
        return Err(IntParseError::TooManyDigits(max_str_digits, digits.len()));
    }
    while i < n && is_ascii_space(buf[i]) {
        i += 1;
    }
    if i != n {
        return Err(IntParseError::Invalid);
    }
    let mag = BigUint::from_radix_be(&digits, base).unwrap_or_default();
    if error_if_nonzero && !mag.is_zero() {
        return Err(IntParseError::Invalid);
    }
    Ok(BigInt::from_biguint(
        if neg { Sign::Minus } else { Sign::Plus },
        mag,
    ))
}

/// `int(str, base)`: base 0 or 2..=36.  No digit-count limit is applied
/// (see [`parse_int_limited`] for CPython's 4300-digit default).
#[allow(clippy::result_unit_err)]
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, ()> {
    parse_int_limited(s, base, 0).map_err(|_| ())
}

/// 2**e exactly, for -1074 <= e <= 1023.
fn pow2(e: i64) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074))
    }
}

/// Why `float.fromhex` failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HexFloatError {
    /// ValueError "invalid hexadecimal floating-point string"
    Invalid,
    /// OverflowError "hexadecimal value too large to represent as a float"
    TooLarge,
}

/// `float.fromhex(s)`: `[sign] ['0x'] hexdigits ['.' hexdigits] ['p' exponent]`
/// or inf/infinity/nan, correctly rounded (ties to even).
pub fn parse_hex_float(s: &str) -> Result<f64, HexFloatError> {
    use HexFloatError::*;
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let signed = |v: f64| if neg { -v } else { v };
    let lower = t.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(signed(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(signed(f64::NAN));
    }
    let b = lower.as_bytes();
    let mut i = if lower.starts_with("0x") { 2 } else { 0 };
    let mut mant = BigUint::zero();
    let mut exp: i64 = 0;
    let mut ndigits = 0;
    let mut seen_point = false;
    while i < b.len() {
        let c = b[i];
        if c == b'.' && !seen_point {
            seen_point = true;
        } else if c.is_ascii_hexdigit() {
            mant = (mant << 4u32) + BigUint::from(digit_value(c));
            ndigits += 1;
            if seen_point {
                exp -= 4;
            }
        } else {
            break;
        }
        i += 1;
    }
    if ndigits == 0 {
        return Err(Invalid);
    }
    if i < b.len() && b[i] == b'p' {
        i += 1;
        let mut eneg = false;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            eneg = b[i] == b'-';
            i += 1;
        }
        let start = i;
        let mut e: i64 = 0;
        while i < b.len() && b[i].is_ascii_digit() {
            // Saturate: such exponents overflow or underflow anyway.
            e = (e * 10 + (b[i] - b'0') as i64).min(1 << 40);
            i += 1;
        }
        if i == start {
            return Err(Invalid);
        }
        exp += if eneg { -e } else { e };
    }
    if i != b.len() {
        return Err(Invalid);
    }
    if mant.is_zero() {
        return Ok(signed(0.0));
    }
    let nbits = mant.bits() as i64;
    let msb = nbits - 1 + exp;
    if msb > 1023 {
        return Err(TooLarge);
    }
    // Exponent of the lowest bit a double can keep at this magnitude.
    let lsb = (msb - 52).max(-1074);
    let shift = lsb - exp;
    let q: u64 = if shift <= 0 {
        num_traits::ToPrimitive::to_u64(&(mant << (-shift) as u64)).unwrap_or(0)
    } else if shift > nbits {
        0
    } else {
        let shift = shift as u64;
        let q = &mant >> shift;
        let rem = &mant - (&q << shift);
        let half = BigUint::from(1u8) << (shift - 1);
        let q = num_traits::ToPrimitive::to_u64(&q).unwrap_or(0);
        if rem > half || (rem == half && q & 1 == 1) {
            q + 1
        } else {
            q
        }
    };
    // q < 2**54 and 2**lsb is exact, so the product is the rounded value.
    let v = q as f64 * pow2(lsb);
    if v.is_infinite() {
        return Err(TooLarge);
    }
    Ok(signed(v))
}
