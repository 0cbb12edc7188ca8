//! The format-spec mini-language (`format(x, spec)` / `x.__format__(spec)`),
//! following CPython 3.11's `Python/formatter_unicode.c`.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;
use smallvec::SmallVec;

use super::digits::u64_digits;
use super::float_repr::{DtsFlags, double_to_string};
use super::parse::decimal_value;

/// A parsed format specification:
/// `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
///
/// `fill` is `' '` unless given explicitly or implied by the `0` flag
/// (`zero == true` implies the fill was *not* given explicitly and is `'0'`).
/// `align` is `None` when not given (the default depends on the object type;
/// with `zero` it becomes `'='` for numbers).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    pub align: Option<char>,
    pub sign: Option<char>,
    /// The `z` flag (coerce negative zero; floats only).
    pub no_neg_0: bool,
    pub alternate: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

impl Default for FormatSpec {
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: None,
            no_neg_0: false,
            alternate: false,
            zero: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        }
    }
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// `get_integer` from formatter_unicode.c: returns (value, consumed).
fn get_integer<C: Copy + Into<char>>(
    chars: &[C],
    pos: &mut usize,
) -> Result<(usize, usize), String> {
    let mut acc: i64 = 0;
    let mut consumed = 0;
    while *pos < chars.len() {
        let Some(d) = decimal_value(chars[*pos].into()) else {
            break;
        };
        let d = d as i64;
        if acc > (i64::MAX - d) / 10 {
            return Err("Too many decimal digits in format string".to_string());
        }
        acc = acc * 10 + d;
        *pos += 1;
        consumed += 1;
    }
    Ok((acc as usize, consumed))
}

/// Parse a format spec; `type_name` is used only for the
/// "Invalid format specifier '...' for object of type '...'" message.
pub fn parse_format_spec_for(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
    if spec.is_ascii() {
        // Bytes are chars here: no decoding.
        return parse_spec_chars(spec.as_bytes(), spec, type_name);
    }
    let chars: Vec<char> = spec.chars().collect();
    parse_spec_chars(&chars, spec, type_name)
}

/// The parser behind [`parse_format_spec_for`], over the spec's chars.
fn parse_spec_chars<C: Copy + Into<char>>(
    chars: &[C],
    spec: &str,
    type_name: &str,
) -> Result<FormatSpec, String> {
    let at = |i: usize| -> char { chars[i].into() };
    let end = chars.len();
    let mut pos = 0;
    let mut f = FormatSpec::default();
    let mut fill_specified = false;
    if end >= 2 && is_align(at(1)) {
        f.align = Some(at(1));
        f.fill = at(0);
        fill_specified = true;
        pos = 2;
    } else if end >= 1 && is_align(at(0)) {
        f.align = Some(at(0));
        pos = 1;
    }
    if pos < end && matches!(at(pos), '+' | '-' | ' ') {
        f.sign = Some(at(pos));
        pos += 1;
    }
    if pos < end && at(pos) == 'z' {
        f.no_neg_0 = true;
        pos += 1;
    }
    if pos < end && at(pos) == '#' {
        f.alternate = true;
        pos += 1;
    }
    if !fill_specified && pos < end && at(pos) == '0' {
        f.fill = '0';
        f.zero = true;
        pos += 1;
    }
    let (w, consumed) = get_integer(chars, &mut pos)?;
    if consumed > 0 {
        f.width = Some(w);
    }
    if pos < end && at(pos) == ',' {
        f.grouping = Some(',');
        pos += 1;
    }
    if pos < end && at(pos) == '_' {
        if f.grouping.is_some() {
            return Err("Cannot specify both ',' and '_'.".to_string());
        }
        f.grouping = Some('_');
        pos += 1;
    }
    if pos < end && at(pos) == ',' && f.grouping == Some('_') {
        return Err("Cannot specify both ',' and '_'.".to_string());
    }
    if pos < end && at(pos) == '.' {
        pos += 1;
        let (p, consumed) = get_integer(chars, &mut pos)?;
        if consumed == 0 {
            return Err("Format specifier missing precision".to_string());
        }
        f.precision = Some(p);
    }
    if end - pos > 1 {
        return Err(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        ));
    }
    if end - pos == 1 {
        f.ty = Some(at(pos));
    }
    Ok(f)
}

