//! list.sort / sorted: timsort with powersort merging, making the same
//! comparisons in the same order as CPython 3.11 (so mixed-type errors and
//! side effects of `__lt__` match), stable, reverse by reversing around a
//! forward sort.

use crate::bytecode::CmpOp;
use crate::vm::Vm;
use crate::vm::value::*;

const MIN_GALLOP: usize = 7;

/// A pending run: start and length within the index array.
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

/// The comparison of keys by index.
struct Cmp<'a> {
    vm: &'a mut Vm,
    keys: &'a [Value],
}

impl Cmp<'_> {
    /// keys[x] < keys[y]
    fn lt(&mut self, x: usize, y: usize) -> Res<bool> {
        match (&self.keys[x], &self.keys[y]) {
            (Value::Int(p), Value::Int(q)) => Ok(p < q),
            (Value::Float(p), Value::Float(q)) => Ok(p < q),
            (Value::Str(p), Value::Str(q)) => Ok(p.as_str() < q.as_str()),
            (a, b) => {
                let r = self.vm.compare(CmpOp::Lt, a, b)?;
                self.vm.truthy(&r)
            }
        }
    }
}

struct Sorter<'a> {
    cmp: Cmp<'a>,
    /// The permutation being sorted (indices into the keys).
    idx: Vec<usize>,
    runs: Vec<Run>,
    min_gallop: usize,
}

type Res<T> = Result<T, Value>;

