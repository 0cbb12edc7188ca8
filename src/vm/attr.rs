//! Attribute access: descriptors, instance dicts, class attributes, special attributes.

use super::Vm;
use super::value::*;
use std::rc::Rc;

impl Vm {
    /// The type object of any value.
    pub fn type_of(&self, v: &Value) -> Rc<TypeObj> {
        let t = &self.types;
        match v {
            Value::Undef | Value::None => t.none_type.clone(),
            Value::NotImplemented => t.not_implemented_type.clone(),
            Value::Ellipsis => t.ellipsis_type.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) | Value::BigInt(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Complex(_) => t.complex.clone(),
            Value::Str(_) => t.str_.clone(),
            Value::Bytes(_) => t.bytes.clone(),
            Value::ByteArray(_) => t.bytearray.clone(),
            Value::List(_) => t.list.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Set(_) => t.set.clone(),
            Value::FrozenSet(_) => t.frozenset.clone(),
            Value::Range(_) => t.range.clone(),
            Value::Slice(_) => t.slice.clone(),
            Value::Function(_) => t.function.clone(),
            // A builtin type's method taken from the type (`list.append`) is a method
            // descriptor (its repr says `<method ... of ... objects>`); `__new__` is not.
            Value::Builtin(b)
                if b.owner.is_some() && b.binding.is_none() && b.name != "__new__" =>
            {
                t.method_descriptor.clone()
            }
            Value::Builtin(_) => t.builtin_function.clone(),
            // A builtin bound to its receiver (`[].append`) is still a builtin function.
            Value::BoundMethod(bm) if matches!(bm.func, Value::Builtin(_)) => {
                t.builtin_function.clone()
            }
            Value::BoundMethod(_) => t.method.clone(),
            Value::Type(ty) => ty.meta.borrow().clone().unwrap_or_else(|| t.type_.clone()),
            Value::Instance(i) => i.class(),
            Value::Module(_) => t.module.clone(),
            Value::Generator(g) => match g.kind {
                GenKind::Generator => t.generator.clone(),
                GenKind::Coroutine => t.coroutine.clone(),
                GenKind::AsyncGenerator => t.async_generator.clone(),
            },
            Value::Code(_) => t.code.clone(),
            Value::Iter(it) => match &*it.borrow() {
                NativeIter::Seq { kind, .. } => match kind {
                    SeqIterKind::List => t.list_iterator.clone(),
                    SeqIterKind::Tuple => t.tuple_iterator.clone(),
                    SeqIterKind::Bytes | SeqIterKind::ByteArray => t.bytes_iterator.clone(),
                },
                NativeIter::Range { .. } => t.range_iterator.clone(),
                NativeIter::BigRange { .. } => t.longrange_iterator.clone(),
                NativeIter::DictKeys { kind, .. } => match kind {
                    DictIterKind::Keys => t.dict_keyiterator.clone(),
                    DictIterKind::Values => t.dict_valueiterator.clone(),
                    DictIterKind::Items => t.dict_itemiterator.clone(),
                },
                NativeIter::Set { .. } => t.set_iterator.clone(),
                NativeIter::Str { .. } => t.str_iterator.clone(),
                NativeIter::Reversed { seq, .. } => {
                    if matches!(seq, Value::List(_)) {
                        t.list_reverseiterator.clone()
                    } else {
                        t.reversed.clone()
                    }
                }
                NativeIter::Enumerate { .. } => t.enumerate.clone(),
                NativeIter::Zip { .. } => t.zip.clone(),
                NativeIter::Map { .. } => t.map.clone(),
                NativeIter::Filter { .. } => t.filter.clone(),
                NativeIter::Callable { .. } => t.callable_iterator.clone(),
                NativeIter::SeqGetItem { .. } => t.iterator.clone(),
                NativeIter::Exhausted => t.iterator.clone(),
            },
            Value::Cell(_) => t.cell.clone(),
            Value::Property(_) => t.property.clone(),
            Value::StaticMethod(_) => t.staticmethod.clone(),
            Value::ClassMethod(_) => t.classmethod.clone(),
            Value::Super(_) => t.super_.clone(),
        }
    }

    pub fn type_name(&self, v: &Value) -> String {
        self.type_of(v).name()
    }

