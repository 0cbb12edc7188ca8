//! Asynchronous iteration (PEP 492/525): async generators and the awaitables their
//! `__anext__`, `asend`, `athrow` and `aclose` return, `anext()` with a default, and
//! the instructions of `async for` and `async with`.
//!
//! An async generator's own `yield` produces a wrapped value; the awaitable driving the
//! generator turns it into the result of the `await` (StopIteration), while anything
//! else the generator yields (from awaits inside it) passes through to the caller.

use super::Vm;
use super::generator::GenResult;
use super::value::*;
use crate::bytecode::Op;
use crate::objects::{KwArgs, add_method};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// A value yielded by an async generator body.
struct Wrapped(Value);

#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    Init,
    Iter,
    Closed,
}

/// What an awaitable does when first resumed.
enum Action {
    /// `asend(v)` / `__anext__()`: send `v` into the generator.
    Send(Value),
    /// `athrow(exc)`: throw `exc` into it.
    Throw(Value),
    /// `aclose()`: throw GeneratorExit; the generator must not yield a value.
    Close,
    /// `anext(it, default)`: await `it.__anext__()`, `default` on StopAsyncIteration.
    Default(Value),
}

/// The payload of the awaitables of async generators and of `anext(it, default)`.
struct Awaitable {
    /// The async generator, or the awaited iterator for `Default`.
    target: Value,
    action: Action,
    step: Cell<Step>,
}

fn wrapped(v: &Value) -> Option<Value> {
    if let Value::Instance(i) = v
        && let Payload::Native(n) = &i.payload
        && let Some(w) = n.borrow().downcast_ref::<Wrapped>()
    {
        return Some(w.0.clone());
    }
    None
}

fn with_awaitable<R>(v: &Value, f: impl FnOnce(&Awaitable) -> R) -> Option<R> {
    if let Value::Instance(i) = v
        && let Payload::Native(n) = &i.payload
        && let Some(a) = n.borrow().downcast_ref::<Awaitable>()
    {
        return Some(f(a));
    }
    None
}

fn async_gen(v: &Value) -> Option<Rc<Generator>> {
    match v {
        Value::Generator(g) if g.kind == GenKind::AsyncGenerator => Some(g.clone()),
        _ => None,
    }
}

impl Vm {
    fn new_awaitable(&mut self, t: &Rc<TypeObj>, target: Value, action: Action) -> Value {
        let a = Awaitable {
            target,
            action,
            step: Cell::new(Step::Init),
        };
        self.new_instance_with(t, Payload::Native(RefCell::new(Box::new(a))))
    }

    /// The instructions of `async for`, `async with` and async generators (kept out of
    /// the dispatch loop's body).
    #[inline(never)]
    pub fn async_op(&mut self, op: Op, stack: &mut Vec<Value>) -> PyResult<()> {
        match op {
            Op::GetAiter => {
                let v = stack.pop().unwrap_or_default();
                let name = self.intern("__aiter__");
                let Some(m) = self.lookup_method(&v, &name) else {
                    let tn = self.type_name(&v);
                    return self.type_error(format!(
                        "'async for' requires an object with __aiter__ method, got {tn}"
                    ));
                };
                let it = self.call_value(m, &[], &[])?;
                if !self.has_method(&it, "__anext__") {
                    let tn = self.type_name(&it);
                    return self.type_error(format!(
                        "'async for' received an object from __aiter__ that does not implement __anext__: {tn}"
                    ));
                }
                stack.push(it);
            }
            Op::GetAnext => {
                let it = stack.last().cloned().unwrap_or_default();
                let name = self.intern("__anext__");
                let Some(m) = self.lookup_method(&it, &name) else {
                    let tn = self.type_name(&it);
                    return self.type_error(format!(
                        "'async for' requires an iterator with __anext__ method, got {tn}"
                    ));
                };
                let aw = self.call_value(m, &[], &[])?;
                stack.push(aw);
            }
            Op::BeforeAsyncWith => {
                let mgr = stack.pop().unwrap_or_default();
                let (enter, exit) = (self.intern("__aenter__"), self.intern("__aexit__"));
                let (Some(enter), Some(exit)) = (
                    self.lookup_method(&mgr, &enter),
                    self.lookup_method(&mgr, &exit),
                ) else {
                    let tn = self.type_name(&mgr);
                    return self.type_error(format!(
                        "'{tn}' object does not support the asynchronous context manager protocol"
                    ));
                };
                stack.push(exit);
                let aw = self.call_value(enter, &[], &[])?;
                stack.push(aw);
            }
            Op::AsyncGenWrap => {
                let v = stack.pop().unwrap_or_default();
                let t = self.types.async_generator_wrapped_value.clone();
                let w =
                    self.new_instance_with(&t, Payload::Native(RefCell::new(Box::new(Wrapped(v)))));
                stack.push(w);
            }
            _ => {}
        }
        Ok(())
    }

