//! Every instruction's complete implementation, on the frame's stack vector. The
//! dispatch loop (interp.rs) runs the common cases of the hot instructions itself and
//! comes here for the rest, and for every error, with the stack pointer written back.

use super::Vm;
use super::frame::Frame;
use super::interp::{Args, Flow, Raised, SendOutcome};
use super::value::*;
use crate::bytecode::{Code, Op};
use smallvec::SmallVec;
use std::rc::Rc;

impl Vm {
    /// Execute `op` (already fetched: `f.ip` is past it) in frame `f`.
    pub(super) fn exec_slow(&mut self, f: &mut Frame, code: &Code, op: Op, base: usize) -> Flow {
        let ops: &[Op] = &code.ops;
        // These run their first instruction only here; the others follow in place.
        let op = match op {
            Op::LoadConstBinary(..) | Op::LoadFastConstBinary(..) => op.unfused(),
            _ => op,
        };
        let res: PyResult<()> = match op {
            Op::Copy(n) => {
                let v = f.stack[f.stack.len() - n as usize].clone();
                f.stack.push(v);
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
                    return Flow::Next;
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
                        return Flow::Next;
                    }
                }
            }
            Op::PushNullLoadGlobal(i) => {
                f.stack.push(Value::Undef);
                f.ip += 1;
                self.load_global_op(code, i, &f.globals, f.builtins.as_deref(), &mut f.stack)
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
            Op::LoadGlobal(i) => {
                self.load_global_op(code, i, &f.globals, f.builtins.as_deref(), &mut f.stack)
            }
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
                        self.load_global(code, i, &f.globals, f.builtins.as_deref())
                    }
                    Some(l) => l
                        .get_str(name)
                        .or_else(|| self.load_global(code, i, &f.globals, f.builtins.as_deref())),
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
            Op::DeleteAttr(i) => {
                let obj = f.stack.pop().expect("stack");
                self.del_attr(&obj, &code.names[i as usize])
            }
            Op::BinarySubscr => {
                let idx = f.stack.pop().expect("stack");
                let obj = f.stack.pop().expect("stack");
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
                let next = ops.get(f.ip);
                let a = match super::ops::str_add_to_local(bop, a, &b, next, f.fast_mut()) {
                    Ok(s) => {
                        f.stack.push(s);
                        return Flow::Next;
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
                self.compare(cop, &a, &b).map(|v| f.stack.push(v))
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
                // Range iterators and generators are advanced by the dispatch loop.
                let it = f.stack.last().expect("stack").clone();
                match self.iter_next(&it) {
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
                            self.type_error(format!("Value after * must be an iterable, not {tn}"))
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
                // Calls without keywords to Python functions, builtins and generator
                // resumptions are made by the dispatch loop.
                let kw = self.kwnames.take();
                let n = n as usize;
                let len = f.stack.len();
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
                    Ok(None) => return Flow::Frames,
                    Err(e) => Err(e),
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
                    Ok(None) => return Flow::Frames,
                    Err(e) => Err(e),
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
                    Ok(SendOutcome::Pushed) => return Flow::Frames,
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
                                Ok(()) => return Flow::Frames,
                                Err(e) => return Flow::Raise(e),
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
                    Ok(()) => return Flow::Frames,
                    Err(e) => return Flow::Raise(e),
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
            Op::CheckEgMatch | Op::PrepReraiseStar => match self.except_star_op(op, &mut f.stack) {
                Ok(Some(matched)) => {
                    f.handled = matched;
                    Ok(())
                }
                Ok(None) => Ok(()),
                Err(e) => Err(e),
            },
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
                        Ok(()) => return Flow::Frames,
                        Err(e) => return Flow::Raise(e),
                    }
                }
            }
            Op::MatchMapping
            | Op::MatchSequence
            | Op::MatchKeys
            | Op::MatchClass(_)
            | Op::GetLen
            | Op::CopyDictWithoutKeys => self.match_op(op, &mut f.stack),
            Op::Nop
            | Op::GenStart
            | Op::PopTop
            | Op::Swap(_)
            | Op::StoreFast(_)
            | Op::StoreFastLoadFast(..)
            | Op::LoadConstBinary(..)
            | Op::LoadFastConstBinary(..)
            | Op::IsOp(_)
            | Op::Jump(_)
            | Op::LoadAttr(_)
            | Op::LoadMethod(_)
            | Op::StoreAttr(_)
            | Op::ReturnValue
            | Op::YieldValue => unreachable!("always run by the dispatch loop"),
        };
        match res {
            Ok(()) => Flow::Next,
            Err(e) => match self.unwind(e, Raised::Fresh, base) {
                Ok(()) => Flow::Frames,
                Err(e) => Flow::Raise(e),
            },
        }
    }
}
