//! `_re`: the native half of the `re` module. Pattern and Match objects, the finditer
//! iterator, `re.error`, `compile` (with its cache) and `escape`; matching itself is
//! `re_engine`. Positions are CPython's code-point indices.
//!
//! bytes patterns and subjects are matched as latin-1 text (one char per byte), so
//! char positions are byte positions and results are converted back at the edges.

use super::re_engine::{self, Captures, Error, Regex, Scan, TemplatePiece, flags::*};
use super::{new_module, set_fn, set_val};
use crate::objects::{KwArgs, add_method, native};
use crate::vm::Vm;
use crate::vm::dict::PyDict;
use crate::vm::value::*;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// The classes of `_re`, made when the module is first imported.
#[derive(Clone)]
struct Types {
    pattern: Rc<TypeObj>,
    matches: Rc<TypeObj>,
    scanner: Rc<TypeObj>,
    error: Rc<TypeObj>,
}

/// `re.compile`'s cache, keyed by (bytes pattern?, pattern text, flags).
type Cache = HashMap<(bool, String, u32), Value>;
const MAX_CACHE: usize = 512;

thread_local! {
    static TYPES: RefCell<Option<Types>> = const { RefCell::new(None) };
    static CACHE: RefCell<Cache> = RefCell::new(HashMap::new());
}

fn types() -> Types {
    TYPES
        .with(|t| t.borrow().clone())
        .expect("_re types are made at import")
}

/// A compiled pattern (the state of a `re.Pattern` instance).
struct PatternData {
    regex: Regex,
    /// The object given to compile (str or bytes).
    pattern: Value,
    bytes: bool,
    /// `Pattern.flags` as CPython reports them.
    flags: u32,
}

/// The state of a `re.Match` instance.
struct MatchData {
    /// The Pattern object (`Match.re`).
    re: Value,
    pat: Rc<PatternData>,
    /// The subject as given (`Match.string`).
    string: Value,
    /// The text that was matched (latin-1 decoded for bytes).
    text: Rc<PyStr>,
    caps: Captures,
    pos: usize,
    endpos: usize,
}

/// The state of the iterator `finditer` returns.
struct ScanIter {
    re: Value,
    pat: Rc<PatternData>,
    string: Value,
    text: Rc<PyStr>,
    scan: Scan,
    pos: usize,
    endpos: usize,
}

/// The Rust state of a native instance, if `v` is one holding a `T`.
fn data<T: 'static>(v: &Value) -> Option<Rc<T>> {
    if let Value::Instance(i) = v
        && let Payload::Native(n) = &i.payload
    {
        return n.borrow().downcast_ref::<Rc<T>>().cloned();
    }
    None
}

fn this<T: 'static>(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Rc<T>> {
    match data::<T>(v) {
        Some(d) => Ok(d),
        None => {
            let tn = vm.type_name(v);
            vm.type_error(format!(
                "descriptor for 're.{what}' objects doesn't apply to a '{tn}' object"
            ))
        }
    }
}

fn new_native<T: 'static>(vm: &mut Vm, t: &Rc<TypeObj>, d: T) -> Value {
    vm.new_instance_with(t, Payload::Native(RefCell::new(Box::new(Rc::new(d)))))
}

/// Bind the arguments of a method taking `params` (positionally or by name, as CPython's
/// Argument Clinic does); the first `required` must be given.
fn bind<const N: usize>(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: KwArgs,
    params: [&str; N],
    required: usize,
) -> PyResult<[Option<Value>; N]> {
    if args.len() > N {
        let s = if N == 1 { "" } else { "s" };
        return vm.type_error(format!(
            "{name}() takes at most {N} argument{s} ({} given)",
            args.len()
        ));
    }
    let mut out: [Option<Value>; N] = std::array::from_fn(|i| args.get(i).cloned());
    for (k, v) in kw {
        let Some(i) = params.iter().position(|p| *p == k.as_str()) else {
            return vm.type_error(format!(
                "'{}' is an invalid keyword argument for {name}()",
                k.s
            ));
        };
        if out[i].is_some() {
            return vm.type_error(format!(
                "argument for {name}() given by name ('{}') and position ({})",
                k.s,
                i + 1
            ));
        }
        out[i] = Some(v.clone());
    }
    if let Some(i) = (0..required).find(|&i| out[i].is_none()) {
        return vm.type_error(format!(
            "{name}() missing required argument '{}' (pos {})",
            params[i],
            i + 1
        ));
    }
    Ok(out)
}

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

