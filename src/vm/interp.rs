//! The dispatch loop. Python-to-Python calls, generator resumption, returns and yields
//! all push or pop VM frames and continue this same loop: the Rust stack does not grow.

use super::Vm;
use super::frame::{ExitMode, Frame, FrameBox};
use super::value::*;
use crate::bytecode::{CmpOp, Op};
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
            let code: &crate::bytecode::Code = unsafe { &*Rc::as_ptr(&f.code) };
            let ops: &[Op] = &code.ops;
            loop {
                let op = ops[f.ip];
                f.ip += 1;
                let res: PyResult<()> = match op {
                    Op::Nop => Ok(()),
                    Op::PopTop => {
                        if let Some(v) = f.stack.pop() {
                            v.release();
                        }
                        Ok(())
                    }
                    Op::Copy(n) => {
                        let v = f.stack[f.stack.len() - n as usize].clone();
                        f.stack.push(v);
                        Ok(())
                    }
                    Op::Swap(n) => {
                        let len = f.stack.len();
                        f.stack.swap(len - 1, len - n as usize);
                        Ok(())
                    }
                    Op::PushNull => {
                        f.stack.push(Value::Undef);
                        Ok(())
                    }
                    Op::LoadConst(i) => {
                        f.stack.push(code.consts[i as usize].clone());
                        Ok(())
                    }
                    Op::LoadFast(i) => {
                        let v = &f.stack[i as usize];
                        if v.is_undef() {
                            self.unbound_local(code, i as usize)
                        } else {
                            f.stack.push(v.clone());
                            Ok(())
                        }
                    }
                    Op::LoadFastConst(l, c) => {
                        let v = &f.stack[l as usize];
                        if v.is_undef() {
                            self.unbound_local(code, l as usize)
                        } else {
                            f.stack.push(v.clone());
                            f.stack.push(code.consts[c as usize].clone());
                            f.ip += 1;
                            continue;
                        }
                    }
                    Op::LoadFastFast(a, b) => {
                        let v = &f.stack[a as usize];
                        if v.is_undef() {
                            self.unbound_local(code, a as usize)
                        } else {
                            f.stack.push(v.clone());
                            // From here on errors belong to the second instruction.
                            f.ip += 1;
                            let w = &f.stack[b as usize];
                            if w.is_undef() {
                                self.unbound_local(code, b as usize)
                            } else {
                                f.stack.push(w.clone());
                                continue;
                            }
                        }
                    }
                    Op::PushNullLoadGlobal(i) => {
                        f.stack.push(Value::Undef);
                        f.ip += 1;
                        self.load_global_op(
                            code,
                            i,
                            &f.globals,
                            f.builtins.as_deref(),
                            &mut f.stack,
                        )
                    }
                    Op::StoreFast(i) => {
                        let v = f.stack.pop().expect("stack");
                        std::mem::replace(&mut f.stack[i as usize], v).release();
                        Ok(())
                    }
                    Op::DeleteFast(i) => {
                        if f.stack[i as usize].is_undef() {
                            self.unbound_local(code, i as usize)
                        } else {
                            let old = std::mem::take(&mut f.stack[i as usize]);
                            drop(old);
                            Ok(())
                        }
                    }
                    Op::LoadDeref(i) | Op::LoadClassDeref(i) => {
                        let mut found = None;
                        if let Op::LoadClassDeref(_) = op
                            && let Some(l) = &f.locals
                        {
                            let name = self.deref_name(code, i);
                            found = l.get_str(&name);
                        }
                        match found {
                            Some(v) => {
                                f.stack.push(v);
                                Ok(())
                            }
                            None => {
                                let v = f.cell(i as usize).value.borrow().clone();
                                if v.is_undef() {
                                    let name = self.deref_name(code, i);
                                    let t = self.exc.name_error.clone();
                                    Err(self.new_exc(
                                        &t,
                                        &format!(
                                            "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                                            name.s
                                        ),
                                    ))
                                } else {
                                    f.stack.push(v);
                                    Ok(())
                                }
                            }
                        }
                    }
                    Op::StoreDeref(i) => {
                        let v = f.stack.pop().expect("stack");
                        let old = std::mem::replace(&mut *f.cell(i as usize).value.borrow_mut(), v);
                        drop(old);
                        Ok(())
                    }
                    Op::DeleteDeref(i) => {
                        let old = std::mem::take(&mut *f.cell(i as usize).value.borrow_mut());
                        drop(old);
                        Ok(())
                    }
                    Op::LoadClosure(i) => {
                        f.stack.push(Value::Cell(f.cell(i as usize).clone()));
                        Ok(())
                    }
                    Op::LoadGlobal(i) => self.load_global_op(
                        code,
                        i,
                        &f.globals,
                        f.builtins.as_deref(),
                        &mut f.stack,
                    ),
                    Op::StoreGlobal(i) => {
                        let v = f.stack.pop().expect("stack");
                        self.store_global(code, i, &f.globals, v);
                        Ok(())
                    }
                    Op::DeleteGlobal(i) => {
                        let name = &code.names[i as usize];
                        match f.globals.remove_str(name) {
                            Some(_) => Ok(()),
                            None => self.name_error(&name.s),
                        }
                    }
                    Op::LoadName(i) => {
                        let name = &code.names[i as usize];
                        let r = match &f.locals {
                            // Module level: the namespace is the globals.
                            Some(l) if Rc::ptr_eq(l, &f.globals) => {
                                if self.load_global_onto(
                                    code,
                                    i,
                                    &f.globals,
                                    f.builtins.as_deref(),
                                    &mut f.stack,
                                ) {
                                    continue;
                                }
                                None
                            }
                            Some(l) => l.get_str(name).or_else(|| {
                                self.load_global(code, i, &f.globals, f.builtins.as_deref())
                            }),
                            None => self.load_global(code, i, &f.globals, f.builtins.as_deref()),
                        };
                        match r {
                            Some(v) => {
                                f.stack.push(v);
                                Ok(())
                            }
                            None => self.name_error(&name.s),
                        }
                    }
                    Op::StoreName(i) => {
                        let v = f.stack.pop().expect("stack");
                        match &f.locals {
                            Some(l) if !Rc::ptr_eq(l, &f.globals) => {
                                l.set_str(code.names[i as usize].clone(), v)
                            }
                            _ => self.store_global(code, i, &f.globals, v),
                        }
                        Ok(())
                    }
                    Op::DeleteName(i) => {
                        let name = &code.names[i as usize];
                        let ns = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                        match ns.remove_str(name) {
                            Some(_) => Ok(()),
                            None => self.name_error(&name.s),
                        }
                    }
                    Op::LoadAttr(i) => {
                        let obj = f.stack.pop().expect("stack");
                        self.load_attr_cached(code, i, &obj)
                            .map(|v| f.stack.push(v))
                    }
                    Op::LoadMethod(i) => {
                        let obj = f.stack.pop().expect("stack");
                        match self.load_method_cached(code, i, obj) {
                            Ok((a, b)) => {
                                f.stack.push(a);
                                f.stack.push(b);
                                Ok(())
                            }
                            Err(e) => Err(e),
                        }
                    }
                    Op::StoreAttr(i) => {
                        let obj = f.stack.pop().expect("stack");
                        let v = f.stack.pop().expect("stack");
                        self.store_attr_cached(code, i, &obj, v)
                    }
                    Op::DeleteAttr(i) => {
                        let obj = f.stack.pop().expect("stack");
                        self.del_attr(&obj, &code.names[i as usize])
                    }
                    Op::BinarySubscr => {
                        let idx = f.stack.pop().expect("stack");
                        let obj = f.stack.pop().expect("stack");
                        // Fast path: list[int]
                        if let (Value::List(l), Value::Int(i)) = (&obj, &idx) {
                            let l = l.borrow();
                            let n = l.len() as i64;
                            let j = if *i < 0 { *i + n } else { *i };
                            if j >= 0 && j < n {
                                f.stack.push(l[j as usize].clone());
                                continue;
                            }
                        }
                        self.getitem(&obj, &idx).map(|v| f.stack.push(v))
                    }
                    Op::StoreSubscr => {
                        let idx = f.stack.pop().expect("stack");
                        let obj = f.stack.pop().expect("stack");
                        let v = f.stack.pop().expect("stack");
                        self.setitem(&obj, idx, v)
                    }
                    Op::DeleteSubscr => {
                        let idx = f.stack.pop().expect("stack");
                        let obj = f.stack.pop().expect("stack");
                        self.delitem(&obj, &idx)
                    }
                    Op::BinaryOp(bop) | Op::InplaceOp(bop) => {
                        let b = f.stack.pop().expect("stack");
                        let a = f.stack.pop().expect("stack");
                        if let (Value::Int(x), Value::Int(y)) = (&a, &b)
                            && let Some(r) = super::ops::int_fast(bop, *x, *y)
                        {
                            f.stack.push(Value::int(r));
                            a.release();
                            b.release();
                            continue;
                        }
                        let next = ops.get(f.ip);
                        let a = match super::ops::str_add_to_local(bop, a, &b, next, f.fast_mut()) {
                            Ok(s) => {
                                f.stack.push(s);
                                continue;
                            }
                            Err(a) => a,
                        };
                        let r = if let Op::InplaceOp(_) = op {
                            self.inplace_op(bop, a, b)
                        } else {
                            self.binary_op(bop, &a, &b)
                        };
                        r.map(|v| f.stack.push(v))
                    }
                    Op::UnaryNeg | Op::UnaryPos | Op::UnaryInvert => {
                        let a = f.stack.pop().expect("stack");
                        self.unary_op(op, &a).map(|v| f.stack.push(v))
                    }
                    Op::UnaryNot => {
                        let a = f.stack.pop().expect("stack");
                        match self.truthy(&a) {
                            Ok(t) => {
                                f.stack.push(Value::Bool(!t));
                                Ok(())
                            }
                            Err(e) => Err(e),
                        }
                    }
                    Op::Compare(cop) => {
                        let b = f.stack.pop().expect("stack");
                        let a = f.stack.pop().expect("stack");
                        if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
                            let r = match cop {
                                CmpOp::Lt => x < y,
                                CmpOp::Le => x <= y,
                                CmpOp::Eq => x == y,
                                CmpOp::Ne => x != y,
                                CmpOp::Gt => x > y,
                                CmpOp::Ge => x >= y,
                            };
                            // A conditional jump on the result (the usual case) is taken
                            // here: the bool never goes through the stack.
                            match ops[f.ip] {
                                Op::PopJumpIfFalse(t) => {
                                    f.ip = if r { f.ip + 1 } else { t as usize };
                                }
                                Op::PopJumpIfTrue(t) => {
                                    f.ip = if r { t as usize } else { f.ip + 1 };
                                }
                                _ => f.stack.push(Value::bool(r)),
                            }
                            a.release();
                            b.release();
                            continue;
                        }
                        self.compare(cop, &a, &b).map(|v| f.stack.push(v))
                    }
                    Op::IsOp(inv) => {
                        let b = f.stack.pop().expect("stack");
                        let a = f.stack.pop().expect("stack");
                        f.stack.push(Value::Bool(a.is(&b) != inv));
                        Ok(())
                    }
                    Op::ContainsOp(inv) => {
                        let b = f.stack.pop().expect("stack");
                        let a = f.stack.pop().expect("stack");
                        match self.contains(&b, &a) {
                            Ok(r) => {
                                f.stack.push(Value::Bool(r != inv));
                                Ok(())
                            }
                            Err(e) => Err(e),
                        }
                    }
                    Op::Jump(t) => {
                        f.ip = t as usize;
                        Ok(())
                    }
                    Op::PopJumpIfFalse(t) | Op::PopJumpIfTrue(t) => {
                        let v = f.stack.pop().expect("stack");
                        let b = match v {
                            Value::Bool(b) => Ok(b),
                            other => {
                                let t = self.truthy(&other);
                                other.release();
                                t
                            }
                        };
                        match b {
                            Ok(b) => {
                                if b == matches!(op, Op::PopJumpIfTrue(_)) {
                                    f.ip = t as usize;
                                }
                                Ok(())
                            }
                            Err(e) => Err(e),
                        }
                    }
                    Op::JumpIfFalseOrPop(t) | Op::JumpIfTrueOrPop(t) => {
                        let v = f.stack.last().expect("stack").clone();
                        match self.truthy(&v) {
                            Ok(b) => {
                                if b == matches!(op, Op::JumpIfTrueOrPop(_)) {
                                    f.ip = t as usize;
                                } else {
                                    f.stack.pop();
                                }
                                Ok(())
                            }
                            Err(e) => Err(e),
                        }
                    }
                    Op::GetIter => {
                        let v = f.stack.pop().expect("stack");
                        self.get_iter(&v).map(|it| f.stack.push(it))
                    }
                    Op::ForIter(target) => {
                        let it = f.stack.last().expect("stack");
                        match it {
                            Value::Iter(ni) => {
                                let range = match &mut *ni.borrow_mut() {
                                    NativeIter::Range { next, stop, step } => {
                                        Some(range_step(next, *stop, *step))
                                    }
                                    _ => None,
                                };
                                if let Some(step) = range {
                                    match step {
                                        Some(n) => f.stack.push(Value::int(n)),
                                        None => {
                                            f.stack.pop();
                                            f.ip = target as usize;
                                        }
                                    }
                                    continue;
                                }
                                let ni = ni.clone();
                                match self.native_next(&ni) {
                                    Ok(Some(v)) => {
                                        f.stack.push(v);
                                        Ok(())
                                    }
                                    Ok(None) => {
                                        f.stack.pop();
                                        f.ip = target as usize;
                                        Ok(())
                                    }
                                    Err(e) => Err(e),
                                }
                            }
                            Value::Generator(g) if g.kind == GenKind::Generator => {
                                let g = g.clone();
                                match self.push_gen_frame(
                                    &g,
                                    Value::None,
                                    ExitMode::ForIter { exit: target },
                                ) {
                                    Ok(true) => continue 'frames,
                                    Ok(false) => {
                                        f.stack.pop();
                                        f.ip = target as usize;
                                        Ok(())
                                    }
                                    Err(e) => Err(e),
                                }
                            }
                            other => {
                                let other = other.clone();
                                match self.iter_next(&other) {
                                    Ok(Some(v)) => {
                                        f.stack.push(v);
                                        Ok(())
                                    }
                                    Ok(None) => {
                                        f.stack.pop();
                                        f.ip = target as usize;
                                        Ok(())
                                    }
                                    Err(e) => Err(e),
                                }
                            }
                        }
                    }
                    Op::BuildTuple(n) => {
                        let at = f.stack.len() - n as usize;
                        let items: Vec<Value> = f.stack.drain(at..).collect();
                        f.stack.push(Value::tuple(items));
                        Ok(())
                    }
                    Op::BuildList(n) => {
                        let at = f.stack.len() - n as usize;
                        let items: Vec<Value> = f.stack.drain(at..).collect();
                        f.stack.push(Value::list(items));
                        Ok(())
                    }
                    Op::BuildSet(n) => {
                        let at = f.stack.len() - n as usize;
                        let items: Vec<Value> = f.stack.drain(at..).collect();
                        let s = Rc::new(PySet::new());
                        let mut r = Ok(());
                        for it in items {
                            if let Err(e) = self.set_add(&s, it) {
                                r = Err(e);
                                break;
                            }
                        }
                        f.stack.push(Value::Set(s));
                        r
                    }
                    Op::BuildMap(n) => {
                        let at = f.stack.len() - 2 * n as usize;
                        let items: Vec<Value> = f.stack.drain(at..).collect();
                        let d = Rc::new(super::dict::PyDict::new());
                        let mut r = Ok(());
                        let mut it = items.into_iter();
                        while let (Some(k), Some(v)) = (it.next(), it.next()) {
                            if let Err(e) = self.dict_set(&d, k, v) {
                                r = Err(e);
                                break;
                            }
                        }
                        f.stack.push(Value::Dict(d));
                        r
                    }
                    Op::BuildSlice(n) => {
                        let step = if n == 3 {
                            f.stack.pop().expect("stack")
                        } else {
                            Value::None
                        };
                        let stop = f.stack.pop().expect("stack");
                        let start = f.stack.pop().expect("stack");
                        f.stack
                            .push(Value::Slice(Rc::new(SliceObj { start, stop, step })));
                        Ok(())
                    }
                    Op::BuildString(n) => self.build_string(&mut f.stack, n as usize),
                    Op::ListAppend(n) => {
                        let v = f.stack.pop().expect("stack");
                        let l = &f.stack[f.stack.len() - n as usize];
                        if let Value::List(l) = l {
                            l.borrow_mut().push(v);
                        }
                        Ok(())
                    }
                    Op::SetAdd(n) => {
                        let v = f.stack.pop().expect("stack");
                        let s = f.stack[f.stack.len() - n as usize].clone();
                        match s {
                            Value::Set(s) => self.set_add(&s, v),
                            _ => Ok(()),
                        }
                    }
                    Op::MapAdd(n) => {
                        let v = f.stack.pop().expect("stack");
                        let k = f.stack.pop().expect("stack");
                        let d = f.stack[f.stack.len() - n as usize].clone();
                        match d {
                            Value::Dict(d) => self.dict_set(&d, k, v),
                            _ => Ok(()),
                        }
                    }
                    Op::ListExtend(n) => {
                        let v = f.stack.pop().expect("stack");
                        let l = f.stack[f.stack.len() - n as usize].clone();
                        match self.iterate(&v) {
                            Ok(items) => {
                                if let Value::List(l) = l {
                                    l.borrow_mut().extend(items);
                                }
                                Ok(())
                            }
                            Err(e) => {
                                if self.exc_matches(&e, &self.exc.type_error.clone())
                                    && !self.is_iterable(&v)
                                {
                                    let tn = self.type_name(&v);
                                    self.type_error(format!(
                                        "Value after * must be an iterable, not {tn}"
                                    ))
                                } else {
                                    Err(e)
                                }
                            }
                        }
                    }
                    Op::SetUpdate(n) => {
                        let v = f.stack.pop().expect("stack");
                        let s = f.stack[f.stack.len() - n as usize].clone();
                        match (s, self.iterate(&v)) {
                            (Value::Set(s), Ok(items)) => {
                                let mut r = Ok(());
                                for it in items {
                                    if let Err(e) = self.set_add(&s, it) {
                                        r = Err(e);
                                        break;
                                    }
                                }
                                r
                            }
                            (_, Err(e)) => Err(e),
                            _ => Ok(()),
                        }
                    }
                    Op::DictUpdate(n) => {
                        let v = f.stack.pop().expect("stack");
                        match &f.stack[f.stack.len() - n as usize] {
                            Value::Dict(d) => self.dict_merge(&d.clone(), &v, false),
                            _ => Ok(()),
                        }
                    }
                    Op::DictMerge(n) => {
                        // Stack: [callable, args, kwargs dict (n deep)]; merging `v`.
                        let v = f.stack.pop().expect("stack");
                        let len = f.stack.len();
                        match &f.stack[len - n as usize] {
                            Value::Dict(d) => {
                                let (d, func) = (d.clone(), f.stack[len - n as usize - 2].clone());
                                self.merge_call_kwargs(&d, &v, &func)
                            }
                            _ => Ok(()),
                        }
                    }
                    Op::ListToTuple => {
                        let v = f.stack.pop().expect("stack");
                        if let Value::List(l) = v {
                            let items = std::mem::take(&mut *l.borrow_mut());
                            f.stack.push(Value::tuple(items));
                        }
                        Ok(())
                    }
                    Op::UnpackSequence(n) => {
                        let v = f.stack.pop().expect("stack");
                        self.unpack_onto(&v, n as usize, &mut f.stack)
                    }
                    Op::UnpackEx(n) => {
                        let v = f.stack.pop().expect("stack");
                        let before = (n & 0xffff) as usize;
                        let after = (n >> 16) as usize;
                        match self.unpack(&v, before, Some(after)) {
                            Ok(items) => {
                                f.stack.extend(items.into_iter().rev());
                                Ok(())
                            }
                            Err(e) => Err(e),
                        }
                    }
                    Op::FormatValue(flags) => {
                        let spec = if flags & 4 != 0 {
                            Some(f.stack.pop().expect("stack"))
                        } else {
                            None
                        };
                        let v = f.stack.pop().expect("stack");
                        self.format_value(v, flags & 3, spec)
                            .map(|s| f.stack.push(s))
                    }
                    Op::MakeFunction(flags) => {
                        let code_v = f.stack.pop().expect("stack");
                        let closure = if flags & 4 != 0 {
                            Some(f.stack.pop().expect("stack"))
                        } else {
                            None
                        };
                        let annotations = if flags & 8 != 0 {
                            Some(f.stack.pop().expect("stack"))
                        } else {
                            None
                        };
                        let kwdefaults = if flags & 2 != 0 {
                            Some(f.stack.pop().expect("stack"))
                        } else {
                            None
                        };
                        let defaults = if flags & 1 != 0 {
                            Some(f.stack.pop().expect("stack"))
                        } else {
                            None
                        };
                        let globals = f.globals.clone();
                        let v = self.make_function(
                            code_v,
                            globals,
                            [defaults, kwdefaults, annotations, closure],
                        );
                        f.stack.push(v);
                        Ok(())
                    }
                    Op::KwNames(i) => {
                        if let Value::Tuple(t) = &code.consts[i as usize] {
                            self.kwnames = Some(t.clone());
                        }
                        Ok(())
                    }
                    Op::Call(n) => {
                        let kw = self.kwnames.take();
                        let n = n as usize;
                        let len = f.stack.len();
                        // Fast path: a Python function whose parameters are exactly the
                        // arguments; they move from this stack into the new frame.
                        let has_self = !f.stack[len - n - 2].is_undef();
                        let nargs = n + has_self as usize;
                        let resume = if kw.is_none() && n <= 1 {
                            Self::direct_resume(&f.stack[len - n - 2..])
                        } else {
                            None
                        };
                        if let Some((g, v)) = resume {
                            f.stack.truncate(len - n - 2);
                            match self.gen_call_from_loop(&g, v, None) {
                                Ok(_) => continue 'frames,
                                Err(e) => Err(e),
                            }
                        } else if kw.is_none()
                            && let Value::Function(func) = &f.stack[len - nargs - 1]
                            && super::call::is_simple_call(&func.code, nargs)
                        {
                            let func = func.clone();
                            let frame = self.simple_frame_from_stack(&func, &mut f.stack, nargs);
                            f.stack.truncate(len - n - 2);
                            if func.code.is_generator_like() {
                                let g = self.new_generator(
                                    frame,
                                    func.name.borrow().clone(),
                                    func.qualname.borrow().clone(),
                                );
                                f.stack.push(g);
                                continue;
                            }
                            match self.push_call_frame(frame) {
                                Ok(()) => continue 'frames,
                                Err(e) => Err(e),
                            }
                        } else if kw.is_none()
                            && let Value::Builtin(b) = &f.stack[len - nargs - 1]
                            && b.binding.is_none()
                            && !b.resumes_generator()
                        {
                            // A builtin reads its arguments where they lie on the stack.
                            let b = b.clone();
                            // SAFETY: the arguments stay on this frame's stack until the
                            // call returns; nothing else pushes to or pops from it meanwhile
                            // (nested runs return through their own boundary frames).
                            let args = unsafe {
                                std::slice::from_raw_parts(f.stack.as_ptr().add(len - nargs), nargs)
                            };
                            let r = (b.func)(self, args, &[]);
                            f.stack.truncate(len - n - 2);
                            r.map(|v| f.stack.push(v))
                        } else {
                            let a = std::mem::take(&mut f.stack[len - n - 2]);
                            let b = std::mem::take(&mut f.stack[len - n - 1]);
                            let (callable, first) = if a.is_undef() {
                                (b, None)
                            } else {
                                (a, Some(b))
                            };
                            let mut args: Args = SmallVec::new();
                            if let Some(s) = first {
                                args.push(s);
                            }
                            args.extend(f.stack.drain(len - n..));
                            f.stack.truncate(len - n - 2);
                            match self.call_from_loop(callable, args, kw) {
                                Ok(Some(v)) => {
                                    f.stack.push(v);
                                    Ok(())
                                }
                                Ok(None) => continue 'frames,
                                Err(e) => Err(e),
                            }
                        }
                    }
                    Op::CallEx(has_kw) => {
                        let kwargs = if has_kw != 0 {
                            Some(f.stack.pop().expect("stack"))
                        } else {
                            None
                        };
                        let args_t = f.stack.pop().expect("stack");
                        let callable = f.stack.pop().expect("stack");
                        f.stack.pop();
                        match self.call_ex_from_loop(callable, args_t, kwargs) {
                            Ok(Some(v)) => {
                                f.stack.push(v);
                                Ok(())
                            }
                            Ok(None) => continue 'frames,
                            Err(e) => Err(e),
                        }
                    }
                    Op::ReturnValue => {
                        let v = f.stack.pop().expect("stack");
                        match self.frame_return(v) {
                            Ok(Some(v)) => return Ok(v),
                            Ok(None) => continue 'frames,
                            Err(e) => {
                                // Raised in the caller (StopIteration from a resumed generator, __init__ check).
                                match self.unwind(e, Raised::Fresh, base) {
                                    Ok(()) => continue 'frames,
                                    Err(e) => return Err(e),
                                }
                            }
                        }
                    }
                    Op::YieldValue => {
                        let v = f.stack.pop().expect("stack");
                        match self.frame_yield(v) {
                            Some(v) => return Ok(v),
                            None => continue 'frames,
                        }
                    }
                    Op::GetYieldFromIter => {
                        let v = f.stack.pop().expect("stack");
                        self.get_yield_from_iter(v, code.flags)
                            .map(|it| f.stack.push(it))
                    }
                    Op::GetAwaitable => {
                        let v = f.stack.pop().expect("stack");
                        self.get_awaitable(v).map(|it| f.stack.push(it))
                    }
                    Op::Send(target) => {
                        let v = f.stack.pop().expect("stack");
                        let sub = f.stack.last().expect("stack").clone();
                        match self.send_op(&sub, v, target) {
                            Ok(SendOutcome::Pushed) => continue 'frames,
                            Ok(SendOutcome::Yielded(y)) => {
                                f.stack.push(y);
                                Ok(())
                            }
                            Ok(SendOutcome::Returned(r)) => {
                                f.stack.pop();
                                f.stack.push(r);
                                f.ip = target as usize;
                                Ok(())
                            }
                            Err(e) => Err(e),
                        }
                    }
                    Op::Raise(kind) => {
                        let e = match kind {
                            0 => {
                                let cur = self.current_handled();
                                if cur.is_none() {
                                    self.runtime_error("No active exception to reraise")
                                } else {
                                    match self.unwind(cur, Raised::Reraise, base) {
                                        Ok(()) => continue 'frames,
                                        Err(e) => return Err(e),
                                    }
                                }
                            }
                            1 => {
                                let v = f.stack.pop().expect("stack");
                                self.make_raise(v, None)
                            }
                            _ => {
                                let cause = f.stack.pop().expect("stack");
                                let v = f.stack.pop().expect("stack");
                                self.make_raise(v, Some(cause))
                            }
                        };
                        // Ok holds the exception to raise; Err, a failure while building it.
                        Err(match e {
                            Ok(exc) | Err(exc) => exc,
                        })
                    }
                    Op::Reraise => {
                        let e = f.stack.pop().expect("stack");
                        match self.unwind(e, Raised::Reraise, base) {
                            Ok(()) => continue 'frames,
                            Err(e) => return Err(e),
                        }
                    }
                    Op::PushExcInfo => {
                        let exc = f.stack.pop().expect("stack");
                        let prev = std::mem::replace(&mut f.handled, exc.clone());
                        f.stack.push(prev);
                        f.stack.push(exc);
                        Ok(())
                    }
                    Op::PopExcept => {
                        let prev = f.stack.pop().expect("stack");
                        f.handled = prev;
                        Ok(())
                    }
                    Op::CheckExcMatch => {
                        let ty = f.stack.pop().expect("stack");
                        let exc = f.stack.last().expect("stack").clone();
                        match self.exception_match(&exc, &ty) {
                            Ok(b) => {
                                f.stack.push(Value::Bool(b));
                                Ok(())
                            }
                            Err(e) => Err(e),
                        }
                    }
                    Op::ImportName(i) => {
                        let fromlist = f.stack.pop().expect("stack");
                        let _level = f.stack.pop().expect("stack");
                        let name = code.names[i as usize].clone();
                        self.import_module(&name.s, !fromlist.is_none())
                            .map(|m| f.stack.push(m))
                    }
                    Op::ImportFrom(i) => {
                        let m = f.stack.last().expect("stack").clone();
                        let name = code.names[i as usize].clone();
                        self.import_from(&m, &name).map(|v| f.stack.push(v))
                    }
                    Op::ImportStar => {
                        let m = f.stack.pop().expect("stack");
                        let ns = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                        self.import_star(&m, &ns)
                    }
                    Op::LoadBuildClass => {
                        let v = self
                            .builtins
                            .get_str(&self.names.__build_class__.clone())
                            .unwrap_or(Value::None);
                        f.stack.push(v);
                        Ok(())
                    }
                    Op::BeforeWith => {
                        let mgr = f.stack.pop().expect("stack");
                        match self.before_with(&mgr) {
                            Ok((exit, entered)) => {
                                f.stack.push(exit);
                                f.stack.push(entered);
                                Ok(())
                            }
                            Err(e) => Err(e),
                        }
                    }
                    Op::WithExceptStart => {
                        let exc = f.stack.last().expect("stack").clone();
                        let exit = f.stack[f.stack.len() - 3].clone();
                        let ty = self.type_of(&exc);
                        let tb = Value::None;
                        self.call_value(exit, &[Value::Type(ty), exc, tb], &[])
                            .map(|r| f.stack.push(r))
                    }
                    Op::LoadAssertionError => {
                        f.stack.push(Value::Type(self.exc.assertion_error.clone()));
                        Ok(())
                    }
                    Op::SetupAnnotations => {
                        let ns = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                        self.setup_annotations(&ns);
                        Ok(())
                    }
                    Op::GenStart => Ok(()),
                    Op::CheckEgMatch | Op::PrepReraiseStar => {
                        match self.except_star_op(op, &mut f.stack) {
                            Ok(Some(matched)) => {
                                f.handled = matched;
                                Ok(())
                            }
                            Ok(None) => Ok(()),
                            Err(e) => Err(e),
                        }
                    }
                    Op::GetAiter | Op::GetAnext | Op::BeforeAsyncWith | Op::AsyncGenWrap => {
                        self.async_op(op, &mut f.stack)
                    }
                    Op::EndAsyncFor => {
                        let exc = f.stack.pop().expect("stack");
                        if self.exc_matches(&exc, &self.exc.stop_async_iteration.clone()) {
                            f.stack.pop();
                            Ok(())
                        } else {
                            match self.unwind(exc, Raised::Reraise, base) {
                                Ok(()) => continue 'frames,
                                Err(e) => return Err(e),
                            }
                        }
                    }
                    Op::MatchMapping
                    | Op::MatchSequence
                    | Op::MatchKeys
                    | Op::MatchClass(_)
                    | Op::GetLen
                    | Op::CopyDictWithoutKeys => self.match_op(op, &mut f.stack),
                };
                if let Err(e) = res {
                    match self.unwind(e, Raised::Fresh, base) {
                        Ok(()) => continue 'frames,
                        Err(e) => return Err(e),
                    }
                }
            }
        }
    }

    fn deref_name(&self, code: &crate::bytecode::Code, i: u32) -> Rc<PyStr> {
        let i = i as usize;
        if i < code.cellvars.len() {
            code.cellvars[i].clone()
        } else {
            code.freevars[i - code.cellvars.len()].clone()
        }
    }

    /// Build the exception for `raise v [from cause]`.
    fn make_raise(&mut self, v: Value, cause: Option<Value>) -> PyResult<Value> {
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
    fn unbound_local(&mut self, code: &crate::bytecode::Code, i: usize) -> PyResult<()> {
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
                parent.stack.push(v);
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
                    p.stack.push(v);
                    return None;
                }
                _ => {
                    if let Some(p) = self.frames.last_mut() {
                        p.stack.push(v);
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
