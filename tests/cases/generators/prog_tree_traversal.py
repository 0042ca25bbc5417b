# Recursive tree traversals with yield from.
class Node:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right

def inorder(node):
    if node is not None:
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

def paths(node, prefix=()):
    if node is None:
        return
    here = prefix + (node.value,)
    if node.left is None and node.right is None:
        yield here
    yield from paths(node.left, here)
    yield from paths(node.right, here)

def insert(root, value):
    if root is None:
        return Node(value)
    if value < root.value:
        root.left = insert(root.left, value)
    else:
        root.right = insert(root.right, value)
    return root

root = None
for v in [50, 30, 70, 20, 40, 60, 80, 35, 65]:
    root = insert(root, v)
print(list(inorder(root)))
print(list(preorder(root)))
print(list(postorder(root)))
for p in paths(root):
    print(' -> '.join(map(str, p)))

def walk_dict(d, path=''):
    for key in sorted(d):
        value = d[key]
        if isinstance(value, dict):
            yield from walk_dict(value, path + key + '/')
        else:
            yield path + key, value

config = {'db': {'host': 'localhost', 'port': 5432}, 'debug': True, 'paths': {'log': {'dir': '/var/log'}}}
for k, v in walk_dict(config):
    print(k, '=', v)
