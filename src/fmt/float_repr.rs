//! Correctly rounded float -> decimal conversion (a re-implementation of the
//! parts of CPython's `dtoa.c` / `pystrtod.c` that `repr`, `format`, `%` and
//! `round` rely on), plus `float.hex()` and `float.as_integer_ratio()`.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Zero};

/// Digit generation mode, mirroring `_Py_dg_dtoa` modes 0, 2 and 3.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DigitMode {
    /// Shortest string that round-trips (mode 0).
    Shortest,
    /// `n` significant digits (mode 2; `n == 0` is treated as 1).
    Significant(usize),
    /// `n` digits after the decimal point (mode 3).
    Fixed(usize),
}

/// Result of digit generation for a finite value: `0.d1d2d3... * 10^decpt`.
/// `digits` has no trailing zeros; it can be empty in `Fixed` mode when the
/// value rounds to zero (then `decpt == -ndigits`, as dtoa does).  Zero itself
/// gives `"0"` with `decpt == 1`.
pub(crate) struct Digits {
    pub digits: Vec<u8>,
    pub decpt: i64,
    pub negative: bool,
}

/// Split a finite f64 into `(mantissa, exponent)` with `|x| = m * 2^e`.
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    }
}

fn pow10(n: u64) -> BigUint {
    num_traits::pow::pow(BigUint::from(10u32), n as usize)
}

/// Exact rational `|x| = num / den` for finite x.
fn exact_rational(x: f64) -> (BigUint, BigUint) {
    let (m, e) = decompose(x);
    if e >= 0 {
        (BigUint::from(m) << (e as usize), BigUint::one())
    } else {
        (BigUint::from(m), BigUint::one() << ((-e) as usize))
    }
}

/// round-half-even(num * 10^s / den) for a possibly negative `s`.
fn round_scaled(num: &BigUint, den: &BigUint, s: i64) -> BigUint {
    let (a, b) = if s >= 0 {
        (num * pow10(s as u64), den.clone())
    } else {
        (num.clone(), den * pow10((-s) as u64))
    };
    let (q, r) = a.div_rem(&b);
    let twice = r << 1usize;
    match twice.cmp(&b) {
        std::cmp::Ordering::Less => q,
        std::cmp::Ordering::Greater => q + 1u32,
        std::cmp::Ordering::Equal => {
            if q.is_odd() {
                q + 1u32
            } else {
                q
            }
        }
    }
}

/// `|x| * 10^s` for `|x| = m * 2^e`, when it can be computed in 128-bit integers (the
/// common case of moderate values and precisions): its floor, and how the fraction
/// left over compares with one half. None when an intermediate would not fit.
fn scaled_word(m: u64, e: i64, s: i64) -> Option<(u128, std::cmp::Ordering)> {
    let p10 = |n: i64| 10u128.checked_pow(u32::try_from(n).ok()?);
    let mut num = m as u128;
    if e > 0 {
        if e >= 128 || (num.leading_zeros() as i64) < e {
            return None;
        }
        num <<= e;
    }
    if s > 0 {
        num = num.checked_mul(p10(s)?)?;
    }
    let shift = (-e).max(0);
    if s >= 0 {
        // The denominator is 2^shift.
        if shift == 0 {
            return Some((num, std::cmp::Ordering::Less));
        }
        if shift >= 127 {
            return None;
        }
        let rem = num & ((1u128 << shift) - 1);
        return Some((num >> shift, rem.cmp(&(1u128 << (shift - 1)))));
    }
    let den10 = p10(-s)?;
    if shift >= 128 || (den10.leading_zeros() as i64) <= shift {
        return None;
    }
    let den = den10 << shift;
    let rem = num % den;
    Some((num / den, rem.cmp(&(den - rem))))
}

/// Round a `scaled_word` result half-to-even.
fn round_half_even((q, frac): (u128, std::cmp::Ordering)) -> u128 {
    match frac {
        std::cmp::Ordering::Less => q,
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal => q + (q & 1),
    }
}

