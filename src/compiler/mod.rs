//! AST to bytecode. One `Unit` per code object; the symbol table decides name access.

mod except_star;
mod patterns;
mod superinstructions;
pub mod symtable;
mod unparse;

use crate::bytecode::*;
use crate::vm::value::{PyStr, Value};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::rc::Rc;
use symtable::{Resolved, ScopeKind, SymbolTable, node_key};

pub struct CompileError {
    pub msg: String,
    /// Where in the source the error is.
    pub range: TextRange,
}

type CResult<T> = Result<T, CompileError>;

#[derive(Clone, Copy, PartialEq, Eq)]
struct Label(usize);

/// Blocks the compiler is inside, for unwinding on break/continue/return.
#[derive(Clone)]
enum FBlock {
    Loop {
        cont: Label,
        brk: Label,
        is_for: bool,
    },
    /// The body of `try` with a `finally`: unwinding runs the final body inline.
    TryFinally {
        body: *const [Stmt],
        handler_depth: usize,
    },
    /// A `try` with handlers: unwinding must leave its handler range.
    TryExcept { handler_depth: usize },
    /// Inside a `with` body: the exit function is on the stack.
    With {
        handler_depth: usize,
        is_async: bool,
    },
    /// Inside an except handler body: [prev_exc] on the stack, maybe a bound name.
    Handler {
        name: Option<String>,
        handler_depth: usize,
    },
    /// Inside a finally body run for an exception: [prev, exc] on the stack.
    FinallyEnd { handler_depth: usize },
    /// Inside a finally body run by `return`: the return value is on the stack.
    PopValue,
    /// Inside an except* handler body: break, continue and return may not leave it.
    ExceptStar,
}

struct Unit {
    scope: usize,
    ops: Vec<Op>,
    positions: Vec<Pos>,
    handlers_at: Vec<Option<(Label, u32)>>,
    consts: Vec<Value>,
    names: Vec<Rc<PyStr>>,
    varnames: Vec<String>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    labels: Vec<Option<usize>>,
    label_depth: Vec<Option<i32>>,
    handler_stack: Vec<(Label, u32)>,
    fblocks: Vec<FBlock>,
    depth: i32,
    max_depth: i32,
    /// Position given to emitted instructions: the node being compiled.
    pos: Pos,
    name: String,
    qualname: String,
    firstlineno: u32,
    argcount: u32,
    posonly: u32,
    kwonly: u32,
    flags: u32,
}

pub struct Compiler<'s> {
    source: &'s str,
    line_starts: Vec<u32>,
    filename: Rc<PyStr>,
    st: SymbolTable,
    units: Vec<Unit>,
    qual_stack: Vec<String>,
    interned: rustc_hash::FxHashMap<String, Rc<PyStr>>,
    /// Name of the innermost enclosing class, for private name mangling.
    private: Option<String>,
    /// The statement being compiled (for errors found while unwinding blocks).
    stmt_range: TextRange,
    /// `from __future__ import annotations`: annotations are kept as strings.
    future_annotations: bool,
    /// The future imports at the start of the module (the only place they may be).
    future_imports: Vec<usize>,
}

pub fn line_starts(source: &str) -> Vec<u32> {
    let mut v = vec![0u32];
    for (i, b) in source.bytes().enumerate() {
        if b == b'\n' {
            v.push(i as u32 + 1);
        }
    }
    v
}

pub fn offset_to_line(starts: &[u32], off: u32) -> u32 {
    match starts.binary_search(&off) {
        Ok(i) => i as u32 + 1,
        Err(i) => i as u32,
    }
}

/// Compile a parsed module into a code object.
pub fn compile_module(
    source: &str,
    body: &[Stmt],
    filename: &str,
    mode_eval: Option<&Expr>,
) -> CResult<Rc<Code>> {
    let starts = line_starts(source);
    let st = match mode_eval {
        Some(e) => symtable::build(symtable::Source::Expr(e)),
        None => symtable::build(symtable::Source::Body(body)),
    }
    .map_err(|(msg, range)| CompileError { msg, range })?;
    let mut c = Compiler {
        source,
        line_starts: starts,
        filename: Rc::new(PyStr::new(filename.to_string())),
        st,
        units: Vec::new(),
        qual_stack: Vec::new(),
        interned: Default::default(),
        private: None,
        stmt_range: TextRange::default(),
        future_annotations: false,
        future_imports: Vec::new(),
    };
    c.push_unit(0, "<module>", "<module>", 1);
    if let Some(e) = mode_eval {
        c.expr(e)?;
        c.emit(Op::ReturnValue);
    } else {
        c.check_future_imports(body)?;
        if has_annotations(body) {
            c.emit(Op::SetupAnnotations);
        }
        c.body(body)?;
        c.load_const(Value::None);
        c.emit(Op::ReturnValue);
    }
    Ok(c.pop_unit())
}

impl<'s> Compiler<'s> {
    fn intern(&mut self, s: &str) -> Rc<PyStr> {
        if let Some(r) = self.interned.get(s) {
            return r.clone();
        }
        let r = Rc::new(PyStr::new(s.to_string()));
        self.interned.insert(s.to_string(), r.clone());
        r
    }

    fn u(&mut self) -> &mut Unit {
        self.units.last_mut().expect("unit")
    }

    fn push_unit(&mut self, scope: usize, name: &str, qualname: &str, firstlineno: u32) {
        let s = &self.st.scopes[scope];
        let mut flags = 0;
        if matches!(s.kind, ScopeKind::Function | ScopeKind::Comprehension) {
            flags |= CO_OPTIMIZED | CO_NEWLOCALS;
        }
        if s.is_generator && s.is_coroutine {
            flags |= CO_ASYNC_GENERATOR;
        } else if s.is_generator {
            flags |= CO_GENERATOR;
        } else if s.is_coroutine && s.kind != ScopeKind::Module {
            flags |= CO_COROUTINE;
        }
        if s.freevars.is_empty() && s.cellvars.is_empty() {
            flags |= CO_NOFREE;
        }
        if self.units.len() > 1 || (self.units.len() == 1 && s.kind != ScopeKind::Module) {
            flags |= CO_NESTED;
        }
        let unit = Unit {
            scope,
            ops: Vec::new(),
            positions: Vec::new(),
            handlers_at: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            varnames: s.varnames.clone(),
            cellvars: s.cellvars.clone(),
            freevars: s.freevars.clone(),
            labels: Vec::new(),
            label_depth: Vec::new(),
            handler_stack: Vec::new(),
            fblocks: Vec::new(),
            depth: 0,
            max_depth: 0,
            pos: Pos::line_only(firstlineno),
            name: name.to_string(),
            qualname: qualname.to_string(),
            firstlineno,
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            flags,
        };
        self.units.push(unit);
    }

    fn pop_unit(&mut self) -> Rc<Code> {
        let u = self.units.pop().expect("unit");
        let mut ops: Vec<Op> = u
            .ops
            .iter()
            .map(|op| {
                let fix = |l: u32| u.labels[l as usize].unwrap_or(0) as u32;
                match *op {
                    Op::Jump(l) => Op::Jump(fix(l)),
                    Op::PopJumpIfFalse(l) => Op::PopJumpIfFalse(fix(l)),
                    Op::PopJumpIfTrue(l) => Op::PopJumpIfTrue(fix(l)),
                    Op::JumpIfFalseOrPop(l) => Op::JumpIfFalseOrPop(fix(l)),
                    Op::JumpIfTrueOrPop(l) => Op::JumpIfTrueOrPop(fix(l)),
                    Op::ForIter(l) => Op::ForIter(fix(l)),
                    Op::Send(l) => Op::Send(fix(l)),
                    other => other,
                }
            })
            .collect();
        // Coalesce per-instruction handlers into ranges.
        let mut table: Vec<ExcEntry> = Vec::new();
        let mut i = 0;
        while i < u.handlers_at.len() {
            if let Some((label, depth)) = u.handlers_at[i] {
                let start = i;
                while i < u.handlers_at.len() && u.handlers_at[i] == Some((label, depth)) {
                    i += 1;
                }
                table.push(ExcEntry {
                    start: start as u32,
                    end: i as u32,
                    target: u.labels[label.0].unwrap_or(0) as u32,
                    depth,
                });
            } else {
                i += 1;
            }
        }
        let pystrs =
            |v: &Vec<String>, c: &mut Self| v.iter().map(|s| c.intern(s)).collect::<Vec<_>>();
        let varnames = pystrs(&u.varnames, self);
        let cellvars = pystrs(&u.cellvars, self);
        let freevars = pystrs(&u.freevars, self);
        let cell_args = u
            .cellvars
            .iter()
            .enumerate()
            .filter_map(|(ci, n)| {
                let nargs = self.st.scopes[u.scope].params.len();
                u.varnames[..nargs.min(u.varnames.len())]
                    .iter()
                    .position(|v| v == n)
                    .map(|ai| (ci as u32, ai as u32))
            })
            .collect();
        let name_cache = (0..u.names.len())
            .map(|_| std::cell::Cell::new(crate::bytecode::NameCache::EMPTY))
            .collect();
        let attr_cache = (0..u.names.len())
            .map(|_| std::cell::Cell::new(crate::vm::attr_cache::AttrCache::EMPTY))
            .collect();
        superinstructions::fuse(&mut ops);
        // The dispatch loop fetches instructions unchecked: execution must never run
        // past the last one.
        assert!(
            matches!(
                ops.last(),
                Some(Op::ReturnValue | Op::Jump(_) | Op::Raise(_) | Op::Reraise)
            ),
            "code must end in an instruction that leaves or jumps"
        );
        Rc::new(Code {
            name: self.intern(&u.name),
            qualname: self.intern(&u.qualname),
            filename: self.filename.clone(),
            firstlineno: u.firstlineno,
            argcount: u.argcount,
            posonlyargcount: u.posonly,
            kwonlyargcount: u.kwonly,
            flags: u.flags,
            ops,
            positions: u.positions,
            consts: u.consts,
            names: u.names,
            varnames,
            cellvars,
            freevars,
            cell_args,
            exc_table: table,
            max_stack: u.max_depth.max(0) as u32,
            name_cache,
            attr_cache,
        })
    }

