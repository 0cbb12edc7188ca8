//! The builtins module.

mod typecheck;

use crate::objects::{KwArgs, kwarg, native};
use crate::vm::Vm;
use crate::vm::ops::{Num, as_num, to_big};
use crate::vm::value::*;
use num_traits::{Signed, ToPrimitive};
use std::cell::RefCell;
use std::rc::Rc;
use typecheck::{b_isinstance, b_issubclass};

fn arity(vm: &mut Vm, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n < min || n > max {
        if min == max && min == 1 {
            return vm.type_error(format!("{name}() takes exactly one argument ({n} given)"));
        }
        if n < min {
            return vm.type_error(format!(
                "{name} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            ));
        }
        return vm.type_error(format!(
            "{name} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        ));
    }
    Ok(())
}

fn b_print(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if let Some((k, _)) = kw
        .iter()
        .find(|(k, _)| !matches!(k.s.as_str(), "sep" | "end" | "file" | "flush"))
    {
        return vm.type_error(format!(
            "'{}' is an invalid keyword argument for print()",
            k.s
        ));
    }
    let sep = match kwarg(kw, "sep") {
        Some(Value::Str(s)) => s.s.to_string(),
        Some(Value::None) | None => " ".into(),
        Some(other) => {
            let tn = vm.type_name(&other);
            return vm.type_error(format!("sep must be None or a string, not {tn}"));
        }
    };
    let end = match kwarg(kw, "end") {
        Some(Value::Str(s)) => s.s.to_string(),
        Some(Value::None) | None => "\n".into(),
        Some(other) => {
            let tn = vm.type_name(&other);
            return vm.type_error(format!("end must be None or a string, not {tn}"));
        }
    };
    let file = kwarg(kw, "file").unwrap_or(Value::None);
    let flush = match kwarg(kw, "flush") {
        Some(f) => vm.truthy(&f)?,
        None => false,
    };
    // Like CPython, each argument, separator and the end go to file.write() separately.
    use crate::stdlib::sys::{file_or_stdout, flush_file, write_to};
    let target = file_or_stdout(vm, &file)?;
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            write_to(vm, &target, &sep)?;
        }
        let s = vm.str_of(a)?;
        write_to(vm, &target, &s)?;
    }
    write_to(vm, &target, &end)?;
    if flush {
        flush_file(vm, &target)?;
    }
    Ok(Value::None)
}

fn b_len(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    arity(vm, "len", args, 1, 1)?;
    Ok(Value::Int(vm.len(&args[0])? as i64))
}

fn b_iter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    arity(vm, "iter", args, 1, 2)?;
    if args.len() == 2 {
        if !is_callable(vm, &args[0]) {
            return vm.type_error("iter(v, w): v must be callable");
        }
        return Ok(Value::Iter(Rc::new(RefCell::new(NativeIter::Callable {
            func: args[0].clone(),
            sentinel: args[1].clone(),
            done: false,
        }))));
    }
    vm.get_iter(&args[0])
}

fn b_next(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    arity(vm, "next", args, 1, 2)?;
    if !vm.is_iterator(&args[0]) {
        let tn = vm.type_name(&args[0]);
        return vm.type_error(format!("'{tn}' object is not an iterator"));
    }
    if let Value::Generator(g) = &args[0] {
        let g = g.clone();
        return match vm.gen_resume(&g, Value::None, None) {
            Ok(crate::vm::generator::GenResult::Yield(v)) => Ok(v),
            Ok(crate::vm::generator::GenResult::Return(r)) => match args.get(1) {
                Some(d) => Ok(d.clone()),
                None => {
                    let e = vm.stop_iteration(r);
                    Err(e)
                }
            },
            Err(e) => {
                let si = vm.exc.stop_iteration.clone();
                if args.len() == 2 && vm.exc_matches(&e, &si) {
                    Ok(args[1].clone())
                } else {
                    Err(e)
                }
            }
        };
    }
    if !matches!(args[0], Value::Iter(_)) {
        let nn = vm.names.__next__.clone();
        if let Some(m) = vm.lookup_method(&args[0], &nn) {
            return match vm.call_value(m, &[], &[]) {
                Ok(v) => Ok(v),
                Err(e) => {
                    let si = vm.exc.stop_iteration.clone();
                    if args.len() == 2 && vm.exc_matches(&e, &si) {
                        Ok(args[1].clone())
                    } else {
                        Err(e)
                    }
                }
            };
        }
    }
    match vm.iter_next(&args[0])? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => {
                let e = vm.stop_iteration(Value::None);
                Err(e)
            }
        },
    }
}