/// A str or bytes value's text (bytes as latin-1), and whether it was bytes.
fn text_of(v: &Value) -> Option<(Rc<PyStr>, bool)> {
    match v {
        Value::Str(s) => Some((s.clone(), false)),
        Value::Bytes(b) => Some((Rc::new(PyStr::new(latin1(b))), true)),
        Value::ByteArray(b) => Some((Rc::new(PyStr::new(latin1(&b.borrow()))), true)),
        Value::Instance(i) => match &i.payload {
            Payload::Str(s) => Some((s.clone(), false)),
            _ => None,
        },
        _ => None,
    }
}

impl PatternData {
    /// A result string of this pattern's kind (bytes patterns give bytes).
    fn out(&self, s: &str) -> Value {
        if self.bytes {
            Value::Bytes(Rc::new(s.chars().map(|c| c as u8).collect()))
        } else {
            Value::str(s)
        }
    }

    /// The text to match in a subject, checking it is of the pattern's kind.
    fn subject(&self, vm: &mut Vm, v: &Value) -> PyResult<Rc<PyStr>> {
        match text_of(v) {
            Some((t, b)) if b == self.bytes => Ok(t),
            Some((_, true)) => vm.type_error("cannot use a string pattern on a bytes-like object"),
            Some((_, false)) => vm.type_error("cannot use a bytes pattern on a string-like object"),
            None => {
                let tn = vm.type_name(v);
                vm.type_error(format!("expected string or bytes-like object, got '{tn}'"))
            }
        }
    }

    fn group_number(&self, name: &str) -> Option<usize> {
        self.regex
            .group_index()
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, g)| *g)
    }

    fn template(&self, vm: &mut Vm, t: &Value) -> PyResult<Vec<TemplatePiece>> {
        let text = match text_of(t) {
            Some((s, b)) if b == self.bytes => s,
            _ => {
                let tn = vm.type_name(t);
                let want = if self.bytes {
                    "a bytes-like object"
                } else {
                    "str instance"
                };
                return vm.type_error(format!("expected {want}, {tn} found"));
            }
        };
        re_engine::parse_template(&text.s, &self.regex).map_err(|e| engine_error(vm, e, t))
    }
}

/// The Python exception for an engine error; `source` is the pattern or template.
fn engine_error(vm: &mut Vm, e: Error, source: &Value) -> Value {
    let (t, msg) = match e {
        Error::Syntax { msg, pos } => {
            let error = Value::Type(types().error);
            let args = match pos {
                Some(p) => vec![Value::string(msg), source.clone(), Value::Int(p as i64)],
                None => vec![Value::string(msg)],
            };
            return match vm.call_value(error, &args, &[]) {
                Ok(exc) | Err(exc) => exc,
            };
        }
        Error::Value(m) => (vm.exc.value_error.clone(), m),
        Error::Overflow(m) => (vm.exc.overflow_error.clone(), m),
        Error::Index(m) => (vm.exc.index_error.clone(), m),
        Error::Runtime(m) => (vm.exc.runtime_error.clone(), m),
    };
    vm.new_exc(&t, &msg)
}

// ---------------------------------------------------------------------------
// re.error
// ---------------------------------------------------------------------------

/// `error(msg, pattern=None, pos=None)`: the message gets the position (and line and
/// column for multi-line patterns) appended, as in CPython.
fn error_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [msg, pattern, pos] = bind(vm, "error", &args[1..], kw, ["msg", "pattern", "pos"], 1)?;
    let msg = msg.unwrap_or(Value::None);
    let pattern = pattern.unwrap_or(Value::None);
    let pos = pos.unwrap_or(Value::None);
    let mut text = msg.clone();
    let (mut lineno, mut colno) = (Value::None, Value::None);
    if !pattern.is_none() && !pos.is_none() {
        let p = vm.index_of(&pos)?.max(0) as usize;
        let m = vm.str_of(&msg)?;
        let src = text_of(&pattern)
            .map(|t| t.0.s.to_string())
            .unwrap_or_default();
        let (l, c) = re_engine::line_col(&src, p);
        text = Value::string(re_engine::error_text(&m, &src, p));
        (lineno, colno) = (Value::Int(l as i64), Value::Int(c as i64));
    }
    let inst = &args[0];
    if let Value::Instance(i) = inst {
        if let Some(e) = i.exc() {
            e.borrow_mut().args = Value::tuple(vec![text]);
        }
        if let Some(d) = &i.dict {
            for (k, v) in [
                ("msg", msg),
                ("pattern", pattern),
                ("pos", pos),
                ("lineno", lineno),
                ("colno", colno),
            ] {
                d.set_str(vm.intern(k), v);
            }
        }
    }
    Ok(Value::None)
}