/// `n` significant digits of finite non-zero x, from 128-bit arithmetic when it
/// suffices: (rounded digits, decpt).
fn significant_word(x: f64, n: i64) -> Option<(u128, i64)> {
    let (m, e) = decompose(x);
    let lo = 10u128.checked_pow(u32::try_from(n - 1).ok()?)?;
    let hi = lo.checked_mul(10)?;
    let mut k = x.abs().log10().floor() as i64;
    // The estimate of floor(log10|x|) is off by at most one; the floor of the scaled
    // value has exactly n digits only for the right k.
    for _ in 0..3 {
        let scaled = scaled_word(m, e, n - 1 - k)?;
        if scaled.0 < lo {
            k -= 1;
        } else if scaled.0 >= hi {
            k += 1;
        } else {
            let q = round_half_even(scaled);
            return Some(if q == hi { (q, k + 2) } else { (q, k + 1) });
        }
    }
    None
}

/// floor(log10(num/den)) for a positive rational.
fn floor_log10(x: f64, num: &BigUint, den: &BigUint) -> i64 {
    let mut k = x.abs().log10().floor() as i64;
    // Exact adjustment: want 10^k <= num/den < 10^(k+1).
    let le = |k: i64| -> bool {
        // 10^k <= num/den
        if k >= 0 {
            pow10(k as u64) * den <= *num
        } else {
            den.clone() <= num * pow10((-k) as u64)
        }
    };
    let mut guard = 0;
    while !le(k) && guard < 8 {
        k -= 1;
        guard += 1;
    }
    while le(k + 1) && guard < 16 {
        k += 1;
        guard += 1;
    }
    k
}

fn digits_round_trip(d: &Digits, x: f64) -> bool {
    let mut s = String::with_capacity(d.digits.len() + 8);
    if d.negative {
        s.push('-');
    }
    s.push_str("0.");
    for &b in &d.digits {
        s.push(b as char);
    }
    s.push('e');
    s.push_str(&d.decpt.to_string());
    s.parse::<f64>().map(|v| v == x).unwrap_or(false)
}

fn strip_trailing_zeros(mut d: Vec<u8>) -> Vec<u8> {
    while d.len() > 1 && d.last() == Some(&b'0') {
        d.pop();
    }
    d
}

/// Shortest round-trip digits using Rust's `{:e}` formatting.
fn shortest_digits(x: f64) -> (Vec<u8>, i64) {
    let s = format!("{:e}", x.abs());
    let (mant, exp) = match s.split_once('e') {
        Some(p) => p,
        None => (s.as_str(), "0"),
    };
    let exp: i64 = exp.parse().unwrap_or(0);
    let digits: Vec<u8> = mant.bytes().filter(|b| b.is_ascii_digit()).collect();
    (strip_trailing_zeros(digits), exp + 1)
}

