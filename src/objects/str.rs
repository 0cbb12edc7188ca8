//! str: indexing, %-formatting, str.format and the common methods.

use super::unicode as uc;
use super::{KwArgs, add_method, check_args};
use crate::vm::Vm;
use crate::vm::ops::to_big;
use crate::vm::value::*;
use std::rc::Rc;

fn s_of(vm: &mut Vm, v: &Value) -> PyResult<Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        Value::Instance(i) => match &i.payload {
            Payload::Str(s) => Ok(s.clone()),
            _ => vm.type_error("descriptor requires a 'str' object"),
        },
        _ => {
            let tn = vm.type_name(v);
            vm.type_error(format!(
                "descriptor requires a 'str' object but received a '{tn}'"
            ))
        }
    }
}

/// A str argument; `what` names it in the error ("replace() argument 1 ", or "").
fn arg_str(vm: &mut Vm, args: &[Value], i: usize, what: &str) -> PyResult<Rc<PyStr>> {
    match args.get(i) {
        Some(Value::Str(s)) => Ok(s.clone()),
        Some(other) => {
            let tn = vm.type_name(other);
            vm.type_error(format!("{what}must be str, not {tn}"))
        }
        None => vm.type_error(format!("{what}missing")),
    }
}

pub fn str_getitem(vm: &mut Vm, s: &Rc<PyStr>, idx: &Value) -> PyResult<Value> {
    if let Value::Slice(sl) = idx {
        let (start, stop, step) = vm.slice_indices(sl, s.char_len())?;
        if step == 1 {
            // Contiguous: cut the UTF-8 text at the two character boundaries.
            if stop <= start {
                return Ok(Value::str(""));
            }
            let (a, b) = (start as usize, stop as usize);
            if s.ascii {
                return Ok(Value::str(&s.s[a..b]));
            }
            let mut bounds = s.s.char_indices().map(|(i, _)| i).chain([s.s.len()]);
            let lo = bounds.nth(a).unwrap_or(s.s.len());
            let hi = bounds.nth(b - a - 1).unwrap_or(s.s.len());
            return Ok(Value::str(&s.s[lo..hi]));
        }
        let chars: Vec<char> = s.s.chars().collect();
        let pos = vm.slice_positions(sl, chars.len())?;
        return Ok(Value::string(pos.into_iter().map(|i| chars[i]).collect()));
    }
    let i = match idx {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => {
            let tn = vm.type_name(idx);
            return vm.type_error(format!("string indices must be integers, not '{tn}'"));
        }
    };
    let n = s.char_len();
    match crate::vm::protocol::norm_index(i, n) {
        Some(j) => {
            if s.ascii {
                Ok(Value::str(&s.s[j..j + 1]))
            } else {
                let c = s.s.chars().nth(j).unwrap_or(' ');
                Ok(Value::string(c.to_string()))
            }
        }
        None => vm.index_error("string index out of range"),
    }
}

fn str_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Type(cls)) = args.first() else {
        return vm.type_error("str.__new__ needs a type");
    };
    let cls = cls.clone();
    let codec_given = args.len() > 2 || kw.iter().any(|(k, _)| k.s != "object");
    let s = match args.get(1).cloned().or_else(|| super::kwarg(kw, "object")) {
        None => String::new(),
        Some(v) if codec_given => {
            let Some(b) = super::bytes::bytes_like(&v) else {
                let tn = vm.type_name(&v);
                return vm.type_error(format!(
                    "decoding to str: need a bytes-like object, {tn} found"
                ));
            };
            let (encoding, errors) = super::bytes::codec_args(vm, "str", args, kw, 1)?;
            super::codecs::decode(vm, &b, &encoding, &errors)?
        }
        Some(v) => vm.str_of(&v)?,
    };
    let rc = Rc::new(PyStr::new(s));
    if cls.heap {
        return Ok(vm.new_instance_with(&cls, Payload::Str(rc)));
    }
    Ok(Value::Str(rc))
}

macro_rules! simple {
    ($name:ident, $f:expr) => {
        fn $name(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            let s = s_of(vm, &args[0])?;
            let f: fn(&str) -> Value = $f;
            Ok(f(&s.s))
        }
    };
}

