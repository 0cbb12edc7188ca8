//! Python values: a compact tagged enum. Immediate values (None, bool, small int, float)
//! live inline; everything else is reference counted, so dropping the last reference
//! destroys an object at once (deterministic destruction, as in CPython).

use crate::bytecode::Code;
use crate::vm::dict::PyDict;
use crate::vm::frame::{Frame, FrameBox};
use num_bigint::BigInt;
use smallvec::SmallVec;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub type PyResult<T> = Result<T, Value>;

/// An 8-byte tag keeps the payload aligned, so copies of a Value are two aligned words
/// (a byte tag made rustc copy the rest with overlapping unaligned moves, which stall).
#[derive(Default)]
#[repr(u64)]
pub enum Value {
    /// Internal marker: an unbound local, or "no self" in a method call. Never visible to Python.
    #[default]
    Undef,
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(i64),
    Float(f64),
    // Everything after this point holds exactly one `Rc` (see `Clone`).
    BigInt(Rc<BigInt>),
    Complex(Rc<Complex>),
    Str(Rc<PyStr>),
    Bytes(Rc<Vec<u8>>),
    ByteArray(Rc<RefCell<Vec<u8>>>),
    List(Rc<ListObj>),
    Tuple(Rc<Vec<Value>>),
    Dict(Rc<PyDict>),
    Set(Rc<PySet>),
    FrozenSet(Rc<PySet>),
    Range(Rc<RangeObj>),
    Slice(Rc<SliceObj>),
    Function(Rc<Function>),
    Builtin(Rc<Builtin>),
    BoundMethod(Rc<BoundMethod>),
    Type(Rc<TypeObj>),
    Instance(Rc<Instance>),
    Module(Rc<Module>),
    Generator(Rc<Generator>),
    Code(Rc<Code>),
    Iter(Rc<RefCell<NativeIter>>),
    Cell(Rc<CellObj>),
    Property(Rc<Property>),
    StaticMethod(Rc<Value>),
    ClassMethod(Rc<Value>),
    Super(Rc<SuperObj>),
}

thread_local! {
    static EMPTY_TUPLE: Rc<Vec<Value>> = Rc::new(Vec::new());
}

impl Clone for Value {
    /// Bump the reference count (if any) and copy the two words whole: building the copy
    /// variant by variant made rustc store it piecewise and reload it as one 16-byte
    /// value, a store-forwarding stall on every stack push.
    #[inline(always)]
    fn clone(&self) -> Value {
        // Immediates first, by one comparison of the tag: a single match over all
        // variants became a jump table, an indirect branch on every stack push.
        if self.is_immediate() {
            // SAFETY: immediates own nothing.
            return unsafe { std::ptr::read(self) };
        }
        macro_rules! bump {
            ($($v:ident),*) => {
                match self {
                    // SAFETY: `r` is a live Rc owned by `self`.
                    $(Value::$v(r) => unsafe { Rc::increment_strong_count(Rc::as_ptr(r)) },)*
                    Value::Undef
                    | Value::None
                    | Value::NotImplemented
                    | Value::Ellipsis
                    | Value::Bool(_)
                    | Value::Int(_)
                    | Value::Float(_) => {}
                }
            };
        }
        bump!(
            BigInt,
            Complex,
            Str,
            Bytes,
            ByteArray,
            List,
            Tuple,
            Dict,
            Set,
            FrozenSet,
            Range,
            Slice,
            Function,
            Builtin,
            BoundMethod,
            Type,
            Instance,
            Module,
            Generator,
            Code,
            Iter,
            Cell,
            Property,
            StaticMethod,
            ClassMethod,
            Super
        );
        // SAFETY: immediates own nothing, and the reference a counted value's copy owns
        // was just taken above, which is all `Rc::clone` does.
        unsafe { std::ptr::read(self) }
    }
}

/// A `complex` number (immutable; boxed to keep `Value` two words wide).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

/// A `str`: UTF-8 text with a cached hash and a flag for the ASCII fast path of indexing.
pub struct PyStr {
    hash: Cell<i64>,
    pub s: StrBuf,
    pub ascii: bool,
}

/// Longest text a `StrBuf` keeps inline (the whole `PyStr` stays 48 bytes).
const INLINE_CAP: usize = 30;
const _: () = assert!(std::mem::size_of::<PyStr>() == 48);

