from collections import namedtuple
Emp = namedtuple('Emp', ['name', 'dept', 'salary'], defaults=['eng', 100])
print(Emp('a'), Emp('b', 'ops'), Emp('c', salary=5))
print(Emp._field_defaults)
class Pt(namedtuple('Pt', 'x y')):
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
print(Pt(3, 4).norm(), Pt(3, 4))
staff = [Emp('z', salary=3), Emp('y', salary=9), Emp('x', salary=3)]
print(sorted(staff, key=lambda e: (e.salary, e.name)))
