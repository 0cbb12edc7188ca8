//! open() and the io module: binary and text files over an OS file descriptor
//! (text files decode, encode and translate newlines as CPython's TextIOWrapper
//! does), and io.UnsupportedOperation.

use super::io_text::{self, Encoding, Errors, Step};
use super::{new_module, set_fn, set_val};
use crate::objects::oserror::{from_errno, from_io};
use crate::objects::{KwArgs, add_method, kwarg};
use crate::vm::Vm;
use crate::vm::value::*;
use std::cell::RefCell;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::unix::io::{AsRawFd, FromRawFd, IntoRawFd};
use std::rc::Rc;

const CHUNK: usize = 8192;

/// The `newline` argument of a text file.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Newline {
    /// None: any line ending reads as "\n"; "\n" is written as os.linesep.
    Universal,
    /// "": any line ending ends a line, nothing is translated.
    Untranslated,
    Lf,
    Cr,
    CrLf,
}

struct TextOpts {
    enc: Encoding,
    errors: Errors,
    encoding_name: String,
    newline: Newline,
}

/// What a file object reads and writes.
enum Stream {
    File(File),
    /// The process's standard input, shared with input() through std's buffer.
    Stdin,
}

impl Stream {
    fn fd(&self) -> i32 {
        match self {
            Stream::File(f) => f.as_raw_fd(),
            Stream::Stdin => 0,
        }
    }

    fn file(&mut self) -> std::io::Result<&mut File> {
        match self {
            Stream::File(f) => Ok(f),
            Stream::Stdin => Err(std::io::Error::from_raw_os_error(libc::ESPIPE)),
        }
    }
}

impl Read for Stream {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match self {
            Stream::File(f) => f.read(buf),
            Stream::Stdin => std::io::stdin().read(buf),
        }
    }
}

impl Write for Stream {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.file()?.write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Stream::File(f) => f.flush(),
            Stream::Stdin => Ok(()),
        }
    }
}

impl Seek for Stream {
    fn seek(&mut self, pos: SeekFrom) -> std::io::Result<u64> {
        self.file()?.seek(pos)
    }
}

struct FileObj {
    /// None once closed.
    file: Option<Stream>,
    /// None for binary files.
    text: Option<TextOpts>,
    readable: bool,
    writable: bool,
    name: Value,
    mode: String,
    closefd: bool,
    /// Bytes read from the OS ahead of the logical position: `buf[pos..]`.
    buf: Vec<u8>,
    pos: usize,
}

/// Failures of file operations, turned into Python exceptions once the file is
/// no longer borrowed.
enum FileErr {
    Closed,
    Unsupported(String),
    Io(std::io::Error),
    Decode(String),
    Encode(String),
    Value(String),
}

type FileResult<T> = Result<T, FileErr>;

impl From<std::io::Error> for FileErr {
    fn from(e: std::io::Error) -> FileErr {
        FileErr::Io(e)
    }
}

impl FileObj {
    fn file(&mut self) -> FileResult<&mut Stream> {
        self.file.as_mut().ok_or(FileErr::Closed)
    }

    fn check_readable(&mut self) -> FileResult<()> {
        self.file()?;
        if self.readable {
            Ok(())
        } else {
            let what = if self.text.is_some() {
                "not readable"
            } else {
                "read"
            };
            Err(FileErr::Unsupported(what.into()))
        }
    }

    fn check_writable(&mut self) -> FileResult<()> {
        self.file()?;
        if self.writable {
            Ok(())
        } else {
            let what = if self.text.is_some() {
                "not writable"
            } else {
                "write"
            };
            Err(FileErr::Unsupported(what.into()))
        }
    }

    fn avail(&self) -> &[u8] {
        &self.buf[self.pos..]
    }

    fn consume(&mut self, n: usize) {
        self.pos += n;
    }

    /// Read another chunk into the buffer; false at end of file.
    fn fill(&mut self) -> FileResult<bool> {
        if self.pos > 0 {
            self.buf.drain(..self.pos);
            self.pos = 0;
        }
        let mut chunk = [0u8; CHUNK];
        let n = self.file()?.read(&mut chunk)?;
        self.buf.extend_from_slice(&chunk[..n]);
        Ok(n > 0)
    }

    fn peek_byte(&mut self) -> FileResult<Option<u8>> {
        if self.avail().is_empty() && !self.fill()? {
            return Ok(None);
        }
        Ok(self.avail().first().copied())
    }

    /// Forget the read-ahead, moving the OS position back to the logical one.
    fn drop_readahead(&mut self) -> FileResult<()> {
        let ahead = self.avail().len() as i64;
        if ahead > 0 {
            self.file()?.seek(SeekFrom::Current(-ahead))?;
        }
        self.buf.clear();
        self.pos = 0;
        Ok(())
    }