// ---------------------------------------------------------------------------
// compile, escape, purge
// ---------------------------------------------------------------------------

fn re_compile(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [pattern, flags] = bind(vm, "compile", args, kw, ["pattern", "flags"], 1)?;
    let pattern = pattern.unwrap_or(Value::None);
    let flags = match flags {
        Some(f) => vm.index_of(&f)? as u32,
        None => 0,
    };
    if data::<PatternData>(&pattern).is_some() {
        if flags != 0 {
            return vm.value_error("cannot process flags argument with a compiled pattern");
        }
        return Ok(pattern);
    }
    let Some((text, bytes)) = text_of(&pattern) else {
        return vm.type_error("first argument must be string or compiled pattern");
    };
    // Only exact str/bytes patterns are cached: a subclass instance must come back as
    // `Pattern.pattern`.
    let cacheable = matches!(pattern, Value::Str(_) | Value::Bytes(_));
    let key = (bytes, text.s.to_string(), flags);
    if cacheable && let Some(p) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(p);
    }
    let p = compile_new(vm, pattern, &text.s, bytes, flags)?;
    if cacheable {
        CACHE.with(|c| {
            let mut c = c.borrow_mut();
            if c.len() >= MAX_CACHE {
                c.clear();
            }
            c.insert(key, p.clone());
        });
    }
    Ok(p)
}

fn compile_new(
    vm: &mut Vm,
    pattern: Value,
    text: &str,
    bytes: bool,
    flags: u32,
) -> PyResult<Value> {
    let engine_flags = if bytes {
        if flags & UNICODE != 0 {
            return vm.value_error("cannot use UNICODE flag with a bytes pattern");
        }
        if flags & LOCALE != 0 && flags & ASCII != 0 {
            return vm.value_error("ASCII and LOCALE flags are incompatible");
        }
        // bytes classes are ASCII-only (LOCALE is approximated by ASCII).
        (flags & !LOCALE) | ASCII
    } else {
        flags
    };
    let regex = Regex::compile(text, engine_flags).map_err(|e| engine_error(vm, e, &pattern))?;
    let shown = if bytes {
        (regex.flags() & !(ASCII | UNICODE)) | (flags & (ASCII | LOCALE))
    } else {
        regex.flags()
    };
    let d = PatternData {
        regex,
        pattern,
        bytes,
        flags: shown,
    };
    Ok(new_native(vm, &types().pattern, d))
}

fn re_purge(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    CACHE.with(|c| c.borrow_mut().clear());
    Ok(Value::None)
}

fn re_escape(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let [pattern] = bind(vm, "escape", args, kw, ["pattern"], 1)?;
    let pattern = pattern.unwrap_or(Value::None);
    match text_of(&pattern) {
        Some((t, false)) => Ok(Value::string(re_engine::escape(&t.s))),
        Some((t, true)) => Ok(Value::Bytes(Rc::new(
            re_engine::escape(&t.s).chars().map(|c| c as u8).collect(),
        ))),
        None => {
            let tn = vm.type_name(&pattern);
            vm.type_error(format!("expected str or bytes-like object, got '{tn}'"))
        }
    }
}

// ---------------------------------------------------------------------------
// Pattern
// ---------------------------------------------------------------------------

fn no_instances(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let name = match args.first() {
        Some(Value::Type(t)) => t.name(),
        _ => "?".into(),
    };
    vm.type_error(format!("cannot create 're.{name}' instances"))
}

/// Clamp Python's pos/endpos arguments to the subject's length.
fn clamp(vm: &mut Vm, v: Option<Value>, default: usize, len: usize) -> PyResult<usize> {
    let i = match v {
        Some(v) => vm.index_of(&v)?,
        None => return Ok(default.min(len)),
    };
    Ok((i.max(0) as usize).min(len))
}

