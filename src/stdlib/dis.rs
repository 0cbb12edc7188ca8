//! dis: a listing of coil's own bytecode (the instruction set is coil's, not CPython's;
//! the layout follows CPython's `dis` so the output reads the same way).

use super::{new_module, set_fn};
use crate::bytecode::*;
use crate::objects::{KwArgs, kwarg};
use crate::vm::Vm;
use crate::vm::value::*;
use std::fmt::Write;
use std::rc::Rc;

/// Flag names in CPython's order (as `dis.show_code` prints them).
const FLAG_NAMES: &[(u32, &str)] = &[
    (CO_OPTIMIZED, "OPTIMIZED"),
    (CO_NEWLOCALS, "NEWLOCALS"),
    (CO_VARARGS, "VARARGS"),
    (CO_VARKEYWORDS, "VARKEYWORDS"),
    (CO_NESTED, "NESTED"),
    (CO_GENERATOR, "GENERATOR"),
    (CO_NOFREE, "NOFREE"),
    (CO_COROUTINE, "COROUTINE"),
    (CO_ITERABLE_COROUTINE, "ITERABLE_COROUTINE"),
    (CO_ASYNC_GENERATOR, "ASYNC_GENERATOR"),
];

pub fn flags_repr(flags: u32) -> String {
    let mut names: Vec<String> = FLAG_NAMES
        .iter()
        .filter(|(bit, _)| flags & bit != 0)
        .map(|(_, n)| n.to_string())
        .collect();
    let known = FLAG_NAMES.iter().fold(0, |acc, (bit, _)| acc | bit);
    if flags & !known != 0 {
        names.push(format!("{:#x}", flags & !known));
    }
    if names.is_empty() {
        "0x0".into()
    } else {
        names.join(", ")
    }
}

/// `LoadConst` -> `LOAD_CONST`.
fn upper_snake(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_uppercase());
    }
    out
}

/// The instruction's name, its numeric argument (if any) and a readable rendering of it.
fn describe(vm: &mut Vm, code: &Code, op: Op) -> PyResult<(String, String, String)> {
    // A superinstruction is listed as the first instruction it stands in for (the
    // second follows it in the listing).
    let op = op.unfused();
    let debug = format!("{op:?}");
    let (name, raw) = match debug.split_once('(') {
        Some((n, rest)) => (n.to_string(), rest.trim_end_matches(')').to_string()),
        None => (debug.clone(), String::new()),
    };
    let idx = raw.parse::<usize>().ok();
    let pick = |table: &[Rc<PyStr>], i: usize| table.get(i).map(|s| s.s.to_string());
    let cell_name = |i: usize| {
        let nc = code.cellvars.len();
        if i < nc {
            pick(&code.cellvars, i)
        } else {
            pick(&code.freevars, i - nc)
        }
    };
    let shown = match (op, idx) {
        (Op::LoadConst(_) | Op::KwNames(_), Some(i)) => match code.consts.get(i) {
            Some(Value::Code(c)) => Some(format!("<code object {}>", c.name.s)),
            Some(v) => Some(vm.repr_of(&v.clone())?),
            None => None,
        },
        (Op::LoadFast(_) | Op::StoreFast(_) | Op::DeleteFast(_), Some(i)) => {
            pick(&code.varnames, i)
        }
        (
            Op::LoadDeref(_)
            | Op::StoreDeref(_)
            | Op::DeleteDeref(_)
            | Op::LoadClosure(_)
            | Op::LoadClassDeref(_),
            Some(i),
        ) => cell_name(i),
        (
            Op::LoadGlobal(_)
            | Op::StoreGlobal(_)
            | Op::DeleteGlobal(_)
            | Op::LoadName(_)
            | Op::StoreName(_)
            | Op::DeleteName(_)
            | Op::LoadAttr(_)
            | Op::StoreAttr(_)
            | Op::DeleteAttr(_)
            | Op::LoadMethod(_)
            | Op::ImportName(_)
            | Op::ImportFrom(_),
            Some(i),
        ) => pick(&code.names, i),
        (
            Op::Jump(_)
            | Op::PopJumpIfFalse(_)
            | Op::PopJumpIfTrue(_)
            | Op::JumpIfFalseOrPop(_)
            | Op::JumpIfTrueOrPop(_)
            | Op::ForIter(_)
            | Op::Send(_),
            Some(i),
        ) => Some(format!("to {i}")),
        (Op::BinaryOp(b), _) => Some(b.symbol().to_string()),
        (Op::InplaceOp(b), _) => Some(format!("{}=", b.symbol())),
        (Op::Compare(c), _) => Some(c.symbol().to_string()),
        _ => None,
    };
    let arg = if idx.is_some() {
        raw.clone()
    } else {
        String::new()
    };
    let shown = shown.unwrap_or_else(|| if idx.is_some() { String::new() } else { raw });
    Ok((upper_snake(&name), arg, shown))
}

