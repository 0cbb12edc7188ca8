//! The virtual machine: type registry, frame stack, and entry points.

pub mod asyncgen;
pub mod attr;
pub mod attr_cache;
pub mod call;
pub mod classes;
pub mod descr;
pub mod dict;
pub mod except_star;
pub mod frame;
pub mod generator;
pub mod instr;
pub mod interp;
pub mod matching;
pub mod names;
pub mod ops;
pub mod protocol;
pub mod set;
pub mod slots;
pub mod suggestions;
pub mod tbformat;
pub mod types;
pub mod value;

use crate::bytecode::Code;
use dict::PyDict;
use frame::{ExitMode, Frame, FrameBox};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use types::{ExcTypes, Types};
use value::*;

pub struct Vm {
    pub frames: Vec<FrameBox>,
    /// Finished frames kept for reuse (see `FrameBox`).
    pub frame_pool: Vec<Box<Frame>>,
    /// Keyword names for the CALL that follows KW_NAMES (nothing runs in between, so one
    /// slot serves every frame).
    kwnames: Option<Rc<Vec<Value>>>,
    /// An exception thrown into the top (generator) frame, raised when the loop next
    /// switches frames (it is set just before, so one slot serves every frame).
    pub pending_throw: Option<Value>,
    /// Finished frames kept for reuse (boxed: they move to and from `frames` as is).
    #[allow(clippy::vec_box)]
    pub types: Types,
    pub exc: ExcTypes,
    pub builtins: Rc<PyDict>,
    /// sys.modules
    pub modules: Rc<PyDict>,
    pub recursion_limit: usize,
    /// sys.get_int_max_str_digits() (0: unlimited).
    pub int_max_str_digits: usize,
    /// Nested native-to-Python calls, bounded to protect the Rust stack.
    pub native_depth: usize,
    /// Source text per filename, for tracebacks.
    pub sources: HashMap<String, Rc<str>>,
    pub names: types::Names,
    pub argv: Vec<String>,
    pub stdout: RefCell<std::io::BufWriter<std::io::Stdout>>,
    /// Set by a generator frame run from native code: did it yield (true) or return?
    pub resume_yielded: bool,
}

thread_local! {
    static CURRENT_VM: std::cell::Cell<*mut Vm> = const { std::cell::Cell::new(std::ptr::null_mut()) };
}

/// The VM of this thread, for destructors that must run Python code (generator close).
pub fn with_current_vm<R>(f: impl FnOnce(&mut Vm) -> R) -> Option<R> {
    let p = CURRENT_VM.with(|c| c.get());
    if p.is_null() {
        return None;
    }
    // SAFETY: the pointer is set by `Vm::install` for the VM that owns this thread's
    // interpreter loop, and cleared when it is dropped.
    Some(f(unsafe { &mut *p }))
}

impl Drop for Vm {
    fn drop(&mut self) {
        CURRENT_VM.with(|c| c.set(std::ptr::null_mut()));
    }
}

impl Vm {
    pub fn new(argv: Vec<String>) -> Box<Vm> {
        let (types, exc) = types::bootstrap();
        let mut vm = Box::new(Vm {
            frames: Vec::new(),
            frame_pool: Vec::new(),
            kwnames: None,
            pending_throw: None,
            types,
            exc,
            builtins: Rc::new(PyDict::new()),
            modules: Rc::new(PyDict::new()),
            recursion_limit: 1000,
            int_max_str_digits: crate::fmt::INT_MAX_STR_DIGITS_DEFAULT,
            native_depth: 0,
            sources: HashMap::new(),
            names: types::Names::new(),
            argv,
            stdout: RefCell::new(std::io::BufWriter::with_capacity(
                1 << 16,
                std::io::stdout(),
            )),
            resume_yielded: false,
        });
        let p: *mut Vm = &mut *vm;
        CURRENT_VM.with(|c| c.set(p));
        crate::objects::install_type_methods(&mut vm);
        crate::builtins::install(&mut vm);
        vm
    }

    pub fn flush_stdout(&self) {
        use std::io::Write;
        let _ = self.stdout.borrow_mut().flush();
    }

    // ---- errors ----

    pub fn new_exc(&mut self, ty: &Rc<TypeObj>, msg: &str) -> Value {
        let args = if msg.is_empty() {
            Value::tuple(vec![])
        } else {
            Value::tuple(vec![Value::str(msg)])
        };
        self.new_exc_args(ty, args)
    }

    pub fn new_exc_args(&mut self, ty: &Rc<TypeObj>, args: Value) -> Value {
        Value::Instance(Rc::new(Instance {
            cls: RefCell::new(ty.clone()),
            dict: Some(Rc::new(PyDict::new())),
            payload: Payload::Exception(RefCell::new(ExcData::new(args))),
        }))
    }