/// The text of a `str`: short text lives inside the `PyStr` itself, so most strs are a
/// single allocation; longer text is a `String`.
#[derive(Clone)]
pub enum StrBuf {
    /// Invariant: `buf[..len]` is valid UTF-8.
    Inline {
        len: u8,
        buf: [u8; INLINE_CAP],
    },
    Heap(String),
}

impl StrBuf {
    fn copy_of(s: &str) -> StrBuf {
        if s.len() <= INLINE_CAP {
            let mut buf = [0; INLINE_CAP];
            buf[..s.len()].copy_from_slice(s.as_bytes());
            StrBuf::Inline {
                len: s.len() as u8,
                buf,
            }
        } else {
            StrBuf::Heap(s.to_string())
        }
    }
    fn from_string(s: String) -> StrBuf {
        if s.len() <= INLINE_CAP {
            StrBuf::copy_of(&s)
        } else {
            StrBuf::Heap(s)
        }
    }
    #[inline(always)]
    pub fn as_str(&self) -> &str {
        match self {
            // SAFETY: the inline bytes up to `len` are valid UTF-8 (see `Inline`).
            StrBuf::Inline { len, buf } => unsafe {
                std::str::from_utf8_unchecked(buf.get_unchecked(..*len as usize))
            },
            StrBuf::Heap(s) => s,
        }
    }
    /// Empty text with room for `n` bytes (inline when they fit).
    pub fn with_capacity(n: usize) -> StrBuf {
        if n <= INLINE_CAP {
            StrBuf::Inline {
                len: 0,
                buf: [0; INLINE_CAP],
            }
        } else {
            StrBuf::Heap(String::with_capacity(n))
        }
    }
    pub fn as_mut_str(&mut self) -> &mut str {
        match self {
            // SAFETY: as in `as_str`; callers of `&mut str` keep it valid UTF-8.
            StrBuf::Inline { len, buf } => unsafe {
                std::str::from_utf8_unchecked_mut(&mut buf[..*len as usize])
            },
            StrBuf::Heap(s) => s,
        }
    }
    pub fn push_str(&mut self, tail: &str) {
        match self {
            StrBuf::Inline { len, buf } => {
                let n = *len as usize;
                if n + tail.len() <= INLINE_CAP {
                    buf[n..n + tail.len()].copy_from_slice(tail.as_bytes());
                    *len = (n + tail.len()) as u8;
                } else {
                    let mut s = String::with_capacity((n + tail.len()) * 2);
                    s.push_str(self.as_str());
                    s.push_str(tail);
                    *self = StrBuf::Heap(s);
                }
            }
            StrBuf::Heap(s) => s.push_str(tail),
        }
    }
}