/// Generate decimal digits of a finite `x` (like `_Py_dg_dtoa`).
pub(crate) fn dtoa(x: f64, mode: DigitMode) -> Digits {
    let negative = x.is_sign_negative();
    if x == 0.0 {
        return Digits {
            digits: vec![b'0'],
            decpt: 1,
            negative,
        };
    }
    match mode {
        DigitMode::Shortest => {
            let (digits, decpt) = shortest_digits(x);
            // Rust's shortest digits round exact ties upwards, dtoa rounds
            // them half-even.  An exact tie needs x's exact decimal
            // expansion to have at most n+1 <= 18 significant digits, which
            // (with x = m * 2^e, m odd) requires -26 <= e <= 133.
            let n = digits.len();
            let (m, e) = decompose(x);
            let e = e + m.trailing_zeros() as i64;
            if (-26..=133).contains(&e) {
                let exact = dtoa(x, DigitMode::Significant(n));
                if exact.digits != digits && digits_round_trip(&exact, x) {
                    return exact;
                }
            }
            Digits {
                digits,
                decpt,
                negative,
            }
        }
        DigitMode::Significant(n) => {
            // A double's exact decimal expansion has at most 767 significant
            // digits, so more precision only adds zeros (stripped anyway).
            let n = n.clamp(1, 800) as i64;
            if let Some((q, decpt)) = significant_word(x, n) {
                return Digits {
                    digits: strip_trailing_zeros(q.to_string().into_bytes()),
                    decpt,
                    negative,
                };
            }
            let (num, den) = exact_rational(x);
            let k = floor_log10(x, &num, &den);
            let q = round_scaled(&num, &den, n - 1 - k);
            let s = q.to_str_radix(10).into_bytes();
            let decpt = if s.len() as i64 > n { k + 2 } else { k + 1 };
            Digits {
                digits: strip_trailing_zeros(s),
                decpt,
                negative,
            }
        }
        DigitMode::Fixed(p) => {
            // At most 1074 digits after the point are ever non-zero.
            let p = p.min(1100) as i64;
            let (m, e) = decompose(x);
            let digits = match scaled_word(m, e, p) {
                Some(scaled) => match round_half_even(scaled) {
                    0 => None,
                    q => Some(q.to_string()),
                },
                None => {
                    let (num, den) = exact_rational(x);
                    let q = round_scaled(&num, &den, p);
                    (!q.is_zero()).then(|| q.to_str_radix(10))
                }
            };
            let Some(digits) = digits else {
                return Digits {
                    digits: Vec::new(),
                    decpt: -p,
                    negative,
                };
            };
            let s = digits.into_bytes();
            let decpt = s.len() as i64 - p;
            Digits {
                digits: strip_trailing_zeros(s),
                decpt,
                negative,
            }
        }
    }
}

/// Flags of `PyOS_double_to_string`.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct DtsFlags {
    pub sign: bool,
    pub add_dot_0: bool,
    pub alt: bool,
    pub no_neg_0: bool,
}

