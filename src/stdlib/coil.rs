//! _coil: hooks the bundled Python modules need from the VM.

use super::{new_module, set_fn};
use crate::bytecode::CO_ITERABLE_COROUTINE;
use crate::objects::KwArgs;
use crate::vm::Vm;
use crate::vm::value::*;
use std::cell::RefCell;
use std::rc::Rc;

/// `types.coroutine` for a generator function: a copy of the function whose code
/// carries CO_ITERABLE_COROUTINE, so its generators can be awaited.
fn mark_iterable_coroutine(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let Some(Value::Function(f)) = a.first() else {
        return vm.type_error("mark_iterable_coroutine() expects a function");
    };
    let mut code = (*f.code).clone();
    code.flags |= CO_ITERABLE_COROUTINE;
    Ok(Value::Function(Rc::new(Function {
        code: Rc::new(code),
        globals: f.globals.clone(),
        name: RefCell::new(f.name.borrow().clone()),
        qualname: RefCell::new(f.qualname.borrow().clone()),
        defaults: RefCell::new(f.defaults.borrow().clone()),
        kwdefaults: RefCell::new(f.kwdefaults.borrow().clone()),
        annotations: RefCell::new(f.annotations.borrow().clone()),
        closure: f.closure.clone(),
        builtins: f.builtins.clone(),
        dict: RefCell::new(f.dict.borrow().clone()),
        doc: RefCell::new(f.doc.borrow().clone()),
        module: f.module.clone(),
    })))
}

pub fn module(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module(vm, "_coil");
    set_fn(vm, &d, "mark_iterable_coroutine", mark_iterable_coroutine);
    Ok(m)
}
