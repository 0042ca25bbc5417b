import random

class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)

d = Dice(2024)
print([d.roll() for _ in range(20)])
big = random.Random(2 ** 100 + 12345)
print(big.random(), big.randrange(10 ** 30), big.getrandbits(200))
r = random.Random(5)
deck = [f'{v}{s}' for s in 'SHDC' for v in 'A23456789TJQK']
r.shuffle(deck)
print(deck[:13])
print(r.sample(deck, 5), r.sample(range(10 ** 6), 8))
print(r.choices(range(10), cum_weights=[1, 2, 3, 4, 5, 6, 7, 8, 9, 100], k=10))
counts = {}
for _ in range(2000):
    k = r.randint(1, 6)
    counts[k] = counts.get(k, 0) + 1
print(sorted(counts.items()))
print(round(sum(r.random() for _ in range(1000)), 6))
st = r.getstate()
print(st[0], len(st[1]), st[1][-1], st[2])
r.seed(5, version=1)
print(r.random())
r.seed("abc", version=1)
print(r.random())
r.seed(bytearray(b'xyz'))
print(r.random())
