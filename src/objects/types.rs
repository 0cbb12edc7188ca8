//! Constructors and methods of object, type, numbers, tuple, dict, range, exceptions,
//! generators and descriptors.

use super::{KwArgs, add_method, check_args, kwarg};
use crate::vm::Vm;
use crate::vm::dict::PyDict;
use crate::vm::generator::GenResult;
use crate::vm::value::*;
use num_traits::ToPrimitive;
use std::cell::RefCell;
use std::rc::Rc;

pub fn cls_arg(vm: &mut Vm, args: &[Value]) -> PyResult<Rc<TypeObj>> {
    match args.first() {
        Some(Value::Type(t)) => Ok(t.clone()),
        _ => vm.type_error("__new__ requires a type argument"),
    }
}

/// Wrap a builtin value for a subclass, or return it as is.
pub fn wrap(vm: &mut Vm, cls: &Rc<TypeObj>, v: Value, payload: Payload) -> Value {
    if cls.heap {
        vm.new_instance_with(cls, payload)
    } else {
        v
    }
}

/// Is `f` (a class's `__new__` or `__init__`) object's own?
fn is_object_slot(f: Option<Value>) -> bool {
    f.is_some_and(|f| crate::vm::call::is_object_method(&f))
}

/// object.__new__(cls, *args): extra arguments are an error unless the class
/// overrides `__init__` (and not `__new__`).
fn object_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = match args.first() {
        Some(Value::Type(t)) => t.clone(),
        Some(other) => {
            let tn = vm.type_name(other);
            return vm.type_error(format!("object.__new__(X): X is not a type object ({tn})"));
        }
        None => return vm.type_error("object.__new__(): not enough arguments"),
    };
    if args.len() > 1 || !kw.is_empty() {
        let (new_n, init_n) = (vm.names.__new__.clone(), vm.names.__init__.clone());
        let new_f = cls.lookup(&new_n);
        let init_f = cls.lookup(&init_n);
        if !is_object_slot(new_f) {
            return vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            );
        }
        if is_object_slot(init_f) {
            return vm.type_error(format!("{}() takes no arguments", cls.name()));
        }
    }
    if !cls.heap && !Rc::ptr_eq(&cls, &vm.types.object) {
        let n = cls.name();
        return vm.type_error(format!(
            "object.__new__({n}) is not safe, use {n}.__new__()"
        ));
    }
    Ok(vm.new_instance(&cls))
}

/// NoneType(), NotImplementedType() and ellipsis(): the singletons.
fn singleton_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Type(t)) = args.first() else {
        return vm.type_error("__new__ requires a type argument");
    };
    let (value, name) = if Rc::ptr_eq(t, &vm.types.none_type) {
        (Value::None, "NoneType")
    } else if Rc::ptr_eq(t, &vm.types.not_implemented_type) {
        (Value::NotImplemented, "NotImplementedType")
    } else {
        (Value::Ellipsis, "EllipsisType")
    };
    if args.len() > 1 || !kw.is_empty() {
        return vm.type_error(format!("{name} takes no arguments"));
    }
    Ok(value)
}

/// object.__init__(self, *args): extra arguments are an error unless the class
/// overrides `__new__` (and not `__init__`).
fn object_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.len() > 1 || !kw.is_empty() {
        let cls = vm.type_of(&args[0]);
        let (new_n, init_n) = (vm.names.__new__.clone(), vm.names.__init__.clone());
        let new_f = cls.lookup(&new_n);
        let init_f = cls.lookup(&init_n);
        if !is_object_slot(init_f) {
            return vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            );
        }
        if is_object_slot(new_f) {
            return vm.type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                cls.name()
            ));
        }
    }
    Ok(Value::None)
}

fn object_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or(Value::None);
    if let Value::Instance(i) = &v {
        let cls = i.class();
        let m = cls.dict.get_str(&vm.names.__module__.clone());
        let prefix = match m {
            Some(Value::Str(m)) if m.s != "builtins" => format!("{}.", m.s),
            _ => String::new(),
        };
        return Ok(Value::string(format!(
            "<{prefix}{} object at {:#x}>",
            cls.qualname.borrow(),
            Rc::as_ptr(i) as usize
        )));
    }
    Ok(Value::string(vm.repr_of(&v)?))
}

fn object_str(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or(Value::None);
    Ok(Value::string(vm.repr_of(&v)?))
}

fn object_eq(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() == 2 && args[0].is(&args[1]) {
        return Ok(Value::Bool(true));
    }
    Ok(Value::NotImplemented)
}

