# gi_code, gi_frame, gi_running and the generator's frame.
def gen(a):
    b = a * 2
    yield b
    yield a

g = gen(5)
print(g.gi_code.co_name, g.gi_code is gen.__code__)
print(g.gi_running)
print(g.gi_frame is not None, g.gi_frame.f_code.co_name)
print(g.gi_frame.f_lineno)
next(g)
print(g.gi_frame.f_lineno)
print(sorted(g.gi_frame.f_locals.items()))
list(g)
print(g.gi_frame)
h = gen(1)
next(h)
h.close()
print(h.gi_frame is None)
print(gen(0).gi_frame.f_locals)
