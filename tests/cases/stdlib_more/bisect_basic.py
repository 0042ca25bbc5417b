import bisect
from bisect import bisect_left, bisect_right, insort_left, insort_right, insort

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left(a, 2, 2), bisect_right(a, 2, 0, 3), bisect_left(a, 5, hi=3))
l = []
for x in [5, 3, 8, 1, 3, 9, 0]:
    insort(l, x)
print(l)
insort_left(l, 3); insort_right(l, 3, 0, 2); print(l)

def grade(score, cuts=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(cuts, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
print(bisect_left(recs, 3, key=lambda r: r[1]), bisect_right(recs, 3, key=lambda r: r[1]))
insort(recs, ('e', 3), key=lambda r: r[1]); insort_left(recs, ('f', 3), key=lambda r: r[1]); print(recs)
print(bisect_left('acegi', 'f'), bisect_right((1.5, 2.5), 2))