    fn tell(&mut self) -> FileResult<u64> {
        let ahead = self.avail().len() as u64;
        Ok(self.file()?.stream_position()? - ahead)
    }

    /// Up to `limit` bytes (all when None), stopping after b"\n" when `line`.
    fn read_bytes(&mut self, limit: Option<usize>, line: bool) -> FileResult<Vec<u8>> {
        self.check_readable()?;
        let mut out = Vec::new();
        loop {
            let want = limit.map_or(usize::MAX, |l| l - out.len());
            if want == 0 {
                break;
            }
            if self.avail().is_empty() && !self.fill()? {
                break;
            }
            let a = self.avail();
            let mut take = a.len().min(want);
            let mut done = false;
            if line && let Some(i) = a[..take].iter().position(|&b| b == b'\n') {
                take = i + 1;
                done = true;
            }
            out.extend_from_slice(&a[..take]);
            self.consume(take);
            if done {
                break;
            }
        }
        Ok(out)
    }

    /// Everything up to end of file in one decode (the common `read()`), when it
    /// is valid UTF-8.
    fn read_all_text_fast(&mut self) -> FileResult<Option<String>> {
        while self.fill()? {}
        let t = self.text.as_ref().expect("text file");
        if t.enc != Encoding::Utf8 {
            return Ok(None);
        }
        let Ok(s) = std::str::from_utf8(self.avail()) else {
            return Ok(None);
        };
        let s = if t.newline == Newline::Universal && s.contains('\r') {
            s.replace("\r\n", "\n").replace('\r', "\n")
        } else {
            s.to_string()
        };
        self.buf.clear();
        self.pos = 0;
        Ok(Some(s))
    }

    /// Up to `limit` characters (all when None), stopping after a line ending
    /// when `line`.
    fn read_text(&mut self, limit: Option<usize>, line: bool) -> FileResult<String> {
        self.check_readable()?;
        if limit.is_none()
            && !line
            && let Some(s) = self.read_all_text_fast()?
        {
            return Ok(s);
        }
        let t = self.text.as_ref().expect("text file");
        let (enc, newline) = (t.enc, t.newline);
        let mut out = String::new();
        let mut n = 0;
        // Bytes decoded by this call, for error positions.
        let mut decoded = 0;
        while limit.is_none_or(|l| n < l) {
            if self.avail().is_empty() && !self.fill()? {
                break;
            }
            let (c, len) = match io_text::decode_step(enc, self.avail(), false) {
                Step::Char(c, len) => (c, len),
                Step::Incomplete => {
                    if self.fill()? {
                        continue;
                    }
                    match io_text::decode_step(enc, self.avail(), true) {
                        Step::Char(c, len) => (c, len),
                        Step::Incomplete => break,
                        Step::Invalid { len, reason } => {
                            self.replace_invalid(len, reason, decoded, &mut out, &mut n)?;
                            decoded += len;
                            continue;
                        }
                    }
                }
                Step::Invalid { len, reason } => {
                    self.replace_invalid(len, reason, decoded, &mut out, &mut n)?;
                    decoded += len;
                    continue;
                }
            };
            self.consume(len);
            decoded += len;
            n += 1;
            let ends_line = match (newline, c) {
                (Newline::Universal, '\r') => {
                    if self.peek_byte()? == Some(b'\n') {
                        self.consume(1);
                        decoded += 1;
                    }
                    out.push('\n');
                    true
                }
                (Newline::Untranslated, '\r') => {
                    out.push('\r');
                    if self.peek_byte()? == Some(b'\n') {
                        if limit.is_some_and(|l| n >= l) {
                            // The "\n" of "\r\n" belongs to the next read.
                            false
                        } else {
                            self.consume(1);
                            decoded += 1;
                            out.push('\n');
                            n += 1;
                            true
                        }
                    } else {
                        true
                    }
                }
                (Newline::Cr, c) => {
                    out.push(c);
                    c == '\r'
                }
                (Newline::CrLf, c) => {
                    out.push(c);
                    c == '\n' && out.ends_with("\r\n")
                }
                (_, c) => {
                    out.push(c);
                    c == '\n'
                }
            };
            if line && ends_line {
                break;
            }
        }
        Ok(out)
    }