    fn has_method(&mut self, v: &Value, name: &str) -> bool {
        let n = self.intern(name);
        self.type_of(v).lookup(&n).is_some()
    }

    /// Send a value (or throw an exception) into an iterator driven from native code.
    fn send_into(&mut self, it: &Value, v: Value, throw: Option<Value>) -> PyResult<GenResult> {
        if let Value::Generator(g) = it {
            return self.gen_resume(g, v, throw);
        }
        let r = match throw {
            Some(e) => {
                let name = self.names.throw.clone();
                let m = self.get_attr(it, &name)?;
                self.call_value(m, &[e], &[])
            }
            None if v.is_none() => {
                let name = self.names.__next__.clone();
                let m = self.get_attr(it, &name)?;
                self.call_value(m, &[], &[])
            }
            None => {
                let name = self.names.send.clone();
                let m = self.get_attr(it, &name)?;
                self.call_value(m, &[v], &[])
            }
        };
        match r {
            Ok(y) => Ok(GenResult::Yield(y)),
            Err(e) => {
                let si = self.exc.stop_iteration.clone();
                if self.exc_matches(&e, &si) {
                    return Ok(GenResult::Return(self.stop_iteration_value(&e)));
                }
                Err(e)
            }
        }
    }

    /// One step of an awaitable: `send` a value or `throw` an exception into it.
    fn await_step(&mut self, aw: &Value, send: Value, throw: Option<Value>) -> PyResult<Value> {
        let Some((target, step)) = with_awaitable(aw, |a| (a.target.clone(), a.step.get())) else {
            return self.type_error("not an async generator awaitable");
        };
        let kind = with_awaitable(aw, |a| match &a.action {
            Action::Send(v) => (0, v.clone()),
            Action::Throw(e) => (1, e.clone()),
            Action::Close => (2, Value::None),
            Action::Default(d) => (3, d.clone()),
        })
        .unwrap_or((0, Value::None));
        let set_step = |s: Step| {
            with_awaitable(aw, |a| a.step.set(s));
        };
        if step == Step::Closed {
            let what = match kind.0 {
                0 => "__anext__()/asend()",
                3 => "anext()",
                _ => "aclose()/athrow()",
            };
            return self.runtime_error(format!("cannot reuse already awaited {what}"));
        }
        if kind.0 == 3 {
            return self.default_step(&target, kind.1, send, throw, set_step);
        }
        let Some(g) = async_gen(&target) else {
            return self.type_error("not an async generator");
        };
        let (send, throw) = match (step, kind.0) {
            (Step::Init, 0) => (if send.is_none() { kind.1 } else { send }, throw),
            (Step::Init, 1) => (Value::None, Some(throw.unwrap_or(kind.1))),
            (Step::Init, _) => {
                let ge = self.exc.generator_exit.clone();
                (
                    Value::None,
                    Some(throw.unwrap_or_else(|| self.new_exc(&ge, ""))),
                )
            }
            _ => (send, throw),
        };
        set_step(Step::Iter);
        if g.state.get() == GenState::Closed {
            set_step(Step::Closed);
            if kind.0 == 2 {
                return Err(self.stop_iteration(Value::None));
            }
            let t = self.exc.stop_async_iteration.clone();
            return self.err(&t, "");
        }
        let r = self.gen_resume(&g, send, throw);
        match r {
            Ok(GenResult::Yield(y)) => match wrapped(&y) {
                Some(v) => {
                    set_step(Step::Closed);
                    if kind.0 == 2 {
                        return self.runtime_error("async generator ignored GeneratorExit");
                    }
                    Err(self.stop_iteration(v))
                }
                None => Ok(y),
            },
            Ok(GenResult::Return(_)) => {
                set_step(Step::Closed);
                if kind.0 == 2 {
                    return Err(self.stop_iteration(Value::None));
                }
                let t = self.exc.stop_async_iteration.clone();
                self.err(&t, "")
            }
            Err(e) => {
                set_step(Step::Closed);
                let (sai, ge) = (
                    self.exc.stop_async_iteration.clone(),
                    self.exc.generator_exit.clone(),
                );
                if kind.0 == 2 && (self.exc_matches(&e, &sai) || self.exc_matches(&e, &ge)) {
                    return Err(self.stop_iteration(Value::None));
                }
                Err(e)
            }
        }
    }

    /// `anext(it, default)`: drive the awaitable of `it.__anext__()`.
    fn default_step(
        &mut self,
        inner: &Value,
        default: Value,
        send: Value,
        throw: Option<Value>,
        set_step: impl Fn(Step),
    ) -> PyResult<Value> {
        set_step(Step::Iter);
        let r = match self.send_into(inner, send, throw) {
            Ok(GenResult::Yield(y)) => Ok(y),
            Ok(GenResult::Return(v)) => Err(self.stop_iteration(v)),
            Err(e) => Err(e),
        };
        match r {
            Err(e) => {
                set_step(Step::Closed);
                let sai = self.exc.stop_async_iteration.clone();
                if self.exc_matches(&e, &sai) {
                    return Err(self.stop_iteration(default));
                }
                Err(e)
            }
            ok => ok,
        }
    }
}

