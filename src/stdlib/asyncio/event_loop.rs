//! The event loop's core: the ready queue of handles, the timers, and `run_forever`,
//! which runs one iteration after another as CPython's `BaseEventLoop._run_once`
//! does: due timers join the ready queue, then every handle that was ready when the
//! iteration began runs once, in FIFO order.

use super::timer_heap::TimerHeap;
use super::{Types, arg, call_method, methods, new_object, property, state, this, types};
use crate::objects::KwArgs;
use crate::vm::Vm;
use crate::vm::value::*;
use std::cell::RefCell;
use std::collections::VecDeque;

/// The resolution of `time.monotonic` on Linux: timers due within it count as due.
const CLOCK_RESOLUTION: f64 = 1e-9;
/// When more than this many timers are scheduled and over half are cancelled, the
/// heap is rebuilt without them instead of popping them one by one.
const MIN_SCHEDULED_TIMER_HANDLES: usize = 100;
/// The longest a single wait for timers lasts (CPython's `MAXIMUM_SELECT_TIMEOUT`).
const MAXIMUM_SELECT_TIMEOUT: f64 = 24.0 * 3600.0;

#[derive(Default)]
pub struct LoopCore {
    ready: VecDeque<Value>,
    timers: TimerHeap<Value>,
    cancelled_timers: usize,
    stopping: bool,
    running: bool,
    closed: bool,
    debug: bool,
}

/// A callback with its arguments; a TimerHandle also has a deadline.
pub struct HandleCore {
    callback: Value,
    args: Vec<Value>,
    context: Value,
    loop_: Value,
    cancelled: bool,
    /// Deadline of a TimerHandle (None for a plain Handle).
    when: Option<f64>,
    /// A TimerHandle still in its loop's heap.
    scheduled: bool,
}

thread_local! {
    static RUNNING_LOOP: RefCell<Value> = const { RefCell::new(Value::None) };
}

pub fn now() -> f64 {
    crate::stdlib::time::elapsed().as_secs_f64()
}

fn me<'a>(vm: &mut Vm, a: &'a [Value]) -> PyResult<std::cell::RefMut<'a, LoopCore>> {
    this::<LoopCore>(vm, a, "EventLoopCore")
}

fn is_cancelled(h: &Value) -> bool {
    state::<HandleCore>(h).is_none_or(|h| h.cancelled)
}

fn check_closed(vm: &mut Vm, lp: &LoopCore) -> PyResult<()> {
    if lp.closed {
        return vm.runtime_error("Event loop is closed");
    }
    Ok(())
}

/// CPython's `_check_callback`: a callable that is not a coroutine function.
fn check_callback(vm: &mut Vm, cb: &Value, method: &str) -> PyResult<()> {
    let is_coro = match cb {
        Value::Generator(g) => g.kind == GenKind::Coroutine,
        Value::Function(f) => f.code.flags & crate::bytecode::CO_COROUTINE != 0,
        _ => false,
    };
    if is_coro {
        return vm.type_error(format!("coroutines cannot be used with {method}()"));
    }
    if !crate::builtins::is_callable(vm, cb) {
        let r = vm.repr_of(cb)?;
        return vm.type_error(format!(
            "a callable object was expected by {method}(), got {r}"
        ));
    }
    Ok(())
}

fn new_handle(vm: &mut Vm, t: &Types, h: HandleCore) -> Value {
    let cls = if h.when.is_some() {
        &t.timer_handle
    } else {
        &t.handle
    };
    new_object(vm, cls, h)
}

/// `loop.call_soon(cb, *args, context=ctx)`; straight into the ready queue for a loop
/// built on the native core.
pub fn call_soon(vm: &mut Vm, lp: &Value, cb: Value, args: Vec<Value>, ctx: Value) -> PyResult<()> {
    if state::<LoopCore>(lp).is_none() {
        let mut a = vec![cb];
        a.extend(args);
        let m = vm.intern("call_soon");
        let f = vm.get_attr(lp, &m)?;
        let kw = [(vm.intern("context"), ctx)];
        vm.call_value(f, &a, &kw)?;
        return Ok(());
    }
    push_ready(vm, lp, cb, args, ctx).map(drop)
}

