//! Generators and coroutines: one suspended-frame object and one resume routine that
//! `next`, `send`, `throw`, `close`, `for`, `yield from` and `await` all go through.

use super::Vm;
use super::frame::{ExitMode, Frame, FrameBox};
use super::interp::{Raised, SendOutcome};
use super::value::*;
use crate::bytecode::{CO_COROUTINE, CO_ITERABLE_COROUTINE, Code, Op};
use std::rc::Rc;

pub enum GenResult {
    Yield(Value),
    Return(Value),
}

impl Vm {
    pub fn new_generator(
        &mut self,
        frame: FrameBox,
        name: Rc<PyStr>,
        qualname: Rc<PyStr>,
    ) -> Value {
        let code = frame.code.clone();
        let kind = if code.flags & crate::bytecode::CO_ASYNC_GENERATOR != 0 {
            GenKind::AsyncGenerator
        } else if code.flags & CO_COROUTINE != 0 {
            GenKind::Coroutine
        } else {
            GenKind::Generator
        };
        let names = Generator::names_for(&code, name, qualname);
        let iterable = code.flags & CO_ITERABLE_COROUTINE != 0;
        Value::Generator(Rc::new(Generator::new(frame, kind, code, names, iterable)))
    }

    fn gen_word(g: &Generator) -> &'static str {
        match g.kind {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }

    /// Make a generator's frame the running frame (FOR_ITER path). Ok(false): exhausted.
    #[inline(always)]
    pub fn push_gen_frame(
        &mut self,
        g: &Rc<Generator>,
        send: Value,
        exit: ExitMode,
    ) -> PyResult<bool> {
        if g.state.get() == GenState::Closed {
            return Ok(false);
        }
        self.resume_setup(g, send, None, exit)?;
        Ok(true)
    }

    fn check_depth(&mut self) -> PyResult<()> {
        if self.frames.len() >= self.recursion_limit {
            let t = self.exc.recursion_error.clone();
            return Err(self.new_exc(&t, "maximum recursion depth exceeded"));
        }
        Ok(())
    }

    /// Prepare to resume `g` with `send` (or by throwing `throw` into it).
    #[inline(always)]
    fn resume_setup(
        &mut self,
        g: &Rc<Generator>,
        send: Value,
        throw: Option<Value>,
        exit: ExitMode,
    ) -> PyResult<()> {
        // The hot case (every step of a loop over a generator, every send).
        if throw.is_none()
            && g.state.get() == GenState::Suspended
            && self.frames.len() < self.recursion_limit
        {
            let Some(frame) = self.enter_generator(g, exit) else {
                return self.runtime_error("generator has no frame");
            };
            super::frame::push_inline(&mut frame.stack, send);
            self.descend_yield_from();
            return Ok(());
        }
        self.resume_setup_slow(g, send, throw, exit)
    }

    /// `resume_setup` for a generator not started, running or finished, a throw, or a
    /// resumption that would exceed the recursion limit.
    #[inline(never)]
    fn resume_setup_slow(
        &mut self,
        g: &Rc<Generator>,
        send: Value,
        throw: Option<Value>,
        exit: ExitMode,
    ) -> PyResult<()> {
        let word = Self::gen_word(g);
        match g.state.get() {
            GenState::Running => return self.value_error(format!("{word} already executing")),
            GenState::Closed => {
                if let Some(e) = throw {
                    return Err(e);
                }
                if g.kind == GenKind::Coroutine {
                    return self.runtime_error("cannot reuse already awaited coroutine");
                }
                let e = self.stop_iteration(Value::None);
                return Err(e);
            }
            GenState::Created => {
                if let Some(e) = throw {
                    // Raised at the start of the body, outside any try block: the frame
                    // shows in the traceback at its `def` line, and PEP 479 applies.
                    g.state.set(GenState::Closed);
                    let frame = g.frame.take();
                    drop(frame);
                    if let Value::Instance(i) = &e
                        && let Some(d) = i.exc()
                    {
                        d.borrow_mut()
                            .traceback
                            .push((g.code.clone(), Code::BEFORE_START));
                    }
                    return Err(self.pep479(g, e));
                }
                if !send.is_none() {
                    return self.type_error(format!(
                        "can't send non-None value to a just-started {word}"
                    ));
                }
            }
            GenState::Suspended => {}
        }
        self.check_depth()?;
        let was_suspended = g.state.get() == GenState::Suspended;
        let Some(frame) = self.enter_generator(g, exit) else {
            return self.runtime_error("generator has no frame");
        };
        match throw {
            None => {
                if was_suspended {
                    frame.stack.push(send);
                    self.descend_yield_from();
                }
                Ok(())
            }
            Some(exc) => self.throw_down(exc),
        }
    }

