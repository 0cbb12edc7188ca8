//! sys: argv, exit, stdout/stderr, recursion limit, version info, exc_info.

use super::{new_module, set_fn, set_val};
use crate::objects::KwArgs;
use crate::vm::Vm;
use crate::vm::value::*;
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

/// Which standard stream a `sys.stdout`/`sys.stderr` object writes to.
struct Stream(u8);

fn stream_of(v: &Value) -> Option<u8> {
    if let Value::Instance(i) = v
        && let Payload::Native(n) = &i.payload
    {
        return n.borrow().downcast_ref::<Stream>().map(|s| s.0);
    }
    None
}

/// The file a `file=` argument names: the object itself, or sys.stdout for None.
pub fn file_or_stdout(vm: &mut Vm, file: &Value) -> PyResult<Value> {
    if !file.is_none() {
        return Ok(file.clone());
    }
    let sys = vm.import_module("sys", false)?;
    let n = vm.intern("stdout");
    vm.get_attr(&sys, &n)
}

/// file.flush() (None: sys.stdout).
pub fn flush_file(vm: &mut Vm, file: &Value) -> PyResult<()> {
    let target = file_or_stdout(vm, file)?;
    if stream_of(&target).is_some() {
        vm.flush_stdout();
        return Ok(());
    }
    let n = vm.intern("flush");
    let f = vm.get_attr(&target, &n)?;
    vm.call_value(f, &[], &[])?;
    Ok(())
}

/// Write text to a file-like object (None: sys.stdout).
pub fn write_to(vm: &mut Vm, file: &Value, s: &str) -> PyResult<()> {
    let target = file_or_stdout(vm, file)?;
    match stream_of(&target) {
        Some(1) => {
            let _ = vm.stdout.borrow_mut().write_all(s.as_bytes());
            Ok(())
        }
        Some(_) => {
            vm.flush_stdout();
            let _ = std::io::stderr().write_all(s.as_bytes());
            Ok(())
        }
        None => {
            let n = vm.intern("write");
            let w = vm.get_attr(&target, &n)?;
            vm.call_value(w, &[Value::str(s)], &[])?;
            Ok(())
        }
    }
}

fn s_write(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let s = match a.get(1) {
        Some(Value::Str(s)) => s.s.to_string(),
        Some(other) => {
            let tn = vm.type_name(other);
            return vm.type_error(format!("write() argument must be str, not {tn}"));
        }
        None => return vm.type_error("write() takes exactly one argument (0 given)"),
    };
    write_to(vm, &a[0], &s)?;
    Ok(Value::Int(s.chars().count() as i64))
}

fn s_flush(vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    vm.flush_stdout();
    Ok(Value::None)
}

fn s_true(_vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

fn s_false(_vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn s_fileno(_vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(a.first().and_then(stream_of).unwrap_or(1) as i64))
}

fn s_isatty(_vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let fd = a.first().and_then(stream_of).unwrap_or(1) as i32;
    // SAFETY: isatty only inspects the descriptor.
    Ok(Value::Bool(unsafe { libc::isatty(fd) } == 1))
}

/// The data attributes of sys.stdout and sys.stderr.
fn s_getattr(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let id = a.first().and_then(stream_of).unwrap_or(1);
    let Some(Value::Str(n)) = a.get(1) else {
        return vm.type_error("attribute name must be string");
    };
    Ok(match n.s.as_str() {
        "name" => Value::str(if id == 1 { "<stdout>" } else { "<stderr>" }),
        "mode" => Value::str("w"),
        "encoding" => Value::str("utf-8"),
        "errors" => Value::str(if id == 1 {
            "strict"
        } else {
            "backslashreplace"
        }),
        "closed" | "line_buffering" => Value::Bool(false),
        other => {
            let other = other.to_string();
            return vm.attribute_error(format!(
                "'_io.TextIOWrapper' object has no attribute '{other}'"
            ));
        }
    })
}

fn sys_exit(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let t = vm.exc.system_exit.clone();
    let args = match a.first() {
        None => Value::tuple(vec![]),
        Some(v) => Value::tuple(vec![v.clone()]),
    };
    Err(vm.new_exc_args(&t, args))
}

fn getrecursionlimit(vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let n = vm.index_of(a.first().unwrap_or(&Value::None))?;
    if n < 1 {
        return vm.value_error("recursion limit must be greater or equal than 1");
    }
    vm.recursion_limit = n as usize;
    Ok(Value::None)
}

fn exc_info(vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let e = vm.current_handled();
    if e.is_none() {
        return Ok(Value::tuple(vec![Value::None, Value::None, Value::None]));
    }
    let t = Value::Type(vm.type_of(&e));
    let tb = crate::objects::frameobj::traceback_of(vm, &e);
    Ok(Value::tuple(vec![t, e, tb]))
}

fn exception(vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(vm.current_handled())
}

fn intern(_vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(a.first().cloned().unwrap_or(Value::None))
}

fn get_int_max_str_digits(vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.int_max_str_digits as i64))
}