    // ---- emission helpers ----

    fn pos_of(&self, range: TextRange) -> Pos {
        let (start, end) = (range.start().to_u32(), range.end().to_u32());
        let line = offset_to_line(&self.line_starts, start);
        let end_line = offset_to_line(&self.line_starts, end).max(line);
        let col_in = |l: u32, off: u32| off.saturating_sub(self.line_starts[l as usize - 1]);
        Pos {
            line,
            end_line,
            col: col_in(line, start),
            end_col: col_in(end_line, end),
        }
    }

    fn set_pos(&mut self, range: TextRange) {
        let pos = self.pos_of(range);
        self.u().pos = pos;
    }

    /// Compile with instructions placed at `range`, then return to the enclosing node's.
    fn at<T>(&mut self, range: TextRange, f: impl FnOnce(&mut Self) -> T) -> T {
        let saved = self.u().pos;
        self.set_pos(range);
        let r = f(self);
        self.u().pos = saved;
        r
    }

    fn emit(&mut self, op: Op) {
        let effect = stack_effect(op);
        let u = self.u();
        u.ops.push(op);
        u.positions.push(u.pos);
        let h = u.handler_stack.last().copied();
        u.handlers_at.push(h);
        // Record the depth a jump target expects.
        let target = match op {
            Op::Jump(l) | Op::PopJumpIfFalse(l) | Op::PopJumpIfTrue(l) => {
                Some((l, effect_on_jump(op)))
            }
            Op::JumpIfFalseOrPop(l) | Op::JumpIfTrueOrPop(l) => Some((l, 0)),
            Op::ForIter(l) => Some((l, -1)),
            Op::Send(l) => Some((l, -1)),
            _ => None,
        };
        if let Some((l, eff)) = target {
            let d = u.depth + eff;
            if u.label_depth[l as usize].is_none() {
                u.label_depth[l as usize] = Some(d);
            }
        }
        u.depth += effect;
        if u.depth > u.max_depth {
            u.max_depth = u.depth;
        }
    }

    fn new_label(&mut self) -> Label {
        let u = self.u();
        u.labels.push(None);
        u.label_depth.push(None);
        Label(u.labels.len() - 1)
    }

    fn bind(&mut self, l: Label) {
        let u = self.u();
        u.labels[l.0] = Some(u.ops.len());
        if let Some(d) = u.label_depth[l.0] {
            u.depth = d;
        }
    }

    /// Bind a handler label: the unwinder pushes the exception at `depth`.
    fn bind_handler(&mut self, l: Label, depth: u32) {
        let u = self.u();
        u.labels[l.0] = Some(u.ops.len());
        u.depth = depth as i32 + 1;
        if u.depth > u.max_depth {
            u.max_depth = u.depth;
        }
    }

    fn jump(&mut self, op: fn(u32) -> Op, l: Label) {
        self.emit(op(l.0 as u32));
    }

    fn push_handler(&mut self, l: Label) -> u32 {
        let d = self.u().depth as u32;
        self.u().handler_stack.push((l, d));
        d
    }

    fn pop_handler(&mut self) {
        self.u().handler_stack.pop();
    }

    fn load_const(&mut self, v: Value) {
        let idx = self.add_const(v);
        self.emit(Op::LoadConst(idx));
    }

    fn add_const(&mut self, v: Value) -> u32 {
        let u = self.u();
        for (i, c) in u.consts.iter().enumerate() {
            let same = match (c, &v) {
                (Value::None, Value::None) => true,
                (Value::Bool(a), Value::Bool(b)) => a == b,
                (Value::Int(a), Value::Int(b)) => a == b,
                (Value::Str(a), Value::Str(b)) => a.s == b.s,
                _ => false,
            };
            if same {
                return i as u32;
            }
        }
        u.consts.push(v);
        (u.consts.len() - 1) as u32
    }

    fn name_idx(&mut self, name: &str) -> u32 {
        let s = self.intern(name);
        let u = self.u();
        if let Some(i) = u.names.iter().position(|n| n.s == name) {
            return i as u32;
        }
        u.names.push(s);
        (u.names.len() - 1) as u32
    }

    fn mangle(&self, name: &str) -> String {
        symtable::mangle(self.private.as_deref(), name)
    }

    /// The names-table index of an attribute name (mangled inside classes).
    fn attr_idx(&mut self, name: &str) -> u32 {
        let n = self.mangle(name);
        self.name_idx(&n)
    }

    fn err<T>(&self, msg: &str, range: TextRange) -> CResult<T> {
        Err(CompileError {
            msg: msg.to_string(),
            range,
        })
    }

    // ---- names ----

    fn scope_kind(&self) -> ScopeKind {
        let u = self.units.last().expect("unit");
        self.st.scopes[u.scope].kind
    }

    fn resolve(&self, name: &str) -> Resolved {
        let u = self.units.last().expect("unit");
        self.st.scopes[u.scope].lookup(name)
    }

    fn deref_index(&self, name: &str) -> u32 {
        let u = self.units.last().expect("unit");
        if let Some(i) = u.cellvars.iter().position(|n| n == name) {
            return i as u32;
        }
        let i = u.freevars.iter().position(|n| n == name).unwrap_or(0);
        (u.cellvars.len() + i) as u32
    }

    fn fast_index(&self, name: &str) -> u32 {
        let u = self.units.last().expect("unit");
        u.varnames.iter().position(|n| n == name).unwrap_or(0) as u32
    }

    /// Emit a load, store or delete of `name` with the opcode its scope resolution calls for.
    /// `ops` holds the constructors for (fast, deref, global, namespace) access.
    fn name_op(&mut self, name: &str, ops: [fn(u32) -> Op; 4]) {
        let [fast, deref, global, namespace] = ops;
        let name = &self.mangle(name);
        let op = match self.resolve(name) {
            Resolved::Local => fast(self.fast_index(name)),
            Resolved::Cell | Resolved::Free => deref(self.deref_index(name)),
            Resolved::GlobalExplicit | Resolved::GlobalImplicit => global(self.name_idx(name)),
            Resolved::Name => namespace(self.name_idx(name)),
        };
        self.emit(op);
    }

    fn load_name(&mut self, name: &str) {
        // Class bodies look in the class namespace before the enclosing cell.
        let deref: fn(u32) -> Op = if self.scope_kind() == ScopeKind::Class {
            Op::LoadClassDeref
        } else {
            Op::LoadDeref
        };
        self.name_op(name, [Op::LoadFast, deref, Op::LoadGlobal, Op::LoadName]);
    }

    fn store_name(&mut self, name: &str) {
        self.name_op(
            name,
            [
                Op::StoreFast,
                Op::StoreDeref,
                Op::StoreGlobal,
                Op::StoreName,
            ],
        );
    }

    fn delete_name(&mut self, name: &str) {
        self.name_op(
            name,
            [
                Op::DeleteFast,
                Op::DeleteDeref,
                Op::DeleteGlobal,
                Op::DeleteName,
            ],
        );
    }

    // ---- statements ----

