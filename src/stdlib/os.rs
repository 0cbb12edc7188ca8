//! _os: the POSIX system calls behind the `os` module (paths, directories, file
//! descriptors, process environment).

use super::{new_module, set_fn, set_val};
use crate::objects::oserror::{from_errno, from_io, strerror};
use crate::objects::{KwArgs, kwarg};
use crate::vm::Vm;
use crate::vm::dict::PyDict;
use crate::vm::value::*;
use std::ffi::{CString, OsStr, OsString};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::{DirBuilderExt, MetadataExt};
use std::path::PathBuf;
use std::rc::Rc;

/// Argument `i`, given by position or as keyword `name`.
fn arg(a: &[Value], kw: KwArgs, i: usize, name: &str) -> Option<Value> {
    a.get(i).cloned().or_else(|| kwarg(kw, name))
}

fn required(
    vm: &mut Vm,
    func: &str,
    a: &[Value],
    kw: KwArgs,
    i: usize,
    name: &str,
) -> PyResult<Value> {
    match arg(a, kw, i, name) {
        Some(v) => Ok(v),
        None => vm.type_error(format!(
            "{func}() missing required argument '{name}' (pos {})",
            i + 1
        )),
    }
}

fn at_most(vm: &mut Vm, func: &str, a: &[Value], max: usize) -> PyResult<()> {
    if a.len() > max {
        let n = a.len();
        return vm.type_error(match max {
            0 => format!("posix.{func}() takes no arguments ({n} given)"),
            1 => format!("{func}() takes at most 1 argument ({n} given)"),
            _ => format!("{func}() takes at most {max} arguments ({n} given)"),
        });
    }
    Ok(())
}

/// A path argument: the file-system path plus the object to report in errors.
struct PathArg {
    path: PathBuf,
    /// The str or bytes the caller gave (after `__fspath__`).
    obj: Value,
}

impl PathArg {
    fn is_bytes(&self) -> bool {
        matches!(self.obj, Value::Bytes(_))
    }
    fn err(&self, vm: &mut Vm, e: &std::io::Error) -> Value {
        from_io(vm, e, Some(self.obj.clone()))
    }
}

/// str/bytes as-is, or the result of `__fspath__`; `func` names the caller in
/// the error message (None: os.fspath itself).
fn fspath_value(vm: &mut Vm, func: Option<&str>, v: &Value) -> PyResult<Value> {
    match v {
        Value::Str(_) | Value::Bytes(_) => return Ok(v.clone()),
        Value::Instance(i) => {
            if let Payload::Str(s) = &i.payload {
                return Ok(Value::Str(s.clone()));
            }
        }
        _ => {}
    }
    let tn = vm.type_name(v);
    let name = vm.intern("__fspath__");
    let Some(m) = vm.lookup_method(v, &name) else {
        return vm.type_error(match func {
            // These also take a file descriptor (listdir also None).
            Some(f @ ("stat" | "chdir")) => {
                format!("{f}: path should be string, bytes, os.PathLike or integer, not {tn}")
            }
            Some("listdir") => format!(
                "listdir: path should be string, bytes, os.PathLike, integer or None, not {tn}"
            ),
            Some(f) => format!("{f}: path should be string, bytes or os.PathLike, not {tn}"),
            None => format!("expected str, bytes or os.PathLike object, not {tn}"),
        });
    };
    match vm.call_value(m, &[], &[])? {
        r @ (Value::Str(_) | Value::Bytes(_)) => Ok(r),
        other => {
            let rn = vm.type_name(&other);
            vm.type_error(format!(
                "expected {tn}.__fspath__() to return str or bytes, not {rn}"
            ))
        }
    }
}

