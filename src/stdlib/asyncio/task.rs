//! `_asyncio.Task`: a future that drives a coroutine. Each step sends None (or throws
//! an exception) into the coroutine; when the coroutine yields a future, the task
//! sleeps until that future's done-callback wakes it, as in CPython's `_asyncio`.

use super::future::{self, FutCore, FutState, core};
use super::{Types, arg, call_method, event_loop, methods, property, runtime_error_value, types};
use crate::objects::KwArgs;
use crate::vm::Vm;
use crate::vm::generator::GenResult;
use crate::vm::value::*;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

/// The Task part of a task's state.
pub struct TaskCore {
    pub coro: Value,
    pub name: Value,
    pub must_cancel: bool,
    /// The future the task waits on, if any.
    pub fut_waiter: Value,
    pub num_cancels_requested: i64,
    pub log_destroy_pending: bool,
}

thread_local! {
    static TASK_COUNTER: Cell<u64> = const { Cell::new(0) };
    /// Every task created, weakly (for `all_tasks`).
    static ALL_TASKS: RefCell<Vec<Weak<Instance>>> = const { RefCell::new(Vec::new()) };
    /// (loop, task) for each loop whose task is running a step.
    static CURRENT: RefCell<Vec<(Value, Value)>> = const { RefCell::new(Vec::new()) };
}

/// Run `f` on a task's Future and Task state (TypeError for a non-task).
fn with_task<R>(
    vm: &mut Vm,
    v: &Value,
    f: impl FnOnce(&mut FutCore, &mut TaskCore) -> R,
) -> PyResult<R> {
    if let Some(mut c) = core(v)
        && let Some(mut t) = c.task.take()
    {
        // The task part is lent out so that both halves can be borrowed at once.
        let r = f(&mut c, &mut t);
        c.task = Some(t);
        return Ok(r);
    }
    vm.type_error("descriptor requires a '_asyncio.Task' object")
}

impl TaskCore {
    fn new(coro: Value, name: Value) -> TaskCore {
        TaskCore {
            coro,
            name,
            must_cancel: false,
            fut_waiter: Value::None,
            num_cancels_requested: 0,
            log_destroy_pending: true,
        }
    }
}

fn is_coroutine(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    if let Value::Generator(g) = v {
        // 3.11 still takes generators (`types.coroutine` ones) for coroutines.
        return Ok(g.kind != GenKind::AsyncGenerator);
    }
    let f = super::glue(vm, "coroutines", "iscoroutine")?;
    let r = vm.call_value(f, std::slice::from_ref(v), &[])?;
    vm.truthy(&r)
}

fn t_init(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    if a.len() != 2 {
        return vm.type_error(format!(
            "Task.__init__() takes 1 positional argument but {} were given",
            a.len() - 1
        ));
    }
    let coro = a[1].clone();
    if !is_coroutine(vm, &coro)? {
        let r = vm.repr_of(&coro)?;
        return vm.type_error(format!("a coroutine was expected, got {r}"));
    }
    let lp = future::loop_arg(vm, arg(&[], k, 0, "loop"))?;
    let name = match arg(&[], k, 0, "name") {
        Value::None => {
            let n = TASK_COUNTER.with(|c| {
                c.set(c.get() + 1);
                c.get()
            });
            Value::string(format!("Task-{n}"))
        }
        Value::Str(s) => Value::Str(s),
        other => Value::string(vm.str_of(&other)?),
    };
    {
        let Some(mut c) = core(&a[0]) else {
            return vm.type_error("descriptor requires a '_asyncio.Task' object");
        };
        *c = FutCore::new(lp.clone());
        c.task = Some(TaskCore::new(coro, name));
    }
    schedule_step(vm, &a[0], None)?;
    if let Value::Instance(i) = &a[0] {
        register(Rc::downgrade(i));
    }
    Ok(Value::None)
}

fn register(t: Weak<Instance>) {
    ALL_TASKS.with(|all| {
        let mut all = all.borrow_mut();
        // Forget dead tasks whenever the list has doubled since the last sweep.
        if all.len() >= 64 && all.len().is_power_of_two() {
            all.retain(|w| w.strong_count() > 0);
        }
        all.push(t);
    });
}

/// `call_soon(task.__step, exc)` on the task's loop.
fn schedule_step(vm: &mut Vm, task: &Value, exc: Option<Value>) -> PyResult<()> {
    let lp = core(task).map(|c| c.loop_.clone()).unwrap_or(Value::None);
    let step = bound(task, "task_step", step_cb);
    event_loop::call_soon(vm, &lp, step, exc.into_iter().collect(), Value::None)
}