fn object_ne(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() != 2 {
        return Ok(Value::NotImplemented);
    }
    let r = vm.compare(crate::bytecode::CmpOp::Eq, &args[0], &args[1])?;
    if matches!(r, Value::NotImplemented) {
        return Ok(r);
    }
    Ok(Value::Bool(!vm.truthy(&r)?))
}

fn object_hash(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or(Value::None);
    Ok(Value::Int((v.ptr().unwrap_or(0) >> 4) as i64))
}

fn object_getattribute(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (Some(obj), Some(Value::Str(name))) = (args.first(), args.get(1)) else {
        return vm.type_error("__getattribute__ expected a str");
    };
    match obj {
        Value::Instance(i) => {
            let cls = i.class();
            vm.generic_getattr(obj, i, &cls, name)
        }
        _ => vm.get_attr(obj, name),
    }
}

fn object_setattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (Some(obj), Some(Value::Str(name)), Some(v)) = (args.first(), args.get(1), args.get(2))
    else {
        return vm.type_error("__setattr__ expected 2 arguments");
    };
    match obj {
        Value::Instance(i) => vm.generic_setattr(obj, i, name, v.clone())?,
        _ => vm.set_attr(obj, name, v.clone())?,
    }
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (Some(Value::Instance(i)), Some(Value::Str(name))) = (args.first(), args.get(1)) else {
        return vm.type_error("__delattr__ expected a str");
    };
    if let Some(d) = &i.dict
        && d.remove_str(name).is_some()
    {
        return Ok(Value::None);
    }
    vm.attribute_error(format!(
        "'{}' object has no attribute '{}'",
        i.class().name(),
        name.s
    ))
}

fn object_init_subclass(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() || args.len() > 1 {
        let name = match args.first() {
            Some(Value::Type(t)) => t.name(),
            _ => "object".into(),
        };
        if !kw.is_empty() {
            return vm.type_error(format!(
                "{name}.__init_subclass__() takes no keyword arguments"
            ));
        }
        return vm.type_error(format!(
            "{name}.__init_subclass__() takes no arguments ({} given)",
            args.len() - 1
        ));
    }
    Ok(Value::None)
}

fn object_format(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or(Value::None);
    let spec = match args.get(1) {
        Some(Value::Str(s)) => s.s.to_string(),
        _ => String::new(),
    };
    if !spec.is_empty() {
        let tn = vm.type_name(&v);
        return vm.type_error(format!(
            "unsupported format string passed to {tn}.__format__"
        ));
    }
    Ok(Value::string(vm.str_of(&v)?))
}

fn object_dir(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or(Value::None);
    crate::builtins::dir_of(vm, &v)
}

/// type.__new__(meta, name, bases, ns, **kwargs)
fn type_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let meta = match args.first() {
        Some(Value::Type(t)) => t.clone(),
        Some(other) => {
            let tn = vm.type_name(other);
            return vm.type_error(format!("type.__new__(X): X is not a type object ({tn})"));
        }
        None => return vm.type_error("type.__new__(): not enough arguments"),
    };
    if !meta.is_subtype(&vm.types.type_) {
        let n = meta.name();
        return vm.type_error(format!("type.__new__({n}): {n} is not a subtype of type"));
    }
    if args.len() != 4 {
        return vm.type_error(format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            args.len() - 1
        ));
    }
    let wrong = |vm: &mut Vm, n: usize, what: &str| {
        let tn = vm.type_name(&args[n]);
        vm.type_error::<Value>(format!(
            "type.__new__() argument {n} must be {what}, not {tn}"
        ))
    };
    let Value::Str(name) = &args[1] else {
        return wrong(vm, 1, "str");
    };
    let Value::Tuple(bases) = &args[2] else {
        return wrong(vm, 2, "tuple");
    };
    let Value::Dict(ns) = &args[3] else {
        return wrong(vm, 3, "dict");
    };
    // A more derived metaclass among the bases takes over.
    let winner = vm.calculate_meta(meta.clone(), bases)?;
    if !Rc::ptr_eq(&winner, &meta) {
        let new_n = vm.names.__new__.clone();
        if let Some(f) = winner.lookup(&new_n)
            && !matches!(&f, Value::Builtin(b) if b.owner == Some("type"))
        {
            let f = match f {
                Value::StaticMethod(f) => (*f).clone(),
                other => other,
            };
            let mut a = args.to_vec();
            a[0] = Value::Type(winner);
            return vm.call_value(f, &a, kw);
        }
    }
    let bases = vm.base_types(bases)?;
    let (name, ns) = (name.s.to_string(), ns.clone());
    vm.type_new(&winner, &name, bases, &ns, kw)
}