/// Parse a format spec.  The "Invalid format specifier" message names no
/// type here ("Invalid format specifier"); use [`parse_format_spec_for`]
/// (or the `format_*_spec` helpers) to get CPython's full message.
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, String> {
    parse_format_spec_for(spec, "").map_err(|e| {
        if e.starts_with("Invalid format specifier") {
            "Invalid format specifier".to_string()
        } else {
            e
        }
    })
}

pub(super) fn unknown_code(c: char, type_name: &str) -> String {
    let cp = c as u32;
    if cp > 32 && cp < 128 {
        format!("Unknown format code '{c}' for object of type '{type_name}'")
    } else {
        format!("Unknown format code '\\x{cp:x}' for object of type '{type_name}'")
    }
}

/// The thousands-separator/type compatibility check done at the end of
/// CPython's spec parser.  Returns the separator group size (3 or 4).
pub(super) fn check_grouping(spec: &FormatSpec, ty: char) -> Result<usize, String> {
    let Some(g) = spec.grouping else {
        return Ok(3);
    };
    match ty {
        'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => Ok(3),
        'b' | 'o' | 'x' | 'X' if g == '_' => Ok(4),
        _ => {
            let cp = ty as u32;
            if cp > 32 && cp < 128 {
                Err(format!("Cannot specify '{g}' with '{ty}'."))
            } else {
                Err(format!("Cannot specify '{g}' with '\\x{cp:x}'."))
            }
        }
    }
}

/// Locale data used for number output: C locale for 'n', else the
/// separator requested in the spec.
pub(super) struct Locale {
    pub sep: Option<char>,
    pub group: usize,
}

/// How `_PyUnicode_InsertThousandsGrouping` lays out a digit string: the pieces from
/// the right as (zeros to pad with, start, end) of the digits, and the total width
/// including separators.
struct Grouping {
    pieces: SmallVec<[(usize, usize, usize); 8]>,
    width: i64,
}

/// Group `n_digits` digits, zero-padding (with separators) to at least `min_width`.
fn group_digits(n_digits: usize, min_width: i64, loc: &Locale) -> Grouping {
    let mut g = Grouping {
        pieces: SmallVec::new(),
        width: 0,
    };
    let mut remaining = n_digits as i64;
    let mut min_width = min_width;
    let mut end = n_digits;
    let mut take = |g: &mut Grouping, len: i64, remaining: i64| {
        let n_zeros = (len - remaining).max(0) as usize;
        let n_chars = remaining.min(len).max(0) as usize;
        let start = end - n_chars;
        g.pieces.push((n_zeros, start, end));
        g.width += (n_zeros + n_chars) as i64;
        end = start;
    };
    if loc.sep.is_some() {
        let group = loc.group as i64;
        loop {
            let len = group.min(remaining.max(min_width).max(1));
            let n_chars = remaining.min(len).max(0);
            take(&mut g, len, remaining);
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                g.width += g.pieces.len() as i64 - 1;
                return g;
            }
            min_width -= 1;
        }
    }
    let len = remaining.max(min_width).max(1);
    take(&mut g, len, remaining);
    g
}

/// Append the ASCII `digits` laid out by `g`; `upper` upper-cases hex digits.
fn write_grouped(out: &mut String, digits: &str, g: &Grouping, loc: &Locale, upper: bool) {
    for (i, &(n_zeros, start, end)) in g.pieces.iter().rev().enumerate() {
        if i > 0
            && let Some(s) = loc.sep
        {
            out.push(s);
        }
        out.extend(std::iter::repeat_n('0', n_zeros));
        let piece = &digits[start..end];
        if upper {
            out.push_str(&piece.to_ascii_uppercase());
        } else {
            out.push_str(piece);
        }
    }
}

