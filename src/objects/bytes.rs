//! bytes and bytearray: constructors and methods. Methods are shared; each
//! returns the type of its receiver (bytes methods on a bytearray give bytearrays).

use super::{KwArgs, add_method, check_args, kwarg};
use crate::vm::Vm;
use crate::vm::value::*;
use std::cell::RefCell;
use std::rc::Rc;

/// The contents of a bytes-like object (bytes, bytearray, memoryview).
pub fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Bytes(b) => Some(b.to_vec()),
        Value::ByteArray(b) => Some(b.borrow().clone()),
        _ => super::memoryview::contents(v),
    }
}

/// `self` of a bytes/bytearray method: (contents, is a bytearray).
fn recv(vm: &mut Vm, args: &[Value]) -> PyResult<(Vec<u8>, bool)> {
    match args.first() {
        Some(Value::Bytes(b)) => Ok((b.to_vec(), false)),
        Some(Value::ByteArray(b)) => Ok((b.borrow().clone(), true)),
        Some(other) => {
            let tn = vm.type_name(other);
            vm.type_error(format!(
                "descriptor requires a 'bytes' object but received a '{tn}'"
            ))
        }
        None => vm.type_error("descriptor needs an argument"),
    }
}

fn make(bytearray: bool, v: Vec<u8>) -> Value {
    if bytearray {
        Value::ByteArray(Rc::new(RefCell::new(v)))
    } else {
        Value::Bytes(Rc::new(v))
    }
}

/// A bytes-like argument, with CPython's message otherwise.
fn arg_bytes(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match bytes_like(v) {
        Some(b) => Ok(b),
        None => {
            let tn = vm.type_name(v);
            vm.type_error(format!("a bytes-like object is required, not '{tn}'"))
        }
    }
}

/// Positional-or-keyword argument `i` (after self) named `name`.
fn param(args: &[Value], kw: KwArgs, i: usize, name: &str) -> Option<Value> {
    args.get(i + 1).cloned().or_else(|| kwarg(kw, name))
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn find_sub(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// Resolve optional start/end arguments like slice bounds.
fn bounds(vm: &mut Vm, args: &[Value], first: usize, len: usize) -> PyResult<(usize, usize)> {
    let mut get = |i: usize, dflt: i64| -> PyResult<i64> {
        match args.get(i) {
            None | Some(Value::None) => Ok(dflt),
            Some(v) => vm.index_of(v),
        }
    };
    let n = len as i64;
    let clamp = |x: i64| if x < 0 { (x + n).max(0) } else { x.min(n) };
    let start = clamp(get(first, 0)?);
    let end = clamp(get(first + 1, n)?);
    Ok((start as usize, end.max(start) as usize))
}

/// The needle of count/find/index: a bytes-like object or a byte value.
fn needle(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b);
    }
    if let Value::Int(_) | Value::Bool(_) | Value::BigInt(_) = v {
        return Ok(vec![byte_value(vm, v)?]);
    }
    let tn = vm.type_name(v);
    vm.type_error(format!(
        "argument should be integer or bytes-like object, not '{tn}'"
    ))
}

/// An int in range(256).
pub fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let n = match v {
        Value::BigInt(_) => -1,
        _ => vm.index_of(v)?,
    };
    if !(0..256).contains(&n) {
        return vm.value_error("byte must be in range(0, 256)");
    }
    Ok(n as u8)
}

/// `item in b` for bytes and bytearray.
pub fn contains(vm: &mut Vm, b: &Value, item: &Value) -> PyResult<bool> {
    let hay = bytes_like(b).unwrap_or_default();
    if let Value::Int(_) | Value::Bool(_) | Value::BigInt(_) = item {
        let x = byte_value(vm, item)?;
        return Ok(hay.contains(&x));
    }
    let sub = arg_bytes(vm, item)?;
    Ok(find_sub(&hay, &sub, 0).is_some())
}