fn b_enumerate(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let src = args.first().cloned().or_else(|| kwarg(kw, "iterable"));
    let Some(src) = src else {
        return vm.type_error("enumerate() missing required argument 'iterable' (pos 1)");
    };
    let start = args
        .get(1)
        .cloned()
        .or_else(|| kwarg(kw, "start"))
        .unwrap_or(Value::Int(0));
    let it = vm.get_iter(&src)?;
    Ok(Value::Iter(Rc::new(RefCell::new(NativeIter::Enumerate {
        it,
        count: start,
    }))))
}

fn b_zip(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if kw.len() > 1 {
        return vm.type_error(format!(
            "zip() takes at most 1 keyword argument ({} given)",
            kw.len()
        ));
    }
    let strict = match kw.first() {
        Some((k, v)) if k.s == "strict" => vm.truthy(v)?,
        Some((k, _)) => {
            return vm.type_error(format!(
                "'{}' is an invalid keyword argument for zip()",
                k.s
            ));
        }
        None => false,
    };
    let mut its = Vec::with_capacity(args.len());
    for a in args {
        its.push(vm.get_iter(a)?);
    }
    Ok(Value::Iter(Rc::new(RefCell::new(NativeIter::Zip {
        its,
        strict,
    }))))
}

fn b_map(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() < 2 {
        return vm.type_error("map() must have at least two arguments.");
    }
    let mut its = Vec::new();
    for a in &args[1..] {
        its.push(vm.get_iter(a)?);
    }
    Ok(Value::Iter(Rc::new(RefCell::new(NativeIter::Map {
        func: args[0].clone(),
        its,
    }))))
}

fn b_filter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    arity(vm, "filter", args, 2, 2)?;
    let it = vm.get_iter(&args[1])?;
    Ok(Value::Iter(Rc::new(RefCell::new(NativeIter::Filter {
        func: args[0].clone(),
        it,
    }))))
}

fn b_reversed(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return vm.type_error("reversed() takes no keyword arguments");
    }
    arity(vm, "reversed", args, 1, 1)?;
    reversed_of(vm, &args[0])
}

fn reversed_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = vm.type_of(v);
    let rn = vm.names.__reversed__.clone();
    match t.lookup(&rn) {
        Some(Value::None) => {}
        Some(_) => {
            let m = vm.lookup_method(v, &rn).unwrap_or_default();
            return vm.call_value(m, &[], &[]);
        }
        None => match v {
            Value::List(_)
            | Value::Tuple(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::ByteArray(_) => {
                let n = vm.len(v)? as isize;
                return Ok(Value::Iter(Rc::new(RefCell::new(NativeIter::Reversed {
                    seq: v.clone(),
                    index: n - 1,
                }))));
            }
            Value::Dict(d) => {
                return crate::objects::dictview::reversed(vm, d, DictIterKind::Keys);
            }
            _ => {
                if let Some(inner) = vm.unwrap_builtin(v)
                    && !inner.is(v)
                {
                    return reversed_of(vm, &inner);
                }
                // The sequence protocol: __getitem__ (not a mapping) and __len__.
                let gi = vm.names.__getitem__.clone();
                if t.lookup(&gi).is_some() && !t.is_subtype(&vm.types.dict) {
                    let n = vm.len(v)? as isize;
                    return Ok(Value::Iter(Rc::new(RefCell::new(NativeIter::Reversed {
                        seq: v.clone(),
                        index: n - 1,
                    }))));
                }
            }
        },
    }
    let tn = t.name();
    vm.type_error(format!("'{tn}' object is not reversible"))
}

fn b_sorted(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.len() != 1 {
        return vm.type_error(format!("sorted expected 1 argument, got {}", args.len()));
    }
    let mut items = crate::objects::list::collect(vm, &args[0])?;
    let key = kwarg(kw, "key").unwrap_or(Value::None);
    let reverse = match kwarg(kw, "reverse") {
        Some(r) => vm.truthy(&r)?,
        None => false,
    };
    crate::objects::list::sort_values(vm, &mut items, &key, reverse)?;
    Ok(Value::list(items))
}

fn b_sum(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    arity(vm, "sum", args, 1, 2)?;
    let mut acc = args
        .get(1)
        .cloned()
        .or_else(|| kwarg(kw, "start"))
        .unwrap_or(Value::Int(0));
    if let Value::Str(_) = acc {
        return vm.type_error("sum() can't sum strings [use ''.join(seq) instead]");
    }
    let it = vm.get_iter(&args[0])?;
    while let Some(x) = vm.iter_next(&it)? {
        acc = if let (Value::Int(a), Value::Int(b)) = (&acc, &x)
            && let Some(r) = a.checked_add(*b)
        {
            Value::Int(r)
        } else {
            vm.binary_op(crate::bytecode::BinOp::Add, &acc, &x)?
        };
    }
    Ok(acc)
}

