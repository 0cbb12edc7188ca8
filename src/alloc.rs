//! A small-object allocator in the spirit of CPython's pymalloc.
//!
//! The `coil` binary installs [`SmallAlloc`] as its `#[global_allocator]` (see src/main.rs);
//! the library never does, so programs embedding coil keep their own allocator.
//!
//! Requests of 1..=[`MAX_SMALL`] bytes with alignment <= [`GRAIN`] are served from
//! size classes (multiples of [`GRAIN`] bytes). Each thread carves blocks out of
//! [`CHUNK`]-byte chunks obtained from the system allocator with a bump pointer and keeps
//! one free list per class; a freed block's first word links it to the next free block.
//! `dealloc` receives the layout, so blocks carry no header. Everything else goes to
//! [`System`].
//!
//! Chunks are never returned, so a block stays valid memory forever: a block freed on
//! another thread than the one that allocated it simply joins the freeing thread's list.
//! The per-thread state is a `const`-initialised thread local without a destructor, so
//! reaching it never allocates and never fails while the thread runs. The free lists of
//! a thread that exits are lost (their blocks leak); coil runs its interpreter on one
//! long-lived thread.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::ptr::{self, null_mut};

/// Size-class granularity and the largest alignment served from the classes.
const GRAIN: usize = 16;
/// The largest request served from the size classes.
const MAX_SMALL: usize = 512;
const CLASSES: usize = MAX_SMALL / GRAIN;
/// Bytes requested from the system allocator at a time. Pages of a chunk that were never
/// handed out are never touched, so they cost address space but no resident memory.
const CHUNK: usize = 1 << 20;
const CHUNK_LAYOUT: Layout = match Layout::from_size_align(CHUNK, GRAIN) {
    Ok(l) => l,
    Err(_) => panic!("invalid chunk layout"),
};

/// The global allocator of the `coil` binary.
pub struct SmallAlloc;

/// One thread's allocator state.
struct Local {
    /// Head of the free list of each size class (null when empty).
    free: [Cell<*mut u8>; CLASSES],
    /// Next unused byte of the current chunk.
    bump: Cell<*mut u8>,
    /// Bytes left after `bump` in the current chunk.
    left: Cell<usize>,
}

thread_local! {
    static LOCAL: Local = const {
        Local {
            free: [const { Cell::new(null_mut()) }; CLASSES],
            bump: Cell::new(null_mut()),
            left: Cell::new(0),
        }
    };
}

/// The size class serving `layout`, or `None` when it goes to the system allocator.
#[inline]
fn class_of(layout: Layout) -> Option<usize> {
    let size = layout.size();
    // `wrapping_sub` sends size 0 to the system allocator too.
    if layout.align() <= GRAIN && size.wrapping_sub(1) < MAX_SMALL {
        Some((size - 1) / GRAIN)
    } else {
        None
    }
}

/// A block of class `class` (`(class + 1) * GRAIN` bytes, `GRAIN`-aligned), or null if
/// the system allocator is out of memory.
#[inline]
fn alloc_small(class: usize) -> *mut u8 {
    LOCAL
        .try_with(|l| {
            let head = l.free[class].get();
            if !head.is_null() {
                // SAFETY: `head` is a free block of this class that only this list refers
                // to; `free_small` stored the next link in its first word, which is
                // `GRAIN`-aligned and so aligned for a pointer.
                l.free[class].set(unsafe { head.cast::<*mut u8>().read() });
                return head;
            }
            let size = (class + 1) * GRAIN;
            if l.left.get() < size && !refill(l) {
                return null_mut();
            }
            let p = l.bump.get();
            // SAFETY: at least `size` bytes are left after `p` in the current chunk, so
            // `p + size` stays inside (or one past the end of) that allocation.
            l.bump.set(unsafe { p.add(size) });
            l.left.set(l.left.get() - size);
            p
        })
        .unwrap_or(null_mut())
}

/// Start a new chunk; false if the system allocator is out of memory. The unused tail of
/// the old chunk (less than `MAX_SMALL` bytes) is abandoned.
#[cold]
#[inline(never)]
fn refill(l: &Local) -> bool {
    // SAFETY: the chunk layout has a non-zero size.
    let chunk = unsafe { System.alloc(CHUNK_LAYOUT) };
    if chunk.is_null() {
        return false;
    }
    l.bump.set(chunk);
    l.left.set(CHUNK);
    true
}