/// find/rfind/index/rindex/count over `self[start:end]`.
fn search(vm: &mut Vm, args: &[Value], name: &str, right: bool) -> PyResult<Option<usize>> {
    check_args(vm, name, args, 1, 3)?;
    let (b, _) = recv(vm, args)?;
    let sub = needle(vm, &args[1])?;
    let (start, end) = bounds(vm, args, 2, b.len())?;
    if end - start < sub.len() {
        return Ok(None);
    }
    let window = &b[start..end];
    let pos = if right {
        rfind_sub(window, &sub)
    } else {
        find_sub(window, &sub, 0)
    };
    Ok(pos.map(|p| p + start))
}

fn b_find(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(
        search(vm, args, "find", false)?.map_or(-1, |p| p as i64),
    ))
}
fn b_rfind(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(
        search(vm, args, "rfind", true)?.map_or(-1, |p| p as i64),
    ))
}
fn b_index(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match search(vm, args, "index", false)? {
        Some(p) => Ok(Value::Int(p as i64)),
        None => vm.value_error("subsection not found"),
    }
}
fn b_rindex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match search(vm, args, "rindex", true)? {
        Some(p) => Ok(Value::Int(p as i64)),
        None => vm.value_error("subsection not found"),
    }
}

fn b_count(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "count", args, 1, 3)?;
    let (b, _) = recv(vm, args)?;
    let sub = needle(vm, &args[1])?;
    let (start, end) = bounds(vm, args, 2, b.len())?;
    let window = &b[start..end];
    if sub.is_empty() {
        return Ok(Value::Int(window.len() as i64 + 1));
    }
    let (mut n, mut i) = (0, 0);
    while let Some(p) = find_sub(window, &sub, i) {
        n += 1;
        i = p + sub.len();
    }
    Ok(Value::Int(n))
}

