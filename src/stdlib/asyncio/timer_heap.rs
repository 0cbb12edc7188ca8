//! The loop's timers: a binary min-heap on the deadline with exactly the sift steps of
//! CPython's `heapq`, which the loop there keeps its `TimerHandle`s in. heapq is not
//! stable, so timers with equal deadlines come out in the order those steps give, and
//! matching them keeps the order of simultaneous timers identical.

pub struct TimerHeap<T> {
    items: Vec<(f64, T)>,
}

impl<T> Default for TimerHeap<T> {
    fn default() -> Self {
        TimerHeap { items: Vec::new() }
    }
}

impl<T> TimerHeap<T> {
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// The earliest entry.
    pub fn peek(&self) -> Option<&(f64, T)> {
        self.items.first()
    }

    pub fn push(&mut self, when: f64, item: T) {
        self.items.push((when, item));
        let last = self.items.len() - 1;
        self.sift_toward_root(0, last);
    }

    pub fn pop(&mut self) -> Option<(f64, T)> {
        let last = self.items.pop()?;
        if self.items.is_empty() {
            return Some(last);
        }
        let first = std::mem::replace(&mut self.items[0], last);
        self.sift_to_leaf(0);
        Some(first)
    }

    /// Drop the entries `keep` rejects and rebuild the heap (heapq.heapify's order).
    pub fn retain(&mut self, keep: impl FnMut(&T) -> bool) {
        let mut keep = keep;
        self.items.retain(|(_, t)| keep(t));
        for i in (0..self.items.len() / 2).rev() {
            self.sift_to_leaf(i);
        }
    }

    pub fn clear(&mut self) -> Vec<(f64, T)> {
        std::mem::take(&mut self.items)
    }

    /// Move the entry at `pos` up while it is earlier than its parent (not below `start`).
    fn sift_toward_root(&mut self, start: usize, mut pos: usize) {
        while pos > start {
            let parent = (pos - 1) >> 1;
            if self.items[pos].0 < self.items[parent].0 {
                self.items.swap(pos, parent);
                pos = parent;
            } else {
                break;
            }
        }
    }

    /// heapq's `_siftup`: carry the entry at `pos` down to a leaf along the smaller
    /// children, then back up to its place.
    fn sift_to_leaf(&mut self, start: usize) {
        let end = self.items.len();
        let mut pos = start;
        let mut child = 2 * pos + 1;
        while child < end {
            let right = child + 1;
            if right < end && self.items[child].0 >= self.items[right].0 {
                child = right;
            }
            self.items.swap(pos, child);
            pos = child;
            child = 2 * pos + 1;
        }
        self.sift_toward_root(start, pos);
    }
}

#[cfg(test)]
mod tests {
    use super::TimerHeap;

    fn drain(h: &mut TimerHeap<u32>) -> Vec<u32> {
        std::iter::from_fn(|| h.pop().map(|(_, t)| t)).collect()
    }

    #[test]
    fn earliest_first() {
        let mut h = TimerHeap::default();
        for (i, w) in [5.0, 1.0, 3.0, 2.0, 4.0].into_iter().enumerate() {
            h.push(w, i as u32);
        }
        assert_eq!(drain(&mut h), vec![1, 3, 2, 4, 0]);
    }

    #[test]
    fn equal_deadlines_follow_heapq() {
        // heapq.heappush of five equal keys tagged 0..5, then heappop each:
        // CPython gives 0, 2, 4, 1, 3.
        let mut h = TimerHeap::default();
        for i in 0..5 {
            h.push(1.0, i);
        }
        assert_eq!(drain(&mut h), vec![0, 2, 4, 1, 3]);
    }

    #[test]
    fn retain_rebuilds() {
        let mut h = TimerHeap::default();
        for (i, w) in [3.0, 1.0, 2.0, 1.0, 0.5].into_iter().enumerate() {
            h.push(w, i as u32);
        }
        h.retain(|t| *t != 2);
        assert_eq!(drain(&mut h), vec![4, 3, 1, 0]);
    }
}
