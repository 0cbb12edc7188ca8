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

/// `copy_traceback(src, dst)`: `dst` gets `src`'s traceback entries, as the groups
/// derived by `ExceptionGroup.split` take the original's `__traceback__`.
fn copy_traceback(_vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    if let [Value::Instance(src), Value::Instance(dst), ..] = a
        && let (Some(s), Some(d)) = (src.exc(), dst.exc())
        && !std::ptr::eq(s, d)
    {
        let entries = s.borrow().traceback.clone();
        d.borrow_mut().traceback = entries;
    }
    Ok(Value::None)
}

pub fn module(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module(vm, "_coil");
    set_fn(vm, &d, "mark_iterable_coroutine", mark_iterable_coroutine);
    set_fn(vm, &d, "copy_traceback", copy_traceback);
    Ok(m)
}
