//! Standard library: native modules, bundled Python-source modules, and import.

pub mod asyncio;
pub mod coil;
pub mod dis;
pub mod errno;
pub mod hashlib;
pub mod io;
mod io_text;
pub mod math;
pub mod os;
mod posix_tz;
pub mod random;
pub mod random_core;
pub mod re;
pub mod re_engine;
pub mod sys;
pub mod time;
mod tm;

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
    ("os", include_str!("py/os.py")),
    ("posixpath", include_str!("py/posixpath.py")),
    ("tempfile", include_str!("py/tempfile.py")),
    ("random", include_str!("py/random.py")),
    ("json", include_str!("py/json/__init__.py")),
    ("json.decoder", include_str!("py/json/decoder.py")),
    ("json.encoder", include_str!("py/json/encoder.py")),
    ("inspect", include_str!("py/inspect.py")),
    ("types", include_str!("py/types.py")),
    ("warnings", include_str!("py/warnings.py")),
    ("linecache", include_str!("py/linecache.py")),
    ("datetime", include_str!("py/datetime.py")),
    ("_genericalias", include_str!("py/_genericalias.py")),
    ("_exceptiongroup", include_str!("py/_exceptiongroup.py")),
    ("__future__", include_str!("py/__future__.py")),
    ("asyncio", include_str!("py/asyncio/__init__.py")),
    (
        "asyncio.base_events",
        include_str!("py/asyncio/base_events.py"),
    ),
    (
        "asyncio.coroutines",
        include_str!("py/asyncio/coroutines.py"),
    ),
    ("asyncio.events", include_str!("py/asyncio/events.py")),
    (
        "asyncio.exceptions",
        include_str!("py/asyncio/exceptions.py"),
    ),
    (
        "asyncio.format_helpers",
        include_str!("py/asyncio/format_helpers.py"),
    ),
    ("asyncio.futures", include_str!("py/asyncio/futures.py")),
    ("asyncio.locks", include_str!("py/asyncio/locks.py")),
    ("asyncio.mixins", include_str!("py/asyncio/mixins.py")),
    ("asyncio.queues", include_str!("py/asyncio/queues.py")),
    ("asyncio.runners", include_str!("py/asyncio/runners.py")),
    (
        "asyncio.taskgroups",
        include_str!("py/asyncio/taskgroups.py"),
    ),
    ("asyncio.tasks", include_str!("py/asyncio/tasks.py")),
    ("asyncio.timeouts", include_str!("py/asyncio/timeouts.py")),
    (
        "asyncio.unix_events",
        include_str!("py/asyncio/unix_events.py"),
    ),
];

/// The builtins module: its dict is the interpreter's builtins namespace, so
/// assigning to its attributes changes what every module sees.
fn builtins_module(vm: &mut Vm) -> PyResult<Value> {
    let d = vm.builtins.clone();
    set_val(vm, &d, "__name__", Value::str("builtins"));
    Ok(Value::Module(Rc::new(Module {
        name: Rc::new(PyStr::new("builtins".to_string())),
        dict: d,
    })))
}

type ModuleInit = fn(&mut Vm) -> PyResult<Value>;

/// Native modules, by name.
const NATIVE_MODULES: &[(&str, ModuleInit)] = &[
    ("builtins", builtins_module),
    ("sys", sys::module),
    ("time", time::module),
    ("math", math::module),
    ("hashlib", hashlib::module),
    ("dis", dis::module),
    ("_re", re::module),
    ("errno", errno::module),
    ("io", io::module),
    ("_os", os::module),
    ("_random", random::module),
    ("_coil", coil::module),
    ("_asyncio", asyncio::module),
];

fn native_module(name: &str) -> Option<ModuleInit> {
    NATIVE_MODULES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, f)| *f)
}

fn py_module(name: &str) -> Option<&'static str> {
    PY_MODULES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, src)| *src)
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

/// MemoryError for a buffer that could not be allocated.
pub fn no_memory(vm: &mut Vm) -> Value {
    let t = vm.exc.memory_error.clone();
    vm.new_exc(&t, "")
}

pub fn set_val(vm: &mut Vm, d: &PyDict, name: &str, v: Value) {
    let k = vm.intern(name);
    d.set_str(k, v);
}

