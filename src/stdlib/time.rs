//! time: clocks, sleep, struct_time, gmtime/localtime/mktime, strftime/asctime/ctime.

use super::tm::{Tm, Zone, asctime, breakdown, strftime};
use super::{new_module, set_fn, set_val};
use crate::objects::{KwArgs, add_method};
use crate::vm::Vm;
use crate::vm::value::*;
use std::rc::Rc;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

thread_local! {
    static START: Instant = Instant::now();
}

const FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];

fn since_epoch() -> std::time::Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

/// The monotonic clock (`time.monotonic`, also the asyncio loop's clock).
pub fn elapsed() -> std::time::Duration {
    START.with(|s| s.elapsed())
}

fn t_time(_vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(since_epoch().as_secs_f64()))
}

fn t_time_ns(_vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::from_bigint(since_epoch().as_nanos().into()))
}

fn t_monotonic(_vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(elapsed().as_secs_f64()))
}

fn t_monotonic_ns(_vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::from_bigint(elapsed().as_nanos().into()))
}

/// Seconds from an int or float argument (the time module accepts no others).
fn seconds(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    let f = match v {
        Value::Float(f) => *f,
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            crate::objects::floatobj::float_from(vm, v)?
        }
        other => {
            let tn = vm.type_name(other);
            return vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"));
        }
    };
    if f.is_nan() {
        return vm.value_error("Invalid value NaN (not a number)");
    }
    Ok(f)
}

fn t_sleep(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let [v] = a else {
        return vm.type_error(format!(
            "time.sleep() takes exactly one argument ({} given)",
            a.len()
        ));
    };
    let s = seconds(vm, v)?;
    if s < 0.0 {
        return vm.value_error("sleep length must be non-negative");
    }
    vm.flush_stdout();
    std::thread::sleep(std::time::Duration::from_secs_f64(s));
    Ok(Value::None)
}

/// A timestamp argument of gmtime/localtime/ctime (None: now), floored to seconds.
fn timestamp(vm: &mut Vm, a: &[Value]) -> PyResult<i64> {
    match a.first() {
        None | Some(Value::None) => Ok(since_epoch().as_secs() as i64),
        Some(v) => {
            let f = seconds(vm, v)?.floor();
            if !(-6.7e16..6.7e16).contains(&f) {
                return vm.overflow_error("timestamp out of range for platform time_t");
            }
            Ok(f as i64)
        }
    }
}

fn struct_time_type(vm: &mut Vm) -> PyResult<Rc<TypeObj>> {
    let time = vm.import_module("time", false)?;
    let n = vm.intern("struct_time");
    match vm.get_attr(&time, &n)? {
        Value::Type(t) => Ok(t),
        _ => vm.type_error("time.struct_time is not a type"),
    }
}

fn make_struct_time(vm: &mut Vm, tm: &Tm) -> PyResult<Value> {
    let t = struct_time_type(vm)?;
    let items = [
        tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, tm.isdst,
    ];
    let v = vm.new_instance_with(
        &t,
        Payload::Tuple(Rc::new(items.iter().map(|&x| Value::Int(x)).collect())),
    );
    if let Value::Instance(i) = &v
        && let Some(d) = &i.dict
    {
        d.set_str(vm.intern("tm_zone"), Value::str(&tm.zone));
        d.set_str(vm.intern("tm_gmtoff"), Value::Int(tm.gmtoff));
    }
    Ok(v)
}

fn t_gmtime(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let t = timestamp(vm, a)?;
    make_struct_time(vm, &breakdown(t, 0, 0, "GMT"))
}

fn t_localtime(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let t = timestamp(vm, a)?;
    make_struct_time(vm, &Zone::local().localtime(t))
}