impl std::ops::Deref for StrBuf {
    type Target = str;
    #[inline(always)]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for StrBuf {
    #[inline]
    fn eq(&self, other: &StrBuf) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<str> for StrBuf {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for StrBuf {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl std::fmt::Display for StrBuf {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::fmt::Debug for StrBuf {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

const HASH_UNSET: i64 = -1;

impl PyStr {
    pub fn new(s: String) -> PyStr {
        let ascii = s.is_ascii();
        PyStr {
            s: StrBuf::from_string(s),
            ascii,
            hash: Cell::new(HASH_UNSET),
        }
    }
    /// A str of text built in place; `ascii` tells whether it is all ASCII.
    pub fn from_buf(s: StrBuf, ascii: bool) -> PyStr {
        debug_assert_eq!(ascii, s.is_ascii());
        PyStr {
            s,
            ascii,
            hash: Cell::new(HASH_UNSET),
        }
    }
    /// A str holding a copy of `s` (no intermediate `String` for short text).
    pub fn copy_of(s: &str) -> PyStr {
        PyStr {
            s: StrBuf::copy_of(s),
            ascii: s.is_ascii(),
            hash: Cell::new(HASH_UNSET),
        }
    }
    #[inline(always)]
    pub fn as_str(&self) -> &str {
        self.s.as_str()
    }
    pub fn char_len(&self) -> usize {
        if self.ascii {
            self.s.len()
        } else {
            self.s.chars().count()
        }
    }
    /// Append to a str that nothing else refers to (it grows in place).
    pub fn push_str(&mut self, tail: &PyStr) {
        self.s.push_str(tail.as_str());
        self.ascii &= tail.ascii;
        self.hash.set(HASH_UNSET);
    }
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != HASH_UNSET {
            return h;
        }
        let h = if self.ascii {
            hash_bytes(self.s.as_bytes())
        } else {
            hash_units(&self.s)
        };
        self.hash.set(h);
        h
    }
}

/// CPython's hash of bytes and strings: SipHash-1-3 with the all-zero key
/// that `PYTHONHASHSEED=0` selects, so sets iterate in CPython's order. -1
/// (CPython's error marker) becomes -2.
pub fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    let h = siphash13(b) as i64;
    if h == -1 { -2 } else { h }
}

/// A non-ASCII str hashes its code points as CPython stores them: one byte
/// each if all are below 256, else two, else four (little-endian).
fn hash_units(s: &str) -> i64 {
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let mut buf = Vec::with_capacity(s.len() * 2);
    for c in s.chars().map(|c| c as u32) {
        match max {
            0..=0xff => buf.push(c as u8),
            0x100..=0xffff => buf.extend((c as u16).to_le_bytes()),
            _ => buf.extend(c.to_le_bytes()),
        }
    }
    hash_bytes(&buf)
}

fn siphash13(data: &[u8]) -> u64 {
    let mut v = [
        0x736f6d6570736575u64,
        0x646f72616e646f6du64,
        0x6c7967656e657261u64,
        0x7465646279746573u64,
    ];
    fn round(v: &mut [u64; 4]) {
        v[0] = v[0].wrapping_add(v[1]);
        v[1] = v[1].rotate_left(13) ^ v[0];
        v[0] = v[0].rotate_left(32);
        v[2] = v[2].wrapping_add(v[3]);
        v[3] = v[3].rotate_left(16) ^ v[2];
        v[0] = v[0].wrapping_add(v[3]);
        v[3] = v[3].rotate_left(21) ^ v[0];
        v[2] = v[2].wrapping_add(v[1]);
        v[1] = v[1].rotate_left(17) ^ v[2];
        v[2] = v[2].rotate_left(32);
    }
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let m = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        v[3] ^= m;
        round(&mut v);
        v[0] ^= m;
    }
    let mut last = (data.len() as u64) << 56;
    for (i, &b) in chunks.remainder().iter().enumerate() {
        last |= (b as u64) << (8 * i);
    }
    v[3] ^= last;
    round(&mut v);
    v[0] ^= last;
    v[2] ^= 0xff;
    for _ in 0..3 {
        round(&mut v);
    }
    v[0] ^ v[1] ^ v[2] ^ v[3]
}

pub struct CellObj {
    pub value: RefCell<Value>,
}

/// Sets: CPython's open-addressing layout so that iteration order matches.
pub struct PySet {
    pub table: RefCell<crate::vm::set::SetTable>,
}

/// A `range`; the bounds are ints (`Value::Int`, or `Value::BigInt` when large).
pub struct RangeObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// A Python function: code plus the environment it closes over.
pub struct Function {
    pub code: Rc<Code>,
    pub globals: Rc<PyDict>,
    pub name: RefCell<Rc<PyStr>>,
    pub qualname: RefCell<Rc<PyStr>>,
    pub defaults: RefCell<Vec<Value>>,
    pub kwdefaults: RefCell<Option<Rc<PyDict>>>,
    /// `__annotations__`, created empty on first access when the `def` had none.
    pub annotations: RefCell<Option<Rc<PyDict>>>,
    pub closure: Vec<Rc<CellObj>>,
    /// Builtins other than the VM's own, fixed when the function is created.
    pub builtins: Option<Rc<PyDict>>,
    pub dict: RefCell<Option<Rc<PyDict>>>,
    pub doc: RefCell<Value>,
    pub module: Value,
}

pub type NativeFn = fn(&mut crate::vm::Vm, &[Value], &[(Rc<PyStr>, Value)]) -> PyResult<Value>;

/// A function written in Rust.
pub struct Builtin {
    pub name: &'static str,
    pub func: NativeFn,
    /// Bound receiver for methods of builtin types and modules' stateful objects.
    pub binding: Option<Value>,
    /// The type a method descriptor belongs to (for `repr` and binding checks).
    pub owner: Option<&'static str>,
}

impl Builtin {
    /// A generator or coroutine method that the dispatch loop resumes in place instead
    /// of calling it (see `call_from_loop`).
    pub fn resumes_generator(&self) -> bool {
        matches!(self.owner, Some("generator" | "coroutine"))
            && matches!(self.name, "send" | "__next__" | "throw")
    }
}

pub struct BoundMethod {
    pub func: Value,
    pub receiver: Value,
}

/// Which native layout instances of a type carry (for subclasses of builtins).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    Exception,
    Dict,
    List,
    Tuple,
    Int,
    Float,
    Str,
    Set,
    Type,
}

pub struct TypeObj {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub bases: RefCell<Vec<Rc<TypeObj>>>,
    pub mro: RefCell<Vec<Rc<TypeObj>>>,
    pub dict: Rc<PyDict>,
    pub layout: Layout,
    pub meta: RefCell<Option<Rc<TypeObj>>>,
    /// `__slots__` without `__dict__`: instances get no dict.
    pub slotted: bool,
    /// True for classes created by `class` statements (their dict is writable).
    pub heap: bool,
    /// Recent MRO lookups (see `lookup`).
    pub cache: RefCell<LookupCache>,
    /// Direct subclasses, in creation order (`__subclasses__`).
    pub subclasses: RefCell<Vec<std::rc::Weak<TypeObj>>>,
}

/// A two-way set-associative cache of MRO lookups, valid while the global type epoch is
/// unchanged (any change to any type's namespace or bases bumps it).
#[derive(Default)]
pub struct LookupCache {
    epoch: u64,
    slots: Vec<Option<(Rc<PyStr>, Option<Value>)>>,
}

const LOOKUP_CACHE_SLOTS: usize = 128;

impl LookupCache {
    fn get(&self, epoch: u64, way0: usize, name: &Rc<PyStr>) -> Option<Option<Value>> {
        if self.epoch != epoch {
            return None;
        }
        for i in [way0, way0 ^ 1] {
            if let Some(Some((k, v))) = self.slots.get(i)
                && (Rc::ptr_eq(k, name) || (k.hash() == name.hash() && k.s == name.s))
            {
                return Some(v.clone());
            }
        }
        None
    }