fn minmax(vm: &mut Vm, args: &[Value], kw: KwArgs, is_max: bool) -> PyResult<Value> {
    let name = if is_max { "max" } else { "min" };
    let key = kwarg(kw, "key").unwrap_or(Value::None);
    let default = kwarg(kw, "default");
    let items = if args.len() == 1 {
        vm.iterate(&args[0])?
    } else if args.is_empty() {
        return vm.type_error(format!("{name} expected at least 1 argument, got 0"));
    } else {
        if default.is_some() {
            return vm.type_error(format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            ));
        }
        args.to_vec()
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => vm.value_error(format!("{name}() arg is an empty sequence")),
        };
    }
    let mut best = items[0].clone();
    let mut best_key = if key.is_none() {
        best.clone()
    } else {
        vm.call_value(key.clone(), std::slice::from_ref(&best), &[])?
    };
    for it in items.into_iter().skip(1) {
        let k = if key.is_none() {
            it.clone()
        } else {
            vm.call_value(key.clone(), std::slice::from_ref(&it), &[])?
        };
        let op = if is_max {
            crate::bytecode::CmpOp::Gt
        } else {
            crate::bytecode::CmpOp::Lt
        };
        let better = match (&k, &best_key) {
            (Value::Int(a), Value::Int(b)) => {
                if is_max {
                    a > b
                } else {
                    a < b
                }
            }
            _ => {
                let r = vm.compare(op, &k, &best_key)?;
                vm.truthy(&r)?
            }
        };
        if better {
            best = it;
            best_key = k;
        }
    }
    Ok(best)
}

fn b_max(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    minmax(vm, args, kw, true)
}
fn b_min(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    minmax(vm, args, kw, false)
}

fn b_abs(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    arity(vm, "abs", args, 1, 1)?;
    abs_value(vm, &args[0])
}

pub fn abs_value(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(num_bigint::BigInt::from(*i).abs()),
        }),
        Value::BigInt(b) => Ok(Value::from_bigint(b.abs())),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        Value::Complex(c) => crate::objects::complex::abs(vm, c),
        other => {
            let n = vm.names.__abs__.clone();
            if let Some(m) = vm.lookup_method(other, &n) {
                return vm.call_value(m, &[], &[]);
            }
            let tn = vm.type_name(other);
            vm.type_error(format!("bad operand type for abs(): '{tn}'"))
        }
    }
}

fn b_round(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    arity(vm, "round", args, 1, 2)?;
    let nd = args
        .get(1)
        .cloned()
        .or_else(|| kwarg(kw, "ndigits"))
        .unwrap_or(Value::None);
    round_value(vm, &args[0], &nd)
}

/// round(v, nd) (nd None: round to an int).
pub fn round_value(vm: &mut Vm, v: &Value, nd: &Value) -> PyResult<Value> {
    let nd = nd.clone();
    match v {
        Value::Float(f) => {
            if nd.is_none() {
                if f.is_nan() {
                    return vm.value_error("cannot convert float NaN to integer");
                }
                if f.is_infinite() {
                    return vm.overflow_error("cannot convert float infinity to integer");
                }
                let r = f.round_ties_even();
                return Ok(Value::from_bigint(crate::objects::int::float_to_big(r)));
            }
            let n = vm.index_of(&nd)?;
            Ok(Value::Float(crate::fmt::round_float(*f, n)))
        }
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            let b = to_big(v).unwrap_or_default();
            if nd.is_none() {
                return Ok(Value::from_bigint(b));
            }
            let n = vm.index_of(&nd)?;
            if n >= 0 {
                return Ok(Value::from_bigint(b));
            }
            let p = num_traits::pow(num_bigint::BigInt::from(10), (-n) as usize);
            let (q, r) = num_integer::Integer::div_mod_floor(&b, &p);
            let twice = &r * 2;
            let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
                q + 1
            } else {
                q
            };
            Ok(Value::from_bigint(q * p))
        }
        other => {
            let n = vm.names.__round__.clone();
            if let Some(m) = vm.lookup_method(other, &n) {
                let a: Vec<Value> = if nd.is_none() { vec![] } else { vec![nd] };
                return vm.call_value(m, &a, &[]);
            }
            let tn = vm.type_name(other);
            vm.type_error(format!("type {tn} doesn't define __round__ method"))
        }
    }
}