fn path_arg(vm: &mut Vm, func: &str, v: &Value) -> PyResult<PathArg> {
    let obj = fspath_value(vm, Some(func), v)?;
    let raw: Vec<u8> = match &obj {
        Value::Str(s) => s.s.as_bytes().to_vec(),
        Value::Bytes(b) => b.to_vec(),
        _ => unreachable!("fspath_value returns str or bytes"),
    };
    if raw.contains(&0) {
        return vm.value_error("embedded null byte");
    }
    Ok(PathArg {
        path: PathBuf::from(OsString::from_vec(raw)),
        obj,
    })
}

fn os_fspath(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let p = required(vm, "fspath", a, k, 0, "path")?;
    fspath_value(vm, None, &p)
}

fn c_path(p: &PathArg) -> CString {
    // path_arg rejected interior NULs.
    CString::new(p.path.as_os_str().as_bytes()).unwrap_or_default()
}

/// A name from the file system, as str (or bytes when the caller passed bytes).
fn name_value(name: &OsStr, bytes: bool) -> Value {
    if bytes {
        Value::Bytes(Rc::new(name.as_bytes().to_vec()))
    } else {
        Value::string(name.to_string_lossy().into_owned())
    }
}

fn last_errno() -> i32 {
    std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EIO)
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => vm.index_of(v),
        other => {
            let tn = vm.type_name(other);
            vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
        }
    }
}

fn fd_arg(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let n = int_arg(vm, v)?;
    match i32::try_from(n) {
        Ok(fd) => Ok(fd),
        Err(_) => vm.overflow_error("Python int too large to convert to C int"),
    }
}

fn os_getcwd(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    at_most(vm, "getcwd", a, 0)?;
    match std::env::current_dir() {
        Ok(p) => Ok(name_value(p.as_os_str(), false)),
        Err(e) => Err(from_io(vm, &e, None)),
    }
}

fn os_chdir(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let p = required(vm, "chdir", a, k, 0, "path")?;
    if let Value::Int(_) | Value::Bool(_) = p {
        let fd = fd_arg(vm, &p)?;
        // SAFETY: plain system call on an integer.
        if unsafe { libc::fchdir(fd) } < 0 {
            return Err(from_errno(vm, last_errno(), None, None));
        }
        return Ok(Value::None);
    }
    let p = path_arg(vm, "chdir", &p)?;
    std::env::set_current_dir(&p.path).map_err(|e| p.err(vm, &e))?;
    Ok(Value::None)
}

fn os_listdir(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    at_most(vm, "listdir", a, 1)?;
    let p = match arg(a, k, 0, "path") {
        None | Some(Value::None) => Value::str("."),
        Some(v) => v,
    };
    if let Value::Int(_) | Value::Bool(_) = p {
        let fd = fd_arg(vm, &p)?;
        return match list_fd(fd) {
            Ok(names) => Ok(Value::list(
                names
                    .iter()
                    .map(|n| name_value(OsStr::from_bytes(n), false))
                    .collect(),
            )),
            Err(n) => Err(from_errno(vm, n, None, None)),
        };
    }
    let p = path_arg(vm, "listdir", &p)?;
    let entries = std::fs::read_dir(&p.path).map_err(|e| p.err(vm, &e))?;
    let mut out = Vec::new();
    for ent in entries {
        let ent = ent.map_err(|e| p.err(vm, &e))?;
        out.push(name_value(&ent.file_name(), p.is_bytes()));
    }
    Ok(Value::list(out))
}

/// The entry names of the directory open as `fd` (which stays open and is
/// rewound); Err is an errno.
fn list_fd(fd: i32) -> Result<Vec<Vec<u8>>, i32> {
    // SAFETY: the duplicate descriptor is owned by the DIR stream, which is
    // closed before returning; entries are copied out before the next readdir.
    unsafe {
        let dup = libc::dup(fd);
        if dup < 0 {
            return Err(last_errno());
        }
        let dir = libc::fdopendir(dup);
        if dir.is_null() {
            let e = last_errno();
            libc::close(dup);
            return Err(e);
        }
        let mut names = Vec::new();
        loop {
            let ent = libc::readdir(dir);
            if ent.is_null() {
                break;
            }
            let name = std::ffi::CStr::from_ptr((*ent).d_name.as_ptr()).to_bytes();
            if name != b"." && name != b".." {
                names.push(name.to_vec());
            }
        }
        libc::rewinddir(dir);
        libc::closedir(dir);
        Ok(names)
    }
}