/// The receiver, subject text and pos/endpos of search/match/fullmatch/finditer/findall.
type Call = (Rc<PatternData>, Value, Rc<PyStr>, usize, usize);

fn search_args(vm: &mut Vm, name: &str, args: &[Value], kw: KwArgs) -> PyResult<Call> {
    let pat = this::<PatternData>(vm, &args[0], "Pattern")?;
    let [string, pos, endpos] = bind(vm, name, &args[1..], kw, ["string", "pos", "endpos"], 1)?;
    let string = string.unwrap_or(Value::None);
    let text = pat.subject(vm, &string)?;
    let len = text.char_len();
    let pos = clamp(vm, pos, 0, len)?;
    let endpos = clamp(vm, endpos, len, len)?;
    Ok((pat, string, text, pos, endpos))
}

fn new_match(
    re: &Value,
    pat: &Rc<PatternData>,
    string: &Value,
    text: &Rc<PyStr>,
    caps: Captures,
    pos: usize,
    endpos: usize,
) -> Value {
    let d = MatchData {
        re: re.clone(),
        pat: pat.clone(),
        string: string.clone(),
        text: text.clone(),
        caps,
        pos,
        endpos,
    };
    let t = types().matches;
    Value::Instance(Rc::new(Instance {
        cls: RefCell::new(t),
        dict: None,
        payload: Payload::Native(RefCell::new(Box::new(Rc::new(d)))),
    }))
}

#[derive(Clone, Copy)]
enum Anchor {
    Search,
    Match,
    Full,
}

fn run(vm: &mut Vm, name: &str, how: Anchor, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (pat, string, text, pos, endpos) = search_args(vm, name, args, kw)?;
    let r = match how {
        Anchor::Search => pat.regex.search(&text.s, pos, endpos),
        Anchor::Match => pat.regex.match_at(&text.s, pos, endpos),
        Anchor::Full => pat.regex.fullmatch(&text.s, pos, endpos),
    };
    match r.map_err(|e| engine_error(vm, e, &pat.pattern))? {
        Some(caps) => Ok(new_match(&args[0], &pat, &string, &text, caps, pos, endpos)),
        None => Ok(Value::None),
    }
}

fn p_search(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    run(vm, "search", Anchor::Search, args, kw)
}

fn p_match(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    run(vm, "match", Anchor::Match, args, kw)
}

fn p_fullmatch(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    run(vm, "fullmatch", Anchor::Full, args, kw)
}

fn p_finditer(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (pat, string, text, pos, endpos) = search_args(vm, "finditer", args, kw)?;
    let it = ScanIter {
        re: args[0].clone(),
        scan: pat.regex.scan(&text.s, pos, endpos),
        pat,
        string,
        text,
        pos,
        endpos,
    };
    let t = types().scanner;
    Ok(vm.new_instance_with(&t, Payload::Native(RefCell::new(Box::new(it)))))
}

