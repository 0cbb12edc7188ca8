//! Operator protocols: arithmetic, comparison, truth, hashing, containers, iteration.

use super::Vm;
use super::dict::PyDict;
use super::value::*;
use crate::bytecode::{BinOp, CmpOp, Op};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::rc::Rc;

/// Small-int arithmetic without overflow; None defers to the general path.
#[inline]
/// The result of a small-int operation that cannot overflow (None: take the general path).
pub fn int_fast(op: BinOp, x: i64, y: i64) -> Option<i64> {
    Some(match op {
        BinOp::Add => x.checked_add(y)?,
        BinOp::Sub => x.checked_sub(y)?,
        BinOp::Mul => x.checked_mul(y)?,
        BinOp::FloorDiv if y != 0 => {
            let q = x.checked_div(y)?;
            if (x % y != 0) && ((x < 0) != (y < 0)) {
                q - 1
            } else {
                q
            }
        }
        BinOp::Mod if y != 0 => {
            let r = x.checked_rem(y)?;
            if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            }
        }
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        _ => return None,
    })
}

pub enum Num {
    I(BigInt),
    F(f64),
}

pub fn to_big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::BigInt(b) => Some((**b).clone()),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::Instance(i) => match &i.payload {
            Payload::Int(v) => to_big(v),
            _ => None,
        },
        _ => None,
    }
}

pub fn as_num(v: &Value) -> Option<Num> {
    match v {
        Value::Float(f) => Some(Num::F(*f)),
        Value::Instance(i) => match &i.payload {
            Payload::Float(f) => Some(Num::F(*f)),
            Payload::Int(v) => as_num(v),
            _ => None,
        },
        other => to_big(other).map(Num::I),
    }
}

pub fn big_to_f64(b: &BigInt) -> Option<f64> {
    let f = b.to_f64()?;
    if f.is_finite() { Some(f) } else { None }
}

fn float_floordiv(a: f64, b: f64) -> f64 {
    let m = a % b;
    let div = (a - m) / b;
    let mut div = if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        div - 1.0
    } else {
        div
    };
    if div == 0.0 {
        div = 0.0f64.copysign(a / b);
    } else {
        let fl = div.floor();
        if div - fl > 0.5 {
            div = fl + 1.0;
        } else {
            div = fl;
        }
    }
    div
}

fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) { m + b } else { m }
    } else {
        0.0f64.copysign(b)
    }
}

/// CPython's float_divmod: (floor quotient, remainder with the divisor's sign).
pub fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    (float_floordiv(a, b), float_mod(a, b))
}

impl Vm {
    /// divmod() of two real numbers.
    pub fn num_divmod(&mut self, a: &Num, b: &Num) -> PyResult<Value> {
        if let (Num::I(x), Num::I(y)) = (a, b) {
            if y.is_zero() {
                return self.zero_div("integer division or modulo by zero");
            }
            let (q, r) = x.div_mod_floor(y);
            return Ok(Value::tuple(vec![
                Value::from_bigint(q),
                Value::from_bigint(r),
            ]));
        }
        let mut f = [0.0; 2];
        for (slot, n) in f.iter_mut().zip([a, b]) {
            *slot = match n {
                Num::F(v) => *v,
                Num::I(i) => match big_to_f64(i) {
                    Some(v) => v,
                    None => return self.overflow_error("int too large to convert to float"),
                },
            };
        }
        if f[1] == 0.0 {
            return self.zero_div("float divmod()");
        }
        let (q, r) = float_divmod(f[0], f[1]);
        Ok(Value::tuple(vec![Value::Float(q), Value::Float(r)]))
    }

    fn num_op(&mut self, op: BinOp, a: &Num, b: &Num) -> PyResult<Option<Value>> {
        use Num::*;
        Ok(Some(match (a, b) {
            (I(x), I(y)) => match op {
                BinOp::Add => Value::from_bigint(x + y),
                BinOp::Sub => Value::from_bigint(x - y),
                BinOp::Mul => Value::from_bigint(x * y),
                BinOp::FloorDiv => {
                    if y.is_zero() {
                        return self.zero_div("integer division or modulo by zero");
                    }
                    Value::from_bigint(x.div_floor(y))
                }
                BinOp::Mod => {
                    if y.is_zero() {
                        return self.zero_div("integer modulo by zero");
                    }
                    Value::from_bigint(x.mod_floor(y))
                }
                BinOp::TrueDiv => {
                    if y.is_zero() {
                        return self.zero_div("division by zero");
                    }
                    match (big_to_f64(x), big_to_f64(y)) {
                        (Some(p), Some(q))
                            if p.abs() < 9007199254740992.0 && q.abs() < 9007199254740992.0 =>
                        {
                            Value::Float(p / q)
                        }
                        _ => {
                            Value::Float(crate::objects::int::big_true_div(x, y).map_err(|m| {
                                let t = self.exc.overflow_error.clone();
                                self.new_exc(&t, &m)
                            })?)
                        }
                    }
                }
                BinOp::Pow => {
                    if y.is_negative() {
                        let (Some(p), Some(q)) = (big_to_f64(x), big_to_f64(y)) else {
                            return self.overflow_error("int too large to convert to float");
                        };
                        if p == 0.0 {
                            return self.zero_div("0.0 cannot be raised to a negative power");
                        }
                        Value::Float(p.powf(q))
                    } else if let Some(e) = y.to_u32() {
                        Value::from_bigint(num_traits::pow(x.clone(), e as usize))
                    } else if x.is_zero() || x.is_one() {
                        Value::from_bigint(x.clone())
                    } else if *x == BigInt::from(-1) {
                        Value::Int(if y.is_odd() { -1 } else { 1 })
                    } else {
                        return self.overflow_error("exponent too large");
                    }
                }
                BinOp::LShift => {
                    if y.is_negative() {
                        return self.value_error("negative shift count");
                    }
                    let Some(s) = y.to_usize() else {
                        return self.overflow_error("too many digits in integer");
                    };
                    Value::from_bigint(x << s)
                }
                BinOp::RShift => {
                    if y.is_negative() {
                        return self.value_error("negative shift count");
                    }
                    let s = y.to_usize().unwrap_or(usize::MAX / 2);
                    Value::from_bigint(if s > 1 << 20 {
                        if x.is_negative() {
                            BigInt::from(-1)
                        } else {
                            BigInt::zero()
                        }
                    } else {
                        x >> s
                    })
                }
                BinOp::And => Value::from_bigint(x & y),
                BinOp::Or => Value::from_bigint(x | y),
                BinOp::Xor => Value::from_bigint(x ^ y),
                BinOp::MatMul => return Ok(None),
            },
            _ => {
                let fx = match a {
                    F(f) => *f,
                    I(i) => match big_to_f64(i) {
                        Some(f) => f,
                        None => return self.overflow_error("int too large to convert to float"),
                    },
                };
                let fy = match b {
                    F(f) => *f,
                    I(i) => match big_to_f64(i) {
                        Some(f) => f,
                        None => return self.overflow_error("int too large to convert to float"),
                    },
                };
                match op {
                    BinOp::Add => Value::Float(fx + fy),
                    BinOp::Sub => Value::Float(fx - fy),
                    BinOp::Mul => Value::Float(fx * fy),
                    BinOp::TrueDiv => {
                        if fy == 0.0 {
                            return self.zero_div("float division by zero");
                        }
                        Value::Float(fx / fy)
                    }
                    BinOp::FloorDiv => {
                        if fy == 0.0 {
                            return self.zero_div("float floor division by zero");
                        }
                        Value::Float(float_floordiv(fx, fy))
                    }
                    BinOp::Mod => {
                        if fy == 0.0 {
                            return self.zero_div("float modulo");
                        }
                        Value::Float(float_mod(fx, fy))
                    }
                    BinOp::Pow => {
                        if fx == 0.0 && fy < 0.0 {
                            return self.zero_div("0.0 cannot be raised to a negative power");
                        }
                        if fx < 0.0 && fy.fract() != 0.0 && fy.is_finite() {
                            // Negative numbers raised to fractional powers become complex.
                            let (x, y) = (Complex { re: fx, im: 0.0 }, Complex { re: fy, im: 0.0 });
                            return crate::objects::complex::pow(self, x, y).map(Some);
                        }
                        let r = fx.powf(fy);
                        if r.is_infinite() && fx.is_finite() && fy.is_finite() {
                            return self.overflow_error("(34, 'Numerical result out of range')");
                        }
                        Value::Float(r)
                    }
                    _ => return Ok(None),
                }
            }
        }))
    }

