print(not True, not False, not 0, not 1, not '', not 'x', not [], not None)
print(not not 'x', type(not 1).__name__)
print(not 1 == 2, (not 1) == 2, not (1 == 2))
class Z:
    def __len__(self): return 0
print(not Z())