fn this(args: &[Value]) -> Value {
    args.first().cloned().unwrap_or_default()
}

fn agen_of(vm: &mut Vm, args: &[Value]) -> PyResult<Rc<Generator>> {
    match args.first().and_then(async_gen) {
        Some(g) => Ok(g),
        None => vm.type_error("descriptor requires an 'async_generator' object"),
    }
}

fn agen_aiter(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(this(args))
}

fn agen_anext(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = agen_of(vm, args)?;
    let t = vm.types.async_generator_asend.clone();
    Ok(vm.new_awaitable(&t, Value::Generator(g), Action::Send(Value::None)))
}

fn agen_asend(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = agen_of(vm, args)?;
    let v = args.get(1).cloned().unwrap_or(Value::None);
    let t = vm.types.async_generator_asend.clone();
    Ok(vm.new_awaitable(&t, Value::Generator(g), Action::Send(v)))
}

fn agen_athrow(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = agen_of(vm, args)?;
    let exc = vm.throw_args(&args[1..])?;
    let t = vm.types.async_generator_athrow.clone();
    Ok(vm.new_awaitable(&t, Value::Generator(g), Action::Throw(exc)))
}

fn agen_aclose(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = agen_of(vm, args)?;
    let t = vm.types.async_generator_athrow.clone();
    Ok(vm.new_awaitable(&t, Value::Generator(g), Action::Close))
}

fn aw_next(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.await_step(&this(args), Value::None, None)
}

fn aw_send(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args.get(1).cloned().unwrap_or(Value::None);
    vm.await_step(&this(args), v, None)
}

fn aw_throw(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let exc = vm.throw_args(&args[1..])?;
    vm.await_step(&this(args), Value::None, Some(exc))
}

fn aw_close(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    with_awaitable(&this(args), |a| a.step.set(Step::Closed));
    Ok(Value::None)
}

fn aw_self(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(this(args))
}

/// aiter(async_iterable)
pub fn b_aiter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() != 1 {
        return vm.type_error(format!("aiter expected 1 argument, got {}", args.len()));
    }
    let v = &args[0];
    let name = vm.intern("__aiter__");
    let Some(m) = vm.lookup_method(v, &name) else {
        let tn = vm.type_name(v);
        return vm.type_error(format!("'{tn}' object is not an async iterable"));
    };
    let it = vm.call_value(m, &[], &[])?;
    if !vm.has_method(&it, "__anext__") {
        let tn = vm.type_name(&it);
        return vm.type_error(format!(
            "aiter() returned not an async iterator of type '{tn}'"
        ));
    }
    Ok(it)
}

/// anext(async_iterator[, default])
pub fn b_anext(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.is_empty() || args.len() > 2 {
        return vm.type_error(format!(
            "anext expected at least 1 argument, got {}",
            args.len()
        ));
    }
    let it = &args[0];
    let name = vm.intern("__anext__");
    let Some(m) = vm.lookup_method(it, &name) else {
        let tn = vm.type_name(it);
        return vm.type_error(format!("'{tn}' object is not an async iterator"));
    };
    let aw = vm.call_value(m, &[], &[])?;
    let Some(default) = args.get(1) else {
        return Ok(aw);
    };
    let inner = vm.get_awaitable(aw)?;
    let t = vm.types.anext_awaitable.clone();
    Ok(vm.new_awaitable(&t, inner, Action::Default(default.clone())))
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.async_generator.clone();
    let agen: [(&'static str, NativeFn); 5] = [
        ("__aiter__", agen_aiter),
        ("__anext__", agen_anext),
        ("asend", agen_asend),
        ("athrow", agen_athrow),
        ("aclose", agen_aclose),
    ];
    for (n, f) in agen {
        add_method(vm, &t, "async_generator", n, f);
    }
    let types = [
        (
            vm.types.async_generator_asend.clone(),
            "async_generator_asend",
        ),
        (
            vm.types.async_generator_athrow.clone(),
            "async_generator_athrow",
        ),
        (vm.types.anext_awaitable.clone(), "anext_awaitable"),
    ];
    for (t, owner) in types {
        let methods: [(&'static str, NativeFn); 6] = [
            ("__next__", aw_next),
            ("send", aw_send),
            ("throw", aw_throw),
            ("close", aw_close),
            ("__await__", aw_self),
            ("__iter__", aw_self),
        ];
        for (n, f) in methods {
            add_method(vm, &t, owner, n, f);
        }
    }
}
