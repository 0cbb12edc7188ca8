//! range: arbitrary-size bounds (machine ints on the fast path), indexing,
//! slicing, membership, index/count, equality, hashing and iteration.

use super::{KwArgs, add_method, check_args};
use crate::vm::Vm;
use crate::vm::ops::to_big;
use crate::vm::value::*;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cell::RefCell;
use std::rc::Rc;

fn big(v: &Value) -> BigInt {
    to_big(v).unwrap_or_default()
}

/// The bounds as machine ints, when they all are.
pub fn small(r: &RangeObj) -> Option<(i64, i64, i64)> {
    match (&r.start, &r.stop, &r.step) {
        (Value::Int(a), Value::Int(b), Value::Int(c)) => Some((*a, *b, *c)),
        _ => None,
    }
}

/// Number of items (CPython's compute_range_length).
pub fn length(r: &RangeObj) -> BigInt {
    if let Some((start, stop, step)) = small(r) {
        let (start, stop, step) = (start as i128, stop as i128, step as i128);
        let n = if step > 0 && start < stop {
            (stop - start - 1) / step + 1
        } else if step < 0 && start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        return BigInt::from(n);
    }
    let (start, stop, step) = (big(&r.start), big(&r.stop), big(&r.step));
    let (lo, hi, step) = if step.is_positive() {
        (start, stop, step)
    } else {
        (stop, start, -step)
    };
    if lo >= hi {
        return BigInt::zero();
    }
    (hi - lo - 1u32) / step + 1u32
}

/// len(range): OverflowError when it does not fit a machine int.
pub fn len(vm: &mut Vm, r: &RangeObj) -> PyResult<usize> {
    match length(r).to_isize() {
        Some(n) => Ok(n as usize),
        None => vm.overflow_error("Python int too large to convert to C ssize_t"),
    }
}

pub fn is_empty(r: &RangeObj) -> bool {
    length(r).is_zero()
}

/// start + i * step
fn item(r: &RangeObj, i: &BigInt) -> Value {
    Value::from_bigint(big(&r.start) + i * big(&r.step))
}

pub fn new(start: BigInt, stop: BigInt, step: BigInt) -> Value {
    Value::Range(Rc::new(RangeObj {
        start: Value::from_bigint(start),
        stop: Value::from_bigint(stop),
        step: Value::from_bigint(step),
    }))
}

/// An argument that must be an int (via `__index__`).
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    let r = vm.index_value(v)?;
    Ok(big(&r))
}

fn range_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return vm.type_error("range() takes no keyword arguments");
    }
    let a = &args[1..];
    let (start, stop, step) = match a.len() {
        0 => return vm.type_error("range expected at least 1 argument, got 0"),
        1 => (BigInt::zero(), int_arg(vm, &a[0])?, BigInt::one()),
        2 => (int_arg(vm, &a[0])?, int_arg(vm, &a[1])?, BigInt::one()),
        3 => (
            int_arg(vm, &a[0])?,
            int_arg(vm, &a[1])?,
            int_arg(vm, &a[2])?,
        ),
        n => return vm.type_error(format!("range expected at most 3 arguments, got {n}")),
    };
    if step.is_zero() {
        return vm.value_error("range() arg 3 must not be zero");
    }
    Ok(new(start, stop, step))
}

/// Slice bounds for a sequence of `len` items, in big ints (PySlice_GetLongIndices).
fn slice_bounds(vm: &mut Vm, s: &SliceObj, len: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
    let step = if s.step.is_none() {
        BigInt::one()
    } else {
        int_arg(vm, &s.step)?
    };
    if step.is_zero() {
        return vm.value_error("slice step cannot be zero");
    }
    let neg = step.is_negative();
    let (lower, upper) = if neg {
        (BigInt::from(-1), len - 1u32)
    } else {
        (BigInt::zero(), len.clone())
    };
    let mut bound = |v: &Value, dflt: &BigInt| -> PyResult<BigInt> {
        if v.is_none() {
            return Ok(dflt.clone());
        }
        let mut x = int_arg(vm, v)?;
        if x.is_negative() {
            x += len;
            if x < lower {
                x = lower.clone();
            }
        } else if x > upper {
            x = upper.clone();
        }
        Ok(x)
    };
    let start = bound(&s.start, if neg { &upper } else { &lower })?;
    let stop = bound(&s.stop, if neg { &lower } else { &upper })?;
    Ok((start, stop, step))
}

pub fn getitem(vm: &mut Vm, r: &RangeObj, idx: &Value) -> PyResult<Value> {
    let n = length(r);
    if let Value::Slice(s) = idx {
        let (start, stop, step) = slice_bounds(vm, s, &n)?;
        let rstep = big(&r.step);
        let first = big(&item(r, &start));
        let last = big(&item(r, &stop));
        return Ok(new(first, last, rstep * step));
    }
    let i = match idx {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Instance(_) => int_arg(vm, idx)?,
        _ => {
            let tn = vm.type_name(idx);
            return vm.type_error(format!(
                "range indices must be integers or slices, not {tn}"
            ));
        }
    };
    let i = if i.is_negative() { i + &n } else { i };
    if i.is_negative() || i >= n {
        return vm.index_error("range object index out of range");
    }
    Ok(item(r, &i))
}