    /// Take `g`'s frame and push it as running, to exit by `exit`.
    #[inline(always)]
    fn enter_generator(&mut self, g: &Rc<Generator>, exit: ExitMode) -> Option<&mut Frame> {
        let mut frame = g.frame.take()?;
        g.state.set(GenState::Running);
        frame.running_gen = Some(g.clone());
        frame.exit = exit;
        super::frame::push_inline(&mut self.frames, frame);
        self.frames.last_mut().map(|f| &mut **f)
    }

    /// The top frame was just resumed with a value while suspended in `yield from` (or
    /// `await`) on a suspended generator: resume that one at once, as its JUMP and SEND
    /// would, and so on down the chain.
    #[inline(always)]
    fn descend_yield_from(&mut self) {
        // Usually the resumed frame is not delegating: one look at its next instruction.
        let f = self.frames.last().expect("frame");
        if matches!(f.code.ops.get(f.ip), Some(Op::Jump(_))) {
            self.descend_yield_from_chain();
        }
    }

    #[inline(never)]
    fn descend_yield_from_chain(&mut self) {
        while self.frames.len() < self.recursion_limit {
            let f = self.frames.last_mut().expect("frame");
            let Some(Op::Jump(t)) = f.code.ops.get(f.ip).copied() else {
                return;
            };
            let Some(Op::Send(exit)) = f.code.ops.get(t as usize).copied() else {
                return;
            };
            let n = f.stack.len();
            let sub = match f.stack.get(n.wrapping_sub(2)) {
                Some(Value::Generator(sub)) if sub.state.get() == GenState::Suspended => {
                    sub.clone()
                }
                _ => return,
            };
            let v = f.stack.pop().expect("stack");
            f.ip = t as usize + 1;
            match self.enter_generator(
                &sub,
                ExitMode::Send {
                    exit,
                    thrown: false,
                },
            ) {
                Some(sf) => sf.stack.push(v),
                None => return,
            }
        }
    }

    /// The top frame is a generator frame just pushed for a throw. Forward the exception
    /// down its `yield from` chain, pushing each delegated generator's frame.
    fn throw_down(&mut self, exc: Value) -> PyResult<()> {
        let r = self.throw_down_chain(exc);
        // The exception enters the innermost frame as CPython's gen_send_ex does: chained
        // only to what that generator itself is handling, never to the caller's (each
        // delegator re-chains it on the way out, see ExitMode::Send).
        if let Some(exc) = self.pending_throw.clone() {
            let handled = self.frames.last().map(|f| f.handled.clone());
            if let Some(h) = handled
                && !h.is_none()
            {
                Self::chain_context(&exc, h);
            }
        }
        r
    }

