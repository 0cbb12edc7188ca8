//! The descriptor protocol: how attributes found on a class bind to an instance (or to
//! the class itself), and how data descriptors take over assignment and deletion.

use super::Vm;
use super::value::*;
use std::rc::Rc;

fn bound(func: Value, receiver: Value) -> Value {
    Value::BoundMethod(Rc::new(BoundMethod { func, receiver }))
}

impl Vm {
    /// `attr.__get__(obj, owner)`: `obj` is None when the attribute is looked up on the
    /// class `owner` itself.
    pub fn descr_get(
        &mut self,
        attr: Value,
        obj: Option<&Value>,
        owner: &Rc<TypeObj>,
    ) -> PyResult<Value> {
        match attr {
            Value::Function(_) => Ok(match obj {
                Some(o) => bound(attr, o.clone()),
                None => attr,
            }),
            // A builtin type's `__new__` is static: it takes the class explicitly.
            Value::Builtin(ref b) => Ok(match obj {
                Some(o) if b.name != "__new__" => bound(attr, o.clone()),
                _ => attr,
            }),
            Value::StaticMethod(f) => Ok((*f).clone()),
            Value::ClassMethod(f) => Ok(bound((*f).clone(), Value::Type(owner.clone()))),
            Value::Property(ref p) => match obj {
                None => Ok(attr),
                Some(o) => {
                    if p.fget.is_none() {
                        return self.property_error(p, o, "getter");
                    }
                    let g = p.fget.clone();
                    self.call_value(g, std::slice::from_ref(o), &[])
                }
            },
            Value::Instance(_) => {
                let get = self.names.__get__.clone();
                match self.type_of(&attr).lookup(&get) {
                    Some(g) => {
                        let o = obj.cloned().unwrap_or(Value::None);
                        self.call_value(g, &[attr, o, Value::Type(owner.clone())], &[])
                    }
                    None => Ok(attr),
                }
            }
            other => Ok(other),
        }
    }

    /// A data descriptor (defines `__set__` or `__delete__`) wins over an instance dict.
    pub fn is_data_descriptor(&self, attr: &Value) -> bool {
        match attr {
            Value::Property(_) => true,
            Value::Instance(i) => {
                let c = i.class();
                c.lookup(&self.names.__set__).is_some()
                    || c.lookup(&self.names.__delete__).is_some()
            }
            _ => false,
        }
    }

    /// Assignment through a class attribute: Ok(true) when a data descriptor handled it.
    pub fn descr_set(&mut self, attr: &Value, obj: &Value, v: Value) -> PyResult<bool> {
        match attr {
            Value::Property(p) => {
                if p.fset.is_none() {
                    return self.property_error(p, obj, "setter");
                }
                let s = p.fset.clone();
                self.call_value(s, &[obj.clone(), v], &[])?;
                Ok(true)
            }
            Value::Instance(_) => {
                let t = self.type_of(attr);
                match t.lookup(&self.names.__set__.clone()) {
                    Some(s) => {
                        self.call_value(s, &[attr.clone(), obj.clone(), v], &[])?;
                        Ok(true)
                    }
                    None if t.lookup(&self.names.__delete__.clone()).is_some() => {
                        self.attribute_error("__set__")
                    }
                    None => Ok(false),
                }
            }
            _ => Ok(false),
        }
    }

    /// Deletion through a class attribute: Ok(true) when a data descriptor handled it.
    pub fn descr_delete(&mut self, attr: &Value, obj: &Value) -> PyResult<bool> {
        match attr {
            Value::Property(p) => {
                if p.fdel.is_none() {
                    return self.property_error(p, obj, "deleter");
                }
                let d = p.fdel.clone();
                self.call_value(d, std::slice::from_ref(obj), &[])?;
                Ok(true)
            }
            Value::Instance(_) => {
                let t = self.type_of(attr);
                match t.lookup(&self.names.__delete__.clone()) {
                    Some(d) => {
                        self.call_value(d, &[attr.clone(), obj.clone()], &[])?;
                        Ok(true)
                    }
                    None if t.lookup(&self.names.__set__.clone()).is_some() => {
                        self.attribute_error("__delete__")
                    }
                    None => Ok(false),
                }
            }
            _ => Ok(false),
        }
    }

    /// "property 'x' of 'C' object has no getter" (the name is known after `__set_name__`).
    fn property_error<T>(&mut self, p: &Property, obj: &Value, what: &str) -> PyResult<T> {
        let qn = self.type_of(obj).qualname.borrow().clone();
        let msg = match &*p.name.borrow() {
            Value::Str(n) => format!(
                "property {} of '{qn}' object has no {what}",
                crate::objects::repr::str_repr(&n.s)
            ),
            _ => format!("property of '{qn}' object has no {what}"),
        };
        self.attribute_error(msg)
    }
}
