//! coil: a stackless Python 3.11 implementation built around generators and coroutines.

pub mod alloc;
pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod fmt;
pub mod objects;
pub mod parser;
pub mod stdlib;
pub mod vm;

use std::rc::Rc;
use vm::Vm;
use vm::value::*;

/// Run a program as `__main__`; returns the process exit code.
pub fn run_main(vm: &mut Vm, src: &str, filename: &str) -> i32 {
    let (main, globals) = stdlib::new_module(vm, "__main__");
    globals.set_str(
        vm.names.__builtins__.clone(),
        Value::Dict(vm.builtins.clone()),
    );
    globals.set_str(vm.names.__file__.clone(), Value::str(filename));
    let mods = vm.modules.clone();
    mods.set_str(Rc::new(PyStr::new("__main__".into())), main);
    let r = parser::compile_source(vm, src, filename, false)
        .and_then(|code| vm.run_code(code, globals.clone()));
    let code = match r {
        Ok(_) => 0,
        Err(e) => handle_uncaught(vm, &e),
    };
    // Finalize module globals while the VM is alive so suspended generators are closed.
    let items = globals.items();
    globals.clear();
    drop(items);
    vm.flush_stdout();
    code
}

/// Print a traceback (or handle SystemExit) and return the exit code.
pub fn handle_uncaught(vm: &mut Vm, e: &Value) -> i32 {
    let se = vm.exc.system_exit.clone();
    if vm.exc_matches(e, &se) {
        let n = vm.intern("code");
        let code = vm.get_attr(e, &n).unwrap_or(Value::None);
        return match code {
            Value::None => 0,
            Value::Int(i) => i as i32,
            Value::Bool(b) => b as i32,
            other => {
                vm.flush_stdout();
                let s = vm.str_of(&other).unwrap_or_default();
                eprintln!("{s}");
                1
            }
        };
    }
    vm.flush_stdout();
    let tb = vm.format_exception(e);
    eprint!("{tb}");
    1
}