    /// Apply the error handler to `len` undecodable bytes at the front of the buffer.
    fn replace_invalid(
        &mut self,
        len: usize,
        reason: &str,
        at: usize,
        out: &mut String,
        n: &mut usize,
    ) -> FileResult<()> {
        let t = self.text.as_ref().expect("text file");
        let bad = self.avail()[..len].to_vec();
        match io_text::decode_replacement(t.errors, &bad) {
            Some(r) => {
                *n += r.chars().count();
                out.push_str(&r);
                self.consume(len);
                Ok(())
            }
            None => Err(FileErr::Decode(io_text::decode_error_message(
                t.enc, &bad, at, reason,
            ))),
        }
    }

    fn write_bytes(&mut self, data: &[u8]) -> FileResult<()> {
        self.check_writable()?;
        if self.text.is_some() {
            // Like CPython's TextIOWrapper: text read ahead is discarded, and the
            // write lands where the read-ahead stopped.
            self.buf.clear();
            self.pos = 0;
        } else {
            self.drop_readahead()?;
        }
        self.file()?.write_all(data)?;
        Ok(())
    }

    fn write_text(&mut self, s: &str) -> FileResult<()> {
        self.check_writable()?;
        let t = self.text.as_ref().expect("text file");
        let s = match t.newline {
            Newline::Cr => s.replace('\n', "\r"),
            Newline::CrLf => s.replace('\n', "\r\n"),
            _ => s.to_string(),
        };
        let data = io_text::encode(t.enc, t.errors, &s).map_err(FileErr::Encode)?;
        self.write_bytes(&data)
    }

    fn seek(&mut self, offset: i64, whence: i64) -> FileResult<u64> {
        self.file()?;
        if self.text.is_some() {
            match whence {
                0 if offset < 0 => {
                    return Err(FileErr::Value(format!("negative seek position {offset}")));
                }
                1 if offset != 0 => {
                    return Err(FileErr::Unsupported(
                        "can't do nonzero cur-relative seeks".into(),
                    ));
                }
                2 if offset != 0 => {
                    return Err(FileErr::Unsupported(
                        "can't do nonzero end-relative seeks".into(),
                    ));
                }
                0..=2 => {}
                _ => {
                    return Err(FileErr::Value(format!(
                        "invalid whence ({whence}, should be 0, 1 or 2)"
                    )));
                }
            }
        } else if !(0..=4).contains(&whence) {
            return Err(FileErr::Value(format!("whence value {whence} unsupported")));
        }
        let offset = if whence == 1 {
            offset - self.avail().len() as i64
        } else {
            offset
        };
        let fd = self.file()?.fd();
        self.buf.clear();
        self.pos = 0;
        // SAFETY: lseek on the descriptor this object owns.
        let r = unsafe { libc::lseek(fd, offset as libc::off_t, whence as i32) };
        if r < 0 {
            return Err(FileErr::Io(std::io::Error::last_os_error()));
        }
        Ok(r as u64)
    }

    fn close(&mut self) -> FileResult<()> {
        if let Some(mut f) = self.file.take() {
            f.flush()?;
            if let Stream::File(f) = f
                && !self.closefd
            {
                // The caller keeps the descriptor open.
                let _ = f.into_raw_fd();
            }
        }
        Ok(())
    }
}

impl Drop for FileObj {
    fn drop(&mut self) {
        // A file that does not own its descriptor must not close it when collected.
        if !self.closefd
            && let Some(Stream::File(f)) = self.file.take()
        {
            let _ = f.into_raw_fd();
        }
    }
}

thread_local! {
    static IO_TYPES: RefCell<Option<IoTypes>> = const { RefCell::new(None) };
}

#[derive(Clone)]
struct IoTypes {
    text: Rc<TypeObj>,
    reader: Rc<TypeObj>,
    writer: Rc<TypeObj>,
    random: Rc<TypeObj>,
    unsupported: Rc<TypeObj>,
}

fn raise(vm: &mut Vm, e: FileErr) -> Value {
    match e {
        FileErr::Closed => {
            let t = vm.exc.value_error.clone();
            vm.new_exc(&t, "I/O operation on closed file.")
        }
        FileErr::Unsupported(msg) => {
            let t = io_types(vm).unsupported;
            vm.new_exc(&t, &msg)
        }
        FileErr::Io(e) => from_io(vm, &e, None),
        FileErr::Decode(msg) => {
            let t = vm.exc.unicode_decode_error.clone();
            vm.new_exc(&t, &msg)
        }
        FileErr::Encode(msg) => {
            let t = vm.exc.unicode_encode_error.clone();
            vm.new_exc(&t, &msg)
        }
        FileErr::Value(msg) => {
            let t = vm.exc.value_error.clone();
            vm.new_exc(&t, &msg)
        }
    }
}

