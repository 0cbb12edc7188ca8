class Node:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right

def inorder(node):
    if node is None:
        return
    yield from inorder(node.left)
    yield node.value
    yield from inorder(node.right)

def preorder(node):
    if node:
        yield node.value
        yield from preorder(node.left)
        yield from preorder(node.right)

def postorder(node):
    if node:
        yield from postorder(node.left)
        yield from postorder(node.right)
        yield node.value

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
print(list(preorder(root)))
print(list(postorder(root)))

def paths(node, prefix=()):
    if node is None:
        return
    here = prefix + (node.value,)
    if node.left is None and node.right is None:
        yield here
    yield from paths(node.left, here)
    yield from paths(node.right, here)

for p in paths(root):
    print(" -> ".join(map(str, p)))

def depth_count(node, d=0):
    if node is None:
        return 0
    yield d, node.value
    n = yield from depth_count(node.left, d + 1)
    m = yield from depth_count(node.right, d + 1)
    return 1 + n + m

g = depth_count(root)
items = []
while True:
    try:
        items.append(next(g))
    except StopIteration as e:
        print("node count", e.value)
        break
print(max(items))

it = inorder(root)
print(next(it), next(it), next(it))
