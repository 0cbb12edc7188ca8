//! open(): text and binary files with read, readline(s), write, iteration and `with`.

use crate::objects::oserror::from_io;
use crate::objects::{KwArgs, kwarg};
use crate::vm::Vm;
use crate::vm::value::*;
use std::cell::RefCell;
use std::io::{Read, Seek, SeekFrom, Write};
use std::rc::Rc;

struct FileObj {
    file: Option<std::fs::File>,
    binary: bool,
    name: String,
    mode: String,
    /// Read-ahead buffer for line reading.
    buf: Vec<u8>,
}

thread_local! {
    static FILE_TYPES: RefCell<Option<(Rc<TypeObj>, Rc<TypeObj>)>> = const { RefCell::new(None) };
}

fn with_file<R>(vm: &mut Vm, v: &Value, f: impl FnOnce(&mut FileObj) -> R) -> PyResult<R> {
    if let Value::Instance(i) = v
        && let Payload::Native(n) = &i.payload
        && let Some(fo) = n.borrow_mut().downcast_mut::<FileObj>()
    {
        return Ok(f(fo));
    }
    vm.type_error("not a file object")
}

fn closed_err<T>(vm: &mut Vm) -> PyResult<T> {
    vm.value_error("I/O operation on closed file.")
}

pub fn open(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let name = match args.first().cloned().or_else(|| kwarg(kw, "file")) {
        Some(Value::Str(s)) => s.s.clone(),
        Some(other) => {
            let tn = vm.type_name(&other);
            return vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {tn}"
            ));
        }
        None => return vm.type_error("open() missing required argument 'file' (pos 1)"),
    };
    let mode = match args.get(1).cloned().or_else(|| kwarg(kw, "mode")) {
        Some(Value::Str(s)) => s.s.clone(),
        _ => "r".into(),
    };
    let binary = mode.contains('b');
    let mut o = std::fs::OpenOptions::new();
    let plus = mode.contains('+');
    if mode.contains('r') {
        o.read(true).write(plus);
    } else if mode.contains('w') {
        o.write(true).create(true).truncate(true).read(plus);
    } else if mode.contains('a') {
        o.append(true).create(true).read(plus);
    } else if mode.contains('x') {
        o.write(true).create_new(true).read(plus);
    } else {
        return vm.value_error(format!("invalid mode: '{mode}'"));
    }
    let file = match o.open(&name) {
        Ok(f) => f,
        Err(e) => {
            let err = from_io(vm, &e, Some(Value::str(&name)));
            return Err(err);
        }
    };
    if file.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(from_io(vm, &e, Some(Value::str(&name))));
    }
    let (text_t, bin_t) = file_types(vm);
    let t = if binary { bin_t } else { text_t };
    let fo = FileObj {
        file: Some(file),
        binary,
        name,
        mode,
        buf: Vec::new(),
    };
    Ok(vm.new_instance_with(&t, Payload::Native(RefCell::new(Box::new(fo)))))
}

fn read_all(fo: &mut FileObj) -> std::io::Result<Vec<u8>> {
    let mut out = std::mem::take(&mut fo.buf);
    if let Some(f) = fo.file.as_mut() {
        f.read_to_end(&mut out)?;
    }
    Ok(out)
}

fn read_line(fo: &mut FileObj) -> std::io::Result<Vec<u8>> {
    loop {
        if let Some(p) = fo.buf.iter().position(|&b| b == b'\n') {
            let rest = fo.buf.split_off(p + 1);
            return Ok(std::mem::replace(&mut fo.buf, rest));
        }
        let mut chunk = [0u8; 8192];
        let n = match fo.file.as_mut() {
            Some(f) => f.read(&mut chunk)?,
            None => 0,
        };
        if n == 0 {
            return Ok(std::mem::take(&mut fo.buf));
        }
        fo.buf.extend_from_slice(&chunk[..n]);
    }
}

fn to_value(binary: bool, b: Vec<u8>) -> Value {
    if binary {
        Value::Bytes(Rc::new(b))
    } else {
        Value::string(String::from_utf8_lossy(&b).into_owned())
    }
}

fn f_read(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let size = match a.get(1) {
        Some(Value::None) | None => -1,
        Some(v) => vm.index_of(v)?,
    };
    let r = with_file(vm, &a[0], |fo| {
        fo.file.as_ref()?;
        let data = if size < 0 {
            read_all(fo)
        } else if fo.binary {
            let mut out = std::mem::take(&mut fo.buf);
            let mut chunk = vec![0u8; size as usize];
            let need = (size as usize).saturating_sub(out.len());
            let n = fo
                .file
                .as_mut()
                .map(|f| f.read(&mut chunk[..need]).unwrap_or(0))
                .unwrap_or(0);
            out.extend_from_slice(&chunk[..n]);
            if out.len() > size as usize {
                fo.buf = out.split_off(size as usize);
            }
            Ok(out)
        } else {
            let all = read_all(fo).unwrap_or_default();
            let s = String::from_utf8_lossy(&all).into_owned();
            let cut: String = s.chars().take(size as usize).collect();
            fo.buf = s.as_bytes()[cut.len()..].to_vec();
            Ok(cut.into_bytes())
        };
        Some((fo.binary, data))
    })?;
    match r {
        None => closed_err(vm),
        Some((bin, Ok(d))) => Ok(to_value(bin, d)),
        Some((_, Err(e))) => {
            let err = from_io(vm, &e, None);
            Err(err)
        }
    }
}