/// A time tuple or struct_time argument (None/absent: the current local time).
fn tm_arg(vm: &mut Vm, v: Option<&Value>, func: &str) -> PyResult<Tm> {
    let v = match v {
        None | Some(Value::None) => {
            let now = since_epoch().as_secs() as i64;
            return Ok(Zone::local().localtime(now));
        }
        Some(v) => v,
    };
    let items = match vm.unwrap_builtin(v) {
        Some(Value::Tuple(t)) => t.to_vec(),
        _ => {
            return vm.type_error("Tuple or struct_time argument required");
        }
    };
    if items.len() != 9 {
        return vm.type_error(format!("{func}(): illegal time tuple argument"));
    }
    let mut f = [0i64; 9];
    for (slot, x) in f.iter_mut().zip(&items) {
        *slot = vm.index_of(x)?;
    }
    let extra = |name: &str| -> Option<Value> {
        let Value::Instance(i) = v else { return None };
        i.dict.as_ref()?.get_str(&PyStr::new(name.to_string()))
    };
    let zone = match extra("tm_zone") {
        Some(Value::Str(s)) => s.s.to_string(),
        _ => {
            let (std, dst) = Zone::local().names(since_epoch().as_secs() as i64);
            if f[8] > 0 { dst.1 } else { std.1 }
        }
    };
    let gmtoff = match extra("tm_gmtoff") {
        Some(Value::Int(n)) => n,
        _ => 0,
    };
    Ok(Tm {
        year: f[0],
        mon: f[1],
        mday: f[2],
        hour: f[3],
        min: f[4],
        sec: f[5],
        wday: f[6],
        yday: f[7],
        isdst: f[8],
        zone,
        gmtoff,
    })
}

/// The range checks strftime/asctime apply (CPython's checktm).
fn check_tm(vm: &mut Vm, tm: &mut Tm) -> PyResult<()> {
    // Zero means "unset" for month and day of month/year.
    if tm.mon == 0 {
        tm.mon = 1;
    }
    if tm.mday == 0 {
        tm.mday = 1;
    }
    if tm.yday == 0 {
        tm.yday = 1;
    }
    let checks: [(bool, &str); 7] = [
        ((1..=12).contains(&tm.mon), "month out of range"),
        ((1..=31).contains(&tm.mday), "day of month out of range"),
        ((0..=23).contains(&tm.hour), "hour out of range"),
        ((0..=59).contains(&tm.min), "minute out of range"),
        ((0..=61).contains(&tm.sec), "seconds out of range"),
        (tm.wday >= -1, "day of week out of range"),
        ((1..=366).contains(&tm.yday), "day of year out of range"),
    ];
    for (ok, msg) in checks {
        if !ok {
            return vm.value_error(msg);
        }
    }
    tm.wday = tm.wday.rem_euclid(7);
    Ok(())
}

fn t_strftime(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let Some(Value::Str(fmt)) = a.first() else {
        let tn = a.first().map(|v| vm.type_name(v)).unwrap_or_default();
        return vm.type_error(format!("strftime() argument 1 must be str, not {tn}"));
    };
    let mut tm = tm_arg(vm, a.get(1), "strftime")?;
    check_tm(vm, &mut tm)?;
    Ok(Value::string(strftime(&fmt.s, &tm)))
}

fn t_asctime(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let mut tm = tm_arg(vm, a.first(), "asctime")?;
    check_tm(vm, &mut tm)?;
    Ok(Value::string(asctime(&tm)))
}

fn t_ctime(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let t = timestamp(vm, a)?;
    Ok(Value::string(asctime(&Zone::local().localtime(t))))
}

fn t_mktime(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let tm = tm_arg(vm, a.first(), "mktime")?;
    Ok(Value::Float(Zone::local().mktime(&tm) as f64))
}

/// struct_time(sequence): a 9-item time tuple.
fn st_new(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let Some(Value::Type(cls)) = a.first() else {
        return vm.type_error("struct_time.__new__ needs a type");
    };
    let cls = cls.clone();
    let items = match a.get(1) {
        Some(v) => vm.iterate(v)?,
        None => {
            return vm.type_error("struct_time() missing required argument 'sequence' (pos 1)");
        }
    };
    if !(9..=11).contains(&items.len()) {
        return vm.type_error(format!(
            "time.struct_time() takes an at least 9-sequence ({}-sequence given)",
            items.len()
        ));
    }
    let v = vm.new_instance_with(&cls, Payload::Tuple(Rc::new(items[..9].to_vec())));
    if let Value::Instance(i) = &v
        && let Some(d) = &i.dict
    {
        for (k, name) in [(9, "tm_zone"), (10, "tm_gmtoff")] {
            let x = items.get(k).cloned().unwrap_or(Value::None);
            d.set_str(vm.intern(name), x);
        }
    }
    Ok(v)
}

