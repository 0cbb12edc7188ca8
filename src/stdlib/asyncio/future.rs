//! `_asyncio.Future` and its `__await__` iterator: a result that arrives later, whose
//! done-callbacks are scheduled on the loop with `call_soon` when it completes.

use super::task::TaskCore;
use super::{Types, arg, event_loop, methods, new_object, property, state, this, types};
use crate::objects::KwArgs;
use crate::vm::Vm;
use crate::vm::value::*;
use std::cell::RefMut;
use std::rc::Rc;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum FutState {
    Pending,
    Cancelled,
    Finished,
}

/// The state of a Future (and of the Future part of a Task).
pub struct FutCore {
    pub state: FutState,
    pub result: Value,
    /// The exception it finished with, or None.
    pub exception: Value,
    pub loop_: Value,
    /// (callback, context) pairs, in registration order.
    pub callbacks: Vec<(Value, Value)>,
    pub cancel_message: Value,
    /// The CancelledError that cancelled a task's coroutine, re-raised to its awaiters.
    pub cancelled_exc: Value,
    /// Set while the future travels up from `await` to the task that will wait on it.
    pub blocking: bool,
    pub log_traceback: bool,
    pub task: Option<TaskCore>,
}

impl FutCore {
    pub fn new(loop_: Value) -> FutCore {
        FutCore {
            state: FutState::Pending,
            result: Value::None,
            exception: Value::None,
            loop_,
            callbacks: Vec::new(),
            cancel_message: Value::None,
            cancelled_exc: Value::None,
            blocking: false,
            log_traceback: false,
            task: None,
        }
    }
}

/// A future freed with an exception nobody retrieved, or a task freed while still
/// pending, is reported to its loop's exception handler, as CPython's finalizers do.
impl Drop for FutCore {
    fn drop(&mut self) {
        let pending_task = self.state == FutState::Pending
            && self.task.as_ref().is_some_and(|t| t.log_destroy_pending);
        let lost_exception =
            self.state == FutState::Finished && self.log_traceback && !self.exception.is_none();
        if !pending_task && !lost_exception {
            return;
        }
        let (name, coro, waiter) = match &self.task {
            Some(t) => (t.name.clone(), t.coro.clone(), t.fut_waiter.clone()),
            None => (Value::None, Value::None, Value::None),
        };
        let args = [
            self.loop_.clone(),
            Value::Bool(self.task.is_some()),
            name,
            coro,
            self.exception.clone(),
            waiter,
        ];
        crate::vm::with_current_vm(|vm| {
            let report = super::glue(vm, "tasks", "_report_lost");
            if let Err(e) = report.and_then(|f| vm.call_value(f, &args, &[])) {
                vm.report_unraisable("<asyncio future finalizer>", &e);
            }
        });
    }
}

pub fn core(v: &Value) -> Option<RefMut<'_, FutCore>> {
    state::<FutCore>(v)
}

fn me<'a>(vm: &mut Vm, a: &'a [Value]) -> PyResult<RefMut<'a, FutCore>> {
    this::<FutCore>(vm, a, "Future")
}

/// Is `v` exactly an `_asyncio.Future` or `_asyncio.Task` (no Python subclass that could
/// override its methods)? Then the loop may skip method lookups, as CPython's C code does.
pub fn is_exact(t: &Types, v: &Value) -> bool {
    match v {
        Value::Instance(i) => {
            let c = i.class();
            Rc::ptr_eq(&c, &t.future) || Rc::ptr_eq(&c, &t.task)
        }
        _ => false,
    }
}

/// The loop a future belongs to.
pub fn loop_of(vm: &mut Vm, fut: &Value) -> PyResult<Value> {
    if let Some(c) = core(fut) {
        return Ok(c.loop_.clone());
    }
    match super::call_method(vm, fut, "get_loop", &[]) {
        Ok(l) => Ok(l),
        Err(e) if vm.exc_matches(&e, &vm.exc.attribute_error.clone()) => {
            let n = vm.intern("_loop");
            vm.get_attr(fut, &n)
        }
        Err(e) => Err(e),
    }
}