    fn body(&mut self, body: &[Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> CResult<()> {
        self.stmt_range = s.range();
        self.at(s.range(), |c| c.stmt_node(s))
    }

    fn stmt_node(&mut self, s: &Stmt) -> CResult<()> {
        match s {
            Stmt::Expr(e) => {
                self.expr(&e.value)?;
                self.emit(Op::PopTop);
            }
            Stmt::Pass(_) => self.emit(Op::Nop),
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.emit(Op::Copy(1));
                    }
                    self.assign_target(t)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::AnnAssign(a) => self.ann_assign(a)?,
            Stmt::Return(r) => {
                if !matches!(self.scope_kind(), ScopeKind::Function) {
                    return self.err("'return' outside function", r.range);
                }
                let scope = &self.st.scopes[self.units.last().expect("unit").scope];
                if r.value.is_some() && scope.is_coroutine && scope.is_generator {
                    return self.err("'return' with value in async generator", r.range);
                }
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.unwind_fblocks(true)?;
                self.emit(Op::ReturnValue);
            }
            Stmt::If(i) => {
                let end = self.new_label();
                let mut next = self.new_label();
                self.cond_jump(&i.test, false, next)?;
                self.body(&i.body)?;
                for c in &i.elif_else_clauses {
                    self.jump(Op::Jump, end);
                    self.bind(next);
                    next = self.new_label();
                    if let Some(t) = &c.test {
                        self.set_pos(t.range());
                        self.cond_jump(t, false, next)?;
                    }
                    self.body(&c.body)?;
                }
                self.bind(next);
                self.bind(end);
            }
            Stmt::While(w) => {
                let start = self.new_label();
                let brk = self.new_label();
                let orelse = self.new_label();
                self.bind(start);
                self.cond_jump(&w.test, false, orelse)?;
                self.u().fblocks.push(FBlock::Loop {
                    cont: start,
                    brk,
                    is_for: false,
                });
                self.body(&w.body)?;
                self.u().fblocks.pop();
                self.set_pos(w.test.range());
                self.jump(Op::Jump, start);
                self.bind(orelse);
                self.body(&w.orelse)?;
                self.bind(brk);
            }
            Stmt::For(f) => {
                if f.is_async {
                    return self.async_for(f);
                }
                let start = self.new_label();
                let brk = self.new_label();
                let cleanup = self.new_label();
                self.expr(&f.iter)?;
                self.emit(Op::GetIter);
                self.bind(start);
                self.jump(Op::ForIter, cleanup);
                self.assign_target(&f.target)?;
                self.u().fblocks.push(FBlock::Loop {
                    cont: start,
                    brk,
                    is_for: true,
                });
                self.body(&f.body)?;
                self.u().fblocks.pop();
                self.jump(Op::Jump, start);
                self.bind(cleanup);
                self.body(&f.orelse)?;
                self.bind(brk);
            }
            Stmt::Break(b) => {
                let Some(target) = self.unwind_to_loop(false)? else {
                    return self.err("'break' outside loop", b.range);
                };
                self.jump(Op::Jump, target);
            }
            Stmt::Continue(b) => {
                let Some(target) = self.unwind_to_loop(true)? else {
                    return self.err("'continue' not properly in loop", b.range);
                };
                self.jump(Op::Jump, target);
            }
            Stmt::FunctionDef(f) => self.function_def(f)?,
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
            }
            Stmt::Raise(r) => match (&r.exc, &r.cause) {
                (None, _) => self.emit(Op::Raise(0)),
                (Some(e), None) => {
                    self.expr(e)?;
                    self.emit(Op::Raise(1));
                }
                (Some(e), Some(c)) => {
                    self.expr(e)?;
                    self.expr(c)?;
                    self.emit(Op::Raise(2));
                }
            },
            Stmt::Try(t) => self.try_stmt(t)?,
            Stmt::With(w) => {
                if w.is_async && !self.in_async_function() {
                    return self.err("'async with' outside async function", w.range);
                }
                self.with_items(&w.items, &w.body, w.is_async)?
            }
            Stmt::Assert(a) => {
                let end = self.new_label();
                self.cond_jump(&a.test, true, end)?;
                self.emit(Op::LoadAssertionError);
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.emit(Op::Call(0));
                }
                self.emit(Op::Raise(1));
                self.bind(end);
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let full = a.name.id.as_str();
                    self.load_const(Value::Int(0));
                    self.load_const(Value::None);
                    let ni = self.name_idx(full);
                    self.emit(Op::ImportName(ni));
                    match &a.asname {
                        Some(asname) => {
                            let parts: Vec<&str> = full.split('.').collect();
                            for p in &parts[1..] {
                                let pi = self.name_idx(p);
                                self.emit(Op::ImportFrom(pi));
                                self.emit(Op::Swap(2));
                                self.emit(Op::PopTop);
                            }
                            self.store_name(asname.id.as_str());
                        }
                        None => {
                            let first = full.split('.').next().unwrap_or(full).to_string();
                            self.store_name(&first);
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                if unparse::future_import(s).is_some()
                    && !self.future_imports.contains(&node_key(i))
                {
                    return self.err(
                        "from __future__ imports must occur at the beginning of the file",
                        i.range,
                    );
                }
                let module = i
                    .module
                    .as_ref()
                    .map(|m| m.id.to_string())
                    .unwrap_or_default();
                self.load_const(Value::Int(i.level as i64));
                let names: Vec<Value> = i
                    .names
                    .iter()
                    .map(|a| Value::str(a.name.id.as_str()))
                    .collect();
                self.load_const(Value::tuple(names));
                let mi = self.name_idx(&module);
                self.emit(Op::ImportName(mi));
                if i.names.len() == 1 && i.names[0].name.id.as_str() == "*" {
                    self.emit(Op::ImportStar);
                } else {
                    for a in &i.names {
                        let ni = self.name_idx(a.name.id.as_str());
                        self.emit(Op::ImportFrom(ni));
                        let bound = a.asname.as_ref().unwrap_or(&a.name).id.to_string();
                        self.store_name(&bound);
                    }
                    self.emit(Op::PopTop);
                }
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::TypeAlias(t) => return self.err("type aliases are not supported", t.range),
            Stmt::IpyEscapeCommand(c) => return self.err("invalid syntax", c.range),
        }
        Ok(())
    }

    /// `target: annotation [= value]`. Module and class bodies evaluate the annotation
    /// and record it in `__annotations__` for a simple name.
    fn ann_assign(&mut self, a: &ast::StmtAnnAssign) -> CResult<()> {
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.assign_target(&a.target)?;
        }
        let evaluated = self.scope_kind() != ScopeKind::Function;
        match &*a.target {
            Expr::Name(n) if a.simple => {
                if evaluated {
                    self.annotation(&a.annotation)?;
                    let ai = self.name_idx("__annotations__");
                    self.emit(Op::LoadName(ai));
                    let key = self.mangle(n.id.as_str());
                    self.load_const(Value::string(key));
                    self.emit(Op::StoreSubscr);
                }
                return Ok(());
            }
            Expr::Attribute(at) if a.value.is_none() => {
                self.expr(&at.value)?;
                self.emit(Op::PopTop);
            }
            Expr::Subscript(sub) if a.value.is_none() => {
                self.expr(&sub.value)?;
                self.emit(Op::PopTop);
                self.expr(&sub.slice)?;
                self.emit(Op::PopTop);
            }
            _ => {}
        }
        if evaluated && !self.future_annotations {
            self.expr(&a.annotation)?;
            self.emit(Op::PopTop);
        }
        Ok(())
    }

    /// An annotation's value: evaluated, or its text under future annotations.
    fn annotation(&mut self, e: &Expr) -> CResult<()> {
        if self.future_annotations {
            self.load_const(Value::string(unparse::unparse(e, self.source)));
            return Ok(());
        }
        self.expr(e)
    }

    /// `from __future__ import ...` may only open a module (after its docstring) and
    /// must name known features.
    fn check_future_imports(&mut self, body: &[Stmt]) -> CResult<()> {
        let skip = match body.first() {
            Some(Stmt::Expr(e)) if matches!(&*e.value, Expr::StringLiteral(_)) => 1,
            _ => 0,
        };
        for s in &body[skip..] {
            let Some(i) = unparse::future_import(s) else {
                break;
            };
            for a in &i.names {
                match a.name.id.as_str() {
                    "annotations" => self.future_annotations = true,
                    "nested_scopes" | "generators" | "division" | "absolute_import"
                    | "with_statement" | "print_function" | "unicode_literals"
                    | "barry_as_FLUFL" | "generator_stop" => {}
                    "braces" => return self.err("not a chance", a.range),
                    other => {
                        return self
                            .err(&format!("future feature {other} is not defined"), a.range);
                    }
                }
            }
            self.future_imports.push(node_key(i));
        }
        Ok(())
    }

    fn aug_assign(&mut self, a: &ast::StmtAugAssign) -> CResult<()> {
        let op = binop(a.op);
        match &*a.target {
            Expr::Name(n) => {
                self.load_name(n.id.as_str());
                self.expr(&a.value)?;
                self.emit(Op::InplaceOp(op));
                self.store_name(n.id.as_str());
            }
            Expr::Attribute(at) => {
                let ni = self.attr_idx(at.attr.id.as_str());
                self.at(at.range, |c| {
                    c.expr(&at.value)?;
                    c.emit(Op::Copy(1));
                    c.emit(Op::LoadAttr(ni));
                    Ok(())
                })?;
                self.expr(&a.value)?;
                self.emit(Op::InplaceOp(op));
                self.emit(Op::Swap(2));
                self.at(at.range, |c| c.emit(Op::StoreAttr(ni)));
            }
            Expr::Subscript(s) => {
                self.at(s.range, |c| {
                    c.expr(&s.value)?;
                    c.expr(&s.slice)?;
                    c.emit(Op::Copy(2));
                    c.emit(Op::Copy(2));
                    c.emit(Op::BinarySubscr);
                    Ok(())
                })?;
                self.expr(&a.value)?;
                self.emit(Op::InplaceOp(op));
                self.emit(Op::Swap(3));
                self.emit(Op::Swap(2));
                self.at(s.range, |c| c.emit(Op::StoreSubscr));
            }
            other => {
                return self.err(
                    "'expression' is an illegal expression for augmented assignment",
                    other.range(),
                );
            }
        }
        Ok(())
    }

    fn assign_target(&mut self, t: &Expr) -> CResult<()> {
        self.at(t.range(), |c| c.assign_target_node(t))
    }

    fn assign_target_node(&mut self, t: &Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => self.store_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let ni = self.attr_idx(a.attr.id.as_str());
                self.emit(Op::StoreAttr(ni));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::StoreSubscr);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
                match star {
                    Some(si) => {
                        if elts
                            .iter()
                            .filter(|e| matches!(e, Expr::Starred(_)))
                            .count()
                            > 1
                        {
                            return self
                                .err("multiple starred expressions in assignment", t.range());
                        }
                        let after = elts.len() - si - 1;
                        self.emit(Op::UnpackEx((si as u32) | ((after as u32) << 16)));
                    }
                    None => self.emit(Op::UnpackSequence(elts.len() as u32)),
                }
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.assign_target(&s.value)?,
                        other => self.assign_target(other)?,
                    }
                }
            }
            Expr::Starred(s) => {
                return self.err(
                    "starred assignment target must be in a list or tuple",
                    s.range,
                );
            }
            other => {
                let what = match other {
                    Expr::Call(_) => "function call",
                    Expr::NumberLiteral(_) | Expr::StringLiteral(_) => "literal",
                    _ => "expression",
                };
                return self.err(&format!("cannot assign to {what}"), other.range());
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &Expr) -> CResult<()> {
        self.at(t.range(), |c| c.delete_target_node(t))
    }

    fn delete_target_node(&mut self, t: &Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => self.delete_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let ni = self.attr_idx(a.attr.id.as_str());
                self.emit(Op::DeleteAttr(ni));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::DeleteSubscr);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete_target(e)?;
                }
            }
            other => return self.err("cannot delete expression", other.range()),
        }
        Ok(())
    }

    /// Emit the unwinding for leaving every fblock (return) or up to the innermost loop.
    fn unwind_fblocks(&mut self, is_return: bool) -> CResult<()> {
        let saved_blocks = std::mem::take(&mut self.u().fblocks);
        let saved_handlers = self.u().handler_stack.clone();
        let mut i = saved_blocks.len();
        while i > 0 {
            i -= 1;
            self.unwind_one(&saved_blocks[i], is_return, &saved_blocks[..i])?;
        }
        self.u().fblocks = saved_blocks;
        self.u().handler_stack = saved_handlers;
        Ok(())
    }

    /// Unwind to the innermost loop; returns the jump target.
    fn unwind_to_loop(&mut self, is_continue: bool) -> CResult<Option<Label>> {
        let saved_blocks = std::mem::take(&mut self.u().fblocks);
        let saved_handlers = self.u().handler_stack.clone();
        let mut i = saved_blocks.len();
        let mut target = None;
        while i > 0 {
            i -= 1;
            if let FBlock::Loop { cont, brk, is_for } = &saved_blocks[i] {
                if is_continue {
                    target = Some(*cont);
                } else {
                    if *is_for {
                        self.emit(Op::PopTop);
                    }
                    target = Some(*brk);
                }
                break;
            }
            self.unwind_one(&saved_blocks[i], false, &saved_blocks[..i])?;
        }
        self.u().fblocks = saved_blocks;
        self.u().handler_stack = saved_handlers;
        Ok(target)
    }

    fn unwind_one(&mut self, b: &FBlock, is_return: bool, outer: &[FBlock]) -> CResult<()> {
        let ret = is_return as u32;
        match b {
            FBlock::ExceptStar => {
                return self.err(
                    "'break', 'continue' and 'return' cannot appear in an except* block",
                    self.stmt_range,
                );
            }
            FBlock::Loop { is_for, .. } => {
                if *is_for {
                    if is_return {
                        self.emit(Op::Swap(2));
                    }
                    self.emit(Op::PopTop);
                }
            }
            FBlock::TryExcept { handler_depth } => {
                self.truncate_handlers(*handler_depth);
            }
            FBlock::PopValue => {
                if is_return {
                    self.emit(Op::Swap(2));
                }
                self.emit(Op::PopTop);
            }
            FBlock::TryFinally {
                body,
                handler_depth,
            } => {
                self.truncate_handlers(*handler_depth);
                // Run the final body with the enclosing blocks in effect.
                let body: &[Stmt] = unsafe { &**body };
                let mine = std::mem::take(&mut self.u().fblocks);
                self.u().fblocks = outer.to_vec();
                if is_return {
                    self.u().fblocks.push(FBlock::PopValue);
                }
                self.body(body)?;
                self.u().fblocks = mine;
            }
            FBlock::With {
                handler_depth,
                is_async,
            } => {
                self.truncate_handlers(*handler_depth);
                if ret == 1 {
                    self.emit(Op::Swap(2));
                }
                self.call_exit(*is_async);
            }
            FBlock::Handler {
                name,
                handler_depth,
            } => {
                self.truncate_handlers(*handler_depth);
                if ret == 1 {
                    self.emit(Op::Swap(2));
                }
                self.emit(Op::PopExcept);
                if let Some(n) = name {
                    self.load_const(Value::None);
                    self.store_name(n);
                    self.delete_name(n);
                }
            }
            FBlock::FinallyEnd { handler_depth } => {
                self.truncate_handlers(*handler_depth);
                // Stack: [prev, exc] (+ return value).
                if ret == 1 {
                    // [prev, exc, value] -> [value, prev]
                    self.emit(Op::Swap(2));
                    self.emit(Op::PopTop);
                    self.emit(Op::Swap(2));
                } else {
                    self.emit(Op::PopTop);
                }
                self.emit(Op::PopExcept);
            }
        }
        Ok(())
    }

    fn truncate_handlers(&mut self, n: usize) {
        self.u().handler_stack.truncate(n);
    }

    fn try_stmt(&mut self, t: &ast::StmtTry) -> CResult<()> {
        if t.finalbody.is_empty() {
            return self.try_handlers(t);
        }
        let end = self.new_label();
        let fin_exc = self.new_label();
        let hdepth = self.u().handler_stack.len();
        let depth = self.push_handler(fin_exc);
        self.u().fblocks.push(FBlock::TryFinally {
            body: &*t.finalbody as *const [Stmt],
            handler_depth: hdepth,
        });
        if t.handlers.is_empty() {
            self.body(&t.body)?;
        } else {
            self.try_handlers(t)?;
        }
        self.u().fblocks.pop();
        self.pop_handler();
        self.body(&t.finalbody)?;
        self.jump(Op::Jump, end);
        // Exceptional path: [exc]
        self.bind_handler(fin_exc, depth);
        let cleanup = self.new_label();
        self.push_handler_at(cleanup, depth + 1);
        self.emit(Op::PushExcInfo);
        self.u().fblocks.push(FBlock::FinallyEnd {
            handler_depth: hdepth,
        });
        self.body(&t.finalbody)?;
        self.u().fblocks.pop();
        // [prev, exc]: re-raise inside the cleanup range, which restores `prev`.
        self.emit(Op::Reraise);
        self.pop_handler();
        self.bind_handler(cleanup, depth + 1);
        self.emit(Op::Swap(2));
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise);
        self.bind(end);
        self.u().depth = depth as i32;
        Ok(())
    }

    fn push_handler_at(&mut self, l: Label, depth: u32) {
        self.u().handler_stack.push((l, depth));
    }

    fn try_handlers(&mut self, t: &ast::StmtTry) -> CResult<()> {
        if t.is_star {
            self.try_star_except(t)
        } else {
            self.try_except(t)
        }
    }

    fn try_except(&mut self, t: &ast::StmtTry) -> CResult<()> {
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
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_pos(h.range);
            let next = self.new_label();
            if let Some(ty) = &h.type_ {
                self.expr(ty)?;
                self.emit(Op::CheckExcMatch);
                self.jump(Op::PopJumpIfFalse, next);
            }
            let name = h.name.as_ref().map(|n| n.id.to_string());
            match &name {
                Some(n) => self.store_name(n),
                None => self.emit(Op::PopTop),
            }
            // [prev]
            let named_cleanup = self.new_label();
            if name.is_some() {
                self.push_handler_at(named_cleanup, depth + 1);
            }
            self.u().fblocks.push(FBlock::Handler {
                name: name.clone(),
                handler_depth: hdepth,
            });
            self.body(&h.body)?;
            self.u().fblocks.pop();
            if name.is_some() {
                self.pop_handler();
            }
            self.emit(Op::PopExcept);
            if let Some(n) = &name {
                self.load_const(Value::None);
                self.store_name(n);
                self.delete_name(n);
            }
            self.jump(Op::Jump, end);
            if let Some(n) = &name {
                // An exception inside a named handler: clear the name, then re-raise.
                self.bind_handler(named_cleanup, depth + 1);
                self.load_const(Value::None);
                self.store_name(n);
                self.delete_name(n);
                self.emit(Op::Reraise);
            }
            self.bind(next);
            self.u().depth = depth as i32 + 2;
        }
        // No handler matched: [prev, exc]
        self.emit(Op::Reraise);
        self.pop_handler();
        self.bind_handler(cleanup, depth + 1);
        self.emit(Op::Swap(2));
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise);
        self.bind(end);
        self.u().depth = depth as i32;
        Ok(())
    }

    fn with_items(
        &mut self,
        items: &[ast::WithItem],
        body: &[Stmt],
        is_async: bool,
    ) -> CResult<()> {
        let Some((first, rest)) = items.split_first() else {
            return self.body(body);
        };
        let end = self.new_label();
        let exc = self.new_label();
        self.expr(&first.context_expr)?;
        if is_async {
            self.emit(Op::BeforeAsyncWith);
            self.emit_await();
        } else {
            self.emit(Op::BeforeWith);
        }
        let hdepth = self.u().handler_stack.len();
        let depth = self.u().depth as u32 - 1;
        match &first.optional_vars {
            Some(v) => self.assign_target(v)?,
            None => self.emit(Op::PopTop),
        }
        self.push_handler_at(exc, depth);
        self.u().fblocks.push(FBlock::With {
            handler_depth: hdepth,
            is_async,
        });
        self.with_items(rest, body, is_async)?;
        self.u().fblocks.pop();
        self.pop_handler();
        self.call_exit(is_async);
        self.jump(Op::Jump, end);
        // [exit, exc]
        self.bind_handler(exc, depth);
        let cleanup = self.new_label();
        self.push_handler_at(cleanup, depth + 1);
        self.emit(Op::PushExcInfo);
        self.emit(Op::WithExceptStart);
        if is_async {
            self.emit_await();
        }
        let suppress = self.new_label();
        self.jump(Op::PopJumpIfTrue, suppress);
        self.emit(Op::Reraise);
        self.bind(suppress);
        // [exit, prev, exc]
        self.u().depth = depth as i32 + 2;
        self.emit(Op::PopTop);
        self.emit(Op::PopExcept);
        self.emit(Op::PopTop);
        self.pop_handler();
        self.jump(Op::Jump, end);
        // [exit, prev, exc2]
        self.bind_handler(cleanup, depth + 1);
        self.emit(Op::Swap(2));
        self.emit(Op::PopExcept);
        self.emit(Op::Swap(2));
        self.emit(Op::PopTop);
        self.emit(Op::Reraise);
        self.bind(end);
        // The exit function is gone on every path.
        self.u().depth = depth as i32 - 1;
        Ok(())
    }

    /// `__exit__(None, None, None)` (awaited for `async with`), result dropped.
    fn call_exit(&mut self, is_async: bool) {
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.emit(Op::Call(2));
        if is_async {
            self.emit_await();
        }
        self.emit(Op::PopTop);
    }

    /// `await` the value on top.
    fn emit_await(&mut self) {
        self.emit(Op::GetAwaitable);
        self.yield_from_loop();
    }

    fn in_async_function(&self) -> bool {
        let scope = &self.st.scopes[self.units.last().expect("unit").scope];
        scope.kind == ScopeKind::Function && scope.is_coroutine
    }

    /// `async for`: `__anext__()` is awaited until it raises StopAsyncIteration.
    fn async_for(&mut self, f: &ast::StmtFor) -> CResult<()> {
        if !self.in_async_function() {
            return self.err("'async for' outside async function", f.range);
        }
        let start = self.new_label();
        let brk = self.new_label();
        let done = self.new_label();
        self.expr(&f.iter)?;
        self.emit(Op::GetAiter);
        self.bind(start);
        self.set_pos(f.iter.range());
        let depth = self.push_handler(done);
        self.emit(Op::GetAnext);
        self.emit_await();
        self.pop_handler();
        self.assign_target(&f.target)?;
        self.u().fblocks.push(FBlock::Loop {
            cont: start,
            brk,
            is_for: true,
        });
        self.body(&f.body)?;
        self.u().fblocks.pop();
        self.jump(Op::Jump, start);
        // [aiter, exc]
        self.bind_handler(done, depth);
        self.set_pos(f.iter.range());
        self.emit(Op::EndAsyncFor);
        self.body(&f.orelse)?;
        self.bind(brk);
        Ok(())
    }

    // ---- functions and classes ----

    fn qualname_for(&self, name: &str) -> String {
        match self.qual_stack.last() {
            Some(p) => format!("{p}.{name}"),
            None => name.to_string(),
        }
    }

    /// Emit defaults and kw-defaults; returns MakeFunction flags.
    fn defaults(&mut self, p: Option<&ast::Parameters>) -> CResult<u32> {
        let mut flags = 0;
        let Some(p) = p else { return Ok(0) };
        let pos: Vec<&Expr> = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !pos.is_empty() {
            for d in &pos {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple(pos.len() as u32));
            flags |= 1;
        }
        let kw: Vec<(&str, &Expr)> = p
            .kwonlyargs
            .iter()
            .filter_map(|a| {
                a.default
                    .as_deref()
                    .map(|d| (a.parameter.name.id.as_str(), d))
            })
            .collect();
        if !kw.is_empty() {
            for (n, d) in &kw {
                let n = self.mangle(n);
                self.load_const(Value::string(n));
                self.expr(d)?;
            }
            self.emit(Op::BuildMap(kw.len() as u32));
            flags |= 2;
        }
        Ok(flags)
    }

    /// Emit the annotations dict of a `def` (CPython's order: positional parameters,
    /// positional-only ones, *args, keyword-only, **kwargs, return); returns the flag bit.
    fn annotations(&mut self, p: Option<&ast::Parameters>, returns: Option<&Expr>) -> CResult<u32> {
        let mut anns: Vec<(&str, &Expr)> = Vec::new();
        if let Some(p) = p {
            anns.extend(p.args.iter().filter_map(param_annotation));
            anns.extend(p.posonlyargs.iter().filter_map(param_annotation));
            if let Some(v) = &p.vararg
                && let Some(e) = &v.annotation
            {
                anns.push((v.name.id.as_str(), e));
            }
            anns.extend(p.kwonlyargs.iter().filter_map(param_annotation));
            if let Some(k) = &p.kwarg
                && let Some(e) = &k.annotation
            {
                anns.push((k.name.id.as_str(), e));
            }
        }
        if let Some(r) = returns {
            anns.push(("return", r));
        }
        if anns.is_empty() {
            return Ok(0);
        }
        for (n, e) in &anns {
            let n = self.mangle(n);
            self.load_const(Value::string(n));
            self.annotation(e)?;
        }
        self.emit(Op::BuildMap(anns.len() as u32));
        Ok(8)
    }

    /// Push the closure tuple for a child scope; returns the flag bit.
    fn closure_for(&mut self, child_scope: usize) -> u32 {
        let free = self.st.scopes[child_scope].freevars.clone();
        if free.is_empty() {
            return 0;
        }
        for n in &free {
            let u = self.units.last().expect("unit");
            let idx = if let Some(i) = u.cellvars.iter().position(|c| c == n) {
                i
            } else {
                u.cellvars.len() + u.freevars.iter().position(|c| c == n).unwrap_or(0)
            };
            self.emit(Op::LoadClosure(idx as u32));
        }
        self.emit(Op::BuildTuple(free.len() as u32));
        4
    }

    fn make_function(
        &mut self,
        scope: usize,
        name: &str,
        params: Option<&ast::Parameters>,
        body: FuncBody,
        firstline: u32,
    ) -> CResult<()> {
        let mut flags_defaults = self.defaults(params)?;
        if let FuncBody::Stmts(_, returns) = body {
            flags_defaults |= self.annotations(params, returns)?;
        }
        let qual = self.qualname_for(name);
        self.push_unit(scope, name, &qual, firstline);
        self.qual_stack.push(format!("{qual}.<locals>"));
        if let Some(p) = params {
            let u = self.u();
            u.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
            u.posonly = p.posonlyargs.len() as u32;
            u.kwonly = p.kwonlyargs.len() as u32;
            if p.vararg.is_some() {
                u.flags |= CO_VARARGS;
            }
            if p.kwarg.is_some() {
                u.flags |= CO_VARKEYWORDS;
            }
        }
        let r = match body {
            FuncBody::Stmts(b, _) => {
                // A leading string is the docstring (kept as the first constant).
                if let Some(Stmt::Expr(e)) = b.first()
                    && let Expr::StringLiteral(s) = &*e.value
                {
                    let v = Value::str(s.value.to_str());
                    self.u().consts.push(v);
                } else {
                    self.u().consts.push(Value::None);
                }
                let r = self.body(b);
                self.load_const(Value::None);
                self.emit(Op::ReturnValue);
                r
            }
            FuncBody::Expr(e) => {
                self.u().consts.push(Value::None);
                let r = self.expr(e);
                self.emit(Op::ReturnValue);
                r
            }
        };
        self.qual_stack.pop();
        let code = self.pop_unit();
        r?;
        let cflag = self.closure_for(scope);
        self.load_const(Value::Code(code));
        self.emit(Op::MakeFunction(flags_defaults | cflag));
        Ok(())
    }

    fn function_def(&mut self, f: &ast::StmtFunctionDef) -> CResult<()> {
        for d in &f.decorator_list {
            self.emit(Op::PushNull);
            self.expr(&d.expression)?;
        }
        self.set_pos(f.range);
        let scope = self.st.by_node[&node_key(f)];
        let firstline = if let Some(d) = f.decorator_list.first() {
            offset_to_line(&self.line_starts, d.range.start().to_u32())
        } else {
            offset_to_line(&self.line_starts, f.range.start().to_u32())
        };
        self.make_function(
            scope,
            f.name.id.as_str(),
            Some(&f.parameters),
            FuncBody::Stmts(&f.body, f.returns.as_deref()),
            firstline,
        )?;
        for d in f.decorator_list.iter().rev() {
            self.at(d.expression.range(), |c| c.emit(Op::Call(1)));
        }
        self.store_name(f.name.id.as_str());
        Ok(())
    }

    fn class_def(&mut self, c: &ast::StmtClassDef) -> CResult<()> {
        for d in &c.decorator_list {
            self.emit(Op::PushNull);
            self.expr(&d.expression)?;
        }
        self.set_pos(c.range());
        let scope = self.st.by_node[&node_key(c)];
        let name = c.name.id.as_str();
        self.emit(Op::PushNull);
        self.emit(Op::LoadBuildClass);
        // The class body function.
        let qual = self.qualname_for(name);
        let firstline = offset_to_line(&self.line_starts, c.range.start().to_u32());
        self.push_unit(scope, name, &qual, firstline);
        self.qual_stack.push(qual.clone());
        let outer_private = self.private.replace(name.to_string());
        {
            let mi = self.name_idx("__name__");
            self.emit(Op::LoadName(mi));
            let m = self.name_idx("__module__");
            self.emit(Op::StoreName(m));
            self.load_const(Value::str(&qual));
            let q = self.name_idx("__qualname__");
            self.emit(Op::StoreName(q));
        }
        if has_annotations(&c.body) {
            self.emit(Op::SetupAnnotations);
        }
        if let Some(Stmt::Expr(e)) = c.body.first()
            && let Expr::StringLiteral(s) = &*e.value
        {
            self.load_const(Value::str(s.value.to_str()));
            let d = self.name_idx("__doc__");
            self.emit(Op::StoreName(d));
        }
        let r = self.body(&c.body);
        if self.u().cellvars.iter().any(|n| n == "__class__") {
            let i = self.deref_index("__class__");
            self.emit(Op::LoadClosure(i));
            let ci = self.name_idx("__classcell__");
            self.emit(Op::StoreName(ci));
        }
        self.load_const(Value::None);
        self.emit(Op::ReturnValue);
        self.qual_stack.pop();
        self.private = outer_private;
        let code = self.pop_unit();
        r?;
        let cflag = self.closure_for(scope);
        self.load_const(Value::Code(code));
        self.emit(Op::MakeFunction(cflag));
        self.load_const(Value::str(name));
        let simple = c.arguments.as_ref().is_none_or(|a| {
            !a.args.iter().any(|b| matches!(b, Expr::Starred(_)))
                && a.keywords.iter().all(|k| k.arg.is_some())
        });
        match &c.arguments {
            Some(a) if !simple => {
                // __build_class__(func, name, *bases, **kwargs) as CALL_FUNCTION_EX.
                self.emit(Op::BuildList(2));
                for b in a.args.iter() {
                    match b {
                        Expr::Starred(s) => {
                            self.expr(&s.value)?;
                            self.emit(Op::ListExtend(1));
                        }
                        other => {
                            self.expr(other)?;
                            self.emit(Op::ListAppend(1));
                        }
                    }
                }
                self.emit(Op::ListToTuple);
                self.call_keywords_ex(a, c.range)?;
            }
            _ => {
                let mut nargs = 0;
                let mut names = Vec::new();
                if let Some(a) = &c.arguments {
                    for b in a.args.iter() {
                        self.expr(b)?;
                    }
                    for k in a.keywords.iter() {
                        self.expr(&k.value)?;
                        names.push(Value::str(k.arg.as_ref().map_or("", |n| n.id.as_str())));
                    }
                    nargs = a.args.len() + names.len();
                }
                if !names.is_empty() {
                    let ci = self.add_const(Value::tuple(names));
                    self.emit(Op::KwNames(ci));
                }
                self.emit(Op::Call(2 + nargs as u32));
            }
        }
        for d in c.decorator_list.iter().rev() {
            self.at(d.expression.range(), |c| c.emit(Op::Call(1)));
        }
        self.store_name(name);
        Ok(())
    }

    // ---- expressions ----

    /// Jump to `target` when the truth of `e` equals `when`.
    fn cond_jump(&mut self, e: &Expr, when: bool, target: Label) -> CResult<()> {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                return self.cond_jump(&u.operand, !when, target);
            }
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                if is_and != when {
                    // and/jump-if-false or or/jump-if-true: any operand decides.
                    for v in &b.values {
                        self.cond_jump(v, when, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    let n = b.values.len();
                    for v in &b.values[..n - 1] {
                        self.cond_jump(v, !when, skip)?;
                    }
                    self.cond_jump(&b.values[n - 1], when, target)?;
                    self.bind(skip);
                }
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        // CPython 3.11 leaves a comparison's position current after its jump, so a
        // failing `assert a == b` points at the comparison.
        if matches!(e, Expr::Compare(_)) {
            self.set_pos(e.range());
        }
        if when {
            self.jump(Op::PopJumpIfTrue, target);
        } else {
            self.jump(Op::PopJumpIfFalse, target);
        }
        Ok(())
    }

    /// An expression; its own instructions are placed at its range, as CPython's are.
    fn expr(&mut self, e: &Expr) -> CResult<()> {
        self.at(e.range(), |c| c.expr_node(e))
    }

    fn expr_node(&mut self, e: &Expr) -> CResult<()> {
        match e {
            Expr::NumberLiteral(n) => {
                let v = match &n.value {
                    ast::Number::Int(i) => match i.as_i64() {
                        Some(v) => Value::Int(v),
                        None => {
                            let text = i.to_string();
                            match crate::fmt::parse_int(&text, 0) {
                                Ok(b) => Value::from_bigint(b),
                                Err(_) => return self.err("invalid integer literal", n.range),
                            }
                        }
                    },
                    ast::Number::Float(f) => Value::Float(*f),
                    ast::Number::Complex { real, imag } => Value::complex(*real, *imag),
                };
                self.load_const(v);
            }
            Expr::StringLiteral(s) => self.load_const(Value::str(s.value.to_str())),
            Expr::BytesLiteral(b) => {
                let bytes: Vec<u8> = b.value.bytes().collect();
                self.load_const(Value::Bytes(Rc::new(bytes)));
            }
            Expr::BooleanLiteral(b) => self.load_const(Value::Bool(b.value)),
            Expr::NoneLiteral(_) => self.load_const(Value::None),
            Expr::EllipsisLiteral(_) => self.load_const(Value::Ellipsis),
            Expr::Name(n) => self.load_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let ni = self.attr_idx(a.attr.id.as_str());
                self.emit(Op::LoadAttr(ni));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::BinarySubscr);
            }
            Expr::Slice(s) => {
                let mut n = 2;
                match &s.lower {
                    Some(l) => self.expr(l)?,
                    None => self.load_const(Value::None),
                }
                match &s.upper {
                    Some(l) => self.expr(l)?,
                    None => self.load_const(Value::None),
                }
                if let Some(st) = &s.step {
                    self.expr(st)?;
                    n = 3;
                }
                self.emit(Op::BuildSlice(n));
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Op::BinaryOp(binop(b.op)));
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                self.emit(match u.op {
                    ast::UnaryOp::Not => Op::UnaryNot,
                    ast::UnaryOp::USub => Op::UnaryNeg,
                    ast::UnaryOp::UAdd => Op::UnaryPos,
                    ast::UnaryOp::Invert => Op::UnaryInvert,
                });
            }
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        if b.op == ast::BoolOp::And {
                            self.jump(Op::JumpIfFalseOrPop, end);
                        } else {
                            self.jump(Op::JumpIfTrueOrPop, end);
                        }
                    }
                }
                self.bind(end);
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.cond_jump(&i.test, false, orelse)?;
                self.expr(&i.body)?;
                self.jump(Op::Jump, end);
                self.bind(orelse);
                self.u().depth -= 1;
                self.expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Op::Copy(1));
                self.assign_target(&n.target)?;
            }
            Expr::Tuple(t) => self.sequence(&t.elts, SeqKind::Tuple)?,
            Expr::List(t) => self.sequence(&t.elts, SeqKind::List)?,
            Expr::Set(t) => self.sequence(&t.elts, SeqKind::Set)?,
            Expr::Dict(d) => {
                let has_unpack = d.items.iter().any(|it| it.key.is_none());
                if !has_unpack {
                    for it in &d.items {
                        if let Some(k) = &it.key {
                            self.expr(k)?;
                        }
                        self.expr(&it.value)?;
                    }
                    self.emit(Op::BuildMap(d.items.len() as u32));
                } else {
                    self.emit(Op::BuildMap(0));
                    let mut pending = 0;
                    for it in &d.items {
                        match &it.key {
                            Some(k) => {
                                self.expr(k)?;
                                self.expr(&it.value)?;
                                pending += 1;
                            }
                            None => {
                                if pending > 0 {
                                    self.emit(Op::BuildMap(pending));
                                    self.emit(Op::DictUpdate(1));
                                    pending = 0;
                                }
                                self.expr(&it.value)?;
                                self.emit(Op::DictUpdate(1));
                            }
                        }
                    }
                    if pending > 0 {
                        self.emit(Op::BuildMap(pending));
                        self.emit(Op::DictUpdate(1));
                    }
                }
            }
            Expr::Call(c) => self.call(c)?,
            Expr::Lambda(l) => {
                let scope = self.st.by_node[&node_key(l)];
                let line = offset_to_line(&self.line_starts, l.range.start().to_u32());
                self.make_function(
                    scope,
                    "<lambda>",
                    l.parameters.as_deref(),
                    FuncBody::Expr(&l.body),
                    line,
                )?;
            }
            Expr::ListComp(c) => self.comprehension(
                node_key(c),
                "<listcomp>",
                &c.generators,
                CompKind::List(&c.elt),
            )?,
            Expr::SetComp(c) => self.comprehension(
                node_key(c),
                "<setcomp>",
                &c.generators,
                CompKind::Set(&c.elt),
            )?,
            Expr::DictComp(c) => {
                let Some(k) = &c.key else {
                    return self.err("dict unpacking in comprehension", c.range);
                };
                self.comprehension(
                    node_key(c),
                    "<dictcomp>",
                    &c.generators,
                    CompKind::Dict(k, &c.value),
                )?
            }
            Expr::Generator(c) => self.comprehension(
                node_key(c),
                "<genexpr>",
                &c.generators,
                CompKind::Gen(&c.elt),
            )?,
            Expr::Yield(y) => {
                if self.st.scopes[self.units.last().expect("unit").scope].kind
                    == ScopeKind::Comprehension
                {
                    return self.err("'yield' inside list comprehension", y.range);
                }
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                if self.in_async_function() {
                    self.emit(Op::AsyncGenWrap);
                }
                self.emit(Op::YieldValue);
            }
            Expr::YieldFrom(y) => {
                if self.in_async_function() {
                    return self.err("'yield from' inside async function", y.range);
                }
                self.expr(&y.value)?;
                self.emit(Op::GetYieldFromIter);
                self.yield_from_loop();
            }
            Expr::Await(a) => {
                self.expr(&a.value)?;
                self.emit(Op::GetAwaitable);
                self.yield_from_loop();
            }
            Expr::FString(f) => {
                let mut n = 0;
                for part in f.value.iter() {
                    match part {
                        ast::FStringPart::Literal(l) => {
                            self.load_const(Value::str(&l.value));
                            n += 1;
                        }
                        ast::FStringPart::FString(fs) => {
                            n += self.fstring_elements(&fs.elements)?
                        }
                    }
                }
                if n == 1 {
                    // A lone literal or value still needs to be a str.
                    self.emit(Op::BuildString(1));
                } else {
                    self.emit(Op::BuildString(n));
                }
            }
            Expr::Starred(s) => return self.err("can't use starred expression here", s.range),
            Expr::TString(t) => return self.err("template strings are not supported", t.range),
            Expr::IpyEscapeCommand(c) => return self.err("invalid syntax", c.range),
        }
        Ok(())
    }

    fn yield_from_loop(&mut self) {
        let send = self.new_label();
        let exit = self.new_label();
        self.load_const(Value::None);
        self.bind(send);
        self.jump(Op::Send, exit);
        self.emit(Op::YieldValue);
        self.jump(Op::Jump, send);
        self.bind(exit);
    }

    fn fstring_elements(&mut self, els: &ast::InterpolatedStringElements) -> CResult<u32> {
        let mut n = 0;
        for el in els.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    self.load_const(Value::str(&l.value));
                    n += 1;
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conv = match i.conversion {
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    if let Some(dt) = &i.debug_text {
                        let text = format!(
                            "{}{}{}",
                            dt.leading(),
                            self.debug_expr_text(i),
                            dt.trailing()
                        );
                        self.load_const(Value::str(&text));
                        n += 1;
                        if conv == 0 && i.format_spec.is_none() {
                            conv = 2;
                        }
                    }
                    self.expr(&i.expression)?;
                    let mut flags = conv;
                    if let Some(spec) = &i.format_spec {
                        let k = self.fstring_elements(&spec.elements)?;
                        if k != 1 {
                            self.emit(Op::BuildString(k));
                        }
                        flags |= 4;
                    }
                    self.emit(Op::FormatValue(flags));
                    n += 1;
                }
            }
        }
        Ok(n)
    }

    fn debug_expr_text(&self, i: &ast::InterpolatedElement) -> String {
        let r = i.expression.range();
        self.source
            .get(r.start().to_usize()..r.end().to_usize())
            .unwrap_or("")
            .to_string()
    }

    fn compare(&mut self, c: &ast::ExprCompare) -> CResult<()> {
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.expr(&c.comparators[0])?;
            self.emit(cmp_op(c.ops[0]));
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n {
            self.expr(&c.comparators[i])?;
            if i + 1 < n {
                // [a, b] -> [b, a, b]: compare a with b, keep b for the next link.
                self.emit(Op::Swap(2));
                self.emit(Op::Copy(2));
                self.emit(cmp_op(c.ops[i]));
                self.jump(Op::JumpIfFalseOrPop, cleanup);
            } else {
                self.emit(cmp_op(c.ops[i]));
            }
        }
        self.jump(Op::Jump, end);
        self.bind(cleanup);
        self.u().depth += 1;
        self.emit(Op::Swap(2));
        self.emit(Op::PopTop);
        self.bind(end);
        Ok(())
    }

    fn sequence(&mut self, elts: &[Expr], kind: SeqKind) -> CResult<()> {
        let has_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !has_star {
            for e in elts {
                self.expr(e)?;
            }
            let n = elts.len() as u32;
            self.emit(match kind {
                SeqKind::Tuple => Op::BuildTuple(n),
                SeqKind::List => Op::BuildList(n),
                SeqKind::Set => Op::BuildSet(n),
            });
            return Ok(());
        }
        // Build a list (or set) incrementally, then convert.
        let is_set = matches!(kind, SeqKind::Set);
        self.emit(if is_set {
            Op::BuildSet(0)
        } else {
            Op::BuildList(0)
        });
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(if is_set {
                        Op::SetUpdate(1)
                    } else {
                        Op::ListExtend(1)
                    });
                }
                other => {
                    self.expr(other)?;
                    self.emit(if is_set {
                        Op::SetAdd(1)
                    } else {
                        Op::ListAppend(1)
                    });
                }
            }
        }
        if matches!(kind, SeqKind::Tuple) {
            self.emit(Op::ListToTuple);
        }
        Ok(())
    }

    fn call(&mut self, c: &ast::ExprCall) -> CResult<()> {
        let args = &c.arguments;
        let simple = !args.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            && args.keywords.iter().all(|k| k.arg.is_some());
        // Method call fast path.
        let is_method = matches!(&*c.func, Expr::Attribute(_)) && simple;
        if is_method {
            let Expr::Attribute(a) = &*c.func else {
                unreachable!()
            };
            self.expr(&a.value)?;
            let ni = self.attr_idx(a.attr.id.as_str());
            let at = self.method_range(a, a.range);
            self.at(at, |c| c.emit(Op::LoadMethod(ni)));
        } else {
            self.emit(Op::PushNull);
            self.expr(&c.func)?;
        }
        if simple {
            for a in args.args.iter() {
                self.expr(a)?;
            }
            let mut names = Vec::new();
            for k in args.keywords.iter() {
                self.expr(&k.value)?;
                names.push(Value::str(
                    k.arg.as_ref().map(|n| n.id.as_str()).unwrap_or(""),
                ));
            }
            let total = (args.args.len() + names.len()) as u32;
            if !names.is_empty() {
                let ci = self.add_const(Value::tuple(names));
                self.emit(Op::KwNames(ci));
            }
            let at = match &*c.func {
                Expr::Attribute(a) if is_method => self.method_range(a, c.range()),
                _ => c.range(),
            };
            self.set_pos(at);
            self.emit(Op::Call(total));
            return Ok(());
        }
        // General form: an args tuple (or the lone `*x` itself) and a kwargs dict (or the
        // lone `**x` itself); CALL_FUNCTION_EX checks and converts what it is given.
        if let [Expr::Starred(s)] = &args.args[..] {
            self.expr(&s.value)?;
            return self.call_keywords_ex(args, c.range());
        }
        self.emit(Op::BuildList(0));
        for a in args.args.iter() {
            match a {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(Op::ListExtend(1));
                }
                other => {
                    self.expr(other)?;
                    self.emit(Op::ListAppend(1));
                }
            }
        }
        self.emit(Op::ListToTuple);
        self.call_keywords_ex(args, c.range())
    }

    /// A method call's position: from the method name when that is on a later line than
    /// where `range` starts (CPython 3.11 then points at `.name(...)` only).
    fn method_range(&self, a: &ast::ExprAttribute, range: TextRange) -> TextRange {
        let line = |o: ruff_text_size::TextSize| offset_to_line(&self.line_starts, o.to_u32());
        if line(range.start()) != line(a.attr.range.end()) {
            TextRange::new(a.attr.range.start(), range.end())
        } else {
            range
        }
    }

    /// The keyword part of CALL_FUNCTION_EX, then the call.
    fn call_keywords_ex(&mut self, args: &ast::Arguments, range: TextRange) -> CResult<()> {
        let has_kw = !args.keywords.is_empty();
        if let [
            ast::Keyword {
                arg: None, value, ..
            },
        ] = &args.keywords[..]
        {
            self.expr(value)?;
        } else if has_kw {
            self.emit(Op::BuildMap(0));
            for k in args.keywords.iter() {
                match &k.arg {
                    Some(n) => {
                        self.load_const(Value::str(n.id.as_str()));
                        self.expr(&k.value)?;
                        self.emit(Op::BuildMap(1));
                        self.emit(Op::DictMerge(1));
                    }
                    None => {
                        self.expr(&k.value)?;
                        self.emit(Op::DictMerge(1));
                    }
                }
            }
        }
        self.set_pos(range);
        self.emit(Op::CallEx(has_kw as u32));
        Ok(())
    }

    fn comprehension(
        &mut self,
        key: usize,
        name: &str,
        gens: &[ast::Comprehension],
        kind: CompKind,
    ) -> CResult<()> {
        let scope = self.st.by_node[&key];
        let pos = self.u().pos;
        let qual = self.qualname_for(name);
        self.push_unit(scope, name, &qual, pos.line);
        self.u().pos = pos;
        self.u().argcount = 1;
        self.qual_stack.push(format!("{qual}.<locals>"));
        match kind {
            CompKind::List(_) => self.emit(Op::BuildList(0)),
            CompKind::Set(_) => self.emit(Op::BuildSet(0)),
            CompKind::Dict(..) => self.emit(Op::BuildMap(0)),
            CompKind::Gen(_) => {}
        }
        let r = self.comp_loop(gens, 0, &kind);
        if !matches!(kind, CompKind::Gen(_)) {
            self.emit(Op::ReturnValue);
        } else {
            self.load_const(Value::None);
            self.emit(Op::ReturnValue);
        }
        self.qual_stack.pop();
        let code = self.pop_unit();
        r?;
        self.emit(Op::PushNull);
        let cflag = self.closure_for(scope);
        self.load_const(Value::Code(code));
        self.emit(Op::MakeFunction(cflag));
        self.expr(&gens[0].iter)?;
        self.emit(if gens[0].is_async {
            Op::GetAiter
        } else {
            Op::GetIter
        });
        self.emit(Op::Call(1));
        // A comprehension with `async for` or `await` is a coroutine to await (or, for a
        // generator expression, an async generator).
        if self.st.scopes[scope].is_coroutine && !matches!(kind, CompKind::Gen(_)) {
            let outer = &self.st.scopes[self.units.last().expect("unit").scope];
            if !outer.is_coroutine {
                return self.err(
                    "asynchronous comprehension outside of an asynchronous function",
                    gens[0].range,
                );
            }
            self.emit_await();
        }
        Ok(())
    }

    fn comp_loop(&mut self, gens: &[ast::Comprehension], i: usize, kind: &CompKind) -> CResult<()> {
        let g = &gens[i];
        let start = self.new_label();
        let end = self.new_label();
        if i == 0 {
            self.emit(Op::LoadFast(0));
        } else {
            self.expr(&g.iter)?;
            self.emit(if g.is_async {
                Op::GetAiter
            } else {
                Op::GetIter
            });
        }
        self.bind(start);
        // `async for`: await __anext__() until StopAsyncIteration (caught at `end`).
        let handler_depth = if g.is_async {
            let d = self.push_handler(end);
            self.emit(Op::GetAnext);
            self.emit_await();
            self.pop_handler();
            Some(d)
        } else {
            self.jump(Op::ForIter, end);
            None
        };
        self.assign_target(&g.target)?;
        for cond in &g.ifs {
            self.cond_jump(cond, false, start)?;
        }
        if i + 1 < gens.len() {
            self.comp_loop(gens, i + 1, kind)?;
        } else {
            let depth = (i + 2) as u32;
            match kind {
                CompKind::List(e) => {
                    self.expr(e)?;
                    self.emit(Op::ListAppend(depth));
                }
                CompKind::Set(e) => {
                    self.expr(e)?;
                    self.emit(Op::SetAdd(depth));
                }
                CompKind::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Op::MapAdd(depth));
                }
                CompKind::Gen(e) => {
                    self.expr(e)?;
                    if self.st.scopes[self.units.last().expect("unit").scope].is_coroutine {
                        self.emit(Op::AsyncGenWrap);
                    }
                    self.emit(Op::YieldValue);
                    self.emit(Op::PopTop);
                }
            }
        }
        self.jump(Op::Jump, start);
        match handler_depth {
            Some(d) => {
                self.bind_handler(end, d);
                self.emit(Op::EndAsyncFor);
            }
            None => self.bind(end),
        }
        Ok(())
    }
}

