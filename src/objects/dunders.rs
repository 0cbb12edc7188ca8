//! Operator dunder methods of the builtin types (`int.__add__`, `list.__len__`,
//! `(3).__radd__(1)`...). The interpreter evaluates operators on builtin values
//! natively; these methods expose the same operations as attributes, returning
//! NotImplemented for operand types the builtin type does not handle itself.

use super::{KwArgs, add_method};
use crate::bytecode::{BinOp, CmpOp, Op};
use crate::vm::Vm;
use crate::vm::value::*;
use std::rc::Rc;

/// The builtin value behind `self` (subclass instances carry it as payload).
fn self_value(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    match args.first().and_then(|v| vm.unwrap_builtin(v)) {
        Some(v) => Ok(v),
        None => vm.type_error(format!("descriptor '{name}' needs an argument")),
    }
}

fn other_value(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    if args.len() != 2 {
        return vm.type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        ));
    }
    Ok(vm
        .unwrap_builtin(&args[1])
        .unwrap_or_else(|| args[1].clone()))
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
}

/// Numbers only mix with "narrower" numbers in their own methods:
/// `int.__add__(1, 2.0)` is NotImplemented (float.__radd__ does the work).
fn accepts(this: &Value, other: &Value) -> bool {
    match this {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            !matches!(other, Value::Float(_) | Value::Complex(_))
        }
        Value::Float(_) => !matches!(other, Value::Complex(_)),
        _ => true,
    }
}

fn binop_method(
    vm: &mut Vm,
    args: &[Value],
    op: BinOp,
    reflected: bool,
    name: &str,
) -> PyResult<Value> {
    let this = self_value(vm, args, name)?;
    let other = other_value(vm, args)?;
    if !accepts(&this, &other) {
        return Ok(Value::NotImplemented);
    }
    let (a, b) = if reflected {
        (other, this)
    } else {
        (this, other)
    };
    Ok(vm
        .builtin_binop(op, &a, &b)?
        .unwrap_or(Value::NotImplemented))
}

fn compare_method(vm: &mut Vm, args: &[Value], op: CmpOp, name: &str) -> PyResult<Value> {
    let this = self_value(vm, args, name)?;
    let other = other_value(vm, args)?;
    if !accepts(&this, &other) {
        return Ok(Value::NotImplemented);
    }
    Ok(match vm.builtin_compare(op, &this, &other)? {
        Some(b) => Value::Bool(b),
        None => Value::NotImplemented,
    })
}

macro_rules! binops {
    ($($fwd:ident / $rev:ident : $op:ident, $fname:literal, $rname:literal;)*) => {
        $(
            fn $fwd(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
                binop_method(vm, args, BinOp::$op, false, $fname)
            }
            fn $rev(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
                binop_method(vm, args, BinOp::$op, true, $rname)
            }
        )*
        /// (name, reflected name, op, forward method, reflected method)
        const BINOPS: &[(&str, &str, BinOp, NativeFn, NativeFn)] = &[
            $(($fname, $rname, BinOp::$op, $fwd, $rev),)*
        ];
    };
}

binops! {
    add / radd: Add, "__add__", "__radd__";
    sub / rsub: Sub, "__sub__", "__rsub__";
    mul / rmul: Mul, "__mul__", "__rmul__";
    truediv / rtruediv: TrueDiv, "__truediv__", "__rtruediv__";
    floordiv / rfloordiv: FloorDiv, "__floordiv__", "__rfloordiv__";
    modulo / rmodulo: Mod, "__mod__", "__rmod__";
    power / rpower: Pow, "__pow__", "__rpow__";
    lshift / rlshift: LShift, "__lshift__", "__rlshift__";
    rshift / rrshift: RShift, "__rshift__", "__rrshift__";
    and / rand: And, "__and__", "__rand__";
    or / ror: Or, "__or__", "__ror__";
    xor / rxor: Xor, "__xor__", "__rxor__";
}