    /// Builtin implementations of an operator; None means "not implemented for these types".
    pub(crate) fn builtin_binop(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
    ) -> PyResult<Option<Value>> {
        let plain_num = |v: &Value| {
            matches!(
                v,
                Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Bool(_)
            )
        };
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            // bool's own &, | and ^ stay bools.
            match op {
                BinOp::And => return Ok(Some(Value::Bool(x & y))),
                BinOp::Or => return Ok(Some(Value::Bool(x | y))),
                BinOp::Xor => return Ok(Some(Value::Bool(x ^ y))),
                _ => {}
            }
        }
        if plain_num(a) && plain_num(b) {
            let (Some(x), Some(y)) = (as_num(a), as_num(b)) else {
                return Ok(None);
            };
            return self.num_op(op, &x, &y);
        }
        if matches!(a, Value::Complex(_)) || matches!(b, Value::Complex(_)) {
            return crate::objects::complex::binop(self, op, a, b);
        }
        match (op, a, b) {
            (BinOp::Add, Value::Str(x), Value::Str(y)) => Ok(Some(str_concat(x, y))),
            (BinOp::Add, Value::List(x), Value::List(y)) => {
                let mut v = x.borrow().clone();
                v.extend(y.borrow().iter().cloned());
                Ok(Some(Value::list(v)))
            }
            (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
                let mut v = x.to_vec();
                v.extend(y.iter().cloned());
                Ok(Some(Value::tuple(v)))
            }
            (BinOp::Add, Value::Bytes(_) | Value::ByteArray(_), _) => {
                let Some(y) = crate::objects::bytes::bytes_like(b) else {
                    return Ok(None);
                };
                let mut v = crate::objects::bytes::bytes_like(a).unwrap_or_default();
                v.extend(y);
                Ok(Some(match a {
                    Value::ByteArray(_) => Value::ByteArray(Rc::new(std::cell::RefCell::new(v))),
                    _ => Value::Bytes(Rc::new(v)),
                }))
            }
            (
                BinOp::Mul,
                Value::Str(_)
                | Value::List(_)
                | Value::Tuple(_)
                | Value::Bytes(_)
                | Value::ByteArray(_),
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_),
            ) => self.repeat(a, b),
            (
                BinOp::Mul,
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_),
                Value::Str(_)
                | Value::List(_)
                | Value::Tuple(_)
                | Value::Bytes(_)
                | Value::ByteArray(_),
            ) => self.repeat(b, a),
            (BinOp::Mod, Value::Str(s), _) => {
                crate::objects::percent::format_str(self, &s.s, b).map(|s| Some(Value::string(s)))
            }
            (BinOp::Mod, Value::Bytes(_) | Value::ByteArray(_), _) => {
                let fmt = crate::objects::bytes::bytes_like(a).unwrap_or_default();
                let r = crate::objects::percent::format_bytes(self, &fmt, b)?;
                Ok(Some(match a {
                    Value::ByteArray(_) => Value::ByteArray(Rc::new(std::cell::RefCell::new(r))),
                    _ => Value::Bytes(Rc::new(r)),
                }))
            }
            (BinOp::Or, Value::Dict(x), Value::Dict(y)) => {
                let d = Rc::new(x.copy());
                self.dict_merge(&d, &Value::Dict(y.clone()), false)?;
                Ok(Some(Value::Dict(d)))
            }
            (_, Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) => {
                crate::objects::set::set_binop(self, op, a, b)
            }
            (_, Value::Instance(_), _) | (_, _, Value::Instance(_))
                if crate::objects::dictview::view_of(a).is_some()
                    || crate::objects::dictview::view_of(b).is_some() =>
            {
                crate::objects::dictview::binop(self, op, a, b)
            }
            _ => {
                // `X | Y` of classes is a union type.
                if op == BinOp::Or
                    && let Some(u) = crate::objects::generic_alias::type_or(self, a, b)?
                {
                    return Ok(Some(u));
                }
                // Subclasses of builtins defer to their payload.
                if let (Value::Instance(_), _) | (_, Value::Instance(_)) = (a, b) {
                    if op == BinOp::Mul
                        && let Some(r) = self.repeat_by_index(a, b)?
                    {
                        return Ok(Some(r));
                    }
                    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
                        return self.num_op(op, &x, &y);
                    }
                    if let (Some(x), Some(y)) = (self.unwrap_builtin(a), self.unwrap_builtin(b))
                        && (!x.is(a) || !y.is(b))
                    {
                        return self.builtin_binop(op, &x, &y);
                    }
                }
                Ok(None)
            }
        }
    }

    /// `seq * n` where `n` is an object with `__index__`.
    fn repeat_by_index(&mut self, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let is_seq = |v: &Value| {
            matches!(
                v,
                Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)
            )
        };
        let (seq, n) = match (a, b) {
            (s, n @ Value::Instance(_)) if is_seq(s) => (s, n),
            (n @ Value::Instance(_), s) if is_seq(s) => (s, n),
            _ => return Ok(None),
        };
        if self
            .type_of(n)
            .lookup(&self.names.__index__.clone())
            .is_none()
        {
            return Ok(None);
        }
        let count = self.index_of(n)?;
        self.repeat(seq, &Value::Int(count))
    }

    fn repeat(&mut self, seq: &Value, n: &Value) -> PyResult<Option<Value>> {
        let n = match to_big(n).and_then(|b| b.to_i64()) {
            Some(n) => n.max(0) as usize,
            None => return self.overflow_error("cannot fit 'int' into an index-sized integer"),
        };
        Ok(Some(match seq {
            Value::Str(s) => Value::string(s.s.repeat(n)),
            Value::Bytes(b) => Value::Bytes(Rc::new(b.repeat(n))),
            Value::ByteArray(b) => {
                Value::ByteArray(Rc::new(std::cell::RefCell::new(b.borrow().repeat(n))))
            }
            Value::List(l) => {
                let l = l.borrow();
                let mut v = Vec::with_capacity(l.len() * n);
                for _ in 0..n {
                    v.extend(l.iter().cloned());
                }
                Value::list(v)
            }
            Value::Tuple(t) => {
                let mut v = Vec::with_capacity(t.len() * n);
                for _ in 0..n {
                    v.extend(t.iter().cloned());
                }
                Value::tuple(v)
            }
            _ => return Ok(None),
        }))
    }

    pub fn binary_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let (BinOp::Add, Value::Str(x), Value::Str(y)) = (op, a, b) {
            return Ok(str_concat(x, y));
        }
        if let Some(v) = float_fast(op, a, b) {
            return Ok(v);
        }
        match self.binary_dispatch(op, a, b)? {
            Some(v) => Ok(v),
            None => self.binop_error(op, a, b, false),
        }
    }

    /// The forward and reflected methods of both operands; None when neither applies.
    fn binary_dispatch(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let (fwd, rev, _) = op.dunders();
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let a_heap = ta.heap;
        let b_heap = tb.heap;
        if !a_heap && !b_heap {
            return self.builtin_binop(op, a, b);
        }
        let fname = self.intern(fwd);
        let rname = self.intern(rev);
        // A subclass operand's reflected method goes first.
        let try_rev_first =
            !Rc::ptr_eq(&ta, &tb) && tb.is_subtype(&ta) && tb.lookup(&rname).is_some();
        if try_rev_first && let Some(m) = self.lookup_method(b, &rname) {
            let r = self.call_value(m, std::slice::from_ref(a), &[])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(Some(r));
            }
        }
        if a_heap {
            if let Some(m) = self.lookup_method(a, &fname)
                && !matches!(ta.lookup(&fname), Some(Value::Builtin(_)))
            {
                let r = self.call_value(m, std::slice::from_ref(b), &[])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            } else if let Some(v) = self.builtin_binop(op, a, b)? {
                return Ok(Some(v));
            }
        } else if let Some(v) = self.builtin_binop(op, a, b)? {
            return Ok(Some(v));
        }
        if !try_rev_first
            && !Rc::ptr_eq(&ta, &tb)
            && b_heap
            && let Some(m) = self.lookup_method(b, &rname)
        {
            let r = self.call_value(m, std::slice::from_ref(a), &[])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    fn binop_error(&mut self, op: BinOp, a: &Value, b: &Value, inplace: bool) -> PyResult<Value> {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        if op == BinOp::Add && matches!(a, Value::Str(_)) {
            return self.type_error(format!("can only concatenate str (not \"{tb}\") to str"));
        }
        if op == BinOp::Add && matches!(a, Value::List(_)) {
            return self.type_error(format!("can only concatenate list (not \"{tb}\") to list"));
        }
        if op == BinOp::Add && matches!(a, Value::Bytes(_) | Value::ByteArray(_)) {
            return self.type_error(format!("can't concat {tb} to {ta}"));
        }
        if op == BinOp::Add && matches!(a, Value::Tuple(_)) {
            return self.type_error(format!(
                "can only concatenate tuple (not \"{tb}\") to tuple"
            ));
        }
        if op == BinOp::Mul
            && matches!(a, Value::Str(_) | Value::List(_) | Value::Tuple(_))
            && matches!(
                b,
                Value::Float(_) | Value::Str(_) | Value::List(_) | Value::Tuple(_)
            )
        {
            return self.type_error(format!("can't multiply sequence by non-int of type '{tb}'"));
        }
        if op == BinOp::Mul
            && matches!(b, Value::Str(_) | Value::List(_) | Value::Tuple(_))
            && matches!(a, Value::Float(_))
        {
            return self.type_error(format!("can't multiply sequence by non-int of type '{ta}'"));
        }
        let sym = match (inplace, op) {
            (true, BinOp::Pow) => "**=".to_string(),
            (true, _) => format!("{}=", op.symbol()),
            (false, _) => op.symbol().to_string(),
        };
        self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{ta}' and '{tb}'"
        ))
    }

    pub fn inplace_op(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        match (&op, &a) {
            (BinOp::Add, Value::List(l)) => {
                let items = self.iterate(&b)?;
                l.borrow_mut().extend(items);
                return Ok(a);
            }
            (BinOp::Mul, Value::List(l)) if to_big(&b).is_some() => {
                let Some(n) = to_big(&b).and_then(|x| x.to_i64()) else {
                    return self.overflow_error("cannot fit 'int' into an index-sized integer");
                };
                let n = n.max(0) as usize;
                let mut v = l.borrow_mut();
                let orig = v.clone();
                v.clear();
                for _ in 0..n {
                    v.extend(orig.iter().cloned());
                }
                drop(v);
                return Ok(a);
            }
            (BinOp::Or, Value::Dict(d)) => {
                self.dict_merge(d, &b, false)?;
                return Ok(a);
            }
            (BinOp::Add, Value::ByteArray(x)) => {
                let Some(y) = crate::objects::bytes::bytes_like(&b) else {
                    let tn = self.type_name(&b);
                    return self.type_error(format!("can't concat {tn} to bytearray"));
                };
                x.borrow_mut().extend(y);
                return Ok(a);
            }
            (BinOp::Mul, Value::ByteArray(x)) if to_big(&b).is_some() => {
                let n = to_big(&b).and_then(|n| n.to_i64()).unwrap_or(0).max(0) as usize;
                let v = x.borrow().repeat(n);
                *x.borrow_mut() = v;
                return Ok(a);
            }
            (BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor, Value::Set(_)) => {
                return crate::objects::set::set_inplace(self, op, a, &b);
            }
            _ => {}
        }
        let ta = self.type_of(&a);
        if ta.heap {
            let (_, _, iname) = op.dunders();
            let iname = self.intern(iname);
            if let Some(m) = self.lookup_method(&a, &iname) {
                let r = self.call_value(m, std::slice::from_ref(&b), &[])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        match self.binary_dispatch(op, &a, &b)? {
            Some(v) => Ok(v),
            None => self.binop_error(op, &a, &b, true),
        }
    }

    pub fn unary_op(&mut self, op: Op, a: &Value) -> PyResult<Value> {
        match (op, a) {
            (Op::UnaryNeg, Value::Int(i)) => Ok(match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => Value::from_bigint(-BigInt::from(*i)),
            }),
            (Op::UnaryNeg, Value::BigInt(b)) => Ok(Value::from_bigint(-(**b).clone())),
            (Op::UnaryNeg, Value::Bool(b)) => Ok(Value::Int(-(*b as i64))),
            (Op::UnaryNeg, Value::Float(f)) => Ok(Value::Float(-f)),
            (Op::UnaryNeg, Value::Complex(c)) => Ok(Value::complex(-c.re, -c.im)),
            (
                Op::UnaryPos,
                Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Complex(_),
            ) => Ok(a.clone()),
            (Op::UnaryPos, Value::Bool(b)) => Ok(Value::Int(*b as i64)),
            (Op::UnaryInvert, Value::Int(i)) => Ok(Value::Int(!i)),
            (Op::UnaryInvert, Value::Bool(b)) => Ok(Value::Int(!(*b as i64))),
            (Op::UnaryInvert, Value::BigInt(b)) => Ok(Value::from_bigint(-(**b).clone() - 1)),
            _ => {
                let (name, sym) = match op {
                    Op::UnaryNeg => ("__neg__", "-"),
                    Op::UnaryPos => ("__pos__", "+"),
                    _ => ("__invert__", "~"),
                };
                let n = self.intern(name);
                if let Some(m) = self.lookup_method(a, &n) {
                    return self.call_value(m, &[], &[]);
                }
                if let Some(Num::I(x)) = as_num(a) {
                    return self.unary_op(op, &Value::from_bigint(x));
                }
                if let Some(Num::F(x)) = as_num(a) {
                    return self.unary_op(op, &Value::Float(x));
                }
                let tn = self.type_name(a);
                self.type_error(format!("bad operand type for unary {sym}: '{tn}'"))
            }
        }
    }

    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::Bool(b) => *b,
            Value::None | Value::Undef => false,
            Value::Int(i) => *i != 0,
            Value::BigInt(b) => !b.is_zero(),
            Value::Float(f) => *f != 0.0,
            Value::Complex(c) => c.re != 0.0 || c.im != 0.0,
            Value::Str(s) => !s.s.is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) | Value::FrozenSet(s) => !s.is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::ByteArray(b) => !b.borrow().is_empty(),
            Value::Range(r) => !crate::objects::range::is_empty(r),
            Value::Instance(i) => {
                let cls = i.class();
                if let Some(m) = cls.lookup(&self.names.__bool__.clone()) {
                    let r = self.call_value(m, std::slice::from_ref(v), &[])?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => {
                            let tn = self.type_name(&other);
                            self.type_error(format!("__bool__ should return bool, returned {tn}"))
                        }
                    };
                }
                if let Some(m) = cls.lookup(&self.names.__len__.clone()) {
                    let r = self.call_value(m, std::slice::from_ref(v), &[])?;
                    return Ok(to_big(&r).map(|b| !b.is_zero()).unwrap_or(true));
                }
                match &i.payload {
                    Payload::Dict(d) => !d.is_empty(),
                    Payload::List(l) => !l.borrow().is_empty(),
                    Payload::Tuple(t) => !t.is_empty(),
                    Payload::Int(x) => return self.truthy(&x.clone()),
                    Payload::Float(f) => *f != 0.0,
                    Payload::Str(s) => !s.s.is_empty(),
                    Payload::Set(s) => !s.is_empty(),
                    _ => true,
                }
            }
            Value::Type(_) => {
                // A metaclass's __bool__ (or __len__) decides for its classes.
                let bn = self.names.__bool__.clone();
                if let Some(m) = self.meta_dunder(v, &bn) {
                    let r = self.call_value(m, &[], &[])?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => {
                            let tn = self.type_name(&other);
                            self.type_error(format!("__bool__ should return bool, returned {tn}"))
                        }
                    };
                }
                let ln = self.names.__len__.clone();
                if self.meta_dunder(v, &ln).is_some() {
                    return Ok(self.len(v)? != 0);
                }
                true
            }
            _ => true,
        })
    }

    /// Rich comparison with reflected fallback, returning the result object.
    pub fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let Some(r) = self.builtin_compare(op, a, b)? {
            return Ok(Value::Bool(r));
        }
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let rop = op.swapped();
        let rev_first = !Rc::ptr_eq(&ta, &tb) && tb.is_subtype(&ta);
        if rev_first
            && tb.heap
            && let Some(r) = self.python_compare(rop, b, a, &tb)?
        {
            return Ok(r);
        }
        if let Some(r) = self.python_compare(op, a, b, &ta)? {
            return Ok(r);
        }
        if !rev_first && let Some(r) = self.python_compare(rop, b, a, &tb)? {
            return Ok(r);
        }
        // Payload-based comparison for subclasses of builtins.
        if let (Some(pa), Some(pb)) = (self.unwrap_builtin(a), self.unwrap_builtin(b))
            && (!pa.is(a) || !pb.is(b))
            && let Some(r) = self.builtin_compare(op, &pa, &pb)?
        {
            return Ok(Value::Bool(r));
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::Ne => Ok(Value::Bool(!a.is(b))),
            _ => {
                let (x, y) = (ta.name(), tb.name());
                self.type_error(format!(
                    "'{}' not supported between instances of '{x}' and '{y}'",
                    op.symbol()
                ))
            }
        }
    }

    /// `x.__op__(y)` for an instance whose class provides the comparison (see
    /// `instance_dunder`); None when there is none or it returned NotImplemented.
    /// Without its own `__ne__`, a class's `__eq__` decides `!=` (object.__ne__
    /// inverts it).
    fn python_compare(
        &mut self,
        op: CmpOp,
        x: &Value,
        y: &Value,
        tx: &Rc<TypeObj>,
    ) -> PyResult<Option<Value>> {
        if !matches!(x, Value::Instance(_) | Value::Type(_)) {
            return Ok(None);
        }
        let name = self.intern(op.dunder());
        let (name, invert) = match self.instance_dunder(tx, &name) {
            Some(_) => (name, false),
            None if op == CmpOp::Ne => (self.names.__eq__.clone(), true),
            None => return Ok(None),
        };
        if invert && self.instance_dunder(tx, &name).is_none() {
            return Ok(None);
        }
        let Some(m) = self.lookup_method(x, &name) else {
            return Ok(None);
        };
        let r = self.call_value(m, std::slice::from_ref(y), &[])?;
        if matches!(r, Value::NotImplemented) {
            return Ok(None);
        }
        if invert {
            return Ok(Some(Value::Bool(!self.truthy(&r)?)));
        }
        Ok(Some(r))
    }

    /// The builtin value inside a subclass instance (or the value itself).
    pub fn unwrap_builtin(&self, v: &Value) -> Option<Value> {
        match v {
            Value::Instance(i) => match &i.payload {
                Payload::Int(x) => Some(x.clone()),
                Payload::Float(f) => Some(Value::Float(*f)),
                Payload::Str(s) => Some(Value::Str(s.clone())),
                Payload::List(l) => Some(Value::List(l.clone())),
                Payload::Tuple(t) => Some(Value::Tuple(t.clone())),
                Payload::Dict(d) => Some(Value::Dict(d.clone())),
                Payload::Set(s) => Some(Value::Set(s.clone())),
                _ => None,
            },
            other => Some(other.clone()),
        }
    }

    pub(crate) fn builtin_compare(
        &mut self,
        op: CmpOp,
        a: &Value,
        b: &Value,
    ) -> PyResult<Option<bool>> {
        use std::cmp::Ordering;
        let ord: Option<Ordering> = match (a, b) {
            (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
            (Value::Float(x), Value::Float(y)) => {
                return Ok(Some(match op {
                    CmpOp::Lt => x < y,
                    CmpOp::Le => x <= y,
                    CmpOp::Eq => x == y,
                    CmpOp::Ne => x != y,
                    CmpOp::Gt => x > y,
                    CmpOp::Ge => x >= y,
                }));
            }
            (Value::Str(x), Value::Str(y)) => Some(x.s.cmp(&y.s)),
            (
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_),
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_),
            ) => match (as_num(a), as_num(b)) {
                (Some(Num::I(x)), Some(Num::I(y))) => Some(x.cmp(&y)),
                (Some(x), Some(y)) => {
                    let r = crate::objects::int::cmp_num(&x, &y);
                    match r {
                        None => {
                            return Ok(Some(matches!(op, CmpOp::Ne)));
                        }
                        some => some,
                    }
                }
                _ => None,
            },
            (Value::Complex(c), other) | (other, Value::Complex(c)) => {
                if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
                    return Ok(None);
                }
                return Ok(crate::objects::complex::eq(c, other).map(|e| e == (op == CmpOp::Eq)));
            }
            (Value::Bytes(x), Value::Bytes(y)) => Some(x.cmp(y)),
            (Value::Bytes(_) | Value::ByteArray(_), Value::Bytes(_) | Value::ByteArray(_)) => {
                let x = crate::objects::bytes::bytes_like(a).unwrap_or_default();
                let y = crate::objects::bytes::bytes_like(b).unwrap_or_default();
                Some(x.cmp(&y))
            }
            (Value::None, Value::None) => {
                if matches!(op, CmpOp::Eq | CmpOp::Ne) {
                    Some(Ordering::Equal)
                } else {
                    return Ok(None);
                }
            }
            (Value::List(x), Value::List(y)) => {
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                return self.seq_compare(op, &x, &y).map(Some);
            }
            (Value::Tuple(x), Value::Tuple(y)) => {
                let (x, y) = (x.clone(), y.clone());
                return self.seq_compare(op, &x, &y).map(Some);
            }
            (Value::Dict(x), Value::Dict(y)) => {
                if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
                    return Ok(None);
                }
                let eq = self.dict_eq(x, y)?;
                return Ok(Some(eq == (op == CmpOp::Eq)));
            }
            (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) => {
                return crate::objects::set::set_compare(self, op, a, b).map(Some);
            }
            (Value::Slice(x), Value::Slice(y)) => {
                // Slices compare as (start, stop, step) tuples.
                let t = |s: &SliceObj| vec![s.start.clone(), s.stop.clone(), s.step.clone()];
                return self.seq_compare(op, &t(x), &t(y)).map(Some);
            }
            (Value::Range(x), Value::Range(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let eq = crate::objects::range::equal(x, y);
                return Ok(Some(eq == (op == CmpOp::Eq)));
            }
            (Value::Type(x), Value::Type(y))
                if matches!(op, CmpOp::Eq | CmpOp::Ne)
                    && x.meta.borrow().is_none()
                    && y.meta.borrow().is_none() =>
            {
                return Ok(Some(Rc::ptr_eq(x, y) == (op == CmpOp::Eq)));
            }
            (Value::Instance(_), _) | (_, Value::Instance(_))
                if crate::objects::dictview::view_of(a).is_some()
                    || crate::objects::dictview::view_of(b).is_some() =>
            {
                return crate::objects::dictview::compare(self, op, a, b);
            }
            _ => {
                let ta = self.type_of(a);
                let tb = self.type_of(b);
                let native = |v: &Value| matches!(v, Value::Instance(_));
                if !ta.heap
                    && !tb.heap
                    && !native(a)
                    && !native(b)
                    && matches!(op, CmpOp::Eq | CmpOp::Ne)
                {
                    if matches!(a, Value::BoundMethod(_))
                        && matches!(b, Value::BoundMethod(_))
                        && let (Value::BoundMethod(x), Value::BoundMethod(y)) = (a, b)
                    {
                        let eq = x.func.is(&y.func) && x.receiver.is(&y.receiver);
                        return Ok(Some(eq == (op == CmpOp::Eq)));
                    }
                    return Ok(Some(a.is(b) == (op == CmpOp::Eq)));
                }
                return Ok(None);
            }
        };
        let Some(o) = ord else { return Ok(None) };
        Ok(Some(match op {
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::Ne => o != Ordering::Equal,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
        }))
    }

    fn seq_compare(&mut self, op: CmpOp, x: &[Value], y: &[Value]) -> PyResult<bool> {
        if matches!(op, CmpOp::Eq | CmpOp::Ne) && x.len() != y.len() {
            return Ok(op == CmpOp::Ne);
        }
        for (p, q) in x.iter().zip(y.iter()) {
            if !self.eq_bool(p, q)? {
                if op == CmpOp::Eq {
                    return Ok(false);
                }
                if op == CmpOp::Ne {
                    return Ok(true);
                }
                let r = self.compare(op, p, q)?;
                return self.truthy(&r);
            }
        }
        let (a, b) = (x.len(), y.len());
        Ok(match op {
            CmpOp::Lt => a < b,
            CmpOp::Le => a <= b,
            CmpOp::Eq => a == b,
            CmpOp::Ne => a != b,
            CmpOp::Gt => a > b,
            CmpOp::Ge => a >= b,
        })
    }

    pub fn eq_bool(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        if let Some(r) = super::dict::simple_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(CmpOp::Eq, a, b)?;
        self.truthy(&r)
    }

    fn dict_eq(&mut self, x: &Rc<PyDict>, y: &Rc<PyDict>) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        for (k, v) in x.items() {
            match self.dict_get(y, &k)? {
                Some(v2) => {
                    if !self.eq_bool(&v, &v2)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::Int(i) => crate::objects::int::hash_i64(*i),
            Value::Bool(b) => *b as i64,
            Value::BigInt(b) => crate::objects::int::hash_big(b),
            Value::Float(f) => crate::objects::int::hash_float(*f),
            Value::Complex(c) => crate::objects::complex::hash(c),
            Value::Str(s) => s.hash(),
            Value::Bytes(b) => super::value::hash_bytes(b),
            Value::Range(r) => crate::objects::range::hash(self, r)?,
            Value::None => 0x5f3759df,
            Value::Tuple(t) => {
                // CPython's xxHash-based tuple hash.
                let mut acc: u64 = 2870177450012600261;
                for item in t.iter() {
                    let lane = self.hash(item)? as u64;
                    acc = acc.wrapping_add(lane.wrapping_mul(14029467366897019727));
                    acc = acc.rotate_left(31);
                    acc = acc.wrapping_mul(11400714785074694791);
                }
                acc = acc.wrapping_add((t.len() as u64) ^ (2870177450012600261 ^ 3527539));
                if acc as i64 == -1 {
                    1546275796
                } else {
                    acc as i64
                }
            }
            Value::FrozenSet(s) => {
                // CPython's frozenset hash: an order-independent xor of shuffled
                // entry hashes, the size mixed in, then dispersed.
                let mut h: u64 = 0;
                for (x, _) in s.entries() {
                    let x = x as u64;
                    h ^= (x ^ (x << 16) ^ 89869747).wrapping_mul(3644798167);
                }
                h ^= (s.len() as u64 + 1).wrapping_mul(1927868237);
                h ^= (h >> 11) ^ (h >> 25);
                h = h.wrapping_mul(69069).wrapping_add(907133923);
                let r = h as i64;
                if r == -1 { 590923713 } else { r }
            }
            Value::List(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::ByteArray(_)
            | Value::Slice(_) => {
                let tn = self.type_name(v);
                return self.type_error(format!("unhashable type: '{tn}'"));
            }
            Value::Instance(i) => {
                let cls = i.class();
                match cls.lookup(&self.names.__hash__.clone()) {
                    Some(Value::None) => {
                        return self.type_error(format!("unhashable type: '{}'", cls.name()));
                    }
                    Some(h @ Value::Function(_)) => {
                        let r = self.call_value(h, std::slice::from_ref(v), &[])?;
                        match to_big(&r) {
                            Some(b) => {
                                let x = crate::objects::int::hash_big(&b);
                                if x == -1 { -2 } else { x }
                            }
                            None => {
                                return self.type_error("__hash__ method should return an integer");
                            }
                        }
                    }
                    _ => {
                        // Identity hash, unless the class defines __eq__ without __hash__.
                        if cls.heap && cls.dict.get_str(&self.names.__eq__.clone()).is_some() {
                            return self.type_error(format!("unhashable type: '{}'", cls.name()));
                        }
                        match &i.payload {
                            Payload::Int(x) => return self.hash(&x.clone()),
                            Payload::Str(s) => s.hash(),
                            Payload::Float(f) => crate::objects::int::hash_float(*f),
                            Payload::Tuple(t) => return self.hash(&Value::Tuple(t.clone())),
                            _ => (Rc::as_ptr(i) as usize >> 4) as i64,
                        }
                    }
                }
            }
            Value::Type(_) if self.meta_dunder(v, &self.names.__hash__.clone()).is_some() => {
                let m = self
                    .meta_dunder(v, &self.names.__hash__.clone())
                    .unwrap_or_default();
                let r = self.call_value(m, &[], &[])?;
                match to_big(&r) {
                    Some(b) => {
                        let x = crate::objects::int::hash_big(&b);
                        if x == -1 { -2 } else { x }
                    }
                    None => return self.type_error("__hash__ method should return an integer"),
                }
            }
            other => (other.ptr().unwrap_or(0) >> 4) as i64,
        })
    }

    pub fn dict_get(&mut self, d: &PyDict, k: &Value) -> PyResult<Option<Value>> {
        if let Value::Str(s) = k {
            return Ok(d.get_str(s));
        }
        let h = self.hash(k)?;
        let vm: *mut Vm = self;
        // SAFETY: the callback re-enters the VM only while the dict is not borrowed.
        d.get(h, k, &mut |a, b| unsafe { (*vm).eq_bool(a, b) })
    }

    pub fn dict_contains(&mut self, d: &PyDict, k: &Value) -> PyResult<bool> {
        if let Value::Str(s) = k {
            return Ok(d.index_of_str(s).is_some());
        }
        let h = self.hash(k)?;
        let vm: *mut Vm = self;
        // SAFETY: the callback re-enters the VM only while the dict is not borrowed.
        Ok(d.find(h, k, &mut |a, b| unsafe { (*vm).eq_bool(a, b) })?
            .is_some())
    }

    pub fn dict_set(&mut self, d: &PyDict, k: Value, v: Value) -> PyResult<()> {
        if let Value::Str(s) = &k {
            d.set_str(s.clone(), v);
            return Ok(());
        }
        let h = self.hash(&k)?;
        let vm: *mut Vm = self;
        d.set(h, k, v, &mut |a, b| unsafe { (*vm).eq_bool(a, b) })
    }

    pub fn dict_del(&mut self, d: &PyDict, k: &Value) -> PyResult<Option<Value>> {
        let h = self.hash(k)?;
        let vm: *mut Vm = self;
        d.remove(h, k, &mut |a, b| unsafe { (*vm).eq_bool(a, b) })
    }

    pub fn set_add(&mut self, s: &PySet, k: Value) -> PyResult<()> {
        let h = self.hash(&k)?;
        self.set_add_hashed(s, h, k)?;
        Ok(())
    }

    /// Add a key whose hash is known; true if it was new.
    pub fn set_add_hashed(&mut self, s: &PySet, h: i64, k: Value) -> PyResult<bool> {
        let vm: *mut Vm = self;
        // SAFETY: the callback re-enters the VM only while the set is not borrowed.
        s.add(h, k, &mut |a, b| unsafe { (*vm).eq_bool(a, b) })
    }

    pub fn set_contains_hashed(&mut self, s: &PySet, h: i64, k: &Value) -> PyResult<bool> {
        let vm: *mut Vm = self;
        // SAFETY: as in set_add_hashed.
        s.contains(h, k, &mut |a, b| unsafe { (*vm).eq_bool(a, b) })
    }

    pub fn set_discard_hashed(&mut self, s: &PySet, h: i64, k: &Value) -> PyResult<bool> {
        let vm: *mut Vm = self;
        // SAFETY: as in set_add_hashed.
        s.discard(h, k, &mut |a, b| unsafe { (*vm).eq_bool(a, b) })
    }

    /// Add all keys of set `other` to `s`, keeping CPython's table layout.
    pub fn set_merge(&mut self, s: &PySet, other: &PySet) -> PyResult<()> {
        let vm: *mut Vm = self;
        // SAFETY: as in set_add_hashed.
        s.merge(other, &mut |a, b| unsafe { (*vm).eq_bool(a, b) })
    }

    pub fn set_contains(&mut self, s: &PySet, k: &Value) -> PyResult<bool> {
        let h = match self.hash(k) {
            Ok(h) => h,
            Err(e) => {
                // A set argument is looked up as a frozenset.
                if let Value::Set(inner) = k {
                    let fs = Value::FrozenSet(inner.clone());
                    self.hash(&fs)?
                } else {
                    return Err(e);
                }
            }
        };
        let vm: *mut Vm = self;
        s.contains(h, k, &mut |a, b| unsafe { (*vm).eq_bool(a, b) })
    }

    pub fn set_discard(&mut self, s: &PySet, k: &Value) -> PyResult<bool> {
        let h = self.hash(k)?;
        let vm: *mut Vm = self;
        s.discard(h, k, &mut |a, b| unsafe { (*vm).eq_bool(a, b) })
    }

    /// Merge a mapping into `d` (dict.update semantics); `strict` rejects duplicate keys (calls).
    /// `d.update(other)`; `strict` applies the rules of `**` in calls: a mapping with
    /// string keys, none repeated (KeyError for a repeat, AttributeError for a non-mapping).
    pub fn dict_merge(&mut self, d: &PyDict, other: &Value, strict: bool) -> PyResult<()> {
        let items: Vec<(Value, Value)> = match other {
            Value::Dict(o) => o.items(),
            Value::Instance(i) if matches!(i.payload, Payload::Dict(_)) && !i.class().heap => {
                match &i.payload {
                    Payload::Dict(o) => o.items(),
                    _ => vec![],
                }
            }
            _ => {
                let keys_name = self.intern("keys");
                match self.lookup_method(other, &keys_name) {
                    Some(m) => {
                        let ks = self.call_value(m, &[], &[])?;
                        let ks = self.iterate(&ks)?;
                        let mut out = Vec::new();
                        for k in ks {
                            let v = self.getitem(other, &k)?;
                            out.push((k, v));
                        }
                        out
                    }
                    None => {
                        // Keyword arguments need a mapping (the caller words the error).
                        if strict {
                            let tn = self.type_name(other);
                            return self
                                .attribute_error(format!("'{tn}' object has no attribute 'keys'"));
                        }
                        let seq = self.iterate(other)?;
                        let mut out = Vec::new();
                        for (n, item) in seq.into_iter().enumerate() {
                            let pair = match self.iterate(&item) {
                                Ok(p) => p,
                                Err(_) => {
                                    return self.type_error(format!("cannot convert dictionary update sequence element #{n} to a sequence"));
                                }
                            };
                            if pair.len() != 2 {
                                return self.value_error(format!(
                                    "dictionary update sequence element #{n} has length {}; 2 is required",
                                    pair.len()
                                ));
                            }
                            let mut it = pair.into_iter();
                            let k = it.next().unwrap_or(Value::None);
                            let v = it.next().unwrap_or(Value::None);
                            out.push((k, v));
                        }
                        out
                    }
                }
            }
        };
        for (k, v) in items {
            if strict {
                if !matches!(k, Value::Str(_)) {
                    return self.type_error("keywords must be strings");
                }
                if self.dict_get(d, &k)?.is_some() {
                    // A repeated keyword (the caller words the error).
                    return self.key_error(k);
                }
            }
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }

    pub fn exception_match(&mut self, exc: &Value, ty: &Value) -> PyResult<bool> {
        match ty {
            Value::Type(t) => {
                if !t.is_subtype(&self.exc.base_exception) {
                    return self.type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    );
                }
                Ok(self.exc_matches(exc, t))
            }
            Value::Tuple(ts) => {
                for t in ts.iter() {
                    if self.exception_match(exc, t)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ),
        }
    }

    pub fn before_with(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let enter_n = self.names.__enter__.clone();
        let exit_n = self.names.__exit__.clone();
        let Some(enter) = self.lookup_method(mgr, &enter_n) else {
            let tn = self.type_name(mgr);
            return self.type_error(format!(
                "'{tn}' object does not support the context manager protocol"
            ));
        };
        let Some(exit) = self.lookup_method(mgr, &exit_n) else {
            let tn = self.type_name(mgr);
            return self.type_error(format!(
                "'{tn}' object does not support the context manager protocol (missed __exit__ method)"
            ));
        };
        let entered = self.call_value(enter, &[], &[])?;
        Ok((exit, entered))
    }

    /// Report an exception that cannot propagate (CPython's "Exception ignored in").
    pub fn report_unraisable(&mut self, what: &str, e: &Value) {
        self.flush_stdout();
        eprintln!("Exception ignored in: {what}");
        let tb = self.format_exception(e);
        eprint!("{tb}");
    }
}

/// `+ - * /` on floats, a float and an int, or `/` on two ints that floats hold
/// exactly, computed directly; None for everything else, including division by zero
/// (the general path raises).
fn float_fast(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    // Ints below 2**53 convert to floats exactly, so int / int is one correctly
    // rounded float division, as in CPython.
    const EXACT: u64 = 1 << 53;
    let (x, y) = match (a, b) {
        (Value::Float(x), Value::Float(y)) => (*x, *y),
        // Like int.__float__, `as` rounds to nearest.
        (Value::Int(i), Value::Float(y)) => (*i as f64, *y),
        (Value::Float(x), Value::Int(j)) => (*x, *j as f64),
        (Value::Int(i), Value::Int(j))
            if op == BinOp::TrueDiv && i.unsigned_abs() < EXACT && j.unsigned_abs() < EXACT =>
        {
            (*i as f64, *j as f64)
        }
        _ => return None,
    };
    Some(Value::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv if y != 0.0 => x / y,
        _ => return None,
    }))
}

