//! `list[int]` and `int | None`: builtin classes create the `types.GenericAlias` and
//! `types.UnionType` objects of the bundled `_genericalias` module.

use super::{KwArgs, add_method, check_args};
use crate::vm::Vm;
use crate::vm::value::*;
use std::rc::Rc;

fn helper(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let m = vm.import_module("_genericalias", false)?;
    let key = vm.intern(name);
    vm.get_attr(&m, &key)
}

/// `cls.__class_getitem__(item)` of the builtin generic classes.
fn class_getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "__class_getitem__", args, 1, 1)?;
    let ga = helper(vm, "GenericAlias")?;
    vm.call_value(ga, &[args[0].clone(), args[1].clone()], &[])
}

/// `a | b` with a class operand: a union type, or None when the operands do not apply.
pub fn type_or(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if !matches!(a, Value::Type(_)) && !matches!(b, Value::Type(_)) {
        return Ok(None);
    }
    let union = helper(vm, "union")?;
    let r = vm.call_value(union, &[a.clone(), b.clone()], &[])?;
    Ok((!matches!(r, Value::NotImplemented)).then_some(r))
}

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let generic = [
        (t.list.clone(), "list"),
        (t.dict.clone(), "dict"),
        (t.tuple.clone(), "tuple"),
        (t.set.clone(), "set"),
        (t.frozenset.clone(), "frozenset"),
        (t.type_.clone(), "type"),
        (vm.exc.base_exception_group.clone(), "BaseExceptionGroup"),
    ];
    let key = vm.intern("__class_getitem__");
    for (g, owner) in generic {
        add_method(vm, &g, owner, "__class_getitem__", class_getitem);
        if let Some(f) = g.dict.get_str(&key) {
            g.dict.set_str(key.clone(), Value::ClassMethod(Rc::new(f)));
        }
    }
}
