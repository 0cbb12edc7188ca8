//! format(value, spec) for builtin values and __format__ for instances.

use crate::fmt::IntRef;
use crate::vm::Vm;
use crate::vm::value::*;

pub fn format(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    let r = match v {
        Value::Str(s) => crate::fmt::format_str_spec(&s.s, spec),
        Value::Float(f) => crate::fmt::format_float_spec(*f, spec),
        Value::Complex(c) => crate::fmt::format_complex_spec(c.re, c.im, spec),
        Value::Int(i) => format_int(IntRef::Small(*i), spec, vm.int_max_str_digits),
        Value::BigInt(b) => format_int(IntRef::Big(b), spec, vm.int_max_str_digits),
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
                    Value::Str(s) => Ok(s.s.to_string()),
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
                    Value::Str(s) => Ok(s.s.to_string()),
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
        // The spec formatters report these as messages; CPython raises OverflowError.
        Err(m)
            if m.starts_with("%c arg not in range")
                || m.starts_with("Python int too large")
                || m.starts_with("int too large to convert to float") =>
        {
            vm.overflow_error(m)
        }
        Err(m) => vm.value_error(m),
    }
}

fn format_int(v: IntRef<'_>, spec: &str, max_str_digits: usize) -> Result<String, String> {
    crate::fmt::parse_format_spec_for(spec, "int")
        .and_then(|f| crate::fmt::format_int_limited(v, &f, max_str_digits))
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