fn str_concat(x: &PyStr, y: &PyStr) -> Value {
    let mut s = StrBuf::with_capacity(x.s.len() + y.s.len());
    s.push_str(&x.s);
    s.push_str(&y.s);
    Value::Str(Rc::new(PyStr::from_buf(s, x.ascii && y.ascii)))
}

/// `s + t` or `s += t` on strs whose result the `next` instruction stores into the local that
/// holds `s`: the local lets go of `s` first, so that when nothing else refers to it
/// the text grows in place instead of being copied (as CPython does). Err gives `a`
/// back when this is not that case.
#[inline(always)]
pub fn str_add_to_local(
    op: BinOp,
    a: Value,
    b: &Value,
    next: Option<&Op>,
    fast: &mut [Value],
) -> Result<Value, Value> {
    // Checked inline: most binary ops are not str additions.
    if op != BinOp::Add || !matches!(a, Value::Str(_)) {
        return Err(a);
    }
    str_append_to_local(a, b, next, fast)
}

fn str_append_to_local(
    a: Value,
    b: &Value,
    next: Option<&Op>,
    fast: &mut [Value],
) -> Result<Value, Value> {
    let (Value::Str(x), Value::Str(y), Some(Op::StoreFast(j))) = (&a, b, next) else {
        return Err(a);
    };
    let Some(slot) = fast.get_mut(*j as usize) else {
        return Err(a);
    };
    if !matches!(&*slot, Value::Str(held) if Rc::ptr_eq(held, x)) {
        return Err(a);
    }
    // Concatenating strs cannot fail, so the local is overwritten right after this.
    *slot = Value::Undef;
    let Value::Str(mut x) = a else {
        return Err(a);
    };
    Ok(match Rc::get_mut(&mut x) {
        Some(text) => {
            text.push_str(y);
            Value::Str(x)
        }
        None => str_concat(&x, y),
    })
}
