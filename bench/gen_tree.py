# Recursive binary-tree traversal with `yield from` (generator delegation depth ~17).
class Node:
    __slots__ = ('value', 'left', 'right')

    def __init__(self, value, left, right):
        self.value = value
        self.left = left
        self.right = right


def build(lo, hi):
    # A balanced tree holding lo..hi-1.
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build(lo, mid), build(mid + 1, hi))


def inorder(node):
    if node is not None:
        yield from inorder(node.left)
        yield node.value
        yield from inorder(node.right)


def preorder(node):
    if node is not None:
        yield node.value
        yield from preorder(node.left)
        yield from preorder(node.right)


root = build(0, 100000)
checksum = 0
for rnd in range(5):
    for i, v in enumerate(inorder(root)):
        checksum = (checksum * 31 + v * (i + rnd)) % 1000000007
    for v in preorder(root):
        checksum = (checksum + v) % 1000000007
print(checksum)