/// Run `f` on the file object `v`, turning its failure into a Python exception.
fn with_file<R>(
    vm: &mut Vm,
    v: &Value,
    f: impl FnOnce(&mut FileObj) -> FileResult<R>,
) -> PyResult<R> {
    let r = match v {
        Value::Instance(i) => match &i.payload {
            Payload::Native(n) => n.borrow_mut().downcast_mut::<FileObj>().map(f),
            _ => None,
        },
        _ => None,
    };
    match r {
        Some(Ok(x)) => Ok(x),
        Some(Err(e)) => Err(raise(vm, e)),
        None => vm.type_error("descriptor requires a file object"),
    }
}

fn is_text(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    with_file(vm, v, |fo| Ok(fo.text.is_some()))
}

/// Positional-or-keyword argument `i` named `name` of open().
fn open_arg(a: &[Value], kw: KwArgs, i: usize, name: &str) -> Option<Value> {
    a.get(i).cloned().or_else(|| kwarg(kw, name))
}

/// An optional str argument of open() (None when absent or None).
fn opt_str(vm: &mut Vm, v: Option<Value>, name: &str) -> PyResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.s.to_string())),
        Some(other) => {
            let tn = vm.type_name(&other);
            vm.type_error(format!(
                "open() argument '{name}' must be str or None, not {tn}"
            ))
        }
    }
}

/// What an open() mode string asks for.
struct Mode {
    read: bool,
    write: bool,
    append: bool,
    create: bool,
    plus: bool,
    binary: bool,
}

fn parse_mode(vm: &mut Vm, mode: &str) -> PyResult<Mode> {
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwxabt+".contains(c) || seen.contains(c) {
            return vm.value_error(format!("invalid mode: '{mode}'"));
        }
        seen.push(c);
    }
    let has = |c| seen.contains(c);
    let m = Mode {
        read: has('r'),
        write: has('w'),
        append: has('a'),
        create: has('x'),
        plus: has('+'),
        binary: has('b'),
    };
    if m.binary && has('t') {
        return vm.value_error("can't have text and binary mode at once");
    }
    let kinds = [m.read, m.write, m.append, m.create]
        .iter()
        .filter(|&&k| k)
        .count();
    if kinds > 1 {
        return vm.value_error("must have exactly one of create/read/write/append mode");
    }
    if kinds == 0 {
        return vm.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        );
    }
    Ok(m)
}

impl Mode {
    fn os_flags(&self) -> i32 {
        let access = if self.plus {
            libc::O_RDWR
        } else if self.read {
            libc::O_RDONLY
        } else {
            libc::O_WRONLY
        };
        let create = if self.write {
            libc::O_CREAT | libc::O_TRUNC
        } else if self.append {
            libc::O_CREAT | libc::O_APPEND
        } else if self.create {
            libc::O_CREAT | libc::O_EXCL
        } else {
            0
        };
        access | create | libc::O_CLOEXEC
    }

    /// The mode binary files report (FileIO's normalized spelling).
    fn binary_name(&self) -> &'static str {
        match (self.create, self.append, self.read || self.plus, self.plus) {
            (true, _, _, true) => "xb+",
            (true, _, _, false) => "xb",
            (_, true, _, true) => "ab+",
            (_, true, _, false) => "ab",
            (_, _, true, true) => "rb+",
            (_, _, true, false) => "rb",
            _ => "wb",
        }
    }
}

fn parse_newline(vm: &mut Vm, v: Option<String>) -> PyResult<Newline> {
    Ok(match v.as_deref() {
        None => Newline::Universal,
        Some("") => Newline::Untranslated,
        Some("\n") => Newline::Lf,
        Some("\r") => Newline::Cr,
        Some("\r\n") => Newline::CrLf,
        Some(other) => return vm.value_error(format!("illegal newline value: {other}")),
    })
}

/// Open `path` (a str or bytes path) with open(2) flags, or through `opener`.
fn open_fd(vm: &mut Vm, path: &Value, flags: i32, opener: Option<Value>) -> PyResult<i32> {
    if let Some(op) = opener {
        let r = vm.call_value(op, &[path.clone(), Value::Int(flags as i64)], &[])?;
        let fd = vm.index_of(&r)?;
        if fd < 0 {
            return vm.value_error(format!("opener returned {fd}"));
        }
        return Ok(fd as i32);
    }
    let raw: Vec<u8> = match path {
        Value::Str(s) => s.s.as_bytes().to_vec(),
        Value::Bytes(b) => b.to_vec(),
        _ => unreachable!("open() paths are str or bytes"),
    };
    let Ok(c) = std::ffi::CString::new(raw) else {
        return vm.value_error("embedded null byte");
    };
    // SAFETY: c is a valid NUL-terminated path.
    let fd = unsafe { libc::open(c.as_ptr(), flags, 0o666 as libc::c_uint) };
    if fd < 0 {
        let n = std::io::Error::last_os_error()
            .raw_os_error()
            .unwrap_or(libc::EIO);
        return Err(from_errno(vm, n, Some(path.clone()), None));
    }
    Ok(fd)
}