fn bound(task: &Value, name: &'static str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name,
        func,
        binding: Some(task.clone()),
        owner: Some("Task"),
    }))
}

fn step_cb(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    step(vm, &a[0], a.get(1).cloned())?;
    Ok(Value::None)
}

/// Wake the task when the future it waited on is done.
fn wakeup_cb(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let fut = a.get(1).cloned().unwrap_or(Value::None);
    let exc = if core(&fut).is_some() {
        future::outcome(vm, &fut).err()
    } else {
        call_method(vm, &fut, "result", &[]).err()
    };
    step(vm, &a[0], exc)?;
    Ok(Value::None)
}

fn is_cancelled_error(vm: &mut Vm, e: &Value) -> PyResult<bool> {
    let t = types(vm)?.cancelled_error.clone();
    Ok(vm.exc_matches(e, &t))
}

/// One step of the task's coroutine.
fn step(vm: &mut Vm, task: &Value, exc: Option<Value>) -> PyResult<()> {
    let done = core(task).is_none_or(|c| c.state != FutState::Pending);
    if done {
        let r = vm.repr_of(task)?;
        let e = match &exc {
            Some(e) => vm.repr_of(e)?,
            None => "None".to_string(),
        };
        let t = types(vm)?.invalid_state_error.clone();
        return vm.err(&t, format!("_step(): already done: {r}, {e}"));
    }
    let mut exc = exc;
    let must_cancel = with_task(vm, task, |_, t| std::mem::take(&mut t.must_cancel))?;
    if must_cancel && !matches!(&exc, Some(e) if is_cancelled_error(vm, e)?) {
        exc = Some(future::make_cancelled_error(vm, task)?);
    }
    let (coro, lp) = with_task(vm, task, |c, t| {
        t.fut_waiter = Value::None;
        (t.coro.clone(), c.loop_.clone())
    })?;
    enter_task(vm, &lp, task)?;
    let r = resume(vm, &coro, exc);
    let handled = after_step(vm, task, r);
    leave_task(vm, &lp, task)?;
    handled
}

/// `coro.send(None)` or `coro.throw(exc)`.
fn resume(vm: &mut Vm, coro: &Value, exc: Option<Value>) -> PyResult<GenResult> {
    if let Value::Generator(g) = coro {
        return vm.gen_resume(g, Value::None, exc);
    }
    let r = match exc {
        None => call_method(vm, coro, "send", &[Value::None]),
        Some(e) => call_method(vm, coro, "throw", &[e]),
    };
    match r {
        Ok(v) => Ok(GenResult::Yield(v)),
        Err(e) if vm.exc_matches(&e, &vm.exc.stop_iteration.clone()) => {
            Ok(GenResult::Return(vm.stop_iteration_value(&e)))
        }
        Err(e) => Err(e),
    }
}

/// What the coroutine's step produced: finish the task or arrange the next step.
fn after_step(vm: &mut Vm, task: &Value, r: PyResult<GenResult>) -> PyResult<()> {
    match r {
        Ok(GenResult::Return(v)) => {
            if with_task(vm, task, |_, t| std::mem::take(&mut t.must_cancel))? {
                let msg = core(task).map(|c| c.cancel_message.clone());
                future::cancel(vm, task, msg.unwrap_or(Value::None))?;
            } else {
                future::set_result(vm, task, v)?;
            }
            Ok(())
        }
        Err(e) if is_cancelled_error(vm, &e)? => {
            if let Some(mut c) = core(task) {
                c.cancelled_exc = e;
            }
            future::cancel(vm, task, Value::None)?;
            Ok(())
        }
        Err(e) => {
            future::set_exception(vm, task, e.clone())?;
            let fatal = vm.exc_matches(&e, &vm.exc.keyboard_interrupt.clone())
                || vm.exc_matches(&e, &vm.exc.system_exit.clone());
            if fatal { Err(e) } else { Ok(()) }
        }
        Ok(GenResult::Yield(y)) => wait_on(vm, task, y),
    }
}