/// remove/unlink and rmdir: one path, no result.
fn path_call(
    vm: &mut Vm,
    func: &str,
    a: &[Value],
    k: KwArgs,
    op: fn(&std::path::Path) -> std::io::Result<()>,
) -> PyResult<Value> {
    let p = required(vm, func, a, k, 0, "path")?;
    let p = path_arg(vm, func, &p)?;
    op(&p.path).map_err(|e| p.err(vm, &e))?;
    Ok(Value::None)
}

fn os_remove(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    path_call(vm, "remove", a, k, |p| std::fs::remove_file(p))
}

fn os_unlink(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    path_call(vm, "unlink", a, k, |p| std::fs::remove_file(p))
}

fn os_rmdir(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    path_call(vm, "rmdir", a, k, |p| std::fs::remove_dir(p))
}

fn os_mkdir(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let p = required(vm, "mkdir", a, k, 0, "path")?;
    let p = path_arg(vm, "mkdir", &p)?;
    let mode = match arg(a, k, 1, "mode") {
        Some(m) => int_arg(vm, &m)? as u32,
        None => 0o777,
    };
    std::fs::DirBuilder::new()
        .mode(mode)
        .create(&p.path)
        .map_err(|e| p.err(vm, &e))?;
    Ok(Value::None)
}

fn rename_like(vm: &mut Vm, func: &str, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let src = required(vm, func, a, k, 0, "src")?;
    let dst = required(vm, func, a, k, 1, "dst")?;
    let src = path_arg(vm, func, &src)?;
    let dst = path_arg(vm, func, &dst)?;
    if let Err(e) = std::fs::rename(&src.path, &dst.path) {
        let n = e.raw_os_error().unwrap_or(libc::EIO);
        return Err(from_errno(vm, n, Some(src.obj), Some(dst.obj)));
    }
    Ok(Value::None)
}

fn os_rename(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    rename_like(vm, "rename", a, k)
}

fn os_replace(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    rename_like(vm, "replace", a, k)
}

/// CPython's full stat_result sequence: the ten visible fields (whole-second
/// times), then float times, nanosecond times, st_blksize, st_blocks, st_rdev.
fn stat_tuple(m: &std::fs::Metadata) -> Value {
    let times = [
        (m.atime(), m.atime_nsec()),
        (m.mtime(), m.mtime_nsec()),
        (m.ctime(), m.ctime_nsec()),
    ];
    let mut v = vec![
        Value::Int(m.mode() as i64),
        Value::from_bigint(m.ino().into()),
        Value::from_bigint(m.dev().into()),
        Value::Int(m.nlink() as i64),
        Value::Int(m.uid() as i64),
        Value::Int(m.gid() as i64),
        Value::Int(m.size() as i64),
    ];
    v.extend(times.iter().map(|&(s, _)| Value::Int(s)));
    v.extend(
        times
            .iter()
            .map(|&(s, ns)| Value::Float(s as f64 + ns as f64 * 1e-9)),
    );
    v.extend(
        times
            .iter()
            .map(|&(s, ns)| Value::from_bigint(num_bigint::BigInt::from(s) * 1_000_000_000 + ns)),
    );
    v.push(Value::Int(m.blksize() as i64));
    v.push(Value::Int(m.blocks() as i64));
    v.push(Value::from_bigint(m.rdev().into()));
    Value::tuple(v)
}

