//! format(value, spec) for builtin values and __format__ for instances.

use crate::vm::Vm;
use crate::vm::ops::to_big;
use crate::vm::value::*;

pub fn format(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    let r = match v {
        Value::Str(s) => crate::fmt::format_str_spec(&s.s, spec),
        Value::Float(f) => crate::fmt::format_float_spec(*f, spec),
        Value::Complex(c) => crate::fmt::format_complex_spec(c.re, c.im, spec),
        Value::Int(_) | Value::BigInt(_) => {
            let b = to_big(v).unwrap_or_default();
            crate::fmt::parse_format_spec_for(spec, "int")
                .and_then(|f| crate::fmt::format_int_limited(&b, &f, vm.int_max_str_digits))
        }
        Value::Bool(b) => {
            if spec.is_empty() {
                return Ok(if *b { "True" } else { "False" }.into());
            }
            crate::fmt::format_int_spec(&num_bigint::BigInt::from(*b as i64), spec)
        }
        Value::Type(_) => {
            let fm = vm.names.__format__.clone();
            if let Some(m) = vm.meta_dunder(v, &fm) {
                return match vm.call_value(m, &[Value::str(spec)], &[])? {
                    Value::Str(s) => Ok(s.s.clone()),
                    other => {
                        let tn = vm.type_name(&other);
                        vm.type_error(format!("__format__ must return a str, not {tn}"))
                    }
                };
            }
            return generic(vm, v, spec);
        }
        Value::Instance(i) => {
            let cls = i.class();
            let fm = vm.names.__format__.clone();
            if let Some(m) = cls.lookup(&fm)
                && !matches!(m, Value::Builtin(_))
            {
                let r = vm.call_value(m, &[v.clone(), Value::str(spec)], &[])?;
                return match r {
                    Value::Str(s) => Ok(s.s.clone()),
                    other => {
                        let tn = vm.type_name(&other);
                        vm.type_error(format!("__format__ must return a str, not {tn}"))
                    }
                };
            }
            if let Some(inner) = vm.unwrap_builtin(v)
                && !inner.is(v)
                && !spec.is_empty()
            {
                return format(vm, &inner, spec);
            }
            return generic(vm, v, spec);
        }
        _ => return generic(vm, v, spec),
    };
    match r {
        Ok(s) => Ok(s),
        Err(m) => vm.value_error(m),
    }
}

fn generic(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    if !spec.is_empty() {
        let tn = vm.type_name(v);
        return vm.type_error(format!(
            "unsupported format string passed to {tn}.__format__"
        ));
    }
    vm.str_of(v)
}
