//! OSError: errno/strerror/filename attributes, the errno-to-subclass mapping of
//! `OSError(errno, ...)`, and building errors from failed system calls.

use crate::objects::{KwArgs, add_method};
use crate::vm::Vm;
use crate::vm::value::*;
use std::rc::Rc;

/// The OSError subclass CPython picks for an errno (None: plain OSError).
fn subclass_name(errno: i32) -> Option<&'static str> {
    Some(match errno {
        libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => "BlockingIOError",
        libc::ECHILD => "ChildProcessError",
        libc::EPIPE | libc::ESHUTDOWN => "BrokenPipeError",
        libc::ECONNABORTED => "ConnectionAbortedError",
        libc::ECONNREFUSED => "ConnectionRefusedError",
        libc::ECONNRESET => "ConnectionResetError",
        libc::EEXIST => "FileExistsError",
        libc::ENOENT => "FileNotFoundError",
        libc::EISDIR => "IsADirectoryError",
        libc::ENOTDIR => "NotADirectoryError",
        libc::EINTR => "InterruptedError",
        libc::EACCES | libc::EPERM => "PermissionError",
        libc::ESRCH => "ProcessLookupError",
        libc::ETIMEDOUT => "TimeoutError",
        _ => return None,
    })
}

fn subclass_for(vm: &Vm, errno: i32) -> Rc<TypeObj> {
    subclass_name(errno)
        .and_then(|n| vm.exc.by_name(n))
        .unwrap_or_else(|| vm.exc.os_error.clone())
}

/// The C library's message for an errno ("No such file or directory").
pub fn strerror(errno: i32) -> String {
    // SAFETY: strerror returns a pointer to a NUL-terminated static or thread-local
    // string, copied out immediately.
    unsafe { std::ffi::CStr::from_ptr(libc::strerror(errno)) }
        .to_string_lossy()
        .into_owned()
}

/// Set errno/strerror/filename/filename2 from constructor arguments the way CPython
/// parses `OSError(errno, strerror[, filename[, winerror[, filename2]]])`; returns the
/// `args` tuple the exception keeps.
fn parse_args(vm: &mut Vm, inst: &Value, args: &[Value]) -> Value {
    let (errno, strerror, filename, filename2) = if (2..=5).contains(&args.len()) {
        let get = |i: usize| args.get(i).cloned().unwrap_or(Value::None);
        (get(0), get(1), get(2), get(4))
    } else {
        (Value::None, Value::None, Value::None, Value::None)
    };
    let keep = if filename.is_none() { args } else { &args[..2] };
    if let Value::Instance(i) = inst
        && let Some(d) = &i.dict
    {
        for (k, v) in [
            ("errno", errno),
            ("strerror", strerror),
            ("filename", filename),
            ("filename2", filename2),
        ] {
            d.set_str(vm.intern(k), v);
        }
    }
    Value::tuple(keep.to_vec())
}

fn set_exc_args(inst: &Value, args: Value) {
    if let Value::Instance(i) = inst
        && let Some(d) = i.exc()
    {
        d.borrow_mut().args = args;
    }
}

fn os_error_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Type(cls)) = args.first() else {
        return vm.type_error("OSError.__new__(X): X is not a type object");
    };
    let rest = &args[1..];
    let mut cls = cls.clone();
    if Rc::ptr_eq(&cls, &vm.exc.os_error)
        && (2..=5).contains(&rest.len())
        && let Value::Int(n) = rest[0]
        && let Ok(n) = i32::try_from(n)
    {
        cls = subclass_for(vm, n);
    }
    let inst = vm.new_instance(&cls);
    let kept = parse_args(vm, &inst, rest);
    set_exc_args(&inst, kept);
    Ok(inst)
}

fn os_error_init(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if let Some(inst) = args.first() {
        let kept = parse_args(vm, inst, &args[1..]);
        set_exc_args(inst, kept);
    }
    Ok(Value::None)
}

fn os_error_str(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Instance(i)) = args.first() else {
        return Ok(Value::str(""));
    };
    let attr = |vm: &mut Vm, n: &str| {
        let k = vm.intern(n);
        i.dict
            .as_ref()
            .and_then(|d| d.get_str(&k))
            .unwrap_or(Value::None)
    };
    let (errno, strerror) = (attr(vm, "errno"), attr(vm, "strerror"));
    let (filename, filename2) = (attr(vm, "filename"), attr(vm, "filename2"));
    let head = format!("[Errno {}] {}", vm.str_of(&errno)?, vm.str_of(&strerror)?);
    if !filename.is_none() {
        let f = vm.repr_of(&filename)?;
        if filename2.is_none() {
            return Ok(Value::string(format!("{head}: {f}")));
        }
        let f2 = vm.repr_of(&filename2)?;
        return Ok(Value::string(format!("{head}: {f} -> {f2}")));
    }
    let nargs = match i.exc().map(|d| d.borrow().args.clone()) {
        Some(Value::Tuple(t)) => t.len(),
        _ => 0,
    };
    if (2..=5).contains(&nargs) {
        return Ok(Value::string(head));
    }
    let base = vm.exc.base_exception.clone();
    let s = vm.intern("__str__");
    match base.dict.get_str(&s) {
        Some(f) => vm.call_value(f, args, &[]),
        None => Ok(Value::str("")),
    }
}

/// The exception for a failed system call: the errno's OSError subclass with
/// strerror and the file name(s) involved.
pub fn from_errno(
    vm: &mut Vm,
    errno: i32,
    filename: Option<Value>,
    filename2: Option<Value>,
) -> Value {
    let cls = subclass_for(vm, errno);
    let mut args = vec![Value::Int(errno as i64), Value::string(strerror(errno))];
    if let Some(f) = filename {
        args.push(f);
        if let Some(f2) = filename2 {
            args.push(Value::None);
            args.push(f2);
        }
    }
    let inst = vm.new_instance(&cls);
    let kept = parse_args(vm, &inst, &args);
    set_exc_args(&inst, kept);
    inst
}

/// The Python exception for a std::io::Error about `filename`.
pub fn from_io(vm: &mut Vm, e: &std::io::Error, filename: Option<Value>) -> Value {
    match e.raw_os_error() {
        Some(n) => from_errno(vm, n, filename, None),
        None => {
            let t = vm.exc.os_error.clone();
            vm.new_exc(&t, &e.to_string())
        }
    }
}

pub fn install(vm: &mut Vm) {
    let t = vm.exc.os_error.clone();
    add_method(vm, &t, "OSError", "__new__", os_error_new);
    add_method(vm, &t, "OSError", "__init__", os_error_init);
    add_method(vm, &t, "OSError", "__str__", os_error_str);
}