fn it_iter(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn it_next(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Value::Instance(i) = &args[0] else {
        return vm.type_error("expected a callable_iterator");
    };
    let Payload::Native(n) = &i.payload else {
        return vm.type_error("expected a callable_iterator");
    };
    let mut b = n.borrow_mut();
    let Some(it) = b.downcast_mut::<ScanIter>() else {
        drop(b);
        return vm.type_error("expected a callable_iterator");
    };
    match it.pat.regex.scan_next(&it.text.s, &mut it.scan) {
        Ok(Some(caps)) => Ok(new_match(
            &it.re, &it.pat, &it.string, &it.text, caps, it.pos, it.endpos,
        )),
        Ok(None) => {
            drop(b);
            Err(vm.stop_iteration(Value::None))
        }
        Err(e) => {
            let p = it.pat.pattern.clone();
            drop(b);
            Err(engine_error(vm, e, &p))
        }
    }
}

fn p_findall(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (pat, _, text, pos, endpos) = search_args(vm, "findall", args, kw)?;
    let groups = pat.regex.groups();
    let group = |c: &Captures, i: usize| pat.out(c.group_str(&text.s, i).unwrap_or(""));
    let mut out = Vec::new();
    let mut scan = pat.regex.scan(&text.s, pos, endpos);
    loop {
        match pat.regex.scan_next(&text.s, &mut scan) {
            Ok(Some(c)) => out.push(match groups {
                0 => group(&c, 0),
                1 => group(&c, 1),
                n => Value::tuple((1..=n).map(|i| group(&c, i)).collect()),
            }),
            Ok(None) => break,
            Err(e) => return Err(engine_error(vm, e, &pat.pattern)),
        }
    }
    Ok(Value::list(out))
}

/// A count argument of split/sub: 0 means no limit, a negative one stops at once.
fn limit(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<usize>> {
    match v {
        None => Ok(None),
        Some(v) => match vm.index_of(&v)? {
            0 => Ok(None),
            n => Ok(Some(n.max(0) as usize)),
        },
    }
}

fn p_split(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let pat = this::<PatternData>(vm, &args[0], "Pattern")?;
    let [string, maxsplit] = bind(vm, "split", &args[1..], kw, ["string", "maxsplit"], 1)?;
    let text = pat.subject(vm, &string.unwrap_or(Value::None))?;
    let maxsplit = limit(vm, maxsplit)?;
    let s = &text.s;
    let mut out = Vec::new();
    let mut last = 0;
    let mut scan = pat.regex.scan(s, 0, usize::MAX);
    let mut n = 0;
    while maxsplit.is_none_or(|m| n < m) {
        let c = match pat.regex.scan_next(s, &mut scan) {
            Ok(Some(c)) => c,
            Ok(None) => break,
            Err(e) => return Err(engine_error(vm, e, &pat.pattern)),
        };
        let Some((b, e)) = c.byte_spans[0] else { break };
        out.push(pat.out(&s[last..b]));
        for i in 1..c.byte_spans.len() {
            out.push(match c.group_str(s, i) {
                Some(g) => pat.out(g),
                None => Value::None,
            });
        }
        last = e;
        n += 1;
    }
    out.push(pat.out(&s[last..]));
    Ok(Value::list(out))
}

/// What `sub` puts in place of each match.
enum Repl {
    Literal(String),
    Template(Vec<TemplatePiece>),
    Call(Value),
}

fn subx(vm: &mut Vm, name: &str, args: &[Value], kw: KwArgs) -> PyResult<(Value, usize)> {
    let pat = this::<PatternData>(vm, &args[0], "Pattern")?;
    let [repl, string, count] = bind(vm, name, &args[1..], kw, ["repl", "string", "count"], 2)?;
    let repl = repl.unwrap_or(Value::None);
    let string = string.unwrap_or(Value::None);
    let text = pat.subject(vm, &string)?;
    let count = limit(vm, count)?;
    let repl = match text_of(&repl) {
        Some((t, b)) if b == pat.bytes && !t.s.contains('\\') => Repl::Literal(t.s.to_string()),
        Some(_) => Repl::Template(pat.template(vm, &repl)?),
        None if callable(vm, &repl) => Repl::Call(repl),
        None => {
            let tn = vm.type_name(&repl);
            return vm.type_error(format!(
                "decoding to str: need a bytes-like object, {tn} found"
            ));
        }
    };
    let s = &text.s;
    let len = text.char_len();
    let mut out = String::with_capacity(s.len());
    // Pieces CPython would have joined so far (for its join error message).
    let mut pieces = 0;
    let mut last = 0;
    let mut scan = pat.regex.scan(s, 0, usize::MAX);
    let mut n = 0;
    while count.is_none_or(|m| n < m) {
        let c = match pat.regex.scan_next(s, &mut scan) {
            Ok(Some(c)) => c,
            Ok(None) => break,
            Err(e) => return Err(engine_error(vm, e, &pat.pattern)),
        };
        let Some((b, e)) = c.byte_spans[0] else { break };
        if last < b {
            out.push_str(&s[last..b]);
            pieces += 1;
        }
        match &repl {
            Repl::Literal(l) => out.push_str(l),
            Repl::Template(t) => out.push_str(&re_engine::expand_template(t, &c, s)),
            Repl::Call(f) => {
                let m = new_match(&args[0], &pat, &string, &text, c, 0, len);
                let r = vm.call_value(f.clone(), &[m], &[])?;
                match text_of(&r) {
                    _ if r.is_none() => {}
                    Some((t, b)) if b == pat.bytes => {
                        out.push_str(&t.s);
                        pieces += 1;
                    }
                    _ => {
                        let tn = vm.type_name(&r);
                        let want = if pat.bytes {
                            "a bytes-like object"
                        } else {
                            "str instance"
                        };
                        return vm.type_error(format!(
                            "sequence item {pieces}: expected {want}, {tn} found"
                        ));
                    }
                }
            }
        }
        last = e;
        n += 1;
    }
    out.push_str(&s[last..]);
    Ok((pat.out(&out), n))
}

/// The builtin `callable()`.
fn callable(vm: &mut Vm, v: &Value) -> bool {
    let name = vm.intern("callable");
    let Some(f) = vm.builtins.get_str(&name) else {
        return false;
    };
    matches!(
        vm.call_value(f, std::slice::from_ref(v), &[]),
        Ok(Value::Bool(true))
    )
}

fn p_sub(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    Ok(subx(vm, "sub", args, kw)?.0)
}

fn p_subn(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (s, n) = subx(vm, "subn", args, kw)?;
    Ok(Value::tuple(vec![s, Value::Int(n as i64)]))
}

/// `re.compile('a+', re.IGNORECASE)`: flag names in CPython's order, UNICODE left out
/// for str patterns where it is implied.
fn p_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let pat = this::<PatternData>(vm, &args[0], "Pattern")?;
    let r: String = vm.repr_of(&pat.pattern)?.chars().take(200).collect();
    let mut flags = pat.flags;
    if flags & (LOCALE | UNICODE | ASCII) == UNICODE {
        flags &= !UNICODE;
    }
    if flags == 0 {
        return Ok(Value::string(format!("re.compile({r})")));
    }
    let names = [
        (TEMPLATE, "re.TEMPLATE"),
        (IGNORECASE, "re.IGNORECASE"),
        (LOCALE, "re.LOCALE"),
        (MULTILINE, "re.MULTILINE"),
        (DOTALL, "re.DOTALL"),
        (UNICODE, "re.UNICODE"),
        (VERBOSE, "re.VERBOSE"),
        (DEBUG, "re.DEBUG"),
        (ASCII, "re.ASCII"),
    ];
    let mut parts = Vec::new();
    for (bit, name) in names {
        if flags & bit != 0 {
            parts.push(name.to_string());
            flags &= !bit;
        }
    }
    if flags != 0 {
        parts.push(format!("{flags:#x}"));
    }
    Ok(Value::string(format!(
        "re.compile({r}, {})",
        parts.join("|")
    )))
}

fn p_eq(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let a = this::<PatternData>(vm, &args[0], "Pattern")?;
    let Some(b) = args.get(1).and_then(data::<PatternData>) else {
        return Ok(Value::NotImplemented);
    };
    let same = Rc::ptr_eq(&a, &b)
        || (a.flags == b.flags && a.bytes == b.bytes && vm.eq_bool(&a.pattern, &b.pattern)?);
    Ok(Value::Bool(same))
}

fn p_hash(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let pat = this::<PatternData>(vm, &args[0], "Pattern")?;
    let h = vm.hash(&pat.pattern)? ^ (pat.flags as i64).wrapping_mul(1_000_003);
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

fn p_pattern(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(this::<PatternData>(vm, &args[0], "Pattern")?
        .pattern
        .clone())
}

fn p_flags(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(
        this::<PatternData>(vm, &args[0], "Pattern")?.flags as i64,
    ))
}

fn p_groups(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let pat = this::<PatternData>(vm, &args[0], "Pattern")?;
    Ok(Value::Int(pat.regex.groups() as i64))
}

fn p_groupindex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let pat = this::<PatternData>(vm, &args[0], "Pattern")?;
    let d = Rc::new(PyDict::new());
    for (name, g) in pat.regex.group_index() {
        d.set_str(Rc::new(PyStr::new(name.clone())), Value::Int(*g as i64));
    }
    Ok(Value::Dict(d))
}

