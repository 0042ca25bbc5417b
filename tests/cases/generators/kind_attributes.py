# gi_/cr_/ag_ attributes of each kind: which exist and which raise AttributeError.
def g(): yield
async def c(): pass
async def a(): yield
x, y, z = g(), c(), a()
for o in (x, y, z):
    for n in ['gi_running', 'gi_yieldfrom', 'gi_await', 'cr_await', 'cr_running', 'ag_await', 'ag_running', 'cr_yieldfrom', 'gi_frame', 'cr_code', 'ag_frame']:
        try:
            v = getattr(o, n); print(n, type(v).__name__)
        except AttributeError as e:
            print(e)
y.close()
