//! Calling: argument binding, frames for Python functions, instantiation, class creation.

use super::Vm;
use super::dict::PyDict;
use super::frame::{ExitMode, Frame, FrameBox};
use super::interp::Args;
use super::value::*;
use crate::bytecode::{CO_VARARGS, CO_VARKEYWORDS, Code};
use smallvec::SmallVec;
use std::cell::RefCell;
use std::rc::Rc;

/// The outcome of preparing a call.
pub enum Prepared {
    Value(Value),
    /// A Python frame to run; its result is the call's result.
    Frame(FrameBox),
    /// `__init__` to run for a new instance; the instance is the call's result.
    Init(FrameBox, Value),
}

impl Vm {
    /// MAKE_FUNCTION: `parts` are the optional defaults tuple, kw-defaults dict,
    /// annotations dict and closure tuple.
    pub fn make_function(
        &mut self,
        code_v: Value,
        globals: Rc<PyDict>,
        parts: [Option<Value>; 4],
    ) -> Value {
        let Value::Code(code) = code_v else {
            return Value::None;
        };
        let [defaults, kwdefaults, annotations, closure] = parts;
        let defaults = match defaults {
            Some(Value::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        let kwdefaults = match kwdefaults {
            Some(Value::Dict(d)) => Some(d),
            _ => None,
        };
        let annotations = match annotations {
            Some(Value::Dict(d)) => Some(d),
            _ => None,
        };
        let closure = match closure {
            Some(Value::Tuple(t)) => t
                .iter()
                .filter_map(|c| match c {
                    Value::Cell(c) => Some(c.clone()),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        let doc = code.consts.first().cloned().unwrap_or(Value::None);
        let doc = if matches!(doc, Value::Str(_)) {
            doc
        } else {
            Value::None
        };
        let module = globals
            .get_str(&self.names.__name__.clone())
            .unwrap_or(Value::None);
        let builtins = self.builtins_for(&globals);
        Value::Function(Rc::new(Function {
            name: RefCell::new(code.name.clone()),
            qualname: RefCell::new(code.qualname.clone()),
            code,
            globals,
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(kwdefaults),
            annotations: RefCell::new(annotations),
            closure,
            builtins,
            dict: RefCell::new(None),
            doc: RefCell::new(doc),
            module,
        }))
    }

    /// Call from native code (nested run for Python functions).
    pub fn call_value(
        &mut self,
        callable: Value,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> PyResult<Value> {
        let mut a: Args = args.iter().cloned().collect();
        let kwnames = if kwargs.is_empty() {
            None
        } else {
            let mut names = Vec::with_capacity(kwargs.len());
            for (k, v) in kwargs {
                a.push(v.clone());
                names.push(Value::Str(k.clone()));
            }
            Some(Rc::new(names))
        };
        let p = self.prepare_call(callable, a, kwnames)?;
        self.call_prepared_value(p)
    }

    /// CALL from the dispatch loop. Ok(None): a frame was pushed.
    pub fn call_from_loop(
        &mut self,
        callable: Value,
        args: Args,
        kw: Option<Rc<Vec<Value>>>,
    ) -> PyResult<Option<Value>> {
        // Generator methods resume without nesting the loop.
        if let Value::Builtin(b) = &callable
            && b.binding.is_none()
            && kw.is_none()
            && let Some(Value::Generator(g)) = args.first()
            && b.resumes_generator()
        {
            let g = g.clone();
            match b.name {
                "send" if args.len() == 2 => {
                    return self.gen_call_from_loop(&g, args[1].clone(), None);
                }
                "__next__" if args.len() == 1 => {
                    return self.gen_call_from_loop(&g, Value::None, None);
                }
                "throw" if (2..=4).contains(&args.len()) => {
                    let e = self.throw_args(&args[1..])?;
                    return self.gen_call_from_loop(&g, Value::None, Some(e));
                }
                _ => {}
            }
        }
        match self.prepare_call(callable, args, kw)? {
            Prepared::Value(v) => Ok(Some(v)),
            Prepared::Frame(f) => {
                self.push_call_frame(f)?;
                Ok(None)
            }
            Prepared::Init(mut f, inst) => {
                if self.frames.len() >= self.recursion_limit {
                    let t = self.exc.recursion_error.clone();
                    return Err(self.new_exc(&t, "maximum recursion depth exceeded"));
                }
                f.exit = ExitMode::Init(inst);
                self.frames.push(f);
                Ok(None)
            }
        }
    }

    /// Push the frame of a call made by the dispatch loop (its result goes on the caller's stack).
    #[inline(always)]
    pub fn push_call_frame(&mut self, frame: FrameBox) -> PyResult<()> {
        if self.frames.len() >= self.recursion_limit {
            return Err(self.too_deep(frame));
        }
        debug_assert!(matches!(frame.exit, ExitMode::Call));
        super::frame::push_inline(&mut self.frames, frame);
        Ok(())
    }

    /// The RecursionError for a call whose frame would exceed the limit.
    #[cold]
    #[inline(never)]
    fn too_deep(&mut self, frame: FrameBox) -> Value {
        frame.recycle_into(&mut self.frame_pool);
        let t = self.exc.recursion_error.clone();
        self.new_exc(&t, "maximum recursion depth exceeded")
    }

    /// CALL_FUNCTION_EX: f(*args, **kwargs).
    pub fn call_ex_from_loop(
        &mut self,
        callable: Value,
        args_t: Value,
        kwargs: Option<Value>,
    ) -> PyResult<Option<Value>> {
        let mut args: Args = match &args_t {
            Value::Tuple(t) => t.iter().cloned().collect(),
            other => match self.iterate(other) {
                Ok(items) => SmallVec::from_vec(items),
                Err(e) => {
                    let te = self.exc.type_error.clone();
                    if self.exc_matches(&e, &te) && !self.is_iterable(other) {
                        let (f, tn) = (self.func_str(&callable), self.type_name(other));
                        return self.type_error(format!(
                            "{f} argument after * must be an iterable, not {tn}"
                        ));
                    }
                    return Err(e);
                }
            },
        };
        let kwargs = match kwargs {
            Some(v @ Value::Dict(_)) | Some(v @ Value::None) => Some(v),
            Some(other) => {
                let d = Rc::new(PyDict::new());
                self.merge_call_kwargs(&d, &other, &callable)?;
                Some(Value::Dict(d))
            }
            None => None,
        };
        let kw = match kwargs {
            Some(Value::Dict(d)) if !d.is_empty() => {
                let mut names = Vec::new();
                for (k, v) in d.items() {
                    if !matches!(k, Value::Str(_)) {
                        return self.type_error("keywords must be strings");
                    }
                    names.push(k);
                    args.push(v);
                }
                Some(Rc::new(names))
            }
            _ => None,
        };
        self.call_from_loop(callable, args, kw)
    }

    /// DICT_MERGE for `**` in a call to `func`, with CPython's messages naming it.
    pub fn merge_call_kwargs(&mut self, d: &PyDict, other: &Value, func: &Value) -> PyResult<()> {
        let Err(e) = self.dict_merge(d, other, true) else {
            return Ok(());
        };
        let (ae, ke) = (self.exc.attribute_error.clone(), self.exc.key_error.clone());
        let msg = if self.exc_matches(&e, &ae) {
            let tn = self.type_name(other);
            format!("argument after ** must be a mapping, not {tn}")
        } else if self.exc_matches(&e, &ke) {
            let key = match &e {
                Value::Instance(i) => match i.exc().map(|x| x.borrow().args.clone()) {
                    Some(Value::Tuple(t)) => t.first().cloned().unwrap_or(Value::None),
                    _ => Value::None,
                },
                _ => Value::None,
            };
            let key = self.str_of(&key)?;
            format!("got multiple values for keyword argument '{key}'")
        } else {
            return Err(e);
        };
        let f = self.func_str(func);
        self.type_error(format!("{f} {msg}"))
    }

    /// How CPython names a callable in call errors: `module.qualname()`.
    pub fn func_str(&mut self, func: &Value) -> String {
        let target = match func {
            Value::BoundMethod(m) => m.func.clone(),
            other => other.clone(),
        };
        let (qn, module) = match &target {
            Value::Function(f) => (f.qualname.borrow().s.to_string(), f.module.clone()),
            Value::Builtin(b) => (b.name.to_string(), Value::None),
            Value::Type(t) => {
                let m = match t.heap {
                    true => t
                        .dict
                        .get_str(&self.names.__module__.clone())
                        .unwrap_or(Value::None),
                    false => Value::None,
                };
                (t.qualname.borrow().clone(), m)
            }
            other => return format!("{} object", self.type_name(other)),
        };
        match module {
            Value::Str(m) if m.s != "builtins" => format!("{}.{qn}()", m.s),
            _ => format!("{qn}()"),
        }
    }

    pub fn prepare_call(
        &mut self,
        callable: Value,
        mut args: Args,
        kw: Option<Rc<Vec<Value>>>,
    ) -> PyResult<Prepared> {
        match &callable {
            Value::Function(func) => {
                let frame = self.function_frame(func, &args, kw.as_deref().map(|v| &v[..]))?;
                if func.code.is_generator_like() {
                    let g = self.new_generator(
                        frame,
                        func.name.borrow().clone(),
                        func.qualname.borrow().clone(),
                    );
                    return Ok(Prepared::Value(g));
                }
                Ok(Prepared::Frame(frame))
            }
            Value::BoundMethod(bm) => {
                args.insert(0, bm.receiver.clone());
                let f = bm.func.clone();
                self.prepare_call(f, args, kw)
            }
            Value::Builtin(b) => {
                let b = b.clone();
                if let Some(recv) = &b.binding {
                    args.insert(0, recv.clone());
                }
                let r = match kw {
                    None => (b.func)(self, &args, &[]),
                    Some(names) => {
                        let npos = args.len() - names.len();
                        let kwpairs: Vec<(Rc<PyStr>, Value)> = names
                            .iter()
                            .zip(args[npos..].iter())
                            .map(|(n, v)| match n {
                                Value::Str(s) => (s.clone(), v.clone()),
                                _ => (Rc::new(PyStr::new(String::new())), v.clone()),
                            })
                            .collect();
                        (b.func)(self, &args[..npos], &kwpairs)
                    }
                };
                r.map(Prepared::Value)
            }
            Value::Type(t) => {
                let t = t.clone();
                self.call_type(&t, args, kw)
            }
            Value::StaticMethod(f) => {
                let f = (**f).clone();
                self.prepare_call(f, args, kw)
            }
            _ => {
                let call = self.names.__call__.clone();
                match self.lookup_method(&callable, &call) {
                    Some(m) => self.prepare_call(m, args, kw),
                    None => {
                        let tn = self.type_name(&callable);
                        self.type_error(format!("'{tn}' object is not callable"))
                    }
                }
            }
        }
    }

    /// Create the frame for a Python function call, binding arguments.
    pub fn function_frame(
        &mut self,
        func: &Rc<Function>,
        args: &[Value],
        kwnames: Option<&[Value]>,
    ) -> PyResult<FrameBox> {
        if kwnames.is_none() && is_simple_call(&func.code, args.len()) {
            return Ok(self.simple_frame(func, args.iter().cloned()));
        }
        let mut frame = self.function_base_frame(func);
        self.bind_args(func, frame.fast_mut(), args, kwnames)?;
        init_arg_cells(&mut frame);
        Ok(frame)
    }

    /// The frame of a call whose arguments are exactly the parameters (see is_simple_call).
    pub fn simple_frame(
        &mut self,
        func: &Rc<Function>,
        args: impl Iterator<Item = Value>,
    ) -> FrameBox {
        let mut frame = self.function_base_frame(func);
        for (slot, a) in frame.fast_mut().iter_mut().zip(args) {
            *slot = a;
        }
        init_arg_cells(&mut frame);
        frame
    }

    /// `simple_frame` for the CALL fast path: the `nargs` values at `args` (on the
    /// caller's stack, which gives them up) move into the new frame's first locals.
    ///
    /// # Safety
    /// `args` points to `nargs` values that the caller no longer owns, and
    /// `is_simple_call(&func.code, nargs)` holds.
    #[inline]
    pub unsafe fn simple_frame_from(
        &mut self,
        func: &Function,
        args: *const Value,
        nargs: usize,
    ) -> FrameBox {
        let mut frame = unsafe {
            FrameBox::with_args(
                &mut self.frame_pool,
                &func.code,
                &func.globals,
                None,
                args,
                nargs,
            )
        };
        Self::add_closure(&mut frame, func);
        if !frame.code.cell_args.is_empty() {
            init_arg_cells(&mut frame);
        }
        frame
    }

    /// A function's frame before its arguments are bound: closure cells and builtins set.
    #[inline]
    fn function_base_frame(&mut self, func: &Rc<Function>) -> FrameBox {
        let mut frame = self.new_frame(&func.code, &func.globals, None);
        Self::add_closure(&mut frame, func);
        frame
    }

    /// The closure's cells after the frame's own, and the function's own builtins.
    #[inline(always)]
    fn add_closure(frame: &mut Frame, func: &Function) {
        if !func.closure.is_empty() {
            frame
                .stack
                .extend(func.closure.iter().map(|c| Value::Cell(c.clone())));
        }
        if func.builtins.is_some() {
            frame.builtins = func.builtins.clone();
        }
    }

    fn bind_args(
        &mut self,
        func: &Rc<Function>,
        fast: &mut [Value],
        args: &[Value],
        kwnames: Option<&[Value]>,
    ) -> PyResult<()> {
        let code = func.code.clone();
        let qn = func.qualname.borrow().s.clone();
        let argc = code.argcount as usize;
        let posonly = code.posonlyargcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let has_varargs = code.flags & CO_VARARGS != 0;
        let has_varkw = code.flags & CO_VARKEYWORDS != 0;
        let nkw = kwnames.map(|k| k.len()).unwrap_or(0);
        let npos = args.len() - nkw;
        let pos = &args[..npos];
        let var_idx = argc + kwonly;
        let kw_idx = var_idx + has_varargs as usize;
        // Positional arguments.
        for (i, a) in pos.iter().take(argc).enumerate() {
            fast[i] = a.clone();
        }
        if has_varargs {
            let extra: Vec<Value> = if npos > argc {
                pos[argc..].to_vec()
            } else {
                Vec::new()
            };
            fast[var_idx] = Value::tuple(extra);
        } else if npos > argc {
            let defaults = func.defaults.borrow().len();
            let kw_given = kwnames
                .map(|ks| {
                    ks.iter()
                        .filter(|k| match k {
                            Value::Str(s) => code.varnames[argc..argc + kwonly]
                                .iter()
                                .any(|v| v.s == s.s),
                            _ => false,
                        })
                        .count()
                })
                .unwrap_or(0);
            let takes = if defaults > 0 {
                format!("from {} to {}", argc - defaults, argc)
            } else {
                format!("{argc}")
            };
            let plural = if argc == 1 && defaults == 0 { "" } else { "s" };
            let given = if kw_given > 0 {
                format!(
                    "{npos} positional argument{} (and {kw_given} keyword-only argument{}) were given",
                    if npos == 1 { "" } else { "s" },
                    if kw_given == 1 { "" } else { "s" }
                )
            } else if npos == 1 {
                "1 was given".to_string()
            } else {
                format!("{npos} were given")
            };
            return self.type_error(format!(
                "{qn}() takes {takes} positional argument{plural} but {given}"
            ));
        }
        // Keyword arguments.
        let kwdict = if has_varkw {
            Some(Rc::new(PyDict::new()))
        } else {
            None
        };
        let mut posonly_as_kw: Vec<String> = Vec::new();
        if let Some(names) = kwnames {
            for (k, v) in names.iter().zip(args[npos..].iter()) {
                let Value::Str(ks) = k else { continue };
                let slot = code.varnames[posonly..argc + kwonly]
                    .iter()
                    .position(|n| n.s == ks.s)
                    .map(|i| i + posonly);
                match slot {
                    Some(i) => {
                        if !fast[i].is_undef() {
                            return self.type_error(format!(
                                "{qn}() got multiple values for argument '{}'",
                                ks.s
                            ));
                        }
                        fast[i] = v.clone();
                    }
                    None => match &kwdict {
                        Some(d) => {
                            if d.get_str(ks).is_some() {
                                return self.type_error(format!(
                                    "{qn}() got multiple values for keyword argument '{}'",
                                    ks.s
                                ));
                            }
                            d.set_str(ks.clone(), v.clone())
                        }
                        None => {
                            if code.varnames[..posonly].iter().any(|n| n.s == ks.s) {
                                posonly_as_kw.push(ks.s.to_string());
                                continue;
                            }
                            return self.type_error(format!(
                                "{qn}() got an unexpected keyword argument '{}'",
                                ks.s
                            ));
                        }
                    },
                }
            }
        }
        if !posonly_as_kw.is_empty() {
            return self.type_error(format!(
                "{qn}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            ));
        }
        if let Some(d) = kwdict {
            fast[kw_idx] = Value::Dict(d);
        }
        // Defaults and missing arguments.
        let defaults = func.defaults.borrow().clone();
        let first_default = argc - defaults.len().min(argc);
        let mut missing: Vec<String> = Vec::new();
        for i in 0..argc {
            if fast[i].is_undef() {
                if i >= first_default {
                    fast[i] = defaults[i - first_default].clone();
                } else {
                    missing.push(format!("'{}'", code.varnames[i].s));
                }
            }
        }
        if !missing.is_empty() {
            return self.type_error(format!(
                "{qn}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&missing)
            ));
        }
        let kwdefaults = func.kwdefaults.borrow().clone();
        for (slot, name) in fast[argc..argc + kwonly]
            .iter_mut()
            .zip(&code.varnames[argc..])
        {
            if slot.is_undef() {
                if let Some(d) = &kwdefaults
                    && let Some(v) = d.get_str(name)
                {
                    *slot = v;
                    continue;
                }
                missing.push(format!("'{}'", name.s));
            }
        }
        if !missing.is_empty() {
            return self.type_error(format!(
                "{qn}() missing {} required keyword-only argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&missing)
            ));
        }
        Ok(())
    }

    /// Calling a class: its metaclass's `__call__`, or `type.__call__`.
    fn call_type(
        &mut self,
        t: &Rc<TypeObj>,
        mut args: Args,
        kw: Option<Rc<Vec<Value>>>,
    ) -> PyResult<Prepared> {
        if let Some(meta) = t.meta.borrow().clone()
            && let Some(call) = meta.lookup(&self.names.__call__.clone())
            && !matches!(&call, Value::Builtin(b) if b.owner == Some("type"))
        {
            args.insert(0, Value::Type(t.clone()));
            return self.prepare_call(call, args, kw);
        }
        self.type_call(t, args, kw)
    }

    /// `type.__call__(cls, *args, **kwargs)`: `cls.__new__`, then `__init__` when it
    /// returned an instance of `cls`. `type(x)` gives the type of `x`.
    pub fn type_call(
        &mut self,
        t: &Rc<TypeObj>,
        args: Args,
        kw: Option<Rc<Vec<Value>>>,
    ) -> PyResult<Prepared> {
        if Rc::ptr_eq(t, &self.types.type_) {
            let npos = args.len() - kw.as_ref().map_or(0, |k| k.len());
            if npos == 1 && kw.is_none() {
                return Ok(Prepared::Value(Value::Type(self.type_of(&args[0]))));
            }
            if npos != 1 && npos != 3 {
                return self.type_error("type() takes 1 or 3 arguments");
            }
        }
        if kw.is_none()
            && let Some(r) = crate::objects::construct::convert(self, t, &args)
        {
            return r.map(Prepared::Value);
        }
        let new_name = self.names.__new__.clone();
        let newf = match t.lookup(&new_name) {
            Some(Value::StaticMethod(f)) => (*f).clone(),
            // Builtin types without a constructor of their own.
            Some(f) if !t.heap && is_object_method(&f) && !Rc::ptr_eq(t, &self.types.object) => {
                return self.type_error(format!("cannot create '{}' instances", t.name()));
            }
            Some(f) => f,
            None => return self.type_error(format!("cannot create '{}' instances", t.name())),
        };
        let init_name = self.names.__init__.clone();
        // object.__init__ has nothing to do (object.__new__ checks the arguments), so
        // when a native __new__ makes an instance of `t` itself, the arguments go to it.
        let trivial_init = matches!(newf, Value::Builtin(_))
            && t.lookup(&init_name).is_none_or(|i| is_object_method(&i));
        let (mut a, args) = if trivial_init {
            (args, SmallVec::new())
        } else {
            (args.clone(), args)
        };
        a.insert(0, Value::Type(t.clone()));
        let inst = self.call_prepared(newf, a, kw.clone())?;
        // __init__ (of the instance's type) runs only when __new__ returned an instance of t.
        let ity = self.type_of(&inst);
        if trivial_init || !ity.is_subtype(t) {
            return Ok(Prepared::Value(inst));
        }
        let init = match ity.lookup(&init_name) {
            Some(init) if !is_object_method(&init) => init,
            _ => return Ok(Prepared::Value(inst)),
        };
        let mut a: Args = SmallVec::new();
        a.push(inst.clone());
        a.extend(args);
        if let Value::Function(init) = &init {
            let frame = self.function_frame(init, &a, kw.as_deref().map(|v| &v[..]))?;
            return Ok(Prepared::Init(frame, inst));
        }
        let r = self.call_prepared(init, a, kw)?;
        if !r.is_none() {
            let tn = self.type_name(&r);
            return self.type_error(format!("__init__() should return None, not '{tn}'"));
        }
        Ok(Prepared::Value(inst))
    }

    /// Run a prepared call to completion (nested run for Python frames).
    pub fn call_prepared_value(&mut self, p: Prepared) -> PyResult<Value> {
        match p {
            Prepared::Value(v) => Ok(v),
            Prepared::Frame(mut fr) => {
                fr.exit = ExitMode::Boundary;
                self.run_frame(fr)
            }
            Prepared::Init(mut fr, inst) => {
                fr.exit = ExitMode::Boundary;
                let r = self.run_frame(fr)?;
                if !r.is_none() {
                    let tn = self.type_name(&r);
                    return self.type_error(format!("__init__() should return None, not '{tn}'"));
                }
                Ok(inst)
            }
        }
    }

    fn call_prepared(
        &mut self,
        f: Value,
        args: Args,
        kw: Option<Rc<Vec<Value>>>,
    ) -> PyResult<Value> {
        let p = self.prepare_call(f, args, kw)?;
        self.call_prepared_value(p)
    }

    /// A new instance of a (possibly builtin-derived) class, with the payload its layout needs.
    pub fn new_instance(&mut self, cls: &Rc<TypeObj>) -> Value {
        let payload = match cls.layout {
            Layout::Exception => Payload::Exception(RefCell::new(ExcData::default())),
            Layout::Dict => Payload::Dict(Rc::new(PyDict::new())),
            Layout::List => Payload::List(Rc::new(ListObj::new(Vec::new()))),
            Layout::Tuple => Payload::Tuple(Rc::new(Vec::new())),
            Layout::Set => Payload::Set(Rc::new(PySet::new())),
            Layout::Int => Payload::Int(Value::Int(0)),
            Layout::Float => Payload::Float(0.0),
            Layout::Str => Payload::Str(Rc::new(PyStr::new(String::new()))),
            _ => self.slot_payload(cls).unwrap_or(Payload::None),
        };
        // Plain `object()` instances and those of classes with only slots have no __dict__.
        let dict = if cls.slotted || Rc::ptr_eq(cls, &self.types.object) {
            None
        } else {
            Some(Rc::new(PyDict::new()))
        };
        Value::Instance(Rc::new(Instance {
            cls: RefCell::new(cls.clone()),
            dict,
            payload,
        }))
    }

    pub fn new_instance_with(&mut self, cls: &Rc<TypeObj>, payload: Payload) -> Value {
        Value::Instance(Rc::new(Instance {
            cls: RefCell::new(cls.clone()),
            dict: Some(Rc::new(PyDict::new())),
            payload,
        }))
    }
}

/// Is `f` one of `object`'s own methods (`object.__new__`, `object.__init__`...)?
pub fn is_object_method(f: &Value) -> bool {
    matches!(f, Value::Builtin(b) if b.owner == Some("object"))
}

fn join_names(names: &[String]) -> String {
    match names.len() {
        0 => String::new(),
        1 => names[0].clone(),
        2 => format!("{} and {}", names[0], names[1]),
        n => format!("{}, and {}", names[..n - 1].join(", "), names[n - 1]),
    }
}

/// Whether `nargs` positional arguments bind one to one to the parameters (no defaults,
/// keywords, `*args` or `**kwargs` to work out): the fast path of calls.
pub fn is_simple_call(code: &Code, nargs: usize) -> bool {
    code.argcount as usize == nargs
        && code.kwonlyargcount == 0
        && code.flags & (CO_VARARGS | CO_VARKEYWORDS) == 0
}

/// Arguments captured by inner functions live in cells.
fn init_arg_cells(frame: &mut Frame) {
    if frame.code.cell_args.is_empty() {
        return;
    }
    let code = frame.code.clone();
    for &(ci, ai) in &code.cell_args {
        *frame.cell(ci as usize).value.borrow_mut() = frame.stack[ai as usize].clone();
    }
}