fn str_upper(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = s_of(vm, &args[0])?;
    Ok(if s.ascii {
        ascii_mapped(&s, str::make_ascii_uppercase)
    } else {
        Value::string(s.s.to_uppercase())
    })
}

fn str_lower(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = s_of(vm, &args[0])?;
    Ok(if s.ascii {
        ascii_mapped(&s, str::make_ascii_lowercase)
    } else {
        Value::string(s.s.to_lowercase())
    })
}

/// A copy of ASCII `s` changed in place by `f`.
fn ascii_mapped(s: &PyStr, f: fn(&mut str)) -> Value {
    let mut b = StrBuf::with_capacity(s.s.len());
    b.push_str(&s.s);
    f(b.as_mut_str());
    Value::Str(Rc::new(PyStr::from_buf(b, true)))
}

/// Predicates true when the string is non-empty and every char matches.
macro_rules! all_chars {
    ($name:ident, $f:expr) => {
        simple!($name, |s| {
            let f: fn(char) -> bool = $f;
            Value::Bool(!s.is_empty() && s.chars().all(f))
        });
    };
}

all_chars!(str_isdigit, uc::is_digit);
all_chars!(str_isdecimal, uc::is_decimal);
all_chars!(str_isnumeric, uc::is_numeric);
all_chars!(str_isalpha, uc::is_alpha);
all_chars!(str_isalnum, uc::is_alnum);
all_chars!(str_isspace, uc::is_space);
simple!(str_isprintable, |s| Value::Bool(
    s.chars().all(uc::is_printable)
));
simple!(str_isascii, |s| Value::Bool(s.is_ascii()));
simple!(str_isidentifier, |s| Value::Bool(uc::is_identifier(s)));

/// islower/isupper: some cased char, and none of the other case (or titlecase).
fn case_only(s: &str, upper: bool) -> bool {
    let mut cased = false;
    for c in s.chars() {
        let (this, other) = if upper {
            (c.is_uppercase(), c.is_lowercase())
        } else {
            (c.is_lowercase(), c.is_uppercase())
        };
        if other || uc::is_titlecase(c) {
            return false;
        }
        cased |= this;
    }
    cased
}

simple!(str_isupper, |s| Value::Bool(case_only(s, true)));
simple!(str_islower, |s| Value::Bool(case_only(s, false)));
simple!(str_swapcase, |s| Value::string(
    s.chars()
        .map(|c| if c.is_uppercase() {
            c.to_lowercase().collect::<String>()
        } else if c.is_lowercase() {
            c.to_uppercase().collect::<String>()
        } else {
            c.to_string()
        })
        .collect()
));
simple!(str_capitalize, |s| {
    let mut out = String::with_capacity(s.len());
    let mut c = s.chars();
    if let Some(f) = c.next() {
        uc::to_title(f, &mut out);
        out.push_str(&c.as_str().to_lowercase());
    }
    Value::string(out)
});
simple!(str_title, |s| {
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            uc::to_title(c, &mut out);
        }
        prev_cased = uc::is_cased(c);
    }
    Value::string(out)
});
simple!(str_istitle, |s| {
    let (mut prev_cased, mut cased) = (false, false);
    for c in s.chars() {
        if c.is_uppercase() || uc::is_titlecase(c) {
            if prev_cased {
                return Value::Bool(false);
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Value::Bool(false);
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Value::Bool(cased)
});

fn strip_impl(vm: &mut Vm, args: &[Value], left: bool, right: bool) -> PyResult<Value> {
    let s = s_of(vm, &args[0])?;
    let chars = match args.get(1) {
        None | Some(Value::None) => None,
        Some(Value::Str(cs)) => Some(cs.clone()),
        Some(_) => {
            let name = match (left, right) {
                (true, true) => "strip",
                (true, false) => "lstrip",
                _ => "rstrip",
            };
            return vm.type_error(format!("{name} arg must be None or str"));
        }
    };
    let pred = |c: char| match &chars {
        None => uc::is_space(c),
        Some(cs) => cs.s.contains(c),
    };
    let mut r: &str = &s.s;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    Ok(Value::str(r))
}

fn str_strip(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, true, true)
}
fn str_lstrip(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, true, false)
}
fn str_rstrip(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, false, true)
}