    fn put(&mut self, epoch: u64, way0: usize, name: &Rc<PyStr>, found: Option<Value>) {
        if self.epoch != epoch || self.slots.is_empty() {
            self.slots.clear();
            self.slots.resize(LOOKUP_CACHE_SLOTS, None);
            self.epoch = epoch;
        }
        // The newest entry takes way 0; the one it displaces moves to way 1.
        let older = self.slots[way0].take();
        self.slots[way0 ^ 1] = older;
        self.slots[way0] = Some((name.clone(), found));
    }
}

impl TypeObj {
    pub fn name(&self) -> String {
        self.name.borrow().clone()
    }
    /// Look a name up along the MRO (self first).
    pub fn lookup(&self, name: &Rc<PyStr>) -> Option<Value> {
        let h = name.hash() as usize;
        let way0 = (h ^ (h >> 17)) % LOOKUP_CACHE_SLOTS;
        let epoch = crate::vm::dict::type_epoch();
        if let Some(v) = self.cache.borrow().get(epoch, way0, name) {
            return v;
        }
        let found = self.lookup_uncached(name);
        self.cache
            .borrow_mut()
            .put(epoch, way0, name, found.clone());
        found
    }
    fn lookup_uncached(&self, name: &PyStr) -> Option<Value> {
        if let Some(v) = self.dict.get_str(name) {
            return Some(v);
        }
        for t in self.mro.borrow().iter().skip(1) {
            if let Some(v) = t.dict.get_str(name) {
                return Some(v);
            }
        }
        None
    }
    pub fn is_subtype(self: &Rc<Self>, other: &Rc<TypeObj>) -> bool {
        if Rc::ptr_eq(self, other) {
            return true;
        }
        self.mro.borrow().iter().any(|t| Rc::ptr_eq(t, other))
    }
}

/// A list's storage (borrowed like the RefCell it wraps).
pub struct ListObj(RefCell<Vec<Value>>);

impl ListObj {
    pub fn new(items: Vec<Value>) -> ListObj {
        ListObj(RefCell::new(items))
    }
}

impl std::ops::Deref for ListObj {
    type Target = RefCell<Vec<Value>>;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl Drop for ListObj {
    fn drop(&mut self) {
        release_reversed(std::mem::take(self.0.get_mut()));
    }
}

/// Release items last to first, the order in which CPython's lists let go of theirs
/// (observable when the items are generators with `finally` blocks).
pub fn release_reversed(mut items: Vec<Value>) {
    while let Some(v) = items.pop() {
        drop(v);
    }
}

/// Exception state carried by instances of BaseException subclasses.
pub struct ExcData {
    pub args: Value,
    /// Traceback entries, innermost first: (code, index of the running instruction),
    /// the index `Code::BEFORE_START` for a frame that had not started.
    pub traceback: SmallVec<[(Rc<Code>, u32); 2]>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    /// Frames the exception left, kept alive (with their locals) while it lives.
    pub frames: SmallVec<[FrameBox; 2]>,
    /// Native attributes of some exception types (`errno`, `start`, `name`...).
    pub fields: Vec<(&'static str, Value)>,
}

impl ExcData {
    /// The state of a new exception with these args. Short tracebacks (the usual
    /// case) are kept inline: raising allocates nothing more than the exception.
    pub fn new(args: Value) -> ExcData {
        ExcData {
            args,
            traceback: SmallVec::new(),
            frames: SmallVec::new(),
            cause: Value::None,
            context: Value::None,
            suppress_context: false,
            fields: Vec::new(),
        }
    }
}

impl Default for ExcData {
    fn default() -> Self {
        ExcData::new(Value::tuple(Vec::new()))
    }
}

/// Native state that an instance carries besides its `__dict__`.
pub enum Payload {
    None,
    Exception(RefCell<ExcData>),
    Dict(Rc<PyDict>),
    List(Rc<ListObj>),
    Tuple(Rc<Vec<Value>>),
    Int(Value),
    Float(f64),
    Complex(Rc<Complex>),
    Str(Rc<PyStr>),
    Set(Rc<PySet>),
    /// `dict.keys()`, `dict.values()`, `dict.items()`: a live view of the dict.
    DictView(Rc<PyDict>, DictIterKind),
    /// Stdlib objects (deque, files, compiled patterns...).
    Native(RefCell<Box<dyn Any>>),
}

pub struct Instance {
    pub cls: RefCell<Rc<TypeObj>>,
    pub dict: Option<Rc<PyDict>>,
    pub payload: Payload,
}

impl Instance {
    pub fn exc(&self) -> Option<&RefCell<ExcData>> {
        match &self.payload {
            Payload::Exception(e) => Some(e),
            _ => None,
        }
    }
    pub fn class(&self) -> Rc<TypeObj> {
        self.cls.borrow().clone()
    }
}

pub struct Module {
    pub name: Rc<PyStr>,
    pub dict: Rc<PyDict>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Closed,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

/// Generators and coroutines: a suspended frame plus its state.
///
/// Kept to 32 bytes (a million suspended generators are a benchmark): the frame and the
/// names sit in `Cell`s and are taken out to be used, never borrowed in place.
pub struct Generator {
    /// None once finished; taken out while the generator runs.
    pub frame: Cell<Option<FrameBox>>,
    pub state: Cell<GenState>,
    pub kind: GenKind,
    pub code: Rc<Code>,
    /// `__name__` and `__qualname__` when they differ from the code's (kept out of line:
    /// a million suspended generators should not each carry two names).
    names: Cell<Option<Box<GenNames>>>,
    /// `types.coroutine` applied to the generator function: awaitable.
    pub iterable_coroutine: bool,
}

/// A generator's `__name__` and `__qualname__`.
pub type GenNames = (Rc<PyStr>, Rc<PyStr>);

impl Generator {
    pub fn new(
        frame: FrameBox,
        kind: GenKind,
        code: Rc<Code>,
        names: Option<Box<GenNames>>,
        iterable_coroutine: bool,
    ) -> Generator {
        Generator {
            frame: Cell::new(Some(frame)),
            state: Cell::new(GenState::Created),
            kind,
            code,
            names: Cell::new(names),
            iterable_coroutine,
        }
    }