fn affix(vm: &mut Vm, args: &[Value], name: &str, end: bool) -> PyResult<Value> {
    check_args(vm, name, args, 1, 3)?;
    let (b, _) = recv(vm, args)?;
    let (lo, hi) = bounds(vm, args, 2, b.len())?;
    let window = &b[lo..hi];
    let candidates: Vec<Value> = match &args[1] {
        Value::Tuple(t) => t.to_vec(),
        other => vec![other.clone()],
    };
    for c in &candidates {
        let Some(p) = bytes_like(c) else {
            let tn = vm.type_name(c);
            let what = if matches!(args[1], Value::Tuple(_)) {
                format!("a bytes-like object is required, not '{tn}'")
            } else {
                format!("{name} first arg must be bytes or a tuple of bytes, not {tn}")
            };
            return vm.type_error(what);
        };
        let hit = if end {
            window.ends_with(&p)
        } else {
            window.starts_with(&p)
        };
        if hit {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn b_startswith(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    affix(vm, args, "startswith", false)
}
fn b_endswith(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    affix(vm, args, "endswith", true)
}

/// Methods mapping each byte independently (ASCII case conversions).
macro_rules! bytewise {
    ($name:ident, $f:expr) => {
        fn $name(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            check_args(vm, stringify!($name), args, 0, 0)?;
            let (b, ba) = recv(vm, args)?;
            let f: fn(u8) -> u8 = $f;
            Ok(make(ba, b.into_iter().map(f).collect()))
        }
    };
}

bytewise!(lower, |c| c.to_ascii_lowercase());
bytewise!(upper, |c| c.to_ascii_uppercase());
bytewise!(swapcase, |c| if c.is_ascii_lowercase() {
    c.to_ascii_uppercase()
} else {
    c.to_ascii_lowercase()
});

fn capitalize(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (b, ba) = recv(vm, args)?;
    let out = b
        .iter()
        .enumerate()
        .map(|(i, c)| {
            if i == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    Ok(make(ba, out))
}

fn title(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (b, ba) = recv(vm, args)?;
    let mut prev_cased = false;
    let out = b
        .iter()
        .map(|&c| {
            let r = if prev_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev_cased = c.is_ascii_alphabetic();
            r
        })
        .collect();
    Ok(make(ba, out))
}

/// Predicates: true when non-empty and every byte matches.
macro_rules! predicate {
    ($name:ident, $f:expr) => {
        fn $name(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            let (b, _) = recv(vm, args)?;
            let f: fn(&u8) -> bool = $f;
            Ok(Value::Bool(!b.is_empty() && b.iter().all(f)))
        }
    };
}

predicate!(isalnum, |c| c.is_ascii_alphanumeric());
predicate!(isalpha, |c| c.is_ascii_alphabetic());
predicate!(isdigit, |c| c.is_ascii_digit());
predicate!(isspace, |c| is_space(*c));

fn isascii(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (b, _) = recv(vm, args)?;
    Ok(Value::Bool(b.is_ascii()))
}

fn islower(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (b, _) = recv(vm, args)?;
    Ok(Value::Bool(
        b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase),
    ))
}

fn isupper(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (b, _) = recv(vm, args)?;
    Ok(Value::Bool(
        b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase),
    ))
}

fn istitle(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (b, _) = recv(vm, args)?;
    let (mut cased, mut prev_cased) = (false, false);
    for c in b {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

/// The fill byte of center/ljust/rjust.
fn fill_byte(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<u8> {
    match args.get(2) {
        None => Ok(b' '),
        Some(v) => match bytes_like(v) {
            Some(f) if f.len() == 1 && !matches!(v, Value::Instance(_)) => Ok(f[0]),
            _ => {
                let tn = vm.type_name(v);
                vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {tn}"
                ))
            }
        },
    }
}

fn justify(vm: &mut Vm, args: &[Value], name: &str, align: char) -> PyResult<Value> {
    check_args(vm, name, args, 1, 2)?;
    let (b, ba) = recv(vm, args)?;
    let width = vm.index_of(&args[1])?.max(0) as usize;
    let fill = fill_byte(vm, args, name)?;
    if width <= b.len() {
        return Ok(make(ba, b));
    }
    let pad = width - b.len();
    let left = match align {
        '<' => 0,
        '>' => pad,
        // CPython's centering puts the odd byte on the left when the width is odd.
        _ => pad / 2 + (pad & width & 1),
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&b);
    out.resize(width, fill);
    Ok(make(ba, out))
}

fn center(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    justify(vm, args, "center", '^')
}
fn ljust(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    justify(vm, args, "ljust", '<')
}
fn rjust(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    justify(vm, args, "rjust", '>')
}

fn zfill(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "zfill", args, 1, 1)?;
    let (b, ba) = recv(vm, args)?;
    let width = vm.index_of(&args[1])?.max(0) as usize;
    if width <= b.len() {
        return Ok(make(ba, b));
    }
    let signed = matches!(b.first(), Some(b'+' | b'-'));
    let at = signed as usize;
    let mut out = b[..at].to_vec();
    out.extend(std::iter::repeat_n(b'0', width - b.len()));
    out.extend_from_slice(&b[at..]);
    Ok(make(ba, out))
}

fn expandtabs(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (b, ba) = recv(vm, args)?;
    let size = match param(args, kw, 0, "tabsize") {
        Some(v) => vm.index_of(&v)?,
        None => 8,
    };
    let mut out = Vec::new();
    let mut col = 0i64;
    for c in b {
        match c {
            b'\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(make(ba, out))
}

fn strip_impl(vm: &mut Vm, args: &[Value], name: &str, left: bool, right: bool) -> PyResult<Value> {
    check_args(vm, name, args, 0, 1)?;
    let (b, ba) = recv(vm, args)?;
    let set = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(arg_bytes(vm, v)?),
    };
    let strip = |c: &u8| match &set {
        None => is_space(*c),
        Some(s) => s.contains(c),
    };
    let mut lo = 0;
    let mut hi = b.len();
    if left {
        while lo < hi && strip(&b[lo]) {
            lo += 1;
        }
    }
    if right {
        while hi > lo && strip(&b[hi - 1]) {
            hi -= 1;
        }
    }
    Ok(make(ba, b[lo..hi].to_vec()))
}

fn strip(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}
fn lstrip(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}
fn rstrip(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

/// split/rsplit: on runs of whitespace (sep None) or on an exact separator.
fn split_impl(vm: &mut Vm, args: &[Value], kw: KwArgs, right: bool) -> PyResult<Value> {
    let (b, ba) = recv(vm, args)?;
    let sep = match param(args, kw, 0, "sep") {
        None | Some(Value::None) => None,
        Some(v) => Some(arg_bytes(vm, &v)?),
    };
    let max = match param(args, kw, 1, "maxsplit") {
        Some(v) => vm.index_of(&v)?,
        None => -1,
    };
    let max = if max < 0 { usize::MAX } else { max as usize };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match sep {
        Some(sep) => {
            if sep.is_empty() {
                return vm.value_error("empty separator");
            }
            // Split the reversed sequence for rsplit, then restore the order.
            let (hay, needle) = if right {
                let mut h = b.clone();
                h.reverse();
                let mut n = sep.clone();
                n.reverse();
                (h, n)
            } else {
                (b.clone(), sep)
            };
            let mut start = 0;
            while parts.len() < max {
                let Some(p) = find_sub(&hay, &needle, start) else {
                    break;
                };
                parts.push(hay[start..p].to_vec());
                start = p + needle.len();
            }
            parts.push(hay[start..].to_vec());
            if right {
                for p in parts.iter_mut() {
                    p.reverse();
                }
                parts.reverse();
            }
        }
        None => {
            let mut hay = b.clone();
            if right {
                hay.reverse();
            }
            let mut i = 0;
            while i < hay.len() {
                while i < hay.len() && is_space(hay[i]) {
                    i += 1;
                }
                if i == hay.len() {
                    break;
                }
                if parts.len() == max {
                    parts.push(hay[i..].to_vec());
                    break;
                }
                let start = i;
                while i < hay.len() && !is_space(hay[i]) {
                    i += 1;
                }
                parts.push(hay[start..i].to_vec());
            }
            if right {
                for p in parts.iter_mut() {
                    p.reverse();
                }
                parts.reverse();
            }
        }
    }
    Ok(Value::list(
        parts.into_iter().map(|p| make(ba, p)).collect(),
    ))
}

fn split(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    split_impl(vm, args, kw, false)
}
fn rsplit(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    split_impl(vm, args, kw, true)
}

fn splitlines(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (b, ba) = recv(vm, args)?;
    let keep = match param(args, kw, 0, "keepends") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let eol = match b[i] {
            b'\n' => 1,
            b'\r' if b.get(i + 1) == Some(&b'\n') => 2,
            b'\r' => 1,
            _ => 0,
        };
        if eol == 0 {
            i += 1;
            continue;
        }
        let end = if keep { i + eol } else { i };
        out.push(make(ba, b[start..end].to_vec()));
        i += eol;
        start = i;
    }
    if start < b.len() {
        out.push(make(ba, b[start..].to_vec()));
    }
    Ok(Value::list(out))
}

fn partition_impl(vm: &mut Vm, args: &[Value], right: bool) -> PyResult<Value> {
    check_args(vm, "partition", args, 1, 1)?;
    let (b, ba) = recv(vm, args)?;
    let sep = arg_bytes(vm, &args[1])?;
    if sep.is_empty() {
        return vm.value_error("empty separator");
    }
    let hit = if right {
        rfind_sub(&b, &sep)
    } else {
        find_sub(&b, &sep, 0)
    };
    let parts = match hit {
        Some(p) => [b[..p].to_vec(), sep.clone(), b[p + sep.len()..].to_vec()],
        None if right => [vec![], vec![], b],
        None => [b, vec![], vec![]],
    };
    Ok(Value::tuple(
        parts.into_iter().map(|p| make(ba, p)).collect(),
    ))
}

fn partition(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    partition_impl(vm, args, false)
}
fn rpartition(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    partition_impl(vm, args, true)
}

fn replace(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "replace", args, 2, 3)?;
    let (b, ba) = recv(vm, args)?;
    let old = arg_bytes(vm, &args[1])?;
    let new = arg_bytes(vm, &args[2])?;
    let count = match args.get(3) {
        Some(v) => vm.index_of(v)?,
        None => -1,
    };
    let mut left = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    if old.is_empty() {
        // An empty pattern matches between every byte (and at both ends).
        while left > 0 && i <= b.len() {
            out.extend_from_slice(&new);
            left -= 1;
            if i < b.len() {
                out.push(b[i]);
            }
            i += 1;
        }
        if i < b.len() {
            out.extend_from_slice(&b[i..]);
        }
        return Ok(make(ba, out));
    }
    while left > 0 {
        let Some(p) = find_sub(&b, &old, i) else {
            break;
        };
        out.extend_from_slice(&b[i..p]);
        out.extend_from_slice(&new);
        i = p + old.len();
        left -= 1;
    }
    out.extend_from_slice(&b[i..]);
    Ok(make(ba, out))
}

fn removeprefix(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "removeprefix", args, 1, 1)?;
    let (b, ba) = recv(vm, args)?;
    let p = arg_bytes(vm, &args[1])?;
    let out = b.strip_prefix(p.as_slice()).unwrap_or(&b).to_vec();
    Ok(make(ba, out))
}

fn removesuffix(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "removesuffix", args, 1, 1)?;
    let (b, ba) = recv(vm, args)?;
    let p = arg_bytes(vm, &args[1])?;
    let out = b.strip_suffix(p.as_slice()).unwrap_or(&b).to_vec();
    Ok(make(ba, out))
}

fn join(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "join", args, 1, 1)?;
    let (sep, ba) = recv(vm, args)?;
    let items = vm.iterate(&args[1])?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        let Some(b) = bytes_like(it) else {
            let tn = vm.type_name(it);
            return vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {tn} found"
            ));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(make(ba, out))
}