fn split_impl(vm: &mut Vm, args: &[Value], kw: KwArgs, right: bool) -> PyResult<Value> {
    let s = s_of(vm, &args[0])?;
    let sep = args
        .get(1)
        .cloned()
        .or_else(|| super::kwarg(kw, "sep"))
        .unwrap_or(Value::None);
    let maxsplit = args
        .get(2)
        .cloned()
        .or_else(|| super::kwarg(kw, "maxsplit"))
        .unwrap_or(Value::Int(-1));
    let maxsplit = vm.index_of(&maxsplit)?;
    let max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let parts: Vec<Value> = match sep {
        Value::None => split_whitespace(&s.s, max, right)
            .into_iter()
            .map(Value::string)
            .collect(),
        Value::Str(sep) => {
            if sep.s.is_empty() {
                return vm.value_error("empty separator");
            }
            let n = max.saturating_add(1);
            let mut v: Vec<Value> = match (one_char(&sep.s), right) {
                (Some(c), false) => s.s.splitn(n, c).map(Value::str).collect(),
                (Some(c), true) => s.s.rsplitn(n, c).map(Value::str).collect(),
                (None, false) => s.s.splitn(n, sep.s.as_str()).map(Value::str).collect(),
                (None, true) => s.s.rsplitn(n, sep.s.as_str()).map(Value::str).collect(),
            };
            if right {
                v.reverse();
            }
            v
        }
        other => {
            let tn = vm.type_name(&other);
            return vm.type_error(format!("must be str or None, not {tn}"));
        }
    };
    Ok(Value::list(parts))
}

/// The first position of `needle` in `hay`. A one-byte (ASCII) needle is found by a
/// plain byte scan: strs are mostly short, and for them the general searcher's setup
/// costs more than the scan.
fn find_from(hay: &str, needle: &str) -> Option<usize> {
    match needle.as_bytes() {
        [b] => hay.bytes().position(|x| x == *b),
        _ => hay.find(needle),
    }
}

/// The char of a one-char needle: searching for a char is much faster than for a
/// general substring.
fn one_char(needle: &str) -> Option<char> {
    let mut cs = needle.chars();
    match (cs.next(), cs.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    }
}

/// split()/rsplit() without a separator: runs of whitespace separate words;
/// after `max` splits the rest is kept as is (minus the whitespace before it).
fn split_whitespace(s: &str, max: usize, right: bool) -> Vec<String> {
    let chars: Vec<char> = if right {
        s.chars().rev().collect()
    } else {
        s.chars().collect()
    };
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        while i < chars.len() && uc::is_space(chars[i]) {
            i += 1;
        }
        if i == chars.len() {
            break;
        }
        let start = i;
        if parts.len() == max {
            i = chars.len();
        } else {
            while i < chars.len() && !uc::is_space(chars[i]) {
                i += 1;
            }
        }
        let word = &chars[start..i];
        parts.push(if right {
            word.iter().rev().collect()
        } else {
            word.iter().collect()
        });
    }
    if right {
        parts.reverse();
    }
    parts
}

fn str_split(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    split_impl(vm, args, kw, false)
}
fn str_rsplit(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    split_impl(vm, args, kw, true)
}

