//! Frames: heap-allocated activation records owned by the VM's frame stack while running
//! and by a generator while suspended.

use crate::bytecode::Code;
use crate::vm::dict::PyDict;
use crate::vm::value::{CellObj, Generator, Value};
use std::cell::RefCell;
use std::mem::ManuallyDrop;
use std::ops::{Deref, DerefMut};
use std::rc::Rc;

/// What happens to the caller when this frame returns, yields or raises.
pub enum ExitMode {
    /// Push the return value on the caller's stack.
    Call,
    /// Return the value to native code that started a nested run.
    Boundary,
    /// `__init__` called by instantiation: push the instance instead (after checking for None).
    Init(Value),
    /// A generator resumed by FOR_ITER: yield pushes the value; return jumps to `exit`.
    ForIter { exit: u32 },
    /// A generator resumed by SEND: yield pushes the value; return replaces the iterator and jumps.
    /// `thrown`: entered by `throw()`/`close()` passing down a `yield from` chain; an
    /// exception leaving it is chained to what the delegator handles, as CPython's
    /// `_gen_throw` re-raises it into each delegating frame.
    Send { exit: u32, thrown: bool },
    /// A generator resumed by a call (`next`, `send`, `throw`): yield is the call's result;
    /// return raises StopIteration in the caller.
    CallResume,
    /// A generator resumed by native code: the nested run returns the outcome.
    BoundaryResume,
}

pub struct Frame {
    pub code: Rc<Code>,
    pub ip: usize,
    /// One allocation for all of the frame's slots, as CPython's "localsplus": the fast
    /// locals (`code.varnames`), the cells of `code.cellvars` and `code.freevars` (as
    /// `Value::Cell`), then the value stack. Stack positions are indices into this
    /// vector; `stack_base` is where the value stack starts.
    pub stack: Vec<Value>,
    pub globals: Rc<PyDict>,
    /// Namespace for module and class bodies (LOAD_NAME/STORE_NAME).
    pub locals: Option<Rc<PyDict>>,
    /// Builtins other than the VM's own (from `globals["__builtins__"]`, as with exec).
    pub builtins: Option<Rc<PyDict>>,
    /// The exception being handled in this frame (for sys.exc_info and __context__).
    pub handled: Value,
    pub exit: ExitMode,
    /// The generator this frame belongs to while it runs.
    pub running_gen: Option<Rc<Generator>>,
}

impl Frame {
    pub fn new(code: Rc<Code>, globals: Rc<PyDict>, locals: Option<Rc<PyDict>>) -> Frame {
        let mut frame = Frame {
            stack: Vec::new(),
            code: code.clone(),
            ip: 0,
            globals,
            locals,
            builtins: None,
            handled: Value::None,
            exit: ExitMode::Call,
            running_gen: None,
        };
        // SAFETY: no arguments to move.
        unsafe { frame.init_slots(&code, std::ptr::NonNull::dangling().as_ptr(), 0) };
        frame
    }

    /// Fill the empty slot vector for `code`: the first `nargs` locals moved from
    /// `args`, the others unbound, then fresh cells. The free variables' cells are pushed
    /// next by whoever supplies the closure.
    ///
    /// # Safety
    /// `args` points to `nargs <= code.varnames.len()` values that the caller gives up.
    #[inline(always)]
    unsafe fn init_slots(&mut self, code: &Code, args: *const Value, nargs: usize) {
        let nfast = code.varnames.len();
        debug_assert!(self.stack.is_empty() && nargs <= nfast);
        let need = code.nslots();
        if self.stack.capacity() < need {
            self.stack.reserve(need);
        }
        // SAFETY: capacity was reserved (the vector is empty); Undef owns nothing.
        unsafe {
            let p = self.stack.as_mut_ptr();
            std::ptr::copy_nonoverlapping(args, p, nargs);
            for i in nargs..nfast {
                std::ptr::write(p.add(i), Value::Undef);
            }
            self.stack.set_len(nfast);
        }
        for _ in 0..code.cellvars.len() {
            self.stack.push(Value::Cell(Rc::new(CellObj {
                value: std::cell::RefCell::new(Value::Undef),
            })));
        }
    }