    /// Look at the suspended frame (None when finished or running).
    pub fn with_frame<R>(&self, f: impl FnOnce(Option<&Frame>) -> R) -> R {
        let frame = self.frame.take();
        let r = f(frame.as_deref());
        self.frame.set(frame);
        r
    }

    /// The names when they differ from the code's (taken out; the generator keeps none).
    pub fn take_names(&self) -> Option<Box<GenNames>> {
        self.names.take()
    }

    fn names_or_code(&self, pick: impl Fn(&GenNames) -> Rc<PyStr>, own: &Rc<PyStr>) -> Rc<PyStr> {
        let names = self.names.take();
        let r = match &names {
            Some(n) => pick(n),
            None => own.clone(),
        };
        self.names.set(names);
        r
    }

    pub fn name(&self) -> Rc<PyStr> {
        self.names_or_code(|n| n.0.clone(), &self.code.name)
    }
    pub fn qualname(&self) -> Rc<PyStr> {
        self.names_or_code(|n| n.1.clone(), &self.code.qualname)
    }
    /// Set `__name__` (qualified: false) or `__qualname__` (true).
    pub fn rename(&self, new: Rc<PyStr>, qualified: bool) {
        let (mut name, mut qualname) = (self.name(), self.qualname());
        if qualified {
            qualname = new;
        } else {
            name = new;
        }
        self.names.set(Self::names_for(&self.code, name, qualname));
    }
    /// None when the names are the code's own.
    pub fn names_for(code: &Code, name: Rc<PyStr>, qualname: Rc<PyStr>) -> Option<Box<GenNames>> {
        let same = |a: &Rc<PyStr>, b: &Rc<PyStr>| Rc::ptr_eq(a, b) || a.s == b.s;
        if same(&name, &code.name) && same(&qualname, &code.qualname) {
            None
        } else {
            Some(Box::new((name, qualname)))
        }
    }
}

pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
    /// The attribute name, set by `__set_name__` (for error messages).
    pub name: RefCell<Value>,
}

pub struct SuperObj {
    pub this_type: Rc<TypeObj>,
    pub obj: Value,
    pub obj_type: Rc<TypeObj>,
}

/// One step of a range iterator: the current value, advancing `next` by `step`.
#[inline(always)]
pub fn range_step(next: &mut i64, stop: i64, step: i64) -> Option<i64> {
    let n = *next;
    if (step > 0 && n < stop) || (step < 0 && n > stop) {
        *next = n.saturating_add(step);
        Some(n)
    } else {
        None
    }
}

/// Iterators implemented natively; all share one Python-visible protocol.
pub enum NativeIter {
    Seq {
        seq: Value,
        index: usize,
        kind: SeqIterKind,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// A range iterator whose items do not all fit a machine int.
    BigRange {
        next: BigInt,
        left: BigInt,
        step: BigInt,
    },
    DictKeys {
        dict: Rc<PyDict>,
        pos: usize,
        len: usize,
        kind: DictIterKind,
        /// The last (key, value) tuple yielded by an items iterator, refilled for the
        /// next item when nothing else holds it any more (as CPython does).
        last_item: Option<Rc<Vec<Value>>>,
    },
    Set {
        set: Rc<PySet>,
        pos: usize,
        len: usize,
    },
    Str {
        s: Rc<PyStr>,
        byte_pos: usize,
    },
    Reversed {
        seq: Value,
        index: isize,
    },
    Enumerate {
        it: Value,
        count: Value,
    },
    Zip {
        its: Vec<Value>,
        /// zip(strict=True): unequal lengths raise ValueError.
        strict: bool,
    },
    Map {
        func: Value,
        its: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    Callable {
        func: Value,
        sentinel: Value,
        done: bool,
    },
    SeqGetItem {
        obj: Value,
        index: i64,
        done: bool,
    },
    Exhausted,
}

impl NativeIter {
    /// An iterator over a dict's keys, views or items.
    pub fn dict(dict: &Rc<PyDict>, kind: DictIterKind) -> NativeIter {
        NativeIter::DictKeys {
            dict: dict.clone(),
            pos: 0,
            len: dict.len(),
            kind,
            last_item: None,
        }
    }
    pub fn dict_keys(dict: &Rc<PyDict>) -> NativeIter {
        NativeIter::dict(dict, DictIterKind::Keys)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SeqIterKind {
    List,
    Tuple,
    Bytes,
    ByteArray,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
}

/// The tag words of the immediates built by `Value::int`/`Value::bool`.
const INT_TAG: u64 = 5;
const BOOL_TAG: u64 = 4;

impl Value {
    /// `Value::Int(i)`, built in one vector register: stored with one 16-byte write, a
    /// later 16-byte read of it (a stack pop, a move) forwards from the store instead of
    /// stalling on two 8-byte halves. Used where ints are made in the hot loop.
    #[inline(always)]
    pub fn int(i: i64) -> Value {
        Self::from_words(INT_TAG, i as u64)
    }

    /// `Value::Bool(b)` (see `Value::int`).
    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        Self::from_words(BOOL_TAG, b as u64)
    }

    #[inline(always)]
    fn from_words(tag: u64, payload: u64) -> Value {
        #[cfg(target_arch = "x86_64")]
        {
            use std::arch::x86_64::_mm_set_epi64x;
            // SAFETY: SSE2 is part of the x86_64 baseline; the words are a valid
            // immediate (its tag, then its payload, as the enum lays them out).
            unsafe { std::mem::transmute(_mm_set_epi64x(payload as i64, tag as i64)) }
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            // SAFETY: as above.
            unsafe { std::mem::transmute([tag, payload]) }
        }
    }

    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::copy_of(s)))
    }
    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }
    /// A tuple; the empty tuple is one shared object, as in CPython (`() is ()`).
    pub fn tuple(v: Vec<Value>) -> Value {
        if v.is_empty() {
            return EMPTY_TUPLE.with(|t| Value::Tuple(t.clone()));
        }
        Value::Tuple(Rc::new(v))
    }
    pub fn list(v: Vec<Value>) -> Value {
        Value::List(Rc::new(ListObj::new(v)))
    }
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }
    pub fn is_undef(&self) -> bool {
        matches!(self, Value::Undef)
    }
    /// Drop a value, skipping the out-of-line drop glue for immediates (hot in the loop).
    #[inline(always)]
    pub fn release(self) {
        if self.is_immediate() {
            std::mem::forget(self)
        } else {
            drop(self)
        }
    }