fn os_stat(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let p = required(vm, "stat", a, k, 0, "path")?;
    if let Value::Int(_) = p {
        return os_fstat(vm, &[p], &[]);
    }
    let follow = match kwarg(k, "follow_symlinks") {
        Some(v) => vm.truthy(&v)?,
        None => true,
    };
    let p = path_arg(vm, "stat", &p)?;
    let m = if follow {
        std::fs::metadata(&p.path)
    } else {
        std::fs::symlink_metadata(&p.path)
    };
    let m = m.map_err(|e| p.err(vm, &e))?;
    Ok(stat_tuple(&m))
}

fn os_lstat(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let p = required(vm, "lstat", a, k, 0, "path")?;
    let p = path_arg(vm, "lstat", &p)?;
    let m = std::fs::symlink_metadata(&p.path).map_err(|e| p.err(vm, &e))?;
    Ok(stat_tuple(&m))
}

fn os_fstat(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let fd = required(vm, "fstat", a, k, 0, "fd")?;
    let fd = fd_arg(vm, &fd)?;
    if fd < 0 {
        return Err(from_errno(vm, libc::EBADF, None, None));
    }
    // Borrow the descriptor without taking ownership (it must stay open).
    use std::os::unix::io::FromRawFd;
    let f = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) });
    let m = f.metadata().map_err(|e| from_io(vm, &e, None))?;
    Ok(stat_tuple(&m))
}

fn os_symlink(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let src = required(vm, "symlink", a, k, 0, "src")?;
    let dst = required(vm, "symlink", a, k, 1, "dst")?;
    let src = path_arg(vm, "symlink", &src)?;
    let dst = path_arg(vm, "symlink", &dst)?;
    if let Err(e) = std::os::unix::fs::symlink(&src.path, &dst.path) {
        let n = e.raw_os_error().unwrap_or(libc::EIO);
        return Err(from_errno(vm, n, Some(src.obj), Some(dst.obj)));
    }
    Ok(Value::None)
}

fn os_readlink(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let p = required(vm, "readlink", a, k, 0, "path")?;
    let p = path_arg(vm, "readlink", &p)?;
    let target = std::fs::read_link(&p.path).map_err(|e| p.err(vm, &e))?;
    Ok(name_value(target.as_os_str(), p.is_bytes()))
}

fn os_access(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let p = required(vm, "access", a, k, 0, "path")?;
    let mode = required(vm, "access", a, k, 1, "mode")?;
    let p = path_arg(vm, "access", &p)?;
    let mode = int_arg(vm, &mode)? as i32;
    let c = c_path(&p);
    // SAFETY: c is a valid NUL-terminated path.
    Ok(Value::Bool(unsafe { libc::access(c.as_ptr(), mode) } == 0))
}

fn os_open(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let p = required(vm, "open", a, k, 0, "path")?;
    let flags = required(vm, "open", a, k, 1, "flags")?;
    let p = path_arg(vm, "open", &p)?;
    let flags = int_arg(vm, &flags)? as i32 | libc::O_CLOEXEC;
    let mode = match arg(a, k, 2, "mode") {
        Some(m) => int_arg(vm, &m)? as libc::c_uint,
        None => 0o777,
    };
    let c = c_path(&p);
    // SAFETY: c is a valid NUL-terminated path.
    let fd = unsafe { libc::open(c.as_ptr(), flags, mode) };
    if fd < 0 {
        return Err(from_errno(vm, last_errno(), Some(p.obj), None));
    }
    Ok(Value::Int(fd as i64))
}

fn os_close(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let fd = required(vm, "close", a, k, 0, "fd")?;
    let fd = fd_arg(vm, &fd)?;
    // SAFETY: closing a descriptor number; an invalid one just fails with EBADF.
    if unsafe { libc::close(fd) } < 0 {
        return Err(from_errno(vm, last_errno(), None, None));
    }
    Ok(Value::None)
}