fn str_splitlines(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = s_of(vm, &args[0])?;
    let keep = match args
        .get(1)
        .cloned()
        .or_else(|| super::kwarg(kw, "keepends"))
    {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = s.s.chars().peekable();
    while let Some(c) = chars.next() {
        if uc::is_linebreak(c) {
            let mut end = c.to_string();
            if c == '\r' && chars.peek() == Some(&'\n') {
                chars.next();
                end.push('\n');
            }
            if keep {
                cur.push_str(&end);
            }
            out.push(Value::string(std::mem::take(&mut cur)));
        } else {
            cur.push(c);
        }
    }
    if !cur.is_empty() {
        out.push(Value::string(cur));
    }
    Ok(Value::list(out))
}

fn str_join(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "join", args, 1, 1)?;
    let s = s_of(vm, &args[0])?;
    let items = vm.iterate(&args[1])?;
    let text_len: usize = items
        .iter()
        .map(|it| match it {
            Value::Str(x) => x.s.len(),
            _ => 0,
        })
        .sum();
    let mut out = StrBuf::with_capacity(text_len + s.s.len() * items.len().saturating_sub(1));
    // The separator is part of the text only between two items.
    let mut ascii = s.ascii || items.len() < 2;
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&s.s);
        }
        match it {
            Value::Str(x) => {
                out.push_str(&x.s);
                ascii &= x.ascii;
            }
            Value::Instance(inst) if matches!(inst.payload, Payload::Str(_)) => {
                if let Payload::Str(x) = &inst.payload {
                    out.push_str(&x.s);
                    ascii &= x.ascii;
                }
            }
            other => {
                let tn = vm.type_name(other);
                return vm.type_error(format!(
                    "sequence item {i}: expected str instance, {tn} found"
                ));
            }
        }
    }
    Ok(Value::Str(Rc::new(PyStr::from_buf(out, ascii))))
}

fn str_replace(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "replace", args, 2, 3)?;
    let s = s_of(vm, &args[0])?;
    let old = arg_str(vm, args, 1, "replace() argument 1 ")?;
    let new = arg_str(vm, args, 2, "replace() argument 2 ")?;
    let count = match args.get(3) {
        Some(c) => vm.index_of(c)?,
        None => -1,
    };
    let count = usize::try_from(count).unwrap_or(usize::MAX);
    let mut out = StrBuf::with_capacity(s.s.len());
    let mut last = 0;
    if old.s.is_empty() {
        // The empty string matches at every char boundary.
        for (i, _) in s.s.match_indices("").take(count) {
            out.push_str(&s.s[last..i]);
            out.push_str(&new.s);
            last = i;
        }
    } else {
        for _ in 0..count {
            let Some(i) = find_from(&s.s[last..], &old.s) else {
                break;
            };
            out.push_str(&s.s[last..last + i]);
            out.push_str(&new.s);
            last += i + old.s.len();
        }
    }
    out.push_str(&s.s[last..]);
    let ascii = (s.ascii && new.ascii) || out.is_ascii();
    Ok(Value::Str(Rc::new(PyStr::from_buf(out, ascii))))
}

/// Map char-index bounds (start, end) to byte offsets.
fn char_range(
    vm: &mut Vm,
    s: &PyStr,
    args: &[Value],
    from: usize,
) -> PyResult<(usize, usize, usize)> {
    let n = s.char_len() as i64;
    let norm = |v: i64| -> i64 { if v < 0 { (v + n).max(0) } else { v.min(n) } };
    // Like CPython, a start beyond the end is not clamped: nothing matches there.
    let start = match args.get(from) {
        Some(Value::None) | None => 0,
        Some(v) => match vm.index_of(v)? {
            x if x > n => n + 1,
            x => norm(x),
        },
    };
    let end = match args.get(from + 1) {
        Some(Value::None) | None => n,
        Some(v) => norm(vm.index_of(v)?),
    };
    let to_byte = |ci: i64| -> usize {
        if s.ascii {
            ci as usize
        } else {
            s.s.char_indices()
                .nth(ci as usize)
                .map(|(b, _)| b)
                .unwrap_or(s.s.len())
        }
    };
    if start > end {
        return Ok((1, 0, start as usize));
    }
    Ok((to_byte(start), to_byte(end), start as usize))
}

fn byte_to_char(s: &PyStr, b: usize) -> i64 {
    if s.ascii {
        b as i64
    } else {
        s.s[..b].chars().count() as i64
    }
}

fn find_impl(vm: &mut Vm, args: &[Value], right: bool) -> PyResult<i64> {
    check_args(vm, "find", args, 1, 3)?;
    let s = s_of(vm, &args[0])?;
    let sub = match &args[1] {
        Value::Str(x) => x.clone(),
        other => {
            let tn = vm.type_name(other);
            return vm.type_error(format!("must be str, not {tn}"));
        }
    };
    let (b0, b1, _) = char_range(vm, &s, args, 2)?;
    if b0 > b1 {
        return Ok(-1);
    }
    let hay = &s.s[b0..b1];
    let r = match (one_char(&sub.s), right) {
        (_, false) => find_from(hay, &sub.s),
        (Some(c), true) => hay.rfind(c),
        (None, true) => hay.rfind(sub.s.as_str()),
    };
    Ok(match r {
        Some(i) => byte_to_char(&s, b0 + i),
        None => -1,
    })
}