    /// Re-initialise a recycled frame (see `clear_for_reuse`) for a new activation,
    /// keeping its buffers' capacity. A pooled frame keeps its last code and globals, so
    /// calling the same function again (recursion, a call in a loop) touches no
    /// reference counts for them.
    ///
    /// # Safety
    /// As for `init_slots`.
    #[inline(always)]
    unsafe fn reinit(
        &mut self,
        code: &Rc<Code>,
        globals: &Rc<PyDict>,
        locals: Option<Rc<PyDict>>,
        args: *const Value,
        nargs: usize,
    ) {
        unsafe { self.init_slots(code, args, nargs) };
        if !Rc::ptr_eq(&self.code, code) {
            self.code = code.clone();
        }
        if !Rc::ptr_eq(&self.globals, globals) {
            self.globals = globals.clone();
        }
        self.ip = 0;
        if locals.is_some() {
            self.locals = locals;
        }
    }

    /// Release everything the frame refers to, keeping its buffers for reuse: a
    /// cleared frame has no slots, no locals dict, no builtins, no handled exception,
    /// no generator and exit mode `Call`. Slots go first to last (locals, then the
    /// value stack), as CPython clears a finished frame.
    #[inline(always)]
    pub fn clear_for_reuse(&mut self) {
        let n = self.stack.len();
        // SAFETY: the length is zeroed first, so each slot is read out exactly once
        // even if releasing one runs code that looks at this frame.
        unsafe {
            self.stack.set_len(0);
            for i in 0..n {
                std::ptr::read(self.stack.as_ptr().add(i)).release();
            }
        }
        if !matches!(self.exit, ExitMode::Call) {
            self.exit = ExitMode::Call;
        }
        // Usually already empty: test before paying for the drop glue.
        if self.locals.is_some() {
            self.locals = None;
        }
        if self.builtins.is_some() {
            self.builtins = None;
        }
        if !self.handled.is_none() {
            self.handled = Value::None;
        }
        if self.running_gen.is_some() {
            self.running_gen = None;
        }
    }

    /// Where the value stack starts in `stack` (after the locals and cells).
    #[inline]
    pub fn stack_base(&self) -> usize {
        self.code.varnames.len() + self.code.cellvars.len() + self.code.freevars.len()
    }

    /// Cell `i` (cellvars, then freevars).
    #[inline]
    pub fn cell(&self, i: usize) -> &Rc<CellObj> {
        match &self.stack[self.code.varnames.len() + i] {
            Value::Cell(c) => c,
            _ => unreachable!("cell slots hold cells"),
        }
    }

    /// The cells (cellvars, then freevars).
    pub fn cells(&self) -> impl Iterator<Item = &Rc<CellObj>> {
        (0..self.code.cellvars.len() + self.code.freevars.len()).map(|i| self.cell(i))
    }

    /// The fast locals.
    #[inline]
    pub fn fast(&self) -> &[Value] {
        &self.stack[..self.stack_base()]
    }

    #[inline]
    pub fn fast_mut(&mut self) -> &mut [Value] {
        let n = self.stack_base();
        &mut self.stack[..n]
    }

    /// Drop the value stack above `depth` (a depth from the exception table).
    #[inline]
    pub fn truncate_stack(&mut self, depth: usize) {
        let base = self.stack_base();
        self.stack.truncate(base + depth);
    }

    pub fn line(&self) -> u32 {
        self.code.line_for(self.ip.saturating_sub(1))
    }
}

/// `v.push(x)` with only the growth path out of line (std's push is an outlined
/// call in the hot paths that use this: frame pushes, return values).
#[inline(always)]
pub fn push_inline<T>(v: &mut Vec<T>, x: T) {
    let n = v.len();
    if n < v.capacity() {
        // SAFETY: there is room; the slot past the length is written, then counted.
        unsafe {
            v.as_mut_ptr().add(n).write(x);
            v.set_len(n + 1);
        }
    } else {
        v.push(x);
    }
}

