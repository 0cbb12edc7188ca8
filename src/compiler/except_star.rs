//! `try ... except*` (PEP 654). The handlers split the exception group in turn: each
//! clause takes the part matching its type, what its body raises is collected, and at
//! the end the unhandled rest and the collected exceptions are combined and re-raised.

use super::{CResult, Compiler, FBlock};
use crate::bytecode::Op;
use crate::vm::value::Value;
use ruff_python_ast as ast;

impl Compiler<'_> {
    pub(super) fn try_star_except(&mut self, t: &ast::StmtTry) -> CResult<()> {
        let end = self.new_label();
        let handler = self.new_label();
        let hdepth = self.u().handler_stack.len();
        let depth = self.push_handler(handler);
        self.u().fblocks.push(FBlock::TryExcept {
            handler_depth: hdepth,
        });
        self.body(&t.body)?;
        self.u().fblocks.pop();
        self.pop_handler();
        self.body(&t.orelse)?;
        self.jump(Op::Jump, end);
        // [exc]
        self.bind_handler(handler, depth);
        let cleanup = self.new_label();
        self.push_handler_at(cleanup, depth + 1);
        self.emit(Op::PushExcInfo);
        // [prev, orig, raised list, rest]
        self.emit(Op::Copy(1));
        self.emit(Op::BuildList(0));
        self.emit(Op::Swap(2));
        let base = depth as i32 + 4;
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_pos(h.range);
            let next = self.new_label();
            let no_match = self.new_label();
            let Some(ty) = &h.type_ else {
                return self.err("expected one or more exception types", h.range);
            };
            self.expr(ty)?;
            // [..., rest, type] -> [..., rest, match]
            self.emit(Op::CheckEgMatch);
            self.emit(Op::Copy(1));
            self.load_const(Value::None);
            self.emit(Op::IsOp(false));
            self.jump(Op::PopJumpIfTrue, no_match);
            let name = h.name.as_ref().map(|n| n.id.to_string());
            match &name {
                Some(n) => self.store_name(n),
                None => self.emit(Op::PopTop),
            }
            // What the body raises joins the list; the next clause sees the rest.
            let raised = self.new_label();
            self.push_handler_at(raised, base as u32);
            self.u().fblocks.push(FBlock::ExceptStar);
            self.body(&h.body)?;
            self.u().fblocks.pop();
            self.pop_handler();
            self.clear_handler_name(&name);
            self.jump(Op::Jump, next);
            self.bind_handler(raised, base as u32);
            self.clear_handler_name(&name);
            self.emit(Op::ListAppend(2));
            self.jump(Op::Jump, next);
            self.bind(no_match);
            self.u().depth = base + 1;
            self.emit(Op::PopTop);
            self.bind(next);
            self.u().depth = base;
        }
        // [prev, orig, list, rest] -> [prev, result or None]
        self.emit(Op::ListAppend(1));
        self.emit(Op::PrepReraiseStar);
        self.emit(Op::Copy(1));
        self.load_const(Value::None);
        self.emit(Op::IsOp(true));
        let reraise = self.new_label();
        self.jump(Op::PopJumpIfTrue, reraise);
        self.emit(Op::PopTop);
        self.emit(Op::PopExcept);
        self.jump(Op::Jump, end);
        // [prev, result]: re-raised inside the cleanup range, which restores `prev`.
        self.bind(reraise);
        self.emit(Op::Reraise);
        self.pop_handler();
        // An error while matching: [prev, exc]
        self.bind_handler(cleanup, depth + 1);
        self.emit(Op::Swap(2));
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise);
        self.bind(end);
        self.u().depth = depth as i32;
        Ok(())
    }

    /// `as name` is unbound when a handler ends.
    fn clear_handler_name(&mut self, name: &Option<String>) {
        if let Some(n) = name {
            self.load_const(Value::None);
            self.store_name(n);
            self.delete_name(n);
        }
    }
}
