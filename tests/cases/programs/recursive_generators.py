class Node:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right

def inorder(node):
    if node is not None:
        yield from inorder(node.left)
        yield node.value
        yield from inorder(node.right)

def insert(node, v):
    if node is None:
        return Node(v)
    if v < node.value:
        node.left = insert(node.left, v)
    else:
        node.right = insert(node.right, v)
    return node

root = None
for v in [50, 30, 70, 20, 40, 60, 80, 35, 65]:
    root = insert(root, v)
print(list(inorder(root)))

def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest

print([''.join(p) for p in permutations("abc")])
print(sum(1 for _ in permutations(list(range(5)))))

def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x

print(list(flatten([1, [2, [3, [4, (5, 6)]], []], "str", [[[[7]]]]])))

def powerset(s):
    if not s:
        yield []
        return
    for subset in powerset(s[1:]):
        yield subset
        yield [s[0]] + subset

print(sorted(powerset([1, 2, 3]), key=lambda p: (len(p), p)))

def hanoi(n, src, dst, via):
    if n:
        yield from hanoi(n - 1, src, via, dst)
        yield (n, src, dst)
        yield from hanoi(n - 1, via, dst, src)

moves = list(hanoi(3, "A", "C", "B"))
print(len(moves), moves[:4])