fn b_divmod(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    arity(vm, "divmod", args, 2, 2)?;
    let (a, b) = (&args[0], &args[1]);
    let (ta, tb) = (vm.type_of(a), vm.type_of(b));
    let (fwd, rev) = (vm.intern("__divmod__"), vm.intern("__rdivmod__"));
    // Python-level __divmod__/__rdivmod__, the subclass's reflected one first.
    let user =
        |t: &Rc<TypeObj>, n: &Rc<PyStr>| t.heap && matches!(t.lookup(n), Some(Value::Function(_)));
    let rev_first = !Rc::ptr_eq(&ta, &tb) && tb.is_subtype(&ta) && user(&tb, &rev);
    let mut order: Vec<(&Value, &Value, &Rc<PyStr>)> = Vec::new();
    if rev_first {
        order.push((b, a, &rev));
    }
    if user(&ta, &fwd) {
        order.push((a, b, &fwd));
    }
    if !rev_first && !Rc::ptr_eq(&ta, &tb) && user(&tb, &rev) {
        order.push((b, a, &rev));
    }
    for (recv, other, name) in order {
        if let Some(m) = vm.lookup_method(recv, name) {
            let r = vm.call_value(m, std::slice::from_ref(other), &[])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
    }
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return vm.num_divmod(&x, &y);
    }
    let (x, y) = (ta.name(), tb.name());
    vm.type_error(format!(
        "unsupported operand type(s) for divmod(): '{x}' and '{y}'"
    ))
}

fn b_pow(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let mut args = args.to_vec();
    for (i, name) in ["base", "exp", "mod"].iter().enumerate() {
        if let Some(v) = kwarg(kw, name) {
            if args.len() > i {
                return vm.type_error(format!(
                    "argument for pow() given by name ('{name}') and position ({})",
                    i + 1
                ));
            }
            if args.len() < i {
                let missing = ["base", "exp"][args.len()];
                return vm.type_error(format!(
                    "pow() missing required argument '{missing}' (pos {})",
                    args.len() + 1
                ));
            }
            args.push(v);
        }
    }
    if let Some((k, _)) = kw
        .iter()
        .find(|(k, _)| !["base", "exp", "mod"].contains(&k.s.as_str()))
    {
        return vm.type_error(format!(
            "pow() got an unexpected keyword argument '{}'",
            k.s
        ));
    }
    if args.len() < 2 {
        let missing = ["base", "exp"][args.len()];
        return vm.type_error(format!(
            "pow() missing required argument '{missing}' (pos {})",
            args.len() + 1
        ));
    }
    arity(vm, "pow", &args, 2, 3)?;
    if let Some(m) = args.get(2)
        && !m.is_none()
    {
        let is_num = |v: &Value| as_num(v).is_some() || matches!(v, Value::Complex(_));
        if !is_num(&args[0]) || !is_num(&args[1]) {
            return ternary_pow(vm, &args[0], &args[1], m);
        }
        if args.iter().any(|a| matches!(a, Value::Complex(_))) {
            return vm.value_error("complex modulo");
        }
        let (Some(b), Some(e), Some(m)) = (to_big(&args[0]), to_big(&args[1]), to_big(m)) else {
            return vm
                .type_error("pow() 3rd argument not allowed unless all arguments are integers");
        };
        if m == num_bigint::BigInt::from(0) {
            return vm.value_error("pow() 3rd argument cannot be 0");
        }
        let r = if e.is_negative() {
            let Some(inv) = mod_inverse(&b, &m) else {
                return vm.value_error("base is not invertible for the given modulus");
            };
            inv.modpow(&(-e), &m)
        } else {
            b.modpow(&e, &m)
        };
        let r = if r.is_negative() != m.is_negative() && r != num_bigint::BigInt::from(0) {
            r + &m
        } else {
            r
        };
        return Ok(Value::from_bigint(r));
    }
    vm.binary_op(crate::bytecode::BinOp::Pow, &args[0], &args[1])
}

/// Three-argument pow() for objects: only `base.__pow__(exp, mod)` applies (there is
/// no reflected form).
fn ternary_pow(vm: &mut Vm, base: &Value, exp: &Value, m: &Value) -> PyResult<Value> {
    let name = vm.intern("__pow__");
    let t = vm.type_of(base);
    if matches!(base, Value::Instance(_))
        && vm.instance_dunder(&t, &name).is_some()
        && let Some(f) = vm.lookup_method(base, &name)
    {
        let r = vm.call_value(f, &[exp.clone(), m.clone()], &[])?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    let (x, y, z) = (vm.type_name(base), vm.type_name(exp), vm.type_name(m));
    vm.type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{x}', '{y}', '{z}'"
    ))
}

fn mod_inverse(a: &num_bigint::BigInt, m: &num_bigint::BigInt) -> Option<num_bigint::BigInt> {
    let e = num_integer::Integer::extended_gcd(a, m);
    if e.gcd != num_bigint::BigInt::from(1) && e.gcd != num_bigint::BigInt::from(-1) {
        return None;
    }
    Some(num_integer::Integer::mod_floor(&e.x, m))
}