/// type.__init__(cls, *args): nothing to do once type.__new__ has run.
fn type_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let n = args.len() - 1;
    if n == 1 && !kw.is_empty() {
        return vm.type_error("type.__init__() takes no keyword arguments");
    }
    if n != 1 && n != 3 {
        return vm.type_error("type.__init__() takes 1 or 3 arguments");
    }
    Ok(Value::None)
}

fn type_call(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Type(t)) = args.first() else {
        return vm.type_error("descriptor '__call__' requires a 'type' object");
    };
    let t = t.clone();
    let mut a: crate::vm::interp::Args = args[1..].iter().cloned().collect();
    let names = if kw.is_empty() {
        None
    } else {
        let mut names = Vec::with_capacity(kw.len());
        for (k, v) in kw {
            a.push(v.clone());
            names.push(Value::Str(k.clone()));
        }
        Some(Rc::new(names))
    };
    let p = vm.type_call(&t, a, names)?;
    vm.call_prepared_value(p)
}

/// type.__prepare__(name, bases, **kwargs): the default class namespace.
fn type_prepare(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Dict(Rc::new(PyDict::new())))
}

fn type_mro(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let t = match args.first() {
        Some(Value::Type(t)) => t.clone(),
        other => {
            let tn = other.map(|o| vm.type_name(o)).unwrap_or_default();
            return vm.type_error(format!(
                "descriptor 'mro' for 'type' objects doesn't apply to a '{tn}' object"
            ));
        }
    };
    Ok(Value::list(
        t.mro
            .borrow()
            .iter()
            .map(|x| Value::Type(x.clone()))
            .collect(),
    ))
}

/// type.__subclasses__(): the live direct subclasses.
fn type_subclasses(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Type(t)) = args.first() else {
        return vm.type_error("descriptor '__subclasses__' requires a 'type' object");
    };
    let mut subs = t.subclasses.borrow_mut();
    subs.retain(|w| w.strong_count() > 0);
    Ok(Value::list(
        subs.iter()
            .filter_map(|w| w.upgrade().map(Value::Type))
            .collect(),
    ))
}

fn bool_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match args.get(1) {
        None => Ok(Value::Bool(false)),
        Some(x) => Ok(Value::Bool(vm.truthy(x)?)),
    }
}

fn tuple_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = cls_arg(vm, args)?;
    let items = match args.get(1) {
        // tuple(t) is t itself, as in CPython.
        Some(t @ Value::Tuple(_)) if !cls.heap => return Ok(t.clone()),
        None => vec![],
        Some(x) => vm.iterate(x)?,
    };
    if !cls.heap {
        return Ok(Value::tuple(items));
    }
    let rc = Rc::new(items);
    Ok(wrap(vm, &cls, Value::Tuple(rc.clone()), Payload::Tuple(rc)))
}

fn dict_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = cls_arg(vm, args)?;
    let d = Rc::new(PyDict::new());
    Ok(wrap(vm, &cls, Value::Dict(d.clone()), Payload::Dict(d)))
}

pub fn dict_of(v: &Value) -> Option<Rc<PyDict>> {
    match v {
        Value::Dict(d) => Some(d.clone()),
        Value::Instance(i) => match &i.payload {
            Payload::Dict(d) => Some(d.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn dict_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(d) = args.first().and_then(dict_of) else {
        return Ok(Value::None);
    };
    if args.len() > 2 {
        return vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.len() - 1
        ));
    }
    if let Some(src) = args.get(1) {
        vm.dict_merge(&d, src, false)?;
    }
    for (k, v) in kw {
        d.set_str(k.clone(), v.clone());
    }
    Ok(Value::None)
}

fn slice_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let a = &args[1..];
    let (start, stop, step) = match a.len() {
        1 => (Value::None, a[0].clone(), Value::None),
        2 => (a[0].clone(), a[1].clone(), Value::None),
        3 => (a[0].clone(), a[1].clone(), a[2].clone()),
        _ => return vm.type_error("slice expected at least 1 argument, got 0"),
    };
    Ok(Value::Slice(Rc::new(SliceObj { start, stop, step })))
}

fn slice_indices(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (Some(Value::Slice(s)), Some(n)) = (args.first(), args.get(1)) else {
        return vm.type_error("indices expects an int");
    };
    let n = vm.index_of(n)?;
    if n < 0 {
        return vm.value_error("length should not be negative");
    }
    let (a, b, c) = vm.slice_indices(s, n as usize)?;
    Ok(Value::tuple(vec![
        Value::Int(a),
        Value::Int(b),
        Value::Int(c),
    ]))
}