fn maketrans(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    // A staticmethod: no receiver.
    if args.len() != 2 {
        return vm.type_error(format!(
            "maketrans expected 2 arguments, got {}",
            args.len()
        ));
    }
    let from = arg_bytes(vm, &args[0])?;
    let to = arg_bytes(vm, &args[1])?;
    if from.len() != to.len() {
        return vm.value_error("maketrans arguments must have same length");
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.into_iter().zip(to) {
        table[f as usize] = t;
    }
    Ok(Value::Bytes(Rc::new(table)))
}

fn translate(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (b, ba) = recv(vm, args)?;
    let table = match param(args, kw, 0, "table") {
        None | Some(Value::None) => None,
        Some(v) => {
            let t = arg_bytes(vm, &v)?;
            if t.len() != 256 {
                return vm.value_error("translation table must be 256 characters long");
            }
            Some(t)
        }
    };
    let delete = match param(args, kw, 1, "delete") {
        Some(v) => arg_bytes(vm, &v)?,
        None => vec![],
    };
    let out = b
        .into_iter()
        .filter(|c| !delete.contains(c))
        .map(|c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(make(ba, out))
}

fn decode(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (b, _) = recv(vm, args)?;
    let (encoding, errors) = codec_args(vm, "decode", args, kw, 0)?;
    Ok(Value::string(super::codecs::decode(
        vm, &b, &encoding, &errors,
    )?))
}

/// (encoding, errors) arguments at positions `first`, `first + 1` (after self).
pub fn codec_args(
    vm: &mut Vm,
    func: &str,
    args: &[Value],
    kw: KwArgs,
    first: usize,
) -> PyResult<(String, String)> {
    let mut text = |i: usize, name: &str, dflt: &str| -> PyResult<String> {
        match param(args, kw, first + i, name) {
            None => Ok(dflt.to_string()),
            Some(Value::Str(s)) => Ok(s.s.to_string()),
            Some(other) => {
                let tn = vm.type_name(&other);
                vm.type_error(format!("{func}() argument '{name}' must be str, not {tn}"))
            }
        }
    };
    Ok((text(0, "encoding", "utf-8")?, text(1, "errors", "strict")?))
}

fn hex(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (b, _) = recv(vm, args)?;
    let sep = match param(args, kw, 0, "sep") {
        None => None,
        Some(v) => {
            let s = match &v {
                Value::Str(s) => s.s.to_string().into_bytes(),
                other => match bytes_like(other) {
                    Some(b) => b,
                    None => {
                        let tn = vm.type_name(other);
                        return vm.type_error(format!("sep must be str or bytes, not {tn}"));
                    }
                },
            };
            if s.len() != 1 {
                return vm.value_error("sep must be length 1.");
            }
            Some(s[0] as char)
        }
    };
    let group = match param(args, kw, 1, "bytes_per_sep") {
        Some(v) => vm.index_of(&v)?,
        None => 1,
    };
    Ok(Value::string(hex_text(&b, sep, group)))
}

/// Hex digits, with `sep` between groups of `group` bytes counted from the
/// right (or from the left when `group` is negative).
pub fn hex_text(b: &[u8], sep: Option<char>, group: i64) -> String {
    let mut out = String::with_capacity(b.len() * 3);
    let n = group.unsigned_abs() as usize;
    for (i, c) in b.iter().enumerate() {
        if let Some(s) = sep
            && i > 0
            && n > 0
        {
            let boundary = if group > 0 {
                (b.len() - i).is_multiple_of(n)
            } else {
                i % n == 0
            };
            if boundary {
                out.push(s);
            }
        }
        out.push_str(&format!("{c:02x}"));
    }
    out
}

fn fromhex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "fromhex", args, 1, 1)?;
    let Some(Value::Type(cls)) = args.first() else {
        return vm.type_error("fromhex() needs a type");
    };
    let Value::Str(s) = &args[1] else {
        let tn = vm.type_name(&args[1]);
        return vm.type_error(format!("fromhex() argument must be str, not {tn}"));
    };
    let chars: Vec<char> = s.s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (None, _) => {
                return vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {i}"
                ));
            }
            (Some(_), None) => {
                return vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                ));
            }
        }
        i += 2;
    }
    let ba = Rc::ptr_eq(cls, &vm.types.bytearray);
    Ok(make(ba, out))
}