fn push_ready(vm: &mut Vm, lp: &Value, cb: Value, args: Vec<Value>, ctx: Value) -> PyResult<Value> {
    let t = types(vm)?;
    let h = HandleCore {
        callback: cb,
        args,
        context: ctx,
        loop_: lp.clone(),
        cancelled: false,
        when: None,
        scheduled: false,
    };
    let h = new_handle(vm, &t, h);
    let Some(mut core) = state::<LoopCore>(lp) else {
        return vm.type_error("not an event loop");
    };
    check_closed(vm, &core)?;
    core.ready.push_back(h.clone());
    Ok(h)
}

fn l_new(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let Some(Value::Type(cls)) = a.first() else {
        return vm.type_error("EventLoopCore.__new__(X): X is not a type object");
    };
    Ok(new_object(vm, cls, LoopCore::default()))
}

fn callback_args(
    vm: &mut Vm,
    a: &[Value],
    first: usize,
    method: &str,
) -> PyResult<(Value, Vec<Value>)> {
    let Some(cb) = a.get(first).cloned() else {
        return vm.type_error(format!("{method}() missing required argument 'callback'"));
    };
    check_callback(vm, &cb, method)?;
    Ok((cb, a[first + 1..].to_vec()))
}

fn l_call_soon(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let closed = me(vm, a)?.closed;
    if closed {
        return vm.runtime_error("Event loop is closed");
    }
    let (cb, args) = callback_args(vm, a, 1, "call_soon")?;
    push_ready(vm, &a[0], cb, args, arg(&[], k, 0, "context"))
}

fn schedule_timer(vm: &mut Vm, a: &[Value], k: KwArgs, when: f64, method: &str) -> PyResult<Value> {
    let closed = me(vm, a)?.closed;
    if closed {
        return vm.runtime_error("Event loop is closed");
    }
    let (cb, args) = callback_args(vm, a, 2, method)?;
    let t = types(vm)?;
    let h = HandleCore {
        callback: cb,
        args,
        context: arg(&[], k, 0, "context"),
        loop_: a[0].clone(),
        cancelled: false,
        when: Some(when),
        scheduled: true,
    };
    let h = new_handle(vm, &t, h);
    me(vm, a)?.timers.push(when, h.clone());
    Ok(h)
}

fn seconds(vm: &mut Vm, v: &Value, what: &str) -> PyResult<f64> {
    if v.is_none() {
        return vm.type_error(what);
    }
    crate::objects::floatobj::float_from(vm, v)
}

fn l_call_later(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let delay = seconds(
        vm,
        a.get(1).unwrap_or(&Value::None),
        "delay must not be None",
    )?;
    schedule_timer(vm, a, k, now() + delay, "call_later")
}

fn l_call_at(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let when = seconds(vm, a.get(1).unwrap_or(&Value::None), "when cannot be None")?;
    schedule_timer(vm, a, k, when, "call_at")
}

fn l_time(_vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(now()))
}

fn l_stop(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    me(vm, a)?.stopping = true;
    Ok(Value::None)
}

fn l_is_running(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(me(vm, a)?.running))
}

fn l_is_closed(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(me(vm, a)?.closed))
}

fn l_get_debug(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(me(vm, a)?.debug))
}

fn l_set_debug(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let v = a.get(1).cloned().unwrap_or(Value::None);
    let b = vm.truthy(&v)?;
    me(vm, a)?.debug = b;
    Ok(Value::None)
}

/// The core of `loop.close()`: refuse while running, then drop every pending callback.
fn l_close(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let (ready, timers) = {
        let mut core = me(vm, a)?;
        if core.running {
            drop(core);
            return vm.runtime_error("Cannot close a running event loop");
        }
        if core.closed {
            return Ok(Value::None);
        }
        core.closed = true;
        (std::mem::take(&mut core.ready), core.timers.clear())
    };
    drop(ready);
    drop(timers);
    Ok(Value::None)
}

fn l_timer_cancelled(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    me(vm, a)?.cancelled_timers += 1;
    Ok(Value::None)
}

fn l_ready_count(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(me(vm, a)?.ready.len() as i64))
}

fn l_timer_count(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(me(vm, a)?.timers.len() as i64))
}