fn property_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let get = |i: usize, n: &str| {
        args.get(i)
            .cloned()
            .or_else(|| kwarg(kw, n))
            .unwrap_or(Value::None)
    };
    let fget = get(1, "fget");
    let mut doc = get(4, "doc");
    if doc.is_none() && !fget.is_none() {
        doc = vm
            .get_attr(&fget, &vm.names.__doc__.clone())
            .unwrap_or(Value::None);
    }
    Ok(Value::Property(Rc::new(Property {
        fget,
        fset: get(2, "fset"),
        fdel: get(3, "fdel"),
        doc,
        name: RefCell::new(Value::None),
    })))
}

fn property_copy(args: &[Value], which: usize) -> Value {
    let Some(Value::Property(p)) = args.first() else {
        return Value::None;
    };
    let f = args.get(1).cloned().unwrap_or(Value::None);
    Value::Property(Rc::new(Property {
        fget: if which == 0 {
            f.clone()
        } else {
            p.fget.clone()
        },
        fset: if which == 1 {
            f.clone()
        } else {
            p.fset.clone()
        },
        fdel: if which == 2 { f } else { p.fdel.clone() },
        doc: p.doc.clone(),
        name: RefCell::new(p.name.borrow().clone()),
    }))
}

fn property_getter(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(property_copy(args, 0))
}
fn property_setter(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(property_copy(args, 1))
}
fn property_deleter(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(property_copy(args, 2))
}

/// property.__set_name__(owner, name): remembered for error messages.
fn property_set_name(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "__set_name__", args, 2, 2)?;
    if let Value::Property(p) = &args[0] {
        *p.name.borrow_mut() = args[2].clone();
    }
    Ok(Value::None)
}

fn staticmethod_new(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::StaticMethod(Rc::new(
        args.get(1).cloned().unwrap_or(Value::None),
    )))
}

fn classmethod_new(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::ClassMethod(Rc::new(
        args.get(1).cloned().unwrap_or(Value::None),
    )))
}

fn super_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() > 3 {
        return vm.type_error(format!(
            "super() takes at most 2 arguments ({} given)",
            args.len() - 1
        ));
    }
    let (this_type, obj) = if args.len() >= 2 {
        let Value::Type(t) = &args[1] else {
            let tn = vm.type_name(&args[1]);
            return vm.type_error(format!("super() argument 1 must be a type, not {tn}"));
        };
        match args.get(2) {
            Some(o) if !o.is_none() => (t.clone(), o.clone()),
            // An unbound super object: attribute lookups do not search the MRO.
            _ => {
                return Ok(Value::Super(Rc::new(SuperObj {
                    this_type: t.clone(),
                    obj: Value::Undef,
                    obj_type: t.clone(),
                })));
            }
        }
    } else {
        // Zero-argument form: the calling frame's first argument and __class__ cell.
        let Some(f) = vm.frames.last() else {
            return vm.runtime_error("super(): no arguments");
        };
        let code = f.code.clone();
        let first = f.fast().first().cloned().unwrap_or(Value::Undef);
        let first = if first.is_undef() {
            code.cell_args
                .iter()
                .find(|(_, ai)| *ai == 0)
                .map(|(ci, _)| f.cell(*ci as usize).value.borrow().clone())
                .unwrap_or(Value::Undef)
        } else {
            first
        };
        if first.is_undef() {
            return vm.runtime_error("super(): no arguments");
        }
        let pos = code.freevars.iter().position(|n| n.s == "__class__");
        let Some(pos) = pos else {
            return vm.runtime_error("super(): __class__ cell not found");
        };
        let cell = f.cell(code.cellvars.len() + pos).value.borrow().clone();
        let Value::Type(t) = cell else {
            return vm.runtime_error("super(): empty __class__ cell");
        };
        (t, first)
    };
    let obj_type = match &obj {
        Value::Type(t) if t.is_subtype(&this_type) => t.clone(),
        other => {
            let t = vm.type_of(other);
            if !t.is_subtype(&this_type) {
                return vm
                    .type_error("super(type, obj): obj must be an instance or subtype of type");
            }
            t
        }
    };
    Ok(Value::Super(Rc::new(SuperObj {
        this_type,
        obj,
        obj_type,
    })))
}

/// The generator a method was called on (a coroutine_wrapper stands for its coroutine).
fn gen_of(vm: &mut Vm, args: &[Value]) -> PyResult<Rc<Generator>> {
    match args.first() {
        Some(Value::Generator(g)) => Ok(g.clone()),
        Some(v) => match wrapped_coroutine(v) {
            Some(g) => Ok(g),
            None => vm.type_error("descriptor requires a 'generator' object"),
        },
        None => vm.type_error("descriptor requires a 'generator' object"),
    }
}

