//! Methods and constructors of the builtin types.

pub mod bytes;
pub mod codecs;
pub mod complex;
pub mod construct;
pub mod descriptors;
pub mod dictview;
pub mod dunders;
pub mod exception_group;
pub mod exceptions;
pub mod floatobj;
pub mod format;
pub mod frameobj;
pub mod generic_alias;
pub mod int;
pub mod intobj;
pub mod list;
pub mod memoryview;
pub mod oserror;
pub mod percent;
pub mod range;
pub mod repr;
pub mod set;
mod sort;
pub mod str;
pub mod types;
pub mod unicode;
mod unicode_tables;

use crate::vm::Vm;
use crate::vm::value::*;
use std::rc::Rc;

pub type KwArgs<'a> = &'a [(Rc<PyStr>, Value)];

/// Register a native function in a type's dict as a method.
pub fn add_method(
    vm: &mut Vm,
    t: &Rc<TypeObj>,
    owner: &'static str,
    name: &'static str,
    func: NativeFn,
) {
    let key = vm.intern(name);
    t.dict.set_str(
        key,
        Value::Builtin(Rc::new(Builtin {
            name,
            func,
            binding: None,
            owner: Some(owner),
        })),
    );
}

pub fn native(name: &'static str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name,
        func,
        binding: None,
        owner: None,
    }))
}

/// Check a method's positional argument count (args include self).
pub fn check_args(vm: &mut Vm, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len().saturating_sub(1);
    let (min, max) = (min, max);
    if n < min || n > max {
        if min == max {
            if min == 0 {
                return vm.type_error(format!("{name}() takes no arguments ({n} given)"));
            }
            if min == 1 {
                return vm.type_error(format!("{name}() takes exactly one argument ({n} given)"));
            }
            return vm.type_error(format!("{name} expected {min} arguments, got {n}"));
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

pub fn no_kwargs(vm: &mut Vm, name: &str, kw: KwArgs) -> PyResult<()> {
    if !kw.is_empty() {
        return vm.type_error(format!("{name}() takes no keyword arguments"));
    }
    Ok(())
}

pub fn kwarg(kw: KwArgs, name: &str) -> Option<Value> {
    kw.iter().find(|(k, _)| k.s == name).map(|(_, v)| v.clone())
}

pub use types::{tuple_count as types_count, tuple_index as types_index};

pub fn install_type_methods(vm: &mut Vm) {
    types::install(vm);
    intobj::install(vm);
    floatobj::install(vm);
    complex::install(vm);
    bytes::install(vm);
    memoryview::install(vm);
    range::install(vm);
    dictview::install(vm);
    dunders::install(vm);
    exceptions::install(vm);
    exception_group::install(vm);
    descriptors::install(vm);
    str::install(vm);
    list::install(vm);
    set::install(vm);
    oserror::install(vm);
    generic_alias::install(vm);
    crate::vm::slots::install(vm);
    crate::vm::asyncgen::install(vm);
}
