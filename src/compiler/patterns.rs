//! `match` statements (PEP 634). A pattern consumes the subject on top of the stack.
//! Captured values wait on the stack (below whatever the pattern still works on) and are
//! bound only once the whole pattern has matched; a failing test jumps to a chain of
//! labels that pops what the pattern has pushed so far.

use super::{CResult, Compiler, Label};
use crate::bytecode::{CmpOp, Op};
use crate::vm::value::Value;
use ruff_python_ast::{self as ast, Expr, Pattern};
use ruff_text_size::{Ranged, TextRange};

#[derive(Default)]
struct PatternCtx {
    /// Names captured so far. Their values are on the stack, the first one shallowest.
    stores: Vec<String>,
    /// Whether an irrefutable pattern is allowed here.
    allow_irrefutable: bool,
    /// `fail_pop[n]` pops n items and then continues at `fail_pop[0]`, the failure path.
    fail_pop: Vec<Label>,
    /// Items above the captures that the pattern being compiled still uses.
    on_top: usize,
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

impl Compiler<'_> {
    pub(super) fn match_stmt(&mut self, m: &ast::StmtMatch) -> CResult<()> {
        self.expr(&m.subject)?;
        let end = self.new_label();
        let n = m.cases.len();
        let has_default = n > 1 && is_wildcard(&m.cases[n - 1].pattern);
        let looped = n - has_default as usize;
        for (i, case) in m.cases[..looped].iter().enumerate() {
            self.set_pos(case.pattern.range());
            let last = i + 1 == looped;
            // Every case but the last works on a copy of the subject.
            if !last {
                self.emit(Op::Copy(1));
            }
            let fail_depth = self.u().depth - 1;
            let mut pc = PatternCtx {
                allow_irrefutable: case.guard.is_some() || i + 1 == n,
                ..Default::default()
            };
            self.pattern(&case.pattern, &mut pc)?;
            for name in &pc.stores {
                self.store_name(name);
            }
            if let Some(g) = &case.guard {
                let fail = self.fail_label(&mut pc, 0);
                self.cond_jump(g, false, fail)?;
            }
            if !last {
                self.emit(Op::PopTop);
            }
            self.body(&case.body)?;
            self.jump(Op::Jump, end);
            self.set_pos(case.pattern.range());
            self.emit_fail_pops(&mut pc);
            self.u().depth = fail_depth;
        }
        if has_default {
            let case = &m.cases[n - 1];
            self.set_pos(case.pattern.range());
            self.emit(Op::Nop);
            if let Some(g) = &case.guard {
                self.cond_jump(g, false, end)?;
            }
            self.body(&case.body)?;
        }
        self.bind(end);
        Ok(())
    }

    /// The label that pops `n` items and fails, creating the chain up to it.
    fn fail_label(&mut self, pc: &mut PatternCtx, n: usize) -> Label {
        while pc.fail_pop.len() <= n {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
        pc.fail_pop[n]
    }

    /// Jump (with `op`) to the failure path, popping the captures and working items.
    fn jump_to_fail(&mut self, pc: &mut PatternCtx, op: fn(u32) -> Op) {
        let n = pc.on_top + pc.stores.len();
        let l = self.fail_label(pc, n);
        self.jump(op, l);
    }

    fn emit_fail_pops(&mut self, pc: &mut PatternCtx) {
        let labels = std::mem::take(&mut pc.fail_pop);
        for (i, l) in labels.iter().enumerate().rev() {
            self.bind(*l);
            if i > 0 {
                self.emit(Op::PopTop);
            }
        }
    }

    /// Move the top of the stack `n - 1` places down.
    fn rotate(&mut self, n: usize) {
        for k in (2..=n).rev() {
            self.emit(Op::Swap(k as u32));
        }
    }

    /// Capture the value on top as `name` (or drop it for `_`).
    fn capture(
        &mut self,
        name: Option<&ast::Identifier>,
        pc: &mut PatternCtx,
        range: TextRange,
    ) -> CResult<()> {
        let Some(name) = name else {
            self.emit(Op::PopTop);
            return Ok(());
        };
        let name = name.id.to_string();
        if pc.stores.contains(&name) {
            return self.err(
                &format!("multiple assignments to name '{name}' in pattern"),
                range,
            );
        }
        // Below the working items and the earlier captures.
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name);
        Ok(())
    }

