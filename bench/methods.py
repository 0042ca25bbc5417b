# Method calls and attribute access on small objects of a user class.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scale(self, k):
        self.x *= k
        self.y *= k
        return self


class Particle:
    def __init__(self, i):
        self.pos = Vec(i, -i)
        self.vel = Vec(1, 2)
        self.hits = 0

    def step(self):
        self.pos = self.pos.add(self.vel)
        if self.pos.dot(self.vel) % 3 == 0:
            self.hits += 1
            self.vel.scale(-1)


particles = [Particle(i) for i in range(100)]
for _ in range(25000):
    for p in particles:
        p.step()
checksum = sum(p.hits + p.pos.x - p.pos.y for p in particles)
print(checksum)
