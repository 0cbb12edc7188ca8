//! hashlib: md5, sha1, sha256 (and sha512) on the RustCrypto crates.

use super::{new_module, set_fn};
use crate::objects::KwArgs;
use crate::vm::Vm;
use crate::vm::value::*;
use md5::Digest;
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Clone)]
enum Hasher {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha256(sha2::Sha256),
    Sha512(sha2::Sha512),
}

impl Hasher {
    fn update(&mut self, b: &[u8]) {
        match self {
            Hasher::Md5(h) => h.update(b),
            Hasher::Sha1(h) => h.update(b),
            Hasher::Sha256(h) => h.update(b),
            Hasher::Sha512(h) => h.update(b),
        }
    }
    fn digest(&self) -> Vec<u8> {
        match self.clone() {
            Hasher::Md5(h) => h.finalize().to_vec(),
            Hasher::Sha1(h) => h.finalize().to_vec(),
            Hasher::Sha256(h) => h.finalize().to_vec(),
            Hasher::Sha512(h) => h.finalize().to_vec(),
        }
    }
    fn name(&self) -> &'static str {
        match self {
            Hasher::Md5(_) => "md5",
            Hasher::Sha1(_) => "sha1",
            Hasher::Sha256(_) => "sha256",
            Hasher::Sha512(_) => "sha512",
        }
    }
    fn sizes(&self) -> (i64, i64) {
        match self {
            Hasher::Md5(_) => (16, 64),
            Hasher::Sha1(_) => (20, 64),
            Hasher::Sha256(_) => (32, 64),
            Hasher::Sha512(_) => (64, 128),
        }
    }
}

fn data_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = crate::objects::bytes::bytes_like(v) {
        return Ok(b);
    }
    match v {
        Value::Str(_) => vm.type_error("Strings must be encoded before hashing"),
        _ => vm.type_error("object supporting the buffer API required"),
    }
}

fn hasher_of(v: &Value) -> Option<Rc<RefCell<Hasher>>> {
    if let Value::Instance(i) = v
        && let Payload::Native(n) = &i.payload
    {
        return n.borrow().downcast_ref::<Rc<RefCell<Hasher>>>().cloned();
    }
    None
}

fn h_update(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let Some(h) = hasher_of(&a[0]) else {
        return vm.type_error("not a hash object");
    };
    let data = data_of(vm, a.get(1).unwrap_or(&Value::None))?;
    h.borrow_mut().update(&data);
    Ok(Value::None)
}

fn h_digest(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let Some(h) = hasher_of(&a[0]) else {
        return vm.type_error("not a hash object");
    };
    Ok(Value::Bytes(Rc::new(h.borrow().digest())))
}

fn h_hexdigest(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let Some(h) = hasher_of(&a[0]) else {
        return vm.type_error("not a hash object");
    };
    Ok(Value::string(
        h.borrow()
            .digest()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect(),
    ))
}

fn h_copy(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let Some(h) = hasher_of(&a[0]) else {
        return vm.type_error("not a hash object");
    };
    let c = h.borrow().clone();
    Ok(make(vm, c))
}

fn h_getattr(vm: &mut Vm, a: &[Value], _k: KwArgs) -> PyResult<Value> {
    let Some(h) = hasher_of(&a[0]) else {
        return vm.type_error("not a hash object");
    };
    let Some(Value::Str(n)) = a.get(1) else {
        return vm.type_error("attribute name must be string");
    };
    let h = h.borrow();
    let (ds, bs) = h.sizes();
    match n.s.as_str() {
        "name" => Ok(Value::str(h.name())),
        "digest_size" => Ok(Value::Int(ds)),
        "block_size" => Ok(Value::Int(bs)),
        other => {
            let other = other.to_string();
            drop(h);
            vm.attribute_error(format!("'_hashlib.HASH' object has no attribute '{other}'"))
        }
    }
}

thread_local! {
    static HASH_TYPE: RefCell<Option<Rc<TypeObj>>> = const { RefCell::new(None) };
}

fn make(vm: &mut Vm, h: Hasher) -> Value {
    let t = HASH_TYPE
        .with(|t| t.borrow().clone())
        .unwrap_or_else(|| vm.types.object.clone());
    let payload: Rc<RefCell<Hasher>> = Rc::new(RefCell::new(h));
    vm.new_instance_with(&t, Payload::Native(RefCell::new(Box::new(payload))))
}

fn ctor(vm: &mut Vm, a: &[Value], k: KwArgs, h: Hasher) -> PyResult<Value> {
    let mut h = h;
    let data = a
        .first()
        .cloned()
        .or_else(|| crate::objects::kwarg(k, "string"));
    if let Some(d) = data {
        let bytes = data_of(vm, &d)?;
        h.update(&bytes);
    }
    Ok(make(vm, h))
}

fn f_md5(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    ctor(vm, a, k, Hasher::Md5(md5::Md5::new()))
}
fn f_sha1(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    ctor(vm, a, k, Hasher::Sha1(sha1::Sha1::new()))
}
fn f_sha256(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    ctor(vm, a, k, Hasher::Sha256(sha2::Sha256::new()))
}
fn f_sha512(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    ctor(vm, a, k, Hasher::Sha512(sha2::Sha512::new()))
}

fn f_new(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let Some(Value::Str(n)) = a.first() else {
        return vm.type_error("new() argument 'name' must be str");
    };
    let rest = &a[1..];
    match n.s.to_lowercase().as_str() {
        "md5" => f_md5(vm, rest, k),
        "sha1" => f_sha1(vm, rest, k),
        "sha256" => f_sha256(vm, rest, k),
        "sha512" => f_sha512(vm, rest, k),
        other => vm.value_error(format!("unsupported hash type {other}")),
    }
}

pub fn module(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module(vm, "hashlib");
    let obj = vm.types.object.clone();
    let t = vm.new_class("HASH", &obj);
    for (n, f) in [
        ("update", h_update as NativeFn),
        ("digest", h_digest),
        ("hexdigest", h_hexdigest),
        ("copy", h_copy),
        ("__getattr__", h_getattr),
    ] {
        crate::objects::add_method(vm, &t, "HASH", n, f);
    }
    HASH_TYPE.with(|h| *h.borrow_mut() = Some(t));
    set_fn(vm, &d, "md5", f_md5);
    set_fn(vm, &d, "sha1", f_sha1);
    set_fn(vm, &d, "sha256", f_sha256);
    set_fn(vm, &d, "sha512", f_sha512);
    set_fn(vm, &d, "new", f_new);
    Ok(m)
}
