//! "Did you mean: 'x'?" for uncaught NameError and AttributeError: the closest name by
//! a Levenshtein distance where a case change costs half as much as other edits.

use super::Vm;
use super::value::*;

const MAX_CANDIDATES: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// Edit distance between `a` and `b`, or anything above `max_cost` once it is certain
/// to exceed it.
fn distance(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    // One row of the matrix: row[i] is the cost from b[..j] to a[..=i].
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (j, &bc) in b.iter().enumerate() {
        let mut diagonal = j * MOVE_COST;
        result = diagonal;
        let mut row_min = usize::MAX;
        for (i, &ac) in a.iter().enumerate() {
            let substitute = diagonal + substitution_cost(bc, ac);
            diagonal = row[i];
            result = (result.min(diagonal) + MOVE_COST).min(substitute);
            row[i] = result;
            row_min = row_min.min(result);
        }
        if row_min > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The candidate closest to `name`, if one is close enough (at most about a third of
/// the characters involved need changing).
pub fn closest<'a>(candidates: &'a [String], name: &str) -> Option<&'a str> {
    if candidates.len() >= MAX_CANDIDATES {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for c in candidates {
        if c == name {
            continue;
        }
        let mut max = (name.len() + c.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d - 1);
        }
        let d = distance(name.as_bytes(), c.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((c, d));
        }
    }
    best.map(|(c, _)| c)
}

fn str_keys(keys: Vec<Value>) -> Vec<String> {
    keys.into_iter()
        .filter_map(|k| match k {
            Value::Str(s) => Some(s.s.to_string()),
            _ => None,
        })
        .collect()
}

/// Set a native exception field (NameError.name, AttributeError.obj...).
pub fn set_exc_field(d: &mut ExcData, name: &'static str, v: Value) {
    match d.fields.iter_mut().find(|(n, _)| *n == name) {
        Some(slot) => slot.1 = v,
        None => d.fields.push((name, v)),
    }
}

fn exc_field(d: &ExcData, name: &str) -> Value {
    d.fields
        .iter()
        .find(|(n, _)| *n == name)
        .map_or(Value::None, |(_, v)| v.clone())
}

impl Vm {
    /// The suggestion printed after an uncaught NameError or AttributeError.
    pub fn offer_suggestion(&mut self, e: &Value) -> Option<String> {
        let Value::Instance(i) = e else { return None };
        let d = i.exc()?.borrow();
        let Value::Str(name) = exc_field(&d, "name") else {
            return None;
        };
        let cls = i.class();
        if cls.is_subtype(&self.exc.attribute_error) {
            let obj = exc_field(&d, "obj");
            drop(d);
            if obj.is_none() {
                return None;
            }
            let names = crate::builtins::dir_of(self, &obj).ok()?;
            let names = str_keys(self.iterate(&names).ok()?);
            return closest(&names, &name.s).map(str::to_string);
        }
        if !cls.is_subtype(&self.exc.name_error) {
            return None;
        }
        // Locals of the innermost frame, then its globals, then the builtins.
        let frame = d.frames.first()?;
        let locals: Vec<String> = frame
            .code
            .varnames
            .iter()
            .map(|v| v.s.to_string())
            .collect();
        let globals = frame.globals.clone();
        let builtins = frame
            .builtins
            .clone()
            .unwrap_or_else(|| self.builtins.clone());
        drop(d);
        for names in [locals, str_keys(globals.keys()), str_keys(builtins.keys())] {
            if let Some(s) = closest(&names, &name.s) {
                return Some(s.to_string());
            }
        }
        None
    }
}