#[derive(Clone, Copy)]
enum FuncBody<'a> {
    /// A `def` body and its return annotation.
    Stmts(&'a [Stmt], Option<&'a Expr>),
    Expr(&'a Expr),
}

enum SeqKind {
    Tuple,
    List,
    Set,
}

enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

fn param_annotation(a: &ast::ParameterWithDefault) -> Option<(&str, &Expr)> {
    let ann = a.parameter.annotation.as_deref()?;
    Some((a.parameter.name.id.as_str(), ann))
}

/// Does a module or class body hold an annotated assignment (outside nested scopes)?
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::If(i) => {
            has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body))
        }
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        Stmt::Match(m) => m.cases.iter().any(|c| has_annotations(&c.body)),
        _ => false,
    })
}

fn binop(op: ast::Operator) -> BinOp {
    match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::MatMult => BinOp::MatMul,
        ast::Operator::Div => BinOp::TrueDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitOr => BinOp::Or,
        ast::Operator::BitXor => BinOp::Xor,
        ast::Operator::BitAnd => BinOp::And,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
    }
}

fn cmp_op(op: ast::CmpOp) -> Op {
    match op {
        ast::CmpOp::Eq => Op::Compare(CmpOp::Eq),
        ast::CmpOp::NotEq => Op::Compare(CmpOp::Ne),
        ast::CmpOp::Lt => Op::Compare(CmpOp::Lt),
        ast::CmpOp::LtE => Op::Compare(CmpOp::Le),
        ast::CmpOp::Gt => Op::Compare(CmpOp::Gt),
        ast::CmpOp::GtE => Op::Compare(CmpOp::Ge),
        ast::CmpOp::Is => Op::IsOp(false),
        ast::CmpOp::IsNot => Op::IsOp(true),
        ast::CmpOp::In => Op::ContainsOp(false),
        ast::CmpOp::NotIn => Op::ContainsOp(true),
    }
}