/// bytes(...) / bytearray(...) argument conversion.
fn from_source(vm: &mut Vm, args: &[Value], kw: KwArgs, name: &str) -> PyResult<Vec<u8>> {
    let src = param(args, kw, 0, "source");
    let has_codec =
        param(args, kw, 1, "encoding").is_some() || param(args, kw, 2, "errors").is_some();
    if args.len() > 4 {
        return vm.type_error(format!(
            "{name}() takes at most 3 arguments ({} given)",
            args.len() - 1
        ));
    }
    let Some(src) = src else {
        if has_codec {
            return vm.type_error("encoding or errors without sequence argument");
        }
        return Ok(vec![]);
    };
    if let Value::Str(s) = &src {
        if !has_codec {
            return vm.type_error("string argument without an encoding");
        }
        let (enc, errors) = codec_args(vm, name, args, kw, 1)?;
        return super::codecs::encode(vm, &s.s, &enc, &errors);
    }
    if has_codec {
        let what = if param(args, kw, 1, "encoding").is_some() {
            "encoding"
        } else {
            "errors"
        };
        return vm.type_error(format!("{what} without a string argument"));
    }
    if let Some(b) = bytes_like(&src) {
        return Ok(b);
    }
    if let Value::Int(_) | Value::BigInt(_) | Value::Bool(_) = src {
        let n = vm.index_of(&src)?;
        if n < 0 {
            return vm.value_error("negative count");
        }
        return Ok(vec![0; n as usize]);
    }
    let bn = vm.names.__bytes__.clone();
    if name == "bytes"
        && let Some(m) = vm.lookup_method(&src, &bn)
    {
        let r = vm.call_value(m, &[], &[])?;
        return match r {
            Value::Bytes(b) => Ok(b.to_vec()),
            other => {
                let tn = vm.type_name(&other);
                vm.type_error(format!("__bytes__ returned non-bytes (type {tn})"))
            }
        };
    }
    let ix = vm.names.__index__.clone();
    if vm.lookup_method(&src, &ix).is_some() {
        let n = vm.index_of(&src)?;
        if n < 0 {
            return vm.value_error("negative count");
        }
        return Ok(vec![0; n as usize]);
    }
    if !vm.is_iterable(&src) {
        let tn = vm.type_name(&src);
        return vm.type_error(format!("cannot convert '{tn}' object to {name}"));
    }
    let items = vm.iterate(&src)?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let n = match &it {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_) => {
                vm.index_of(&it)?
            }
            other => {
                let tn = vm.type_name(other);
                return vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"));
            }
        };
        if !(0..256).contains(&n) {
            return vm.value_error("bytes must be in range(0, 256)");
        }
        out.push(n as u8);
    }
    Ok(out)
}

