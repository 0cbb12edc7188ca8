//! BaseExceptionGroup and ExceptionGroup (PEP 654): native like CPython's, so that
//! start-up does not compile them. The runtime of `except*` stays in the bundled
//! `_exceptiongroup` module, loaded by the first `except*` that runs.

use super::exceptions::exc_data;
use super::types::cls_arg;
use super::{KwArgs, add_method, native};
use crate::vm::Vm;
use crate::vm::value::*;
use std::cell::RefCell;
use std::rc::Rc;

/// PySequence_Check: a type with `__getitem__` that is not a dict.
fn is_sequence(vm: &mut Vm, v: &Value) -> bool {
    let t = vm.type_of(v);
    if t.is_subtype(&vm.types.dict) {
        return false;
    }
    let gi = vm.names.__getitem__.clone();
    vm.get_attr(&Value::Type(t), &gi).is_ok()
}

fn is_exception(vm: &mut Vm, v: &Value) -> bool {
    let b = vm.exc.base_exception.clone();
    vm.type_of(v).is_subtype(&b)
}

/// BaseExceptionGroup.__new__(cls, message, exceptions)
fn eg_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let mut cls = cls_arg(vm, args)?;
    if !kw.is_empty() {
        return vm.type_error(format!("{}() takes no keyword arguments", cls.name()));
    }
    let [message, exceptions] = &args[1..] else {
        return vm.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len() - 1
        ));
    };
    if !matches!(message, Value::Str(_)) {
        let tn = vm.type_name(message);
        return vm.type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {tn}"
        ));
    }
    if !is_sequence(vm, exceptions) {
        return vm.type_error("second argument (exceptions) must be a sequence");
    }
    let excs = vm.iterate(exceptions)?;
    if excs.is_empty() {
        return vm.value_error("second argument (exceptions) must be a non-empty sequence");
    }
    let mut all_exceptions = true;
    for (i, e) in excs.iter().enumerate() {
        if !is_exception(vm, e) {
            return vm.value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            ));
        }
        all_exceptions &= vm.type_of(e).is_subtype(&vm.exc.exception);
    }
    let (base_group, group) = (
        vm.exc.base_exception_group.clone(),
        vm.exc.exception_group.clone(),
    );
    if Rc::ptr_eq(&cls, &base_group) {
        if all_exceptions {
            cls = group;
        }
    } else if cls.is_subtype(&vm.exc.exception) && !all_exceptions {
        let msg = if Rc::ptr_eq(&cls, &group) {
            "Cannot nest BaseExceptions in an ExceptionGroup".to_string()
        } else {
            format!("Cannot nest BaseExceptions in '{}'", cls.name())
        };
        return vm.type_error(msg);
    }
    let inst = vm.new_instance(&cls);
    if let Some(d) = exc_data(&inst) {
        let mut d = d.borrow_mut();
        d.args = Value::tuple(args[1..].to_vec());
        d.fields = vec![
            ("message", message.clone()),
            ("exceptions", Value::tuple(excs)),
        ];
    }
    Ok(inst)
}

/// BaseExceptionGroup.__init__: BaseException's, without keyword arguments.
fn eg_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(inst) = args.first() else {
        return Ok(Value::None);
    };
    if !kw.is_empty() {
        let tn = vm.type_name(inst);
        return vm.type_error(format!("{tn}() takes no keyword arguments"));
    }
    if let Some(d) = exc_data(inst) {
        d.borrow_mut().args = Value::tuple(args[1..].to_vec());
    }
    Ok(Value::None)
}

/// The `message` or `exceptions` field of `args[0]`.
fn field(vm: &mut Vm, args: &[Value], name: &'static str) -> PyResult<Value> {
    match args
        .first()
        .and_then(|e| super::exceptions::exc_field(e, name))
    {
        Some(v) => Ok(v),
        None => vm.type_error(format!(
            "descriptor '{name}' for 'BaseExceptionGroup' objects doesn't apply to this object"
        )),
    }
}

fn eg_message(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    field(vm, args, "message")
}

fn eg_exceptions(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    field(vm, args, "exceptions")
}

fn members(vm: &mut Vm, eg: &Value) -> PyResult<Rc<Vec<Value>>> {
    match field(vm, std::slice::from_ref(eg), "exceptions")? {
        Value::Tuple(t) => Ok(t),
        _ => Ok(Rc::new(Vec::new())),
    }
}

fn eg_str(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let message = field(vm, args, "message")?;
    let n = members(vm, &args[0])?.len();
    let message = vm.str_of(&message)?;
    let s = if n > 1 { "s" } else { "" };
    Ok(Value::string(format!("{message} ({n} sub-exception{s})")))
}

/// derive(excs): a group like this one (same message) of `excs`.
fn eg_derive(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() != 2 {
        let n = args.len().saturating_sub(1);
        return vm.type_error(format!("function takes exactly 1 argument ({n} given)"));
    }
    let message = field(vm, args, "message")?;
    let t = Value::Type(vm.exc.base_exception_group.clone());
    vm.call_value(t, &[message, args[1].clone()], &[])
}

/// What `split` and `subgroup` select: instances of exception types, or what a
/// predicate accepts.
enum Matcher {
    Types(Vec<Rc<TypeObj>>),
    Predicate(Value),
}

