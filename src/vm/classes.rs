//! Class creation: the class statement (`__build_class__`), metaclass selection,
//! `__prepare__`, and `type.__new__` (layout, slots, MRO, `__set_name__`,
//! `__init_subclass__`).

use super::Vm;
use super::dict::PyDict;
use super::frame::ExitMode;
use super::types::{compute_mro, new_type};
use super::value::*;
use std::cell::RefCell;
use std::rc::Rc;

type KwArgs<'a> = &'a [(Rc<PyStr>, Value)];

impl Vm {
    /// The most derived metaclass among `meta` and the metaclasses of `bases`.
    pub fn calculate_meta(&mut self, meta: Rc<TypeObj>, bases: &[Value]) -> PyResult<Rc<TypeObj>> {
        let mut winner = meta;
        for b in bases {
            let bm = self.type_of(b);
            if winner.is_subtype(&bm) {
                continue;
            }
            if bm.is_subtype(&winner) {
                winner = bm;
                continue;
            }
            return self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
                 subclass of the metaclasses of all its bases",
            );
        }
        Ok(winner)
    }

    /// PEP 560: non-class bases may substitute classes through `__mro_entries__`.
    fn resolve_mro_entries(&mut self, bases: &[Value]) -> PyResult<Vec<Value>> {
        let orig = Value::tuple(bases.to_vec());
        let name = self.names.__mro_entries__.clone();
        let mut out = Vec::with_capacity(bases.len());
        for b in bases {
            if matches!(b, Value::Type(_)) {
                out.push(b.clone());
                continue;
            }
            match self.lookup_method(b, &name) {
                Some(m) => match self.call_value(m, std::slice::from_ref(&orig), &[])? {
                    Value::Tuple(t) => out.extend(t.iter().cloned()),
                    _ => return self.type_error("__mro_entries__ must return a tuple"),
                },
                None => out.push(b.clone()),
            }
        }
        Ok(out)
    }

    /// `__build_class__(func, name, *bases, **kwargs)`: the class statement.
    pub fn build_class(&mut self, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
        if args.len() < 2 {
            return self.type_error("__build_class__: not enough arguments");
        }
        let Value::Function(func) = &args[0] else {
            return self.type_error("__build_class__: func must be a function");
        };
        let Value::Str(name) = &args[1] else {
            return self.type_error("__build_class__: name is not a string");
        };
        let orig_bases = &args[2..];
        let bases = self.resolve_mro_entries(orig_bases)?;
        let mut meta: Option<Value> = None;
        let mut rest: Vec<(Rc<PyStr>, Value)> = Vec::new();
        for (k, v) in kwargs {
            if k.s == "metaclass" {
                meta = Some(v.clone());
            } else {
                rest.push((k.clone(), v.clone()));
            }
        }
        let meta = match meta {
            Some(m) => m,
            None => match bases.first() {
                Some(b) => Value::Type(self.type_of(b)),
                None => Value::Type(self.types.type_.clone()),
            },
        };
        // A class as metaclass: the most derived one among the bases' wins.
        let meta = match &meta {
            Value::Type(m) => Value::Type(self.calculate_meta(m.clone(), &bases)?),
            other => other.clone(),
        };
        let bases_v = Value::tuple(bases.clone());
        let (ns_v, ns) = self.prepare_namespace(&meta, name, &bases_v, &rest)?;
        let mut frame = self.new_frame(&func.code, &func.globals, Some(ns.clone()));
        frame
            .stack
            .extend(func.closure.iter().map(|c| Value::Cell(c.clone())));
        frame.builtins = func.builtins.clone();
        frame.exit = ExitMode::Boundary;
        self.run_frame(frame)?;
        if bases.len() != orig_bases.len() || bases.iter().zip(orig_bases).any(|(a, b)| !a.is(b)) {
            let key = self.intern("__orig_bases__");
            ns.set_str(key, Value::tuple(orig_bases.to_vec()));
        }
        let cls = match &meta {
            Value::Type(m) if Rc::ptr_eq(m, &self.types.type_) => {
                let bases = self.base_types(&bases)?;
                self.type_new(m, &name.s, bases, &ns, &rest)?
            }
            _ => self.call_value(meta, &[Value::Str(name.clone()), bases_v, ns_v], &rest)?,
        };
        // The zero-argument super() cell, in case the metaclass bypassed type.__new__.
        if let Some(Value::Cell(c)) = ns.get_str(&self.names.__classcell__.clone())
            && c.value.borrow().is_undef()
            && matches!(cls, Value::Type(_))
        {
            *c.value.borrow_mut() = cls.clone();
        }
        Ok(cls)
    }

    /// `meta.__prepare__(name, bases, **kwargs)`: the namespace of the class body, as
    /// returned and as the dict the body's frame writes to.
    fn prepare_namespace(
        &mut self,
        meta: &Value,
        name: &Rc<PyStr>,
        bases: &Value,
        kwargs: KwArgs,
    ) -> PyResult<(Value, Rc<PyDict>)> {
        let prep = self.names.__prepare__.clone();
        let f = match self.get_attr(meta, &prep) {
            Ok(f) => f,
            Err(e) => {
                let ae = self.exc.attribute_error.clone();
                if !self.exc_matches(&e, &ae) {
                    return Err(e);
                }
                let d = Rc::new(PyDict::new());
                return Ok((Value::Dict(d.clone()), d));
            }
        };
        let ns = self.call_value(f, &[Value::Str(name.clone()), bases.clone()], kwargs)?;
        let dict = match &ns {
            Value::Dict(d) => Some(d.clone()),
            Value::Instance(i) => match &i.payload {
                Payload::Dict(d) => Some(d.clone()),
                _ => None,
            },
            _ => None,
        };
        let Some(dict) = dict else {
            let who = match meta {
                Value::Type(m) => m.name(),
                _ => "<metaclass>".into(),
            };
            let tn = self.type_name(&ns);
            return self.type_error(format!(
                "{who}.__prepare__() must return a mapping, not {tn}"
            ));
        };
        Ok((ns, dict))
    }

    /// The bases of a new class must be classes.
    pub fn base_types(&mut self, bases: &[Value]) -> PyResult<Vec<Rc<TypeObj>>> {
        let mut out = Vec::with_capacity(bases.len());
        for b in bases {
            match b {
                Value::Type(t) => out.push(t.clone()),
                other => {
                    let tn = self.type_name(other);
                    return self.type_error(format!(
                        "type.__new__() argument 2 must be tuple of types, not {tn}"
                    ));
                }
            }
        }
        Ok(out)
    }

    /// `type.__new__(meta, name, bases, ns, **kwargs)` once the arguments are checked.
    pub fn type_new(
        &mut self,
        meta: &Rc<TypeObj>,
        name: &str,
        bases: Vec<Rc<TypeObj>>,
        ns: &Rc<PyDict>,
        kwargs: KwArgs,
    ) -> PyResult<Value> {
        let bases = if bases.is_empty() {
            vec![self.types.object.clone()]
        } else {
            bases
        };
        for (i, b) in bases.iter().enumerate() {
            if !self.is_base_type(b) {
                return self.type_error(format!(
                    "type '{}' is not an acceptable base type",
                    b.name()
                ));
            }
            if bases[..i].iter().any(|o| Rc::ptr_eq(o, b)) {
                return self.type_error(format!("duplicate base class {}", b.name()));
            }
        }
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
        let (slots, slotted) = self.check_slots(name, ns, &bases, layout)?;
        let dict = Rc::new(ns.copy());
        let qn_key = self.names.__qualname__.clone();
        let qualname = match dict.remove_str(&qn_key) {
            Some(Value::Str(q)) => q.s.to_string(),
            Some(other) => {
                let tn = self.type_name(&other);
                return self.type_error(format!("type __qualname__ must be a str, not {tn}"));
            }
            None => name.to_string(),
        };
        let cell = dict.remove_str(&self.names.__classcell__.clone());
        let module_key = self.names.__module__.clone();
        if dict.get_str(&module_key).is_none()
            && let Some(f) = self.frames.last()
            && let Some(m) = f.globals.get_str(&self.names.__name__.clone())
        {
            dict.set_str(module_key, m);
        }
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
            subclasses: Default::default(),
        });
        t.dict.mark_type_dict();
        match compute_mro(&t) {
            Ok(m) => {
                *t.mro.borrow_mut() = m;
                super::dict::bump_type_epoch();
            }
            Err(msg) => return self.type_error(msg),
        }
        for b in t.bases.borrow().iter() {
            b.subclasses.borrow_mut().push(Rc::downgrade(&t));
        }
        self.add_members(&t, &slots);
        self.wrap_special_methods(&t);
        let tv = Value::Type(t.clone());
        if let Some(Value::Cell(c)) = cell {
            *c.value.borrow_mut() = tv.clone();
        }
        self.call_set_names(&t)?;
        // The parent's __init_subclass__, as super(t, t).__init_subclass__(**kwargs).
        let sup = Value::Super(Rc::new(SuperObj {
            this_type: t.clone(),
            obj: tv.clone(),
            obj_type: t.clone(),
        }));
        let isc = self.names.__init_subclass__.clone();
        let init_subclass = self.get_attr(&sup, &isc)?;
        self.call_value(init_subclass, &[], kwargs)?;
        Ok(tv)
    }

    /// Builtin types that cannot be subclassed.
    fn is_base_type(&self, t: &Rc<TypeObj>) -> bool {
        let ty = &self.types;
        let finals = [
            &ty.bool_,
            &ty.none_type,
            &ty.not_implemented_type,
            &ty.ellipsis_type,
            &ty.function,
            &ty.builtin_function,
            &ty.method_descriptor,
            &ty.method,
            &ty.generator,
            &ty.coroutine,
            &ty.async_generator,
            &ty.code,
            &ty.cell,
            &ty.range,
            &ty.slice,
            &ty.frame,
        ];
        !finals.iter().any(|f| Rc::ptr_eq(f, t))
    }

    /// The slots a class body declares, and whether its instances get no `__dict__`.
    fn check_slots(
        &mut self,
        name: &str,
        ns: &Rc<PyDict>,
        bases: &[Rc<TypeObj>],
        layout: Layout,
    ) -> PyResult<(Vec<Rc<PyStr>>, bool)> {
        let Some(s) = ns.get_str(&self.names.__slots__.clone()) else {
            return Ok((Vec::new(), false));
        };
        let (names, has_dict) = self.slot_names(name, &s, ns)?;
        if !names.is_empty() && matches!(layout, Layout::Int | Layout::Tuple) {
            let base = bases
                .iter()
                .find(|b| b.layout == layout)
                .map(|b| b.name())
                .unwrap_or_default();
            return self.type_error(format!(
                "nonempty __slots__ not supported for subtype of '{base}'"
            ));
        }
        // Exceptions always have a __dict__ (their slot values live there too).
        let base_has_dict =
            layout == Layout::Exception || bases.iter().any(|b| b.heap && !b.slotted);
        Ok((names, !has_dict && !base_has_dict))
    }

    /// `__new__` becomes a staticmethod and `__init_subclass__`/`__class_getitem__`
    /// classmethods; `__eq__` without `__hash__` makes instances unhashable.
    fn wrap_special_methods(&mut self, t: &Rc<TypeObj>) {
        let key = self.names.__new__.clone();
        if let Some(f @ Value::Function(_)) = t.dict.get_str(&key) {
            t.dict.set_str(key, Value::StaticMethod(Rc::new(f)));
        }
        for n in ["__init_subclass__", "__class_getitem__"] {
            let key = self.intern(n);
            if let Some(f @ Value::Function(_)) = t.dict.get_str(&key) {
                t.dict.set_str(key, Value::ClassMethod(Rc::new(f)));
            }
        }
        let hash = self.names.__hash__.clone();
        if t.dict.get_str(&self.names.__eq__.clone()).is_some() && t.dict.get_str(&hash).is_none() {
            t.dict.set_str(hash, Value::None);
        }
        let doc = self.names.__doc__.clone();
        if t.dict.get_str(&doc).is_none() {
            t.dict.set_str(doc, Value::None);
        }
    }

    /// `value.__set_name__(owner, name)` for every attribute whose type defines it.
    fn call_set_names(&mut self, t: &Rc<TypeObj>) -> PyResult<()> {
        let set_name = self.names.__set_name__.clone();
        let tv = Value::Type(t.clone());
        for (k, v) in t.dict.items() {
            let Some(m) = self.lookup_method(&v, &set_name) else {
                continue;
            };
            if let Err(e) = self.call_value(m, &[tv.clone(), k.clone()], &[]) {
                let key = match &k {
                    Value::Str(s) => crate::objects::repr::str_repr(&s.s),
                    other => self.repr_of(other)?,
                };
                let msg = format!(
                    "Error calling __set_name__ on '{}' instance {key} in '{}'",
                    self.type_name(&v),
                    t.name()
                );
                let rt = self.exc.runtime_error.clone();
                let err = self.new_exc(&rt, &msg);
                if let Value::Instance(i) = &err
                    && let Some(d) = i.exc()
                {
                    let mut d = d.borrow_mut();
                    d.cause = e.clone();
                    d.context = e;
                    d.suppress_context = true;
                }
                return Err(err);
            }
        }
        Ok(())
    }

    /// SETUP_ANNOTATIONS: a module or class body with annotations gets `__annotations__`.
    #[inline(never)]
    pub fn setup_annotations(&mut self, ns: &Rc<PyDict>) {
        let key = self.names.__annotations__.clone();
        if ns.get_str(&key).is_none() {
            ns.set_str(key, Value::Dict(Rc::new(PyDict::new())));
        }
    }

    /// A fresh heap type for modules written natively (e.g. exception classes).
    pub fn new_class(&mut self, name: &str, base: &Rc<TypeObj>) -> Rc<TypeObj> {
        let t = new_type(name, vec![base.clone()], base.layout, true);
        t.dict.set_str(self.names.__doc__.clone(), Value::None);
        t
    }
}