fn str_find(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, args, false)?))
}
fn str_rfind(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, args, true)?))
}
fn str_index(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = find_impl(vm, args, false)?;
    if r < 0 {
        return vm.value_error("substring not found");
    }
    Ok(Value::Int(r))
}
fn str_rindex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = find_impl(vm, args, true)?;
    if r < 0 {
        return vm.value_error("substring not found");
    }
    Ok(Value::Int(r))
}

fn str_count(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "count", args, 1, 3)?;
    let s = s_of(vm, &args[0])?;
    let sub = arg_str(vm, args, 1, "")?;
    let (b0, b1, _) = char_range(vm, &s, args, 2)?;
    if b0 > b1 {
        return Ok(Value::Int(0));
    }
    let hay = &s.s[b0..b1];
    let n = match one_char(&sub.s) {
        _ if sub.s.is_empty() => hay.chars().count() + 1,
        Some(c) => hay.matches(c).count(),
        None => hay.matches(sub.s.as_str()).count(),
    };
    Ok(Value::Int(n as i64))
}

fn affix_impl(vm: &mut Vm, args: &[Value], end: bool) -> PyResult<Value> {
    check_args(vm, if end { "endswith" } else { "startswith" }, args, 1, 3)?;
    let s = s_of(vm, &args[0])?;
    let (b0, b1, _) = char_range(vm, &s, args, 2)?;
    if b0 > b1 {
        return Ok(Value::Bool(false));
    }
    let hay = &s.s[b0..b1];
    let cands = match &args[1] {
        Value::Tuple(t) => &t[..],
        other => std::slice::from_ref(other),
    };
    for c in cands {
        let Value::Str(c) = c else {
            let what = if end { "endswith" } else { "startswith" };
            if let Value::Tuple(_) = &args[1] {
                let tn = vm.type_name(c);
                return vm.type_error(format!("tuple for {what} must only contain str, not {tn}"));
            }
            let tn = vm.type_name(c);
            return vm.type_error(format!(
                "{what} first arg must be str or a tuple of str, not {tn}"
            ));
        };
        if (end && hay.ends_with(c.s.as_str())) || (!end && hay.starts_with(c.s.as_str())) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn str_startswith(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    affix_impl(vm, args, false)
}
fn str_endswith(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    affix_impl(vm, args, true)
}

fn pad_impl(vm: &mut Vm, args: &[Value], how: char) -> PyResult<Value> {
    check_args(vm, "center", args, 1, 2)?;
    let s = s_of(vm, &args[0])?;
    let width = vm.index_of(&args[1])?.max(0) as usize;
    let fill = match args.get(2) {
        Some(Value::Str(f)) if f.char_len() == 1 => f.s.chars().next().unwrap_or(' '),
        Some(_) => return vm.type_error("The fill character must be exactly one character long"),
        None => ' ',
    };
    let n = s.char_len();
    if n >= width {
        return Ok(Value::Str(s));
    }
    let total = width - n;
    let (l, r) = match how {
        '<' => (0, total),
        '>' => (total, 0),
        _ => {
            let left = total / 2 + (total & width & 1);
            (left, total - left)
        }
    };
    let f = fill.to_string();
    Ok(Value::string(format!(
        "{}{}{}",
        f.repeat(l),
        s.s,
        f.repeat(r)
    )))
}

fn str_center(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    pad_impl(vm, args, '^')
}
fn str_ljust(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    pad_impl(vm, args, '<')
}
fn str_rjust(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    pad_impl(vm, args, '>')
}

fn str_zfill(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "zfill", args, 1, 1)?;
    let s = s_of(vm, &args[0])?;
    let width = vm.index_of(&args[1])?.max(0) as usize;
    let n = s.char_len();
    if n >= width {
        return Ok(Value::Str(s));
    }
    let pad = "0".repeat(width - n);
    let out = if s.s.starts_with('+') || s.s.starts_with('-') {
        format!("{}{}{}", &s.s[..1], pad, &s.s[1..])
    } else {
        format!("{pad}{}", s.s)
    };
    Ok(Value::string(out))
}

fn partition_impl(vm: &mut Vm, args: &[Value], right: bool) -> PyResult<Value> {
    check_args(vm, "partition", args, 1, 1)?;
    let s = s_of(vm, &args[0])?;
    let sep = arg_str(vm, args, 1, "")?;
    if sep.s.is_empty() {
        return vm.value_error("empty separator");
    }
    let r = if right {
        s.s.rfind(sep.s.as_str())
    } else {
        s.s.find(sep.s.as_str())
    };
    Ok(Value::tuple(match r {
        Some(i) => vec![
            Value::str(&s.s[..i]),
            Value::Str(sep.clone()),
            Value::str(&s.s[i + sep.s.len()..]),
        ],
        None if right => vec![Value::str(""), Value::str(""), Value::Str(s.clone())],
        None => vec![Value::Str(s.clone()), Value::str(""), Value::str("")],
    }))
}

fn str_partition(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    partition_impl(vm, args, false)
}
fn str_rpartition(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    partition_impl(vm, args, true)
}

fn str_encode(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "encode", args, 0, 2)?;
    let s = s_of(vm, &args[0])?;
    let (encoding, errors) = super::bytes::codec_args(vm, "encode", args, kw, 0)?;
    let b = super::codecs::encode(vm, &s.s, &encoding, &errors)?;
    Ok(Value::Bytes(Rc::new(b)))
}