/// An owned heap frame. The VM returns finished frames to its pool (`recycle_into`);
/// one dropped anywhere else (a finished generator, an exception's traceback letting
/// go of it) releases what it refers to and keeps its allocation in a spare pool, which
/// `new` draws on when the VM's pool is empty.
pub struct FrameBox(ManuallyDrop<Box<Frame>>);

/// Frames kept for reuse by each pool.
pub const FRAME_POOL_MAX: usize = 128;

thread_local! {
    // Boxes, not frames: a recycled frame moves into a FrameBox without copying.
    #[allow(clippy::vec_box)]
    static SPARE_FRAMES: RefCell<Vec<Box<Frame>>> = const { RefCell::new(Vec::new()) };
}

impl FrameBox {
    /// A frame for a new activation of `code`, recycled when one is available.
    #[inline]
    pub fn new(
        pool: &mut Vec<Box<Frame>>,
        code: &Rc<Code>,
        globals: &Rc<PyDict>,
        locals: Option<Rc<PyDict>>,
    ) -> FrameBox {
        // SAFETY: no arguments to move.
        unsafe {
            Self::with_args(
                pool,
                code,
                globals,
                locals,
                std::ptr::NonNull::dangling().as_ptr(),
                0,
            )
        }
    }

    /// `new`, with the first `nargs` locals moved from `args`.
    ///
    /// # Safety
    /// `args` points to `nargs <= code.varnames.len()` values that the caller gives up.
    #[inline(always)]
    pub unsafe fn with_args(
        pool: &mut Vec<Box<Frame>>,
        code: &Rc<Code>,
        globals: &Rc<PyDict>,
        locals: Option<Rc<PyDict>>,
        args: *const Value,
        nargs: usize,
    ) -> FrameBox {
        let recycled = match pool.pop() {
            Some(f) => Some(f),
            None => Self::spare(),
        };
        FrameBox(ManuallyDrop::new(match recycled {
            Some(mut f) => {
                unsafe { f.reinit(code, globals, locals, args, nargs) };
                f
            }
            None => {
                let mut f = Box::new(Frame::new(code.clone(), globals.clone(), locals));
                // SAFETY: the fresh frame's first locals are Undef, which owns nothing.
                unsafe { std::ptr::copy_nonoverlapping(args, f.stack.as_mut_ptr(), nargs) };
                f
            }
        }))
    }

    #[cold]
    fn spare() -> Option<Box<Frame>> {
        SPARE_FRAMES.with(|p| p.borrow_mut().pop())
    }

    /// Release what the frame refers to and keep it in `pool`.
    #[inline(always)]
    pub fn recycle_into(self, pool: &mut Vec<Box<Frame>>) {
        let mut this = ManuallyDrop::new(self);
        // SAFETY: `this` is never dropped, so the box is taken exactly once.
        let mut frame = unsafe { ManuallyDrop::take(&mut this.0) };
        frame.clear_for_reuse();
        if pool.len() < FRAME_POOL_MAX {
            push_inline(pool, frame);
        }
    }
}

impl Drop for FrameBox {
    fn drop(&mut self) {
        // SAFETY: the box is taken exactly once, here, and `self` is not used after.
        let mut frame = unsafe { ManuallyDrop::take(&mut self.0) };
        // Clearing may run Python code (finalizers) that uses the pool: no borrow held.
        frame.clear_for_reuse();
        SPARE_FRAMES.with(|p| {
            let mut p = p.borrow_mut();
            if p.len() < FRAME_POOL_MAX {
                p.push(frame);
            }
        });
    }
}

impl Deref for FrameBox {
    type Target = Frame;
    #[inline(always)]
    fn deref(&self) -> &Frame {
        &self.0
    }
}

impl DerefMut for FrameBox {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut Frame {
        &mut self.0
    }
}
