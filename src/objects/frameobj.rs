//! Read-only views of code objects and suspended generator frames.

use crate::bytecode::{Code, Op};
use crate::vm::Vm;
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
    let locals = crate::vm::dict::PyDict::new();
    let line = match &*g.frame.borrow() {
        Some(f) => {
            // Fast locals, then cell and free variables, as CPython's f_locals shows them.
            for (n, v) in f.code.varnames.iter().zip(f.fast.iter()) {
                if !v.is_undef() {
                    locals.set_str(n.clone(), v.clone());
                }
            }
            let cell_names = f.code.cellvars.iter().chain(f.code.freevars.iter());
            for (n, c) in cell_names.zip(f.cells.iter()) {
                let v = c.value.borrow().clone();
                if !v.is_undef() {
                    locals.set_str(n.clone(), v);
                }
            }
            ns.set_str(vm.intern("f_globals"), Value::Dict(f.globals.clone()));
            // Not started yet: CPython reports the `def` line.
            if f.ip == 0 {
                g.code.firstlineno
            } else {
                f.line()
            }
        }
        None => g.code.firstlineno,
    };
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
    match &*g.frame.borrow() {
        Some(f) if f.ip >= 2 && matches!(f.code.ops.get(f.ip - 2), Some(Op::Send(_))) => {
            f.stack.last().cloned().unwrap_or(Value::None)
        }
        _ => Value::None,
    }
}