fn same(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(args[0].clone())
}

// ---------------------------------------------------------------------------
// Match
// ---------------------------------------------------------------------------

impl MatchData {
    /// The group a `group()`-style argument names (an int or a group name).
    fn index(&self, vm: &mut Vm, g: &Value) -> PyResult<usize> {
        let n = self.caps.byte_spans.len();
        let i = match g {
            Value::Int(_) | Value::Bool(_) => Some(vm.index_of(g)?),
            Value::Str(name) => self.pat.group_number(&name.s).map(|x| x as i64),
            Value::Instance(i) => match &i.payload {
                Payload::Str(name) => self.pat.group_number(&name.s).map(|x| x as i64),
                _ => vm.index_of(g).ok(),
            },
            _ => None,
        };
        match i {
            Some(i) if i >= 0 && (i as usize) < n => Ok(i as usize),
            _ => vm.index_error("no such group"),
        }
    }

    fn group(&self, i: usize, default: &Value) -> Value {
        match self.caps.group_str(&self.text.s, i) {
            Some(s) => self.pat.out(s),
            None => default.clone(),
        }
    }

    fn span(&self, i: usize) -> (i64, i64) {
        match self.caps.span(&self.text.s, i) {
            Some((s, e)) => (s as i64, e as i64),
            None => (-1, -1),
        }
    }
}

