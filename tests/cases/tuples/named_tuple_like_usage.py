points = [(3, 4), (0, 0), (-1, 2)]
dist = sorted(points, key=lambda p: p[0] ** 2 + p[1] ** 2)
print(dist)
print(max(points), min(points, key=lambda p: p[1]))
xs, ys = zip(*points)
print(xs, ys)