    pub fn type_error<T>(&mut self, msg: impl AsRef<str>) -> PyResult<T> {
        let t = self.exc.type_error.clone();
        Err(self.new_exc(&t, msg.as_ref()))
    }
    pub fn value_error<T>(&mut self, msg: impl AsRef<str>) -> PyResult<T> {
        let t = self.exc.value_error.clone();
        Err(self.new_exc(&t, msg.as_ref()))
    }
    pub fn index_error<T>(&mut self, msg: impl AsRef<str>) -> PyResult<T> {
        let t = self.exc.index_error.clone();
        Err(self.new_exc(&t, msg.as_ref()))
    }
    pub fn key_error<T>(&mut self, key: Value) -> PyResult<T> {
        let t = self.exc.key_error.clone();
        Err(self.new_exc_args(&t, Value::tuple(vec![key])))
    }
    pub fn attribute_error<T>(&mut self, msg: impl AsRef<str>) -> PyResult<T> {
        let t = self.exc.attribute_error.clone();
        Err(self.new_exc(&t, msg.as_ref()))
    }
    pub fn runtime_error<T>(&mut self, msg: impl AsRef<str>) -> PyResult<T> {
        let t = self.exc.runtime_error.clone();
        Err(self.new_exc(&t, msg.as_ref()))
    }
    pub fn zero_div<T>(&mut self, msg: impl AsRef<str>) -> PyResult<T> {
        let t = self.exc.zero_division_error.clone();
        Err(self.new_exc(&t, msg.as_ref()))
    }
    pub fn overflow_error<T>(&mut self, msg: impl AsRef<str>) -> PyResult<T> {
        let t = self.exc.overflow_error.clone();
        Err(self.new_exc(&t, msg.as_ref()))
    }
    pub fn name_error<T>(&mut self, name: &str) -> PyResult<T> {
        let t = self.exc.name_error.clone();
        let e = self.new_exc(&t, &format!("name '{name}' is not defined"));
        if let Value::Instance(i) = &e
            && let Some(d) = i.exc()
        {
            suggestions::set_exc_field(&mut d.borrow_mut(), "name", Value::str(name));
        }
        Err(e)
    }
    pub fn err<T>(&mut self, ty: &Rc<TypeObj>, msg: impl AsRef<str>) -> PyResult<T> {
        Err(self.new_exc(ty, msg.as_ref()))
    }
    pub fn stop_iteration(&mut self, value: Value) -> Value {
        let t = self.exc.stop_iteration.clone();
        let args = if value.is_none() {
            Value::tuple(vec![])
        } else {
            Value::tuple(vec![value])
        };
        self.new_exc_args(&t, args)
    }

    /// Is `exc` an instance of exception type `ty` (or a subclass)?
    pub fn exc_matches(&self, exc: &Value, ty: &Rc<TypeObj>) -> bool {
        match exc {
            Value::Instance(i) => i.class().is_subtype(ty),
            _ => false,
        }
    }

    // ---- running code ----

    /// Run a code object as a module body in `globals`.
    pub fn run_code(&mut self, code: Rc<Code>, globals: Rc<PyDict>) -> PyResult<Value> {
        let mut frame = self.new_frame(&code, &globals, Some(globals.clone()));
        frame.exit = ExitMode::Boundary;
        self.run_frame(frame)
    }

    /// Push a frame and run the loop until it exits.
    pub fn run_frame(&mut self, frame: FrameBox) -> PyResult<Value> {
        if self.frames.len() >= self.recursion_limit || self.native_depth > 400 {
            let t = self.exc.recursion_error.clone();
            return Err(self.new_exc(&t, "maximum recursion depth exceeded"));
        }
        let base = self.frames.len();
        self.frames.push(frame);
        self.native_depth += 1;
        let r = self.run(base);
        self.native_depth -= 1;
        r
    }

    pub fn current_handled(&self) -> Value {
        for f in self.frames.iter().rev() {
            if !f.handled.is_none() {
                return f.handled.clone();
            }
        }
        Value::None
    }

    pub fn intern(&mut self, s: &str) -> Rc<PyStr> {
        self.names.intern(s)
    }

    /// The builtins of code running with `globals`: `globals["__builtins__"]` (a dict or
    /// a module) when it is not the VM's own.
    pub fn builtins_for(&self, globals: &PyDict) -> Option<Rc<PyDict>> {
        let d = match globals.get_str(&self.names.__builtins__)? {
            Value::Dict(d) => d,
            Value::Module(m) => m.dict.clone(),
            _ => return None,
        };
        (!Rc::ptr_eq(&d, &self.builtins)).then_some(d)
    }

    /// A frame for `code`, reusing a finished one when possible (calls are hot).
    #[inline]
    pub fn new_frame(
        &mut self,
        code: &Rc<Code>,
        globals: &Rc<PyDict>,
        locals: Option<Rc<PyDict>>,
    ) -> FrameBox {
        FrameBox::new(&mut self.frame_pool, code, globals, locals)
    }
}