fn b_any(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    arity(vm, "any", args, 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    while let Some(x) = vm.iter_next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn b_all(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    arity(vm, "all", args, 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    while let Some(x) = vm.iter_next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn b_id(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    arity(vm, "id", args, 1, 1)?;
    Ok(Value::Int(match &args[0] {
        Value::Int(i) => 0x1000_0000 + i.wrapping_mul(32),
        Value::None => 0x7000_0000,
        Value::Bool(b) => 0x7000_0100 + *b as i64 * 32,
        Value::Float(f) => f.to_bits() as i64 >> 4,
        other => other.ptr().unwrap_or(0) as i64,
    }))
}

fn b_hash(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    arity(vm, "hash", args, 1, 1)?;
    Ok(Value::Int(vm.hash(&args[0])?))
}

fn b_callable(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    arity(vm, "callable", args, 1, 1)?;
    Ok(Value::Bool(is_callable(vm, &args[0])))
}

/// A `__call__` on the type (`callable()`).
pub fn is_callable(vm: &mut Vm, v: &Value) -> bool {
    match v {
        Value::Function(_)
        | Value::Builtin(_)
        | Value::BoundMethod(_)
        | Value::Type(_)
        | Value::StaticMethod(_) => true,
        other => {
            let t = vm.type_of(other);
            t.lookup(&vm.names.__call__.clone()).is_some()
        }
    }
}

fn attr_name(vm: &mut Vm, v: &Value) -> PyResult<Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(vm.intern(&s.s)),
        other => {
            let tn = vm.type_name(other);
            vm.type_error(format!("attribute name must be string, not '{tn}'"))
        }
    }
}

fn b_getattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    arity(vm, "getattr", args, 2, 3)?;
    let n = attr_name(vm, &args[1])?;
    match vm.get_attr(&args[0], &n) {
        Ok(v) => Ok(v),
        Err(e) => {
            let ae = vm.exc.attribute_error.clone();
            if args.len() == 3 && vm.exc_matches(&e, &ae) {
                Ok(args[2].clone())
            } else {
                Err(e)
            }
        }
    }
}

fn b_setattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    arity(vm, "setattr", args, 3, 3)?;
    let n = attr_name(vm, &args[1])?;
    vm.set_attr(&args[0], &n, args[2].clone())?;
    Ok(Value::None)
}

fn b_hasattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    arity(vm, "hasattr", args, 2, 2)?;
    let n = attr_name(vm, &args[1])?;
    match vm.get_attr(&args[0], &n) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) => {
            let ae = vm.exc.attribute_error.clone();
            if vm.exc_matches(&e, &ae) {
                Ok(Value::Bool(false))
            } else {
                Err(e)
            }
        }
    }
}

fn b_delattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    arity(vm, "delattr", args, 2, 2)?;
    let n = attr_name(vm, &args[1])?;
    vm.del_attr(&args[0], &n)?;
    Ok(Value::None)
}

fn b_vars(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.is_empty() {
        return b_locals(vm, args, &[]);
    }
    let d = vm.intern("__dict__");
    match vm.get_attr(&args[0], &d) {
        Ok(v @ (Value::Dict(_) | Value::Instance(_))) => Ok(v),
        _ => vm.type_error("vars() argument must have __dict__ attribute"),
    }
}

/// The default `__dir__`: a module's names, a class's attributes along its MRO, or an
/// object's own attributes plus its class's (sorted).
pub fn dir_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let mut names: Vec<String> = Vec::new();
    let add = |d: &crate::vm::dict::PyDict, names: &mut Vec<String>| {
        for k in d.keys() {
            if let Value::Str(s) = k
                && !names.iter().any(|n| *n == *s.s)
            {
                names.push(s.s.to_string());
            }
        }
    };
    let class = match v {
        Value::Module(m) => {
            add(&m.dict, &mut names);
            None
        }
        Value::Type(t) => Some(t.clone()),
        other => {
            if let Value::Instance(i) = other
                && let Some(d) = &i.dict
            {
                add(d, &mut names);
            }
            Some(vm.type_of(other))
        }
    };
    if let Some(t) = class {
        for c in t.mro.borrow().iter() {
            add(&c.dict, &mut names);
        }
        // object's __class__ descriptor.
        if !names.iter().any(|n| n == "__class__") {
            names.push("__class__".into());
        }
    }
    names.sort();
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

