//! `__slots__`: each slot is a member descriptor in the class dict; instances keep the
//! slot values apart from any `__dict__` they have.

use super::Vm;
use super::dict::PyDict;
use super::value::*;
use crate::objects::{KwArgs, add_method};
use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// The payload of a member descriptor.
struct Member {
    name: Rc<PyStr>,
    owner: Weak<TypeObj>,
}

/// Slot values of an instance (the native payload of a class with `__slots__`).
pub struct SlotValues(PyDict);

fn member_of(v: &Value) -> Option<(Rc<PyStr>, Option<Rc<TypeObj>>)> {
    if let Value::Instance(i) = v
        && let Payload::Native(n) = &i.payload
        && let Some(m) = n.borrow().downcast_ref::<Member>()
    {
        return Some((m.name.clone(), m.owner.upgrade()));
    }
    None
}

impl Vm {
    /// The names a class body's `__slots__` declares (private names mangled, sorted),
    /// and whether it asks for a `__dict__`. Checked against the namespace.
    pub fn slot_names(
        &mut self,
        class: &str,
        slots: &Value,
        ns: &PyDict,
    ) -> PyResult<(Vec<Rc<PyStr>>, bool)> {
        let items = match slots {
            Value::Str(s) => vec![Value::Str(s.clone())],
            other => self.iterate(other)?,
        };
        let mut names = Vec::new();
        let mut has_dict = false;
        for item in items {
            let Value::Str(s) = &item else {
                let tn = self.type_name(&item);
                return self.type_error(format!("__slots__ items must be strings, not '{tn}'"));
            };
            match s.s.as_str() {
                "__dict__" => has_dict = true,
                "__weakref__" => {}
                n => {
                    let mangled = crate::compiler::symtable::mangle(Some(class), n);
                    let key = self.intern(&mangled);
                    if ns.get_str(&key).is_some() {
                        return self.value_error(format!(
                            "'{n}' in __slots__ conflicts with class variable"
                        ));
                    }
                    names.push(key);
                }
            }
        }
        names.sort_by(|a, b| a.s.cmp(&b.s));
        Ok((names, has_dict))
    }

    /// Put a member descriptor for each slot into the new class's dict.
    pub fn add_members(&mut self, t: &Rc<TypeObj>, names: &[Rc<PyStr>]) {
        let mt = self.types.member_descriptor.clone();
        for n in names {
            let m = Member {
                name: n.clone(),
                owner: Rc::downgrade(t),
            };
            let d = self.new_instance_with(&mt, Payload::Native(RefCell::new(Box::new(m))));
            if let Value::Instance(i) = &d
                && let Some(attrs) = &i.dict
            {
                attrs.set_str(self.names.__name__.clone(), Value::Str(n.clone()));
                attrs.set_str(self.intern("__objclass__"), Value::Type(t.clone()));
            }
            t.dict.set_str(n.clone(), d);
        }
    }

    /// The payload for a new instance of `cls`: slot storage when a class of its MRO
    /// declares `__slots__`.
    pub fn slot_payload(&mut self, cls: &Rc<TypeObj>) -> Option<Payload> {
        cls.lookup(&self.names.__slots__.clone())?;
        Some(Payload::Native(RefCell::new(Box::new(SlotValues(
            PyDict::new(),
        )))))
    }
}

/// Where `obj` keeps slot values: its slot storage, or (for instances of classes with
/// a builtin layout) its `__dict__`.
fn with_storage<R>(obj: &Value, f: impl FnOnce(&PyDict) -> R) -> Option<R> {
    let Value::Instance(i) = obj else { return None };
    if let Payload::Native(n) = &i.payload
        && let Some(s) = n.borrow().downcast_ref::<SlotValues>()
    {
        return Some(f(&s.0));
    }
    i.dict.as_ref().map(|d| f(d))
}

/// The member and the instance it is used on, checked.
fn member_target(vm: &mut Vm, args: &[Value], what: &str) -> PyResult<(Rc<PyStr>, Value)> {
    let Some((name, owner)) = args.first().and_then(member_of) else {
        return vm.type_error(format!(
            "descriptor '{what}' requires a 'member_descriptor'"
        ));
    };
    let obj = args.get(1).cloned().unwrap_or(Value::None);
    if let Some(owner) = owner
        && !vm.type_of(&obj).is_subtype(&owner)
    {
        let tn = vm.type_name(&obj);
        return vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{tn}' object",
            name.s,
            owner.name()
        ));
    }
    Ok((name, obj))
}

fn member_get(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.get(1).is_none_or(|o| o.is_none()) {
        return Ok(args[0].clone());
    }
    let (name, obj) = member_target(vm, args, "__get__")?;
    match with_storage(&obj, |d| d.get_str(&name)).flatten() {
        Some(v) => Ok(v),
        None => {
            let tn = vm.type_name(&obj);
            vm.attribute_error(format!("'{tn}' object has no attribute '{}'", name.s))
        }
    }
}

fn member_set(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (name, obj) = member_target(vm, args, "__set__")?;
    let v = args.get(2).cloned().unwrap_or(Value::None);
    with_storage(&obj, |d| d.set_str(name.clone(), v));
    Ok(Value::None)
}

fn member_delete(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (name, obj) = member_target(vm, args, "__delete__")?;
    match with_storage(&obj, |d| d.remove_str(&name)).flatten() {
        Some(_) => Ok(Value::None),
        None => vm.attribute_error(name.s.to_string()),
    }
}

fn member_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some((name, owner)) = args.first().and_then(member_of) else {
        return vm.type_error("descriptor '__repr__' requires a 'member_descriptor'");
    };
    let owner = owner.map(|o| o.name()).unwrap_or_default();
    Ok(Value::string(format!(
        "<member '{}' of '{owner}' objects>",
        name.s
    )))
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.member_descriptor.clone();
    add_method(vm, &t, "member_descriptor", "__get__", member_get);
    add_method(vm, &t, "member_descriptor", "__set__", member_set);
    add_method(vm, &t, "member_descriptor", "__delete__", member_delete);
    add_method(vm, &t, "member_descriptor", "__repr__", member_repr);
}