/// The coroutine yielded `y`: a future to wait on, None to yield one loop iteration,
/// or something invalid (the error is thrown into the coroutine on the next step).
fn wait_on(vm: &mut Vm, task: &Value, y: Value) -> PyResult<()> {
    let blocking = match core(&y) {
        Some(c) => Value::Bool(c.blocking),
        None => {
            let name = vm.intern("_asyncio_future_blocking");
            vm.get_attr(&y, &name).unwrap_or(Value::None)
        }
    };
    if blocking.is_none() {
        if y.is_none() {
            return schedule_step(vm, task, None);
        }
        let tr = vm.repr_of(task)?;
        let yr = vm.repr_of(&y)?;
        let msg = if matches!(&y, Value::Generator(g) if g.kind == GenKind::Generator) {
            format!("yield was used instead of yield from for generator in task {tr} with {yr}")
        } else {
            format!("Task got bad yield: {yr}")
        };
        let e = runtime_error_value(vm, msg);
        return schedule_step(vm, task, Some(e));
    }
    let task_loop = core(task).map(|c| c.loop_.clone()).unwrap_or(Value::None);
    let fut_loop = future::loop_of(vm, &y)?;
    if !fut_loop.is(&task_loop) {
        let tr = vm.repr_of(task)?;
        let yr = vm.repr_of(&y)?;
        let e = runtime_error_value(
            vm,
            format!("Task {tr} got Future {yr} attached to a different loop"),
        );
        return schedule_step(vm, task, Some(e));
    }
    if !vm.truthy(&blocking)? {
        let tr = vm.repr_of(task)?;
        let yr = vm.repr_of(&y)?;
        let e = runtime_error_value(
            vm,
            format!("yield was used instead of yield from in task {tr} with {yr}"),
        );
        return schedule_step(vm, task, Some(e));
    }
    if y.is(task) {
        let tr = vm.repr_of(task)?;
        let e = runtime_error_value(vm, format!("Task cannot await on itself: {tr}"));
        return schedule_step(vm, task, Some(e));
    }
    let t = types(vm)?;
    let wake = bound(task, "task_wakeup", wakeup_cb);
    if future::is_exact(&t, &y) {
        if let Some(mut c) = core(&y) {
            c.blocking = false;
        }
        future::add_done_callback(vm, &y, wake, Value::None)?;
    } else {
        let name = vm.intern("_asyncio_future_blocking");
        vm.set_attr(&y, &name, Value::Bool(false))?;
        call_method(vm, &y, "add_done_callback", &[wake])?;
    }
    let (must_cancel, msg) = with_task(vm, task, |c, t| {
        t.fut_waiter = y.clone();
        (t.must_cancel, c.cancel_message.clone())
    })?;
    if must_cancel && cancel_future(vm, &y, msg)? {
        with_task(vm, task, |_, t| t.must_cancel = false)?;
    }
    Ok(())
}

/// `fut.cancel(msg=msg)`, through the method when a subclass may override it.
fn cancel_future(vm: &mut Vm, fut: &Value, msg: Value) -> PyResult<bool> {
    let t = types(vm)?;
    if future::is_exact(&t, fut) && core(fut).is_some_and(|c| c.task.is_none()) {
        return future::cancel(vm, fut, msg);
    }
    let name = vm.intern("cancel");
    let m = vm.get_attr(fut, &name)?;
    let kw = [(vm.intern("msg"), msg)];
    let r = vm.call_value(m, &[], &kw)?;
    vm.truthy(&r)
}

fn enter_task(vm: &mut Vm, lp: &Value, task: &Value) -> PyResult<()> {
    let current = CURRENT.with(|c| {
        c.borrow()
            .iter()
            .find(|(l, _)| l.is(lp))
            .map(|(_, t)| t.clone())
    });
    if let Some(cur) = current {
        let tr = vm.repr_of(task)?;
        let cr = vm.repr_of(&cur)?;
        return vm.runtime_error(format!(
            "Cannot enter into task {tr} while another task {cr} is being executed."
        ));
    }
    CURRENT.with(|c| c.borrow_mut().push((lp.clone(), task.clone())));
    Ok(())
}

fn leave_task(vm: &mut Vm, lp: &Value, task: &Value) -> PyResult<()> {
    let pos = CURRENT.with(|c| c.borrow().iter().position(|(l, _)| l.is(lp)));
    let current = pos.and_then(|p| CURRENT.with(|c| c.borrow().get(p).map(|(_, t)| t.clone())));
    match (pos, current) {
        (Some(p), Some(cur)) if cur.is(task) => {
            let entry = CURRENT.with(|c| c.borrow_mut().remove(p));
            drop(entry);
            Ok(())
        }
        (_, cur) => {
            let tr = vm.repr_of(task)?;
            let cr = vm.repr_of(&cur.unwrap_or(Value::None))?;
            vm.runtime_error(format!(
                "Leaving task {tr} does not match the current task {cr}."
            ))
        }
    }
}

pub fn enter_task_fn(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let [lp, task] = a else {
        return vm.type_error("_enter_task() takes exactly 2 arguments");
    };
    enter_task(vm, lp, task)?;
    Ok(Value::None)
}