macro_rules! compares {
    ($($f:ident : $op:ident, $name:literal;)*) => {
        $(
            fn $f(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
                compare_method(vm, args, CmpOp::$op, $name)
            }
        )*
        const COMPARES: &[(&str, NativeFn)] = &[$(($name, $f),)*];
    };
}

compares! {
    lt: Lt, "__lt__";
    le: Le, "__le__";
    eq: Eq, "__eq__";
    ne: Ne, "__ne__";
    gt: Gt, "__gt__";
    ge: Ge, "__ge__";
}

fn unary(vm: &mut Vm, args: &[Value], op: Op, name: &str) -> PyResult<Value> {
    let v = self_value(vm, args, name)?;
    vm.unary_op(op, &v)
}

fn neg(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    unary(vm, args, Op::UnaryNeg, "__neg__")
}
fn pos(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    unary(vm, args, Op::UnaryPos, "__pos__")
}
fn invert(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    unary(vm, args, Op::UnaryInvert, "__invert__")
}
fn abs(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = self_value(vm, args, "__abs__")?;
    crate::builtins::abs_value(vm, &v)
}
fn bool_(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = self_value(vm, args, "__bool__")?;
    Ok(Value::Bool(vm.truthy(&v)?))
}
fn int_(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = self_value(vm, args, "__int__")?;
    super::intobj::int_from(vm, &v, None)
}
fn float_(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = self_value(vm, args, "__float__")?;
    Ok(Value::Float(super::floatobj::float_from(vm, &v)?))
}
fn hash(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = self_value(vm, args, "__hash__")?;
    Ok(Value::Int(vm.hash(&v)?))
}
fn format(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = self_value(vm, args, "__format__")?;
    let Some(Value::Str(spec)) = args.get(1) else {
        let tn = args
            .get(1)
            .map(|a| vm.type_name(a))
            .unwrap_or_else(|| "NoneType".into());
        return vm.type_error(format!("__format__() argument must be str, not {tn}"));
    };
    Ok(Value::string(super::format::format(vm, &v, &spec.s)?))
}
fn len(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = self_value(vm, args, "__len__")?;
    Ok(Value::Int(vm.len(&v)? as i64))
}
fn getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = self_value(vm, args, "__getitem__")?;
    let k = other_value(vm, args)?;
    vm.getitem(&v, &k)
}
fn setitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = self_value(vm, args, "__setitem__")?;
    if args.len() != 3 {
        return vm.type_error(format!("expected 2 arguments, got {}", args.len() - 1));
    }
    vm.setitem(&v, args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}
fn delitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = self_value(vm, args, "__delitem__")?;
    let k = other_value(vm, args)?;
    vm.delitem(&v, &k)?;
    Ok(Value::None)
}
fn contains(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = self_value(vm, args, "__contains__")?;
    let k = other_value(vm, args)?;
    Ok(Value::Bool(vm.contains(&v, &k)?))
}
fn iter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = self_value(vm, args, "__iter__")?;
    vm.get_iter(&v)
}
/// list += iterable: extend in place and return the same list.
fn iadd(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = self_value(vm, args, "__iadd__")?;
    let other = other_value(vm, args)?;
    vm.inplace_op(BinOp::Add, v, other)?;
    Ok(args[0].clone())
}
fn imul(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = self_value(vm, args, "__imul__")?;
    let other = other_value(vm, args)?;
    if !is_int(&other) && !matches!(other, Value::Instance(_)) {
        return Ok(Value::NotImplemented);
    }
    vm.inplace_op(BinOp::Mul, v, other)?;
    Ok(args[0].clone())
}

fn install_binops(vm: &mut Vm, t: &Rc<TypeObj>, owner: &'static str, ops: &[BinOp], rev: bool) {
    for (fname, rname, op, f, r) in BINOPS {
        if ops.contains(op) {
            add_method(vm, t, owner, fname, *f);
            if rev {
                add_method(vm, t, owner, rname, *r);
            }
        }
    }
}