/// str/bytes paths as they are, os.PathLike objects through __fspath__.
fn path_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if matches!(v, Value::Str(_) | Value::Bytes(_)) {
        return Ok(v.clone());
    }
    let name = vm.intern("__fspath__");
    if let Some(m) = vm.lookup_method(v, &name) {
        let r = vm.call_value(m, &[], &[])?;
        if matches!(r, Value::Str(_) | Value::Bytes(_)) {
            return Ok(r);
        }
        let (tn, rn) = (vm.type_name(v), vm.type_name(&r));
        return vm.type_error(format!(
            "expected {tn}.__fspath__() to return str or bytes, not {rn}"
        ));
    }
    let tn = vm.type_name(v);
    vm.type_error(format!(
        "expected str, bytes or os.PathLike object, not {tn}"
    ))
}

/// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
/// closefd=True, opener=None)
pub fn open(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(file) = open_arg(args, kw, 0, "file") else {
        return vm.type_error("open() missing required argument 'file' (pos 1)");
    };
    let mode_s = match open_arg(args, kw, 1, "mode") {
        None => "r".to_string(),
        Some(Value::Str(s)) => s.s.to_string(),
        Some(other) => {
            let tn = vm.type_name(&other);
            return vm.type_error(format!("open() argument 'mode' must be str, not {tn}"));
        }
    };
    let buffering = match open_arg(args, kw, 2, "buffering") {
        Some(v) => vm.index_of(&v)?,
        None => -1,
    };
    let encoding = opt_str(vm, open_arg(args, kw, 3, "encoding"), "encoding")?;
    let errors = opt_str(vm, open_arg(args, kw, 4, "errors"), "errors")?;
    let newline_v = open_arg(args, kw, 5, "newline");
    let newline = opt_str(vm, newline_v, "newline")?;
    let closefd = match open_arg(args, kw, 6, "closefd") {
        Some(v) => vm.truthy(&v)?,
        None => true,
    };
    let opener = open_arg(args, kw, 7, "opener").filter(|v| !v.is_none());
    let fd_given = match &file {
        Value::Int(n) => Some(*n),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    };
    let path = match fd_given {
        Some(_) => None,
        None => Some(path_of(vm, &file)?),
    };
    let mode = parse_mode(vm, &mode_s)?;
    if mode.binary {
        for (given, what) in [
            (encoding.is_some(), "an encoding"),
            (errors.is_some(), "an errors"),
            (newline.is_some(), "a newline"),
        ] {
            if given {
                return vm.value_error(format!("binary mode doesn't take {what} argument"));
            }
        }
    } else if buffering == 0 {
        return vm.value_error("can't have unbuffered text I/O");
    }
    let (fd, name) = match (fd_given, path) {
        (Some(n), _) => match i32::try_from(n) {
            Ok(fd) if fd >= 0 => (fd, file.clone()),
            _ => return vm.value_error("negative file descriptor"),
        },
        (None, Some(p)) => {
            if !closefd {
                return vm.value_error("Cannot use closefd=False with file name");
            }
            (open_fd(vm, &p, mode.os_flags(), opener)?, p)
        }
        (None, None) => unreachable!("either a descriptor or a path"),
    };
    // SAFETY: fd is an open descriptor this file object now owns (or borrows, with
    // closefd=False, releasing it on close).
    let f = unsafe { File::from_raw_fd(fd) };
    let fail = |f: File, e: Value| -> PyResult<Value> {
        if closefd {
            drop(f);
        } else {
            let _ = f.into_raw_fd();
        }
        Err(e)
    };
    match f.metadata() {
        Ok(m) if m.is_dir() => {
            let e = from_errno(vm, libc::EISDIR, Some(name), None);
            return fail(f, e);
        }
        Ok(_) => {}
        Err(e) => {
            let e = from_io(vm, &e, None);
            return fail(f, e);
        }
    }
    let text = if mode.binary {
        None
    } else {
        let enc_name = encoding.unwrap_or_else(|| "UTF-8".to_string());
        let Some(enc) = Encoding::lookup(&enc_name) else {
            let t = vm
                .exc
                .by_name("LookupError")
                .unwrap_or(vm.exc.value_error.clone());
            let e = vm.new_exc(&t, &format!("unknown encoding: {enc_name}"));
            return fail(f, e);
        };
        let err_name = errors.unwrap_or_else(|| "strict".to_string());
        let Some(errs) = Errors::lookup(&err_name) else {
            let t = vm
                .exc
                .by_name("LookupError")
                .unwrap_or(vm.exc.value_error.clone());
            let e = vm.new_exc(&t, &format!("unknown error handler name '{err_name}'"));
            return fail(f, e);
        };
        let newline = match parse_newline(vm, newline) {
            Ok(n) => n,
            Err(e) => return fail(f, e),
        };
        Some(TextOpts {
            enc,
            errors: errs,
            encoding_name: enc_name,
            newline,
        })
    };
    let mut f = f;
    if mode.append
        && let Err(e) = f.seek(SeekFrom::End(0))
    {
        let e = from_io(vm, &e, None);
        return fail(f, e);
    }
    let types = io_types(vm);
    let t = match (&text, mode.plus, mode.read) {
        (Some(_), _, _) => types.text,
        (None, true, _) => types.random,
        (None, false, true) => types.reader,
        (None, false, false) => types.writer,
    };
    let fo = FileObj {
        file: Some(Stream::File(f)),
        text,
        readable: mode.read || mode.plus,
        writable: !mode.read || mode.plus,
        name,
        mode: if mode.binary {
            mode.binary_name().to_string()
        } else {
            mode_s
        },
        closefd,
        buf: Vec::new(),
        pos: 0,
    };
    Ok(vm.new_instance_with(&t, Payload::Native(RefCell::new(Box::new(fo)))))
}