/// Put a block of class `class` on this thread's free list.
///
/// # Safety
/// `ptr` must be a block of class `class` from [`alloc_small`] that is no longer used.
#[inline]
unsafe fn free_small(ptr: *mut u8, class: usize) {
    // Cannot fail: the state has no destructor. Were it unreachable, leaking the block
    // would be the safe outcome.
    let _ = LOCAL.try_with(|l| {
        // SAFETY: the caller hands the block over; it is `GRAIN`-aligned and at least
        // `GRAIN` bytes long, so its first word can hold the link.
        unsafe { ptr.cast::<*mut u8>().write(l.free[class].get()) };
        l.free[class].set(ptr);
    });
}

// SAFETY: small blocks are disjoint `GRAIN`-aligned pieces of chunks that are never freed,
// each handed out by at most one live allocation at a time and at least as large as the
// request; all other requests are forwarded unchanged to `System`, and `dealloc`/`realloc`
// route a block back by the same `class_of(layout)` that allocated it.
unsafe impl GlobalAlloc for SmallAlloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        match class_of(layout) {
            Some(class) => alloc_small(class),
            // SAFETY: the caller's guarantees about `layout` carry over.
            None => unsafe { System.alloc(layout) },
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        match class_of(layout) {
            Some(class) => {
                let p = alloc_small(class);
                if !p.is_null() {
                    // SAFETY: the block is at least `layout.size()` bytes long.
                    unsafe { p.write_bytes(0, layout.size()) };
                }
                p
            }
            // SAFETY: the caller's guarantees about `layout` carry over.
            None => unsafe { System.alloc_zeroed(layout) },
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        match class_of(layout) {
            // SAFETY: `ptr` was allocated with `layout`, hence from this class.
            Some(class) => unsafe { free_small(ptr, class) },
            // SAFETY: `ptr` was allocated by `System` with `layout`.
            None => unsafe { System.dealloc(ptr, layout) },
        }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller guarantees that `new_size`, rounded up to `layout.align()`,
        // does not overflow `isize`, and the alignment comes from a valid layout.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        match (class_of(layout), class_of(new_layout)) {
            (Some(old), Some(new)) if old == new => ptr,
            // SAFETY: `ptr` was allocated by `System` with `layout`, and the new size is
            // valid as above.
            (None, None) => unsafe { System.realloc(ptr, layout, new_size) },
            _ => {
                // SAFETY: `new_layout` is valid and has a non-zero size (caller's promise).
                let new = unsafe { self.alloc(new_layout) };
                if !new.is_null() {
                    // SAFETY: both blocks hold at least the smaller size, they are distinct
                    // live allocations, and `ptr` was allocated here with `layout`.
                    unsafe {
                        ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                        self.dealloc(ptr, layout);
                    }
                }
                new
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(size: usize, align: usize) -> Layout {
        Layout::from_size_align(size, align).unwrap()
    }

    /// Allocate with `a`, check alignment, fill with `tag`.
    fn alloc_filled(a: &SmallAlloc, l: Layout, tag: u8) -> *mut u8 {
        // SAFETY: test layouts have non-zero sizes.
        let p = unsafe { a.alloc(l) };
        assert!(!p.is_null());
        assert_eq!(p as usize % l.align(), 0, "{l:?}");
        // SAFETY: `p` holds `l.size()` bytes.
        unsafe { p.write_bytes(tag, l.size()) };
        p
    }

    fn check_filled(p: *const u8, len: usize, tag: u8) {
        // SAFETY: callers pass a live block of at least `len` bytes.
        let bytes = unsafe { std::slice::from_raw_parts(p, len) };
        assert!(bytes.iter().all(|&b| b == tag));
    }

    #[test]
    fn class_boundaries() {
        assert_eq!(class_of(layout(0, 1)), None);
        assert_eq!(class_of(layout(1, 1)), Some(0));
        assert_eq!(class_of(layout(16, 8)), Some(0));
        assert_eq!(class_of(layout(17, 8)), Some(1));
        assert_eq!(class_of(layout(512, 16)), Some(CLASSES - 1));
        assert_eq!(class_of(layout(513, 8)), None);
        assert_eq!(class_of(layout(64, 32)), None);
    }

    #[test]
    fn alloc_free_reuse_and_no_overlap() {
        let a = SmallAlloc;
        let mut live = Vec::new();
        for (i, size) in (1..=600).step_by(7).enumerate() {
            for align in [1, 8, 16, 64] {
                let l = layout(size, align);
                let tag = (i % 251) as u8;
                live.push((alloc_filled(&a, l, tag), l, tag));
            }
        }
        for &(p, l, tag) in &live {
            check_filled(p, l.size(), tag);
        }
        // Free every other block, reallocate, and check nothing was clobbered.
        let mut kept = Vec::new();
        for (k, (p, l, tag)) in live.into_iter().enumerate() {
            if k % 2 == 0 {
                // SAFETY: `p` was allocated with `l` and is not used afterwards.
                unsafe { a.dealloc(p, l) };
            } else {
                kept.push((p, l, tag));
            }
        }
        let again: Vec<_> = kept
            .iter()
            .map(|&(_, l, _)| (alloc_filled(&a, l, 0xAA), l))
            .collect();
        for &(p, l, tag) in &kept {
            check_filled(p, l.size(), tag);
        }
        for (p, l) in again
            .into_iter()
            .chain(kept.into_iter().map(|(p, l, _)| (p, l)))
        {
            // SAFETY: each block was allocated with its layout and is freed once.
            unsafe { a.dealloc(p, l) };
        }
    }

    #[test]
    fn zeroed_after_reuse() {
        let a = SmallAlloc;
        let l = layout(100, 8);
        let p = alloc_filled(&a, l, 0xFF);
        // SAFETY: `p` was allocated with `l`.
        unsafe { a.dealloc(p, l) };
        // SAFETY: non-zero size.
        let q = unsafe { a.alloc_zeroed(l) };
        check_filled(q, l.size(), 0);
        // SAFETY: `q` was allocated with `l`.
        unsafe { a.dealloc(q, l) };
    }

    #[test]
    fn realloc_across_the_boundary() {
        let a = SmallAlloc;
        // Grow from 1 byte to 4000 and shrink back, crossing small/large both ways and
        // staying within a class; the prefix must survive every step.
        let sizes = [1, 10, 16, 17, 300, 512, 513, 4000, 600, 512, 40, 33, 8, 3];
        for align in [1, 8, 16, 32] {
            let mut l = layout(sizes[0], align);
            let p0 = alloc_filled(&a, l, 0);
            let mut p = p0;
            for &s in &sizes[1..] {
                let keep = l.size().min(s);
                // SAFETY: `p` was allocated with `l`, `s` is non-zero and small.
                p = unsafe { a.realloc(p, l, s) };
                assert!(!p.is_null());
                assert_eq!(p as usize % align, 0);
                check_filled(p, keep, 0);
                l = layout(s, align);
                // SAFETY: `p` holds `s` bytes.
                unsafe { p.write_bytes(0, s) };
            }
            // SAFETY: `p` was last allocated with `l`.
            unsafe { a.dealloc(p, l) };
        }
    }

    #[test]
    fn many_threads_and_cross_thread_frees() {
        let a = &SmallAlloc;
        let handles: Vec<_> = (0..8u8)
            .map(|t| {
                std::thread::spawn(move || {
                    let mut blocks = Vec::new();
                    for i in 0..20_000usize {
                        let l = layout(1 + (i * 37 + t as usize) % MAX_SMALL, 8);
                        blocks.push((alloc_filled(a, l, t) as usize, l));
                        if i % 3 == 0 {
                            let (p, l) = blocks.swap_remove(i % blocks.len());
                            check_filled(p as *const u8, l.size(), t);
                            // SAFETY: allocated with `l` on this thread, freed once.
                            unsafe { a.dealloc(p as *mut u8, l) };
                        }
                    }
                    (t, blocks)
                })
            })
            .collect();
        // Blocks from the workers are checked and freed here, on another thread.
        for h in handles {
            let (t, blocks) = h.join().unwrap();
            for (p, l) in blocks {
                check_filled(p as *const u8, l.size(), t);
                // SAFETY: allocated with `l` by the worker, which no longer uses it.
                unsafe { a.dealloc(p as *mut u8, l) };
            }
        }
    }
}