fn install_all(
    vm: &mut Vm,
    t: &Rc<TypeObj>,
    owner: &'static str,
    methods: &[(&'static str, NativeFn)],
) {
    for (n, f) in methods {
        add_method(vm, t, owner, n, *f);
    }
}

pub fn install(vm: &mut Vm) {
    use BinOp::*;
    let arith = [Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow];
    let bits = [LShift, RShift, And, Or, Xor];
    let number: &[(&'static str, NativeFn)] = &[
        ("__neg__", neg),
        ("__pos__", pos),
        ("__abs__", abs),
        ("__bool__", bool_),
        ("__hash__", hash),
        ("__format__", format),
    ];
    let t = vm.types.int.clone();
    install_binops(vm, &t, "int", &arith, true);
    install_binops(vm, &t, "int", &bits, true);
    install_all(vm, &t, "int", number);
    install_all(vm, &t, "int", COMPARES);
    install_all(
        vm,
        &t,
        "int",
        &[("__invert__", invert), ("__float__", float_)],
    );
    let t = vm.types.float.clone();
    install_binops(vm, &t, "float", &arith, true);
    install_all(vm, &t, "float", number);
    install_all(vm, &t, "float", COMPARES);
    install_all(vm, &t, "float", &[("__int__", int_), ("__float__", float_)]);
    let t = vm.types.complex.clone();
    install_binops(vm, &t, "complex", &[Add, Sub, Mul, TrueDiv, Pow], true);
    install_all(vm, &t, "complex", &number[..5]);
    install_all(vm, &t, "complex", &COMPARES[2..4]);
    let sequence: &[(&'static str, NativeFn)] = &[
        ("__len__", len),
        ("__getitem__", getitem),
        ("__contains__", contains),
        ("__iter__", iter),
    ];
    for (t, owner) in [
        (vm.types.str_.clone(), "str"),
        (vm.types.list.clone(), "list"),
        (vm.types.tuple.clone(), "tuple"),
        (vm.types.bytes.clone(), "bytes"),
        (vm.types.bytearray.clone(), "bytearray"),
    ] {
        install_binops(vm, &t, owner, &[Add, Mul], false);
        add_method(vm, &t, owner, "__rmul__", rmul);
        install_all(vm, &t, owner, sequence);
        install_all(vm, &t, owner, COMPARES);
        add_method(vm, &t, owner, "__hash__", hash);
    }
    for (t, owner) in [
        (vm.types.str_.clone(), "str"),
        (vm.types.bytes.clone(), "bytes"),
    ] {
        install_binops(vm, &t, owner, &[Mod], false);
        add_method(vm, &t, owner, "__format__", format);
    }
    for (t, owner) in [
        (vm.types.list.clone(), "list"),
        (vm.types.bytearray.clone(), "bytearray"),
    ] {
        install_all(
            vm,
            &t,
            owner,
            &[
                ("__setitem__", setitem),
                ("__delitem__", delitem),
                ("__iadd__", iadd),
                ("__imul__", imul),
            ],
        );
        // Mutable sequences are unhashable.
        let h = vm.names.__hash__.clone();
        t.dict.set_str(h, Value::None);
    }
    let t = vm.types.range.clone();
    install_all(vm, &t, "range", sequence);
    install_all(vm, &t, "range", &COMPARES[2..4]);
    add_method(vm, &t, "range", "__hash__", hash);
    for (t, owner) in [
        (vm.types.set.clone(), "set"),
        (vm.types.frozenset.clone(), "frozenset"),
    ] {
        install_binops(vm, &t, owner, &[Sub, And, Or, Xor], true);
        install_all(vm, &t, owner, &[sequence[0], sequence[2], sequence[3]]);
        install_all(vm, &t, owner, COMPARES);
    }
    let t = vm.types.set.clone();
    let h = vm.names.__hash__.clone();
    t.dict.set_str(h, Value::None);
    let t = vm.types.frozenset.clone();
    add_method(vm, &t, "frozenset", "__hash__", hash);
    let t = vm.types.dict.clone();
    install_binops(vm, &t, "dict", &[Or], true);
    install_all(vm, &t, "dict", &COMPARES[2..4]);
    let h = vm.names.__hash__.clone();
    t.dict.set_str(h, Value::None);
}