fn set_int_max_str_digits(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let arg = match (a.first().cloned(), crate::objects::kwarg(k, "maxdigits")) {
        (Some(v), None) | (None, Some(v)) => v,
        _ => {
            return vm.type_error(
                "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)",
            );
        }
    };
    let n = vm.index_of(&arg)?;
    if n != 0 && n < 640 {
        return vm.value_error("maxdigits must be 0 or larger than 640");
    }
    vm.int_max_str_digits = n as usize;
    Ok(Value::None)
}

/// `_getframe(depth)`: a read-only view (f_code, f_lineno, f_globals, f_back)
/// of a frame on the call stack.
fn getframe(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let depth = match a.first() {
        Some(v) => vm.index_of(v)?,
        None => 0,
    };
    let n = vm.frames.len() as i64;
    if depth < 0 || depth >= n {
        return vm.value_error("call stack is not deep enough");
    }
    let mut back = Value::None;
    for i in 0..(n - depth) as usize {
        let (code, line, globals) = {
            let f = &vm.frames[i];
            (f.code.clone(), f.line(), f.globals.clone())
        };
        let ns = crate::vm::dict::PyDict::new();
        ns.set_str(vm.intern("f_code"), Value::Code(code));
        ns.set_str(vm.intern("f_lineno"), Value::Int(line as i64));
        ns.set_str(vm.intern("f_globals"), Value::Dict(globals));
        ns.set_str(vm.intern("f_back"), back);
        back = Value::Instance(Rc::new(Instance {
            cls: RefCell::new(vm.types.frame.clone()),
            dict: Some(Rc::new(ns)),
            payload: Payload::None,
        }));
    }
    Ok(back)
}

fn getsizeof(_vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(64))
}

fn getdefaultencoding(_vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::str("utf-8"))
}

/// repr of a struct sequence: `sys.name(field=value, ...)`.
fn struct_seq_repr(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let Some(Value::Instance(inst)) = a.first() else {
        return vm.type_error("descriptor '__repr__' requires a struct sequence");
    };
    let mut parts = Vec::new();
    if let Some(d) = &inst.dict {
        for (k, v) in d.items() {
            let r = vm.repr_of(&v)?;
            parts.push(format!("{}={r}", vm.str_of(&k)?));
        }
    }
    let name = inst.class().name();
    Ok(Value::string(format!("sys.{name}({})", parts.join(", "))))
}

/// A read-only named tuple like CPython's struct sequences (sys.version_info...).
fn struct_seq(vm: &mut Vm, name: &str, fields: Vec<(&str, Value)>) -> Value {
    let tuple = vm.types.tuple.clone();
    let t = vm.new_class(name, &tuple);
    t.dict
        .set_str(vm.names.__module__.clone(), Value::str("sys"));
    crate::objects::add_method(vm, &t, "tuple", "__repr__", struct_seq_repr);
    let ns = crate::vm::dict::PyDict::new();
    for (k, v) in &fields {
        ns.set_str(vm.intern(k), v.clone());
    }
    let values = fields.into_iter().map(|(_, v)| v).collect();
    Value::Instance(Rc::new(Instance {
        cls: RefCell::new(t),
        dict: Some(Rc::new(ns)),
        payload: Payload::Tuple(Rc::new(values)),
    }))
}