/// The pieces of a formatted number: `calc_number_widths` + `fill_number`.
pub(super) struct NumberParts<'a> {
    sign_char: Option<char>, // '-' if negative
    prefix: &'a str,         // "0x" etc.
    digits: &'a str,         // ASCII digits to group (may be empty for 'c')
    has_decimal: bool,
    remainder: &'a str, // after the decimal point (or non-digit chars)
    upper: bool,
}

pub(super) fn fill_number(
    parts: NumberParts<'_>,
    spec: &FormatSpec,
    default_align: char,
    loc: &Locale,
) -> String {
    let align = effective_align(spec, default_align);
    let fill = spec.fill;
    let sign = match spec.sign {
        Some('+') => Some(if parts.sign_char == Some('-') {
            '-'
        } else {
            '+'
        }),
        Some(' ') => Some(if parts.sign_char == Some('-') {
            '-'
        } else {
            ' '
        }),
        _ => parts.sign_char,
    };
    let n_sign = sign.is_some() as i64;
    let n_prefix = parts.prefix.len() as i64;
    let n_decimal = parts.has_decimal as i64;
    let n_remainder = parts.remainder.chars().count() as i64;
    let n_non_digit = n_sign + n_prefix + n_decimal + n_remainder;
    let width = spec.width.map(|w| w as i64).unwrap_or(-1);
    let min_width = if fill == '0' && align == '=' {
        width - n_non_digit
    } else {
        0
    };
    let grouping =
        (!parts.digits.is_empty()).then(|| group_digits(parts.digits.len(), min_width, loc));
    let n_grouped = grouping.as_ref().map_or(0, |g| g.width);
    let n_padding = width - (n_non_digit + n_grouped);
    let (mut lpad, mut spad, mut rpad) = (0i64, 0i64, 0i64);
    if n_padding > 0 {
        match align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }
    let n_out = n_non_digit + n_grouped + n_padding.max(0) * fill.len_utf8() as i64;
    let mut out = String::with_capacity(n_out as usize + parts.remainder.len());
    let pad = |out: &mut String, n: i64| out.extend(std::iter::repeat_n(fill, n as usize));
    pad(&mut out, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    if parts.upper {
        out.push_str(&parts.prefix.to_ascii_uppercase());
    } else {
        out.push_str(parts.prefix);
    }
    pad(&mut out, spad);
    if let Some(g) = &grouping {
        write_grouped(&mut out, parts.digits, g, loc, parts.upper);
    }
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    pad(&mut out, rpad);
    out
}

fn effective_align(spec: &FormatSpec, default_align: char) -> char {
    match spec.align {
        Some(a) => a,
        None if spec.zero && default_align == '>' => '=',
        None => default_align,
    }
}

/// Default limit of `sys.get_int_max_str_digits()`.
pub const INT_MAX_STR_DIGITS_DEFAULT: usize = 4300;

fn int_limit_error() -> String {
    format!(
        "Exceeds the limit ({INT_MAX_STR_DIGITS_DEFAULT} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
    )
}

/// Correctly rounded int -> float (CPython's `PyLong_AsDouble`);
/// Err = OverflowError "int too large to convert to float".
pub fn int_to_f64(v: &BigInt) -> Result<f64, String> {
    if v.bits() > 1025 {
        return Err("int too large to convert to float".to_string());
    }
    let f: f64 = v.to_string().parse().unwrap_or(f64::INFINITY);
    if f.is_infinite() {
        return Err("int too large to convert to float".to_string());
    }
    Ok(f)
}

/// `format(int, spec)` for a parsed spec.  Errors carry CPython's message;
/// the exception type is ValueError except for messages starting with
/// "%c arg not in range", "Python int too large" and "int too large to
/// convert to float" (OverflowError).
pub fn format_int(v: &BigInt, spec: &FormatSpec) -> Result<String, String> {
    format_int_limited(IntRef::Big(v), spec, INT_MAX_STR_DIGITS_DEFAULT)
}

/// An int to format: a machine word, or a big int.
#[derive(Clone, Copy)]
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

/// Like [`format_int`] with an explicit `sys.get_int_max_str_digits()`
/// value (0 = unlimited) for decimal output.
pub fn format_int_limited(
    v: IntRef<'_>,
    spec: &FormatSpec,
    max_str_digits: usize,
) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('d');
    let group = check_grouping(spec, ty)?;
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = match v {
                // Rounds to nearest, as PyLong_AsDouble does.
                IntRef::Small(i) => i as f64,
                IntRef::Big(b) => int_to_f64(b)?,
            };
            return format_float(f, spec);
        }
        other => return Err(unknown_code(other, "int")),
    }
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".to_string());
    }
    if spec.no_neg_0 {
        return Err(
            "Negative zero coercion (z) not allowed in integer format specifier".to_string(),
        );
    }
    let loc = Locale {
        sep: if ty == 'n' { None } else { spec.grouping },
        group,
    };
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".to_string());
        }
        if spec.alternate {
            return Err(
                "Alternate form (#) not allowed with integer format specifier 'c'".to_string(),
            );
        }
        let x = match v {
            IntRef::Small(i) => Some(i),
            IntRef::Big(b) => b.to_i64(),
        };
        let Some(x) = x else {
            return Err("Python int too large to convert to C long".to_string());
        };
        if !(0..=0x10ffff).contains(&x) {
            return Err("%c arg not in range(0x110000)".to_string());
        }
        let Some(ch) = char::from_u32(x as u32) else {
            return Err("%c arg is a lone surrogate (not representable)".to_string());
        };
        let mut buf = [0u8; 4];
        let parts = NumberParts {
            sign_char: None,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: ch.encode_utf8(&mut buf),
            upper: false,
        };
        return Ok(fill_number(parts, spec, '>', &loc));
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let negative = match v {
        IntRef::Small(i) => i < 0,
        IntRef::Big(b) => b.sign() == Sign::Minus,
    };
    let mut buf = [0u8; 64];
    let big_digits;
    // Words have at most 20 decimal digits: within any digit limit.
    let digits = match v {
        IntRef::Small(i) => u64_digits(i.unsigned_abs(), base, &mut buf),
        IntRef::Big(b) => match b.magnitude().to_u64() {
            Some(n) => u64_digits(n, base, &mut buf),
            None => {
                let mag = b.magnitude();
                if base == 10 && max_str_digits > 0 {
                    // Quick reject like CPython, then exact digit count.
                    let bits = mag.bits();
                    if bits > 3322 * (max_str_digits as u64 + 1) / 1000 + 64 {
                        return Err(int_limit_error_for(max_str_digits));
                    }
                }
                big_digits = mag.to_str_radix(base as u32);
                if base == 10 && max_str_digits > 0 && big_digits.len() > max_str_digits {
                    return Err(int_limit_error_for(max_str_digits));
                }
                &big_digits
            }
        },
    };
    let parts = NumberParts {
        sign_char: negative.then_some('-'),
        prefix: if spec.alternate { prefix } else { "" },
        digits,
        has_decimal: false,
        remainder: "",
        upper: ty == 'X',
    };
    Ok(fill_number(parts, spec, '>', &loc))
}

