//! Expressions back to source text, as `ast.unparse` writes them: the strings that
//! annotations become under `from __future__ import annotations`.

use crate::objects::repr::str_repr;
use ruff_python_ast::{self as ast, Expr, Number, Operator};
use ruff_text_size::Ranged;

/// Binding strength of a binary operator (higher binds tighter).
fn precedence(op: Operator) -> u8 {
    use Operator::*;
    match op {
        BitOr => 1,
        BitXor => 2,
        BitAnd => 3,
        LShift | RShift => 4,
        Add | Sub => 5,
        Mult | MatMult | Div | FloorDiv | Mod => 6,
        Pow => 8,
    }
}

fn join(items: &[Expr], src: &str) -> String {
    items
        .iter()
        .map(|e| unparse(e, src))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `e` as source text; forms this does not handle keep their original text.
pub fn unparse(e: &Expr, src: &str) -> String {
    match e {
        Expr::Name(n) => n.id.to_string(),
        Expr::Attribute(a) => format!("{}.{}", unparse(&a.value, src), a.attr.id),
        Expr::Subscript(s) => {
            let index = match &*s.slice {
                Expr::Tuple(t) if !t.elts.is_empty() => join(&t.elts, src),
                other => unparse(other, src),
            };
            format!("{}[{index}]", unparse(&s.value, src))
        }
        Expr::StringLiteral(s) => str_repr(s.value.to_str()),
        Expr::NumberLiteral(n) => match &n.value {
            Number::Int(i) => i.to_string(),
            Number::Float(f) => crate::fmt::float_repr(*f),
            Number::Complex { .. } => source(e, src),
        },
        Expr::NoneLiteral(_) => "None".into(),
        Expr::BooleanLiteral(b) => if b.value { "True" } else { "False" }.into(),
        Expr::EllipsisLiteral(_) => "...".into(),
        Expr::Tuple(t) if t.elts.len() == 1 => format!("({},)", unparse(&t.elts[0], src)),
        Expr::Tuple(t) => format!("({})", join(&t.elts, src)),
        Expr::List(l) => format!("[{}]", join(&l.elts, src)),
        Expr::Starred(s) => format!("*{}", unparse(&s.value, src)),
        Expr::BinOp(b) => {
            let p = precedence(b.op);
            let side = |e: &Expr, right: bool| {
                let text = unparse(e, src);
                match e {
                    Expr::BinOp(inner)
                        if precedence(inner.op) < p || (right && precedence(inner.op) == p) =>
                    {
                        format!("({text})")
                    }
                    _ => text,
                }
            };
            format!(
                "{} {} {}",
                side(&b.left, false),
                b.op.as_str(),
                side(&b.right, true)
            )
        }
        Expr::Call(c) => {
            let mut args: Vec<String> = c.arguments.args.iter().map(|a| unparse(a, src)).collect();
            args.extend(c.arguments.keywords.iter().map(|k| match &k.arg {
                Some(n) => format!("{}={}", n.id, unparse(&k.value, src)),
                None => format!("**{}", unparse(&k.value, src)),
            }));
            format!("{}({})", unparse(&c.func, src), args.join(", "))
        }
        other => source(other, src),
    }
}

fn source(e: &Expr, src: &str) -> String {
    let r = e.range();
    src.get(r.start().to_usize()..r.end().to_usize())
        .unwrap_or("")
        .to_string()
}

/// Is this statement `from __future__ import ...`?
pub fn future_import(s: &ast::Stmt) -> Option<&ast::StmtImportFrom> {
    match s {
        ast::Stmt::ImportFrom(i)
            if i.level == 0
                && i.module
                    .as_ref()
                    .is_some_and(|m| m.id.as_str() == "__future__") =>
        {
            Some(i)
        }
        _ => None,
    }
}
