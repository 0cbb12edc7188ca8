//! Digits of machine integers, written into a stack buffer (the number-to-text step
//! of `str(int)`, f-strings and format specs).

/// "00" "01" ... "99": two decimal digits per division.
const PAIRS: &[u8; 200] = &{
    let mut t = [0u8; 200];
    let mut i = 0;
    while i < 100 {
        t[2 * i] = b'0' + (i / 10) as u8;
        t[2 * i + 1] = b'0' + (i % 10) as u8;
        i += 1;
    }
    t
};

/// Room for a u64 in base 2.
pub type DigitBuf = [u8; 64];

/// Write `n` in `base` (2, 8, 10 or 16; lowercase) into the end of `buf`, returning
/// the digits.
pub fn u64_digits(mut n: u64, base: u64, buf: &mut DigitBuf) -> &str {
    let mut i = buf.len();
    if base == 10 {
        while n >= 100 {
            let r = (n % 100) as usize;
            n /= 100;
            i -= 2;
            buf[i..i + 2].copy_from_slice(&PAIRS[2 * r..2 * r + 2]);
        }
        if n >= 10 {
            i -= 2;
            buf[i..i + 2].copy_from_slice(&PAIRS[2 * n as usize..2 * n as usize + 2]);
        } else {
            i -= 1;
            buf[i] = b'0' + n as u8;
        }
    } else {
        // The other bases are powers of two: shift instead of dividing.
        let shift = base.trailing_zeros();
        loop {
            i -= 1;
            buf[i] = b"0123456789abcdef"[(n & (base - 1)) as usize];
            n >>= shift;
            if n == 0 {
                break;
            }
        }
    }
    // SAFETY: only ASCII digits were written.
    unsafe { std::str::from_utf8_unchecked(&buf[i..]) }
}

/// `str(i)` of a machine int, written into the end of `buf`.
pub fn i64_decimal(i: i64, buf: &mut DigitBuf) -> &str {
    let n = u64_digits(i.unsigned_abs(), 10, buf).len();
    let mut start = buf.len() - n;
    if i < 0 {
        start -= 1;
        buf[start] = b'-';
    }
    // SAFETY: ASCII digits and a sign.
    unsafe { std::str::from_utf8_unchecked(&buf[start..]) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_match_std() {
        let mut buf = [0u8; 64];
        for n in [
            0u64,
            1,
            9,
            10,
            99,
            100,
            101,
            12345,
            999_999,
            u64::MAX,
            1 << 63,
        ] {
            assert_eq!(u64_digits(n, 10, &mut buf), n.to_string());
            assert_eq!(u64_digits(n, 16, &mut buf), format!("{n:x}"));
            assert_eq!(u64_digits(n, 8, &mut buf), format!("{n:o}"));
            assert_eq!(u64_digits(n, 2, &mut buf), format!("{n:b}"));
        }
        for i in [0i64, -1, 7, -10, i64::MIN, i64::MAX] {
            assert_eq!(i64_decimal(i, &mut buf), i.to_string());
        }
    }
}