fn bytes_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let data = from_source(vm, args, kw, "bytes")?;
    Ok(Value::Bytes(Rc::new(data)))
}

fn bytearray_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let data = from_source(vm, args, kw, "bytearray")?;
    Ok(make(true, data))
}

// ---- bytearray mutation ----

fn this_bytearray(vm: &mut Vm, args: &[Value]) -> PyResult<Rc<RefCell<Vec<u8>>>> {
    match args.first() {
        Some(Value::ByteArray(b)) => Ok(b.clone()),
        _ => vm.type_error("descriptor requires a 'bytearray' object"),
    }
}

fn append(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "append", args, 1, 1)?;
    let b = this_bytearray(vm, args)?;
    let x = int_item(vm, &args[1])?;
    b.borrow_mut().push(x);
    Ok(Value::None)
}

/// An item stored into a bytearray (any object with __index__ in range(256)).
fn int_item(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    if let Value::Str(_) | Value::Float(_) | Value::Bytes(_) = v {
        let tn = vm.type_name(v);
        return vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"));
    }
    byte_value(vm, v)
}

fn extend(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "extend", args, 1, 1)?;
    let b = this_bytearray(vm, args)?;
    let data = match bytes_like(&args[1]) {
        Some(d) => d,
        None => {
            if let Value::Str(_) = &args[1] {
                return vm.type_error("expected iterable of integers; got: 'str'");
            }
            let items = vm.iterate(&args[1])?;
            let mut out = Vec::with_capacity(items.len());
            for it in &items {
                out.push(int_item(vm, it)?);
            }
            out
        }
    };
    b.borrow_mut().extend(data);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "insert", args, 2, 2)?;
    let b = this_bytearray(vm, args)?;
    let i = vm.index_of(&args[1])?;
    let x = int_item(vm, &args[2])?;
    let len = b.borrow().len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    b.borrow_mut().insert(at as usize, x);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "pop", args, 0, 1)?;
    let b = this_bytearray(vm, args)?;
    let len = b.borrow().len();
    if len == 0 {
        return vm.index_error("pop from empty bytearray");
    }
    let i = match args.get(1) {
        Some(v) => vm.index_of(v)?,
        None => -1,
    };
    match crate::vm::protocol::norm_index(i, len) {
        Some(j) => Ok(Value::Int(b.borrow_mut().remove(j) as i64)),
        None => vm.index_error("pop index out of range"),
    }
}