fn st_repr(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let items = match a.first().and_then(|v| vm.unwrap_builtin(v)) {
        Some(Value::Tuple(t)) => t,
        _ => return vm.type_error("struct_time.__repr__ needs a struct_time"),
    };
    let mut parts = Vec::new();
    for (name, v) in FIELDS.iter().zip(items.iter()) {
        parts.push(format!("{name}={}", vm.repr_of(v)?));
    }
    Ok(Value::string(format!(
        "time.struct_time({})",
        parts.join(", ")
    )))
}

/// The getter of field `index` (bound as the builtin's receiver).
fn st_field(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let (Some(Value::Int(i)), Some(obj)) = (a.first(), a.get(1)) else {
        return vm.type_error("struct_time field getter needs an instance");
    };
    match vm.unwrap_builtin(obj) {
        Some(Value::Tuple(t)) => Ok(t.get(*i as usize).cloned().unwrap_or(Value::None)),
        _ => vm.type_error("descriptor requires a 'time.struct_time' object"),
    }
}

fn struct_time_class(vm: &mut Vm) -> Rc<TypeObj> {
    let tuple = vm.types.tuple.clone();
    let t = crate::vm::types::new_type("struct_time", vec![tuple], Layout::Tuple, false);
    add_method(vm, &t, "struct_time", "__new__", st_new);
    add_method(vm, &t, "struct_time", "__repr__", st_repr);
    for (i, name) in FIELDS.iter().enumerate() {
        let getter = Value::Builtin(Rc::new(Builtin {
            name,
            func: st_field,
            binding: Some(Value::Int(i as i64)),
            owner: None,
        }));
        let prop = Value::Property(Rc::new(Property {
            name: std::cell::RefCell::new(Value::None),
            fget: getter,
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
        }));
        t.dict.set_str(vm.intern(name), prop);
    }
    for (name, v) in [
        ("n_sequence_fields", 9),
        ("n_fields", 11),
        ("n_unnamed_fields", 0),
    ] {
        t.dict.set_str(vm.intern(name), Value::Int(v));
    }
    t
}

pub fn module(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module(vm, "time");
    let fns: &[(&'static str, NativeFn)] = &[
        ("time", t_time),
        ("time_ns", t_time_ns),
        ("monotonic", t_monotonic),
        ("monotonic_ns", t_monotonic_ns),
        ("perf_counter", t_monotonic),
        ("perf_counter_ns", t_monotonic_ns),
        ("process_time", t_monotonic),
        ("process_time_ns", t_monotonic_ns),
        ("sleep", t_sleep),
        ("gmtime", t_gmtime),
        ("localtime", t_localtime),
        ("mktime", t_mktime),
        ("strftime", t_strftime),
        ("asctime", t_asctime),
        ("ctime", t_ctime),
    ];
    for (n, f) in fns {
        set_fn(vm, &d, n, *f);
    }
    let st = struct_time_class(vm);
    set_val(vm, &d, "struct_time", Value::Type(st));
    let now = since_epoch().as_secs() as i64;
    let ((std_off, std_name), (dst_off, dst_name)) = Zone::local().names(now);
    set_val(vm, &d, "timezone", Value::Int(-std_off));
    set_val(vm, &d, "altzone", Value::Int(-dst_off));
    set_val(vm, &d, "daylight", Value::Int((std_off != dst_off) as i64));
    set_val(
        vm,
        &d,
        "tzname",
        Value::tuple(vec![Value::string(std_name), Value::string(dst_name)]),
    );
    Ok(m)
}