fn span_value((s, e): (i64, i64)) -> Value {
    Value::tuple(vec![Value::Int(s), Value::Int(e)])
}

fn m_group(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let m = this::<MatchData>(vm, &args[0], "Match")?;
    match &args[1..] {
        [] => Ok(m.group(0, &Value::None)),
        [g] => {
            let i = m.index(vm, g)?;
            Ok(m.group(i, &Value::None))
        }
        gs => {
            let mut out = Vec::with_capacity(gs.len());
            for g in gs {
                let i = m.index(vm, g)?;
                out.push(m.group(i, &Value::None));
            }
            Ok(Value::tuple(out))
        }
    }
}

fn m_groups(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let m = this::<MatchData>(vm, &args[0], "Match")?;
    let [default] = bind(vm, "groups", &args[1..], kw, ["default"], 0)?;
    let default = default.unwrap_or(Value::None);
    let n = m.caps.byte_spans.len();
    Ok(Value::tuple((1..n).map(|i| m.group(i, &default)).collect()))
}

fn m_groupdict(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let m = this::<MatchData>(vm, &args[0], "Match")?;
    let [default] = bind(vm, "groupdict", &args[1..], kw, ["default"], 0)?;
    let default = default.unwrap_or(Value::None);
    let d = Rc::new(PyDict::new());
    for (name, g) in m.pat.regex.group_index() {
        d.set_str(Rc::new(PyStr::new(name.clone())), m.group(*g, &default));
    }
    Ok(Value::Dict(d))
}

/// The group argument of start/end/span (default 0).
fn span_arg(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<(i64, i64)> {
    let m = this::<MatchData>(vm, &args[0], "Match")?;
    let i = match &args[1..] {
        [] => 0,
        [g] => m.index(vm, g)?,
        more => {
            return vm.type_error(format!(
                "{name} expected at most 1 argument, got {}",
                more.len()
            ));
        }
    };
    Ok(m.span(i))
}

fn m_start(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(span_arg(vm, "start", args)?.0))
}

fn m_end(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(span_arg(vm, "end", args)?.1))
}

fn m_span(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(span_value(span_arg(vm, "span", args)?))
}

fn m_expand(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let m = this::<MatchData>(vm, &args[0], "Match")?;
    let [template] = bind(vm, "expand", &args[1..], kw, ["template"], 1)?;
    let pieces = m.pat.template(vm, &template.unwrap_or(Value::None))?;
    Ok(m.pat
        .out(&re_engine::expand_template(&pieces, &m.caps, &m.text.s)))
}

fn m_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let m = this::<MatchData>(vm, &args[0], "Match")?;
    let (s, e) = m.span(0);
    let g = m.group(0, &Value::None);
    let r: String = vm.repr_of(&g)?.chars().take(50).collect();
    Ok(Value::string(format!(
        "<re.Match object; span=({s}, {e}), match={r}>"
    )))
}

fn m_re(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(this::<MatchData>(vm, &args[0], "Match")?.re.clone())
}

fn m_string(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(this::<MatchData>(vm, &args[0], "Match")?.string.clone())
}

fn m_pos(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(
        this::<MatchData>(vm, &args[0], "Match")?.pos as i64,
    ))
}

fn m_endpos(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(
        this::<MatchData>(vm, &args[0], "Match")?.endpos as i64,
    ))
}

fn m_lastindex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let m = this::<MatchData>(vm, &args[0], "Match")?;
    Ok(match m.caps.lastindex {
        Some(i) => Value::Int(i as i64),
        None => Value::None,
    })
}