    fn throw_down_chain(&mut self, exc: Value) -> PyResult<()> {
        let mut exc = exc;
        loop {
            let f = self.frames.last_mut().expect("frame");
            let ip = f.ip;
            let delegating = ip >= 2 && matches!(f.code.ops.get(ip - 2), Some(Op::Send(_)));
            if !delegating {
                self.pending_throw = Some(exc);
                return Ok(());
            }
            let Some(Op::Send(exit)) = f.code.ops.get(ip - 2).copied() else {
                unreachable!()
            };
            let sub = f.stack.last().cloned().unwrap_or(Value::None);
            let gen_exit = self.exc.generator_exit.clone();
            if self.exc_matches(&exc, &gen_exit) {
                // Close the subiterator first, then raise GeneratorExit here.
                if let Err(e) = self.close_iter(&sub) {
                    exc = e;
                }
                self.pending_throw = Some(exc);
                return Ok(());
            }
            match &sub {
                Value::Generator(sg) if sg.state.get() == GenState::Suspended => {
                    let sg = sg.clone();
                    let f = self.frames.last_mut().expect("frame");
                    f.ip = ip - 1;
                    self.check_depth()?;
                    let exit = ExitMode::Send { exit, thrown: true };
                    if self.enter_generator(&sg, exit).is_none() {
                        return self.runtime_error("generator has no frame");
                    }
                }
                Value::Generator(sg) if sg.state.get() == GenState::Running => {
                    let word = Self::gen_word(sg);
                    let t = self.exc.value_error.clone();
                    let e = self.new_exc(&t, &format!("{word} already executing"));
                    self.pending_throw = Some(e);
                    return Ok(());
                }
                Value::Generator(_) => {
                    self.pending_throw = Some(exc);
                    return Ok(());
                }
                _ => {
                    let throw_name = self.names.throw.clone();
                    let meth = self.lookup_method(&sub, &throw_name);
                    let f_ptr = self.frames.len() - 1;
                    match meth {
                        None => {
                            self.pending_throw = Some(exc);
                        }
                        Some(m) => {
                            let ty = Value::Type(self.type_of(&exc));
                            match self.call_value(m, &[ty, exc.clone(), Value::None], &[]) {
                                Ok(y) => {
                                    let f = &mut self.frames[f_ptr];
                                    f.stack.push(y);
                                    f.ip = ip - 1;
                                }
                                Err(e) => {
                                    let stop = self.exc.stop_iteration.clone();
                                    if self.exc_matches(&e, &stop) {
                                        let v = self.stop_iteration_value(&e);
                                        let f = &mut self.frames[f_ptr];
                                        f.stack.pop();
                                        f.stack.push(v);
                                        f.ip = exit as usize;
                                    } else {
                                        self.pending_throw = Some(e);
                                    }
                                }
                            }
                        }
                    }
                    return Ok(());
                }
            }
        }
    }

    pub fn stop_iteration_value(&self, e: &Value) -> Value {
        if let Value::Instance(i) = e
            && let Some(d) = i.exc()
            && let Value::Tuple(t) = &d.borrow().args
            && let Some(v) = t.first()
        {
            return v.clone();
        }
        Value::None
    }