/// `PyOS_double_to_string(val, format_code, precision, flags)`.
/// `code` is one of e E f F g G r.  Precision must be small enough to fit
/// in memory; callers check "precision too big".
pub(crate) fn double_to_string(val: f64, code: char, precision: usize, flags: DtsFlags) -> String {
    let upper = matches!(code, 'E' | 'F' | 'G');
    let code = code.to_ascii_lowercase();
    let mut precision = precision as i64;
    let mode = match code {
        'e' => {
            precision += 1;
            DigitMode::Significant(precision as usize)
        }
        'f' => DigitMode::Fixed(precision as usize),
        'g' => {
            if precision == 0 {
                precision = 1;
            }
            DigitMode::Significant(precision as usize)
        }
        _ => DigitMode::Shortest,
    };

    if !val.is_finite() {
        let mut out = String::new();
        let neg = val.is_infinite() && val.is_sign_negative();
        if neg {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        let word = if val.is_nan() { "nan" } else { "inf" };
        if upper {
            out.push_str(&word.to_ascii_uppercase());
        } else {
            out.push_str(word);
        }
        return out;
    }

    let d = dtoa(val, mode);
    let digits = d.digits;
    let mut sign = d.negative;
    let digits_len = digits.len() as i64;
    if flags.no_neg_0 && sign && (digits_len == 0 || (digits_len == 1 && digits[0] == b'0')) {
        sign = false;
    }
    let mut decpt = d.decpt;
    let mut use_exp = false;
    let mut exp = 0i64;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let lim = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > lim {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }

    let mut out = String::with_capacity((vdigits_end - vdigits_start + 8).max(0) as usize);
    if sign {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let push_digits = |out: &mut String, ds: &[u8]| {
        for &b in ds {
            out.push(b as char);
        }
    };
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        let dp = decpt as usize;
        push_digits(&mut out, &digits[..dp]);
        out.push('.');
        push_digits(&mut out, &digits[dp..]);
    } else {
        push_digits(&mut out, &digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        if exp < 0 {
            out.push('-');
        } else {
            out.push('+');
        }
        let a = exp.unsigned_abs();
        if a < 10 {
            out.push('0');
        }
        out.push_str(&a.to_string());
    }
    out
}

/// `repr(float)` / `str(float)`.
pub fn float_repr(x: f64) -> String {
    double_to_string(
        x,
        'r',
        0,
        DtsFlags {
            add_dot_0: true,
            ..DtsFlags::default()
        },
    )
}

/// `round(x, ndigits)` for floats; `Err` carries CPython's OverflowError
/// message "rounded value too large to represent".
pub fn round_float_checked(x: f64, ndigits: i64) -> Result<f64, String> {
    if !x.is_finite() {
        return Ok(x);
    }
    // NDIGITS_MAX / NDIGITS_MIN from floatobject.c
    if ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    let d = match ndigits {
        n if n >= 0 => dtoa(x, DigitMode::Fixed(n as usize)),
        n => {
            // mode 3 with negative ndigits: round to a multiple of 10^-n.
            let (num, den) = exact_rational(x);
            let q = if x == 0.0 {
                BigUint::zero()
            } else {
                round_scaled(&num, &den, n)
            };
            if q.is_zero() {
                Digits {
                    digits: Vec::new(),
                    decpt: -n,
                    negative: x.is_sign_negative(),
                }
            } else {
                let s = q.to_str_radix(10).into_bytes();
                let decpt = s.len() as i64 - n;
                Digits {
                    digits: strip_trailing_zeros(s),
                    decpt,
                    negative: x.is_sign_negative(),
                }
            }
        }
    };
    // "%s0%se%d" % (sign, digits, decpt - len(digits))
    let mut s = String::new();
    if d.negative {
        s.push('-');
    }
    s.push('0');
    for &b in &d.digits {
        s.push(b as char);
    }
    s.push('e');
    s.push_str(&(d.decpt - d.digits.len() as i64).to_string());
    let r: f64 = s.parse().unwrap_or(f64::NAN);
    if r.is_infinite() {
        return Err("rounded value too large to represent".to_string());
    }
    Ok(r)
}

/// `round(x, ndigits)`; on overflow (CPython raises OverflowError) this
/// returns the infinity of the appropriate sign.  See [`round_float_checked`].
pub fn round_float(x: f64, ndigits: i64) -> f64 {
    match round_float_checked(x, ndigits) {
        Ok(v) => v,
        Err(_) => {
            if x < 0.0 {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            }
        }
    }
}

/// `float.as_integer_ratio()`; None for inf/nan (CPython raises
/// OverflowError "cannot convert Infinity to integer ratio" /
/// ValueError "cannot convert NaN to integer ratio").
pub fn float_to_exact_ratio(x: f64) -> Option<(BigInt, BigInt)> {
    if !x.is_finite() {
        return None;
    }
    if x == 0.0 {
        return Some((BigInt::zero(), BigInt::one()));
    }
    let (mut m, mut e) = decompose(x);
    let tz = m.trailing_zeros() as i64;
    m >>= tz;
    e += tz;
    let sign = if x < 0.0 { Sign::Minus } else { Sign::Plus };
    if e >= 0 {
        Some((
            BigInt::from_biguint(sign, BigUint::from(m) << (e as usize)),
            BigInt::one(),
        ))
    } else {
        Some((
            BigInt::from_biguint(sign, BigUint::from(m)),
            BigInt::one() << ((-e) as usize),
        ))
    }
}

/// `float.hex()`.
pub fn float_hex(x: f64) -> String {
    if !x.is_finite() {
        return float_repr(x);
    }
    let neg = x.is_sign_negative();
    let sign = if neg { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp_bits == 0 {
        (0, -1022)
    } else {
        (1, exp_bits - 1023)
    };
    let esign = if e < 0 { '-' } else { '+' };
    format!("{sign}0x{lead}.{frac:013x}p{esign}{}", e.unsigned_abs())
}
