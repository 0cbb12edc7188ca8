//! Calling: argument binding, frames for Python functions, instantiation, class creation.

use super::Vm;
use super::dict::PyDict;
use super::frame::{ExitMode, Frame};
use super::interp::Args;
use super::types::{compute_mro, new_type};
use super::value::*;
use crate::bytecode::{CO_VARARGS, CO_VARKEYWORDS, Code};
use smallvec::SmallVec;
use std::cell::RefCell;
use std::rc::Rc;

/// The outcome of preparing a call.
pub enum Prepared {
    Value(Value),
    /// A Python frame to run; its result is the call's result.
    Frame(Box<Frame>),
    /// `__init__` to run for a new instance; the instance is the call's result.
    Init(Box<Frame>, Value),
}

impl Vm {
    pub fn make_function(
        &mut self,
        code_v: Value,
        globals: Rc<PyDict>,
        defaults: Option<Value>,
        kwdefaults: Option<Value>,
        closure: Option<Value>,
    ) -> Value {
        let Value::Code(code) = code_v else {
            return Value::None;
        };
        let defaults = match defaults {
            Some(Value::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        let kwdefaults = match kwdefaults {
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
        Value::Function(Rc::new(Function {
            name: RefCell::new(code.name.clone()),
            qualname: RefCell::new(code.qualname.clone()),
            code,
            globals,
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(kwdefaults),
            closure,
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
        match self.prepare_call(callable, a, kwnames)? {
            Prepared::Value(v) => Ok(v),
            Prepared::Frame(mut f) => {
                f.exit = ExitMode::Boundary;
                self.run_frame(f)
            }
            Prepared::Init(mut f, inst) => {
                f.exit = ExitMode::Boundary;
                let r = self.run_frame(f)?;
                if !r.is_none() {
                    let tn = self.type_name(&r);
                    return self.type_error(format!("__init__() should return None, not '{tn}'"));
                }
                Ok(inst)
            }
        }
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
            && matches!(b.owner, Some("generator") | Some("coroutine"))
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
    pub fn push_call_frame(&mut self, mut frame: Box<Frame>) -> PyResult<()> {
        if self.frames.len() >= self.recursion_limit {
            self.recycle_frame(frame);
            let t = self.exc.recursion_error.clone();
            return Err(self.new_exc(&t, "maximum recursion depth exceeded"));
        }
        frame.exit = ExitMode::Call;
        self.frames.push(frame);
        Ok(())
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
            other => SmallVec::from_vec(self.iterate(other)?),
        };
        let kw = match kwargs {
            Some(Value::Dict(d)) if !d.is_empty() => {
                let mut names = Vec::new();
                for (k, v) in d.items() {
                    names.push(k);
                    args.push(v);
                }
                Some(Rc::new(names))
            }
            _ => None,
        };
        self.call_from_loop(callable, args, kw)
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
    ) -> PyResult<Box<Frame>> {
        if kwnames.is_none() && is_simple_call(&func.code, args.len()) {
            return Ok(self.simple_frame(func, args.iter().cloned()));
        }
        let mut frame = self.new_frame(func.code.clone(), func.globals.clone(), None);
        frame.cells.extend(func.closure.iter().cloned());
        self.bind_args(func, &mut frame.fast, args, kwnames)?;
        init_arg_cells(&mut frame);
        Ok(frame)
    }

    /// The frame of a call whose arguments are exactly the parameters (see is_simple_call).
    pub fn simple_frame(
        &mut self,
        func: &Rc<Function>,
        args: impl Iterator<Item = Value>,
    ) -> Box<Frame> {
        let mut frame = self.new_frame(func.code.clone(), func.globals.clone(), None);
        frame.cells.extend(func.closure.iter().cloned());
        for (slot, a) in frame.fast.iter_mut().zip(args) {
            *slot = a;
        }
        init_arg_cells(&mut frame);
        frame
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
                                posonly_as_kw.push(ks.s.clone());
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

    /// Calling a type: builtin constructors, or __new__ + __init__ for classes.
    fn call_type(
        &mut self,
        t: &Rc<TypeObj>,
        args: Args,
        kw: Option<Rc<Vec<Value>>>,
    ) -> PyResult<Prepared> {
        // A metaclass with its own __call__.
        if let Some(meta) = t.meta.borrow().clone()
            && let Some(call) = meta.lookup(&self.names.__call__.clone())
            && matches!(call, Value::Function(_))
        {
            let mut a = args;
            a.insert(0, Value::Type(t.clone()));
            return self.prepare_call(call, a, kw);
        }
        let new_name = self.names.__new__.clone();
        let newf = t.lookup(&new_name);
        let init_name = self.names.__init__.clone();
        let init = t.lookup(&init_name);
        // object.__init__ does nothing: skip it (and keeping the arguments for it).
        let trivial_init = match &init {
            None => true,
            Some(Value::Builtin(b)) => b.owner == Some("object") && b.name == "__init__",
            Some(_) => false,
        };
        let (mut a, args) = if trivial_init {
            (args, SmallVec::new())
        } else {
            (args.clone(), args)
        };
        a.insert(0, Value::Type(t.clone()));
        let inst = match newf {
            Some(Value::StaticMethod(f)) => {
                let f = (*f).clone();
                self.call_prepared(f, a, kw.clone())?
            }
            Some(f @ Value::Builtin(_)) | Some(f @ Value::Function(_)) => {
                self.call_prepared(f, a, kw.clone())?
            }
            _ => return self.type_error(format!("cannot create '{}' instances", t.name())),
        };
        // __init__ runs only when __new__ returned an instance of t.
        if trivial_init || !self.type_of(&inst).is_subtype(t) {
            return Ok(Prepared::Value(inst));
        }
        match init {
            Some(Value::Function(init)) => {
                let mut a: Args = SmallVec::new();
                a.push(inst.clone());
                a.extend(args);
                let frame = self.function_frame(&init, &a, kw.as_deref().map(|v| &v[..]))?;
                Ok(Prepared::Init(frame, inst))
            }
            Some(init @ Value::Builtin(_)) => {
                let mut a: Args = SmallVec::new();
                a.push(inst.clone());
                a.extend(args);
                self.call_prepared(init, a, kw)?;
                Ok(Prepared::Value(inst))
            }
            Some(other) => {
                let mut a: Args = SmallVec::new();
                a.push(inst.clone());
                a.extend(args);
                self.call_prepared(other, a, kw)?;
                Ok(Prepared::Value(inst))
            }
            None => Ok(Prepared::Value(inst)),
        }
    }

    fn call_prepared(
        &mut self,
        f: Value,
        args: Args,
        kw: Option<Rc<Vec<Value>>>,
    ) -> PyResult<Value> {
        match self.prepare_call(f, args, kw)? {
            Prepared::Value(v) => Ok(v),
            Prepared::Frame(mut fr) => {
                fr.exit = ExitMode::Boundary;
                self.run_frame(fr)
            }
            Prepared::Init(mut fr, inst) => {
                fr.exit = ExitMode::Boundary;
                self.run_frame(fr)?;
                Ok(inst)
            }
        }
    }

    /// A new instance of a (possibly builtin-derived) class, with the payload its layout needs.
    pub fn new_instance(&mut self, cls: &Rc<TypeObj>) -> Value {
        let payload = match cls.layout {
            Layout::Exception => Payload::Exception(RefCell::new(ExcData {
                args: Value::tuple(vec![]),
                ..Default::default()
            })),
            Layout::Dict => Payload::Dict(Rc::new(PyDict::new())),
            Layout::List => Payload::List(Rc::new(ListObj::new(Vec::new()))),
            Layout::Tuple => Payload::Tuple(Rc::new(Vec::new())),
            Layout::Set => Payload::Set(Rc::new(PySet::new())),
            Layout::Int => Payload::Int(Value::Int(0)),
            Layout::Float => Payload::Float(0.0),
            Layout::Str => Payload::Str(Rc::new(PyStr::new(String::new()))),
            _ => Payload::None,
        };
        Value::Instance(Rc::new(Instance {
            cls: RefCell::new(cls.clone()),
            dict: Some(Rc::new(PyDict::new())),
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

    /// type(name, bases, ns) and the class statement's final step.
    pub fn type_new(
        &mut self,
        meta: &Rc<TypeObj>,
        name: &str,
        bases: Vec<Rc<TypeObj>>,
        ns: &Rc<PyDict>,
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> PyResult<Value> {
        let bases = if bases.is_empty() {
            vec![self.types.object.clone()]
        } else {
            bases
        };
        // Layout: the most derived non-object layout among the bases.
        let mut layout = Layout::Object;
        for b in &bases {
            if b.layout != Layout::Object {
                if layout != Layout::Object && layout != b.layout {
                    return self.type_error("multiple bases have instance lay-out conflict");
                }
                layout = b.layout;
            }
        }
        let slots_name = self.names.__slots__.clone();
        let slotted = match ns.get_str(&slots_name) {
            Some(s) => {
                let names = match &s {
                    Value::Str(x) => vec![Value::Str(x.clone())],
                    other => self.iterate(other)?,
                };
                let has_dict = names
                    .iter()
                    .any(|n| matches!(n, Value::Str(s) if s.s == "__dict__"));
                let base_has_dict = bases.iter().any(|b| b.heap && !b.slotted);
                !has_dict && !base_has_dict
            }
            None => false,
        };
        let dict = Rc::new(ns.copy());
        dict.remove_str(&self.names.__classcell__.clone());
        let qualname = match dict.get_str(&self.names.__qualname__.clone()) {
            Some(Value::Str(q)) => q.s.clone(),
            _ => name.to_string(),
        };
        dict.remove_str(&self.names.__qualname__.clone());
        let t = Rc::new(TypeObj {
            name: RefCell::new(name.to_string()),
            qualname: RefCell::new(qualname),
            bases: RefCell::new(bases),
            mro: RefCell::new(Vec::new()),
            dict,
            layout,
            meta: RefCell::new(if Rc::ptr_eq(meta, &self.types.type_) {
                None
            } else {
                Some(meta.clone())
            }),
            slotted,
            heap: true,
            cache: Default::default(),
        });
        t.dict.mark_type_dict();
        match compute_mro(&t) {
            Ok(m) => {
                *t.mro.borrow_mut() = m;
                crate::vm::dict::bump_type_epoch();
            }
            Err(msg) => return self.type_error(msg),
        }
        // Wrap __new__, __init_subclass__ and __class_getitem__ the way CPython does.
        {
            let n = "__new__";
            let key = self.intern(n);
            if let Some(Value::Function(f)) = t.dict.get_str(&key) {
                t.dict
                    .set_str(key, Value::StaticMethod(Rc::new(Value::Function(f))));
            }
        }
        for n in ["__init_subclass__", "__class_getitem__"] {
            let key = self.intern(n);
            if let Some(Value::Function(f)) = t.dict.get_str(&key) {
                t.dict
                    .set_str(key, Value::ClassMethod(Rc::new(Value::Function(f))));
            }
        }
        if t.dict.get_str(&self.names.__doc__.clone()).is_none() {
            t.dict.set_str(self.names.__doc__.clone(), Value::None);
        }
        let tv = Value::Type(t.clone());
        // __set_name__ on attributes.
        let set_name = self.names.__set_name__.clone();
        for (k, v) in t.dict.items() {
            if let Value::Instance(_) = &v
                && let Some(m) = self.lookup_method(&v, &set_name)
            {
                self.call_value(m, &[tv.clone(), k], &[])?;
            }
        }
        // __init_subclass__ of the parent.
        let sup = Value::Super(Rc::new(SuperObj {
            this_type: t.clone(),
            obj: tv.clone(),
            obj_type: t.clone(),
        }));
        let isc = self.names.__init_subclass__.clone();
        if let Ok(m) = self.get_attr(&sup, &isc) {
            self.call_value(m, &[], kwargs)?;
        }
        Ok(tv)
    }

    /// __build_class__(func, name, *bases, **kwargs)
    pub fn build_class(
        &mut self,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> PyResult<Value> {
        let (Some(func), Some(Value::Str(name))) = (args.first(), args.get(1)) else {
            return self.type_error("__build_class__: func must be a function");
        };
        let Value::Function(func) = func else {
            return self.type_error("__build_class__: func must be a function");
        };
        let mut bases: Vec<Rc<TypeObj>> = Vec::new();
        for b in &args[2..] {
            match b {
                Value::Type(t) => bases.push(t.clone()),
                other => {
                    let tn = self.type_name(other);
                    let _ = tn;
                    return self.type_error("bases must be types");
                }
            }
        }
        let mut meta: Option<Rc<TypeObj>> = None;
        let mut rest: Vec<(Rc<PyStr>, Value)> = Vec::new();
        for (k, v) in kwargs {
            if k.s == "metaclass" {
                match v {
                    Value::Type(m) => meta = Some(m.clone()),
                    _ => return self.type_error("metaclass must be a type"),
                }
            } else {
                rest.push((k.clone(), v.clone()));
            }
        }
        let meta = match meta {
            Some(m) => m,
            None => {
                let mut m = self.types.type_.clone();
                for b in &bases {
                    if let Some(bm) = b.meta.borrow().clone()
                        && bm.is_subtype(&m)
                    {
                        m = bm;
                    }
                }
                m
            }
        };
        let ns = Rc::new(PyDict::new());
        let prep = self.names.__prepare__.clone();
        let ns = match meta.lookup(&prep) {
            Some(p @ (Value::Function(_) | Value::ClassMethod(_))) => {
                let p = match p {
                    Value::ClassMethod(f) => (*f).clone(),
                    other => other,
                };
                let bt = Value::tuple(bases.iter().map(|b| Value::Type(b.clone())).collect());
                match self.call_value(
                    p,
                    &[Value::Type(meta.clone()), Value::Str(name.clone()), bt],
                    &rest,
                )? {
                    Value::Dict(d) => d,
                    _ => ns,
                }
            }
            _ => ns,
        };
        let mut frame = Box::new(Frame::new(
            func.code.clone(),
            func.globals.clone(),
            Some(ns.clone()),
        ));
        frame.cells.extend(func.closure.iter().cloned());
        frame.exit = ExitMode::Boundary;
        self.run_frame(frame)?;
        let bases_v = Value::tuple(bases.iter().map(|b| Value::Type(b.clone())).collect());
        let cls = if Rc::ptr_eq(&meta, &self.types.type_) {
            self.type_new(&meta, &name.s, bases, &ns, &rest)?
        } else {
            self.call_value(
                Value::Type(meta.clone()),
                &[Value::Str(name.clone()), bases_v, Value::Dict(ns.clone())],
                &rest,
            )?
        };
        if let Some(Value::Cell(c)) = ns.get_str(&self.names.__classcell__.clone()) {
            *c.value.borrow_mut() = cls.clone();
        }
        Ok(cls)
    }

    /// A fresh heap type for modules written natively (e.g. exception classes).
    pub fn new_class(&mut self, name: &str, base: &Rc<TypeObj>) -> Rc<TypeObj> {
        let t = new_type(name, vec![base.clone()], base.layout, true);
        t.dict.set_str(self.names.__doc__.clone(), Value::None);
        t
    }
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
        *frame.cells[ci as usize].value.borrow_mut() = frame.fast[ai as usize].clone();
    }
}