fn int_limit_error_for(limit: usize) -> String {
    if limit == INT_MAX_STR_DIGITS_DEFAULT {
        int_limit_error()
    } else {
        format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        )
    }
}

/// `format(float, spec)` for a parsed spec (Err = ValueError message).
pub fn format_float(v: f64, spec: &FormatSpec) -> Result<String, String> {
    let ty0 = spec.ty.unwrap_or('\0');
    let group = check_grouping(spec, ty0)?;
    if !matches!(ty0, '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
        return Err(unknown_code(ty0, "float"));
    }
    if let Some(p) = spec.precision
        && p > i32::MAX as usize
    {
        return Err("precision too big".to_string());
    }
    let mut flags = DtsFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_0,
        ..DtsFlags::default()
    };
    let mut ty = ty0;
    let mut default_precision = 6;
    if ty == '\0' {
        flags.add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = v;
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    let mut buf = double_to_string(val, ty, precision, flags);
    if add_pct {
        buf.push('%');
    }
    // With no width, grouping or forced sign, laying the parts out again would
    // reproduce the text as it is.
    let plain_sign = matches!(spec.sign, None | Some('-'));
    if spec.width.is_none() && (spec.grouping.is_none() || ty0 == 'n') && plain_sign {
        return Ok(buf);
    }
    let parts = float_parts(&buf);
    let loc = Locale {
        sep: if ty0 == 'n' { None } else { spec.grouping },
        group,
    };
    Ok(fill_number(parts, spec, '>', &loc))
}

