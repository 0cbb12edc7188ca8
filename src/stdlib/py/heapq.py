"""Heap queue algorithm (coil implementation).

Heaps are lists where heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2].
The sift procedures follow the classic algorithm so that the resulting list
layout is identical to CPython's.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _sift_toward_root(heap, startpos, pos):
    # Move heap[pos] up toward startpos until its parent is not larger.
    item = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if item < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = item


def _sift_toward_leaf(heap, pos):
    # Bottom-up variant: walk the smaller child path to a leaf, then
    # bubble the item back up.
    endpos = len(heap)
    startpos = pos
    item = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, startpos, pos)


def _sift_toward_root_max(heap, startpos, pos):
    item = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < item:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = item


def _sift_toward_leaf_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    item = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root_max(heap, startpos, pos)


def _check_list(heap):
    if not isinstance(heap, list):
        raise TypeError('heap argument must be a list')


def heappush(heap, item):
    _check_list(heap)
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    _check_list(heap)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        result = heap[0]
        heap[0] = last
        _sift_toward_leaf(heap, 0)
        return result
    return last


def heapreplace(heap, item):
    _check_list(heap)
    if not heap:
        raise IndexError('index out of range')
    result = heap[0]
    heap[0] = item
    _sift_toward_leaf(heap, 0)
    return result


def heappushpop(heap, item):
    _check_list(heap)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_toward_leaf(heap, 0)
    return item


def heapify(x):
    _check_list(x)
    n = len(x)
    for i in range(n // 2 - 1, -1, -1):
        _sift_toward_leaf(x, i)


def _heapify_max(x):
    n = len(x)
    for i in range(n // 2 - 1, -1, -1):
        _sift_toward_leaf_max(x, i)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        result = heap[0]
        heap[0] = last
        _sift_toward_leaf_max(heap, 0)
        return result
    return last


def _heapreplace_max(heap, item):
    result = heap[0]
    heap[0] = item
    _sift_toward_leaf_max(heap, 0)
    return result


def merge(*iterables, key=None, reverse=False):
    heads = []
    for order, it in enumerate(iterables):
        it = iter(it)
        for value in it:
            heads.append([key(value) if key is not None else value,
                          order, value, it])
            break
    while heads:
        if len(heads) == 1:
            k, order, value, it = heads[0]
            yield value
            yield from it
            return
        best = heads[0]
        for entry in heads[1:]:
            if reverse:
                if best[0] < entry[0]:
                    best = entry
            else:
                if entry[0] < best[0]:
                    best = entry
        yield best[2]
        it = best[3]
        for value in it:
            best[0] = key(value) if key is not None else value
            best[2] = value
            break
        else:
            heads.remove(best)


def nsmallest(n, iterable, key=None):
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        if key is None:
            result = min(it, default=sentinel)
        else:
            result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        if key is None:
            result = max(it, default=sentinel)
        else:
            result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