    /// A nested pattern: irrefutable ones are fine there.
    fn subpattern(&mut self, p: &Pattern, pc: &mut PatternCtx) -> CResult<()> {
        let saved = std::mem::replace(&mut pc.allow_irrefutable, true);
        let r = self.pattern(p, pc);
        pc.allow_irrefutable = saved;
        r
    }

    fn pattern(&mut self, p: &Pattern, pc: &mut PatternCtx) -> CResult<()> {
        self.set_pos(p.range());
        match p {
            Pattern::MatchValue(v) => {
                self.expr(&v.value)?;
                self.emit(Op::Compare(CmpOp::Eq));
                self.jump_to_fail(pc, Op::PopJumpIfFalse);
            }
            Pattern::MatchSingleton(s) => {
                self.load_const(match s.value {
                    ast::Singleton::None => Value::None,
                    ast::Singleton::True => Value::Bool(true),
                    ast::Singleton::False => Value::Bool(false),
                });
                self.emit(Op::IsOp(false));
                self.jump_to_fail(pc, Op::PopJumpIfFalse);
            }
            Pattern::MatchAs(a) => match &a.pattern {
                None => {
                    if !pc.allow_irrefutable {
                        let msg = match &a.name {
                            Some(n) => format!(
                                "name capture '{}' makes remaining patterns unreachable",
                                n.id
                            ),
                            None => "wildcard makes remaining patterns unreachable".into(),
                        };
                        return self.err(&msg, a.range);
                    }
                    self.capture(a.name.as_ref(), pc, a.range)?;
                }
                Some(inner) => {
                    pc.on_top += 1;
                    self.emit(Op::Copy(1));
                    self.subpattern(inner, pc)?;
                    pc.on_top -= 1;
                    self.capture(a.name.as_ref(), pc, a.range)?;
                }
            },
            Pattern::MatchStar(s) => self.capture(s.name.as_ref(), pc, s.range)?,
            Pattern::MatchSequence(s) => self.sequence_pattern(&s.patterns, s.range, pc)?,
            Pattern::MatchMapping(m) => self.mapping_pattern(m, pc)?,
            Pattern::MatchClass(c) => self.class_pattern(c, pc)?,
            Pattern::MatchOr(o) => self.or_pattern(o, pc)?,
        }
        Ok(())
    }

    /// Fail unless `len(subject) <op> n`, the subject staying on top.
    fn length_check(&mut self, n: usize, op: CmpOp, pc: &mut PatternCtx) {
        self.emit(Op::GetLen);
        self.load_const(Value::Int(n as i64));
        self.emit(Op::Compare(op));
        self.jump_to_fail(pc, Op::PopJumpIfFalse);
    }

