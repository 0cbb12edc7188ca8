//! The compact bytecode: instructions, code objects, line and exception tables.

use crate::vm::value::{PyStr, Value};
use std::rc::Rc;

/// Binary operators, shared by `BinaryOp` and `InplaceOp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }
    /// The dunder names (forward, reflected, in-place).
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
    pub fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
}

/// One instruction. Operands index the code object's tables (consts, names, locals, cells)
/// or are jump targets (instruction indices).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    Nop,
    PopTop,
    /// Push a copy of the item `n` deep (1 = top).
    Copy(u32),
    /// Swap the top with the item `n` deep.
    Swap(u32),
    PushNull,
    // Superinstructions (see compiler/superinstructions.rs): each stands in for itself
    // and the next instruction, which stays in place, so jumps and tables are unchanged.
    /// LOAD_FAST local, then LOAD_CONST const.
    LoadFastConst(u16, u16),
    /// LOAD_FAST, then LOAD_FAST.
    LoadFastFast(u16, u16),
    /// PUSH_NULL, then LOAD_GLOBAL name.
    PushNullLoadGlobal(u32),
    /// STORE_FAST local, then LOAD_FAST local.
    StoreFastLoadFast(u16, u16),
    /// LOAD_CONST const, then BINARY_OP or INPLACE_OP op (int operands computed at once).
    LoadConstBinary(u16, BinOp),
    /// LOAD_FAST local, LOAD_CONST const, then BINARY_OP or INPLACE_OP op: three
    /// instructions, the last two still in place.
    LoadFastConstBinary(u16, u16, BinOp),
    LoadConst(u32),
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    LoadClosure(u32),
    /// Class bodies: look in the class namespace first, then the cell.
    LoadClassDeref(u32),
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    LoadAttr(u32),
    StoreAttr(u32),
    DeleteAttr(u32),
    /// Pushes [method, self] or [NULL, attribute].
    LoadMethod(u32),
    BinarySubscr,
    StoreSubscr,
    DeleteSubscr,
    BinaryOp(BinOp),
    InplaceOp(BinOp),
    UnaryNeg,
    UnaryPos,
    UnaryNot,
    UnaryInvert,
    Compare(CmpOp),
    IsOp(bool),
    ContainsOp(bool),
    Jump(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    GetIter,
    /// Push the next item, or pop the iterator and jump when it is exhausted.
    ForIter(u32),
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    BuildMap(u32),
    BuildSlice(u32),
    BuildString(u32),
    ListAppend(u32),
    SetAdd(u32),
    MapAdd(u32),
    ListExtend(u32),
    SetUpdate(u32),
    DictUpdate(u32),
    /// Like DictUpdate but raises on duplicate keys (for `**` in calls).
    DictMerge(u32),
    ListToTuple,
    UnpackSequence(u32),
    /// Low 16 bits: targets before the star; high bits: after it.
    UnpackEx(u32),
    /// Flags: low 2 bits conversion (0 none, 1 str, 2 repr, 3 ascii), bit 2: a spec is on the stack.
    FormatValue(u32),
    /// Flags: 1 defaults tuple, 2 kw-defaults dict, 4 closure tuple. The code is on top.
    MakeFunction(u32),
    /// Names of keyword arguments of the next Call (a tuple constant).
    KwNames(u32),
    Call(u32),
    /// Stack: [NULL, callable, args tuple, (kwargs dict)]. Operand 1 when kwargs present.
    CallEx(u32),
    ReturnValue,
    YieldValue,
    GetYieldFromIter,
    GetAwaitable,
    /// Send the top to the iterator below it; jump with the return value when it finishes.
    Send(u32),
    /// 0: re-raise current, 1: raise top, 2: raise with cause.
    Raise(u32),
    /// Re-raise the exception on top (used by finally/except cleanup).
    Reraise,
    PushExcInfo,
    PopExcept,
    /// Stack: [exc, type] -> [exc, bool]
    CheckExcMatch,
    ImportName(u32),
    ImportFrom(u32),
    ImportStar,
    LoadBuildClass,
    /// Pushes [__exit__ bound, result of __enter__].
    BeforeWith,
    /// Stack: [exit, ..., exc] -> calls exit(type, exc, tb), pushes result.
    WithExceptStart,
    LoadAssertionError,
    SetupAnnotations,
    /// `match`: push whether TOS is a mapping (a dict, or a class flagged as one).
    MatchMapping,
    /// `match`: push whether TOS is a sequence (not str, bytes or bytearray).
    MatchSequence,
    /// Stack: [subject, keys] -> [subject, keys, values tuple or None].
    MatchKeys,
    /// Stack: [subject, cls, attribute names] -> [attributes tuple or None].
    /// Operand: the number of positional sub-patterns.
    MatchClass(u32),
    /// Push len(TOS).
    GetLen,
    /// Stack: [subject, keys] -> [dict of the subject's other items] (for `**rest`).
    CopyDictWithoutKeys,
    /// except*: [rest, type] -> [still unhandled, matching part or None]; the match
    /// becomes the exception being handled.
    CheckEgMatch,
    /// except*: [original, list of raised and unhandled] -> [exception to re-raise or None].
    PrepReraiseStar,
    /// async for: replace TOS by its asynchronous iterator (`__aiter__`).
    GetAiter,
    /// async for: push the awaitable of `__anext__` of the iterator on top.
    GetAnext,
    /// async for, on an exception: [aiter, exc] -> [] for StopAsyncIteration, else re-raise.
    EndAsyncFor,
    /// async with: [manager] -> [bound __aexit__, awaitable of __aenter__()].
    BeforeAsyncWith,
    /// A value yielded by an async generator's own `yield` (not by an await inside it).
    AsyncGenWrap,
    /// Marks the start of a generator body; raises if resumed with a non-None value (never executed twice).
    GenStart,
}