    /// The generator and sent value when a CALL is `g.send(v)`, `g.__next__()` or
    /// `next(g)` on a generator: the loop then resumes it without a native call.
    /// `stack_top` holds the call's callable slots and arguments.
    pub fn direct_resume(stack_top: &[Value]) -> Option<(Rc<Generator>, Value)> {
        let builtin = |v: &Value| match v {
            Value::Builtin(b) if b.binding.is_none() => Some((b.name, b.owner)),
            _ => None,
        };
        match stack_top {
            [callee, Value::Generator(g)] => match builtin(callee)? {
                ("__next__", Some("generator")) => Some((g.clone(), Value::None)),
                _ => None,
            },
            [callee, Value::Generator(g), v] => match builtin(callee)? {
                ("send", Some("generator" | "coroutine")) => Some((g.clone(), v.clone())),
                _ => None,
            },
            [Value::Undef, callee, Value::Generator(g)] if g.kind == GenKind::Generator => {
                match builtin(callee)? {
                    ("next", None) => Some((g.clone(), Value::None)),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Resume from native code: runs a nested loop until the generator yields or finishes.
    pub fn gen_resume(
        &mut self,
        g: &Rc<Generator>,
        send: Value,
        throw: Option<Value>,
    ) -> PyResult<GenResult> {
        let base = self.frames.len();
        self.resume_setup(g, send, throw, ExitMode::BoundaryResume)?;
        self.native_depth += 1;
        let r = self.run(base);
        self.native_depth -= 1;
        let v = r?;
        if self.resume_yielded {
            Ok(GenResult::Yield(v))
        } else {
            Ok(GenResult::Return(v))
        }
    }

    /// `next`/`send`/`throw` called from the dispatch loop: pushes the frame (Ok(None)).
    pub fn gen_call_from_loop(
        &mut self,
        g: &Rc<Generator>,
        send: Value,
        throw: Option<Value>,
    ) -> PyResult<Option<Value>> {
        // A throw that raises at once (the generator has not started or has finished)
        // reaches the caller as an exception leaving a callee: not chained to what the
        // caller is handling.
        let at_once =
            throw.is_some() && matches!(g.state.get(), GenState::Created | GenState::Closed);
        match self.resume_setup(g, send, throw, ExitMode::CallResume) {
            Err(e) if at_once => {
                self.pending_throw = Some(e);
                Ok(None)
            }
            r => r.map(|()| None),
        }
    }

    /// Build the exception for `throw(typ[, val[, tb]])`.
    pub fn throw_args(&mut self, args: &[Value]) -> PyResult<Value> {
        let typ = args.first().cloned().unwrap_or(Value::None);
        let val = args.get(1).cloned().unwrap_or(Value::None);
        if let Some(tb) = args.get(2)
            && !tb.is_none()
            && !matches!(tb, Value::Instance(i) if Rc::ptr_eq(&i.class(), &self.types.traceback))
        {
            return self.type_error("throw() third argument must be a traceback object");
        }
        match &typ {
            Value::Type(t) if t.is_subtype(&self.exc.base_exception) => {
                if let Value::Instance(i) = &val
                    && i.class().is_subtype(t)
                {
                    return Ok(val);
                }
                let cargs: Vec<Value> = match val {
                    Value::None => vec![],
                    Value::Tuple(t) => t.to_vec(),
                    other => vec![other],
                };
                // As PyErr_NormalizeException: if instantiating fails, that error is
                // what gets thrown into the generator.
                match self.call_value(typ.clone(), &cargs, &[]) {
                    Ok(e @ Value::Instance(_))
                        if self.type_of(&e).is_subtype(&self.exc.base_exception) =>
                    {
                        Ok(e)
                    }
                    Ok(other) => {
                        let msg = format!(
                            "calling {} should have returned an instance of BaseException, not {}",
                            self.repr_of(&typ)?,
                            self.type_name(&other)
                        );
                        let te = self.exc.type_error.clone();
                        Ok(self.new_exc(&te, &msg))
                    }
                    Err(e) => Ok(e),
                }
            }
            Value::Instance(i) if i.exc().is_some() => {
                if !val.is_none() {
                    return self.type_error("instance exception may not have a separate value");
                }
                Ok(typ)
            }
            other => {
                let tn = self.type_name(other);
                self.type_error(format!(
                    "exceptions must be classes or instances deriving from BaseException, not {tn}"
                ))
            }
        }
    }

    /// generator.close()
    pub fn gen_close(&mut self, g: &Rc<Generator>) -> PyResult<()> {
        match g.state.get() {
            GenState::Closed => return Ok(()),
            GenState::Created => {
                g.state.set(GenState::Closed);
                let f = g.frame.take();
                drop(f);
                return Ok(());
            }
            GenState::Running => {
                let word = Self::gen_word(g);
                return self.value_error(format!("{word} already executing"));
            }
            GenState::Suspended => {}
        }
        let ge = self.exc.generator_exit.clone();
        let exc = self.new_exc(&ge, "");
        match self.gen_resume(g, Value::None, Some(exc)) {
            Ok(GenResult::Yield(_)) => {
                let word = Self::gen_word(g);
                self.runtime_error(format!("{word} ignored GeneratorExit"))
            }
            Ok(GenResult::Return(_)) => Ok(()),
            Err(e) => {
                let stop = self.exc.stop_iteration.clone();
                if self.exc_matches(&e, &ge) || self.exc_matches(&e, &stop) {
                    Ok(())
                } else {
                    Err(e)
                }
            }
        }
    }

    /// Close any iterator that has a close method (used when GeneratorExit passes a yield from).
    fn close_iter(&mut self, it: &Value) -> PyResult<()> {
        if let Value::Generator(g) = it {
            return self.gen_close(g);
        }
        let close = self.names.close.clone();
        if let Some(m) = self.lookup_method(it, &close) {
            self.call_value(m, &[], &[])?;
        }
        Ok(())
    }

    /// The SEND instruction.
    pub fn send_op(&mut self, sub: &Value, v: Value, target: u32) -> PyResult<SendOutcome> {
        match sub {
            Value::Generator(g) => {
                if g.state.get() == GenState::Closed && g.kind == GenKind::Generator {
                    return Ok(SendOutcome::Returned(Value::None));
                }
                let g = g.clone();
                let exit = ExitMode::Send {
                    exit: target,
                    thrown: false,
                };
                self.resume_setup(&g, v, None, exit)?;
                Ok(SendOutcome::Pushed)
            }
            Value::Iter(ni) if v.is_none() => {
                let ni = ni.clone();
                match self.native_next(&ni)? {
                    Some(y) => Ok(SendOutcome::Yielded(y)),
                    None => Ok(SendOutcome::Returned(Value::None)),
                }
            }
            other => {
                let r = if v.is_none() {
                    let n = self.names.__next__.clone();
                    match self.lookup_method(other, &n) {
                        Some(m) => self.call_value(m, &[], &[]),
                        None => {
                            let tn = self.type_name(other);
                            return self.type_error(format!("'{tn}' object is not an iterator"));
                        }
                    }
                } else {
                    let n = self.names.send.clone();
                    let m = self.get_attr(other, &n)?;
                    self.call_value(m, &[v], &[])
                };
                match r {
                    Ok(y) => Ok(SendOutcome::Yielded(y)),
                    Err(e) => {
                        let stop = self.exc.stop_iteration.clone();
                        if self.exc_matches(&e, &stop) {
                            Ok(SendOutcome::Returned(self.stop_iteration_value(&e)))
                        } else {
                            Err(e)
                        }
                    }
                }
            }
        }
    }

    pub fn get_yield_from_iter(&mut self, v: Value, flags: u32) -> PyResult<Value> {
        match &v {
            Value::Generator(g) => {
                if g.kind == GenKind::Coroutine
                    && flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE) == 0
                {
                    return self.type_error(
                        "cannot 'yield from' a coroutine object in a non-coroutine generator",
                    );
                }
                Ok(v)
            }
            // `yield from coro.__await__()`: delegate to the coroutine itself.
            _ => match crate::objects::types::wrapped_coroutine(&v) {
                Some(g) => Ok(Value::Generator(g)),
                None => self.get_iter(&v),
            },
        }
    }

    pub fn get_awaitable(&mut self, v: Value) -> PyResult<Value> {
        if let Value::Generator(g) = &v {
            if g.kind == GenKind::Coroutine {
                return Ok(v);
            }
            if g.iterable_coroutine {
                return Ok(v);
            }
        }
        let aw = self.names.__await__.clone();
        match self.lookup_method(&v, &aw) {
            Some(m) => {
                let it = self.call_value(m, &[], &[])?;
                if let Value::Generator(g) = &it
                    && g.kind == GenKind::Coroutine
                {
                    return self.type_error("__await__() returned a coroutine");
                }
                if !self.is_iterator(&it) {
                    let tn = self.type_name(&it);
                    return self
                        .type_error(format!("__await__() returned non-iterator of type '{tn}'"));
                }
                Ok(it)
            }
            None => {
                let tn = self.type_name(&v);
                self.type_error(format!("object {tn} can't be used in 'await' expression"))
            }
        }
    }

    /// Close a generator whose last reference is gone; errors are reported, not raised.
    pub fn finalize_generator(&mut self, g: Rc<Generator>) {
        if let Err(e) = self.gen_close(&g) {
            let what = format!(
                "<{} object {} at {:#x}>",
                Self::gen_word(&g),
                g.qualname().s,
                Rc::as_ptr(&g) as usize
            );
            self.report_unraisable(&what, &e);
        }
    }

    /// Unwind the pending throw of the top frame, if any (called when the loop switches frames).
    #[inline]
    pub fn take_pending_throw(&mut self, base: usize) -> Option<PyResult<()>> {
        let e = self.pending_throw.take()?;
        // Context was set by throw_down; the caller's handled exception is not chained.
        Some(self.unwind(e, Raised::Propagated, base))
    }
}

impl Drop for Generator {
    fn drop(&mut self) {
        if self.state.get() != GenState::Suspended {
            return;
        }
        let Some(frame) = self.frame.get_mut().take() else {
            return;
        };
        let g = Rc::new(Generator::new(
            frame,
            self.kind,
            self.code.clone(),
            self.take_names(),
            self.iterable_coroutine,
        ));
        g.state.set(GenState::Suspended);
        let g2 = g.clone();
        if super::with_current_vm(move |vm| vm.finalize_generator(g2)).is_none() {
            g.state.set(GenState::Closed);
        }
        g.state.set(GenState::Closed);
    }
}