pub fn leave_task_fn(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let [lp, task] = a else {
        return vm.type_error("_leave_task() takes exactly 2 arguments");
    };
    leave_task(vm, lp, task)?;
    Ok(Value::None)
}

/// `asyncio.current_task(loop=None)`.
pub fn current_task(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let lp = match arg(a, k, 0, "loop") {
        Value::None => event_loop::running_loop(vm)?,
        l => l,
    };
    Ok(CURRENT.with(|c| {
        c.borrow()
            .iter()
            .find(|(l, _)| l.is(&lp))
            .map_or(Value::None, |(_, t)| t.clone())
    }))
}

/// The pending tasks of a loop, in creation order (`asyncio.all_tasks` makes a set).
pub fn all_tasks_of(_vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let lp = a.first().cloned().unwrap_or(Value::None);
    let live: Vec<Value> = ALL_TASKS.with(|all| {
        all.borrow()
            .iter()
            .filter_map(|w| w.upgrade().map(Value::Instance))
            .collect()
    });
    let tasks = live
        .into_iter()
        .filter(|t| core(t).is_some_and(|c| c.state == FutState::Pending && c.loop_.is(&lp)))
        .collect();
    Ok(Value::list(tasks))
}

fn t_cancel(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let msg = arg(a, k, 1, "msg");
    let waiter = with_task(vm, &a[0], |c, t| {
        c.log_traceback = false;
        if c.state != FutState::Pending {
            return None;
        }
        t.num_cancels_requested += 1;
        Some(t.fut_waiter.clone())
    })?;
    let Some(waiter) = waiter else {
        return Ok(Value::Bool(false));
    };
    if !waiter.is_none() && cancel_future(vm, &waiter, msg.clone())? {
        return Ok(Value::Bool(true));
    }
    with_task(vm, &a[0], |c, t| {
        t.must_cancel = true;
        c.cancel_message = msg;
    })?;
    Ok(Value::Bool(true))
}

fn t_uncancel(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    with_task(vm, &a[0], |_, t| {
        if t.num_cancels_requested > 0 {
            t.num_cancels_requested -= 1;
        }
        Value::Int(t.num_cancels_requested)
    })
}

fn t_cancelling(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    with_task(vm, &a[0], |_, t| Value::Int(t.num_cancels_requested))
}

fn t_get_coro(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    with_task(vm, &a[0], |_, t| t.coro.clone())
}

fn t_get_name(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    with_task(vm, &a[0], |_, t| t.name.clone())
}

fn t_set_name(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let v = a.get(1).cloned().unwrap_or(Value::None);
    let name = match v {
        Value::Str(_) => v,
        other => Value::string(vm.str_of(&other)?),
    };
    with_task(vm, &a[0], |_, t| t.name = name)?;
    Ok(Value::None)
}

fn t_no_set_result(vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    vm.runtime_error("Task does not support set_result operation")
}

fn t_no_set_exception(vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    vm.runtime_error("Task does not support set_exception operation")
}

fn t_get_context(_vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn p_fut_waiter(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    with_task(vm, &a[0], |_, t| t.fut_waiter.clone())
}

fn p_must_cancel(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    with_task(vm, &a[0], |_, t| Value::Bool(t.must_cancel))
}

fn p_log_destroy_pending(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    with_task(vm, &a[0], |_, t| Value::Bool(t.log_destroy_pending))
}

fn p_set_log_destroy_pending(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let v = a.get(1).cloned().unwrap_or(Value::None);
    let b = vm.truthy(&v)?;
    with_task(vm, &a[0], |_, t| t.log_destroy_pending = b)?;
    Ok(Value::None)
}

pub fn install(vm: &mut Vm, t: &Types) {
    let list: &[(&'static str, NativeFn)] = &[
        ("__init__", t_init),
        ("cancel", t_cancel),
        ("uncancel", t_uncancel),
        ("cancelling", t_cancelling),
        ("get_coro", t_get_coro),
        ("get_name", t_get_name),
        ("set_name", t_set_name),
        ("get_context", t_get_context),
        ("set_result", t_no_set_result),
        ("set_exception", t_no_set_exception),
    ];
    methods(vm, &t.task, "Task", list);
    property(vm, &t.task, "_coro", t_get_coro, None);
    property(vm, &t.task, "_fut_waiter", p_fut_waiter, None);
    property(vm, &t.task, "_must_cancel", p_must_cancel, None);
    property(
        vm,
        &t.task,
        "_log_destroy_pending",
        p_log_destroy_pending,
        Some(p_set_log_destroy_pending),
    );
}
