//! BaseException and the exception types with native attributes: the
//! UnicodeError family, ImportError, AttributeError, NameError, SyntaxError
//! (OSError has its own module).

use super::types::cls_arg;
use super::{KwArgs, add_method};
use crate::vm::Vm;
use crate::vm::value::*;
use std::rc::Rc;

/// Which constructor/`__str__` behaviour an exception class inherits.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Base,
    UnicodeEncode,
    UnicodeDecode,
    UnicodeTranslate,
    Import,
    Attribute,
    Name,
    Syntax,
}

fn kind_of(cls: &Rc<TypeObj>) -> Kind {
    for t in cls.mro.borrow().iter() {
        if t.heap {
            continue;
        }
        return match t.name().as_str() {
            "UnicodeEncodeError" => Kind::UnicodeEncode,
            "UnicodeDecodeError" => Kind::UnicodeDecode,
            "UnicodeTranslateError" => Kind::UnicodeTranslate,
            "ImportError" => Kind::Import,
            "AttributeError" => Kind::Attribute,
            "NameError" => Kind::Name,
            "SyntaxError" => Kind::Syntax,
            _ => continue,
        };
    }
    Kind::Base
}

/// Keyword arguments each kind's `__init__` accepts.
fn keywords(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Import => &["name", "path"],
        Kind::Attribute => &["name", "obj"],
        Kind::Name => &["name"],
        _ => &[],
    }
}

pub(super) fn exc_data(v: &Value) -> Option<&std::cell::RefCell<ExcData>> {
    match v {
        Value::Instance(i) => i.exc(),
        _ => None,
    }
}

fn type_check(vm: &mut Vm, v: &Value, ok: bool, pos: usize, want: &str) -> PyResult<()> {
    if ok {
        return Ok(());
    }
    let tn = vm.type_name(v);
    vm.type_error(format!("argument {pos} must be {want}, not {tn}"))
}

