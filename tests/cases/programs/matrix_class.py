class Matrix:
    def __init__(self, rows):
        if len({len(r) for r in rows}) != 1:
            raise ValueError('ragged matrix')
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f'shape mismatch {self.shape} vs {other.shape}')
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[x * other for x in r] for r in self.rows])
        if self.shape[1] != other.shape[0]:
            raise ValueError('cannot multiply')
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __rmul__(self, k):
        return self * k

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def transpose(self):
        return Matrix(list(map(list, zip(*self.rows))))

    def __repr__(self):
        return 'Matrix(' + repr(self.rows) + ')'

    def __str__(self):
        width = max(len(str(x)) for r in self.rows for x in r)
        return '\n'.join(' '.join(f'{x:>{width}}' for x in r) for r in self.rows)


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b)
print(a * b)
print(2 * a == a + a, a * Matrix.identity(2) == a)
print(repr(a.transpose()), a.shape, a[1, 0])
c = Matrix([[1, 2, 3], [4, 5, 6]])
print(c * c.transpose())
print(c.transpose() * 10)
for bad in (lambda: a + c, lambda: c * c, lambda: Matrix([[1], [2, 3]])):
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