fn b_dir(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    arity(vm, "dir", args, 0, 1)?;
    let Some(v) = args.first() else {
        let l = b_locals(vm, &[], &[])?;
        let mut keys = match &l {
            Value::Dict(d) => d.keys(),
            _ => vec![],
        };
        crate::objects::list::sort_values(vm, &mut keys, &Value::None, false)?;
        return Ok(Value::list(keys));
    };
    let dir_name = vm.intern("__dir__");
    let t = vm.type_of(v);
    match t.lookup(&dir_name) {
        Some(Value::Builtin(_)) | None => dir_of(vm, v),
        Some(_) => {
            let m = vm.lookup_method(v, &dir_name).unwrap_or(Value::None);
            let r = vm.call_value(m, &[], &[])?;
            let mut items = vm.iterate(&r)?;
            crate::objects::list::sort_values(vm, &mut items, &Value::None, false)?;
            Ok(Value::list(items))
        }
    }
}

fn b_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    arity(vm, "repr", args, 1, 1)?;
    Ok(Value::string(vm.repr_of(&args[0])?))
}

fn b_ascii(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    arity(vm, "ascii", args, 1, 1)?;
    let r = vm.repr_of(&args[0])?;
    Ok(Value::string(crate::objects::repr::ascii_escape(&r)))
}

fn b_chr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    arity(vm, "chr", args, 1, 1)?;
    let i = vm.index_of(&args[0])?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::string(c.to_string())),
        None => vm.value_error("chr() arg not in range(0x110000)"),
    }
}

fn b_ord(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    arity(vm, "ord", args, 1, 1)?;
    match &args[0] {
        Value::Str(s) => {
            let n = s.char_len();
            if n != 1 {
                return vm.type_error(format!(
                    "ord() expected a character, but string of length {n} found"
                ));
            }
            Ok(Value::Int(
                s.s.chars().next().map(|c| c as i64).unwrap_or(0),
            ))
        }
        Value::Bytes(_) | Value::ByteArray(_) => {
            let b = crate::objects::bytes::bytes_like(&args[0]).unwrap_or_default();
            if b.len() != 1 {
                return vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    b.len()
                ));
            }
            Ok(Value::Int(b[0] as i64))
        }
        Value::Instance(i) if matches!(i.payload, Payload::Str(_)) => {
            let inner = vm.unwrap_builtin(&args[0]).unwrap_or_default();
            b_ord(vm, &[inner], &[])
        }
        other => {
            let tn = vm.type_name(other);
            vm.type_error(format!("ord() expected string of length 1, but {tn} found"))
        }
    }
}

fn radix(vm: &mut Vm, args: &[Value], base: u32, prefix: &str) -> PyResult<Value> {
    arity(vm, "hex", args, 1, 1)?;
    let b = match to_big(&args[0]) {
        Some(b) => b,
        None => {
            let i = vm.index_of(&args[0])?;
            num_bigint::BigInt::from(i)
        }
    };
    let s = b.abs().to_str_radix(base);
    Ok(Value::string(if b.is_negative() {
        format!("-{prefix}{s}")
    } else {
        format!("{prefix}{s}")
    }))
}

fn b_hex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    radix(vm, args, 16, "0x")
}
fn b_oct(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    radix(vm, args, 8, "0o")
}
fn b_bin(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    radix(vm, args, 2, "0b")
}

fn b_format(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    arity(vm, "format", args, 1, 2)?;
    let spec = match args.get(1) {
        Some(Value::Str(s)) => s.s.to_string(),
        _ => String::new(),
    };
    Ok(Value::string(crate::objects::format::format(
        vm, &args[0], &spec,
    )?))
}

fn b_input(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if let Some(p) = args.first() {
        let s = vm.str_of(p)?;
        crate::stdlib::sys::write_to(vm, &Value::None, &s)?;
    }
    vm.flush_stdout();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) | Err(_) => {
            let t = vm.exc.eof_error.clone();
            vm.err(&t, "EOF when reading a line")
        }
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
            }
            Ok(Value::string(line))
        }
    }
}

/// __import__(name, globals=None, locals=None, fromlist=(), level=0)
fn b_import(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let arg = |i: usize, n: &str| args.get(i).cloned().or_else(|| kwarg(kw, n));
    let name = match arg(0, "name") {
        Some(Value::Str(s)) => s.s.to_string(),
        Some(_) => return vm.type_error("module name must be a string"),
        None => return vm.type_error("__import__() missing required argument 'name' (pos 1)"),
    };
    let level = match arg(4, "level") {
        Some(v) => vm.index_of(&v)?,
        None => 0,
    };
    if level < 0 {
        return vm.value_error("level must be >= 0");
    }
    if level > 0 {
        if !matches!(arg(1, "globals"), Some(Value::Dict(_))) {
            return vm.type_error("globals must be a dict");
        }
        // Bundled and script modules are never packages.
        let t = vm.exc.import_error.clone();
        return vm.err(&t, "attempted relative import with no known parent package");
    }
    if name.is_empty() {
        return vm.value_error("Empty module name");
    }
    let has_fromlist = match arg(3, "fromlist") {
        Some(f) if !f.is_none() => vm.truthy(&f)?,
        _ => false,
    };
    vm.import_module(&name, has_fromlist)
}

