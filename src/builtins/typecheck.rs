//! isinstance() and issubclass(): tuples of classes, and the `__instancecheck__` /
//! `__subclasscheck__` hooks of metaclasses.

use super::arity;
use crate::objects::KwArgs;
use crate::vm::Vm;
use crate::vm::value::*;
use std::rc::Rc;

/// A hook on the type of `cls` (a metaclass's, or a generic alias's).
fn check_hook(vm: &mut Vm, cls: &Value, name: &Rc<PyStr>) -> Option<Value> {
    vm.lookup_method(cls, name)
}

fn is_instance(vm: &mut Vm, obj: &Value, cls: &Value) -> PyResult<bool> {
    let t = vm.type_of(obj);
    if let Value::Type(c) = cls
        && Rc::ptr_eq(&t, c)
    {
        return Ok(true);
    }
    if let Value::Tuple(items) = cls {
        for c in items.iter() {
            if is_instance(vm, obj, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let hook = vm.names.__instancecheck__.clone();
    if let Some(m) = check_hook(vm, cls, &hook) {
        let r = vm.call_value(m, std::slice::from_ref(obj), &[])?;
        return vm.truthy(&r);
    }
    match cls {
        Value::Type(c) => {
            if t.is_subtype(c) {
                return Ok(true);
            }
            // An instance may claim another class through `__class__`.
            let cn = vm.names.__class__.clone();
            match vm.get_attr(obj, &cn) {
                Ok(Value::Type(k)) if !Rc::ptr_eq(&k, &t) => Ok(k.is_subtype(c)),
                _ => Ok(false),
            }
        }
        _ => vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"),
    }
}

fn is_subclass(vm: &mut Vm, derived: &Value, cls: &Value) -> PyResult<bool> {
    if let Value::Tuple(items) = cls {
        for c in items.iter() {
            if is_subclass(vm, derived, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let hook = vm.names.__subclasscheck__.clone();
    if let Some(m) = check_hook(vm, cls, &hook) {
        let r = vm.call_value(m, std::slice::from_ref(derived), &[])?;
        return vm.truthy(&r);
    }
    let Value::Type(d) = derived else {
        return vm.type_error("issubclass() arg 1 must be a class");
    };
    match cls {
        Value::Type(c) => Ok(d.is_subtype(c)),
        _ => vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"),
    }
}

pub fn b_isinstance(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    arity(vm, "isinstance", args, 2, 2)?;
    Ok(Value::Bool(is_instance(vm, &args[0], &args[1])?))
}

pub fn b_issubclass(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    arity(vm, "issubclass", args, 2, 2)?;
    Ok(Value::Bool(is_subclass(vm, &args[0], &args[1])?))
}