/// What `coroutine.__await__()` returns: an iterator driving the coroutine.
struct CoroutineWrapper(Rc<Generator>);

/// The coroutine behind a `coroutine_wrapper`.
pub fn wrapped_coroutine(v: &Value) -> Option<Rc<Generator>> {
    if let Value::Instance(i) = v
        && let Payload::Native(n) = &i.payload
        && let Some(w) = n.borrow().downcast_ref::<CoroutineWrapper>()
    {
        return Some(w.0.clone());
    }
    None
}

/// "generator" or "coroutine": the prefix CPython puts on its argument errors.
fn gen_owner(args: &[Value]) -> &'static str {
    match args.first() {
        Some(Value::Generator(g)) if g.kind == GenKind::Coroutine => "coroutine",
        _ => "generator",
    }
}

fn gen_next(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = gen_of(vm, args)?;
    if args.len() != 1 {
        return vm.type_error(format!("expected 0 arguments, got {}", args.len() - 1));
    }
    gen_send_value(vm, &g, Value::None)
}

fn gen_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let name = match args.first() {
        Some(Value::Type(t)) => t.name().to_string(),
        _ => "generator".to_string(),
    };
    vm.type_error(format!("cannot create '{name}' instances"))
}

fn gen_send_value(vm: &mut Vm, g: &Rc<Generator>, v: Value) -> PyResult<Value> {
    match vm.gen_resume(g, v, None)? {
        GenResult::Yield(y) => Ok(y),
        GenResult::Return(r) => {
            let e = vm.stop_iteration(r);
            Err(e)
        }
    }
}

fn gen_send(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let g = gen_of(vm, args)?;
    let owner = gen_owner(args);
    if !kw.is_empty() {
        return vm.type_error(format!("{owner}.send() takes no keyword arguments"));
    }
    if args.len() != 2 {
        check_args(vm, &format!("{owner}.send"), args, 1, 1)?;
    }
    gen_send_value(vm, &g, args[1].clone())
}

fn gen_throw(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "throw", args, 1, 3)?;
    let g = gen_of(vm, args)?;
    let e = vm.throw_args(&args[1..])?;
    match vm.gen_resume(&g, Value::None, Some(e))? {
        GenResult::Yield(y) => Ok(y),
        GenResult::Return(r) => {
            let e = vm.stop_iteration(r);
            Err(e)
        }
    }
}

fn gen_close(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let g = gen_of(vm, args)?;
    let owner = gen_owner(args);
    if !kw.is_empty() {
        return vm.type_error(format!("{owner}.close() takes no keyword arguments"));
    }
    if args.len() != 1 {
        check_args(vm, &format!("{owner}.close"), args, 0, 0)?;
    }
    vm.gen_close(&g)?;
    Ok(Value::None)
}