/// Schedule the callbacks of a future that just completed.
pub fn schedule_callbacks(vm: &mut Vm, fut: &Value) -> PyResult<()> {
    let (cbs, lp) = match core(fut) {
        Some(mut c) => (std::mem::take(&mut c.callbacks), c.loop_.clone()),
        None => return Ok(()),
    };
    for (cb, ctx) in cbs {
        event_loop::call_soon(vm, &lp, cb, vec![fut.clone()], ctx)?;
    }
    Ok(())
}

fn invalid_state<T>(vm: &mut Vm, msg: &str) -> PyResult<T> {
    let t = types(vm)?.invalid_state_error.clone();
    vm.err(&t, msg)
}

/// The CancelledError to raise to whoever asks a cancelled future for its result.
pub fn make_cancelled_error(vm: &mut Vm, fut: &Value) -> PyResult<Value> {
    let (saved, msg) = match core(fut) {
        Some(mut c) => (
            std::mem::replace(&mut c.cancelled_exc, Value::None),
            c.cancel_message.clone(),
        ),
        None => return vm.type_error("not a future"),
    };
    if !saved.is_none() {
        return Ok(saved);
    }
    let t = types(vm)?.cancelled_error.clone();
    let args = if msg.is_none() { vec![] } else { vec![msg] };
    Ok(vm.new_exc_args(&t, Value::tuple(args)))
}

/// The outcome of a done future: Ok(result) or Err(its exception or CancelledError).
pub fn outcome(vm: &mut Vm, fut: &Value) -> PyResult<Value> {
    let st = match core(fut) {
        Some(c) => c.state,
        None => return vm.type_error("not a future"),
    };
    match st {
        FutState::Cancelled => Err(make_cancelled_error(vm, fut)?),
        FutState::Pending => invalid_state(vm, "Result is not set."),
        FutState::Finished => {
            let Some(mut c) = core(fut) else {
                return vm.type_error("not a future");
            };
            c.log_traceback = false;
            if c.exception.is_none() {
                Ok(c.result.clone())
            } else {
                Err(c.exception.clone())
            }
        }
    }
}

pub fn set_result(vm: &mut Vm, fut: &Value, v: Value) -> PyResult<()> {
    {
        let Some(mut c) = core(fut) else {
            return vm.type_error("not a future");
        };
        if c.state != FutState::Pending {
            drop(c);
            return invalid_state(vm, "invalid state");
        }
        c.result = v;
        c.state = FutState::Finished;
    }
    schedule_callbacks(vm, fut)
}

pub fn set_exception(vm: &mut Vm, fut: &Value, e: Value) -> PyResult<()> {
    if core(fut).is_some_and(|c| c.state != FutState::Pending) {
        return invalid_state(vm, "invalid state");
    }
    let e = match &e {
        Value::Type(_) => vm.call_value(e.clone(), &[], &[])?,
        _ => e,
    };
    let base = vm.exc.base_exception.clone();
    if !vm.type_of(&e).is_subtype(&base) {
        return vm.type_error("invalid exception object");
    }
    if Rc::ptr_eq(&vm.type_of(&e), &vm.exc.stop_iteration) {
        return vm.type_error(
            "StopIteration interacts badly with generators and cannot be raised into a Future",
        );
    }
    {
        let Some(mut c) = core(fut) else {
            return vm.type_error("not a future");
        };
        c.exception = e;
        c.state = FutState::Finished;
        c.log_traceback = true;
    }
    schedule_callbacks(vm, fut)
}

/// Future.cancel: true when the future was pending and is now cancelled.
pub fn cancel(vm: &mut Vm, fut: &Value, msg: Value) -> PyResult<bool> {
    {
        let Some(mut c) = core(fut) else {
            return vm.type_error("not a future");
        };
        c.log_traceback = false;
        if c.state != FutState::Pending {
            return Ok(false);
        }
        c.state = FutState::Cancelled;
        c.cancel_message = msg;
    }
    schedule_callbacks(vm, fut)?;
    Ok(true)
}

pub fn add_done_callback(vm: &mut Vm, fut: &Value, cb: Value, ctx: Value) -> PyResult<()> {
    let lp = {
        let Some(mut c) = core(fut) else {
            return vm.type_error("not a future");
        };
        if c.state == FutState::Pending {
            c.callbacks.push((cb, ctx));
            return Ok(());
        }
        c.loop_.clone()
    };
    event_loop::call_soon(vm, &lp, cb, vec![fut.clone()], ctx)
}

