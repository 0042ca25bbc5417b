# A round-robin scheduler running generator "tasks" that yield to give up control.
from collections import deque

def task(name, steps):
    for i in range(steps):
        print('%s step %d' % (name, i))
        yield
    return name + ' finished after %d steps' % steps

class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.results = {}

    def spawn(self, name, gen):
        self.ready.append((name, gen))

    def run(self):
        while self.ready:
            name, gen = self.ready.popleft()
            try:
                next(gen)
            except StopIteration as e:
                self.results[name] = e.value
                print('  ->', e.value)
            else:
                self.ready.append((name, gen))

def spawner(sched):
    print('spawner starts child')
    sched.spawn('child', task('child', 2))
    yield
    print('spawner done')

s = Scheduler()
s.spawn('A', task('A', 3))
s.spawn('B', task('B', 1))
s.spawn('S', spawner(s))
s.spawn('C', task('C', 2))
s.run()
print(sorted(s.results))