    fn sequence_pattern(
        &mut self,
        pats: &[Pattern],
        range: TextRange,
        pc: &mut PatternCtx,
    ) -> CResult<()> {
        let stars: Vec<usize> = pats
            .iter()
            .enumerate()
            .filter(|(_, p)| matches!(p, Pattern::MatchStar(_)))
            .map(|(i, _)| i)
            .collect();
        if stars.len() > 1 {
            return self.err("multiple starred names in sequence pattern", range);
        }
        let star = stars.first().copied();
        let size = pats.len();
        let star_wildcard = star.is_some_and(|i| is_star_wildcard(&pats[i]));
        let only_wildcards = pats.iter().all(|p| is_wildcard(p) || is_star_wildcard(p));
        pc.on_top += 1;
        self.emit(Op::MatchSequence);
        self.jump_to_fail(pc, Op::PopJumpIfFalse);
        match star {
            None => self.length_check(size, CmpOp::Eq, pc),
            Some(_) if size > 1 => self.length_check(size - 1, CmpOp::Ge, pc),
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcards {
            self.emit(Op::PopTop);
        } else if star_wildcard {
            self.sequence_by_index(pats, star.unwrap_or(0), pc)?;
        } else {
            match star {
                Some(i) => self.emit(Op::UnpackEx(i as u32 | ((size - i - 1) as u32) << 16)),
                None => self.emit(Op::UnpackSequence(size as u32)),
            }
            pc.on_top += size;
            for p in pats {
                pc.on_top -= 1;
                self.subpattern(p, pc)?;
            }
        }
        Ok(())
    }

    /// `[a, *_, b]`: pick the items by index instead of unpacking the whole sequence.
    fn sequence_by_index(
        &mut self,
        pats: &[Pattern],
        star: usize,
        pc: &mut PatternCtx,
    ) -> CResult<()> {
        let size = pats.len();
        pc.on_top += 1;
        for (i, p) in pats.iter().enumerate() {
            if i == star || is_wildcard(p) {
                continue;
            }
            self.emit(Op::Copy(1));
            if i < star {
                self.load_const(Value::Int(i as i64));
            } else {
                // Index from the end without relying on negative indexing.
                self.emit(Op::GetLen);
                self.load_const(Value::Int((size - i) as i64));
                self.emit(Op::BinaryOp(crate::bytecode::BinOp::Sub));
            }
            self.emit(Op::BinarySubscr);
            self.subpattern(p, pc)?;
        }
        pc.on_top -= 1;
        self.emit(Op::PopTop);
        Ok(())
    }

    fn mapping_pattern(
        &mut self,
        m: &ast::PatternMatchMapping,
        pc: &mut PatternCtx,
    ) -> CResult<()> {
        let size = m.keys.len();
        pc.on_top += 1;
        self.emit(Op::MatchMapping);
        self.jump_to_fail(pc, Op::PopJumpIfFalse);
        if size == 0 && m.rest.is_none() {
            pc.on_top -= 1;
            self.emit(Op::PopTop);
            return Ok(());
        }
        if size > 0 {
            self.length_check(size, CmpOp::Ge, pc);
        }
        let mut seen: Vec<String> = Vec::new();
        for k in &m.keys {
            if let Some(lit) = literal_key(k) {
                if seen.contains(&lit) {
                    let shown = match k {
                        Expr::StringLiteral(s) => crate::objects::repr::str_repr(s.value.to_str()),
                        _ => self.source[k.range().start().to_usize()..k.range().end().to_usize()]
                            .to_string(),
                    };
                    return self.err(
                        &format!("mapping pattern checks duplicate key ({shown})"),
                        k.range(),
                    );
                }
                seen.push(lit);
            } else if !matches!(k, Expr::Attribute(_) | Expr::BinOp(_)) {
                return self.err(
                    "mapping pattern keys may only match literals and attribute lookups",
                    k.range(),
                );
            }
            self.expr(k)?;
        }
        self.emit(Op::BuildTuple(size as u32));
        self.emit(Op::MatchKeys);
        // Working items: the subject, the keys and the values (or None).
        pc.on_top += 2;
        self.emit(Op::Copy(1));
        self.load_const(Value::None);
        self.emit(Op::IsOp(true));
        self.jump_to_fail(pc, Op::PopJumpIfFalse);
        self.emit(Op::UnpackSequence(size as u32));
        pc.on_top += size;
        pc.on_top -= 1;
        for p in &m.patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        // What follows consumes the keys and the subject.
        pc.on_top -= 2;
        match &m.rest {
            Some(rest) => {
                self.emit(Op::CopyDictWithoutKeys);
                self.capture(Some(rest), pc, m.range)?;
            }
            None => {
                self.emit(Op::PopTop);
                self.emit(Op::PopTop);
            }
        }
        Ok(())
    }

    fn class_pattern(&mut self, c: &ast::PatternMatchClass, pc: &mut PatternCtx) -> CResult<()> {
        let args = &c.arguments;
        let mut names: Vec<Value> = Vec::new();
        for (i, k) in args.keywords.iter().enumerate() {
            if args.keywords[..i].iter().any(|o| o.attr.id == k.attr.id) {
                return self.err(
                    &format!("attribute name repeated in class pattern: {}", k.attr.id),
                    k.range,
                );
            }
            names.push(Value::str(k.attr.id.as_str()));
        }
        self.expr(&c.cls)?;
        self.load_const(Value::tuple(names));
        let nargs = args.patterns.len();
        self.emit(Op::MatchClass(nargs as u32));
        self.emit(Op::Copy(1));
        self.load_const(Value::None);
        self.emit(Op::IsOp(true));
        // The attributes tuple (or None) is the working item.
        pc.on_top += 1;
        self.jump_to_fail(pc, Op::PopJumpIfFalse);
        let total = nargs + args.keywords.len();
        self.emit(Op::UnpackSequence(total as u32));
        pc.on_top += total;
        pc.on_top -= 1;
        for p in args
            .patterns
            .iter()
            .chain(args.keywords.iter().map(|k| &k.pattern))
        {
            pc.on_top -= 1;
            if is_wildcard(p) {
                self.emit(Op::PopTop);
            } else {
                self.subpattern(p, pc)?;
            }
        }
        Ok(())
    }

    fn or_pattern(&mut self, o: &ast::PatternMatchOr, pc: &mut PatternCtx) -> CResult<()> {
        let end = self.new_label();
        let outer = std::mem::take(pc);
        let mut control: Option<Vec<String>> = None;
        let n_alts = o.patterns.len();
        for (i, alt) in o.patterns.iter().enumerate() {
            self.set_pos(alt.range());
            *pc = PatternCtx {
                allow_irrefutable: i + 1 == n_alts && outer.allow_irrefutable,
                ..Default::default()
            };
            let fail_depth = self.u().depth;
            self.emit(Op::Copy(1));
            self.pattern(alt, pc)?;
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctrl) => {
                    let same_names =
                        ctrl.len() == pc.stores.len() && ctrl.iter().all(|n| pc.stores.contains(n));
                    if !same_names {
                        return self.err("alternative patterns bind different names", o.range);
                    }
                    self.reorder_captures(&pc.stores.clone(), ctrl);
                }
            }
            self.jump(Op::Jump, end);
            self.emit_fail_pops(pc);
            self.u().depth = fail_depth;
        }
        *pc = outer;
        // No alternative matched: drop the subject and fail.
        self.emit(Op::PopTop);
        self.jump_to_fail(pc, Op::Jump);
        self.bind(end);
        // Stack: [..., captures, working items, subject, this pattern's captures].
        let control = control.unwrap_or_default();
        let n = control.len();
        let depth = n + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(depth);
            if pc.stores.contains(&name) {
                return self.err(
                    &format!("multiple assignments to name '{name}' in pattern"),
                    o.range,
                );
            }
            pc.stores.push(name);
        }
        self.emit(Op::PopTop);
        Ok(())
    }

    /// Permute the top `current.len()` items (current[0] on top) into `wanted`'s order,
    /// using swaps with the top item.
    fn reorder_captures(&mut self, current: &[String], wanted: &[String]) {
        let mut sim = current.to_vec();
        for j in (0..sim.len()).rev() {
            if sim[j] == wanted[j] {
                continue;
            }
            let p = sim.iter().position(|n| *n == wanted[j]).unwrap_or(0);
            if p != 0 {
                self.emit(Op::Swap(p as u32 + 1));
                sim.swap(0, p);
            }
            self.emit(Op::Swap(j as u32 + 1));
            sim.swap(0, j);
        }
    }
}

/// A normalized form of a literal mapping key, for the duplicate-key check.
fn literal_key(e: &Expr) -> Option<String> {
    Some(match e {
        Expr::StringLiteral(s) => format!("s{}", s.value.to_str()),
        Expr::BytesLiteral(b) => format!("b{:?}", b.value.bytes().collect::<Vec<u8>>()),
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => match i.as_i64() {
                Some(v) => format!("n{}", v as f64),
                None => format!("i{i}"),
            },
            ast::Number::Float(f) => format!("n{f}"),
            ast::Number::Complex { real, imag } => format!("c{real},{imag}"),
        },
        Expr::BooleanLiteral(b) => format!("n{}", b.value as u8 as f64),
        Expr::NoneLiteral(_) => "None".into(),
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => format!("-{}", literal_key(&u.operand)?),
        _ => return None,
    })
}
