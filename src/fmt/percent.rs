//! printf-style `str % args` support (CPython 3.11 `PyUnicode_Format`).

use num_bigint::{BigInt, Sign};

use super::float_repr::{DtsFlags, double_to_string};

/// A piece of a parsed `%` format string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PercentPiece {
    Literal(String),
    Spec(PercentSpec),
}

/// One `%...c` conversion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PercentSpec {
    /// `%(key)s` mapping key (parentheses balanced, as CPython does).
    pub key: Option<String>,
    pub flags: PercentFlags,
    pub width: Option<PercentCount>,
    pub precision: Option<PercentCount>,
    pub conv: char,
    /// Character (code point) index of the conversion character in the
    /// format string (what CPython reports in "... at index N").
    pub index: usize,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PercentFlags {
    pub left: bool,
    pub plus: bool,
    pub space: bool,
    pub alternate: bool,
    pub zero: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PercentCount {
    Star,
    Num(usize),
}

/// The conversion characters `PyUnicode_Format` accepts.
pub fn percent_conv_supported(c: char) -> bool {
    matches!(
        c,
        's' | 'r'
            | 'a'
            | 'i'
            | 'd'
            | 'u'
            | 'o'
            | 'x'
            | 'X'
            | 'e'
            | 'E'
            | 'f'
            | 'F'
            | 'g'
            | 'G'
            | 'c'
    )
}

/// CPython's message for an unsupported conversion character at `index`.
pub fn percent_unsupported_error(conv: char, index: usize) -> String {
    let cp = conv as u32;
    let shown = if (31..=126).contains(&cp) { conv } else { '?' };
    format!("unsupported format character '{shown}' ({cp:#x}) at index {index}")
}

/// Parse a `%` format string.  `%%` becomes part of a Literal (adjacent
/// literals are merged).  Unsupported conversion characters are an error
/// here; CPython reports them only when it reaches that conversion (after
/// fetching its argument), so a caller that needs the exact error order can
/// use [`parse_percent_lenient`] and check [`percent_conv_supported`] itself.
pub fn parse_percent(fmt: &str) -> Result<Vec<PercentPiece>, String> {
    let pieces = parse_percent_lenient(fmt)?;
    for p in &pieces {
        if let PercentPiece::Spec(s) = p
            && !percent_conv_supported(s.conv)
        {
            return Err(percent_unsupported_error(s.conv, s.index));
        }
    }
    Ok(pieces)
}

/// Like [`parse_percent`] but leaves any conversion character in place
/// (including `'%'` for e.g. `"%5%"`, which CPython rejects when formatting).
/// Only structural errors are reported: "incomplete format",
/// "incomplete format key", "width too big", "precision too big".
pub fn parse_percent_lenient(fmt: &str) -> Result<Vec<PercentPiece>, String> {
    let chars: Vec<char> = fmt.chars().collect();
    let len = chars.len();
    let read = |p: usize| -> char { if p < len { chars[p] } else { '\0' } };
    let mut pieces: Vec<PercentPiece> = Vec::new();
    let mut lit = String::new();
    let mut pos = 0usize;
    while pos < len {
        if chars[pos] != '%' {
            lit.push(chars[pos]);
            pos += 1;
            continue;
        }
        pos += 1;
        // cnt == len - pos (as isize, may go negative)
        let mut cnt: isize = len as isize - pos as isize;
        let mut ch = read(pos);
        if ch == '%' {
            lit.push('%');
            pos += 1;
            continue;
        }
        let mut key = None;
        if ch == '(' {
            pos += 1;
            cnt -= 1;
            let keystart = pos;
            let mut pcount = 1;
            while pcount > 0 && {
                cnt -= 1;
                cnt >= 0
            } {
                let c = read(pos);
                if c == ')' {
                    pcount -= 1;
                } else if c == '(' {
                    pcount += 1;
                }
                pos += 1;
            }
            if cnt < 0 || pcount > 0 {
                return Err("incomplete format key".to_string());
            }
            key = Some(chars[keystart..pos - 1].iter().collect::<String>());
        }
        let mut flags = PercentFlags::default();
        loop {
            cnt -= 1;
            if cnt < 0 {
                break;
            }
            ch = read(pos);
            pos += 1;
            match ch {
                '-' => flags.left = true,
                '+' => flags.plus = true,
                ' ' => flags.space = true,
                '#' => flags.alternate = true,
                '0' => flags.zero = true,
                _ => break,
            }
        }
        let mut width = None;
        if ch == '*' {
            width = Some(PercentCount::Star);
            cnt -= 1;
            if cnt >= 0 {
                ch = read(pos);
                pos += 1;
            }
        } else if ch.is_ascii_digit() {
            let mut w: usize = (ch as u8 - b'0') as usize;
            loop {
                cnt -= 1;
                if cnt < 0 {
                    break;
                }
                ch = read(pos);
                pos += 1;
                if !ch.is_ascii_digit() {
                    break;
                }
                let d = (ch as u8 - b'0') as usize;
                if w > (isize::MAX as usize - d) / 10 {
                    return Err("width too big".to_string());
                }
                w = w * 10 + d;
            }
            width = Some(PercentCount::Num(w));
        }
        let mut precision = None;
        if ch == '.' {
            precision = Some(PercentCount::Num(0));
            cnt -= 1;
            if cnt >= 0 {
                ch = read(pos);
                pos += 1;
            }
            if ch == '*' {
                precision = Some(PercentCount::Star);
                cnt -= 1;
                if cnt >= 0 {
                    ch = read(pos);
                    pos += 1;
                }
            } else if ch.is_ascii_digit() {
                let mut p: usize = (ch as u8 - b'0') as usize;
                loop {
                    cnt -= 1;
                    if cnt < 0 {
                        break;
                    }
                    ch = read(pos);
                    pos += 1;
                    if !ch.is_ascii_digit() {
                        break;
                    }
                    let d = (ch as u8 - b'0') as usize;
                    if p > (i32::MAX as usize - d) / 10 {
                        return Err("precision too big".to_string());
                    }
                    p = p * 10 + d;
                }
                precision = Some(PercentCount::Num(p));
            }
        }
        if cnt >= 0 && matches!(ch, 'h' | 'l' | 'L') {
            cnt -= 1;
            if cnt >= 0 {
                ch = read(pos);
                pos += 1;
            }
        }
        if cnt < 0 {
            return Err("incomplete format".to_string());
        }
        if !lit.is_empty() {
            pieces.push(PercentPiece::Literal(std::mem::take(&mut lit)));
        }
        pieces.push(PercentPiece::Spec(PercentSpec {
            key,
            flags,
            width,
            precision,
            conv: ch,
            index: pos - 1,
        }));
    }
    if !lit.is_empty() {
        pieces.push(PercentPiece::Literal(lit));
    }
    Ok(pieces)
}

/// `unicode_format_arg_output`: pad/sign a converted argument.
fn output(
    s: &str,
    flags: &PercentFlags,
    width: Option<usize>,
    precision: Option<usize>,
    conv: char,
    numeric: bool,
) -> String {
    let fill = if numeric && flags.zero { '0' } else { ' ' };
    let chars: Vec<char> = s.chars().collect();
    let mut len = chars.len() as i64;
    let mut width: i64 = width.map(|w| w.min(i64::MAX as usize) as i64).unwrap_or(-1);
    let prec: i64 = precision
        .map(|p| p.min(i64::MAX as usize) as i64)
        .unwrap_or(-1);
    if (width == -1 || width <= len) && (prec == -1 || prec >= len) && !(flags.plus || flags.space)
    {
        return s.to_string();
    }
    if matches!(conv, 's' | 'r' | 'a') && prec >= 0 && len > prec {
        len = prec;
    }
    let mut pindex = 0usize;
    let mut sign = numeric;
    let mut signchar = '\0';
    if sign {
        match chars.first() {
            Some(&c) if c == '-' || c == '+' => {
                signchar = c;
                len -= 1;
                pindex = 1;
            }
            _ if flags.plus => signchar = '+',
            _ if flags.space => signchar = ' ',
            _ => sign = false,
        }
    }
    if width < len {
        width = len;
    }
    let mut out = String::with_capacity(width.max(0) as usize + 2);
    if sign {
        if fill != ' ' {
            out.push(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = numeric && flags.alternate && matches!(conv, 'x' | 'X' | 'o') && len >= 2;
    if alt_prefix {
        if fill != ' ' {
            out.extend(&chars[pindex..pindex + 2]);
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !flags.left {
        out.extend(std::iter::repeat_n(fill, (width - len) as usize));
        width = len;
    }
    if fill == ' ' {
        if sign {
            out.push(signchar);
        }
        if alt_prefix {
            out.extend(&chars[pindex..pindex + 2]);
            pindex += 2;
        }
    }
    let end = (pindex + len.max(0) as usize).min(chars.len());
    out.extend(&chars[pindex.min(end)..end]);
    if width > len {
        out.extend(std::iter::repeat_n(' ', (width - len) as usize));
    }
    out
}

/// `%d %i %u %o %x %X` of an int (width/precision already resolved; a
/// negative `*` width must be turned into `flags.left` by the caller).
/// Other conversion characters are treated as `d`.
pub fn percent_int(
    v: &BigInt,
    flags: &PercentFlags,
    width: Option<usize>,
    precision: Option<usize>,
    conv: char,
) -> String {
    let neg = v.sign() == Sign::Minus;
    let (radix, prefix) = match conv {
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = v.magnitude().to_str_radix(radix);
    let mut s = String::with_capacity(digits.len() + 4);
    if neg {
        s.push('-');
    }
    if flags.alternate {
        s.push_str(prefix);
    }
    if let Some(p) = precision
        && p > digits.len()
    {
        s.extend(std::iter::repeat_n('0', p - digits.len()));
    }
    s.push_str(&digits);
    if conv == 'X' {
        s = s.to_ascii_uppercase();
    }
    output(&s, flags, width, precision, conv, true)
}

/// `%e %E %f %F %g %G` of a float (default precision 6).
pub fn percent_float(
    v: f64,
    flags: &PercentFlags,
    width: Option<usize>,
    precision: Option<usize>,
    conv: char,
) -> String {
    let conv = if matches!(conv, 'e' | 'E' | 'f' | 'F' | 'g' | 'G') {
        conv
    } else {
        'g'
    };
    let prec = precision.unwrap_or(6);
    let s = double_to_string(
        v,
        conv,
        prec,
        DtsFlags {
            alt: flags.alternate,
            ..DtsFlags::default()
        },
    );
    output(&s, flags, width, precision, conv, true)
}

/// `%s %r %a %c` of an already-converted string.  `precision` truncates
/// (CPython ignores precision for `%c`: pass None there).
pub fn percent_str(
    s: &str,
    flags: &PercentFlags,
    width: Option<usize>,
    precision: Option<usize>,
) -> String {
    output(s, flags, width, precision, 's', false)
}