fn b_globals(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match vm.frames.last() {
        Some(f) => Ok(Value::Dict(f.globals.clone())),
        None => Ok(Value::Dict(Rc::new(crate::vm::dict::PyDict::new()))),
    }
}

fn b_locals(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    arity(vm, "locals", args, 0, 0)?;
    Ok(match caller_locals(vm) {
        Some(d) => Value::Dict(d),
        None => Value::None,
    })
}

/// The calling frame's local namespace: a module or class body's own dict, or a
/// snapshot of a function's variables (cells included).
fn caller_locals(vm: &Vm) -> Option<Rc<crate::vm::dict::PyDict>> {
    let f = vm.frames.last()?;
    if let Some(l) = &f.locals {
        return Some(l.clone());
    }
    Some(Rc::new(crate::objects::frameobj::frame_locals(f)))
}

/// exec() and eval(): run source or a code object in the given (or the caller's)
/// namespaces.
fn exec_or_eval(vm: &mut Vm, args: &[Value], is_eval: bool) -> PyResult<Value> {
    let name = if is_eval { "eval" } else { "exec" };
    arity(vm, name, args, 1, 3)?;
    let given_globals = args.get(1).filter(|g| !g.is_none());
    let given_locals = args.get(2).filter(|l| !l.is_none());
    let globals = match given_globals {
        Some(Value::Dict(d)) => d.clone(),
        Some(other) if is_eval => {
            let _ = other;
            return vm.type_error(if given_locals.is_some() || args.len() == 2 {
                "globals must be a dict"
            } else {
                "globals must be a real dict; try eval(expr, {}, mapping)"
            });
        }
        Some(other) => {
            let tn = vm.type_name(other);
            return vm.type_error(format!("exec() globals must be a dict, not {tn}"));
        }
        None => match vm.frames.last() {
            Some(f) => f.globals.clone(),
            None => Rc::new(crate::vm::dict::PyDict::new()),
        },
    };
    let locals = match given_locals {
        Some(Value::Dict(d)) => d.clone(),
        Some(other) if is_eval => {
            let _ = other;
            return vm.type_error("locals must be a mapping");
        }
        Some(other) => {
            let tn = vm.type_name(other);
            return vm.type_error(format!("locals must be a mapping or None, not {tn}"));
        }
        None if given_globals.is_some() => globals.clone(),
        None => caller_locals(vm).unwrap_or_else(|| globals.clone()),
    };
    let bkey = vm.names.__builtins__.clone();
    if globals.get_str(&bkey).is_none() {
        let current = match vm.frames.last().and_then(|f| f.builtins.clone()) {
            Some(b) => b,
            None => vm.builtins.clone(),
        };
        globals.set_str(bkey, Value::Dict(current));
    }
    let code = match &args[0] {
        Value::Str(s) => {
            let src = if is_eval {
                s.s.trim_start_matches([' ', '\t'])
            } else {
                &s.s
            };
            let src = src.to_string();
            crate::parser::compile_source(vm, &src, "<string>", is_eval)?
        }
        Value::Bytes(b) => {
            let src = String::from_utf8_lossy(b).into_owned();
            let src = if is_eval {
                src.trim_start_matches([' ', '\t']).to_string()
            } else {
                src
            };
            crate::parser::compile_source(vm, &src, "<string>", is_eval)?
        }
        Value::Code(c) => c.clone(),
        _ => {
            return vm.type_error(format!(
                "{name}() arg 1 must be a string, bytes or code object"
            ));
        }
    };
    if !code.freevars.is_empty() {
        let n = code.freevars.len();
        return vm.type_error(format!(
            "code object requires a closure of exactly length {n}"
        ));
    }
    let mut frame = vm.new_frame(&code, &globals, Some(locals));
    frame.builtins = vm.builtins_for(&globals);
    frame.exit = crate::vm::frame::ExitMode::Boundary;
    let r = vm.run_frame(frame)?;
    Ok(if is_eval { r } else { Value::None })
}

fn b_exec(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    exec_or_eval(vm, args, false)
}
fn b_eval(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    exec_or_eval(vm, args, true)
}

