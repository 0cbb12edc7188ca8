//! Traceback entries as CPython 3.11 prints them: the place of each frame, its source
//! line, and a line of markers under the expression whose instruction failed.

use crate::bytecode::{Code, Pos};
use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::Ranged;
use std::collections::HashMap;
use std::rc::Rc;

/// Identical consecutive entries shown before the rest are summarized (deep recursion).
const MAX_REPEATS: usize = 3;
/// The most entries printed, the innermost ones (CPython's default `sys.tracebacklimit`).
const LIMIT: usize = 1000;
/// Indentation of a printed source line.
const INDENT: isize = 4;

/// The entries of a traceback (innermost first, as recorded), printed outermost first.
pub fn format_entries(sources: &HashMap<String, Rc<str>>, tb: &[(Rc<Code>, u32)]) -> String {
    let mut out = String::new();
    let mut last: Option<(&str, u32, &str)> = None;
    let mut count = 0;
    for (code, ip) in tb[..tb.len().min(LIMIT)].iter().rev() {
        let pos = code.pos_for(*ip as usize);
        let key = (code.filename.s.as_str(), pos.line, code.name.s.as_str());
        if last != Some(key) {
            repeated(&mut out, count);
            last = Some(key);
            count = 0;
        }
        count += 1;
        if count <= MAX_REPEATS {
            entry(&mut out, sources, code, pos);
        }
    }
    repeated(&mut out, count);
    out
}

fn repeated(out: &mut String, count: usize) {
    if count > MAX_REPEATS {
        let n = count - MAX_REPEATS;
        let s = if n > 1 { "s" } else { "" };
        out.push_str(&format!("  [Previous line repeated {n} more time{s}]\n"));
    }
}

fn entry(out: &mut String, sources: &HashMap<String, Rc<str>>, code: &Code, pos: Pos) {
    let file = code.filename.as_str();
    out.push_str(&format!(
        "  File \"{file}\", line {}, in {}\n",
        pos.line, code.name.s
    ));
    // Like CPython's linecache, nothing is shown for `<string>` and other pseudo-files.
    if file.starts_with('<') {
        return;
    }
    let Some(line) = sources
        .get(file)
        .and_then(|src| src.lines().nth((pos.line as usize).checked_sub(1)?))
    else {
        return;
    };
    let stripped = line.trim_start_matches(is_space_char);
    if stripped.is_empty() {
        return;
    }
    out.push_str(&format!("    {stripped}\n"));
    if let Some(m) = markers(line, line.len() - stripped.len(), pos) {
        out.push_str(&m);
        out.push('\n');
    }
}

fn is_space_char(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\x0c')
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\x0c')
}

/// The marker line for `pos` under `line` (printed without its `indent` leading
/// blanks), or None when the markers would only underline the whole line.
fn markers(line: &str, indent: usize, pos: Pos) -> Option<String> {
    if pos.col == Pos::NO_COL || pos.end_col == Pos::NO_COL {
        return None;
    }
    let start = char_offset(line, pos.col as usize) as isize;
    let mut end = char_offset(line, pos.end_col as usize) as isize;
    let nchars = line.chars().count();
    let mut anchors = None;
    if pos.line == pos.end_line {
        anchors = anchors_in(line, start, end);
    } else {
        // Up to the last non-blank of the first line. CPython indexes the UTF-8 bytes
        // with a character count here; done the same way for identical output.
        let bytes = line.as_bytes();
        end = (0..nchars)
            .rev()
            .find(|&i| !is_space(bytes[i]))
            .map_or(0, |i| i + 1) as isize;
    }
    if end - start == (nchars - indent) as isize && anchors.is_none() {
        return None;
    }
    let (primary, secondary) = if anchors.is_some() {
        ('~', '^')
    } else {
        ('^', '^')
    };
    let first = indent as isize - INDENT + 1;
    let marks = (first..=end)
        .map(|off| match anchors {
            _ if off <= start => ' ',
            Some((l, r)) if l < off && off <= r => secondary,
            _ => primary,
        })
        .collect();
    Some(marks)
}

/// Characters in the first `byte` bytes of `s`; a split character counts as one and,
/// as in CPython, an offset past the end counts one more than the characters.
fn char_offset(s: &str, byte: usize) -> usize {
    if byte > s.len() {
        return s.chars().count() + 1;
    }
    String::from_utf8_lossy(&s.as_bytes()[..byte])
        .chars()
        .count()
}

/// The secondary range (as character offsets in `line`) for a marked binary operation
/// (its operator) or subscript (the brackets), found by parsing the marked text.
fn anchors_in(line: &str, start: isize, end: isize) -> Option<(isize, isize)> {
    let (s, e) = (usize::try_from(start).ok()?, usize::try_from(end).ok()?);
    let segment: String = line.chars().skip(s).take(e.checked_sub(s)?).collect();
    let module = ruff_python_parser::parse_module(&segment)
        .ok()?
        .into_syntax();
    let [Stmt::Expr(stmt)] = &module.body[..] else {
        return None;
    };
    let bytes = segment.as_bytes();
    let (left, right) = match &*stmt.value {
        Expr::BinOp(b) => {
            let (l, r) = (b.left.end().to_usize(), b.right.start().to_usize());
            let i = (l..r).find(|&i| !is_space(bytes[i]))?;
            let two = i + 1 < r && !is_space(bytes[i + 1]);
            (i, i + 1 + two as usize)
        }
        Expr::Subscript(sub) => (sub.value.end().to_usize(), sub.slice.end().to_usize() + 1),
        _ => return None,
    };
    let at = |b: usize| (char_offset(&segment, b) + s) as isize;
    Some((at(left), at(right)))
}