/// Stack depth change of the fall-through path.
fn stack_effect(op: Op) -> i32 {
    use Op::*;
    match op {
        Nop | Jump(_) | UnaryNeg | UnaryPos | UnaryNot | UnaryInvert | GetIter
        | GetYieldFromIter | GetAwaitable | ListToTuple | Swap(_) | KwNames(_) | LoadAttr(_)
        | DeleteFast(_) | DeleteDeref(_) | DeleteGlobal(_) | DeleteName(_) | YieldValue
        | GenStart | Reraise => match op {
            Reraise => -1,
            _ => 0,
        },
        PopTop | StoreFast(_) | StoreDeref(_) | StoreGlobal(_) | StoreName(_) | DeleteAttr(_)
        | PopJumpIfFalse(_) | PopJumpIfTrue(_) | JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_)
        | ListAppend(_) | SetAdd(_) | ListExtend(_) | SetUpdate(_) | DictUpdate(_)
        | DictMerge(_) | PopExcept | ReturnValue | ImportStar => -1,
        // A superinstruction counts as its first half; the second is still in the code.
        LoadFastConst(..)
        | LoadFastFast(..)
        | PushNullLoadGlobal(_)
        | LoadConstBinary(..)
        | LoadFastConstBinary(..) => 1,
        StoreFastLoadFast(..) => -1,
        Copy(_) | PushNull | LoadConst(_) | LoadFast(_) | LoadDeref(_) | LoadClosure(_)
        | LoadClassDeref(_) | LoadGlobal(_) | LoadName(_) | LoadMethod(_) | ForIter(_)
        | LoadBuildClass | LoadAssertionError | ImportFrom(_) | BeforeWith | PushExcInfo
        | WithExceptStart | MatchMapping | MatchSequence | MatchKeys | GetLen | GetAnext
        | BeforeAsyncWith => 1,
        StoreAttr(_) | DeleteSubscr | MapAdd(_) | MatchClass(_) => -2,
        CopyDictWithoutKeys | PrepReraiseStar => -1,
        CheckEgMatch | GetAiter | AsyncGenWrap => 0,
        EndAsyncFor => -2,
        StoreSubscr => -3,
        BinarySubscr | BinaryOp(_) | InplaceOp(_) | Compare(_) | IsOp(_) | ContainsOp(_)
        | ImportName(_) => -1,
        BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) => 1 - n as i32,
        BuildMap(n) => 1 - 2 * n as i32,
        BuildSlice(n) => 1 - n as i32,
        UnpackSequence(n) => n as i32 - 1,
        UnpackEx(n) => ((n & 0xffff) + (n >> 16) + 1) as i32 - 1,
        FormatValue(f) => {
            if f & 4 != 0 {
                -1
            } else {
                0
            }
        }
        MakeFunction(f) => -(f.count_ones() as i32),
        Call(n) => -(n as i32) - 1,
        CallEx(k) => -2 - k as i32,
        Send(_) => 0,
        Raise(k) => -(k as i32),
        CheckExcMatch => 0,
        SetupAnnotations => 0,
    }
}

fn effect_on_jump(op: Op) -> i32 {
    match op {
        Op::PopJumpIfFalse(_) | Op::PopJumpIfTrue(_) => -1,
        _ => 0,
    }
}