/// The fields a constructor call sets.
fn parse_fields(
    vm: &mut Vm,
    kind: Kind,
    args: &[Value],
    kw: KwArgs,
) -> PyResult<Vec<(&'static str, Value)>> {
    let mut fields: Vec<(&'static str, Value)> = Vec::new();
    let kwarg = |name: &str| super::kwarg(kw, name).unwrap_or(Value::None);
    match kind {
        Kind::Base => {}
        Kind::UnicodeEncode | Kind::UnicodeDecode | Kind::UnicodeTranslate => {
            let translate = kind == Kind::UnicodeTranslate;
            let want = if translate { 4 } else { 5 };
            if args.len() != want {
                return vm.type_error(format!(
                    "function takes exactly {want} arguments ({} given)",
                    args.len()
                ));
            }
            let a: Vec<Value> = if translate {
                std::iter::once(Value::None)
                    .chain(args.iter().cloned())
                    .collect()
            } else {
                args.to_vec()
            };
            let p = if translate { 0 } else { 1 };
            if !translate {
                type_check(vm, &a[0], matches!(a[0], Value::Str(_)), 1, "str")?;
            }
            let object = if kind == Kind::UnicodeDecode {
                match &a[1] {
                    Value::Bytes(_) => a[1].clone(),
                    Value::ByteArray(b) => Value::Bytes(Rc::new(b.borrow().clone())),
                    other => {
                        let tn = vm.type_name(other);
                        return vm
                            .type_error(format!("a bytes-like object is required, not '{tn}'"));
                    }
                }
            } else {
                type_check(vm, &a[1], matches!(a[1], Value::Str(_)), 1 + p, "str")?;
                a[1].clone()
            };
            let start = vm.index_of(&a[2])?;
            let end = vm.index_of(&a[3])?;
            type_check(vm, &a[4], matches!(a[4], Value::Str(_)), 4 + p, "str")?;
            fields = vec![
                ("encoding", a[0].clone()),
                ("object", object),
                ("start", Value::Int(start)),
                ("end", Value::Int(end)),
                ("reason", a[4].clone()),
            ];
        }
        Kind::Import => {
            let msg = if args.len() == 1 {
                args[0].clone()
            } else {
                Value::None
            };
            fields = vec![
                ("msg", msg),
                ("name", kwarg("name")),
                ("path", kwarg("path")),
            ];
        }
        Kind::Attribute => fields = vec![("name", kwarg("name")), ("obj", kwarg("obj"))],
        Kind::Name => fields = vec![("name", kwarg("name"))],
        Kind::Syntax => {
            let none = || Value::None;
            let mut f = vec![
                ("msg", args.first().cloned().unwrap_or_else(none)),
                ("filename", none()),
                ("lineno", none()),
                ("offset", none()),
                ("text", none()),
                ("end_lineno", none()),
                ("end_offset", none()),
                ("print_file_and_line", none()),
            ];
            if args.len() == 2 {
                let info = vm.iterate(&args[1])?;
                if !(4..=6).contains(&info.len()) {
                    return vm.index_error("tuple index out of range");
                }
                for (slot, v) in f[1..].iter_mut().zip(info) {
                    slot.1 = v;
                }
            }
            fields = f;
        }
    }
    Ok(fields)
}

fn store(inst: &Value, fields: Vec<(&'static str, Value)>, args: Vec<Value>) {
    if let Some(d) = exc_data(inst) {
        let mut d = d.borrow_mut();
        d.fields = fields;
        d.args = Value::tuple(args);
    }
}

fn exc_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = cls_arg(vm, args)?;
    let rest = &args[1..];
    let kind = kind_of(&cls);
    let inst = vm.new_instance(&cls);
    // Like CPython, __new__ fills the fields; __init__ may redo it.
    let fields = parse_fields(vm, kind, rest, &[]).unwrap_or_default();
    store(&inst, fields, rest.to_vec());
    Ok(inst)
}

fn exc_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(inst) = args.first() else {
        return Ok(Value::None);
    };
    let kind = kind_of(&vm.type_of(inst));
    let allowed = keywords(kind);
    if let Some((k, _)) = kw.iter().find(|(k, _)| !allowed.contains(&k.s.as_str())) {
        let tn = vm.type_name(inst);
        return if allowed.is_empty() {
            vm.type_error(format!("{tn}() takes no keyword arguments"))
        } else {
            vm.type_error(format!(
                "{tn}() got an unexpected keyword argument '{}'",
                k.s
            ))
        };
    }
    let fields = parse_fields(vm, kind, &args[1..], kw)?;
    store(inst, fields, args[1..].to_vec());
    Ok(Value::None)
}

fn exc_with_traceback(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

fn exc_str(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match args.first() {
        Some(v @ Value::Instance(_)) => Ok(Value::string(exc_text(vm, v)?)),
        _ => Ok(Value::str("")),
    }
}

/// A native field of an exception (`e.errno`, `e.start`...).
pub fn exc_field(v: &Value, name: &str) -> Option<Value> {
    let d = exc_data(v)?.borrow();
    d.fields
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v.clone())
}

fn field(v: &Value, name: &str) -> Value {
    exc_field(v, name).unwrap_or(Value::None)
}

