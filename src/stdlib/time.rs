//! time: wall and monotonic clocks, sleep.

use super::{new_module, set_fn};
use crate::objects::KwArgs;
use crate::vm::Vm;
use crate::vm::value::*;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

thread_local! {
    static START: Instant = Instant::now();
}

fn t_time(_vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs_f64())
            .unwrap_or(0.0),
    ))
}

fn t_monotonic(_vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(START.with(|s| s.elapsed().as_secs_f64())))
}

fn t_time_ns(_vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos() as i64)
            .unwrap_or(0),
    ))
}

fn t_sleep(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let s = match a.first() {
        Some(v) => crate::objects::floatobj::float_from(vm, v)?,
        None => return vm.type_error("sleep() takes exactly one argument (0 given)"),
    };
    if s < 0.0 {
        return vm.value_error("sleep length must be non-negative");
    }
    vm.flush_stdout();
    std::thread::sleep(std::time::Duration::from_secs_f64(s));
    Ok(Value::None)
}

pub fn module(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module(vm, "time");
    set_fn(vm, &d, "time", t_time);
    set_fn(vm, &d, "time_ns", t_time_ns);
    set_fn(vm, &d, "monotonic", t_monotonic);
    set_fn(vm, &d, "perf_counter", t_monotonic);
    set_fn(vm, &d, "process_time", t_monotonic);
    set_fn(vm, &d, "sleep", t_sleep);
    Ok(m)
}
