//! The builtin type objects and the exception hierarchy, created at start-up.

use crate::vm::dict::PyDict;
use crate::vm::value::*;
use rustc_hash::{FxHashMap, FxHashSet};
use std::cell::RefCell;
use std::rc::Rc;

pub fn new_type(name: &str, bases: Vec<Rc<TypeObj>>, layout: Layout, heap: bool) -> Rc<TypeObj> {
    let t = Rc::new(TypeObj {
        name: RefCell::new(name.to_string()),
        qualname: RefCell::new(name.to_string()),
        bases: RefCell::new(bases),
        mro: RefCell::new(Vec::new()),
        dict: Rc::new(PyDict::new()),
        layout,
        meta: RefCell::new(None),
        slotted: false,
        heap,
        cache: Default::default(),
        subclasses: Default::default(),
    });
    for b in t.bases.borrow().iter() {
        b.subclasses.borrow_mut().push(Rc::downgrade(&t));
    }
    t.dict.mark_type_dict();
    let mro = compute_mro(&t).unwrap_or_else(|_| vec![t.clone()]);
    *t.mro.borrow_mut() = mro;
    t
}

/// C3 linearization. Err carries the names for CPython's message.
pub fn compute_mro(t: &Rc<TypeObj>) -> Result<Vec<Rc<TypeObj>>, String> {
    if let [base] = &t.bases.borrow()[..] {
        // The merge of a single base's MRO is that MRO.
        let base_mro = base.mro.borrow();
        let mut out = Vec::with_capacity(base_mro.len() + 1);
        out.push(t.clone());
        out.extend(base_mro.iter().cloned());
        return Ok(out);
    }
    let bases = t.bases.borrow().clone();
    let mut seqs: Vec<Vec<Rc<TypeObj>>> = bases.iter().map(|b| b.mro.borrow().clone()).collect();
    seqs.push(bases.clone());
    let mut out = vec![t.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut cand = None;
        for s in &seqs {
            let head = &s[0];
            let in_tail = seqs
                .iter()
                .any(|s2| s2[1..].iter().any(|x| Rc::ptr_eq(x, head)));
            if !in_tail {
                cand = Some(head.clone());
                break;
            }
        }
        let Some(c) = cand else {
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                let n = s[0].name();
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

macro_rules! type_fields {
    ($($f:ident : $name:expr),* $(,)?) => {
        pub struct Types { pub object: Rc<TypeObj>, pub type_: Rc<TypeObj>, pub int: Rc<TypeObj>, pub bool_: Rc<TypeObj>, $(pub $f: Rc<TypeObj>,)* }
        fn make_types(object: Rc<TypeObj>, type_: Rc<TypeObj>) -> Types {
            let int = new_type("int", vec![object.clone()], Layout::Int, false);
            let bool_ = new_type("bool", vec![int.clone()], Layout::Int, false);
            Types { $($f: new_type($name, vec![object.clone()], layout_of($name), native_methods($name)),)* object, type_, int, bool_ }
        }
    };
}

type_fields! {
    none_type: "NoneType", not_implemented_type: "NotImplementedType", ellipsis_type: "ellipsis",
    float: "float", str_: "str", bytes: "bytes", bytearray: "bytearray",
    list: "list", tuple: "tuple", dict: "dict", set: "set", frozenset: "frozenset",
    range: "range", slice: "slice", function: "function", builtin_function: "builtin_function_or_method",
    method: "method", module: "module", generator: "generator", coroutine: "coroutine",
    async_generator: "async_generator", code: "code", cell: "cell", property: "property",
    staticmethod: "staticmethod", classmethod: "classmethod", super_: "super",
    list_iterator: "list_iterator", tuple_iterator: "tuple_iterator", range_iterator: "range_iterator",
    str_iterator: "str_ascii_iterator", dict_keyiterator: "dict_keyiterator", dict_valueiterator: "dict_valueiterator",
    dict_itemiterator: "dict_itemiterator", set_iterator: "set_iterator", bytes_iterator: "bytes_iterator",
    reversed: "reversed", list_reverseiterator: "list_reverseiterator", enumerate: "enumerate", zip: "zip", map: "map", filter: "filter",
    callable_iterator: "callable_iterator", iterator: "iterator", dict_keys: "dict_keys", dict_values: "dict_values",
    dict_items: "dict_items", complex: "complex", memoryview: "memoryview", longrange_iterator: "longrange_iterator", method_wrapper: "method-wrapper", frame: "frame",
    traceback: "traceback",
    member_descriptor: "member_descriptor",
    async_generator_asend: "async_generator_asend", async_generator_athrow: "async_generator_athrow",
    async_generator_wrapped_value: "async_generator_wrapped_value", anext_awaitable: "anext_awaitable",
    coroutine_wrapper: "coroutine_wrapper", method_descriptor: "method_descriptor",
}

/// Types whose dunder methods are native functions dispatched like those of classes
/// (flagged as heap types).
fn native_methods(name: &str) -> bool {
    matches!(name, "member_descriptor" | "coroutine_wrapper")
}

fn layout_of(name: &str) -> Layout {
    match name {
        "float" => Layout::Float,
        "str" => Layout::Str,
        "list" => Layout::List,
        "tuple" => Layout::Tuple,
        "dict" => Layout::Dict,
        "set" | "frozenset" => Layout::Set,
        _ => Layout::Object,
    }
}

/// Exception types with fields for the ones the VM raises itself.
pub struct ExcTypes {
    pub base_exception: Rc<TypeObj>,
    pub exception: Rc<TypeObj>,
    pub base_exception_group: Rc<TypeObj>,
    pub exception_group: Rc<TypeObj>,
    pub type_error: Rc<TypeObj>,
    pub value_error: Rc<TypeObj>,
    pub index_error: Rc<TypeObj>,
    pub key_error: Rc<TypeObj>,
    pub attribute_error: Rc<TypeObj>,
    pub name_error: Rc<TypeObj>,
    pub unbound_local_error: Rc<TypeObj>,
    pub runtime_error: Rc<TypeObj>,
    pub recursion_error: Rc<TypeObj>,
    pub not_implemented_error: Rc<TypeObj>,
    pub zero_division_error: Rc<TypeObj>,
    pub overflow_error: Rc<TypeObj>,
    pub stop_iteration: Rc<TypeObj>,
    pub stop_async_iteration: Rc<TypeObj>,
    pub generator_exit: Rc<TypeObj>,
    pub system_exit: Rc<TypeObj>,
    pub keyboard_interrupt: Rc<TypeObj>,
    pub assertion_error: Rc<TypeObj>,
    pub import_error: Rc<TypeObj>,
    pub module_not_found_error: Rc<TypeObj>,
    pub lookup_error: Rc<TypeObj>,
    pub os_error: Rc<TypeObj>,
    pub file_not_found_error: Rc<TypeObj>,
    pub file_exists_error: Rc<TypeObj>,
    pub is_a_directory_error: Rc<TypeObj>,
    pub not_a_directory_error: Rc<TypeObj>,
    pub permission_error: Rc<TypeObj>,
    pub unicode_decode_error: Rc<TypeObj>,
    pub unicode_encode_error: Rc<TypeObj>,
    pub syntax_error: Rc<TypeObj>,
    pub eof_error: Rc<TypeObj>,
    pub memory_error: Rc<TypeObj>,
    pub all: Vec<Rc<TypeObj>>,
}

pub fn bootstrap() -> (Types, ExcTypes) {
    let object = new_type("object", vec![], Layout::Object, false);
    let type_ = new_type("type", vec![object.clone()], Layout::Type, false);
    let types = make_types(object.clone(), type_);
    let mut all: Vec<Rc<TypeObj>> = Vec::new();
    let mut by_name: FxHashMap<&'static str, Rc<TypeObj>> = FxHashMap::default();
    let mut mk = |name: &'static str,
                  bases: &[&'static str],
                  by_name: &mut FxHashMap<&'static str, Rc<TypeObj>>| {
        let bases = match bases {
            [] => vec![object.clone()],
            names => names.iter().map(|b| by_name[b].clone()).collect(),
        };
        let t = new_type(name, bases, Layout::Exception, false);
        by_name.insert(name, t.clone());
        all.push(t.clone());
        t
    };
    let tree: &[(&'static str, &[&'static str])] = &[
        ("BaseException", &[]),
        ("Exception", &["BaseException"]),
        ("BaseExceptionGroup", &["BaseException"]),
        ("ExceptionGroup", &["BaseExceptionGroup", "Exception"]),
        ("SystemExit", &["BaseException"]),
        ("KeyboardInterrupt", &["BaseException"]),
        ("GeneratorExit", &["BaseException"]),
        ("StopIteration", &["Exception"]),
        ("StopAsyncIteration", &["Exception"]),
        ("ArithmeticError", &["Exception"]),
        ("FloatingPointError", &["ArithmeticError"]),
        ("OverflowError", &["ArithmeticError"]),
        ("ZeroDivisionError", &["ArithmeticError"]),
        ("AssertionError", &["Exception"]),
        ("AttributeError", &["Exception"]),
        ("BufferError", &["Exception"]),
        ("EOFError", &["Exception"]),
        ("ImportError", &["Exception"]),
        ("ModuleNotFoundError", &["ImportError"]),
        ("LookupError", &["Exception"]),
        ("IndexError", &["LookupError"]),
        ("KeyError", &["LookupError"]),
        ("MemoryError", &["Exception"]),
        ("NameError", &["Exception"]),
        ("UnboundLocalError", &["NameError"]),
        ("OSError", &["Exception"]),
        ("BlockingIOError", &["OSError"]),
        ("ChildProcessError", &["OSError"]),
        ("ConnectionError", &["OSError"]),
        ("BrokenPipeError", &["ConnectionError"]),
        ("ConnectionAbortedError", &["ConnectionError"]),
        ("ConnectionRefusedError", &["ConnectionError"]),
        ("ConnectionResetError", &["ConnectionError"]),
        ("FileExistsError", &["OSError"]),
        ("FileNotFoundError", &["OSError"]),
        ("InterruptedError", &["OSError"]),
        ("IsADirectoryError", &["OSError"]),
        ("NotADirectoryError", &["OSError"]),
        ("PermissionError", &["OSError"]),
        ("ProcessLookupError", &["OSError"]),
        ("TimeoutError", &["OSError"]),
        ("ReferenceError", &["Exception"]),
        ("RuntimeError", &["Exception"]),
        ("NotImplementedError", &["RuntimeError"]),
        ("RecursionError", &["RuntimeError"]),
        ("SyntaxError", &["Exception"]),
        ("IndentationError", &["SyntaxError"]),
        ("TabError", &["IndentationError"]),
        ("SystemError", &["Exception"]),
        ("TypeError", &["Exception"]),
        ("ValueError", &["Exception"]),
        ("UnicodeError", &["ValueError"]),
        ("UnicodeDecodeError", &["UnicodeError"]),
        ("UnicodeEncodeError", &["UnicodeError"]),
        ("UnicodeTranslateError", &["UnicodeError"]),
        ("Warning", &["Exception"]),
        ("DeprecationWarning", &["Warning"]),
        ("PendingDeprecationWarning", &["Warning"]),
        ("RuntimeWarning", &["Warning"]),
        ("SyntaxWarning", &["Warning"]),
        ("UserWarning", &["Warning"]),
        ("FutureWarning", &["Warning"]),
        ("ImportWarning", &["Warning"]),
        ("UnicodeWarning", &["Warning"]),
        ("BytesWarning", &["Warning"]),
        ("ResourceWarning", &["Warning"]),
        ("EncodingWarning", &["Warning"]),
    ];
    for (n, b) in tree {
        mk(n, b, &mut by_name);
    }
    let g = |n: &str| by_name[n].clone();
    let exc = ExcTypes {
        base_exception: g("BaseException"),
        exception: g("Exception"),
        base_exception_group: g("BaseExceptionGroup"),
        exception_group: g("ExceptionGroup"),
        type_error: g("TypeError"),
        value_error: g("ValueError"),
        index_error: g("IndexError"),
        key_error: g("KeyError"),
        attribute_error: g("AttributeError"),
        name_error: g("NameError"),
        unbound_local_error: g("UnboundLocalError"),
        runtime_error: g("RuntimeError"),
        recursion_error: g("RecursionError"),
        not_implemented_error: g("NotImplementedError"),
        zero_division_error: g("ZeroDivisionError"),
        overflow_error: g("OverflowError"),
        stop_iteration: g("StopIteration"),
        stop_async_iteration: g("StopAsyncIteration"),
        generator_exit: g("GeneratorExit"),
        system_exit: g("SystemExit"),
        keyboard_interrupt: g("KeyboardInterrupt"),
        assertion_error: g("AssertionError"),
        import_error: g("ImportError"),
        module_not_found_error: g("ModuleNotFoundError"),
        lookup_error: g("LookupError"),
        os_error: g("OSError"),
        file_not_found_error: g("FileNotFoundError"),
        file_exists_error: g("FileExistsError"),
        is_a_directory_error: g("IsADirectoryError"),
        not_a_directory_error: g("NotADirectoryError"),
        permission_error: g("PermissionError"),
        unicode_decode_error: g("UnicodeDecodeError"),
        unicode_encode_error: g("UnicodeEncodeError"),
        syntax_error: g("SyntaxError"),
        eof_error: g("EOFError"),
        memory_error: g("MemoryError"),
        all,
    };
    (types, exc)
}

macro_rules! names {
    ($($f:ident),* $(,)?) => {
        /// Interned dunder names, so hot lookups hash nothing.
        pub struct Names { table: FxHashSet<Interned>, $(pub $f: Rc<PyStr>,)* }
        impl Names {
            // An `Interned` hashes and compares by its text, which never changes (only
            // its cached hash is interior-mutable).
            #[allow(clippy::mutable_key_type)]
            pub fn new() -> Names {
                // Room for the names interned at start-up (builtins, type methods).
                let mut table = FxHashSet::with_capacity_and_hasher(1024, Default::default());
                $(let $f = Rc::new(PyStr::new(stringify!($f).to_string()));
                  table.insert(Interned($f.clone()));)*
                Names { table, $($f,)* }
            }
        }
    };
}

/// An interned string, found in the table by its text.
struct Interned(Rc<PyStr>);

impl std::borrow::Borrow<str> for Interned {
    fn borrow(&self) -> &str {
        &self.0.s
    }
}

impl std::hash::Hash for Interned {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.s.hash(state)
    }
}

impl PartialEq for Interned {
    fn eq(&self, other: &Interned) -> bool {
        self.0.s == other.0.s
    }
}

impl Eq for Interned {}

names! {
    __init__, __new__, __call__, __iter__, __next__, __len__, __getitem__, __setitem__, __delitem__,
    __contains__, __bool__, __repr__, __str__, __hash__, __eq__, __ne__, __lt__, __le__, __gt__, __ge__,
    __enter__, __exit__, __getattr__, __getattribute__, __setattr__, __delattr__, __get__, __set__, __delete__,
    __name__, __qualname__, __module__, __doc__, __dict__, __class__, __classcell__, __build_class__,
    __index__, __int__, __float__, __neg__, __pos__, __invert__, __abs__, __reversed__, __missing__,
    __format__, __await__, __aiter__, __anext__, __init_subclass__, __set_name__, __mro_entries__,
    __prepare__, __instancecheck__, __subclasscheck__, __slots__, __round__, __trunc__, __floor__, __ceil__,
    __length_hint__, __main__, __builtins__, __file__, __spec__, __all__, __bytes__, __iadd__, __contains_fallback,
    send, throw, close, __traceback__, __cause__, __context__, args, __annotations__, __weakref__,
}

impl Default for Names {
    fn default() -> Self {
        Names::new()
    }
}

impl Names {
    pub fn intern(&mut self, s: &str) -> Rc<PyStr> {
        if let Some(r) = self.table.get(s) {
            return r.0.clone();
        }
        let r = Rc::new(PyStr::new(s.to_string()));
        self.table.insert(Interned(r.clone()));
        r
    }
}

impl ExcTypes {
    pub fn by_name(&self, name: &str) -> Option<Rc<TypeObj>> {
        self.all.iter().find(|t| *t.name.borrow() == name).cloned()
    }
}