/// Code flags (CPython values, so `co_flags` reads the same).
pub const CO_OPTIMIZED: u32 = 0x1;
pub const CO_NEWLOCALS: u32 = 0x2;
pub const CO_VARARGS: u32 = 0x4;
pub const CO_VARKEYWORDS: u32 = 0x8;
pub const CO_NESTED: u32 = 0x10;
pub const CO_GENERATOR: u32 = 0x20;
pub const CO_NOFREE: u32 = 0x40;
pub const CO_COROUTINE: u32 = 0x80;
pub const CO_ITERABLE_COROUTINE: u32 = 0x100;
pub const CO_ASYNC_GENERATOR: u32 = 0x200;

/// One handler range: instructions in [start, end) jump to `target` on an exception,
/// after cutting the value stack to `depth`.
#[derive(Clone, Copy, Debug)]
pub struct ExcEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
}

/// Where the AST node that emitted an instruction is: its first and last lines and the
/// UTF-8 byte columns within them (`Pos::NO_COL` when only the line is known).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Pos {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

impl Pos {
    pub const NO_COL: u32 = u32::MAX;
    pub fn line_only(line: u32) -> Pos {
        Pos {
            line,
            end_line: line,
            col: Pos::NO_COL,
            end_col: Pos::NO_COL,
        }
    }
}

/// A compiled function, class body, module or comprehension.
#[derive(Clone)]
pub struct Code {
    pub name: Rc<PyStr>,
    pub qualname: Rc<PyStr>,
    pub filename: Rc<PyStr>,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub ops: Vec<Op>,
    /// Source position of each instruction (tracebacks and line numbers).
    pub positions: Vec<Pos>,
    pub consts: Vec<Value>,
    pub names: Vec<Rc<PyStr>>,
    pub varnames: Vec<Rc<PyStr>>,
    pub cellvars: Vec<Rc<PyStr>>,
    pub freevars: Vec<Rc<PyStr>>,
    /// For each cellvar that is also an argument: (cell index, argument slot).
    pub cell_args: Vec<(u32, u32)>,
    pub exc_table: Vec<ExcEntry>,
    pub max_stack: u32,
    /// Where each of `names` was last found as a global (see vm/names.rs).
    pub name_cache: Box<[std::cell::Cell<NameCache>]>,
    /// How each of `names` last resolved as an attribute (see vm/attr_cache.rs).
    pub attr_cache: Box<[std::cell::Cell<crate::vm::attr_cache::AttrCache>]>,
}

/// A global or builtin name's entry index, valid while the dicts' key versions match.
#[derive(Clone, Copy)]
pub struct NameCache {
    pub globals_version: u64,
    pub builtins_version: u64,
    pub index: u32,
    pub in_builtins: bool,
}

impl NameCache {
    pub const EMPTY: NameCache = NameCache {
        globals_version: u64::MAX,
        builtins_version: u64::MAX,
        index: 0,
        in_builtins: false,
    };
}

impl Op {
    /// The instruction a superinstruction stands in for first (itself otherwise).
    pub fn unfused(self) -> Op {
        match self {
            Op::LoadFastConst(l, _) | Op::LoadFastFast(l, _) | Op::LoadFastConstBinary(l, ..) => {
                Op::LoadFast(l as u32)
            }
            Op::StoreFastLoadFast(l, _) => Op::StoreFast(l as u32),
            Op::LoadConstBinary(c, _) => Op::LoadConst(c as u32),
            Op::PushNullLoadGlobal(_) => Op::PushNull,
            op => op,
        }
    }
}

impl Code {
    /// Slots a frame needs: locals, cells, free variables and the deepest stack.
    pub fn nslots(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len() + self.max_stack as usize
    }

    /// An instruction index before the first: positions fall back to the `def` line.
    pub const BEFORE_START: u32 = u32::MAX;

    pub fn line_for(&self, ip: usize) -> u32 {
        self.pos_for(ip).line
    }
    pub fn pos_for(&self, ip: usize) -> Pos {
        self.positions
            .get(ip)
            .copied()
            .unwrap_or(Pos::line_only(self.firstlineno))
    }
    pub fn handler_for(&self, ip: usize) -> Option<ExcEntry> {
        let ip = ip as u32;
        // Innermost handlers are emitted first for a range, so the first match wins.
        self.exc_table
            .iter()
            .find(|e| e.start <= ip && ip < e.end)
            .copied()
    }
    pub fn is_generator_like(&self) -> bool {
        self.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR) != 0
    }
}
