//! repr() and str() of builtin values, with CPython's quoting rules.

use crate::vm::Vm;
use crate::vm::value::*;
use std::rc::Rc;

pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !super::unicode::is_printable(c) => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n <= 0xffff {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

pub fn ascii_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n <= 0xff {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n <= 0xffff {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

pub fn int_str(vm: &mut Vm, v: &Value) -> PyResult<String> {
    Ok(match v {
        Value::Int(i) => crate::fmt::i64_decimal(*i, &mut [0; 64]).to_string(),
        Value::BigInt(b) => {
            let limit = vm.int_max_str_digits;
            // Cheap reject by bit count before converting (like CPython).
            if limit > 0 && b.bits() > 3322 * (limit as u64 + 1) / 1000 + 64 {
                return int_limit_error(vm, limit);
            }
            let s = b.to_string();
            if limit > 0 && s.trim_start_matches('-').len() > limit {
                return int_limit_error(vm, limit);
            }
            s
        }
        _ => String::new(),
    })
}

fn int_limit_error<T>(vm: &mut Vm, limit: usize) -> PyResult<T> {
    vm.value_error(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// str() for builtin (non-instance) values.
pub fn str_builtin(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.s.to_string()),
        Value::Int(i) => Ok(crate::fmt::i64_decimal(*i, &mut [0; 64]).to_string()),
        _ => repr(vm, v),
    }
}

fn seq_repr(
    vm: &mut Vm,
    items: &[Value],
    open: &str,
    close: &str,
    one_comma: bool,
) -> PyResult<String> {
    let mut out = String::from(open);
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&repr(vm, x)?);
    }
    if one_comma && items.len() == 1 {
        out.push(',');
    }
    out.push_str(close);
    Ok(out)
}

thread_local! {
    static REPR_ACTIVE: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Guard against infinite recursion in self-containing containers.
fn enter(v: &Value) -> bool {
    let p = v.ptr().unwrap_or(0);
    REPR_ACTIVE.with(|r| {
        let mut r = r.borrow_mut();
        if r.contains(&p) {
            false
        } else {
            r.push(p);
            true
        }
    })
}

fn leave() {
    REPR_ACTIVE.with(|r| {
        r.borrow_mut().pop();
    });
}

pub fn dict_repr(vm: &mut Vm, d: &crate::vm::dict::PyDict) -> PyResult<String> {
    let mut out = String::from("{");
    for (i, (k, v)) in d.items().into_iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&repr(vm, &k)?);
        out.push_str(": ");
        out.push_str(&repr(vm, &v)?);
    }
    out.push('}');
    Ok(out)
}