/// sys.stdin: UTF-8 text over the process's standard input.
pub fn stdin(vm: &mut Vm) -> Value {
    let fo = FileObj {
        file: Some(Stream::Stdin),
        text: Some(TextOpts {
            enc: Encoding::Utf8,
            errors: Errors::Strict,
            encoding_name: "utf-8".into(),
            newline: Newline::Universal,
        }),
        readable: true,
        writable: false,
        name: Value::str("<stdin>"),
        mode: "r".into(),
        closefd: false,
        buf: Vec::new(),
        pos: 0,
    };
    let t = io_types(vm).text;
    vm.new_instance_with(&t, Payload::Native(RefCell::new(Box::new(fo))))
}

/// A size argument: None or negative means "everything".
fn size_arg(vm: &mut Vm, v: Option<&Value>, text: bool) -> PyResult<Option<usize>> {
    let n = match v {
        None | Some(Value::None) => return Ok(None),
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => vm.index_of(v)?,
        Some(other) if text => {
            let tn = vm.type_name(other);
            return vm.type_error(format!("argument should be integer or None, not '{tn}'"));
        }
        Some(other) => vm.index_of(other)?,
    };
    Ok(usize::try_from(n).ok())
}

fn to_value(text: bool, s: Result<String, Vec<u8>>) -> Value {
    match s {
        Ok(s) => Value::string(s),
        Err(b) if !text => Value::Bytes(Rc::new(b)),
        Err(b) => Value::string(String::from_utf8_lossy(&b).into_owned()),
    }
}

/// read/readline for both kinds of file: Ok(str) for text, Err(bytes) for binary.
fn read_any(
    fo: &mut FileObj,
    limit: Option<usize>,
    line: bool,
) -> FileResult<Result<String, Vec<u8>>> {
    if fo.text.is_some() {
        fo.read_text(limit, line).map(Ok)
    } else {
        fo.read_bytes(limit, line).map(Err)
    }
}

fn f_read(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let text = is_text(vm, &a[0])?;
    let limit = size_arg(vm, a.get(1), text)?;
    let r = with_file(vm, &a[0], |fo| read_any(fo, limit, false))?;
    Ok(to_value(text, r))
}

fn f_readline(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let text = is_text(vm, &a[0])?;
    let limit = match a.get(1) {
        Some(Value::None) if text => {
            return vm.type_error("'NoneType' object cannot be interpreted as an integer");
        }
        v => size_arg(vm, v, false)?,
    };
    let r = with_file(vm, &a[0], |fo| read_any(fo, limit, true))?;
    Ok(to_value(text, r))
}

fn f_readlines(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let text = is_text(vm, &a[0])?;
    let hint = size_arg(vm, a.get(1), false)?.filter(|&h| h > 0);
    let lines = with_file(vm, &a[0], |fo| {
        let mut out = Vec::new();
        let mut total = 0;
        loop {
            let l = read_any(fo, None, true)?;
            let len = match &l {
                Ok(s) => s.chars().count(),
                Err(b) => b.len(),
            };
            if len == 0 {
                break;
            }
            out.push(l);
            total += len;
            if hint.is_some_and(|h| total >= h) {
                break;
            }
        }
        Ok(out)
    })?;
    Ok(Value::list(
        lines.into_iter().map(|l| to_value(text, l)).collect(),
    ))
}

