//! The dispatch loop. Python-to-Python calls, generator resumption, returns and yields
//! all push or pop VM frames and continue this same loop: the Rust stack does not grow.
//!
//! The loop keeps the running frame's instruction index and value-stack pointer in
//! locals (registers). Common instructions in their common case run right here
//! ("fast path"); anything else, including every error, goes to `exec_slow`
//! (src/vm/instr.rs), the complete implementation of every instruction, which works on
//! the frame's stack vector after `Sp::sync` wrote the stack pointer back.

use super::Vm;
use super::frame::{ExitMode, Frame, FrameBox};
use super::value::*;
use crate::bytecode::{CmpOp, Code, Op};
use smallvec::SmallVec;
use std::rc::Rc;

/// How an exception entered the current frame (decides traceback and __context__).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Raised {
    /// Raised here: add a traceback entry and chain the handled exception as context.
    Fresh,
    /// Re-raised by RERAISE: nothing added.
    Reraise,
    /// Propagated from a callee frame: add a traceback entry.
    Propagated,
}

pub type Args = SmallVec<[Value; 8]>;

/// What the loop does after `exec_slow` ran an instruction.
pub enum Flow {
    /// Go on with the next instruction of the same frame.
    Next,
    /// The frame stack changed (call, return, yield, exception handled): reload.
    Frames,
    /// The run returns this value.
    Return(Value),
    /// An exception leaves the run.
    Raise(Value),
}

/// The running frame's value stack as raw pointers into `Frame::stack`, so that the
/// fast path keeps them in registers. The vector's length is stale while the fast path
/// runs: `sync` writes it back before anything else may look at the frame.
struct Sp {
    base: *mut Value,
    top: *mut Value,
    end: *mut Value,
}

impl Sp {
    #[inline(always)]
    fn load(stack: &mut Vec<Value>) -> Sp {
        let base = stack.as_mut_ptr();
        // SAFETY: len and capacity bound the vector's own allocation.
        unsafe {
            Sp {
                base,
                top: base.add(stack.len()),
                end: base.add(stack.capacity()),
            }
        }
    }

    #[inline(always)]
    fn sync(&self, stack: &mut Vec<Value>) {
        // SAFETY: `top` lies between `base` and `end`, and the slots below it hold
        // initialised values owned by the stack.
        unsafe { stack.set_len(self.top.offset_from(self.base) as usize) }
    }

    /// Is there room for `n` more values?
    #[inline(always)]
    fn room(&self, n: usize) -> bool {
        // SAFETY: both pointers are in the same allocation.
        (unsafe { self.end.offset_from(self.top) }) as usize >= n
    }

    /// Push; the caller checked `room`.
    #[inline(always)]
    unsafe fn push(&mut self, v: Value) {
        unsafe {
            self.top.write(v);
            self.top = self.top.add(1);
        }
    }

    /// Pop; the compiler's stack discipline guarantees a value is there.
    #[inline(always)]
    unsafe fn pop(&mut self) -> Value {
        unsafe {
            self.top = self.top.sub(1);
            self.top.read()
        }
    }

    /// The value `k` deep (1 = top). The reference is not tied to `self`: the caller
    /// must not use it after that slot is popped or overwritten.
    #[inline(always)]
    unsafe fn peek<'a>(&self, k: usize) -> &'a Value {
        unsafe { &*self.top.sub(k) }
    }

    /// Slot `i` of the frame (a fast local below the value stack).
    #[inline(always)]
    unsafe fn slot(&self, i: usize) -> *mut Value {
        unsafe { self.base.add(i) }
    }

    /// Release the top `k` slots of a finished call, in CPython's order: `self` and the
    /// arguments first to last, then the callable. The slots are `[NULL, callable,
    /// args...]` or `[callable, self, args...]`, less any arguments moved out (whose
    /// slots hold nothing then, so `k` may be 1: the callable alone).
    #[inline(always)]
    unsafe fn pop_call(&mut self, k: usize) {
        unsafe {
            let first = self.top.sub(k);
            self.top = first;
            if k == 1 {
                first.read().release();
                return;
            }
            let (a, b) = (first.read(), first.add(1).read());
            let callable = if a.is_undef() {
                b
            } else {
                b.release();
                a
            };
            for i in 2..k {
                first.add(i).read().release();
            }
            callable.release();
        }
    }
}

