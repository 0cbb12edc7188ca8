//! `__get__` of the builtin descriptor types (functions, properties, static and class
//! methods), for code that calls the descriptor protocol by hand.

use super::{KwArgs, add_method};
use crate::vm::Vm;
use crate::vm::value::*;

/// descriptor.__get__(obj, type=None)
fn descr_get(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if !(2..=3).contains(&args.len()) {
        return vm.type_error(format!(
            "expected 1 or 2 arguments, got {}",
            args.len().saturating_sub(1)
        ));
    }
    let obj = Some(&args[1]).filter(|o| !o.is_none());
    let owner = match (args.get(2), obj) {
        (Some(Value::Type(t)), _) => t.clone(),
        (_, Some(o)) => vm.type_of(o),
        _ => return vm.type_error("__get__(None, None) is invalid"),
    };
    vm.descr_get(args[0].clone(), obj, &owner)
}

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let owners = [
        (t.function.clone(), "function"),
        (t.property.clone(), "property"),
        (t.staticmethod.clone(), "staticmethod"),
        (t.classmethod.clone(), "classmethod"),
    ];
    for (t, owner) in owners {
        add_method(vm, &t, owner, "__get__", descr_get);
    }
}