fn b_compile(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let src = match args.first() {
        Some(Value::Str(s)) => s.s.to_string(),
        _ => return vm.type_error("compile() arg 1 must be a string"),
    };
    let filename = match args.get(1).cloned().or_else(|| kwarg(kw, "filename")) {
        Some(Value::Str(s)) => s.s.to_string(),
        _ => "<string>".into(),
    };
    let mode = match args.get(2).cloned().or_else(|| kwarg(kw, "mode")) {
        Some(Value::Str(s)) => s.s.to_string(),
        _ => "exec".into(),
    };
    let c = crate::parser::compile_source(vm, &src, &filename, mode == "eval")?;
    Ok(Value::Code(c))
}

fn b_build_class(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.build_class(args, kw)
}

fn b_open(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    crate::stdlib::io::open(vm, args, kw)
}

pub fn install(vm: &mut Vm) {
    let fns: &[(&'static str, NativeFn)] = &[
        ("print", b_print),
        ("__import__", b_import),
        ("len", b_len),
        ("iter", b_iter),
        ("next", b_next),
        ("enumerate", b_enumerate),
        ("zip", b_zip),
        ("map", b_map),
        ("filter", b_filter),
        ("reversed", b_reversed),
        ("sorted", b_sorted),
        ("sum", b_sum),
        ("min", b_min),
        ("max", b_max),
        ("abs", b_abs),
        ("round", b_round),
        ("divmod", b_divmod),
        ("pow", b_pow),
        ("any", b_any),
        ("all", b_all),
        ("isinstance", b_isinstance),
        ("issubclass", b_issubclass),
        ("id", b_id),
        ("hash", b_hash),
        ("callable", b_callable),
        ("getattr", b_getattr),
        ("setattr", b_setattr),
        ("hasattr", b_hasattr),
        ("delattr", b_delattr),
        ("vars", b_vars),
        ("dir", b_dir),
        ("repr", b_repr),
        ("ascii", b_ascii),
        ("chr", b_chr),
        ("ord", b_ord),
        ("hex", b_hex),
        ("oct", b_oct),
        ("bin", b_bin),
        ("format", b_format),
        ("input", b_input),
        ("globals", b_globals),
        ("locals", b_locals),
        ("exec", b_exec),
        ("eval", b_eval),
        ("compile", b_compile),
        ("__build_class__", b_build_class),
        ("open", b_open),
        ("aiter", crate::vm::asyncgen::b_aiter),
        ("anext", crate::vm::asyncgen::b_anext),
    ];
    for (n, f) in fns {
        let k = vm.intern(n);
        vm.builtins.set_str(k, native(n, *f));
    }
    let t = &vm.types;
    let types: Vec<(&str, Rc<TypeObj>)> = vec![
        ("object", t.object.clone()),
        ("type", t.type_.clone()),
        ("int", t.int.clone()),
        ("bool", t.bool_.clone()),
        ("float", t.float.clone()),
        ("str", t.str_.clone()),
        ("bytes", t.bytes.clone()),
        ("bytearray", t.bytearray.clone()),
        ("memoryview", t.memoryview.clone()),
        ("list", t.list.clone()),
        ("tuple", t.tuple.clone()),
        ("dict", t.dict.clone()),
        ("set", t.set.clone()),
        ("frozenset", t.frozenset.clone()),
        ("range", t.range.clone()),
        ("slice", t.slice.clone()),
        ("property", t.property.clone()),
        ("staticmethod", t.staticmethod.clone()),
        ("classmethod", t.classmethod.clone()),
        ("super", t.super_.clone()),
        ("complex", t.complex.clone()),
    ];
    for (n, ty) in types {
        let k = vm.intern(n);
        vm.builtins.set_str(k, Value::Type(ty));
    }
    for e in vm.exc.all.clone() {
        let k = vm.intern(&e.name());
        vm.builtins.set_str(k, Value::Type(e));
    }
    let k = vm.intern("EnvironmentError");
    vm.builtins.set_str(k, Value::Type(vm.exc.os_error.clone()));
    let k = vm.intern("IOError");
    vm.builtins.set_str(k, Value::Type(vm.exc.os_error.clone()));
    for (n, v) in [
        ("None", Value::None),
        ("True", Value::Bool(true)),
        ("False", Value::Bool(false)),
        ("Ellipsis", Value::Ellipsis),
        ("NotImplemented", Value::NotImplemented),
        ("__debug__", Value::Bool(true)),
    ] {
        let k = vm.intern(n);
        vm.builtins.set_str(k, v);
    }
    // Code run with these builtins but bare globals (exec) finds `__name__` here.
    let d = vm.builtins.clone();
    d.set_str(vm.names.__name__.clone(), Value::str("builtins"));
    d.set_str(vm.names.__doc__.clone(), Value::None);
    let _ = (as_num, |_: Num| ());
    let _ = |b: &num_bigint::BigInt| b.to_i64();
}