fn l_run_forever(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    {
        let core = me(vm, a)?;
        check_closed(vm, &core)?;
        if core.running {
            drop(core);
            return vm.runtime_error("This event loop is already running");
        }
    }
    if RUNNING_LOOP.with(|r| !r.borrow().is_none()) {
        return vm.runtime_error("Cannot run the event loop while another loop is running");
    }
    me(vm, a)?.running = true;
    RUNNING_LOOP.with(|r| *r.borrow_mut() = a[0].clone());
    let r = loop {
        if let Err(e) = run_once(vm, &a[0]) {
            break Err(e);
        }
        if me(vm, a)?.stopping {
            break Ok(Value::None);
        }
    };
    let old = RUNNING_LOOP.with(|r| std::mem::replace(&mut *r.borrow_mut(), Value::None));
    drop(old);
    if let Ok(mut core) = me(vm, a) {
        core.stopping = false;
        core.running = false;
    }
    r
}

fn l_run_once(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    me(vm, a)?;
    run_once(vm, &a[0])?;
    Ok(Value::None)
}

/// Drop cancelled timers: all of them when they are most of a large heap, else those
/// at its head.
fn prune_timers(core: &mut LoopCore) {
    let n = core.timers.len();
    if n > MIN_SCHEDULED_TIMER_HANDLES && core.cancelled_timers * 2 > n {
        core.timers.retain(|h| {
            let keep = !is_cancelled(h);
            if !keep && let Some(mut hc) = state::<HandleCore>(h) {
                hc.scheduled = false;
            }
            keep
        });
        core.cancelled_timers = 0;
        return;
    }
    while let Some((_, h)) = core.timers.peek() {
        if !is_cancelled(h) {
            break;
        }
        core.cancelled_timers = core.cancelled_timers.saturating_sub(1);
        if let Some((_, h)) = core.timers.pop()
            && let Some(mut hc) = state::<HandleCore>(&h)
        {
            hc.scheduled = false;
        }
    }
}

/// Block until the next timer is due. Without timers (and, for now, without I/O
/// sources: socket readiness would be polled here) nothing can ever become ready, and
/// like CPython the loop then waits forever.
fn wait_for_events(timeout: Option<f64>) {
    match timeout {
        // Whole milliseconds, rounded up, as CPython's epoll selector waits: timers
        // then come due at the same points of the loop as there.
        Some(t) if t > 0.0 => {
            let ms = (t * 1e3).ceil();
            std::thread::sleep(std::time::Duration::from_secs_f64(ms * 1e-3))
        }
        Some(_) => {}
        None => loop {
            std::thread::sleep(std::time::Duration::from_secs_f64(MAXIMUM_SELECT_TIMEOUT));
        },
    }
}

fn run_once(vm: &mut Vm, lp: &Value) -> PyResult<()> {
    let timeout = {
        let Some(mut core) = state::<LoopCore>(lp) else {
            return vm.type_error("not an event loop");
        };
        prune_timers(&mut core);
        if !core.ready.is_empty() || core.stopping {
            Some(0.0)
        } else {
            core.timers
                .peek()
                .map(|(when, _)| (when - now()).clamp(0.0, MAXIMUM_SELECT_TIMEOUT))
        }
    };
    wait_for_events(timeout);
    let ntodo = {
        let Some(mut core) = state::<LoopCore>(lp) else {
            return vm.type_error("not an event loop");
        };
        let end = now() + CLOCK_RESOLUTION;
        while core.timers.peek().is_some_and(|(when, _)| *when < end) {
            if let Some((_, h)) = core.timers.pop() {
                if let Some(mut hc) = state::<HandleCore>(&h) {
                    hc.scheduled = false;
                }
                core.ready.push_back(h);
            }
        }
        core.ready.len()
    };
    for _ in 0..ntodo {
        let h = state::<LoopCore>(lp).and_then(|mut c| c.ready.pop_front());
        let Some(h) = h else { break };
        if !is_cancelled(&h) {
            run_handle(vm, &h)?;
        }
    }
    Ok(())
}

/// Run a handle's callback; an exception goes to the loop's exception handler, except
/// SystemExit and KeyboardInterrupt, which stop the loop.
fn run_handle(vm: &mut Vm, h: &Value) -> PyResult<()> {
    let (cb, args, lp) = match state::<HandleCore>(h) {
        Some(hc) => (hc.callback.clone(), hc.args.clone(), hc.loop_.clone()),
        None => return Ok(()),
    };
    let Err(e) = vm.call_value(cb, &args, &[]) else {
        return Ok(());
    };
    let fatal = vm.exc_matches(&e, &vm.exc.keyboard_interrupt.clone())
        || vm.exc_matches(&e, &vm.exc.system_exit.clone());
    if fatal {
        return Err(e);
    }
    call_method(vm, &lp, "_callback_error", &[h.clone(), e])?;
    Ok(())
}