fn remove(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "remove", args, 1, 1)?;
    let b = this_bytearray(vm, args)?;
    let x = int_item(vm, &args[1])?;
    let pos = b.borrow().iter().position(|&c| c == x);
    match pos {
        Some(p) => {
            b.borrow_mut().remove(p);
            Ok(Value::None)
        }
        None => vm.value_error("value not found in bytearray"),
    }
}

fn reverse(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    this_bytearray(vm, args)?.borrow_mut().reverse();
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    this_bytearray(vm, args)?.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let b = this_bytearray(vm, args)?;
    let v = b.borrow().clone();
    Ok(make(true, v))
}

/// `ba[idx] = v` including slice assignment.
pub fn bytearray_setitem(
    vm: &mut Vm,
    b: &Rc<RefCell<Vec<u8>>>,
    idx: &Value,
    v: &Value,
) -> PyResult<()> {
    let Value::Slice(s) = idx else {
        let i = match idx {
            Value::Int(_) | Value::Bool(_) | Value::Instance(_) => vm.index_of(idx)?,
            _ => {
                let tn = vm.type_name(idx);
                return vm.type_error(format!(
                    "bytearray indices must be integers or slices, not {tn}"
                ));
            }
        };
        let x = int_item(vm, v)?;
        let len = b.borrow().len();
        return match crate::vm::protocol::norm_index(i, len) {
            Some(j) => {
                b.borrow_mut()[j] = x;
                Ok(())
            }
            None => vm.index_error("bytearray index out of range"),
        };
    };
    let items = match bytes_like(v) {
        Some(d) => d,
        None if matches!(v, Value::Int(_) | Value::Str(_) | Value::None) || !vm.is_iterable(v) => {
            return vm.type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            );
        }
        None => {
            let items = vm.iterate(v)?;
            let mut out = Vec::with_capacity(items.len());
            for it in &items {
                out.push(int_item(vm, it)?);
            }
            out
        }
    };
    let len = b.borrow().len();
    let (start, stop, step) = vm.slice_indices(s, len)?;
    if step == 1 {
        let stop = stop.max(start);
        b.borrow_mut().splice(start as usize..stop as usize, items);
        return Ok(());
    }
    let pos = vm.slice_positions(s, len)?;
    if pos.len() != items.len() {
        return vm.value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {}",
            items.len(),
            pos.len()
        ));
    }
    let mut data = b.borrow_mut();
    for (p, x) in pos.into_iter().zip(items) {
        data[p] = x;
    }
    Ok(())
}