impl Vm {
    /// `import a.b.c`: imports `a`, `a.b` and `a.b.c` in turn; the result is the
    /// top-level module, or the leaf one when there is a from-list.
    pub fn import_module(&mut self, name: &str, has_fromlist: bool) -> PyResult<Value> {
        let mut top = None;
        let mut parent: Option<Value> = None;
        let mut end = 0;
        loop {
            end = name[end..].find('.').map_or(name.len(), |i| end + i);
            let m = self.import_one(&name[..end], parent.as_ref())?;
            top.get_or_insert_with(|| m.clone());
            if end == name.len() {
                return Ok(if has_fromlist { m } else { top.unwrap_or(m) });
            }
            parent = Some(m);
            end += 1;
        }
    }

    /// One step of a dotted import: `full` (whose parent module is already imported).
    fn import_one(&mut self, full: &str, parent: Option<&Value>) -> PyResult<Value> {
        let key = Value::str(full);
        if let Some(m) = self.dict_get(&self.modules.clone(), &key)? {
            return Ok(m);
        }
        let m = if let Some(f) = native_module(full) {
            let m = f(self)?;
            let mods = self.modules.clone();
            self.dict_set(&mods, key, m.clone())?;
            m
        } else if let Some(src) = py_module(full) {
            self.load_py_module(full, src)?
        } else {
            return Err(self.module_not_found(full, parent));
        };
        if let (Some(p), Some((_, short))) = (parent, full.rsplit_once('.')) {
            let short = self.intern(short);
            self.set_attr(p, &short, m.clone())?;
        }
        Ok(m)
    }

    /// Run a bundled Python-source module; it is in sys.modules while it runs.
    fn load_py_module(&mut self, name: &str, src: &str) -> PyResult<Value> {
        let (m, d) = new_module(self, name);
        d.set_str(
            self.names.__builtins__.clone(),
            Value::Dict(self.builtins.clone()),
        );
        let prefix = format!("{name}.");
        if PY_MODULES.iter().any(|(k, _)| k.starts_with(&prefix)) {
            set_val(self, &d, "__path__", Value::list(vec![]));
        }
        let mods = self.modules.clone();
        self.dict_set(&mods, Value::str(name), m.clone())?;
        let code = crate::parser::compile_source(self, src, &format!("<frozen {name}>"), false)?;
        if let Err(e) = self.run_code(code, d) {
            self.dict_del(&mods, &Value::str(name))?;
            return Err(e);
        }
        // A module may replace its own sys.modules entry.
        Ok(self.dict_get(&mods, &Value::str(name))?.unwrap_or(m))
    }

    fn module_not_found(&mut self, full: &str, parent: Option<&Value>) -> Value {
        let mut msg = format!("No module named '{full}'");
        if let Some(p) = parent {
            let path = self.intern("__path__");
            if self.get_attr(p, &path).is_err() {
                let pname = full.rsplit_once('.').map_or("", |(p, _)| p);
                msg = format!("{msg}; '{pname}' is not a package");
            }
        }
        let t = self.exc.module_not_found_error.clone();
        self.import_error(&t, &msg, full)
    }

    /// An ImportError (or subclass) with its `name` and `path` attributes.
    fn import_error(&mut self, t: &Rc<TypeObj>, msg: &str, module: &str) -> Value {
        let e = self.new_exc(t, msg);
        if let Value::Instance(i) = &e
            && let Some(d) = &i.dict
        {
            d.set_str(self.intern("name"), Value::str(module));
            d.set_str(self.intern("path"), Value::None);
        }
        e
    }

    /// `from m import name`: an attribute, or a submodule (imported now if `m` is a
    /// package, as CPython's fromlist handling does).
    pub fn import_from(&mut self, m: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        if let Ok(v) = self.get_attr(m, name) {
            return Ok(v);
        }
        let mn = match m {
            Value::Module(md) => md.name.s.to_string(),
            _ => "?".into(),
        };
        let full = format!("{mn}.{}", name.s);
        if let Some(sub) = self.dict_get(&self.modules.clone(), &Value::str(&full))? {
            return Ok(sub);
        }
        let known = py_module(&full).is_some() || native_module(&full).is_some();
        if known {
            return self.import_one(&full, Some(m));
        }
        let t = self.exc.import_error.clone();
        let msg = format!(
            "cannot import name '{}' from '{mn}' (unknown location)",
            name.s
        );
        Err(self.import_error(&t, &msg, &mn))
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