fn gen_iter(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

fn coro_await(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = gen_of(vm, args)?;
    let t = vm.types.coroutine_wrapper.clone();
    let payload = Payload::Native(RefCell::new(Box::new(CoroutineWrapper(g))));
    Ok(Value::Instance(Rc::new(Instance {
        cls: RefCell::new(t),
        dict: None,
        payload,
    })))
}

pub fn tuple_count(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "count", args, 1, 1)?;
    let items = vm.iterate(&args[0])?;
    let mut n = 0;
    for x in &items {
        if vm.eq_bool(x, &args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

pub fn tuple_index(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "index", args, 1, 3)?;
    let items = vm.iterate(&args[0])?;
    // start/stop clamp like slice bounds (via __index__; None allowed).
    let n = items.len() as i64;
    let mut bound = |i: usize, dflt: i64| -> PyResult<usize> {
        let x = match args.get(i) {
            None | Some(Value::None) => dflt,
            Some(v) => vm.index_of(v)?,
        };
        let x = if x < 0 { (x + n).max(0) } else { x.min(n) };
        Ok(x as usize)
    };
    let (start, stop) = (bound(2, 0)?, bound(3, n)?);
    for (i, x) in items.iter().enumerate().take(stop).skip(start) {
        if vm.eq_bool(x, &args[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    let what = if matches!(args[0], Value::List(_)) {
        let r = vm.repr_of(&args[1])?;
        format!("{r} is not in list")
    } else {
        "tuple.index(x): x not in tuple".to_string()
    };
    vm.value_error(what)
}

fn dict_get(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "get", args, 1, 2)?;
    let d = dict_of(&args[0]).unwrap_or_default();
    Ok(vm
        .dict_get(&d, &args[1])?
        .unwrap_or_else(|| args.get(2).cloned().unwrap_or(Value::None)))
}

fn dict_view(vm: &mut Vm, args: &[Value], kind: DictIterKind) -> PyResult<Value> {
    let d = dict_of(&args[0]).unwrap_or_default();
    Ok(super::dictview::new_view(vm, d, kind))
}

fn dict_keys(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    dict_view(vm, args, DictIterKind::Keys)
}
fn dict_values(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    dict_view(vm, args, DictIterKind::Values)
}
fn dict_items(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    dict_view(vm, args, DictIterKind::Items)
}

fn dict_reversed(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = dict_of(&args[0]).unwrap_or_default();
    super::dictview::reversed(vm, &d, DictIterKind::Keys)
}

fn dict_pop(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "pop", args, 1, 2)?;
    let d = dict_of(&args[0]).unwrap_or_default();
    match vm.dict_del(&d, &args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(dflt) => Ok(dflt.clone()),
            None => vm.key_error(args[1].clone()),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = dict_of(&args[0]).unwrap_or_default();
    let last = {
        let t = d.table.borrow();
        t.entries.iter().rposition(|e| !e.key.is_undef())
    };
    match last {
        Some(i) => {
            let (k, v) = d.remove_at(i);
            Ok(Value::tuple(vec![k, v]))
        }
        None => {
            let t = vm.exc.key_error.clone();
            vm.err(&t, "popitem(): dictionary is empty")
        }
    }
}

fn dict_setdefault(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "setdefault", args, 1, 2)?;
    let d = dict_of(&args[0]).unwrap_or_default();
    if let Some(v) = vm.dict_get(&d, &args[1])? {
        return Ok(v);
    }
    let dflt = args.get(2).cloned().unwrap_or(Value::None);
    vm.dict_set(&d, args[1].clone(), dflt.clone())?;
    Ok(dflt)
}

fn dict_update(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = dict_of(&args[0]).unwrap_or_default();
    if let Some(src) = args.get(1) {
        vm.dict_merge(&d, src, false)?;
    }
    for (k, v) in kw {
        d.set_str(k.clone(), v.clone());
    }
    Ok(Value::None)
}

fn dict_copy(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = dict_of(&args[0]).unwrap_or_default();
    Ok(Value::Dict(Rc::new(d.copy())))
}

fn dict_clear(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if let Some(d) = dict_of(&args[0]) {
        d.clear();
    }
    Ok(Value::None)
}

fn dict_fromkeys(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let keys = vm.iterate(args.get(1).unwrap_or(&Value::None))?;
    let v = args.get(2).cloned().unwrap_or(Value::None);
    let d = Rc::new(PyDict::new());
    for k in keys {
        vm.dict_set(&d, k, v.clone())?;
    }
    Ok(Value::Dict(d))
}

fn dict_len(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = dict_of(&args[0]).unwrap_or_default();
    let _ = vm;
    Ok(Value::Int(d.len() as i64))
}

fn dict_getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = dict_of(&args[0]).unwrap_or_default();
    match vm.dict_get(&d, &args[1])? {
        Some(v) => Ok(v),
        None => vm.key_error(args[1].clone()),
    }
}

fn dict_setitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = dict_of(&args[0]).unwrap_or_default();
    vm.dict_set(&d, args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}

fn dict_delitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = dict_of(&args[0]).unwrap_or_default();
    match vm.dict_del(&d, &args[1])? {
        Some(_) => Ok(Value::None),
        None => vm.key_error(args[1].clone()),
    }
}

fn dict_contains(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = dict_of(&args[0]).unwrap_or_default();
    Ok(Value::Bool(vm.dict_get(&d, &args[1])?.is_some()))
}

fn dict_iter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = dict_of(&args[0]).unwrap_or_default();
    vm.get_iter(&Value::Dict(d))
}

