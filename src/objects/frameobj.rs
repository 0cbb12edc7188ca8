//! Read-only views of code objects and suspended generator frames.

use crate::bytecode::{Code, Op};
use crate::vm::Vm;
use crate::vm::frame::Frame;
use crate::vm::value::*;
use std::rc::Rc;

pub fn code_attr(c: &Rc<Code>, name: &str) -> Option<Value> {
    let strs = |v: &[Rc<PyStr>]| Value::tuple(v.iter().map(|s| Value::Str(s.clone())).collect());
    Some(match name {
        "co_name" => Value::Str(c.name.clone()),
        "co_qualname" => Value::Str(c.qualname.clone()),
        "co_filename" => Value::Str(c.filename.clone()),
        "co_firstlineno" => Value::Int(c.firstlineno as i64),
        "co_argcount" => Value::Int(c.argcount as i64),
        "co_posonlyargcount" => Value::Int(c.posonlyargcount as i64),
        "co_kwonlyargcount" => Value::Int(c.kwonlyargcount as i64),
        "co_flags" => Value::Int(c.flags as i64),
        "co_nlocals" => Value::Int(c.varnames.len() as i64),
        "co_varnames" => strs(&c.varnames),
        "co_cellvars" => strs(&c.cellvars),
        "co_freevars" => strs(&c.freevars),
        "co_names" => strs(&c.names),
        "co_consts" => Value::tuple(c.consts.clone()),
        "co_stacksize" => Value::Int(c.max_stack as i64),
        _ => return None,
    })
}

/// `gi_frame`: a small object with f_lineno and f_code for a suspended or running generator.
pub fn frame_proxy(vm: &mut Vm, g: &Rc<Generator>) -> Value {
    let ns = crate::vm::dict::PyDict::new();
    let mut locals = crate::vm::dict::PyDict::new();
    let line = g.with_frame(|frame| match frame {
        Some(f) => {
            locals = frame_locals(f);
            ns.set_str(vm.intern("f_globals"), Value::Dict(f.globals.clone()));
            // Not started yet: CPython reports the `def` line.
            if f.ip == 0 {
                g.code.firstlineno
            } else {
                f.line()
            }
        }
        None => g.code.firstlineno,
    });
    ns.set_str(vm.intern("f_lineno"), Value::Int(line as i64));
    ns.set_str(vm.intern("f_code"), Value::Code(g.code.clone()));
    ns.set_str(vm.intern("f_locals"), Value::Dict(Rc::new(locals)));
    ns.set_str(vm.intern("f_back"), Value::None);
    let t = vm.types.frame.clone();
    Value::Instance(Rc::new(Instance {
        cls: std::cell::RefCell::new(t),
        dict: Some(Rc::new(ns)),
        payload: Payload::None,
    }))
}

/// `gi_yieldfrom`: the iterator a suspended generator delegates to.
pub fn yield_from_target(g: &Rc<Generator>) -> Value {
    if g.state.get() != GenState::Suspended {
        return Value::None;
    }
    g.with_frame(|frame| match frame {
        Some(f) if f.ip >= 2 && matches!(f.code.ops.get(f.ip - 2), Some(Op::Send(_))) => {
            f.stack.last().cloned().unwrap_or(Value::None)
        }
        _ => Value::None,
    })
}

/// `exc.__traceback__`: the chain of traceback objects, outermost first (`tb_next` goes
/// towards the frame that raised), each with `tb_frame`, `tb_lineno` and `tb_lasti`.
/// Built from the exception's recorded (code, line) entries; frames the exception left
/// show their locals.
pub fn traceback_of(vm: &mut Vm, exc: &Value) -> Value {
    let Value::Instance(i) = exc else {
        return Value::None;
    };
    let Some(d) = i.exc() else {
        return Value::None;
    };
    type Locals = Option<Rc<crate::vm::dict::PyDict>>;
    let (entries, locals): (Vec<(Rc<Code>, u32)>, Vec<Locals>) = {
        let d = d.borrow();
        // Entries are innermost first; the kept frames were left innermost first too.
        let locals = d
            .traceback
            .iter()
            .enumerate()
            .map(|(k, (code, _))| {
                d.frames
                    .get(k)
                    .filter(|f| Rc::ptr_eq(&f.code, code))
                    .map(|f| Rc::new(frame_locals(f)))
            })
            .collect();
        (d.traceback.to_vec(), locals)
    };
    let mut next = Value::None;
    for ((code, ip), locals) in entries.into_iter().zip(locals) {
        let line = code.line_for(ip as usize);
        let frame = snapshot_frame(vm, &code, line, locals);
        let ns = crate::vm::dict::PyDict::new();
        ns.set_str(vm.intern("tb_frame"), frame);
        ns.set_str(vm.intern("tb_lineno"), Value::Int(line as i64));
        ns.set_str(vm.intern("tb_lasti"), Value::Int(-1));
        ns.set_str(vm.intern("tb_next"), next);
        let t = vm.types.traceback.clone();
        next = Value::Instance(Rc::new(Instance {
            cls: std::cell::RefCell::new(t),
            dict: Some(Rc::new(ns)),
            payload: Payload::None,
        }));
    }
    next
}

/// A frame's variables as `f_locals` shows them: fast locals, then cells and free variables.
pub fn frame_locals(f: &Frame) -> crate::vm::dict::PyDict {
    let locals = crate::vm::dict::PyDict::new();
    for (n, v) in f.code.varnames.iter().zip(f.fast().iter()) {
        if !v.is_undef() {
            locals.set_str(n.clone(), v.clone());
        }
    }
    let cell_names = f.code.cellvars.iter().chain(f.code.freevars.iter());
    for (n, c) in cell_names.zip(f.cells()) {
        let v = c.value.borrow().clone();
        if !v.is_undef() {
            locals.set_str(n.clone(), v);
        }
    }
    locals
}

fn snapshot_frame(
    vm: &mut Vm,
    code: &Rc<Code>,
    line: u32,
    locals: Option<Rc<crate::vm::dict::PyDict>>,
) -> Value {
    let ns = crate::vm::dict::PyDict::new();
    ns.set_str(vm.intern("f_lineno"), Value::Int(line as i64));
    ns.set_str(vm.intern("f_code"), Value::Code(code.clone()));
    let locals = locals.unwrap_or_else(|| Rc::new(crate::vm::dict::PyDict::new()));
    ns.set_str(vm.intern("f_locals"), Value::Dict(locals));
    ns.set_str(vm.intern("f_back"), Value::None);
    let t = vm.types.frame.clone();
    Value::Instance(Rc::new(Instance {
        cls: std::cell::RefCell::new(t),
        dict: Some(Rc::new(ns)),
        payload: Payload::None,
    }))
}