fn m_lastgroup(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let m = this::<MatchData>(vm, &args[0], "Match")?;
    let name = m.caps.lastindex.and_then(|i| {
        m.pat
            .regex
            .group_index()
            .iter()
            .find(|(_, g)| *g == i)
            .map(|(n, _)| n.clone())
    });
    Ok(name.map(Value::string).unwrap_or(Value::None))
}

fn m_regs(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let m = this::<MatchData>(vm, &args[0], "Match")?;
    let n = m.caps.byte_spans.len();
    Ok(Value::tuple(
        (0..n).map(|i| span_value(m.span(i))).collect(),
    ))
}

// ---------------------------------------------------------------------------
// Module
// ---------------------------------------------------------------------------

fn property(vm: &mut Vm, t: &Rc<TypeObj>, name: &'static str, f: NativeFn) {
    let p = Value::Property(Rc::new(Property {
        fget: native(name, f),
        fset: Value::None,
        fdel: Value::None,
        doc: Value::None,
        name: std::cell::RefCell::new(Value::str(name)),
    }));
    t.dict.set_str(vm.intern(name), p);
}

fn re_type(vm: &mut Vm, name: &'static str, module: &str, base: &Rc<TypeObj>) -> Rc<TypeObj> {
    let t = vm.new_class(name, base);
    t.dict
        .set_str(vm.names.__module__.clone(), Value::str(module));
    t
}

fn make_types(vm: &mut Vm) -> Types {
    let object = vm.types.object.clone();
    let pattern = re_type(vm, "Pattern", "re", &object);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__new__", no_instances),
        ("search", p_search),
        ("match", p_match),
        ("fullmatch", p_fullmatch),
        ("finditer", p_finditer),
        ("findall", p_findall),
        ("split", p_split),
        ("sub", p_sub),
        ("subn", p_subn),
        ("_repr", p_repr),
        ("_eq", p_eq),
        ("_hash", p_hash),
        ("__copy__", same),
        ("__deepcopy__", same),
    ];
    for (n, f) in methods {
        add_method(vm, &pattern, "re.Pattern", n, *f);
    }
    let props: &[(&'static str, NativeFn)] = &[
        ("pattern", p_pattern),
        ("flags", p_flags),
        ("groups", p_groups),
        ("groupindex", p_groupindex),
    ];
    for (n, f) in props {
        property(vm, &pattern, n, *f);
    }

    let matches = re_type(vm, "Match", "re", &object);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__new__", no_instances),
        ("group", m_group),
        ("groups", m_groups),
        ("groupdict", m_groupdict),
        ("start", m_start),
        ("end", m_end),
        ("span", m_span),
        ("expand", m_expand),
        ("_repr", m_repr),
        ("__copy__", same),
        ("__deepcopy__", same),
    ];
    for (n, f) in methods {
        add_method(vm, &matches, "re.Match", n, *f);
    }
    let props: &[(&'static str, NativeFn)] = &[
        ("re", m_re),
        ("string", m_string),
        ("pos", m_pos),
        ("endpos", m_endpos),
        ("lastindex", m_lastindex),
        ("lastgroup", m_lastgroup),
        ("regs", m_regs),
    ];
    for (n, f) in props {
        property(vm, &matches, n, *f);
    }

    let scanner = re_type(vm, "callable_iterator", "builtins", &object);
    add_method(vm, &scanner, "callable_iterator", "__iter__", it_iter);
    add_method(vm, &scanner, "callable_iterator", "__next__", it_next);

    let exception = vm.exc.exception.clone();
    let error = re_type(vm, "error", "re", &exception);
    add_method(vm, &error, "re.error", "__init__", error_init);
    Types {
        pattern,
        matches,
        scanner,
        error,
    }
}

pub fn module(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module(vm, "_re");
    let t = make_types(vm);
    set_val(vm, &d, "Pattern", Value::Type(t.pattern.clone()));
    set_val(vm, &d, "Match", Value::Type(t.matches.clone()));
    set_val(vm, &d, "error", Value::Type(t.error.clone()));
    TYPES.with(|c| *c.borrow_mut() = Some(t));
    set_fn(vm, &d, "compile", re_compile);
    set_fn(vm, &d, "escape", re_escape);
    set_fn(vm, &d, "purge", re_purge);
    Ok(m)
}