fn f_new(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let Some(Value::Type(cls)) = a.first() else {
        return vm.type_error("Future.__new__(X): X is not a type object");
    };
    Ok(new_object(vm, cls, FutCore::new(Value::None)))
}

/// The loop a new future or task belongs to: the one given, else the current one.
pub fn loop_arg(vm: &mut Vm, lp: Value) -> PyResult<Value> {
    if !lp.is_none() {
        return Ok(lp);
    }
    let get = super::glue(vm, "events", "get_event_loop")?;
    vm.call_value(get, &[], &[])
}

fn f_init(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    if a.len() > 1 {
        return vm.type_error(format!(
            "Future.__init__() takes 0 positional arguments but {} were given",
            a.len() - 1
        ));
    }
    let lp = loop_arg(vm, arg(&[], k, 0, "loop"))?;
    me(vm, a)?.loop_ = lp;
    Ok(Value::None)
}

fn f_result(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    me(vm, a)?;
    outcome(vm, &a[0])
}

fn f_exception(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let st = me(vm, a)?.state;
    match st {
        FutState::Cancelled => Err(make_cancelled_error(vm, &a[0])?),
        FutState::Pending => invalid_state(vm, "Exception is not set."),
        FutState::Finished => {
            let mut c = me(vm, a)?;
            c.log_traceback = false;
            Ok(c.exception.clone())
        }
    }
}

fn f_set_result(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    me(vm, a)?;
    set_result(vm, &a[0], a.get(1).cloned().unwrap_or(Value::None))?;
    Ok(Value::None)
}

fn f_set_exception(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    me(vm, a)?;
    set_exception(vm, &a[0], a.get(1).cloned().unwrap_or(Value::None))?;
    Ok(Value::None)
}

fn f_cancel(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    me(vm, a)?;
    Ok(Value::Bool(cancel(vm, &a[0], arg(a, k, 1, "msg"))?))
}

fn f_cancelled(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(me(vm, a)?.state == FutState::Cancelled))
}

fn f_done(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(me(vm, a)?.state != FutState::Pending))
}

fn f_add_done_callback(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    me(vm, a)?;
    let Some(cb) = a.get(1).cloned() else {
        return vm.type_error("add_done_callback() missing required argument 'fn' (pos 1)");
    };
    let ctx = arg(&[], k, 0, "context");
    add_done_callback(vm, &a[0], cb, ctx)?;
    Ok(Value::None)
}

fn f_remove_done_callback(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let cbs = std::mem::take(&mut me(vm, a)?.callbacks);
    let target = a.get(1).cloned().unwrap_or(Value::None);
    let mut kept = Vec::with_capacity(cbs.len());
    let mut removed = 0;
    for (cb, ctx) in cbs {
        let eq = vm.compare(crate::bytecode::CmpOp::Eq, &cb, &target)?;
        if vm.truthy(&eq)? {
            removed += 1;
        } else {
            kept.push((cb, ctx));
        }
    }
    let mut c = me(vm, a)?;
    // Callbacks added while comparing (by an __eq__) stay after the kept ones.
    kept.append(&mut c.callbacks);
    c.callbacks = kept;
    Ok(Value::Int(removed))
}

fn f_get_loop(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(me(vm, a)?.loop_.clone())
}

fn f_make_cancelled_error(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    me(vm, a)?;
    make_cancelled_error(vm, &a[0])
}

fn f_await(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    me(vm, a)?;
    let t = types(vm)?;
    Ok(new_object(
        vm,
        &t.future_iter,
        FutIter { fut: a[0].clone() },
    ))
}

fn p_state(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::str(match me(vm, a)?.state {
        FutState::Pending => "PENDING",
        FutState::Cancelled => "CANCELLED",
        FutState::Finished => "FINISHED",
    }))
}

fn p_loop(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(me(vm, a)?.loop_.clone())
}

fn p_result(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(me(vm, a)?.result.clone())
}

fn p_exception(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(me(vm, a)?.exception.clone())
}

fn p_callbacks(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let c = me(vm, a)?;
    if c.callbacks.is_empty() {
        return Ok(Value::None);
    }
    let items = c
        .callbacks
        .iter()
        .map(|(cb, ctx)| Value::tuple(vec![cb.clone(), ctx.clone()]))
        .collect();
    Ok(Value::list(items))
}

fn p_blocking(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(me(vm, a)?.blocking))
}

