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
            Value::Builtin(_) => t.builtin_function.clone(),
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
        Some(
            self.bind_descriptor(attr, obj.clone(), &t)
                .unwrap_or(Value::None),
        )
    }

    /// Apply the descriptor protocol to a class attribute found for `obj`.
    fn bind_descriptor(&mut self, attr: Value, obj: Value, _t: &Rc<TypeObj>) -> PyResult<Value> {
        match attr {
            Value::Function(_) | Value::Builtin(_) => {
                Ok(Value::BoundMethod(Rc::new(BoundMethod {
                    func: attr,
                    receiver: obj,
                })))
            }
            Value::StaticMethod(f) => Ok((*f).clone()),
            Value::ClassMethod(f) => {
                let cls = Value::Type(self.type_of(&obj));
                Ok(Value::BoundMethod(Rc::new(BoundMethod {
                    func: (*f).clone(),
                    receiver: cls,
                })))
            }
            Value::Property(p) => {
                if p.fget.is_none() {
                    return self.attribute_error("property has no getter");
                }
                let g = p.fget.clone();
                self.call_value(g, &[obj], &[])
            }
            Value::Instance(_) => {
                let get = self.names.__get__.clone();
                let at = self.type_of(&attr);
                match at.lookup(&get) {
                    Some(g) => {
                        let ty = Value::Type(self.type_of(&obj));
                        self.call_value(g, &[attr, obj, ty], &[])
                    }
                    None => Ok(attr),
                }
            }
            other => Ok(other),
        }
    }

    fn is_data_descriptor(&self, attr: &Value) -> bool {
        match attr {
            Value::Property(_) => true,
            Value::Instance(i) => {
                let c = i.class();
                c.lookup(&self.names.__set__).is_some()
                    || c.lookup(&self.names.__delete__).is_some()
            }
            _ => false,
        }
    }

    pub fn get_attr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
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
                    return self.bind_descriptor(attr, obj.clone(), &t);
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
            return self.bind_descriptor(a.clone(), obj.clone(), cls);
        }
        if let Some(d) = &inst.dict
            && let Some(v) = d.get_str(name)
        {
            return Ok(v);
        }
        if let Some(a) = class_attr {
            return self.bind_descriptor(a, obj.clone(), cls);
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
            "__module__" if !t.heap => return Ok(Value::str("builtins")),
            _ => {}
        }
        if let Some(attr) = t.lookup(name) {
            return match attr {
                Value::ClassMethod(f) => Ok(Value::BoundMethod(Rc::new(BoundMethod {
                    func: (*f).clone(),
                    receiver: Value::Type(t.clone()),
                }))),
                Value::StaticMethod(f) => Ok((*f).clone()),
                Value::Instance(_) => {
                    let get = self.names.__get__.clone();
                    let at = self.type_of(&attr);
                    match at.lookup(&get) {
                        Some(g) => {
                            self.call_value(g, &[attr, Value::None, Value::Type(t.clone())], &[])
                        }
                        None => Ok(attr),
                    }
                }
                other => Ok(other),
            };
        }
        // Metaclass attributes (methods defined on the metaclass, or type's own).
        let meta = self.type_of(&Value::Type(t.clone()));
        if let Some(attr) = meta.lookup(name) {
            return self.bind_descriptor(attr, Value::Type(t.clone()), &meta);
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

    fn super_getattr(&mut self, s: &Rc<SuperObj>, name: &Rc<PyStr>) -> PyResult<Value> {
        if name.s == "__class__" {
            return Ok(Value::Type(self.types.super_.clone()));
        }
        let mro = s.obj_type.mro.borrow().clone();
        let start = mro
            .iter()
            .position(|t| Rc::ptr_eq(t, &s.this_type))
            .map(|i| i + 1)
            .unwrap_or(mro.len());
        for t in &mro[start..] {
            if let Some(attr) = t.dict.get_str(name) {
                let is_type_obj = matches!(&s.obj, Value::Type(_));
                return match attr {
                    Value::Function(_) | Value::Builtin(_)
                        if is_type_obj && name.s != "__new__" =>
                    {
                        Ok(attr)
                    }
                    Value::Function(_) | Value::Builtin(_) => {
                        Ok(Value::BoundMethod(Rc::new(BoundMethod {
                            func: attr,
                            receiver: s.obj.clone(),
                        })))
                    }
                    Value::ClassMethod(f) => {
                        let cls = match &s.obj {
                            Value::Type(_) => s.obj.clone(),
                            other => Value::Type(self.type_of(other)),
                        };
                        Ok(Value::BoundMethod(Rc::new(BoundMethod {
                            func: (*f).clone(),
                            receiver: cls,
                        })))
                    }
                    Value::StaticMethod(f) => Ok((*f).clone()),
                    Value::Property(p) => {
                        let g = p.fget.clone();
                        self.call_value(g, std::slice::from_ref(&s.obj), &[])
                    }
                    other => Ok(other),
                };
            }
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
                Value::Function(_) | Value::Builtin(_) => return Ok((attr, obj)),
                _ => {
                    let v = self.bind_descriptor(attr, obj, &t)?;
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
            Value::Type(t) => {
                if !t.heap {
                    return self.type_error(format!(
                        "cannot set '{}' attribute of immutable type '{}'",
                        name.s,
                        t.name()
                    ));
                }
                match name.s.as_str() {
                    "__name__" => {
                        if let Value::Str(s) = &v {
                            *t.name.borrow_mut() = s.s.clone();
                        }
                    }
                    "__qualname__" => {
                        if let Value::Str(s) = &v {
                            *t.qualname.borrow_mut() = s.s.clone();
                        }
                    }
                    _ => t.dict.set_str(name.clone(), v),
                }
                Ok(())
            }
            Value::Function(f) => {
                match name.s.as_str() {
                    "__name__" => {
                        if let Value::Str(s) = &v {
                            *f.name.borrow_mut() = s.clone();
                        }
                    }
                    "__qualname__" => {
                        if let Value::Str(s) = &v {
                            *f.qualname.borrow_mut() = s.clone();
                        }
                    }
                    "__doc__" => *f.doc.borrow_mut() = v,
                    "__defaults__" => {
                        *f.defaults.borrow_mut() = match v {
                            Value::Tuple(t) => t.to_vec(),
                            _ => Vec::new(),
                        }
                    }
                    "__kwdefaults__" => {
                        *f.kwdefaults.borrow_mut() = match v {
                            Value::Dict(d) => Some(d),
                            _ => None,
                        }
                    }
                    "__dict__" => {
                        if let Value::Dict(d) = v {
                            *f.dict.borrow_mut() = Some(d);
                        }
                    }
                    _ => {
                        let mut d = f.dict.borrow_mut();
                        let d = d.get_or_insert_with(|| Rc::new(super::dict::PyDict::new()));
                        d.set_str(name.clone(), v);
                    }
                }
                Ok(())
            }
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

    pub fn generic_setattr(
        &mut self,
        obj: &Value,
        inst: &Rc<Instance>,
        name: &Rc<PyStr>,
        v: Value,
    ) -> PyResult<()> {
        let cls = inst.class();
        if let Some(attr) = cls.lookup(name) {
            match &attr {
                Value::Property(p) => {
                    if p.fset.is_none() {
                        return self.attribute_error(format!(
                            "property '{}' of '{}' object has no setter",
                            name.s,
                            cls.name()
                        ));
                    }
                    let s = p.fset.clone();
                    self.call_value(s, &[obj.clone(), v], &[])?;
                    return Ok(());
                }
                Value::Instance(_) => {
                    let set = self.names.__set__.clone();
                    if let Some(s) = self.type_of(&attr).lookup(&set) {
                        self.call_value(s, &[attr.clone(), obj.clone(), v], &[])?;
                        return Ok(());
                    }
                }
                _ => {}
            }
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
                        _ => {}
                    }
                }
                if cls.slotted && !self.slot_allowed(&cls, name)? {
                    return self.attribute_error(format!(
                        "'{}' object has no attribute '{}'",
                        cls.name(),
                        name.s
                    ));
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

    /// Classes with `__slots__` (and no `__dict__` slot) accept only the named attributes.
    fn slot_allowed(&mut self, cls: &Rc<TypeObj>, name: &Rc<PyStr>) -> PyResult<bool> {
        let slots_name = self.names.__slots__.clone();
        for t in cls.mro.borrow().clone().iter() {
            if let Some(s) = t.dict.get_str(&slots_name) {
                let names = match &s {
                    Value::Str(x) => vec![Value::Str(x.clone())],
                    other => self.iterate(other)?,
                };
                if names
                    .iter()
                    .any(|n| matches!(n, Value::Str(x) if x.s == name.s))
                {
                    return Ok(true);
                }
            }
        }
        Ok(false)
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
                if let Some(Value::Property(p)) = cls.lookup(name) {
                    if p.fdel.is_none() {
                        return self.attribute_error(format!(
                            "property '{}' of '{}' object has no deleter",
                            name.s,
                            cls.name()
                        ));
                    }
                    let d = p.fdel.clone();
                    self.call_value(d, std::slice::from_ref(obj), &[])?;
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