/// Where `key` goes in the sorted slice `a`, left of any equal elements,
/// searching outwards from `hint`.
fn gallop_left(cmp: &mut Cmp, key: usize, a: &[usize], hint: usize) -> Res<usize> {
    let n = a.len();
    let (mut lastofs, mut ofs) = (0usize, 1usize);
    if cmp.lt(a[hint], key)? {
        // a[hint] < key: gallop right.
        let maxofs = n - hint;
        while ofs < maxofs && cmp.lt(a[hint + ofs], key)? {
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lastofs += hint;
        ofs += hint;
    } else {
        // key <= a[hint]: gallop left.
        let maxofs = hint + 1;
        while ofs < maxofs && !cmp.lt(a[hint - ofs], key)? {
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        (lastofs, ofs) = (hint.wrapping_sub(ofs), hint - lastofs);
    }
    // a[lastofs] < key <= a[ofs]: binary search in between.
    lastofs = lastofs.wrapping_add(1);
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if cmp.lt(a[m], key)? {
            lastofs = m + 1;
        } else {
            ofs = m;
        }
    }
    Ok(ofs)
}

/// Like gallop_left, but right of any elements equal to `key`.
fn gallop_right(cmp: &mut Cmp, key: usize, a: &[usize], hint: usize) -> Res<usize> {
    let n = a.len();
    let (mut lastofs, mut ofs) = (0usize, 1usize);
    if cmp.lt(key, a[hint])? {
        // key < a[hint]: gallop left.
        let maxofs = hint + 1;
        while ofs < maxofs && cmp.lt(key, a[hint - ofs])? {
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        (lastofs, ofs) = (hint.wrapping_sub(ofs), hint - lastofs);
    } else {
        // a[hint] <= key: gallop right.
        let maxofs = n - hint;
        while ofs < maxofs && !cmp.lt(key, a[hint + ofs])? {
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lastofs += hint;
        ofs += hint;
    }
    lastofs = lastofs.wrapping_add(1);
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if cmp.lt(key, a[m])? {
            ofs = m;
        } else {
            lastofs = m + 1;
        }
    }
    Ok(ofs)
}

impl Sorter<'_> {
    fn lt(&mut self, x: usize, y: usize) -> Res<bool> {
        self.cmp.lt(x, y)
    }

    /// Length of the run at `lo` (reversing a strictly descending one in place).
    fn count_run(&mut self, lo: usize, hi: usize) -> Res<usize> {
        if lo + 1 == hi {
            return Ok(1);
        }
        let mut n = 2;
        let descending = self.lt(self.idx[lo + 1], self.idx[lo])?;
        let mut i = lo + 2;
        while i < hi {
            let less = self.lt(self.idx[i], self.idx[i - 1])?;
            if less != descending {
                break;
            }
            i += 1;
            n += 1;
        }
        if descending {
            self.idx[lo..lo + n].reverse();
        }
        Ok(n)
    }

    /// Binary insertion sort of idx[lo..hi], whose prefix up to `start` is sorted.
    fn binary_sort(&mut self, lo: usize, hi: usize, start: usize) -> Res<()> {
        for s in start..hi {
            let pivot = self.idx[s];
            let (mut l, mut r) = (lo, s);
            while l < r {
                let p = l + ((r - l) >> 1);
                if self.lt(pivot, self.idx[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            self.idx.copy_within(l..s, l + 1);
            self.idx[l] = pivot;
        }
        Ok(())
    }

    /// Merge the adjacent runs at `base` (len na) and `base + na` (len nb),
    /// na <= nb, working left to right with a copy of the left run.
    fn merge_lo(&mut self, base: usize, na: usize, nb: usize) -> Res<()> {
        let tmp: Vec<usize> = self.idx[base..base + na].to_vec();
        let (mut a, mut na) = (0usize, na);
        let (mut b, mut nb) = (base + na, nb);
        let mut dest = base;
        let result = self.merge_lo_loop(&tmp, &mut a, &mut na, &mut b, &mut nb, &mut dest);
        // Whatever happened, the rest of the left run goes after the merged part.
        match result {
            Ok(true) => {
                // The last element of the left run belongs at the end.
                self.idx.copy_within(b..b + nb, dest);
                self.idx[dest + nb] = tmp[a];
            }
            _ => self.idx[dest..dest + na].copy_from_slice(&tmp[a..a + na]),
        }
        result.map(|_| ())
    }

    /// The merge_lo loop; Ok(true) when one element of the left run remains.
    fn merge_lo_loop(
        &mut self,
        tmp: &[usize],
        a: &mut usize,
        na: &mut usize,
        b: &mut usize,
        nb: &mut usize,
        dest: &mut usize,
    ) -> Res<bool> {
        self.idx[*dest] = self.idx[*b];
        (*dest, *b, *nb) = (*dest + 1, *b + 1, *nb - 1);
        if *nb == 0 {
            return Ok(false);
        }
        if *na == 1 {
            return Ok(true);
        }
        let mut min_gallop = self.min_gallop;
        loop {
            let (mut acount, mut bcount) = (0, 0);
            loop {
                if self.lt(self.idx[*b], tmp[*a])? {
                    self.idx[*dest] = self.idx[*b];
                    (*dest, *b, *nb) = (*dest + 1, *b + 1, *nb - 1);
                    bcount += 1;
                    acount = 0;
                    if *nb == 0 {
                        return Ok(false);
                    }
                    if bcount >= min_gallop {
                        break;
                    }
                } else {
                    self.idx[*dest] = tmp[*a];
                    (*dest, *a, *na) = (*dest + 1, *a + 1, *na - 1);
                    acount += 1;
                    bcount = 0;
                    if *na == 1 {
                        return Ok(true);
                    }
                    if acount >= min_gallop {
                        break;
                    }
                }
            }
            min_gallop += 1;
            loop {
                min_gallop -= (min_gallop > 1) as usize;
                self.min_gallop = min_gallop;
                let k = gallop_right(&mut self.cmp, self.idx[*b], &tmp[*a..*a + *na], 0)?;
                acount = k;
                if k > 0 {
                    self.idx[*dest..*dest + k].copy_from_slice(&tmp[*a..*a + k]);
                    (*dest, *a, *na) = (*dest + k, *a + k, *na - k);
                    if *na == 1 {
                        return Ok(true);
                    }
                    if *na == 0 {
                        return Ok(false);
                    }
                }
                self.idx[*dest] = self.idx[*b];
                (*dest, *b, *nb) = (*dest + 1, *b + 1, *nb - 1);
                if *nb == 0 {
                    return Ok(false);
                }
                let k = gallop_left(&mut self.cmp, tmp[*a], &self.idx[*b..*b + *nb], 0)?;
                bcount = k;
                if k > 0 {
                    self.idx.copy_within(*b..*b + k, *dest);
                    (*dest, *b, *nb) = (*dest + k, *b + k, *nb - k);
                    if *nb == 0 {
                        return Ok(false);
                    }
                }
                self.idx[*dest] = tmp[*a];
                (*dest, *a, *na) = (*dest + 1, *a + 1, *na - 1);
                if *na == 1 {
                    return Ok(true);
                }
                if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                    break;
                }
            }
            min_gallop += 1;
            self.min_gallop = min_gallop;
        }
    }

    /// Merge the adjacent runs at `base` (len na) and `base + na` (len nb),
    /// na > nb, working right to left with a copy of the right run.
    fn merge_hi(&mut self, base: usize, na: usize, nb: usize) -> Res<()> {
        let tmp: Vec<usize> = self.idx[base + na..base + na + nb].to_vec();
        // Counts of the unmerged parts: a = idx[base..base+na], b = tmp[..nb].
        let (mut na, mut nb) = (na, nb);
        let mut dest = base + na + nb; // one past the next slot to fill
        let result = self.merge_hi_loop(&tmp, base, &mut na, &mut nb, &mut dest);
        match result {
            Ok(true) => {
                // The first element of the right run belongs at the front.
                self.idx.copy_within(base..base + na, dest - na);
                self.idx[dest - na - 1] = tmp[0];
            }
            _ => self.idx[dest - nb..dest].copy_from_slice(&tmp[..nb]),
        }
        result.map(|_| ())
    }

    /// The merge_hi loop; Ok(true) when one element of the right run remains.
    fn merge_hi_loop(
        &mut self,
        tmp: &[usize],
        base: usize,
        na: &mut usize,
        nb: &mut usize,
        dest: &mut usize,
    ) -> Res<bool> {
        *dest -= 1;
        self.idx[*dest] = self.idx[base + *na - 1];
        *na -= 1;
        if *na == 0 {
            return Ok(false);
        }
        if *nb == 1 {
            return Ok(true);
        }
        let mut min_gallop = self.min_gallop;
        loop {
            let (mut acount, mut bcount) = (0, 0);
            loop {
                if self.lt(tmp[*nb - 1], self.idx[base + *na - 1])? {
                    *dest -= 1;
                    self.idx[*dest] = self.idx[base + *na - 1];
                    *na -= 1;
                    acount += 1;
                    bcount = 0;
                    if *na == 0 {
                        return Ok(false);
                    }
                    if acount >= min_gallop {
                        break;
                    }
                } else {
                    *dest -= 1;
                    self.idx[*dest] = tmp[*nb - 1];
                    *nb -= 1;
                    bcount += 1;
                    acount = 0;
                    if *nb == 1 {
                        return Ok(true);
                    }
                    if bcount >= min_gallop {
                        break;
                    }
                }
            }
            min_gallop += 1;
            loop {
                min_gallop -= (min_gallop > 1) as usize;
                self.min_gallop = min_gallop;
                let run_a = &self.idx[base..base + *na];
                let k = *na - gallop_right(&mut self.cmp, tmp[*nb - 1], run_a, *na - 1)?;
                acount = k;
                if k > 0 {
                    *dest -= k;
                    self.idx.copy_within(base + *na - k..base + *na, *dest);
                    *na -= k;
                    if *na == 0 {
                        return Ok(false);
                    }
                }
                *dest -= 1;
                self.idx[*dest] = tmp[*nb - 1];
                *nb -= 1;
                if *nb == 1 {
                    return Ok(true);
                }
                let key = self.idx[base + *na - 1];
                let k = *nb - gallop_left(&mut self.cmp, key, &tmp[..*nb], *nb - 1)?;
                bcount = k;
                if k > 0 {
                    *dest -= k;
                    self.idx[*dest..*dest + k].copy_from_slice(&tmp[*nb - k..*nb]);
                    *nb -= k;
                    if *nb == 1 {
                        return Ok(true);
                    }
                    if *nb == 0 {
                        return Ok(false);
                    }
                }
                *dest -= 1;
                self.idx[*dest] = self.idx[base + *na - 1];
                *na -= 1;
                if *na == 0 {
                    return Ok(false);
                }
                if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                    break;
                }
            }
            min_gallop += 1;
            self.min_gallop = min_gallop;
        }
    }

    /// Merge pending runs i and i+1.
    fn merge_at(&mut self, i: usize) -> Res<()> {
        let (a, b) = (self.runs[i], self.runs[i + 1]);
        self.runs[i].len = a.len + b.len;
        self.runs.remove(i + 1);
        // Elements of a already in place before b's first element.
        let key = self.idx[b.base];
        let k = gallop_right(&mut self.cmp, key, &self.idx[a.base..a.base + a.len], 0)?;
        let (base, na) = (a.base + k, a.len - k);
        if na == 0 {
            return Ok(());
        }
        // Elements of b already in place after a's last element.
        let key = self.idx[base + na - 1];
        let nb = gallop_left(
            &mut self.cmp,
            key,
            &self.idx[b.base..b.base + b.len],
            b.len - 1,
        )?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(base, na, nb)
        } else {
            self.merge_hi(base, na, nb)
        }
    }

    /// Powersort: the depth of the boundary between two runs in the merge tree.
    fn power(&self, s1: usize, n1: usize, n2: usize) -> u32 {
        let n = self.idx.len();
        let mut a = 2 * s1 + n1;
        let mut b = a + n1 + n2;
        let mut result = 0;
        loop {
            result += 1;
            if a >= n {
                a -= n;
                b -= n;
            } else if b >= n {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        result
    }

    /// Merge runs as powersort dictates before pushing a new run of length n2.
    fn found_new_run(&mut self, n2: usize) -> Res<()> {
        let Some(top) = self.runs.last().copied() else {
            return Ok(());
        };
        let power = self.power(top.base, top.len, n2);
        while self.runs.len() > 1 && self.runs[self.runs.len() - 2].power > power {
            self.merge_at(self.runs.len() - 2)?;
        }
        let last = self.runs.len() - 1;
        self.runs[last].power = power;
        Ok(())
    }

    fn merge_force_collapse(&mut self) -> Res<()> {
        while self.runs.len() > 1 {
            let mut n = self.runs.len() - 2;
            if n > 0 && self.runs[n - 1].len < self.runs[n + 1].len {
                n -= 1;
            }
            self.merge_at(n)?;
        }
        Ok(())
    }

    fn sort(&mut self) -> Res<()> {
        let n = self.idx.len();
        if n < 2 {
            return Ok(());
        }
        let minrun = {
            let (mut m, mut r) = (n, 0);
            while m >= 64 {
                r |= m & 1;
                m >>= 1;
            }
            m + r
        };
        let mut lo = 0;
        while lo < n {
            let mut run = self.count_run(lo, n)?;
            if run < minrun {
                let force = minrun.min(n - lo);
                self.binary_sort(lo, lo + force, lo + run)?;
                run = force;
            }
            self.found_new_run(run)?;
            self.runs.push(Run {
                base: lo,
                len: run,
                power: 0,
            });
            lo += run;
        }
        self.merge_force_collapse()
    }
}

/// Sort `items` by `keys` (the items themselves when None). On an error the
/// items are left in some permutation, as in CPython.
pub fn sort(
    vm: &mut Vm,
    items: &mut [Value],
    keys: Option<Vec<Value>>,
    reverse: bool,
) -> PyResult<()> {
    if keys.is_none() && sort_ints(items, reverse) {
        return Ok(());
    }
    let n = items.len();
    let mut keys = keys.unwrap_or_else(|| items.to_vec());
    if reverse {
        // Reversing around a stable forward sort keeps equal items in order.
        items.reverse();
        keys.reverse();
    }
    let (order, result) = match primitive_order(&keys) {
        Some(order) => (order, Ok(())),
        None => {
            let mut s = Sorter {
                cmp: Cmp { vm, keys: &keys },
                idx: (0..n).collect(),
                runs: Vec::new(),
                min_gallop: MIN_GALLOP,
            };
            let result = s.sort();
            (s.idx, result)
        }
    };
    let sorted: Vec<Value> = order.iter().map(|&i| items[i].clone()).collect();
    items.clone_from_slice(&sorted);
    if reverse {
        items.reverse();
    }
    result
}

/// Sort a list of machine ints in place (equal ints are indistinguishable, so
/// stability does not matter). False, untouched, when some item is not an int.
fn sort_ints(items: &mut [Value], reverse: bool) -> bool {
    let ints: Option<Vec<i64>> = items
        .iter()
        .map(|v| match v {
            Value::Int(i) => Some(*i),
            _ => None,
        })
        .collect();
    let Some(mut ints) = ints else {
        return false;
    };
    ints.sort_unstable();
    if reverse {
        ints.reverse();
    }
    for (slot, i) in items.iter_mut().zip(ints) {
        *slot = Value::Int(i);
    }
    true
}

/// Keys that are all machine ints, all floats other than NaN, or all strs compare
/// without side effects or errors, so any stable sort of them gives CPython's order:
/// the sorting permutation comes straight from the standard library's sort. None
/// for any other keys.
fn primitive_order(keys: &[Value]) -> Option<Vec<usize>> {
    fn all<'a, T>(keys: &'a [Value], f: impl Fn(&'a Value) -> Option<T>) -> Option<Vec<T>> {
        keys.iter().map(f).collect()
    }
    let mut order: Vec<usize> = (0..keys.len()).collect();
    match keys.first()? {
        Value::Int(_) => {
            let ks = all(keys, |k| match k {
                Value::Int(i) => Some(*i),
                _ => None,
            })?;
            order.sort_by_key(|&i| ks[i]);
        }
        Value::Float(_) => {
            let ks = all(keys, |k| match k {
                Value::Float(x) if !x.is_nan() => Some(*x),
                _ => None,
            })?;
            // Without NaNs every pair is ordered (-0.0 equals 0.0, as in Python).
            order.sort_by(|&i, &j| {
                ks[i]
                    .partial_cmp(&ks[j])
                    .unwrap_or(std::cmp::Ordering::Equal)
            });
        }
        Value::Str(_) => {
            let ks = all(keys, |k| match k {
                Value::Str(s) => Some(s.as_str()),
                _ => None,
            })?;
            order.sort_by_key(|&i| ks[i]);
        }
        _ => return None,
    }
    Some(order)
}