fn os_read(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let fd = required(vm, "read", a, k, 0, "fd")?;
    let n = required(vm, "read", a, k, 1, "length")?;
    let fd = fd_arg(vm, &fd)?;
    let n = int_arg(vm, &n)?;
    if n < 0 {
        let e = from_errno(vm, libc::EINVAL, None, None);
        return Err(e);
    }
    let Some(mut buf) = zeroed(n as usize) else {
        return Err(super::no_memory(vm));
    };
    // SAFETY: buf has room for n bytes.
    let got = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
    if got < 0 {
        return Err(from_errno(vm, last_errno(), None, None));
    }
    buf.truncate(got as usize);
    Ok(Value::Bytes(Rc::new(buf)))
}

fn os_write(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let fd = required(vm, "write", a, k, 0, "fd")?;
    let data = required(vm, "write", a, k, 1, "data")?;
    let fd = fd_arg(vm, &fd)?;
    let data = match &data {
        Value::Bytes(b) => b.to_vec(),
        Value::ByteArray(b) => b.borrow().clone(),
        other => {
            let tn = vm.type_name(other);
            return vm.type_error(format!("a bytes-like object is required, not '{tn}'"));
        }
    };
    vm.flush_stdout();
    // SAFETY: data is a live buffer of data.len() bytes.
    let n = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
    if n < 0 {
        return Err(from_errno(vm, last_errno(), None, None));
    }
    Ok(Value::Int(n as i64))
}

fn os_lseek(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let fd = required(vm, "lseek", a, k, 0, "fd")?;
    let pos = required(vm, "lseek", a, k, 1, "position")?;
    let how = required(vm, "lseek", a, k, 2, "whence")?;
    let fd = fd_arg(vm, &fd)?;
    let pos = int_arg(vm, &pos)?;
    let how = int_arg(vm, &how)? as i32;
    // SAFETY: plain system call on integer arguments.
    let r = unsafe { libc::lseek(fd, pos as libc::off_t, how) };
    if r < 0 {
        return Err(from_errno(vm, last_errno(), None, None));
    }
    Ok(Value::Int(r as i64))
}

fn os_getpid(_vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(std::process::id() as i64))
}

fn os_cpu_count(_vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(std::thread::available_parallelism()
        .map(|n| Value::Int(n.get() as i64))
        .unwrap_or(Value::None))
}

fn os_strerror(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let code = required(vm, "strerror", a, k, 0, "code")?;
    let code = int_arg(vm, &code)? as i32;
    Ok(Value::string(strerror(code)))
}

/// `n` zero bytes, or None when they cannot be allocated.
fn zeroed(n: usize) -> Option<Vec<u8>> {
    let mut v = Vec::new();
    v.try_reserve_exact(n).ok()?;
    v.resize(n, 0);
    Some(v)
}

/// Fill `buf` with random bytes from the kernel.
pub fn fill_urandom(buf: &mut [u8]) -> std::io::Result<()> {
    use std::io::Read;
    std::fs::File::open("/dev/urandom")?.read_exact(buf)
}

fn os_urandom(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let n = required(vm, "urandom", a, k, 0, "size")?;
    let n = int_arg(vm, &n)?;
    if n < 0 {
        return vm.value_error("negative argument not allowed");
    }
    let Some(mut buf) = zeroed(n as usize) else {
        return Err(super::no_memory(vm));
    };
    match fill_urandom(&mut buf) {
        Ok(()) => Ok(Value::Bytes(Rc::new(buf))),
        Err(e) => Err(from_io(vm, &e, None)),
    }
}

fn env_str(vm: &mut Vm, v: &Value) -> PyResult<OsString> {
    let raw = match fspath_value(vm, None, v)? {
        Value::Str(s) => s.s.as_bytes().to_vec(),
        Value::Bytes(b) => b.to_vec(),
        _ => unreachable!("fspath_value returns str or bytes"),
    };
    if raw.contains(&0) {
        return vm.value_error("embedded null byte");
    }
    Ok(OsString::from_vec(raw))
}

