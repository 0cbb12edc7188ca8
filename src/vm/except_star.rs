//! Runtime of `except*`: matching and re-raising live in the bundled `_exceptiongroup`
//! module (the group types are native).

use super::Vm;
use super::value::*;
use crate::bytecode::Op;

impl Vm {
    /// CHECK_EG_MATCH and PREP_RERAISE_STAR. Some(match): the exception now handled.
    #[inline(never)]
    pub fn except_star_op(&mut self, op: Op, stack: &mut Vec<Value>) -> PyResult<Option<Value>> {
        let m = self.import_module("_exceptiongroup", false)?;
        let (b, a) = (
            stack.pop().unwrap_or_default(),
            stack.pop().unwrap_or_default(),
        );
        let name = self.intern(if op == Op::CheckEgMatch {
            "check_match"
        } else {
            "prep_reraise"
        });
        let f = self.get_attr(&m, &name)?;
        if op == Op::CheckEgMatch {
            let r = self.call_value(f, &[a, b], &[])?;
            let Value::Tuple(pair) = r else {
                return self.type_error("check_match() must return a pair");
            };
            let (rest, matched) = (pair[0].clone(), pair[1].clone());
            stack.push(rest);
            stack.push(matched.clone());
            return Ok((!matched.is_none()).then_some(matched));
        }
        let r = self.call_value(f, &[a, b], &[])?;
        stack.push(r);
        Ok(None)
    }
}