fn f_readline(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let r = with_file(vm, &a[0], |fo| {
        fo.file.as_ref()?;
        Some((fo.binary, read_line(fo)))
    })?;
    match r {
        None => closed_err(vm),
        Some((bin, Ok(d))) => Ok(to_value(bin, d)),
        Some((_, Err(e))) => {
            let err = from_io(vm, &e, None);
            Err(err)
        }
    }
}

fn f_readlines(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let mut out = Vec::new();
    loop {
        let l = f_readline(vm, a, &[])?;
        let empty = match &l {
            Value::Str(s) => s.s.is_empty(),
            Value::Bytes(b) => b.is_empty(),
            _ => true,
        };
        if empty {
            break;
        }
        out.push(l);
    }
    Ok(Value::list(out))
}

fn f_next(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let l = f_readline(vm, a, &[])?;
    let empty = match &l {
        Value::Str(s) => s.s.is_empty(),
        Value::Bytes(b) => b.is_empty(),
        _ => true,
    };
    if empty {
        let e = vm.stop_iteration(Value::None);
        return Err(e);
    }
    Ok(l)
}

fn f_write(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let (data, n) = match a.get(1) {
        Some(Value::Str(s)) => (s.s.as_bytes().to_vec(), s.char_len()),
        Some(Value::Bytes(b)) => ((**b).clone(), b.len()),
        Some(other) => {
            let tn = vm.type_name(other);
            return vm.type_error(format!("write() argument must be str, not {tn}"));
        }
        None => return vm.type_error("write() takes exactly one argument (0 given)"),
    };
    let r = with_file(vm, &a[0], |fo| fo.file.as_mut().map(|f| f.write_all(&data)))?;
    match r {
        None => closed_err(vm),
        Some(Ok(())) => Ok(Value::Int(n as i64)),
        Some(Err(e)) => {
            let err = from_io(vm, &e, None);
            Err(err)
        }
    }
}

fn f_close(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    with_file(vm, &a[0], |fo| {
        if let Some(mut f) = fo.file.take() {
            let _ = f.flush();
        }
    })?;
    Ok(Value::None)
}

fn f_enter(_vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(a[0].clone())
}

fn f_exit(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    f_close(vm, &a[..1], &[])?;
    Ok(Value::Bool(false))
}

fn f_seek(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let pos = vm.index_of(a.get(1).unwrap_or(&Value::Int(0)))?;
    let r = with_file(vm, &a[0], |fo| {
        fo.buf.clear();
        fo.file
            .as_mut()
            .map(|f| f.seek(SeekFrom::Start(pos.max(0) as u64)))
    })?;
    match r {
        Some(Ok(p)) => Ok(Value::Int(p as i64)),
        _ => closed_err(vm),
    }
}

fn f_tell(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let r = with_file(vm, &a[0], |fo| {
        let buffered = fo.buf.len() as i64;
        fo.file
            .as_mut()
            .map(|f| f.stream_position().map(|p| p as i64 - buffered))
    })?;
    match r {
        Some(Ok(p)) => Ok(Value::Int(p)),
        _ => closed_err(vm),
    }
}

fn f_flush(_vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn f_getattr(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let Some(Value::Str(n)) = a.get(1) else {
        return vm.type_error("attribute name must be string");
    };
    let n = n.s.clone();
    let r = with_file(vm, &a[0], |fo| match n.as_str() {
        "name" => Some(Value::str(&fo.name)),
        "mode" => Some(Value::str(&fo.mode)),
        "closed" => Some(Value::Bool(fo.file.is_none())),
        _ => None,
    })?;
    match r {
        Some(v) => Ok(v),
        None => {
            let tn = vm.type_name(&a[0]);
            vm.attribute_error(format!("'{tn}' object has no attribute '{n}'"))
        }
    }
}

fn f_iter(_vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(a[0].clone())
}

fn file_types(vm: &mut Vm) -> (Rc<TypeObj>, Rc<TypeObj>) {
    if let Some(t) = FILE_TYPES.with(|t| t.borrow().clone()) {
        return t;
    }
    let obj = vm.types.object.clone();
    let text = vm.new_class("TextIOWrapper", &obj);
    let bin = vm.new_class("BufferedReader", &obj);
    for t in [&text, &bin] {
        let methods: &[(&'static str, NativeFn)] = &[
            ("read", f_read),
            ("readline", f_readline),
            ("readlines", f_readlines),
            ("write", f_write),
            ("close", f_close),
            ("flush", f_flush),
            ("seek", f_seek),
            ("tell", f_tell),
            ("__enter__", f_enter),
            ("__exit__", f_exit),
            ("__iter__", f_iter),
            ("__next__", f_next),
            ("__getattr__", f_getattr),
        ];
        for (n, f) in methods {
            crate::objects::add_method(vm, t, "TextIOWrapper", n, *f);
        }
    }
    let pair = (text, bin);
    FILE_TYPES.with(|t| *t.borrow_mut() = Some(pair.clone()));
    pair
}