pub fn module(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module(vm, "sys");
    let obj = vm.types.object.clone();
    let st = vm.new_class("TextIOWrapper", &obj);
    let methods: &[(&'static str, NativeFn)] = &[
        ("write", s_write),
        ("flush", s_flush),
        ("writable", s_true),
        ("readable", s_false),
        ("seekable", s_false),
        ("fileno", s_fileno),
        ("isatty", s_isatty),
        ("__getattr__", s_getattr),
    ];
    for (n, f) in methods {
        crate::objects::add_method(vm, &st, "TextIOWrapper", n, *f);
    }
    for (n, id) in [("stdout", 1u8), ("stderr", 2)] {
        let v = vm.new_instance_with(&st, Payload::Native(RefCell::new(Box::new(Stream(id)))));
        set_val(vm, &d, n, v.clone());
        set_val(vm, &d, &format!("__{n}__"), v);
    }
    let stdin = super::io::stdin(vm);
    set_val(vm, &d, "stdin", stdin.clone());
    set_val(vm, &d, "__stdin__", stdin);
    let argv: Vec<Value> = vm.argv.iter().map(|a| Value::str(a)).collect();
    set_val(vm, &d, "argv", Value::list(argv));
    set_fn(vm, &d, "exit", sys_exit);
    set_fn(vm, &d, "getrecursionlimit", getrecursionlimit);
    set_fn(vm, &d, "setrecursionlimit", setrecursionlimit);
    set_fn(vm, &d, "exc_info", exc_info);
    set_fn(vm, &d, "exception", exception);
    set_fn(vm, &d, "intern", intern);
    set_fn(vm, &d, "set_int_max_str_digits", set_int_max_str_digits);
    set_fn(vm, &d, "get_int_max_str_digits", get_int_max_str_digits);
    set_fn(vm, &d, "getsizeof", getsizeof);
    set_fn(vm, &d, "_getframe", getframe);
    set_val(vm, &d, "maxsize", Value::Int(i64::MAX));
    set_val(vm, &d, "byteorder", Value::str("little"));
    set_val(vm, &d, "platform", Value::str("linux"));
    set_val(vm, &d, "implementation_name", Value::str("coil"));
    set_val(vm, &d, "version", Value::str("3.11.7 (coil 0.1.0)"));
    let i = |n: i64| Value::Int(n);
    let seqs: Vec<(&str, Vec<(&str, Value)>)> = vec![
        (
            "version_info",
            vec![
                ("major", i(3)),
                ("minor", i(11)),
                ("micro", i(7)),
                ("releaselevel", Value::str("final")),
                ("serial", i(0)),
            ],
        ),
        (
            "float_info",
            vec![
                ("max", Value::Float(f64::MAX)),
                ("max_exp", i(f64::MAX_EXP as i64)),
                ("max_10_exp", i(f64::MAX_10_EXP as i64)),
                ("min", Value::Float(f64::MIN_POSITIVE)),
                ("min_exp", i(f64::MIN_EXP as i64)),
                ("min_10_exp", i(f64::MIN_10_EXP as i64)),
                ("dig", i(f64::DIGITS as i64)),
                ("mant_dig", i(f64::MANTISSA_DIGITS as i64)),
                ("epsilon", Value::Float(f64::EPSILON)),
                ("radix", i(f64::RADIX as i64)),
                ("rounds", i(1)),
            ],
        ),
        (
            "int_info",
            vec![
                ("bits_per_digit", i(30)),
                ("sizeof_digit", i(4)),
                ("default_max_str_digits", i(4300)),
                ("str_digits_check_threshold", i(640)),
            ],
        ),
        (
            "hash_info",
            vec![
                ("width", i(64)),
                ("modulus", i((1 << 61) - 1)),
                ("inf", i(314159)),
                ("nan", i(0)),
                ("imag", i(1000003)),
                ("algorithm", Value::str("siphash13")),
                ("hash_bits", i(64)),
                ("seed_bits", i(128)),
                ("cutoff", i(0)),
            ],
        ),
        (
            "flags",
            vec![
                ("debug", i(0)),
                ("inspect", i(0)),
                ("interactive", i(0)),
                ("optimize", i(0)),
                ("dont_write_bytecode", i(0)),
                ("no_user_site", i(0)),
                ("no_site", i(0)),
                ("ignore_environment", i(0)),
                ("verbose", i(0)),
                ("bytes_warning", i(0)),
                ("quiet", i(0)),
                ("hash_randomization", i(1)),
                ("isolated", i(0)),
                ("dev_mode", Value::Bool(false)),
                ("utf8_mode", i(0)),
                ("warn_default_encoding", i(0)),
                ("safe_path", Value::Bool(false)),
                ("int_max_str_digits", i(-1)),
            ],
        ),
    ];
    for (name, fields) in seqs {
        let v = struct_seq(vm, name, fields);
        set_val(vm, &d, name, v);
    }
    set_fn(vm, &d, "getdefaultencoding", getdefaultencoding);
    set_val(vm, &d, "modules", Value::Dict(vm.modules.clone()));
    set_val(vm, &d, "path", Value::list(vec![]));
    Ok(m)
}
