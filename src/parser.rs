//! Parser glue: ruff_python_parser produces the AST; errors become SyntaxError.

use crate::bytecode::Code;
use crate::vm::Vm;
use crate::vm::value::*;
use ruff_text_size::TextRange;
use std::rc::Rc;

/// Parse and compile source text (a module, or an expression when `eval`).
pub fn compile_source(vm: &mut Vm, src: &str, filename: &str, eval: bool) -> PyResult<Rc<Code>> {
    vm.sources.insert(filename.to_string(), Rc::from(src));
    // eval() ignores leading whitespace; positions are then relative to the rest.
    let text = if eval { src.trim_start() } else { src };
    let result = if eval {
        match ruff_python_parser::parse_expression(text) {
            Ok(p) => {
                let e = p.into_syntax();
                crate::compiler::compile_module(text, &[], filename, Some(&e.body))
            }
            Err(e) => return Err(parse_error(vm, &e, text, filename)),
        }
    } else {
        match ruff_python_parser::parse_module(text) {
            Ok(p) => {
                let m = p.into_syntax();
                crate::compiler::compile_module(text, &m.body, filename, None)
            }
            Err(e) => return Err(parse_error(vm, &e, text, filename)),
        }
    };
    result.map_err(|e| {
        let t = vm.exc.syntax_error.clone();
        let e = syntax_error(vm, &t, &e.msg, e.range, text, filename, false);
        // Like CPython, errors found after parsing quote the line from the file on disk.
        let lineno = crate::objects::exceptions::exc_field(&e, "lineno");
        let line = match lineno {
            Some(Value::Int(n)) => std::fs::read_to_string(filename)
                .ok()
                .and_then(|f| source_line(&f, n as usize).map(Value::str)),
            _ => None,
        };
        let key = vm.intern("text");
        let _ = vm.set_attr(&e, &key, line.unwrap_or(Value::None));
        e
    })
}

/// Line `n` (from 1) of `src`, with its newline if it has one.
fn source_line(src: &str, n: usize) -> Option<&str> {
    src.split_inclusive('\n').nth(n.checked_sub(1)?)
}

/// A parse error with CPython's wording where the parsers' errors correspond.
fn parse_error(
    vm: &mut Vm,
    e: &ruff_python_parser::ParseError,
    src: &str,
    filename: &str,
) -> Value {
    use ruff_python_parser::{LexicalErrorType as L, ParseErrorType as P};
    let indentation = vm
        .exc
        .by_name("IndentationError")
        .unwrap_or_else(|| vm.exc.syntax_error.clone());
    let syntax = vm.exc.syntax_error.clone();
    // The tokenizer ends the last line with a newline unless it stopped inside a string.
    let raw_line = matches!(e.error, P::Lexical(L::UnclosedStringError));
    let (t, msg) = match &e.error {
        P::UnexpectedIndentation => (indentation, "unexpected indent".to_string()),
        P::Lexical(L::IndentationError) => (
            indentation,
            "unindent does not match any outer indentation level".to_string(),
        ),
        P::PositionalAfterKeywordArgument => (
            syntax,
            "positional argument follows keyword argument".into(),
        ),
        P::PositionalAfterKeywordUnpacking => (
            syntax,
            "positional argument follows keyword argument unpacking".into(),
        ),
        P::InvalidArgumentUnpackingOrder => (
            syntax,
            "iterable argument unpacking follows keyword argument unpacking".into(),
        ),
        P::NonDefaultParamAfterDefaultParam => (
            syntax,
            "non-default argument follows default argument".into(),
        ),
        P::ParamAfterVarKeywordParam => (
            syntax,
            "arguments cannot follow var-keyword argument".into(),
        ),
        P::VarParameterWithDefault => (
            syntax,
            "var-positional argument cannot have default value".into(),
        ),
        P::Lexical(L::UnclosedStringError) => {
            let starts = crate::compiler::line_starts(src);
            let line = crate::compiler::offset_to_line(&starts, e.location.start().to_u32());
            (
                syntax,
                format!("unterminated string literal (detected at line {line})"),
            )
        }
        other => (syntax, other.to_string()),
    };
    syntax_error(vm, &t, &msg, e.location, src, filename, raw_line)
}

/// A SyntaxError with CPython's details: (filename, lineno, offset, text, end_lineno,
/// end_offset), offsets counting characters from 1.
fn syntax_error(
    vm: &mut Vm,
    t: &Rc<TypeObj>,
    msg: &str,
    range: TextRange,
    src: &str,
    filename: &str,
    raw_line: bool,
) -> Value {
    let msg =
        if msg.starts_with("Expected") || msg.starts_with("Unexpected") || msg.contains("token") {
            "invalid syntax"
        } else {
            msg
        };
    let starts = crate::compiler::line_starts(src);
    let position = |off: u32| {
        let off = off.min(src.len() as u32);
        let line = crate::compiler::offset_to_line(&starts, off);
        let start = starts[(line as usize).saturating_sub(1)] as usize;
        let col = src
            .get(start..off as usize)
            .map_or(0, |s| s.chars().count())
            + 1;
        (line, col)
    };
    let (line, col) = position(range.start().to_u32());
    let (mut end_line, mut end_col) = position(range.end().to_u32());
    let line_text = source_line(src, line as usize);
    // Carets stay on the error's line.
    if end_line != line {
        end_line = line;
        let len = line_text.map_or(0, |l| l.trim_end_matches('\n').chars().count());
        end_col = (len + 1).max(col + 1);
    }
    let info = Value::tuple(vec![
        Value::str(filename),
        Value::Int(line as i64),
        Value::Int(col as i64),
        match line_text {
            Some(l) if !raw_line && !l.ends_with('\n') => Value::string(format!("{l}\n")),
            Some(l) => Value::str(l),
            None => Value::None,
        },
        Value::Int(end_line as i64),
        Value::Int(end_col as i64),
    ]);
    match vm.call_value(Value::Type(t.clone()), &[Value::str(msg), info], &[]) {
        Ok(e) | Err(e) => e,
    }
}