/// `str(exc)` for instances of the builtin exception types.
pub fn exc_text(vm: &mut Vm, e: &Value) -> PyResult<String> {
    let cls = vm.type_of(e);
    match kind_of(&cls) {
        Kind::UnicodeEncode | Kind::UnicodeDecode | Kind::UnicodeTranslate => {
            if let Some(s) = unicode_error_text(vm, e, kind_of(&cls))? {
                return Ok(s);
            }
        }
        Kind::Syntax => {
            let msg = vm.str_of(&field(e, "msg"))?;
            let filename = match field(e, "filename") {
                Value::Str(s) => Some(s.s.rsplit('/').next().unwrap_or("").to_string()),
                _ => None,
            };
            let lineno = match field(e, "lineno") {
                Value::Int(n) => Some(n),
                _ => None,
            };
            return Ok(match (filename, lineno) {
                (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
                (Some(f), None) => format!("{msg} ({f})"),
                (None, Some(l)) => format!("{msg} (line {l})"),
                (None, None) => msg,
            });
        }
        _ => {}
    }
    let args = exc_data(e)
        .map(|d| d.borrow().args.clone())
        .unwrap_or(Value::None);
    let is_key = cls.is_subtype(&vm.exc.key_error);
    match &args {
        Value::Tuple(t) if t.is_empty() => Ok(String::new()),
        Value::Tuple(t) if t.len() == 1 => {
            let a = t[0].clone();
            if is_key {
                vm.repr_of(&a)
            } else {
                vm.str_of(&a)
            }
        }
        other => vm.repr_of(other),
    }
}

fn unicode_error_text(vm: &mut Vm, e: &Value, kind: Kind) -> PyResult<Option<String>> {
    let (Value::Int(start), Value::Int(end)) = (field(e, "start"), field(e, "end")) else {
        return Ok(None);
    };
    let reason = vm.str_of(&field(e, "reason"))?;
    let encoding = vm.str_of(&field(e, "encoding"))?;
    let object = field(e, "object");
    let single = end == start + 1 && start >= 0;
    Ok(Some(match kind {
        Kind::UnicodeDecode => {
            let byte = match &object {
                Value::Bytes(b) if single => b.get(start as usize).copied(),
                _ => None,
            };
            match byte {
                Some(b) => format!(
                    "'{encoding}' codec can't decode byte {b:#04x} in position {start}: {reason}"
                ),
                None => format!(
                    "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
                    end - 1
                ),
            }
        }
        _ => {
            let ch = match &object {
                Value::Str(s) if single => s.s.chars().nth(start as usize),
                _ => None,
            };
            let (verb, prefix) = if kind == Kind::UnicodeTranslate {
                ("can't translate", String::new())
            } else {
                ("codec can't encode", format!("'{encoding}' "))
            };
            match ch {
                Some(c) => format!(
                    "{prefix}{verb} character '{}' in position {start}: {reason}",
                    escape_char(c)
                ),
                None => format!(
                    "{prefix}{verb} characters in position {start}-{}: {reason}",
                    end - 1
                ),
            }
        }
    }))
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`, as in UnicodeEncodeError messages.
fn escape_char(c: char) -> String {
    let n = c as u32;
    if n <= 0xff {
        format!("\\x{n:02x}")
    } else if n <= 0xffff {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// A new exception of a builtin type with its native fields set.
fn with_fields(
    vm: &mut Vm,
    ty: &Rc<TypeObj>,
    args: Vec<Value>,
    fields: Vec<(&'static str, Value)>,
) -> Value {
    let e = vm.new_exc_args(ty, Value::tuple(vec![]));
    store(&e, fields, args);
    e
}

/// UnicodeEncodeError(encoding, object, start, end, reason).
pub fn encode_error(
    vm: &mut Vm,
    encoding: &str,
    s: &str,
    range: (usize, usize),
    reason: &str,
) -> Value {
    let ty = vm.exc.unicode_encode_error.clone();
    unicode_error(vm, &ty, encoding, Value::str(s), range, reason)
}

/// UnicodeDecodeError(encoding, object, start, end, reason).
pub fn decode_error(
    vm: &mut Vm,
    encoding: &str,
    b: &[u8],
    range: (usize, usize),
    reason: &str,
) -> Value {
    let ty = vm.exc.unicode_decode_error.clone();
    let object = Value::Bytes(Rc::new(b.to_vec()));
    unicode_error(vm, &ty, encoding, object, range, reason)
}

fn unicode_error(
    vm: &mut Vm,
    ty: &Rc<TypeObj>,
    encoding: &str,
    object: Value,
    (start, end): (usize, usize),
    reason: &str,
) -> Value {
    let fields = vec![
        ("encoding", Value::str(encoding)),
        ("object", object),
        ("start", Value::Int(start as i64)),
        ("end", Value::Int(end as i64)),
        ("reason", Value::str(reason)),
    ];
    let args = fields.iter().map(|(_, v)| v.clone()).collect();
    with_fields(vm, ty, args, fields)
}

pub fn install(vm: &mut Vm) {
    let t = vm.exc.base_exception.clone();
    add_method(vm, &t, "BaseException", "__new__", exc_new);
    add_method(vm, &t, "BaseException", "__init__", exc_init);
    add_method(vm, &t, "BaseException", "__str__", exc_str);
    add_method(
        vm,
        &t,
        "BaseException",
        "with_traceback",
        exc_with_traceback,
    );
}