fn str_expandtabs(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = s_of(vm, &args[0])?;
    let ts = match args.get(1) {
        Some(v) => vm.index_of(v)?,
        None => 8,
    };
    let mut out = String::new();
    let mut col = 0i64;
    for c in s.s.chars() {
        match c {
            '\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    out.push_str(&" ".repeat(n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(Value::string(out))
}

fn str_format(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = s_of(vm, &args[0])?;
    Ok(Value::string(str_format_impl(vm, &s.s, &args[1..], kw)?))
}

fn str_format_map(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = s_of(vm, &args[0])?;
    let m = args.get(1).cloned().unwrap_or(Value::None);
    let d = super::types::dict_of(&m).unwrap_or_default();
    let kw: Vec<(Rc<PyStr>, Value)> = d
        .items()
        .into_iter()
        .filter_map(|(k, v)| match k {
            Value::Str(s) => Some((s, v)),
            _ => None,
        })
        .collect();
    Ok(Value::string(str_format_impl(vm, &s.s, &[], &kw)?))
}

/// str.format: fields {name.attr[idx]!conv:spec} with auto/manual numbering.
pub fn str_format_impl(vm: &mut Vm, fmt: &str, args: &[Value], kw: KwArgs) -> PyResult<String> {
    let mut numbering = Numbering::default();
    format_fields(vm, fmt, args, kw, &mut numbering)
}

/// Field numbering state, shared with the fields nested in format specs.
#[derive(Default)]
struct Numbering {
    auto: usize,
    manual: bool,
    used_auto: bool,
}

fn format_fields(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kw: KwArgs,
    numbering: &mut Numbering,
) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace (nested braces allowed in the spec).
            let mut depth = 1;
            let mut j = i + 1;
            while j < chars.len() && depth > 0 {
                if chars[j] == '{' {
                    depth += 1;
                } else if chars[j] == '}' {
                    depth -= 1;
                }
                j += 1;
            }
            if depth != 0 {
                return vm.value_error("Single '{' encountered in format string");
            }
            let field: String = chars[i + 1..j - 1].iter().collect();
            i = j;
            let (name_part, spec) = match field.find(':') {
                Some(p) => (field[..p].to_string(), field[p + 1..].to_string()),
                None => (field.clone(), String::new()),
            };
            let (name_part, conv) = match name_part.find('!') {
                Some(p) => (
                    name_part[..p].to_string(),
                    Some(name_part[p + 1..].to_string()),
                ),
                None => (name_part, None),
            };
            // Split the first name from attribute/index accessors.
            let first_end = name_part.find(['.', '[']).unwrap_or(name_part.len());
            let first = &name_part[..first_end];
            let mut v = if first.is_empty() {
                if numbering.manual {
                    return vm.value_error("cannot switch from manual field specification to automatic field numbering");
                }
                numbering.used_auto = true;
                let k = numbering.auto;
                numbering.auto += 1;
                match args.get(k) {
                    Some(v) => v.clone(),
                    None => {
                        return vm.index_error(format!(
                            "Replacement index {k} out of range for positional args tuple"
                        ));
                    }
                }
            } else if let Ok(n) = first.parse::<usize>() {
                if numbering.used_auto {
                    return vm.value_error("cannot switch from automatic field numbering to manual field specification");
                }
                numbering.manual = true;
                match args.get(n) {
                    Some(v) => v.clone(),
                    None => {
                        return vm.index_error(format!(
                            "Replacement index {n} out of range for positional args tuple"
                        ));
                    }
                }
            } else {
                match kw.iter().find(|(k, _)| k.s == first) {
                    Some((_, v)) => v.clone(),
                    None => return vm.key_error(Value::str(first)),
                }
            };
            let mut rest = &name_part[first_end..];
            while !rest.is_empty() {
                if let Some(r) = rest.strip_prefix('.') {
                    let end = r.find(['.', '[']).unwrap_or(r.len());
                    let attr = vm.intern(&r[..end]);
                    v = vm.get_attr(&v, &attr)?;
                    rest = &r[end..];
                } else if let Some(r) = rest.strip_prefix('[') {
                    let end = r.find(']').unwrap_or(r.len());
                    let key = &r[..end];
                    let k = match key.parse::<i64>() {
                        Ok(n) => Value::Int(n),
                        Err(_) => Value::str(key),
                    };
                    v = vm.getitem(&v, &k)?;
                    rest = if end < r.len() { &r[end + 1..] } else { "" };
                } else {
                    break;
                }
            }
            // Fields nested in the spec are numbered after this one.
            let spec = if spec.contains('{') {
                format_fields(vm, &spec, args, kw, numbering)?
            } else {
                spec
            };
            let v = match conv.as_deref() {
                Some("r") => Value::string(vm.repr_of(&v)?),
                Some("s") => Value::string(vm.str_of(&v)?),
                Some("a") => Value::string(super::repr::ascii_escape(&vm.repr_of(&v)?)),
                Some(other) => {
                    return vm.value_error(format!("Unknown conversion specifier {other}"));
                }
                None => v,
            };
            out.push_str(&super::format::format(vm, &v, &spec)?);
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return vm.value_error("Single '}' encountered in format string");
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

fn str_mod(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = s_of(vm, &args[0])?;
    Ok(Value::string(super::percent::format_str(
        vm, &s.s, &args[1],
    )?))
}

fn str_len(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = s_of(vm, &args[0])?;
    Ok(Value::Int(s.char_len() as i64))
}

fn str_removeprefix(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = s_of(vm, &args[0])?;
    let p = arg_str(vm, args, 1, "removeprefix() argument ")?;
    Ok(Value::str(s.s.strip_prefix(p.s.as_str()).unwrap_or(&s.s)))
}

fn str_removesuffix(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = s_of(vm, &args[0])?;
    let p = arg_str(vm, args, 1, "removesuffix() argument ")?;
    Ok(Value::str(s.s.strip_suffix(p.s.as_str()).unwrap_or(&s.s)))
}

/// str.maketrans(dict) / str.maketrans(from, to[, delete]) (a staticmethod).
fn str_maketrans(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let table = Rc::new(crate::vm::dict::PyDict::new());
    match args {
        [m] => {
            let Some(d) = super::types::dict_of(m) else {
                return vm
                    .type_error("if you give only one argument to maketrans it must be a dict");
            };
            for (k, v) in d.items() {
                let key = match &k {
                    Value::Str(s) if s.char_len() == 1 => {
                        Value::Int(s.s.chars().next().unwrap_or('\0') as i64)
                    }
                    Value::Str(_) => {
                        return vm
                            .value_error("string keys in translate table must be of length 1");
                    }
                    Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => k.clone(),
                    _ => {
                        return vm
                            .type_error("keys in translate table must be strings or integers");
                    }
                };
                vm.dict_set(&table, key, v)?;
            }
        }
        [_, _] | [_, _, _] => {
            let mut texts: Vec<Vec<char>> = Vec::new();
            for (i, a) in args.iter().enumerate() {
                let Value::Str(s) = a else {
                    let tn = vm.type_name(a);
                    return vm.type_error(format!(
                        "maketrans() argument {} must be str, not {tn}",
                        i + 1
                    ));
                };
                texts.push(s.s.chars().collect());
            }
            if texts[0].len() != texts[1].len() {
                return vm.value_error("the first two maketrans arguments must have equal length");
            }
            for (f, t) in texts[0].iter().zip(&texts[1]) {
                vm.dict_set(&table, Value::Int(*f as i64), Value::Int(*t as i64))?;
            }
            if let Some(del) = texts.get(2) {
                for c in del {
                    vm.dict_set(&table, Value::Int(*c as i64), Value::None)?;
                }
            }
        }
        _ => {
            return vm.type_error(format!(
                "maketrans() takes from 1 to 3 positional arguments but {} were given",
                args.len()
            ));
        }
    }
    Ok(Value::Dict(table))
}

/// str.translate(table): each char's ordinal is looked up in the table
/// (missing: kept; None: deleted; int: that char; str: inserted).
fn str_translate(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "translate", args, 1, 1)?;
    let s = s_of(vm, &args[0])?;
    let table = &args[1];
    let lookup_error = vm.exc.lookup_error.clone();
    let mut out = String::with_capacity(s.s.len());
    for c in s.s.chars() {
        match vm.getitem(table, &Value::Int(c as i64)) {
            Ok(Value::None) => {}
            Ok(Value::Str(r)) => out.push_str(&r.s),
            Ok(v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => {
                let n = to_big(&v).and_then(|b| num_traits::ToPrimitive::to_u32(&b));
                match n.and_then(char::from_u32) {
                    Some(ch) => out.push(ch),
                    None => return vm.value_error("character mapping must be in range(0x110000)"),
                }
            }
            Ok(_) => return vm.type_error("character mapping must return integer, None or str"),
            Err(e) if vm.exc_matches(&e, &lookup_error) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(Value::string(out))
}

fn str_casefold(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = s_of(vm, &args[0])?;
    let mut out = String::with_capacity(s.s.len());
    for c in s.s.chars() {
        uc::casefold(c, &mut out);
    }
    Ok(Value::string(out))
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.str_.clone();
    let methods: &[(&'static str, NativeFn)] = &[
        ("__new__", str_new),
        ("upper", str_upper),
        ("lower", str_lower),
        ("casefold", str_casefold),
        ("maketrans", str_maketrans),
        ("translate", str_translate),
        ("isdigit", str_isdigit),
        ("isdecimal", str_isdecimal),
        ("isnumeric", str_isnumeric),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isspace", str_isspace),
        ("isupper", str_isupper),
        ("islower", str_islower),
        ("isascii", str_isascii),
        ("isprintable", str_isprintable),
        ("istitle", str_istitle),
        ("isidentifier", str_isidentifier),
        ("swapcase", str_swapcase),
        ("capitalize", str_capitalize),
        ("title", str_title),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("splitlines", str_splitlines),
        ("join", str_join),
        ("replace", str_replace),
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("center", str_center),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("zfill", str_zfill),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("encode", str_encode),
        ("expandtabs", str_expandtabs),
        ("format", str_format),
        ("format_map", str_format_map),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("__mod__", str_mod),
        ("__len__", str_len),
    ];
    for (n, f) in methods {
        add_method(vm, &t, "str", n, *f);
    }
    let key = vm.intern("maketrans");
    if let Some(f) = t.dict.get_str(&key) {
        t.dict.set_str(key, Value::StaticMethod(Rc::new(f)));
    }
}