/// The position of int `x` in the range, if present.
fn position(r: &RangeObj, x: &BigInt) -> Option<BigInt> {
    let (start, step) = (big(&r.start), big(&r.step));
    let (q, rem) = (x - &start).div_mod_floor(&step);
    (rem.is_zero() && !q.is_negative() && q < length(r)).then_some(q)
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
}

pub fn contains(vm: &mut Vm, r: &Rc<RangeObj>, x: &Value) -> PyResult<bool> {
    if is_int(x) {
        return Ok(position(r, &big(x)).is_some());
    }
    let it = iter(r);
    while let Some(v) = vm.iter_next(&it)? {
        if vm.eq_bool(&v, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn self_range(vm: &mut Vm, args: &[Value]) -> PyResult<Rc<RangeObj>> {
    match args.first() {
        Some(Value::Range(r)) => Ok(r.clone()),
        _ => vm.type_error("descriptor requires a 'range' object"),
    }
}

fn range_count(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "count", args, 1, 1)?;
    let r = self_range(vm, args)?;
    if is_int(&args[1]) {
        return Ok(Value::Int(position(&r, &big(&args[1])).is_some() as i64));
    }
    let (it, mut n) = (iter(&r), 0);
    while let Some(v) = vm.iter_next(&it)? {
        if vm.eq_bool(&v, &args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn range_index(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "index", args, 1, 1)?;
    let r = self_range(vm, args)?;
    if is_int(&args[1]) {
        if let Some(p) = position(&r, &big(&args[1])) {
            return Ok(Value::from_bigint(p));
        }
    } else {
        let (it, mut i) = (iter(&r), 0i64);
        while let Some(v) = vm.iter_next(&it)? {
            if vm.eq_bool(&v, &args[1])? {
                return Ok(Value::Int(i));
            }
            i += 1;
        }
        return vm.value_error("sequence.index(x): x not in sequence");
    }
    let rep = vm.repr_of(&args[1])?;
    vm.value_error(format!("{rep} is not in range"))
}

/// CPython's range equality: same items.
pub fn equal(a: &RangeObj, b: &RangeObj) -> bool {
    let n = length(a);
    if n != length(b) {
        return false;
    }
    if n.is_zero() {
        return true;
    }
    if big(&a.start) != big(&b.start) {
        return false;
    }
    n.is_one() || big(&a.step) == big(&b.step)
}

/// hash((len, start, step)) with the parts that do not matter set to None.
pub fn hash(vm: &mut Vm, r: &RangeObj) -> PyResult<i64> {
    let n = length(r);
    let key = if n.is_zero() {
        vec![Value::Int(0), Value::None, Value::None]
    } else if n.is_one() {
        vec![Value::Int(1), r.start.clone(), Value::None]
    } else {
        vec![Value::from_bigint(n), r.start.clone(), r.step.clone()]
    };
    vm.hash(&Value::tuple(key))
}

pub fn repr(vm: &mut Vm, r: &RangeObj) -> PyResult<String> {
    let (a, b) = (vm.repr_of(&r.start)?, vm.repr_of(&r.stop)?);
    if big(&r.step).is_one() {
        return Ok(format!("range({a}, {b})"));
    }
    let c = vm.repr_of(&r.step)?;
    Ok(format!("range({a}, {b}, {c})"))
}

fn iter_from(start: BigInt, count: BigInt, step: BigInt) -> Value {
    let end = &start + &count * &step;
    let it = match (start.to_i64(), end.to_i64(), step.to_i64()) {
        (Some(next), Some(stop), Some(step)) => NativeIter::Range { next, stop, step },
        _ => NativeIter::BigRange {
            next: start,
            left: count,
            step,
        },
    };
    Value::Iter(Rc::new(RefCell::new(it)))
}

pub fn iter(r: &RangeObj) -> Value {
    if let Some((next, stop, step)) = small(r) {
        return Value::Iter(Rc::new(RefCell::new(NativeIter::Range {
            next,
            stop,
            step,
        })));
    }
    iter_from(big(&r.start), length(r), big(&r.step))
}

/// reversed(range): iterate from the last item with the step negated.
pub fn reversed(r: &RangeObj) -> Value {
    let n = length(r);
    let step = big(&r.step);
    let last = if n.is_zero() {
        big(&r.start)
    } else {
        big(&item(r, &(&n - 1u32)))
    };
    iter_from(last, n, -step)
}

/// Next item of a range iterator that needs big ints.
pub fn big_next(next: &mut BigInt, left: &mut BigInt, step: &BigInt) -> Option<Value> {
    if !left.is_positive() {
        return None;
    }
    let v = next.clone();
    *next += step;
    *left -= 1u32;
    Some(Value::from_bigint(v))
}

fn range_reversed(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let r = self_range(vm, args)?;
    Ok(reversed(&r))
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.range.clone();
    add_method(vm, &t, "range", "__new__", range_new);
    add_method(vm, &t, "range", "count", range_count);
    add_method(vm, &t, "range", "index", range_index);
    add_method(vm, &t, "range", "__reversed__", range_reversed);
}