/// `del ba[idx]` including slices.
pub fn bytearray_delitem(vm: &mut Vm, b: &Rc<RefCell<Vec<u8>>>, idx: &Value) -> PyResult<()> {
    let len = b.borrow().len();
    if let Value::Slice(s) = idx {
        let mut pos = vm.slice_positions(s, len)?;
        pos.sort_unstable();
        let mut data = b.borrow_mut();
        for p in pos.into_iter().rev() {
            data.remove(p);
        }
        return Ok(());
    }
    let i = vm.index_of(idx)?;
    match crate::vm::protocol::norm_index(i, len) {
        Some(j) => {
            b.borrow_mut().remove(j);
            Ok(())
        }
        None => vm.index_error("bytearray index out of range"),
    }
}

pub fn install(vm: &mut Vm) {
    let shared: &[(&'static str, NativeFn)] = &[
        ("decode", decode),
        ("hex", hex),
        ("fromhex", fromhex),
        ("count", b_count),
        ("find", b_find),
        ("rfind", b_rfind),
        ("index", b_index),
        ("rindex", b_rindex),
        ("startswith", b_startswith),
        ("endswith", b_endswith),
        ("lower", lower),
        ("upper", upper),
        ("swapcase", swapcase),
        ("capitalize", capitalize),
        ("title", title),
        ("isalnum", isalnum),
        ("isalpha", isalpha),
        ("isascii", isascii),
        ("isdigit", isdigit),
        ("islower", islower),
        ("isspace", isspace),
        ("istitle", istitle),
        ("isupper", isupper),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("expandtabs", expandtabs),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("split", split),
        ("rsplit", rsplit),
        ("splitlines", splitlines),
        ("partition", partition),
        ("rpartition", rpartition),
        ("replace", replace),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("join", join),
        ("maketrans", maketrans),
        ("translate", translate),
    ];
    for (t, owner) in [
        (vm.types.bytes.clone(), "bytes"),
        (vm.types.bytearray.clone(), "bytearray"),
    ] {
        for (n, f) in shared {
            add_method(vm, &t, owner, n, *f);
        }
        for (name, wrap) in [
            ("fromhex", Value::ClassMethod as fn(Rc<Value>) -> Value),
            ("maketrans", Value::StaticMethod),
        ] {
            let key = vm.intern(name);
            if let Some(f) = t.dict.get_str(&key) {
                t.dict.set_str(key, wrap(Rc::new(f)));
            }
        }
    }
    let t = vm.types.bytes.clone();
    add_method(vm, &t, "bytes", "__new__", bytes_new);
    let t = vm.types.bytearray.clone();
    let mutators: &[(&'static str, NativeFn)] = &[
        ("__new__", bytearray_new),
        ("append", append),
        ("extend", extend),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("reverse", reverse),
        ("clear", clear),
        ("copy", copy),
    ];
    for (n, f) in mutators {
        add_method(vm, &t, "bytearray", n, *f);
    }
}