fn f_next(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let line = f_readline(vm, &a[..1], &[])?;
    let empty = match &line {
        Value::Str(s) => s.s.is_empty(),
        Value::Bytes(b) => b.is_empty(),
        _ => true,
    };
    if empty {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(line)
}

fn write_value(vm: &mut Vm, file: &Value, data: &Value) -> PyResult<Value> {
    if is_text(vm, file)? {
        let Value::Str(s) = data else {
            let tn = vm.type_name(data);
            return vm.type_error(format!("write() argument must be str, not {tn}"));
        };
        let s = s.clone();
        with_file(vm, file, |fo| fo.write_text(&s.s))?;
        return Ok(Value::Int(s.char_len() as i64));
    }
    let bytes = match data {
        Value::Bytes(b) => b.to_vec(),
        Value::ByteArray(b) => b.borrow().clone(),
        other => {
            let tn = vm.type_name(other);
            return vm.type_error(format!("a bytes-like object is required, not '{tn}'"));
        }
    };
    with_file(vm, file, |fo| fo.write_bytes(&bytes))?;
    Ok(Value::Int(bytes.len() as i64))
}

fn f_write(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let Some(data) = a.get(1) else {
        return vm.type_error("write() takes exactly one argument (0 given)");
    };
    write_value(vm, &a[0], data)
}

fn f_writelines(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let Some(lines) = a.get(1) else {
        return vm.type_error("writelines() takes exactly one argument (0 given)");
    };
    with_file(vm, &a[0], |fo| fo.file().map(|_| ()))?;
    for line in vm.iterate(lines)? {
        write_value(vm, &a[0], &line)?;
    }
    Ok(Value::None)
}

fn f_close(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    with_file(vm, &a[0], |fo| fo.close())?;
    Ok(Value::None)
}

fn f_flush(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    with_file(vm, &a[0], |fo| Ok(fo.file()?.flush()?))?;
    Ok(Value::None)
}

fn f_enter(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    with_file(vm, &a[0], |fo| fo.file().map(|_| ()))?;
    Ok(a[0].clone())
}

fn f_exit(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    f_close(vm, &a[..1], &[])?;
    Ok(Value::None)
}

fn f_iter(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    f_enter(vm, a, &[])
}

fn f_seek(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let Some(off) = a.get(1) else {
        return vm.type_error("seek expected at least 1 argument, got 0");
    };
    let off = vm.index_of(off)?;
    let whence = match a.get(2) {
        Some(w) => vm.index_of(w)?,
        None => 0,
    };
    let p = with_file(vm, &a[0], |fo| fo.seek(off, whence))?;
    Ok(Value::Int(p as i64))
}

fn f_tell(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let p = with_file(vm, &a[0], |fo| fo.tell())?;
    Ok(Value::Int(p as i64))
}

fn f_truncate(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let size = match a.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.index_of(v)?),
    };
    let n = with_file(vm, &a[0], |fo| {
        fo.file()?;
        if !fo.writable {
            return Err(FileErr::Unsupported("truncate".into()));
        }
        let size = match size {
            Some(s) => u64::try_from(s)
                .map_err(|_| FileErr::Io(std::io::Error::from_raw_os_error(libc::EINVAL)))?,
            None => fo.tell()?,
        };
        fo.drop_readahead()?;
        fo.file()?.file()?.set_len(size)?;
        Ok(size)
    })?;
    Ok(Value::Int(n as i64))
}

fn f_fileno(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    match with_file(vm, &a[0], |fo| Ok(fo.file.as_ref().map(Stream::fd)))? {
        Some(fd) => Ok(Value::Int(fd as i64)),
        None => vm.value_error("I/O operation on closed file"),
    }
}

fn f_isatty(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let fd = with_file(vm, &a[0], |fo| Ok(fo.file()?.fd()))?;
    // SAFETY: isatty only inspects the descriptor.
    Ok(Value::Bool(unsafe { libc::isatty(fd) } == 1))
}

/// readable()/writable()/seekable(): "I/O operation on closed file" (no period) when closed.
fn capability(vm: &mut Vm, a: &[Value], which: fn(&mut FileObj) -> bool) -> PyResult<Value> {
    match with_file(vm, &a[0], |fo| Ok(fo.file.is_some().then(|| which(fo))))? {
        Some(b) => Ok(Value::Bool(b)),
        None => vm.value_error("I/O operation on closed file"),
    }
}