fn jump_target(op: Op) -> Option<u32> {
    match op {
        Op::Jump(t)
        | Op::PopJumpIfFalse(t)
        | Op::PopJumpIfTrue(t)
        | Op::JumpIfFalseOrPop(t)
        | Op::JumpIfTrueOrPop(t)
        | Op::ForIter(t)
        | Op::Send(t) => Some(t),
        _ => None,
    }
}

/// The disassembly of one code object (and, after it, of the code objects in its constants).
pub fn disassemble(vm: &mut Vm, code: &Code, out: &mut String) -> PyResult<()> {
    let targets: std::collections::HashSet<u32> = code
        .ops
        .iter()
        .filter_map(|op| jump_target(*op))
        .chain(code.exc_table.iter().map(|e| e.target))
        .collect();
    let mut last_line = None;
    for (i, op) in code.ops.iter().enumerate() {
        let line = code.line_for(i);
        let line_col = if last_line != Some(line) {
            if last_line.is_some() {
                out.push('\n');
            }
            last_line = Some(line);
            line.to_string()
        } else {
            String::new()
        };
        let marker = if targets.contains(&(i as u32)) {
            ">>"
        } else {
            "  "
        };
        let (name, arg, shown) = describe(vm, code, *op)?;
        let mut row = format!("{line_col:>4}     {marker} {i:>5} {name:<24}");
        if !arg.is_empty() {
            let _ = write!(row, " {arg:>4}");
        }
        if !shown.is_empty() {
            let _ = write!(row, " ({shown})");
        }
        out.push_str(row.trim_end());
        out.push('\n');
    }
    if !code.exc_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exc_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]",
                e.start,
                e.end.saturating_sub(1),
                e.target,
                e.depth
            );
        }
    }
    for c in &code.consts {
        if let Value::Code(inner) = c {
            let _ = write!(
                out,
                "\nDisassembly of <code object {} at {:#x}, file \"{}\", line {}>:\n",
                inner.name.s,
                Rc::as_ptr(inner) as usize,
                inner.filename.s,
                inner.firstlineno
            );
            disassemble(vm, inner, out)?;
        }
    }
    Ok(())
}

/// The code object behind a function, method, generator, coroutine or code value.
fn code_of(vm: &mut Vm, x: &Value) -> PyResult<Option<Rc<Code>>> {
    Ok(match x {
        Value::Code(c) => Some(c.clone()),
        Value::Function(f) => Some(f.code.clone()),
        Value::Generator(g) => Some(g.code.clone()),
        Value::BoundMethod(m) => code_of(vm, &m.func)?,
        Value::StaticMethod(f) | Value::ClassMethod(f) => code_of(vm, f)?,
        Value::Str(s) => Some(crate::parser::compile_source(vm, &s.s, "<dis>", false)?),
        _ => None,
    })
}