impl Matcher {
    fn new(vm: &mut Vm, condition: &Value) -> PyResult<Matcher> {
        let exc_type = |vm: &Vm, v: &Value| match v {
            Value::Type(t) if t.is_subtype(&vm.exc.base_exception) => Some(t.clone()),
            _ => None,
        };
        if let Some(t) = exc_type(vm, condition) {
            return Ok(Matcher::Types(vec![t]));
        }
        if let Value::Tuple(ts) = condition
            && let Some(ts) = ts.iter().map(|t| exc_type(vm, t)).collect()
        {
            return Ok(Matcher::Types(ts));
        }
        if !matches!(condition, Value::Type(_)) && crate::builtins::is_callable(vm, condition) {
            return Ok(Matcher::Predicate(condition.clone()));
        }
        vm.type_error("expected a function, exception type or tuple of exception types")
    }

    fn matches(&self, vm: &mut Vm, e: &Value) -> PyResult<bool> {
        match self {
            Matcher::Types(ts) => {
                let t = vm.type_of(e);
                Ok(ts.iter().any(|x| t.is_subtype(x)))
            }
            Matcher::Predicate(f) => {
                let r = vm.call_value(f.clone(), std::slice::from_ref(e), &[])?;
                vm.truthy(&r)
            }
        }
    }
}

/// `eg.derive(excs)` with this group's cause, context, traceback and notes, or None
/// for no exceptions.
fn derive_copy(vm: &mut Vm, eg: &Value, excs: Vec<Value>) -> PyResult<Value> {
    if excs.is_empty() {
        return Ok(Value::None);
    }
    let derive = vm.intern("derive");
    let f = vm.get_attr(eg, &derive)?;
    let new = vm.call_value(f, &[Value::list(excs)], &[])?;
    let base_group = vm.exc.base_exception_group.clone();
    if !vm.type_of(&new).is_subtype(&base_group) {
        return vm.type_error("derive must return an instance of BaseExceptionGroup");
    }
    if let (Some(s), Some(d)) = (exc_data(eg), exc_data(&new))
        && !std::ptr::eq(s, d)
    {
        let s = s.borrow();
        let mut d = d.borrow_mut();
        d.traceback = s.traceback.clone();
        d.context = s.context.clone();
        d.cause = s.cause.clone();
        d.suppress_context = true;
    }
    let notes_key = vm.intern("__notes__");
    if let Ok(notes) = vm.get_attr(eg, &notes_key)
        && is_sequence(vm, &notes)
    {
        let notes = Value::list(vm.iterate(&notes)?);
        vm.set_attr(&new, &notes_key, notes)?;
    }
    Ok(new)
}

/// The (match, rest) split of `exc` (either may be None).
fn split(vm: &mut Vm, exc: &Value, m: &Matcher) -> PyResult<(Value, Value)> {
    if m.matches(vm, exc)? {
        return Ok((exc.clone(), Value::None));
    }
    let base_group = vm.exc.base_exception_group.clone();
    if !vm.type_of(exc).is_subtype(&base_group) {
        return Ok((Value::None, exc.clone()));
    }
    let (mut matched, mut rest) = (Vec::new(), Vec::new());
    for e in members(vm, exc)?.iter() {
        let (em, er) = split(vm, e, m)?;
        if !em.is_none() {
            matched.push(em);
        }
        if !er.is_none() {
            rest.push(er);
        }
    }
    Ok((derive_copy(vm, exc, matched)?, derive_copy(vm, exc, rest)?))
}

/// PyArg_UnpackTuple's check of a method's one argument.
fn unpack_one(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<()> {
    match args.len() {
        2 => Ok(()),
        n => vm.type_error(format!(
            "{name} expected 1 argument, got {}",
            n.saturating_sub(1)
        )),
    }
}

fn eg_split(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    unpack_one(vm, "split", args)?;
    let m = Matcher::new(vm, &args[1])?;
    let (matched, rest) = split(vm, &args[0], &m)?;
    Ok(Value::tuple(vec![matched, rest]))
}

fn eg_subgroup(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    unpack_one(vm, "subgroup", args)?;
    let m = Matcher::new(vm, &args[1])?;
    Ok(split(vm, &args[0], &m)?.0)
}

fn getter(f: NativeFn, name: &'static str) -> Value {
    Value::Property(Rc::new(Property {
        fget: native(name, f),
        fset: Value::None,
        fdel: Value::None,
        doc: Value::None,
        name: RefCell::new(Value::str(name)),
    }))
}

pub fn install(vm: &mut Vm) {
    let t = vm.exc.base_exception_group.clone();
    let owner = "BaseExceptionGroup";
    add_method(vm, &t, owner, "__new__", eg_new);
    add_method(vm, &t, owner, "__str__", eg_str);
    add_method(vm, &t, owner, "__init__", eg_init);
    add_method(vm, &t, owner, "derive", eg_derive);
    add_method(vm, &t, owner, "split", eg_split);
    add_method(vm, &t, owner, "subgroup", eg_subgroup);
    for (name, f) in [
        ("message", eg_message as NativeFn),
        ("exceptions", eg_exceptions),
    ] {
        let k = vm.intern(name);
        t.dict.set_str(k, getter(f, name));
    }
    // The namespaces' other entries in CPython (but `__weakref__`).
    let doc = Value::str("A combination of multiple unrelated exceptions.");
    t.dict.set_str(vm.names.__doc__.clone(), doc);
    let t = vm.exc.exception_group.clone();
    t.dict
        .set_str(vm.names.__module__.clone(), Value::str("builtins"));
    t.dict.set_str(vm.names.__doc__.clone(), Value::None);
}
