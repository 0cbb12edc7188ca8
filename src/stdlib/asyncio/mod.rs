//! `_asyncio`: the native core of asyncio — futures, tasks, handles and the event
//! loop's ready queue and timers. The Python package `asyncio` (bundled from
//! `py/asyncio/`) builds the public API on top of it, as CPython's `asyncio` does on
//! its `_asyncio` C module.

mod event_loop;
mod future;
mod task;
mod timer_heap;

use super::{new_module, set_fn, set_val};
use crate::objects::{KwArgs, add_method, native};
use crate::vm::Vm;
use crate::vm::value::*;
use std::cell::{RefCell, RefMut};
use std::rc::Rc;

/// The classes of `_asyncio`, shared by its native functions.
pub struct Types {
    pub future: Rc<TypeObj>,
    pub task: Rc<TypeObj>,
    pub future_iter: Rc<TypeObj>,
    pub handle: Rc<TypeObj>,
    pub timer_handle: Rc<TypeObj>,
    pub event_loop: Rc<TypeObj>,
    pub cancelled_error: Rc<TypeObj>,
    pub invalid_state_error: Rc<TypeObj>,
}

thread_local! {
    static TYPES: RefCell<Option<Rc<Types>>> = const { RefCell::new(None) };
}

pub fn types(vm: &mut Vm) -> PyResult<Rc<Types>> {
    match TYPES.with(|t| t.borrow().clone()) {
        Some(t) => Ok(t),
        None => vm.runtime_error("_asyncio is not initialized"),
    }
}

/// The native state an `_asyncio` object carries, borrowed for a moment (never across
/// a call back into Python).
pub fn state<T: 'static>(v: &Value) -> Option<RefMut<'_, T>> {
    let Value::Instance(i) = v else {
        return None;
    };
    let Payload::Native(n) = &i.payload else {
        return None;
    };
    RefMut::filter_map(n.borrow_mut(), |b| b.downcast_mut::<T>()).ok()
}

/// `self` of a native method, or CPython's TypeError for a foreign receiver.
pub fn this<'a, T: 'static>(
    vm: &mut Vm,
    args: &'a [Value],
    owner: &str,
) -> PyResult<RefMut<'a, T>> {
    match args.first().and_then(state::<T>) {
        Some(s) => Ok(s),
        None => vm.type_error(format!("descriptor requires a '_asyncio.{owner}' object")),
    }
}

pub fn new_object<T: 'static>(vm: &mut Vm, cls: &Rc<TypeObj>, s: T) -> Value {
    vm.new_instance_with(cls, Payload::Native(RefCell::new(Box::new(s))))
}

/// A function of the Python side of asyncio (`asyncio.<module>.<name>`).
pub fn glue(vm: &mut Vm, module: &str, name: &str) -> PyResult<Value> {
    let m = vm.import_module(&format!("asyncio.{module}"), true)?;
    let name = vm.intern(name);
    vm.get_attr(&m, &name)
}

pub fn call_method(vm: &mut Vm, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let name = vm.intern(name);
    let m = vm.get_attr(obj, &name)?;
    vm.call_value(m, args, &[])
}

pub fn runtime_error_value(vm: &mut Vm, msg: String) -> Value {
    let t = vm.exc.runtime_error.clone();
    vm.new_exc(&t, &msg)
}

/// Keyword argument `name`, or positional `args[pos]`, or None.
pub fn arg(args: &[Value], kw: KwArgs, pos: usize, name: &str) -> Value {
    crate::objects::kwarg(kw, name)
        .or_else(|| args.get(pos).cloned())
        .unwrap_or(Value::None)
}

/// A property whose getter (and optional setter) are native functions.
pub fn property(
    vm: &mut Vm,
    t: &Rc<TypeObj>,
    name: &'static str,
    get: NativeFn,
    set: Option<NativeFn>,
) {
    let p = Value::Property(Rc::new(Property {
        fget: native(name, get),
        fset: set.map_or(Value::None, |f| native(name, f)),
        fdel: Value::None,
        doc: Value::None,
        name: RefCell::new(Value::str(name)),
    }));
    t.dict.set_str(vm.intern(name), p);
}

pub fn methods(
    vm: &mut Vm,
    t: &Rc<TypeObj>,
    owner: &'static str,
    list: &[(&'static str, NativeFn)],
) {
    for (n, f) in list {
        add_method(vm, t, owner, n, *f);
    }
}

fn class(vm: &mut Vm, name: &str, base: &Rc<TypeObj>, module: &str) -> Rc<TypeObj> {
    let t = vm.new_class(name, base);
    t.dict
        .set_str(vm.names.__module__.clone(), Value::str(module));
    t
}

/// The traceback text CPython's logging prints for an exception.
fn format_exception(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let e = a.first().cloned().unwrap_or(Value::None);
    Ok(Value::string(vm.format_exception(&e)))
}

pub fn module(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module(vm, "_asyncio");
    let object = vm.types.object.clone();
    let base_exc = vm.exc.base_exception.clone();
    let exc = vm.exc.exception.clone();
    let future = class(vm, "Future", &object, "_asyncio");
    let task = class(vm, "Task", &future, "_asyncio");
    let handle = class(vm, "Handle", &object, "asyncio.events");
    let timer_handle = class(vm, "TimerHandle", &handle, "asyncio.events");
    let types = Rc::new(Types {
        future_iter: class(vm, "FutureIter", &object, "_asyncio"),
        event_loop: class(vm, "EventLoopCore", &object, "_asyncio"),
        cancelled_error: class(vm, "CancelledError", &base_exc, "asyncio.exceptions"),
        invalid_state_error: class(vm, "InvalidStateError", &exc, "asyncio.exceptions"),
        future,
        task,
        handle,
        timer_handle,
    });
    future::install(vm, &types);
    task::install(vm, &types);
    event_loop::install(vm, &types);
    for (n, t) in [
        ("Future", &types.future),
        ("Task", &types.task),
        ("FutureIter", &types.future_iter),
        ("Handle", &types.handle),
        ("TimerHandle", &types.timer_handle),
        ("EventLoopCore", &types.event_loop),
        ("CancelledError", &types.cancelled_error),
        ("InvalidStateError", &types.invalid_state_error),
    ] {
        set_val(vm, &d, n, Value::Type(t.clone()));
    }
    TYPES.with(|t| *t.borrow_mut() = Some(types));
    set_fn(vm, &d, "get_running_loop", event_loop::get_running_loop);
    set_fn(vm, &d, "_get_running_loop", event_loop::py_get_running_loop);
    set_fn(vm, &d, "_set_running_loop", event_loop::set_running_loop);
    set_fn(vm, &d, "current_task", task::current_task);
    set_fn(vm, &d, "_all_tasks_of", task::all_tasks_of);
    set_fn(vm, &d, "_enter_task", task::enter_task_fn);
    set_fn(vm, &d, "_leave_task", task::leave_task_fn);
    set_fn(vm, &d, "_format_exception", format_exception);
    Ok(m)
}
