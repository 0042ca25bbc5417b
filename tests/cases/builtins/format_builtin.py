print(format(3.14159, '.2f'), format(42, '08b'), format(255, 'x'), format('s', '>4'))
print(format(1234567, ','), format(0.25, '.0%'), format(12, ''), format('abc'))
print(repr(format(None)), format(True), format(True, 'd'))
class F:
    def __format__(self, spec):
        return f'F({spec})'
print(format(F(), 'xyz'), f'{F():abc}', '{:q}'.format(F()))
try:
    format(1, 'q')
except ValueError as e:
    print(e)
