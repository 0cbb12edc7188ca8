//! Standard library: native modules, bundled Python-source modules, and import.

pub mod dis;
pub mod hashlib;
pub mod io;
pub mod math;
#[allow(dead_code)]
pub mod random_core;
pub mod re;
pub mod re_engine;
pub mod sys;
pub mod time;

use crate::vm::Vm;
use crate::vm::dict::PyDict;
use crate::vm::value::*;
use std::rc::Rc;

/// Python-source modules shipped inside the binary.
const PY_MODULES: &[(&str, &str)] = &[
    ("collections", include_str!("py/collections.py")),
    ("functools", include_str!("py/functools.py")),
    ("itertools", include_str!("py/itertools.py")),
    ("operator", include_str!("py/operator.py")),
    ("string", include_str!("py/string.py")),
    ("bisect", include_str!("py/bisect.py")),
    ("heapq", include_str!("py/heapq.py")),
    ("re", include_str!("py/re.py")),
];

pub fn register(vm: &mut Vm) {
    vm.native_modules.insert("sys", sys::module);
    vm.native_modules.insert("time", time::module);
    vm.native_modules.insert("math", math::module);
    vm.native_modules.insert("hashlib", hashlib::module);
    vm.native_modules.insert("dis", dis::module);
    vm.native_modules.insert("_re", re::module);
    for (n, src) in PY_MODULES {
        vm.py_modules.insert(n, src);
    }
}

pub fn new_module(vm: &mut Vm, name: &str) -> (Value, Rc<PyDict>) {
    let d = Rc::new(PyDict::new());
    d.set_str(vm.names.__name__.clone(), Value::str(name));
    d.set_str(vm.names.__doc__.clone(), Value::None);
    let m = Value::Module(Rc::new(Module {
        name: Rc::new(PyStr::new(name.to_string())),
        dict: d.clone(),
    }));
    (m, d)
}

pub fn set_fn(vm: &mut Vm, d: &PyDict, name: &'static str, f: NativeFn) {
    let k = vm.intern(name);
    d.set_str(k, crate::objects::native(name, f));
}

pub fn set_val(vm: &mut Vm, d: &PyDict, name: &str, v: Value) {
    let k = vm.intern(name);
    d.set_str(k, v);
}

impl Vm {
    pub fn import_module(&mut self, name: &str, _has_fromlist: bool) -> PyResult<Value> {
        let key = Value::str(name);
        if let Some(m) = self.dict_get(&self.modules.clone(), &key)? {
            return Ok(m);
        }
        let m = if let Some(f) = self.native_modules.get(name).copied() {
            f(self)?
        } else if let Some(src) = self.py_modules.get(name).copied() {
            let (m, d) = new_module(self, name);
            d.set_str(
                self.names.__builtins__.clone(),
                Value::Dict(self.builtins.clone()),
            );
            let mods = self.modules.clone();
            self.dict_set(&mods, Value::str(name), m.clone())?;
            let code =
                crate::parser::compile_source(self, src, &format!("<frozen {name}>"), false)?;
            if let Err(e) = self.run_code(code, d) {
                let mods = self.modules.clone();
                self.dict_del(&mods, &Value::str(name))?;
                return Err(e);
            }
            m
        } else {
            let t = self.exc.module_not_found_error.clone();
            return self.err(&t, format!("No module named '{name}'"));
        };
        let mods = self.modules.clone();
        self.dict_set(&mods, Value::str(name), m.clone())?;
        Ok(m)
    }

    pub fn import_from(&mut self, m: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        match self.get_attr(m, name) {
            Ok(v) => Ok(v),
            Err(_) => {
                let mn = match m {
                    Value::Module(md) => md.name.s.clone(),
                    _ => "?".into(),
                };
                let t = self.exc.import_error.clone();
                self.err(
                    &t,
                    format!(
                        "cannot import name '{}' from '{mn}' (unknown location)",
                        name.s
                    ),
                )
            }
        }
    }

    pub fn import_star(&mut self, m: &Value, ns: &Rc<PyDict>) -> PyResult<()> {
        let Value::Module(md) = m else { return Ok(()) };
        let all = md.dict.get_str(&self.names.__all__.clone());
        match all {
            Some(a) => {
                for n in self.iterate(&a)? {
                    if let Value::Str(s) = &n {
                        let v = self.get_attr(m, s)?;
                        ns.set_str(s.clone(), v);
                    }
                }
            }
            None => {
                for (k, v) in md.dict.items() {
                    if let Value::Str(s) = &k
                        && !s.s.starts_with('_')
                    {
                        ns.set_str(s.clone(), v);
                    }
                }
            }
        }
        Ok(())
    }
}