fn h_cancel(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let (lp, was_scheduled, dropped) = {
        let mut h = this::<HandleCore>(vm, a, "Handle")?;
        if h.cancelled {
            return Ok(Value::None);
        }
        h.cancelled = true;
        // The callback and its arguments are released at once, as in CPython.
        let dropped = (
            std::mem::replace(&mut h.callback, Value::None),
            std::mem::take(&mut h.args),
        );
        (h.loop_.clone(), h.scheduled, dropped)
    };
    drop(dropped);
    if was_scheduled {
        call_method(vm, &lp, "_timer_handle_cancelled", &[a[0].clone()])?;
    }
    Ok(Value::None)
}

fn h_cancelled(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(this::<HandleCore>(vm, a, "Handle")?.cancelled))
}

fn h_run(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    this::<HandleCore>(vm, a, "Handle")?;
    run_handle(vm, &a[0])?;
    Ok(Value::None)
}

fn h_when(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let h = this::<HandleCore>(vm, a, "TimerHandle")?;
    Ok(h.when.map_or(Value::None, Value::Float))
}

fn h_callback(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let h = this::<HandleCore>(vm, a, "Handle")?;
    Ok(if h.cancelled {
        Value::None
    } else {
        h.callback.clone()
    })
}

fn h_args(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let h = this::<HandleCore>(vm, a, "Handle")?;
    Ok(if h.cancelled {
        Value::None
    } else {
        Value::tuple(h.args.clone())
    })
}

fn h_loop(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(this::<HandleCore>(vm, a, "Handle")?.loop_.clone())
}

fn h_context(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(this::<HandleCore>(vm, a, "Handle")?.context.clone())
}

fn h_cancelled_prop(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    h_cancelled(vm, a, k)
}

/// The loop running in this thread, if any.
pub fn running_loop_or_none() -> Value {
    RUNNING_LOOP.with(|r| r.borrow().clone())
}

pub fn running_loop(vm: &mut Vm) -> PyResult<Value> {
    let lp = running_loop_or_none();
    if lp.is_none() {
        return vm.runtime_error("no running event loop");
    }
    Ok(lp)
}

pub fn get_running_loop(vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    running_loop(vm)
}

pub fn py_get_running_loop(_vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(running_loop_or_none())
}

pub fn set_running_loop(_vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let lp = a.first().cloned().unwrap_or(Value::None);
    let old = RUNNING_LOOP.with(|r| std::mem::replace(&mut *r.borrow_mut(), lp));
    drop(old);
    Ok(Value::None)
}

pub fn install(vm: &mut Vm, t: &Types) {
    let loop_methods: &[(&'static str, NativeFn)] = &[
        ("__new__", l_new),
        ("call_soon", l_call_soon),
        ("call_later", l_call_later),
        ("call_at", l_call_at),
        ("time", l_time),
        ("stop", l_stop),
        ("is_running", l_is_running),
        ("is_closed", l_is_closed),
        ("get_debug", l_get_debug),
        ("set_debug", l_set_debug),
        ("_close_core", l_close),
        ("_timer_handle_cancelled", l_timer_cancelled),
        ("_ready_count", l_ready_count),
        ("_timer_count", l_timer_count),
        ("run_forever", l_run_forever),
        ("_run_once", l_run_once),
    ];
    methods(vm, &t.event_loop, "EventLoopCore", loop_methods);
    let handle_methods: &[(&'static str, NativeFn)] = &[
        ("cancel", h_cancel),
        ("cancelled", h_cancelled),
        ("_run", h_run),
        ("get_context", h_context),
    ];
    methods(vm, &t.handle, "Handle", handle_methods);
    property(vm, &t.handle, "_callback", h_callback, None);
    property(vm, &t.handle, "_args", h_args, None);
    property(vm, &t.handle, "_loop", h_loop, None);
    property(vm, &t.handle, "_cancelled", h_cancelled_prop, None);
    methods(vm, &t.timer_handle, "TimerHandle", &[("when", h_when)]);
    property(vm, &t.timer_handle, "_when", h_when, None);
    property(vm, &t.timer_handle, "_scheduled", h_scheduled, None);
}

fn h_scheduled(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(
        this::<HandleCore>(vm, a, "TimerHandle")?.scheduled,
    ))
}
