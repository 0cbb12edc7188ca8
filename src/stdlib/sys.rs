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

/// Write text to a file-like object (None: sys.stdout).
pub fn write_to(vm: &mut Vm, file: &Value, s: &str) -> PyResult<()> {
    let target = if file.is_none() {
        let sys = vm.import_module("sys", false)?;
        let n = vm.intern("stdout");
        vm.get_attr(&sys, &n)?
    } else {
        file.clone()
    };
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
        Some(Value::Str(s)) => s.s.clone(),
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
    Ok(Value::tuple(vec![t, e, Value::None]))
}

fn exception(vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(vm.current_handled())
}

fn intern(_vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(a.first().cloned().unwrap_or(Value::None))
}

fn set_int_max_str_digits(_vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
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

pub fn module(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module(vm, "sys");
    let obj = vm.types.object.clone();
    let st = vm.new_class("TextIOWrapper", &obj);
    crate::objects::add_method(vm, &st, "TextIOWrapper", "write", s_write);
    crate::objects::add_method(vm, &st, "TextIOWrapper", "flush", s_flush);
    for (n, id) in [
        ("stdout", 1u8),
        ("stderr", 2),
        ("__stdout__", 1),
        ("__stderr__", 2),
    ] {
        let v = vm.new_instance_with(&st, Payload::Native(RefCell::new(Box::new(Stream(id)))));
        set_val(vm, &d, n, v);
    }
    let argv: Vec<Value> = vm.argv.iter().map(|a| Value::str(a)).collect();
    set_val(vm, &d, "argv", Value::list(argv));
    set_fn(vm, &d, "exit", sys_exit);
    set_fn(vm, &d, "getrecursionlimit", getrecursionlimit);
    set_fn(vm, &d, "setrecursionlimit", setrecursionlimit);
    set_fn(vm, &d, "exc_info", exc_info);
    set_fn(vm, &d, "exception", exception);
    set_fn(vm, &d, "intern", intern);
    set_fn(vm, &d, "set_int_max_str_digits", set_int_max_str_digits);
    set_fn(vm, &d, "getsizeof", getsizeof);
    set_fn(vm, &d, "_getframe", getframe);
    set_val(vm, &d, "maxsize", Value::Int(i64::MAX));
    set_val(vm, &d, "byteorder", Value::str("little"));
    set_val(vm, &d, "platform", Value::str("linux"));
    set_val(vm, &d, "implementation_name", Value::str("coil"));
    set_val(vm, &d, "version", Value::str("3.11.7 (coil 0.1.0)"));
    set_val(
        vm,
        &d,
        "version_info",
        Value::tuple(vec![
            Value::Int(3),
            Value::Int(11),
            Value::Int(7),
            Value::str("final"),
            Value::Int(0),
        ]),
    );
    set_val(vm, &d, "modules", Value::Dict(vm.modules.clone()));
    set_val(vm, &d, "path", Value::list(vec![]));
    let _ = Rc::new(());
    Ok(m)
}