pub fn repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if vm.native_depth > 300 {
        let t = vm.exc.recursion_error.clone();
        return Err(vm.new_exc(
            &t,
            "maximum recursion depth exceeded while getting the repr of an object",
        ));
    }
    Ok(match v {
        Value::Undef | Value::None => "None".into(),
        Value::NotImplemented => "NotImplemented".into(),
        Value::Ellipsis => "Ellipsis".into(),
        Value::Bool(b) => if *b { "True" } else { "False" }.into(),
        Value::Int(_) | Value::BigInt(_) => int_str(vm, v)?,
        Value::Float(f) => crate::fmt::float_repr(*f),
        Value::Complex(c) => crate::fmt::complex_repr(c.re, c.im),
        Value::Str(s) => str_repr(&s.s),
        Value::Bytes(b) => bytes_repr(b),
        Value::ByteArray(b) => format!("bytearray({})", bytes_repr(&b.borrow())),
        Value::List(l) => {
            if !enter(v) {
                return Ok("[...]".into());
            }
            let items = l.borrow().clone();
            let r = seq_repr(vm, &items, "[", "]", false);
            leave();
            r?
        }
        Value::Tuple(t) => {
            if !enter(v) {
                return Ok("(...)".into());
            }
            let r = seq_repr(vm, t, "(", ")", true);
            leave();
            r?
        }
        Value::Dict(d) => {
            if !enter(v) {
                return Ok("{...}".into());
            }
            let r = dict_repr(vm, d);
            leave();
            r?
        }
        Value::Set(s) => {
            let items = s.keys();
            if items.is_empty() {
                "set()".into()
            } else {
                seq_repr(vm, &items, "{", "}", false)?
            }
        }
        Value::FrozenSet(s) => {
            let items = s.keys();
            if items.is_empty() {
                "frozenset()".into()
            } else {
                format!("frozenset({})", seq_repr(vm, &items, "{", "}", false)?)
            }
        }
        Value::Range(r) => super::range::repr(vm, r)?,
        Value::Slice(s) => format!(
            "slice({}, {}, {})",
            repr(vm, &s.start)?,
            repr(vm, &s.stop)?,
            repr(vm, &s.step)?
        ),
        Value::Function(f) => format!(
            "<function {} at {:#x}>",
            f.qualname.borrow().s,
            Rc::as_ptr(f) as usize
        ),
        Value::Builtin(b) => match (&b.binding, b.owner) {
            (Some(_), _) | (None, None) => format!("<built-in function {}>", b.name),
            (None, Some(o)) => format!("<method '{}' of '{}' objects>", b.name, o),
        },
        Value::BoundMethod(m) => {
            let fname = match &m.func {
                Value::Function(f) => f.qualname.borrow().s.to_string(),
                Value::Builtin(b) => b.name.to_string(),
                _ => "?".into(),
            };
            if let Value::Builtin(b) = &m.func {
                let tn = vm.type_name(&m.receiver);
                format!(
                    "<built-in method {} of {} object at {:#x}>",
                    b.name,
                    tn,
                    m.receiver.ptr().unwrap_or(0)
                )
            } else {
                let r = repr(vm, &m.receiver)?;
                format!("<bound method {fname} of {r}>")
            }
        }
        Value::Type(t) => {
            let rn = vm.names.__repr__.clone();
            if let Some(m) = vm.meta_dunder(v, &rn) {
                return match vm.call_value(m, &[], &[])? {
                    Value::Str(s) => Ok(s.s.to_string()),
                    other => {
                        let tn = vm.type_name(&other);
                        vm.type_error(format!("__repr__ returned non-string (type {tn})"))
                    }
                };
            }
            let m = t.dict.get_str(&vm.names.__module__.clone());
            match m {
                Some(Value::Str(m)) if m.s != "builtins" => {
                    format!("<class '{}.{}'>", m.s, t.qualname.borrow())
                }
                _ => format!("<class '{}'>", t.qualname.borrow()),
            }
        }
        Value::Module(m) => format!("<module '{}'>", m.name.s),
        Value::Generator(g) => {
            let word = match g.kind {
                GenKind::Generator => "generator",
                GenKind::Coroutine => "coroutine",
                GenKind::AsyncGenerator => "async_generator",
            };
            format!(
                "<{word} object {} at {:#x}>",
                g.qualname().s,
                Rc::as_ptr(g) as usize
            )
        }
        Value::Code(c) => format!(
            "<code object {} at {:#x}, file \"{}\", line {}>",
            c.name.s,
            Rc::as_ptr(c) as usize,
            c.filename.s,
            c.firstlineno
        ),
        Value::Instance(i) => return instance_repr(vm, v, i),
        Value::Iter(_)
        | Value::Cell(_)
        | Value::Property(_)
        | Value::StaticMethod(_)
        | Value::ClassMethod(_) => {
            let tn = vm.type_name(v);
            format!("<{tn} object at {:#x}>", v.ptr().unwrap_or(0))
        }
        Value::Super(s) if s.obj.is_undef() => {
            format!("<super: <class '{}'>, NULL>", s.this_type.name())
        }
        Value::Super(s) => format!(
            "<super: <class '{}'>, <{} object>>",
            s.this_type.name(),
            s.obj_type.name()
        ),
    })
}

fn instance_repr(vm: &mut Vm, v: &Value, i: &Rc<Instance>) -> PyResult<String> {
    let cls = i.class();
    let rn = vm.names.__repr__.clone();
    if let Some(m) = vm.instance_dunder(&cls, &rn) {
        if !enter(v) {
            return Ok("...".into());
        }
        let r = vm.call_value(m, std::slice::from_ref(v), &[]);
        leave();
        return match r? {
            Value::Str(s) => Ok(s.s.to_string()),
            other => {
                let tn = vm.type_name(&other);
                vm.type_error(format!("__repr__ returned non-string (type {tn})"))
            }
        };
    }
    if let Some(e) = i.exc() {
        let args = e.borrow().args.clone();
        let name = cls.name();
        return Ok(match &args {
            Value::Tuple(t) if t.len() == 1 => format!("{name}({})", repr(vm, &t[0].clone())?),
            Value::Tuple(t) => format!("{name}{}", seq_repr(vm, &t.clone(), "(", ")", false)?),
            other => format!("{name}({})", repr(vm, &other.clone())?),
        });
    }
    match &i.payload {
        Payload::Dict(d) => return dict_repr(vm, &d.clone()),
        Payload::DictView(d, kind) => {
            return super::dictview::repr(vm, &d.clone(), *kind, &cls.name());
        }
        Payload::List(l) => {
            let items = l.borrow().clone();
            return seq_repr(vm, &items, "[", "]", false);
        }
        Payload::Tuple(t) => return seq_repr(vm, &t.clone(), "(", ")", true),
        Payload::Int(x) => return repr(vm, &x.clone()),
        Payload::Float(f) => return Ok(crate::fmt::float_repr(*f)),
        Payload::Str(s) => return Ok(str_repr(&s.s)),
        _ => {}
    }
    let m = cls.dict.get_str(&vm.names.__module__.clone());
    let prefix = match m {
        Some(Value::Str(m)) if m.s != "builtins" => format!("{}.", m.s),
        _ => String::new(),
    };
    Ok(format!(
        "<{prefix}{} object at {:#x}>",
        cls.qualname.borrow(),
        Rc::as_ptr(i) as usize
    ))
}
