//! Parser glue: ruff_python_parser produces the AST; errors become SyntaxError.

use crate::bytecode::Code;
use crate::vm::Vm;
use crate::vm::value::*;
use std::rc::Rc;

/// Parse and compile source text (a module, or an expression when `eval`).
pub fn compile_source(vm: &mut Vm, src: &str, filename: &str, eval: bool) -> PyResult<Rc<Code>> {
    vm.sources.insert(filename.to_string(), Rc::from(src));
    let starts = crate::compiler::line_starts(src);
    let result = if eval {
        match ruff_python_parser::parse_expression(src.trim_start()) {
            Ok(p) => {
                let e = p.into_syntax();
                let lead = src.len() - src.trim_start().len();
                let trimmed = &src[lead..];
                crate::compiler::compile_module(trimmed, &[], filename, Some(&e.body))
            }
            Err(e) => {
                return Err(syntax_error(
                    vm,
                    &e.error.to_string(),
                    crate::compiler::offset_to_line(&starts, e.location.start().to_u32()),
                    filename,
                ));
            }
        }
    } else {
        match ruff_python_parser::parse_module(src) {
            Ok(p) => {
                let m = p.into_syntax();
                crate::compiler::compile_module(src, &m.body, filename, None)
            }
            Err(e) => {
                return Err(syntax_error(
                    vm,
                    &e.error.to_string(),
                    crate::compiler::offset_to_line(&starts, e.location.start().to_u32()),
                    filename,
                ));
            }
        }
    };
    result.map_err(|e| syntax_error(vm, &e.msg, e.line, filename))
}

fn syntax_error(vm: &mut Vm, msg: &str, line: u32, filename: &str) -> Value {
    let t = vm.exc.syntax_error.clone();
    let msg =
        if msg.starts_with("Expected") || msg.starts_with("Unexpected") || msg.contains("token") {
            "invalid syntax".to_string()
        } else {
            msg.to_string()
        };
    let e = vm.new_exc(&t, &msg);
    if let Value::Instance(i) = &e
        && let Some(d) = &i.dict
    {
        d.set_str(vm.intern("lineno"), Value::Int(line as i64));
        d.set_str(vm.intern("filename"), Value::str(filename));
        d.set_str(vm.intern("msg"), Value::str(&msg));
    }
    e
}