    /// Does the value own nothing (no reference count to touch)?
    #[inline(always)]
    pub fn is_immediate(&self) -> bool {
        matches!(
            self,
            Value::Undef
                | Value::None
                | Value::NotImplemented
                | Value::Ellipsis
                | Value::Bool(_)
                | Value::Int(_)
                | Value::Float(_)
        )
    }
    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }
    /// Identity (`is`).
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (None, None)
            | (Undef, Undef)
            | (NotImplemented, NotImplemented)
            | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            _ => match (self.ptr(), other.ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }
    /// Address of the heap object, if any (used for `id` and `is`).
    pub fn ptr(&self) -> Option<usize> {
        use Value::*;
        Some(match self {
            BigInt(r) => Rc::as_ptr(r) as *const u8 as usize,
            Complex(r) => Rc::as_ptr(r) as *const u8 as usize,
            Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            Bytes(r) => Rc::as_ptr(r) as *const u8 as usize,
            ByteArray(r) => Rc::as_ptr(r) as *const u8 as usize,
            List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
            Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Set(r) | FrozenSet(r) => Rc::as_ptr(r) as *const u8 as usize,
            Range(r) => Rc::as_ptr(r) as *const u8 as usize,
            Slice(r) => Rc::as_ptr(r) as *const u8 as usize,
            Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            Builtin(r) => Rc::as_ptr(r) as *const u8 as usize,
            BoundMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Type(r) => Rc::as_ptr(r) as *const u8 as usize,
            Instance(r) => Rc::as_ptr(r) as *const u8 as usize,
            Module(r) => Rc::as_ptr(r) as *const u8 as usize,
            Generator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Code(r) => Rc::as_ptr(r) as *const u8 as usize,
            Iter(r) => Rc::as_ptr(r) as *const u8 as usize,
            Cell(r) => Rc::as_ptr(r) as *const u8 as usize,
            Property(r) => Rc::as_ptr(r) as *const u8 as usize,
            StaticMethod(r) | ClassMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Super(r) => Rc::as_ptr(r) as *const u8 as usize,
            _ => return Option::None,
        })
    }
    pub fn as_instance(&self) -> Option<&Rc<Instance>> {
        match self {
            Value::Instance(i) => Some(i),
            _ => None,
        }
    }
}

// Values stay two words; `Option<Value>` uses a spare tag instead of growing.
const _: () = assert!(std::mem::size_of::<Value>() == 16);
const _: () = assert!(std::mem::size_of::<Option<Value>>() == 16);

#[cfg(test)]
mod tests {
    use super::Value;

    #[test]
    fn immediates_built_from_words_match_the_enum() {
        for i in [0, 1, -1, i64::MAX, i64::MIN] {
            assert!(matches!(Value::int(i), Value::Int(j) if j == i));
        }
        assert!(matches!(Value::bool(true), Value::Bool(true)));
        assert!(matches!(Value::bool(false), Value::Bool(false)));
    }
}