    /// Look up a method on the type (not the instance) and bind it: for dunder protocols.
    pub fn lookup_method(&mut self, obj: &Value, name: &Rc<PyStr>) -> Option<Value> {
        let t = self.type_of(obj);
        let attr = t.lookup(name)?;
        Some(self.descr_get(attr, Some(obj), &t).unwrap_or(Value::None))
    }

    pub fn get_attr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        let r = self.find_attr(obj, name);
        if let Err(e) = &r {
            self.note_attribute_error(e, obj, name);
        }
        r
    }

    /// Record the object and name on an AttributeError (once), for suggestions.
    fn note_attribute_error(&mut self, e: &Value, obj: &Value, name: &Rc<PyStr>) {
        if let Value::Instance(i) = e
            && i.class().is_subtype(&self.exc.attribute_error)
            && let Some(d) = i.exc()
        {
            let mut d = d.borrow_mut();
            let unset = |n: &str| d.fields.iter().all(|(k, v)| *k != n || v.is_none());
            if unset("name") && unset("obj") {
                use super::suggestions::set_exc_field;
                set_exc_field(&mut d, "name", Value::Str(name.clone()));
                set_exc_field(&mut d, "obj", obj.clone());
            }
        }
    }

    fn find_attr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                if cls.heap
                    && let Some(ga) = cls.lookup(&self.names.__getattribute__.clone())
                    && matches!(ga, Value::Function(_))
                {
                    let r = self.call_value(ga, &[obj.clone(), Value::Str(name.clone())], &[]);
                    return self.getattr_fallback(obj, name, r);
                }
                let r = self.generic_getattr(obj, inst, &cls, name);
                self.getattr_fallback(obj, name, r)
            }
            Value::Type(t) => self.type_getattr(t, name),
            Value::Module(m) => match m.dict.get_str(name) {
                Some(v) => Ok(v),
                None if name.s == "__dict__" => Ok(Value::Dict(m.dict.clone())),
                None => {
                    let ga = self.intern("__getattr__");
                    if let Some(f) = m.dict.get_str(&ga) {
                        return self.call_value(f, &[Value::Str(name.clone())], &[]);
                    }
                    let t = self.exc.attribute_error.clone();
                    self.err(
                        &t,
                        format!("module '{}' has no attribute '{}'", m.name.s, name.s),
                    )
                }
            },
            Value::Super(s) => self.super_getattr(s, name),
            _ => {
                if let Some(v) = self.special_attr(obj, name)? {
                    return Ok(v);
                }
                let t = self.type_of(obj);
                if let Some(attr) = t.lookup(name) {
                    return self.descr_get(attr, Some(obj), &t);
                }
                if let Value::Function(f) = obj
                    && let Some(d) = &*f.dict.borrow()
                    && let Some(v) = d.get_str(name)
                {
                    return Ok(v);
                }
                let tn = t.name();
                self.attribute_error(format!("'{tn}' object has no attribute '{}'", name.s))
            }
        }
    }

    fn getattr_fallback(
        &mut self,
        obj: &Value,
        name: &Rc<PyStr>,
        r: PyResult<Value>,
    ) -> PyResult<Value> {
        match r {
            Ok(v) => Ok(v),
            Err(e) => {
                let ae = self.exc.attribute_error.clone();
                if !self.exc_matches(&e, &ae) {
                    return Err(e);
                }
                let t = self.type_of(obj);
                match t.lookup(&self.names.__getattr__.clone()) {
                    Some(ga) => self.call_value(ga, &[obj.clone(), Value::Str(name.clone())], &[]),
                    None => Err(e),
                }
            }
        }
    }

    pub fn generic_getattr(
        &mut self,
        obj: &Value,
        inst: &Rc<Instance>,
        cls: &Rc<TypeObj>,
        name: &Rc<PyStr>,
    ) -> PyResult<Value> {
        let class_attr = cls.lookup(name);
        if let Some(a) = &class_attr
            && self.is_data_descriptor(a)
        {
            return self.descr_get(a.clone(), Some(obj), cls);
        }
        if let Some(d) = &inst.dict
            && let Some(v) = d.get_str(name)
        {
            return Ok(v);
        }
        if let Some(a) = class_attr {
            return self.descr_get(a, Some(obj), cls);
        }
        if let Some(v) = self.special_attr(obj, name)? {
            return Ok(v);
        }
        self.attribute_error(format!(
            "'{}' object has no attribute '{}'",
            cls.name(),
            name.s
        ))
    }

    fn type_getattr(&mut self, t: &Rc<TypeObj>, name: &Rc<PyStr>) -> PyResult<Value> {
        match name.s.as_str() {
            "__name__" => return Ok(Value::string(t.name())),
            "__qualname__" => return Ok(Value::string(t.qualname.borrow().clone())),
            "__mro__" => {
                return Ok(Value::tuple(
                    t.mro
                        .borrow()
                        .iter()
                        .map(|x| Value::Type(x.clone()))
                        .collect(),
                ));
            }
            "__bases__" => {
                return Ok(Value::tuple(
                    t.bases
                        .borrow()
                        .iter()
                        .map(|x| Value::Type(x.clone()))
                        .collect(),
                ));
            }
            "__base__" => {
                return Ok(t
                    .bases
                    .borrow()
                    .first()
                    .map(|b| Value::Type(b.clone()))
                    .unwrap_or(Value::None));
            }
            "__dict__" => return Ok(Value::Dict(t.dict.clone())),
            "__class__" => return Ok(Value::Type(self.type_of(&Value::Type(t.clone())))),
            "__module__" if t.dict.get_str(&self.names.__module__.clone()).is_none() => {
                return Ok(Value::str("builtins"));
            }
            _ => {}
        }
        // Data descriptors of the metaclass, then the class's own MRO, then the
        // metaclass's other attributes.
        let tv = Value::Type(t.clone());
        let meta = self.type_of(&tv);
        let meta_attr = meta.lookup(name);
        if let Some(ma) = &meta_attr
            && self.is_data_descriptor(ma)
        {
            return self.descr_get(ma.clone(), Some(&tv), &meta);
        }
        if let Some(attr) = t.lookup(name) {
            return self.descr_get(attr, None, t);
        }
        if let Some(ma) = meta_attr {
            return self.descr_get(ma, Some(&tv), &meta);
        }
        if name.s == "__doc__" {
            return Ok(Value::None);
        }
        self.attribute_error(format!(
            "type object '{}' has no attribute '{}'",
            t.name(),
            name.s
        ))
    }

    /// `super().name`: the MRO of the instance's type after `this_type`, with descriptors
    /// bound to the instance (or unbound when the super object wraps the class itself).
    fn super_getattr(&mut self, s: &Rc<SuperObj>, name: &Rc<PyStr>) -> PyResult<Value> {
        if name.s != "__class__" && !s.obj.is_undef() {
            let start = s.obj_type.clone();
            let mro = start.mro.borrow().clone();
            let after = mro
                .iter()
                .position(|t| Rc::ptr_eq(t, &s.this_type))
                .map(|i| i + 1)
                .unwrap_or(mro.len());
            for t in &mro[after..] {
                if let Some(attr) = t.dict.get_str(name) {
                    let on_class = matches!(&s.obj, Value::Type(o) if Rc::ptr_eq(o, &start));
                    let obj = if on_class { None } else { Some(&s.obj) };
                    return self.descr_get(attr, obj, &start);
                }
            }
        }
        let sv = Value::Super(s.clone());
        if let Some(v) = self.special_attr(&sv, name)? {
            return Ok(v);
        }
        let st = self.types.super_.clone();
        if let Some(attr) = st.lookup(name) {
            return self.descr_get(attr, Some(&sv), &st);
        }
        self.attribute_error(format!("'super' object has no attribute '{}'", name.s))
    }

    /// LOAD_METHOD: avoid creating a bound method for plain method calls.
    pub fn get_method(&mut self, obj: Value, name: &Rc<PyStr>) -> PyResult<(Value, Value)> {
        let t = self.type_of(&obj);
        let plain = match &obj {
            Value::Instance(i) => {
                !(t.heap && t.lookup(&self.names.__getattribute__.clone()).is_some())
                    && i.dict
                        .as_ref()
                        .map(|d| d.get_str(name).is_none())
                        .unwrap_or(true)
            }
            Value::Type(_) | Value::Module(_) | Value::Super(_) => false,
            _ => true,
        };
        if plain && let Some(attr) = t.lookup(name) {
            match attr {
                Value::Function(_) => return Ok((attr, obj)),
                Value::Builtin(ref b) if b.name != "__new__" => return Ok((attr, obj)),
                _ => {
                    let v = self.descr_get(attr, Some(&obj), &t)?;
                    return Ok((Value::Undef, v));
                }
            }
        }
        let v = self.get_attr(&obj, name)?;
        Ok((Value::Undef, v))
    }

    pub fn set_attr(&mut self, obj: &Value, name: &Rc<PyStr>, v: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                if cls.heap
                    && let Some(sa) = cls.lookup(&self.names.__setattr__.clone())
                    && matches!(sa, Value::Function(_))
                {
                    self.call_value(sa, &[obj.clone(), Value::Str(name.clone()), v], &[])?;
                    return Ok(());
                }
                self.generic_setattr(obj, inst, name, v)
            }
            Value::Type(t) => self.set_type_attr(t, name, v),
            Value::Function(f) => self.set_function_attr(f, name, v),
            Value::Module(m) => {
                m.dict.set_str(name.clone(), v);
                Ok(())
            }
            Value::Generator(g) if name.s == "__name__" || name.s == "__qualname__" => {
                let s = match &v {
                    Value::Str(s) => Some(s.clone()),
                    Value::Instance(i) => match &i.payload {
                        Payload::Str(s) => Some(s.clone()),
                        _ => None,
                    },
                    _ => None,
                };
                let Some(s) = s else {
                    return self.type_error(format!("{} must be set to a string object", name.s));
                };
                g.rename(s, name.s == "__qualname__");
                Ok(())
            }
            _ => {
                let tn = self.type_name(obj);
                let t = self.type_of(obj);
                if t.lookup(name).is_some() {
                    return self.attribute_error(format!(
                        "'{tn}' object attribute '{}' is read-only",
                        name.s
                    ));
                }
                self.attribute_error(format!("'{tn}' object has no attribute '{}'", name.s))
            }
        }
    }

    fn set_type_attr(&mut self, t: &Rc<TypeObj>, name: &Rc<PyStr>, v: Value) -> PyResult<()> {
        let tv = Value::Type(t.clone());
        let meta = self.type_of(&tv);
        if let Some(ma) = meta.lookup(name)
            && self.descr_set(&ma, &tv, v.clone())?
        {
            return Ok(());
        }
        if !t.heap {
            return self.type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                name.s,
                t.name()
            ));
        }
        match (name.s.as_str(), v) {
            ("__name__", Value::Str(s)) => *t.name.borrow_mut() = s.s.to_string(),
            ("__qualname__", Value::Str(s)) => *t.qualname.borrow_mut() = s.s.to_string(),
            (n @ ("__name__" | "__qualname__"), other) => {
                let tn = self.type_name(&other);
                return self.type_error(format!(
                    "can only assign string to {}.{n}, not '{tn}'",
                    t.name()
                ));
            }
            (_, v) => t.dict.set_str(name.clone(), v),
        }
        Ok(())
    }

    /// Function attributes: the special ones are type-checked as CPython does.
    fn set_function_attr(&mut self, f: &Rc<Function>, name: &Rc<PyStr>, v: Value) -> PyResult<()> {
        let n = name.s.as_str();
        let must_be = |vm: &mut Vm, what: &str| {
            vm.type_error::<()>(format!("{n} must be set to a {what} object"))
        };
        match (n, v) {
            ("__name__", Value::Str(s)) => *f.name.borrow_mut() = s,
            ("__qualname__", Value::Str(s)) => *f.qualname.borrow_mut() = s,
            ("__name__" | "__qualname__", _) => return must_be(self, "string"),
            ("__doc__", v) => *f.doc.borrow_mut() = v,
            ("__defaults__", Value::Tuple(t)) => *f.defaults.borrow_mut() = t.to_vec(),
            ("__defaults__", Value::None) => f.defaults.borrow_mut().clear(),
            ("__defaults__", _) => return must_be(self, "tuple"),
            ("__kwdefaults__", Value::Dict(d)) => *f.kwdefaults.borrow_mut() = Some(d),
            ("__kwdefaults__", Value::None) => *f.kwdefaults.borrow_mut() = None,
            ("__kwdefaults__", _) => return must_be(self, "dict"),
            ("__annotations__", Value::Dict(d)) => *f.annotations.borrow_mut() = Some(d),
            ("__annotations__", Value::None) => *f.annotations.borrow_mut() = None,
            ("__annotations__", _) => return must_be(self, "dict"),
            ("__dict__", Value::Dict(d)) => *f.dict.borrow_mut() = Some(d),
            ("__dict__", other) => {
                let tn = self.type_name(&other);
                return self.type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{tn}'"
                ));
            }
            (_, v) => {
                let mut d = f.dict.borrow_mut();
                let d = d.get_or_insert_with(|| Rc::new(super::dict::PyDict::new()));
                d.set_str(name.clone(), v);
            }
        }
        Ok(())
    }

    pub fn generic_setattr(
        &mut self,
        obj: &Value,
        inst: &Rc<Instance>,
        name: &Rc<PyStr>,
        v: Value,
    ) -> PyResult<()> {
        let cls = inst.class();
        if let Some(attr) = cls.lookup(name)
            && self.descr_set(&attr, obj, v.clone())?
        {
            return Ok(());
        }
        if name.s == "__class__"
            && let Value::Type(t) = &v
        {
            *inst.cls.borrow_mut() = t.clone();
            return Ok(());
        }
        match &inst.dict {
            Some(d) => {
                if let Some(ed) = inst.exc() {
                    match name.s.as_str() {
                        "__cause__" => {
                            let mut e = ed.borrow_mut();
                            e.cause = v;
                            e.suppress_context = true;
                            return Ok(());
                        }
                        "__context__" => {
                            ed.borrow_mut().context = v;
                            return Ok(());
                        }
                        "__suppress_context__" => {
                            ed.borrow_mut().suppress_context = matches!(v, Value::Bool(true));
                            return Ok(());
                        }
                        "args" => {
                            let t = Value::tuple(self.iterate(&v)?);
                            ed.borrow_mut().args = t;
                            return Ok(());
                        }
                        "__traceback__" => return Ok(()),
                        "name" | "obj"
                            if cls.is_subtype(&self.exc.attribute_error)
                                || (name.s == "name" && cls.is_subtype(&self.exc.name_error)) =>
                        {
                            let field = if name.s == "name" { "name" } else { "obj" };
                            super::suggestions::set_exc_field(&mut ed.borrow_mut(), field, v);
                            return Ok(());
                        }
                        _ => {}
                    }
                }
                d.set_str(name.clone(), v);
                Ok(())
            }
            None => self.attribute_error(format!(
                "'{}' object has no attribute '{}'",
                cls.name(),
                name.s
            )),
        }
    }

    pub fn del_attr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                if cls.heap
                    && let Some(da) = cls.lookup(&self.names.__delattr__.clone())
                    && matches!(da, Value::Function(_))
                {
                    self.call_value(da, &[obj.clone(), Value::Str(name.clone())], &[])?;
                    return Ok(());
                }
                if let Some(attr) = cls.lookup(name)
                    && self.descr_delete(&attr, obj)?
                {
                    return Ok(());
                }
                if let Some(d) = &inst.dict
                    && d.remove_str(name).is_some()
                {
                    return Ok(());
                }
                self.attribute_error(format!(
                    "'{}' object has no attribute '{}'",
                    cls.name(),
                    name.s
                ))
            }
            Value::Type(t) if t.heap => {
                if t.dict.remove_str(name).is_some() {
                    Ok(())
                } else {
                    self.attribute_error(format!(
                        "type object '{}' has no attribute '{}'",
                        t.name(),
                        name.s
                    ))
                }
            }
            Value::Module(m) => {
                if m.dict.remove_str(name).is_some() {
                    Ok(())
                } else {
                    self.attribute_error(format!(
                        "module '{}' has no attribute '{}'",
                        m.name.s, name.s
                    ))
                }
            }
            Value::Generator(_) if name.s == "__name__" || name.s == "__qualname__" => {
                self.type_error(format!("{} must be set to a string object", name.s))
            }
            Value::Function(f) => {
                if let Some(d) = &*f.dict.borrow()
                    && d.remove_str(name).is_some()
                {
                    return Ok(());
                }
                self.attribute_error(format!("'function' object has no attribute '{}'", name.s))
            }
            _ => {
                let tn = self.type_name(obj);
                self.attribute_error(format!("'{tn}' object has no attribute '{}'", name.s))
            }
        }
    }
}