fn code_info(vm: &mut Vm, code: &Code) -> PyResult<String> {
    let mut out = String::new();
    let _ = writeln!(out, "Name:              {}", code.name.s);
    let _ = writeln!(out, "Filename:          {}", code.filename.s);
    let _ = writeln!(out, "Argument count:    {}", code.argcount);
    let _ = writeln!(out, "Positional-only arguments: {}", code.posonlyargcount);
    let _ = writeln!(out, "Kw-only arguments: {}", code.kwonlyargcount);
    let _ = writeln!(out, "Number of locals:  {}", code.varnames.len());
    let _ = writeln!(out, "Stack size:        {}", code.max_stack);
    let _ = writeln!(out, "Flags:             {}", flags_repr(code.flags));
    if !code.consts.is_empty() {
        out.push_str("Constants:\n");
        for (i, c) in code.consts.iter().enumerate() {
            let r = match c {
                Value::Code(inner) => format!(
                    "<code object {} at {:#x}, file \"{}\", line {}>",
                    inner.name.s,
                    Rc::as_ptr(inner) as usize,
                    inner.filename.s,
                    inner.firstlineno
                ),
                other => vm.repr_of(other)?,
            };
            let _ = writeln!(out, "{i:>4}: {r}");
        }
    }
    for (title, table) in [
        ("Names", &code.names),
        ("Variable names", &code.varnames),
        ("Free variables", &code.freevars),
        ("Cell variables", &code.cellvars),
    ] {
        if !table.is_empty() {
            let _ = writeln!(out, "{title}:");
            for (i, n) in table.iter().enumerate() {
                let _ = writeln!(out, "{i:>4}: {}", n.s);
            }
        }
    }
    Ok(out.trim_end_matches('\n').to_string())
}

fn need_code(vm: &mut Vm, x: &Value) -> PyResult<Rc<Code>> {
    match code_of(vm, x)? {
        Some(c) => Ok(c),
        None => {
            let tn = vm.type_name(x);
            vm.type_error(format!("don't know how to disassemble {tn} objects"))
        }
    }
}

fn d_dis(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let file = kwarg(kw, "file").unwrap_or(Value::None);
    let x = a.first().cloned().unwrap_or(Value::None);
    let mut out = String::new();
    if let Value::Type(t) = &x {
        // A class: disassemble each method, in definition order.
        for (k, v) in t.dict.items() {
            if let Some(c) = code_of(vm, &v)?
                && !matches!(v, Value::Str(_))
            {
                let _ = writeln!(out, "Disassembly of {}:", vm.str_of(&k)?);
                disassemble(vm, &c, &mut out)?;
                out.push('\n');
            }
        }
    } else {
        let code = need_code(vm, &x)?;
        disassemble(vm, &code, &mut out)?;
    }
    crate::stdlib::sys::write_to(vm, &file, &out)?;
    Ok(Value::None)
}

fn d_code_info(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let x = a.first().cloned().unwrap_or(Value::None);
    let code = need_code(vm, &x)?;
    Ok(Value::str(&code_info(vm, &code)?))
}

fn d_show_code(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let file = kwarg(kw, "file").unwrap_or(Value::None);
    let x = a.first().cloned().unwrap_or(Value::None);
    let code = need_code(vm, &x)?;
    let mut text = code_info(vm, &code)?;
    text.push('\n');
    crate::stdlib::sys::write_to(vm, &file, &text)?;
    Ok(Value::None)
}

fn d_pretty_flags(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match a.first() {
        Some(Value::Int(n)) => Ok(Value::str(&flags_repr(*n as u32))),
        _ => vm.type_error("pretty_flags() expects an int"),
    }
}

pub fn module(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module(vm, "dis");
    set_fn(vm, &d, "dis", d_dis);
    set_fn(vm, &d, "disassemble", d_dis);
    set_fn(vm, &d, "show_code", d_show_code);
    set_fn(vm, &d, "code_info", d_code_info);
    set_fn(vm, &d, "pretty_flags", d_pretty_flags);
    let cf = vm.intern("COMPILER_FLAG_NAMES");
    let by_bit = Rc::new(crate::vm::dict::PyDict::new());
    for (bit, name) in FLAG_NAMES {
        vm.dict_set(&by_bit, Value::Int(*bit as i64), Value::str(name))?;
    }
    d.set_str(cf, Value::Dict(by_bit));
    Ok(m)
}