fn dict_repr_m(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = dict_of(&args[0]).unwrap_or_default();
    Ok(Value::string(super::repr::dict_repr(vm, &d)?))
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.object.clone();
    add_method(vm, &t, "object", "__new__", object_new);
    add_method(vm, &t, "object", "__init__", object_init);
    add_method(vm, &t, "object", "__repr__", object_repr);
    add_method(vm, &t, "object", "__str__", object_str);
    add_method(vm, &t, "object", "__eq__", object_eq);
    add_method(vm, &t, "object", "__ne__", object_ne);
    add_method(vm, &t, "object", "__hash__", object_hash);
    add_method(vm, &t, "object", "__getattribute__", object_getattribute);
    add_method(vm, &t, "object", "__setattr__", object_setattr);
    add_method(vm, &t, "object", "__delattr__", object_delattr);
    add_method(vm, &t, "object", "__init_subclass__", object_init_subclass);
    add_method(vm, &t, "object", "__format__", object_format);
    add_method(vm, &t, "object", "__dir__", object_dir);
    if let Some(Value::Builtin(b)) = t.dict.get_str(&vm.intern("__init_subclass__")) {
        t.dict.set_str(
            vm.intern("__init_subclass__"),
            Value::ClassMethod(Rc::new(Value::Builtin(b))),
        );
    }
    for t in [
        vm.types.none_type.clone(),
        vm.types.not_implemented_type.clone(),
        vm.types.ellipsis_type.clone(),
    ] {
        add_method(vm, &t, "NoneType", "__new__", singleton_new);
    }
    let t = vm.types.type_.clone();
    add_method(vm, &t, "type", "__new__", type_new);
    add_method(vm, &t, "type", "__call__", type_call);
    add_method(vm, &t, "type", "__init__", type_init);
    add_method(vm, &t, "type", "__prepare__", type_prepare);
    if let Some(p) = t.dict.get_str(&vm.intern("__prepare__")) {
        t.dict
            .set_str(vm.intern("__prepare__"), Value::ClassMethod(Rc::new(p)));
    }
    add_method(vm, &t, "type", "mro", type_mro);
    add_method(vm, &t, "type", "__subclasses__", type_subclasses);
    let t = vm.types.bool_.clone();
    add_method(vm, &t, "bool", "__new__", bool_new);
    let t = vm.types.tuple.clone();
    add_method(vm, &t, "tuple", "__new__", tuple_new);
    add_method(vm, &t, "tuple", "count", tuple_count);
    add_method(vm, &t, "tuple", "index", tuple_index);
    let t = vm.types.dict.clone();
    add_method(vm, &t, "dict", "__new__", dict_new);
    add_method(vm, &t, "dict", "__init__", dict_init);
    add_method(vm, &t, "dict", "get", dict_get);
    add_method(vm, &t, "dict", "keys", dict_keys);
    add_method(vm, &t, "dict", "values", dict_values);
    add_method(vm, &t, "dict", "items", dict_items);
    add_method(vm, &t, "dict", "pop", dict_pop);
    add_method(vm, &t, "dict", "popitem", dict_popitem);
    add_method(vm, &t, "dict", "setdefault", dict_setdefault);
    add_method(vm, &t, "dict", "update", dict_update);
    add_method(vm, &t, "dict", "copy", dict_copy);
    add_method(vm, &t, "dict", "clear", dict_clear);
    add_method(vm, &t, "dict", "fromkeys", dict_fromkeys);
    add_method(vm, &t, "dict", "__len__", dict_len);
    add_method(vm, &t, "dict", "__getitem__", dict_getitem);
    add_method(vm, &t, "dict", "__setitem__", dict_setitem);
    add_method(vm, &t, "dict", "__delitem__", dict_delitem);
    add_method(vm, &t, "dict", "__contains__", dict_contains);
    add_method(vm, &t, "dict", "__iter__", dict_iter);
    add_method(vm, &t, "dict", "__repr__", dict_repr_m);
    add_method(vm, &t, "dict", "__reversed__", dict_reversed);
    if let Some(v) = t.dict.get_str(&vm.intern("fromkeys")) {
        t.dict
            .set_str(vm.intern("fromkeys"), Value::ClassMethod(Rc::new(v)));
    }
    let t = vm.types.slice.clone();
    add_method(vm, &t, "slice", "__new__", slice_new);
    add_method(vm, &t, "slice", "indices", slice_indices);
    let t = vm.types.property.clone();
    add_method(vm, &t, "property", "__new__", property_new);
    add_method(vm, &t, "property", "getter", property_getter);
    add_method(vm, &t, "property", "setter", property_setter);
    add_method(vm, &t, "property", "deleter", property_deleter);
    add_method(vm, &t, "property", "__set_name__", property_set_name);
    let t = vm.types.staticmethod.clone();
    add_method(vm, &t, "staticmethod", "__new__", staticmethod_new);
    let t = vm.types.classmethod.clone();
    add_method(vm, &t, "classmethod", "__new__", classmethod_new);
    let t = vm.types.super_.clone();
    add_method(vm, &t, "super", "__new__", super_new);
    for t in [vm.types.generator.clone(), vm.types.coroutine.clone()] {
        let owner = if Rc::ptr_eq(&t, &vm.types.generator) {
            "generator"
        } else {
            "coroutine"
        };
        add_method(vm, &t, owner, "send", gen_send);
        add_method(vm, &t, owner, "throw", gen_throw);
        add_method(vm, &t, owner, "close", gen_close);
        add_method(vm, &t, owner, "__new__", gen_new);
        if owner == "generator" {
            add_method(vm, &t, owner, "__next__", gen_next);
            add_method(vm, &t, owner, "__iter__", gen_iter);
        } else {
            add_method(vm, &t, owner, "__await__", coro_await);
        }
    }
    let t = vm.types.coroutine_wrapper.clone();
    let wrapper: [(&'static str, NativeFn); 5] = [
        ("__next__", gen_next),
        ("__iter__", gen_iter),
        ("send", gen_send),
        ("throw", gen_throw),
        ("close", gen_close),
    ];
    for (n, f) in wrapper {
        add_method(vm, &t, "coroutine_wrapper", n, f);
    }
    // Native iterators: iter(it) is it.
    for t in [
        vm.types.list_iterator.clone(),
        vm.types.tuple_iterator.clone(),
        vm.types.range_iterator.clone(),
        vm.types.longrange_iterator.clone(),
        vm.types.str_iterator.clone(),
        vm.types.dict_keyiterator.clone(),
        vm.types.dict_valueiterator.clone(),
        vm.types.dict_itemiterator.clone(),
        vm.types.set_iterator.clone(),
        vm.types.bytes_iterator.clone(),
        vm.types.reversed.clone(),
        vm.types.list_reverseiterator.clone(),
        vm.types.enumerate.clone(),
        vm.types.zip.clone(),
        vm.types.map.clone(),
        vm.types.filter.clone(),
        vm.types.callable_iterator.clone(),
        vm.types.iterator.clone(),
    ] {
        add_method(vm, &t, "iterator", "__iter__", gen_iter);
        add_method(vm, &t, "iterator", "__next__", native_iter_next);
    }
    for t in [
        vm.types.list_iterator.clone(),
        vm.types.tuple_iterator.clone(),
        vm.types.range_iterator.clone(),
        vm.types.longrange_iterator.clone(),
        vm.types.bytes_iterator.clone(),
        vm.types.reversed.clone(),
        vm.types.list_reverseiterator.clone(),
        vm.types.dict_keyiterator.clone(),
        vm.types.dict_valueiterator.clone(),
        vm.types.dict_itemiterator.clone(),
        vm.types.set_iterator.clone(),
    ] {
        add_method(
            vm,
            &t,
            "iterator",
            "__length_hint__",
            native_iter_length_hint,
        );
    }
}

fn native_iter_length_hint(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Iter(it)) = args.first() else {
        return vm.type_error("descriptor '__length_hint__' requires an iterator");
    };
    Ok(Value::Int(iter_length_hint(vm, it)?.unwrap_or(0) as i64))
}