fn p_set_blocking(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let v = a.get(1).cloned().unwrap_or(Value::None);
    let b = vm.truthy(&v)?;
    me(vm, a)?.blocking = b;
    Ok(Value::None)
}

fn p_log_traceback(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(me(vm, a)?.log_traceback))
}

fn p_set_log_traceback(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let v = a.get(1).cloned().unwrap_or(Value::None);
    if vm.truthy(&v)? {
        return vm.value_error("_log_traceback can only be set to False");
    }
    me(vm, a)?.log_traceback = false;
    Ok(Value::None)
}

fn p_cancel_message(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(me(vm, a)?.cancel_message.clone())
}

fn p_set_cancel_message(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    me(vm, a)?.cancel_message = a.get(1).cloned().unwrap_or(Value::None);
    Ok(Value::None)
}

fn p_none(_vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

/// The iterator `await future` drives: it yields the future itself (flagged as
/// blocking) until the future is done, then returns its result.
pub struct FutIter {
    fut: Value,
}

fn it_next_value(vm: &mut Vm, it: &Value) -> PyResult<Value> {
    let fut = match state::<FutIter>(it) {
        Some(s) => s.fut.clone(),
        None => return vm.type_error("descriptor requires a '_asyncio.FutureIter' object"),
    };
    if fut.is_none() {
        return Err(vm.stop_iteration(Value::None));
    }
    {
        let Some(mut c) = core(&fut) else {
            return vm.type_error("not a future");
        };
        if c.state == FutState::Pending {
            if !c.blocking {
                c.blocking = true;
                drop(c);
                return Ok(fut);
            }
            drop(c);
            return vm.runtime_error("await wasn't used with future");
        }
    }
    if let Some(mut s) = state::<FutIter>(it) {
        s.fut = Value::None;
    }
    let r = outcome(vm, &fut)?;
    Err(vm.stop_iteration(r))
}

fn it_next(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    it_next_value(vm, &a[0])
}

fn it_send(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    if a.get(1).is_some_and(|v| !v.is_none()) {
        return vm.type_error("can't send non-None value to a FutureIter");
    }
    it_next_value(vm, &a[0])
}

fn it_throw(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    if let Some(mut s) = state::<FutIter>(&a[0]) {
        s.fut = Value::None;
    }
    let exc = vm.throw_args(&a[1..])?;
    Err(exc)
}

fn it_close(_vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    if let Some(mut s) = state::<FutIter>(&a[0]) {
        s.fut = Value::None;
    }
    Ok(Value::None)
}

fn it_iter(_vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(a[0].clone())
}

pub fn install(vm: &mut Vm, t: &Types) {
    let future_methods: &[(&'static str, NativeFn)] = &[
        ("__new__", f_new),
        ("__init__", f_init),
        ("result", f_result),
        ("exception", f_exception),
        ("set_result", f_set_result),
        ("set_exception", f_set_exception),
        ("cancel", f_cancel),
        ("cancelled", f_cancelled),
        ("done", f_done),
        ("add_done_callback", f_add_done_callback),
        ("remove_done_callback", f_remove_done_callback),
        ("get_loop", f_get_loop),
        ("_make_cancelled_error", f_make_cancelled_error),
        ("__await__", f_await),
        ("__iter__", f_await),
    ];
    methods(vm, &t.future, "Future", future_methods);
    let f = &t.future;
    property(vm, f, "_state", p_state, None);
    property(vm, f, "_loop", p_loop, None);
    property(vm, f, "_result", p_result, None);
    property(vm, f, "_exception", p_exception, None);
    property(vm, f, "_callbacks", p_callbacks, None);
    property(vm, f, "_source_traceback", p_none, None);
    property(
        vm,
        f,
        "_asyncio_future_blocking",
        p_blocking,
        Some(p_set_blocking),
    );
    property(
        vm,
        f,
        "_log_traceback",
        p_log_traceback,
        Some(p_set_log_traceback),
    );
    property(
        vm,
        f,
        "_cancel_message",
        p_cancel_message,
        Some(p_set_cancel_message),
    );
    let iter_methods: &[(&'static str, NativeFn)] = &[
        ("__next__", it_next),
        ("send", it_send),
        ("throw", it_throw),
        ("close", it_close),
        ("__iter__", it_iter),
    ];
    methods(vm, &t.future_iter, "FutureIter", iter_methods);
}
