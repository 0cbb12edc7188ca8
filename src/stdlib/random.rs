//! _random: the `Random` base class (a Mersenne Twister per instance) that
//! random.py subclasses.

use super::random_core::Mt19937;
use super::{new_module, set_val};
use crate::objects::{KwArgs, add_method, no_kwargs};
use crate::vm::Vm;
use crate::vm::ops::to_big;
use crate::vm::value::*;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    static RANDOM_TYPE: RefCell<Option<Rc<TypeObj>>> = const { RefCell::new(None) };
}

/// Run `f` on the generator of a `_random.Random` instance.
fn with_gen<R>(vm: &mut Vm, v: Option<&Value>, f: impl FnOnce(&mut Mt19937) -> R) -> PyResult<R> {
    if let Some(Value::Instance(i)) = v
        && let Payload::Native(n) = &i.payload
        && let Some(g) = n.borrow_mut().downcast_mut::<Mt19937>()
    {
        return Ok(f(g));
    }
    vm.type_error("descriptor requires a '_random.Random' object")
}

fn r_new(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let Some(Value::Type(cls)) = a.first() else {
        return vm.type_error("Random.__new__(X): X is not a type object");
    };
    let exact = RANDOM_TYPE.with(|t| t.borrow().as_ref().is_some_and(|t| Rc::ptr_eq(t, cls)));
    if exact {
        no_kwargs(vm, "Random", k)?;
    }
    let g: Box<dyn std::any::Any> = Box::new(Mt19937::from_entropy());
    Ok(vm.new_instance_with(cls, Payload::Native(RefCell::new(g))))
}

fn r_init(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "Random", k)?;
    if a.len() > 2 {
        return vm.type_error("Random() requires 0 or 1 argument");
    }
    r_seed(vm, a, &[])
}

/// seed(n): None draws from the OS, an int keys the state with its absolute
/// value, anything else with its hash.
fn r_seed(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "seed", k)?;
    if a.len() > 2 {
        return vm.type_error(format!(
            "seed expected at most 1 argument, got {}",
            a.len() - 1
        ));
    }
    let key = match a.get(1) {
        None | Some(Value::None) => None,
        Some(v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => to_big(v),
        Some(v) => Some(BigInt::from(vm.hash(v)?)),
    };
    with_gen(vm, a.first(), |g| match key {
        Some(n) => g.seed_int(&n),
        None => g.seed_os_entropy(),
    })?;
    Ok(Value::None)
}

fn r_random(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(with_gen(vm, a.first(), |g| g.random())?))
}

fn r_getrandbits(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let Some(k) = a.get(1) else {
        return vm.type_error("getrandbits() takes exactly one argument (0 given)");
    };
    let k = match k {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => to_big(k).unwrap_or_default(),
        other => {
            let tn = vm.type_name(other);
            return vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"));
        }
    };
    // CPython takes k as a C int.
    let Some(k) = k.to_i32() else {
        return vm.overflow_error("Python int too large to convert to C int");
    };
    if k < 0 {
        return vm.value_error("number of bits must be non-negative");
    }
    match with_gen(vm, a.first(), |g| g.getrandbits(k as u64))? {
        Some(r) => Ok(Value::from_bigint(r)),
        None => Err(super::no_memory(vm)),
    }
}

fn r_getstate(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let st = with_gen(vm, a.first(), |g| g.getstate())?;
    Ok(Value::tuple(
        st.into_iter().map(|w| Value::Int(w as i64)).collect(),
    ))
}

fn r_setstate(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let Some(Value::Tuple(t)) = a.get(1) else {
        return vm.type_error("state vector must be a tuple");
    };
    let mut words = Vec::with_capacity(t.len());
    for w in t.iter() {
        let n = match w {
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => to_big(w).unwrap_or_default(),
            other => {
                let tn = vm.type_name(other);
                return vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"));
            }
        };
        match n.to_u64() {
            // CPython stores each word as a C unsigned long truncated to 32 bits.
            Some(x) => words.push(x as u32),
            None if n.sign() == num_bigint::Sign::Minus => {
                return vm.overflow_error("can't convert negative value to unsigned int");
            }
            None => return vm.overflow_error("Python int too large to convert to C unsigned long"),
        }
    }
    match with_gen(vm, a.first(), |g| g.setstate(&words))? {
        Ok(()) => Ok(Value::None),
        Err(msg) => vm.value_error(msg),
    }
}

pub fn module(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module(vm, "_random");
    let obj = vm.types.object.clone();
    let t = vm.new_class("Random", &obj);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__new__", r_new),
        ("__init__", r_init),
        ("seed", r_seed),
        ("random", r_random),
        ("getrandbits", r_getrandbits),
        ("getstate", r_getstate),
        ("setstate", r_setstate),
    ];
    for (n, f) in methods {
        add_method(vm, &t, "Random", n, *f);
    }
    let module_key = vm.names.__module__.clone();
    t.dict.set_str(module_key, Value::str("_random"));
    RANDOM_TYPE.with(|r| *r.borrow_mut() = Some(t.clone()));
    set_val(vm, &d, "Random", Value::Type(t));
    Ok(m)
}