/// Items left in a native iterator over a sized container (None: unknown).
pub fn iter_length_hint(vm: &mut Vm, it: &RefCell<NativeIter>) -> PyResult<Option<usize>> {
    let state = it.borrow();
    let n: i64 = match &*state {
        NativeIter::Seq { seq, index, .. } => {
            let seq = seq.clone();
            let index = *index as i64;
            drop(state);
            vm.len(&seq)? as i64 - index
        }
        NativeIter::Reversed { seq, index } => {
            // Like CPython, re-check the sequence's current length.
            let (seq, left) = (seq.clone(), *index as i64 + 1);
            drop(state);
            if left <= 0 || (vm.len(&seq)? as i64) < left {
                0
            } else {
                left
            }
        }
        NativeIter::Range { next, stop, step } => {
            let r = RangeObj {
                start: Value::Int(*next),
                stop: Value::Int(*stop),
                step: Value::Int(*step),
            };
            super::range::length(&r).to_i64().unwrap_or(i64::MAX)
        }
        NativeIter::BigRange { left, .. } => left.to_i64().unwrap_or(i64::MAX),
        NativeIter::DictKeys { dict, pos, len, .. } => {
            if dict.len() != *len {
                0
            } else {
                let mut left = 0;
                let mut p = *pos;
                while let Some((np, ..)) = dict.entry_from(p) {
                    left += 1;
                    p = np;
                }
                left
            }
        }
        NativeIter::Set { set, pos, .. } => {
            let t = set.table.borrow();
            let mut left = 0;
            let mut p = *pos;
            while let Some((np, _)) = t.iter_from(p) {
                left += 1;
                p = np;
            }
            left
        }
        NativeIter::Exhausted => 0,
        _ => return Ok(None),
    };
    Ok(Some(n.max(0) as usize))
}

fn native_iter_next(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match vm.iter_next(&args[0])? {
        Some(v) => Ok(v),
        None => {
            let e = vm.stop_iteration(Value::None);
            Err(e)
        }
    }
}