fn os_putenv(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let key = required(vm, "putenv", a, k, 0, "name")?;
    let val = required(vm, "putenv", a, k, 1, "value")?;
    let key = env_str(vm, &key)?;
    let val = env_str(vm, &val)?;
    if key.as_bytes().contains(&b'=') {
        return vm.value_error("illegal environment variable name");
    }
    if key.is_empty() {
        return Err(from_errno(vm, libc::EINVAL, None, None));
    }
    // SAFETY: the interpreter is single-threaded, so nothing reads the environment concurrently.
    unsafe { std::env::set_var(key, val) };
    Ok(Value::None)
}

fn os_unsetenv(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let key = required(vm, "unsetenv", a, k, 0, "name")?;
    let key = env_str(vm, &key)?;
    // unsetenv(3) rejects these names.
    if key.is_empty() || key.as_bytes().contains(&b'=') {
        return Err(from_errno(vm, libc::EINVAL, None, None));
    }
    // SAFETY: as in putenv.
    unsafe { std::env::remove_var(key) };
    Ok(Value::None)
}

fn environ(vm: &mut Vm) -> PyResult<Value> {
    let d = Rc::new(PyDict::new());
    for (k, v) in std::env::vars_os() {
        let k = Value::string(k.to_string_lossy().into_owned());
        let v = Value::string(v.to_string_lossy().into_owned());
        vm.dict_set(&d, k, v)?;
    }
    Ok(Value::Dict(d))
}

pub fn module(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module(vm, "_os");
    let fns: &[(&'static str, NativeFn)] = &[
        ("fspath", os_fspath),
        ("getcwd", os_getcwd),
        ("chdir", os_chdir),
        ("listdir", os_listdir),
        ("remove", os_remove),
        ("unlink", os_unlink),
        ("rmdir", os_rmdir),
        ("mkdir", os_mkdir),
        ("rename", os_rename),
        ("replace", os_replace),
        ("stat", os_stat),
        ("lstat", os_lstat),
        ("fstat", os_fstat),
        ("symlink", os_symlink),
        ("readlink", os_readlink),
        ("access", os_access),
        ("open", os_open),
        ("close", os_close),
        ("read", os_read),
        ("write", os_write),
        ("lseek", os_lseek),
        ("getpid", os_getpid),
        ("cpu_count", os_cpu_count),
        ("strerror", os_strerror),
        ("urandom", os_urandom),
        ("putenv", os_putenv),
        ("unsetenv", os_unsetenv),
    ];
    for (n, f) in fns {
        set_fn(vm, &d, n, *f);
    }
    let consts: &[(&str, i32)] = &[
        ("O_RDONLY", libc::O_RDONLY),
        ("O_WRONLY", libc::O_WRONLY),
        ("O_RDWR", libc::O_RDWR),
        ("O_APPEND", libc::O_APPEND),
        ("O_CREAT", libc::O_CREAT),
        ("O_EXCL", libc::O_EXCL),
        ("O_TRUNC", libc::O_TRUNC),
        ("O_NONBLOCK", libc::O_NONBLOCK),
        ("O_CLOEXEC", libc::O_CLOEXEC),
        ("O_NOFOLLOW", libc::O_NOFOLLOW),
        ("O_DIRECTORY", libc::O_DIRECTORY),
        ("F_OK", libc::F_OK),
        ("R_OK", libc::R_OK),
        ("W_OK", libc::W_OK),
        ("X_OK", libc::X_OK),
        ("SEEK_SET", libc::SEEK_SET),
        ("SEEK_CUR", libc::SEEK_CUR),
        ("SEEK_END", libc::SEEK_END),
        // glibc's TMP_MAX (not exported by the libc crate).
        ("TMP_MAX", 238_328),
    ];
    for (n, v) in consts {
        set_val(vm, &d, n, Value::Int(*v as i64));
    }
    let env = environ(vm)?;
    set_val(vm, &d, "environ", env);
    Ok(m)
}