fn f_readable(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    capability(vm, a, |fo| fo.readable)
}

fn f_writable(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    capability(vm, a, |fo| fo.writable)
}

fn f_seekable(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    capability(vm, a, |fo| {
        fo.file.as_ref().is_some_and(|f| {
            // SAFETY: a no-op seek only asks whether the descriptor can seek.
            unsafe { libc::lseek(f.fd(), 0, libc::SEEK_CUR) >= 0 }
        })
    })
}

fn f_repr(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let (name, mode, enc) = with_file(vm, &a[0], |fo| {
        Ok((
            fo.name.clone(),
            fo.mode.clone(),
            fo.text.as_ref().map(|t| t.encoding_name.clone()),
        ))
    })?;
    let tn = vm.type_name(&a[0]);
    let name = vm.repr_of(&name)?;
    Ok(Value::string(match enc {
        Some(e) => format!("<_io.{tn} name={name} mode='{mode}' encoding='{e}'>"),
        None => format!("<_io.{tn} name={name}>"),
    }))
}

fn f_getattr(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let Some(Value::Str(n)) = a.get(1) else {
        return vm.type_error("attribute name must be string");
    };
    let n = n.s.to_string();
    let r = with_file(vm, &a[0], |fo| {
        let text = fo.text.as_ref();
        Ok(match n.as_str() {
            "name" => Some(fo.name.clone()),
            "mode" => Some(Value::str(&fo.mode)),
            "closed" => Some(Value::Bool(fo.file.is_none())),
            "encoding" => text.map(|t| Value::str(&t.encoding_name)),
            "line_buffering" => text.map(|_| Value::Bool(false)),
            _ => None,
        })
    })?;
    match r {
        Some(v) => Ok(v),
        None => {
            let tn = vm.type_name(&a[0]);
            vm.attribute_error(format!("'_io.{tn}' object has no attribute '{n}'"))
        }
    }
}

fn io_types(vm: &mut Vm) -> IoTypes {
    if let Some(t) = IO_TYPES.with(|t| t.borrow().clone()) {
        return t;
    }
    let obj = vm.types.object.clone();
    let module_key = vm.names.__module__.clone();
    let make = |vm: &mut Vm, name: &'static str| {
        let t = vm.new_class(name, &obj);
        t.dict.set_str(module_key.clone(), Value::str("_io"));
        let methods: &[(&'static str, NativeFn)] = &[
            ("read", f_read),
            ("readline", f_readline),
            ("readlines", f_readlines),
            ("write", f_write),
            ("writelines", f_writelines),
            ("close", f_close),
            ("flush", f_flush),
            ("seek", f_seek),
            ("tell", f_tell),
            ("truncate", f_truncate),
            ("fileno", f_fileno),
            ("isatty", f_isatty),
            ("readable", f_readable),
            ("writable", f_writable),
            ("seekable", f_seekable),
            ("__enter__", f_enter),
            ("__exit__", f_exit),
            ("__iter__", f_iter),
            ("__next__", f_next),
            ("__repr__", f_repr),
            ("__getattr__", f_getattr),
        ];
        for (n, f) in methods {
            add_method(vm, &t, name, n, *f);
        }
        t
    };
    let os_error = vm.exc.os_error.clone();
    let value_error = vm.exc.value_error.clone();
    let unsupported = crate::vm::types::new_type(
        "UnsupportedOperation",
        vec![os_error, value_error],
        Layout::Exception,
        true,
    );
    unsupported
        .dict
        .set_str(module_key.clone(), Value::str("io"));
    let types = IoTypes {
        text: make(vm, "TextIOWrapper"),
        reader: make(vm, "BufferedReader"),
        writer: make(vm, "BufferedWriter"),
        random: make(vm, "BufferedRandom"),
        unsupported,
    };
    IO_TYPES.with(|t| *t.borrow_mut() = Some(types.clone()));
    types
}

/// The io module: open() and the file types.
pub fn module(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module(vm, "io");
    set_fn(vm, &d, "open", open);
    let t = io_types(vm);
    for (n, ty) in [
        ("TextIOWrapper", t.text),
        ("BufferedReader", t.reader),
        ("BufferedWriter", t.writer),
        ("BufferedRandom", t.random),
        ("UnsupportedOperation", t.unsupported),
    ] {
        set_val(vm, &d, n, Value::Type(ty));
    }
    for (n, v) in [
        ("SEEK_SET", 0),
        ("SEEK_CUR", 1),
        ("SEEK_END", 2),
        ("DEFAULT_BUFFER_SIZE", CHUNK as i64),
    ] {
        set_val(vm, &d, n, Value::Int(v));
    }
    Ok(m)
}