/// Split a formatted float ("-123.45e+06") into sign, digits and remainder.
pub(super) fn float_parts(buf: &str) -> NumberParts<'_> {
    let (sign_char, body) = match buf.strip_prefix('-') {
        Some(rest) => (Some('-'), rest),
        None => (None, buf),
    };
    let nd = body.bytes().take_while(u8::is_ascii_digit).count();
    let has_decimal = body[nd..].starts_with('.');
    let rem_start = if has_decimal { nd + 1 } else { nd };
    NumberParts {
        sign_char,
        prefix: "",
        digits: &body[..nd],
        has_decimal,
        remainder: &body[rem_start..],
        upper: false,
    }
}

/// `format(str, spec)` for a parsed spec (Err = ValueError message).
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('s');
    check_grouping(spec, ty)?;
    if ty != 's' {
        return Err(unknown_code(ty, "str"));
    }
    match spec.sign {
        Some(' ') => return Err("Space not allowed in string format specifier".to_string()),
        Some(_) => return Err("Sign not allowed in string format specifier".to_string()),
        None => {}
    }
    if spec.no_neg_0 {
        return Err(
            "Negative zero coercion (z) not allowed in string format specifier".to_string(),
        );
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".to_string());
    }
    if spec.align == Some('=') {
        return Err("'=' alignment not allowed in string format specifier".to_string());
    }
    let mut len = s.chars().count();
    let mut text: &str = s;
    if let Some(p) = spec.precision
        && len >= p
    {
        len = p;
        text = match s.char_indices().nth(p) {
            Some((i, _)) => &s[..i],
            None => s,
        };
    }
    let align = spec.align.unwrap_or('<');
    Ok(pad_aligned(text, len, spec.width, align, spec.fill))
}

/// `calc_padding` + fill for strings.
pub(super) fn pad_aligned(
    text: &str,
    nchars: usize,
    width: Option<usize>,
    align: char,
    fill: char,
) -> String {
    let total = match width {
        Some(w) if w > nchars => w,
        _ => nchars,
    };
    let lpad = match align {
        '>' => total - nchars,
        '^' => (total - nchars) / 2,
        _ => 0,
    };
    let rpad = total - nchars - lpad;
    let mut out = String::with_capacity(text.len() + lpad + rpad);
    out.extend(std::iter::repeat_n(fill, lpad));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, rpad));
    out
}

/// `format(int, spec_string)` including parsing; the empty spec is `str(v)`.
pub fn format_int_spec(v: &BigInt, spec: &str) -> Result<String, String> {
    let f = parse_format_spec_for(spec, "int")?;
    format_int(v, &f)
}

/// `format(float, spec_string)` including parsing.
pub fn format_float_spec(v: f64, spec: &str) -> Result<String, String> {
    let f = parse_format_spec_for(spec, "float")?;
    format_float(v, &f)
}

/// `format(str, spec_string)` including parsing.
pub fn format_str_spec(s: &str, spec: &str) -> Result<String, String> {
    let f = parse_format_spec_for(spec, "str")?;
    format_str(s, &f)
}