impl Vm {
    #[inline]
    fn cur(&mut self) -> *mut Frame {
        &mut **self.frames.last_mut().expect("frame") as *mut Frame
    }

    /// Run until the frame at index `base` exits.
    pub fn run(&mut self, base: usize) -> PyResult<Value> {
        'frames: loop {
            if let Some(r) = self.take_pending_throw(base) {
                r?;
                continue 'frames;
            }
            // SAFETY: frames are boxed, so this pointer stays valid while the frame is on
            // the stack; it is re-read whenever frames are pushed or popped.
            let f = unsafe { &mut *self.cur() };
            // SAFETY: the frame holds its code alive; every path that pops the frame leaves
            // this loop (continue 'frames / return) before `code` is touched again.
            let code: &Code = unsafe { &*Rc::as_ptr(&f.code) };
            let ops = code.ops.as_ptr();
            let mut ip = f.ip;
            let mut st = Sp::load(&mut f.stack);
            // Raise `e` in this frame, whose stack vector is up to date: unwind to a
            // handler here or further out.
            macro_rules! raise_synced {
                ($e:expr) => {
                    match self.unwind($e, Raised::Fresh, base) {
                        Ok(()) => continue 'frames,
                        Err(e) => return Err(e),
                    }
                };
            }
            // Raise `e` in this frame, whose stack is `st`.
            macro_rules! raise {
                ($e:expr) => {{
                    let e = $e;
                    st.sync(&mut f.stack);
                    raise_synced!(e)
                }};
            }
            loop {
                debug_assert!(ip < code.ops.len());
                // SAFETY: the compiler ends every code object with an instruction that
                // leaves or jumps, and jump targets lie inside it (see `Code::ops`).
                let op = unsafe { *ops.add(ip) };
                ip += 1;
                f.ip = ip;
                // SAFETY (all stack accesses below): the compiler's stack discipline
                // guarantees the values an instruction pops are there; pushes check `room`.
                match op {
                    Op::Nop | Op::GenStart => continue,
                    Op::PopTop => {
                        unsafe { st.pop() }.release();
                        continue;
                    }
                    Op::Copy(n) if st.room(1) => {
                        let v = unsafe { st.peek(n as usize) }.clone();
                        unsafe { st.push(v) };
                        continue;
                    }
                    Op::Swap(n) => {
                        unsafe { std::ptr::swap(st.top.sub(1), st.top.sub(n as usize)) };
                        continue;
                    }
                    Op::PushNull if st.room(1) => {
                        unsafe { st.push(Value::Undef) };
                        continue;
                    }
                    Op::LoadConst(i) if st.room(1) => {
                        unsafe { st.push(code.consts[i as usize].clone()) };
                        continue;
                    }
                    Op::LoadFast(i) if st.room(1) => {
                        let v = unsafe { &*st.slot(i as usize) };
                        if !v.is_undef() {
                            let v = v.clone();
                            unsafe { st.push(v) };
                            continue;
                        }
                    }
                    Op::LoadFastConst(l, c) if st.room(2) => {
                        let v = unsafe { &*st.slot(l as usize) };
                        if !v.is_undef() {
                            let v = v.clone();
                            unsafe {
                                st.push(v);
                                st.push(code.consts[c as usize].clone());
                            }
                            ip += 1;
                            continue;
                        }
                    }
                    Op::LoadFastFast(a, b) if st.room(2) => {
                        let (v, w) = unsafe { (&*st.slot(a as usize), &*st.slot(b as usize)) };
                        if !v.is_undef() && !w.is_undef() {
                            let (v, w) = (v.clone(), w.clone());
                            unsafe {
                                st.push(v);
                                st.push(w);
                            }
                            ip += 1;
                            continue;
                        }
                    }
                    Op::StoreFastLoadFast(a, b) => {
                        let v = unsafe { st.pop() };
                        unsafe { std::mem::replace(&mut *st.slot(a as usize), v) }.release();
                        let w = unsafe { &*st.slot(b as usize) };
                        // An unbound second local raises from its own instruction.
                        if !w.is_undef() {
                            let w = w.clone();
                            unsafe { st.push(w) };
                            ip += 1;
                        }
                        continue;
                    }
                    Op::LoadConstBinary(c, bop) => {
                        if let (Value::Int(x), Value::Int(y)) =
                            (unsafe { st.peek(1) }, &code.consts[c as usize])
                            && let Some(r) = super::ops::int_fast(bop, *x, *y)
                        {
                            unsafe {
                                st.top = st.top.sub(1);
                                st.push(Value::int(r));
                            }
                            ip += 1;
                            continue;
                        }
                        if st.room(1) {
                            unsafe { st.push(code.consts[c as usize].clone()) };
                            continue;
                        }
                    }
                    Op::LoadFastConstBinary(l, c, bop) if st.room(2) => {
                        let v = unsafe { &*st.slot(l as usize) };
                        let k = &code.consts[c as usize];
                        if let (Value::Int(x), Value::Int(y)) = (v, k)
                            && let Some(r) = super::ops::int_fast(bop, *x, *y)
                        {
                            unsafe { st.push(Value::int(r)) };
                            ip += 2;
                            continue;
                        }
                        if !v.is_undef() {
                            let v = v.clone();
                            unsafe {
                                st.push(v);
                                st.push(k.clone());
                            }
                            ip += 1;
                            continue;
                        }
                    }
                    Op::StoreFast(i) => {
                        let v = unsafe { st.pop() };
                        unsafe { std::mem::replace(&mut *st.slot(i as usize), v) }.release();
                        continue;
                    }
                    Op::LoadGlobal(i) if st.room(1) => {
                        if let Some((d, ix)) =
                            self.global_slot(code, i, &f.globals, f.builtins.as_deref())
                        {
                            unsafe { st.push(d.value_at(ix)) };
                            continue;
                        }
                    }
                    Op::PushNullLoadGlobal(i) if st.room(2) => {
                        if let Some((d, ix)) =
                            self.global_slot(code, i, &f.globals, f.builtins.as_deref())
                        {
                            unsafe {
                                st.push(Value::Undef);
                                st.push(d.value_at(ix));
                            }
                            ip += 1;
                            continue;
                        }
                    }
                    Op::LoadName(i) if st.room(1) => {
                        // Module level: the namespace is the globals.
                        if let Some(l) = &f.locals
                            && Rc::ptr_eq(l, &f.globals)
                            && let Some((d, ix)) =
                                self.global_slot(code, i, &f.globals, f.builtins.as_deref())
                        {
                            unsafe { st.push(d.value_at(ix)) };
                            continue;
                        }
                    }
                    Op::StoreName(i) => {
                        if let Some(l) = &f.locals
                            && Rc::ptr_eq(l, &f.globals)
                            && let Some(ix) = Self::global_store_slot(code, i, &f.globals)
                        {
                            let v = unsafe { st.pop() };
                            f.globals.set_value_at(ix, v);
                            continue;
                        }
                    }
                    Op::BinaryOp(bop) | Op::InplaceOp(bop) => {
                        if let (Value::Int(x), Value::Int(y)) = unsafe { (st.peek(2), st.peek(1)) }
                            && let Some(r) = super::ops::int_fast(bop, *x, *y)
                        {
                            unsafe {
                                st.top = st.top.sub(2);
                                st.push(Value::int(r));
                            }
                            continue;
                        }
                    }
                    Op::Compare(cop) => {
                        if let (Value::Int(x), Value::Int(y)) = unsafe { (st.peek(2), st.peek(1)) }
                        {
                            let r = match cop {
                                CmpOp::Lt => x < y,
                                CmpOp::Le => x <= y,
                                CmpOp::Eq => x == y,
                                CmpOp::Ne => x != y,
                                CmpOp::Gt => x > y,
                                CmpOp::Ge => x >= y,
                            };
                            unsafe { st.top = st.top.sub(2) };
                            // A conditional jump on the result (the usual case) is taken
                            // here: the bool never goes through the stack.
                            match unsafe { *ops.add(ip) } {
                                Op::PopJumpIfFalse(t) => ip = if r { ip + 1 } else { t as usize },
                                Op::PopJumpIfTrue(t) => ip = if r { t as usize } else { ip + 1 },
                                _ => unsafe { st.push(Value::bool(r)) },
                            }
                            continue;
                        }
                    }
                    Op::IsOp(inv) => {
                        let (b, a) = unsafe { (st.pop(), st.pop()) };
                        unsafe { st.push(Value::bool(a.is(&b) != inv)) };
                        a.release();
                        b.release();
                        continue;
                    }
                    Op::Jump(t) => {
                        ip = t as usize;
                        continue;
                    }
                    Op::PopJumpIfFalse(t) | Op::PopJumpIfTrue(t) => {
                        if let Value::Bool(b) = unsafe { st.peek(1) } {
                            if *b == matches!(op, Op::PopJumpIfTrue(_)) {
                                ip = t as usize;
                            }
                            unsafe { st.top = st.top.sub(1) };
                            continue;
                        }
                    }
                    Op::LoadAttr(i) => {
                        let obj = unsafe { st.pop() };
                        match self.load_attr_cached(code, i, &obj) {
                            Ok(v) => {
                                obj.release();
                                unsafe { st.push(v) };
                                continue;
                            }
                            Err(e) => raise!(e),
                        }
                    }
                    Op::LoadMethod(i) => {
                        if !st.room(1) {
                            st.sync(&mut f.stack);
                            f.stack.reserve(1);
                            st = Sp::load(&mut f.stack);
                        }
                        let obj = unsafe { st.pop() };
                        match self.load_method_cached(code, i, obj) {
                            Ok((a, b)) => {
                                unsafe {
                                    st.push(a);
                                    st.push(b);
                                }
                                continue;
                            }
                            Err(e) => raise!(e),
                        }
                    }
                    Op::StoreAttr(i) => {
                        let (obj, v) = unsafe { (st.pop(), st.pop()) };
                        let r = self.store_attr_cached(code, i, &obj, v);
                        obj.release();
                        if let Err(e) = r {
                            raise!(e)
                        }
                        continue;
                    }
                    Op::StoreSubscr => {
                        // list[int] = v
                        if let (Value::List(l), Value::Int(i)) = unsafe { (st.peek(2), st.peek(1)) }
                            && let Ok(mut items) = l.try_borrow_mut()
                        {
                            let n = items.len() as i64;
                            let j = if *i < 0 { *i + n } else { *i };
                            if j >= 0 && j < n {
                                let v = unsafe { st.top.sub(3).read() };
                                let old = std::mem::replace(&mut items[j as usize], v);
                                drop(items);
                                unsafe {
                                    // The index is an int: only the list needs releasing.
                                    st.top = st.top.sub(3);
                                    st.top.add(1).read().release();
                                }
                                old.release();
                                continue;
                            }
                        }
                    }
                    Op::BinarySubscr => {
                        if let (Value::List(l), Value::Int(i)) = unsafe { (st.peek(2), st.peek(1)) }
                        {
                            let l = l.borrow();
                            let n = l.len() as i64;
                            let j = if *i < 0 { *i + n } else { *i };
                            if j >= 0 && j < n {
                                let v = l[j as usize].clone();
                                drop(l);
                                unsafe {
                                    st.pop();
                                    st.pop().release();
                                    st.push(v);
                                }
                                continue;
                            }
                        }
                    }
                    Op::ForIter(target) => match unsafe { st.peek(1) } {
                        Value::Iter(ni) if st.room(1) => {
                            let step = match &mut *ni.borrow_mut() {
                                NativeIter::Range { next, stop, step } => {
                                    Some(range_step(next, *stop, *step))
                                }
                                _ => None,
                            };
                            match step {
                                Some(Some(n)) => {
                                    unsafe { st.push(Value::int(n)) };
                                    continue;
                                }
                                Some(None) => {
                                    unsafe { st.pop() }.release();
                                    ip = target as usize;
                                    continue;
                                }
                                None => {}
                            }
                        }
                        Value::Generator(g) if g.kind == GenKind::Generator => {
                            let g = g.clone();
                            st.sync(&mut f.stack);
                            match self.push_gen_frame(
                                &g,
                                Value::None,
                                ExitMode::ForIter { exit: target },
                            ) {
                                Ok(true) => continue 'frames,
                                Ok(false) => {
                                    unsafe { st.pop() }.release();
                                    ip = target as usize;
                                    continue;
                                }
                                Err(e) => raise_synced!(e),
                            }
                        }
                        _ => {}
                    },
                    Op::Call(n) if self.kwnames.is_none() => {
                        let n = n as usize;
                        let has_self = !unsafe { st.peek(n + 2) }.is_undef();
                        let nargs = n + has_self as usize;
                        match unsafe { st.peek(nargs + 1) } {
                            Value::Function(func)
                                if super::call::is_simple_call(&func.code, nargs) =>
                            {
                                // SAFETY: the function stays in the callable's slot until
                                // `pop_call` below, after its last use.
                                let func: &Function = unsafe { &*Rc::as_ptr(func) };
                                // The arguments move from this stack into the new frame.
                                let frame = unsafe {
                                    st.top = st.top.sub(nargs);
                                    self.simple_frame_from(func, st.top, nargs)
                                };
                                if func.code.is_generator_like() {
                                    let g = self.new_generator(
                                        frame,
                                        func.name.borrow().clone(),
                                        func.qualname.borrow().clone(),
                                    );
                                    unsafe {
                                        st.pop_call(n + 2 - nargs);
                                        st.push(g);
                                    }
                                    continue;
                                }
                                unsafe { st.pop_call(n + 2 - nargs) };
                                st.sync(&mut f.stack);
                                match self.push_call_frame(frame) {
                                    Ok(()) => continue 'frames,
                                    Err(e) => raise_synced!(e),
                                }
                            }
                            // next(g), g.__next__(), g.send(v): the generator's frame
                            // resumes in this loop.
                            Value::Builtin(b)
                                if b.binding.is_none()
                                    && n <= 1
                                    && let Some((g, v)) = Self::direct_resume(unsafe {
                                        std::slice::from_raw_parts(st.top.sub(n + 2), n + 2)
                                    }) =>
                            {
                                unsafe { st.pop_call(n + 2) };
                                st.sync(&mut f.stack);
                                match self.gen_call_from_loop(&g, v, None) {
                                    Ok(_) => continue 'frames,
                                    Err(e) => raise_synced!(e),
                                }
                            }
                            Value::Builtin(b) if b.binding.is_none() && !b.resumes_generator() => {
                                // SAFETY: the builtin and its arguments stay where they lie
                                // on this stack until `pop_call`: nothing else pushes to or
                                // pops from it meanwhile (nested runs use their own frames).
                                let b: &Builtin = unsafe { &*Rc::as_ptr(b) };
                                let args =
                                    unsafe { std::slice::from_raw_parts(st.top.sub(nargs), nargs) };
                                let r = (b.func)(self, args, &[]);
                                unsafe { st.pop_call(n + 2) };
                                match r {
                                    Ok(v) => {
                                        unsafe { st.push(v) };
                                        continue;
                                    }
                                    Err(e) => raise!(e),
                                }
                            }
                            _ => {}
                        }
                    }
                    Op::ReturnValue => {
                        let v = unsafe { st.pop() };
                        st.sync(&mut f.stack);
                        match self.frame_return(v) {
                            Ok(Some(v)) => return Ok(v),
                            Ok(None) => continue 'frames,
                            // Raised in the caller (StopIteration from a resumed generator,
                            // the __init__ check).
                            Err(e) => raise_synced!(e),
                        }
                    }
                    Op::YieldValue => {
                        let v = unsafe { st.pop() };
                        st.sync(&mut f.stack);
                        match self.frame_yield(v) {
                            Some(v) => return Ok(v),
                            None => continue 'frames,
                        }
                    }
                    _ => {}
                }
                // Not handled above: the complete implementation, with the stack synced.
                f.ip = ip;
                st.sync(&mut f.stack);
                match self.exec_slow(f, code, op, base) {
                    Flow::Next => {
                        ip = f.ip;
                        st = Sp::load(&mut f.stack);
                    }
                    Flow::Frames => continue 'frames,
                    Flow::Return(v) => return Ok(v),
                    Flow::Raise(e) => return Err(e),
                }
            }
        }
    }

    pub(super) fn deref_name(&self, code: &crate::bytecode::Code, i: u32) -> Rc<PyStr> {
        let i = i as usize;
        if i < code.cellvars.len() {
            code.cellvars[i].clone()
        } else {
            code.freevars[i - code.cellvars.len()].clone()
        }
    }

    /// Build the exception for `raise v [from cause]`.
    pub(super) fn make_raise(&mut self, v: Value, cause: Option<Value>) -> PyResult<Value> {
        let exc = self.exception_instance(v)?;
        if let Some(c) = cause {
            let c = match c {
                Value::None => Value::None,
                other => {
                    let is_exc = match &other {
                        Value::Type(t) => t.is_subtype(&self.exc.base_exception),
                        Value::Instance(i) => i.exc().is_some(),
                        _ => false,
                    };
                    if !is_exc {
                        return self.type_error("exception causes must derive from BaseException");
                    }
                    self.exception_instance(other)?
                }
            };
            if let Value::Instance(i) = &exc
                && let Some(d) = i.exc()
            {
                let mut d = d.borrow_mut();
                d.cause = c;
                d.suppress_context = true;
            }
        }
        Err(exc)
    }

    /// An exception class is instantiated; an instance is used as is.
    pub fn exception_instance(&mut self, v: Value) -> PyResult<Value> {
        match &v {
            Value::Type(t) if t.is_subtype(&self.exc.base_exception) => {
                let e = self.call_value(v.clone(), &[], &[])?;
                if let Value::Instance(i) = &e
                    && i.exc().is_some()
                {
                    return Ok(e);
                }
                let tn = self.type_name(&e);
                self.type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {tn}",
                    self.repr_type(t)
                ))
            }
            Value::Instance(i) if i.exc().is_some() => Ok(v),
            _ => self.type_error("exceptions must derive from BaseException"),
        }
    }

    fn repr_type(&self, t: &Rc<TypeObj>) -> String {
        format!("<class '{}'>", t.name())
    }

    /// Find a handler for `exc`, popping frames as needed. Ok(()) means execution
    /// continues in the (new) top frame; Err means the exception leaves this run.
    pub fn unwind(&mut self, exc: Value, how: Raised, base: usize) -> PyResult<()> {
        let mut exc = exc;
        let mut how = how;
        loop {
            let f = self.frames.last_mut().expect("frame");
            if how != Raised::Reraise
                && let Value::Instance(i) = &exc
                && let Some(d) = i.exc()
            {
                let ip = f.ip.saturating_sub(1) as u32;
                d.borrow_mut().traceback.push((f.code.clone(), ip));
            }
            if how == Raised::Fresh {
                self.set_context(&exc);
            }
            let f = self.frames.last_mut().expect("frame");
            if let Some(h) = f.code.handler_for(f.ip.saturating_sub(1)) {
                f.truncate_stack(h.depth as usize);
                f.stack.push(exc);
                f.ip = h.target as usize;
                return Ok(());
            }
            let mut frame = self.frames.pop().expect("frame");
            let exit = std::mem::replace(&mut frame.exit, ExitMode::Call);
            if let Some(g) = frame.running_gen.take() {
                g.state.set(GenState::Closed);
                exc = self.pep479(&g, exc);
            }
            Self::keep_frame_alive(&exc, frame);
            match exit {
                ExitMode::Boundary | ExitMode::BoundaryResume => return Err(exc),
                _ => {}
            }
            if self.frames.len() <= base {
                return Err(exc);
            }
            if let ExitMode::Send { thrown: true, .. } = exit {
                let handled = self.frames.last().map(|f| f.handled.clone());
                if let Some(h) = handled
                    && !h.is_none()
                {
                    Self::chain_context(&exc, h);
                }
            }
            how = Raised::Propagated;
        }
    }

    /// A frame left by an exception lives on in its traceback, as in CPython: its locals
    /// are released (and suspended generators among them closed) when the exception dies.
    fn keep_frame_alive(exc: &Value, mut frame: FrameBox) {
        frame.truncate_stack(0);
        frame.handled = Value::None;
        if let Value::Instance(i) = exc
            && let Some(d) = i.exc()
        {
            d.borrow_mut().frames.push(frame);
        }
    }

    /// PEP 479: StopIteration leaving a generator becomes RuntimeError.
    pub fn pep479(&mut self, g: &Rc<Generator>, exc: Value) -> Value {
        let stop = self.exc.stop_iteration.clone();
        let stop_async = self.exc.stop_async_iteration.clone();
        let msg = if self.exc_matches(&exc, &stop) {
            match g.kind {
                GenKind::Generator => "generator raised StopIteration",
                GenKind::Coroutine => "coroutine raised StopIteration",
                GenKind::AsyncGenerator => "async generator raised StopIteration",
            }
        } else if g.kind == GenKind::AsyncGenerator && self.exc_matches(&exc, &stop_async) {
            "async generator raised StopAsyncIteration"
        } else {
            return exc;
        };
        let rt = self.exc.runtime_error.clone();
        let new = self.new_exc(&rt, msg);
        if let Value::Instance(i) = &new
            && let Some(d) = i.exc()
        {
            let mut d = d.borrow_mut();
            d.cause = exc.clone();
            d.context = exc;
            d.suppress_context = true;
        }
        new
    }

    /// Chain the exception being handled as the new exception's __context__.
    fn set_context(&mut self, exc: &Value) {
        let handled = self.current_handled();
        if !handled.is_none() {
            Self::chain_context(exc, handled);
        }
    }

    /// `exc.__context__ = handled` (replacing any earlier context), breaking the cycle
    /// if exc already appears in handled's context chain.
    pub fn chain_context(exc: &Value, handled: Value) {
        if handled.is(exc) {
            return;
        }
        let Value::Instance(i) = exc else { return };
        let Some(d) = i.exc() else { return };
        let mut o = handled.clone();
        for _ in 0..10_000 {
            let next = match &o {
                Value::Instance(oi) => match oi.exc() {
                    Some(od) => od.borrow().context.clone(),
                    None => Value::None,
                },
                _ => Value::None,
            };
            if next.is(exc) {
                if let Value::Instance(oi) = &o
                    && let Some(od) = oi.exc()
                {
                    od.borrow_mut().context = Value::None;
                }
                break;
            }
            if next.is_none() {
                break;
            }
            o = next;
        }
        d.borrow_mut().context = handled;
    }

    /// UnboundLocalError for local `i` of `code`.
    #[cold]
    pub(super) fn unbound_local(&mut self, code: &crate::bytecode::Code, i: usize) -> PyResult<()> {
        let name = code.varnames[i].s.clone();
        let t = self.exc.unbound_local_error.clone();
        Err(self.new_exc(
            &t,
            &format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        ))
    }

    /// Pop the returning frame. Some(v): the run loop itself returns v.
    fn frame_return(&mut self, v: Value) -> PyResult<Option<Value>> {
        let mut frame = self.frames.pop().expect("frame");
        let exit = std::mem::replace(&mut frame.exit, ExitMode::Call);
        let running = frame.running_gen.take();
        if let Some(g) = &running {
            g.state.set(GenState::Closed);
        }
        frame.recycle_into(&mut self.frame_pool);
        let parent = match self.frames.last_mut() {
            Some(p) => p,
            None => return Ok(Some(v)),
        };
        match exit {
            ExitMode::Call => {
                super::frame::push_inline(&mut parent.stack, v);
                Ok(None)
            }
            ExitMode::Boundary => Ok(Some(v)),
            ExitMode::Init(inst) => {
                if !v.is_none() {
                    let tn = self.type_name(&v);
                    return self.type_error(format!("__init__() should return None, not '{tn}'"));
                }
                parent.stack.push(inst);
                Ok(None)
            }
            ExitMode::ForIter { exit } => {
                parent.stack.pop();
                parent.ip = exit as usize;
                Ok(None)
            }
            ExitMode::Send { exit, .. } => {
                parent.stack.pop();
                parent.stack.push(v);
                parent.ip = exit as usize;
                Ok(None)
            }
            ExitMode::CallResume => {
                let e = self.stop_iteration(v);
                Err(e)
            }
            ExitMode::BoundaryResume => {
                self.resume_yielded = false;
                Ok(Some(v))
            }
        }
    }

    /// Suspend the running generator frame. Some(v): the run loop returns v.
    /// A value yielded to a `yield from`/`await` whose next step is to yield it again
    /// passes straight up the chain (what the delegator's YIELD_VALUE would do).
    fn frame_yield(&mut self, v: Value) -> Option<Value> {
        loop {
            let mut frame = self.frames.pop().expect("frame");
            let exit = std::mem::replace(&mut frame.exit, ExitMode::Call);
            if let Some(g) = frame.running_gen.take() {
                g.state.set(GenState::Suspended);
                g.frame.set(Some(frame));
            }
            match exit {
                ExitMode::BoundaryResume => {
                    self.resume_yielded = true;
                    return Some(v);
                }
                ExitMode::Send { .. } => {
                    let p = self.frames.last_mut()?;
                    if p.running_gen.is_some() && p.code.ops.get(p.ip) == Some(&Op::YieldValue) {
                        p.ip += 1;
                        continue;
                    }
                    super::frame::push_inline(&mut p.stack, v);
                    return None;
                }
                _ => {
                    if let Some(p) = self.frames.last_mut() {
                        super::frame::push_inline(&mut p.stack, v);
                    }
                    return None;
                }
            }
        }
    }
}

pub enum SendOutcome {
    /// A generator frame was pushed; the loop continues in it.
    Pushed,
    Yielded(Value),
    Returned(Value),
}
