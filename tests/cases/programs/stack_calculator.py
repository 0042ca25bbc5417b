import math


class CalcError(Exception):
    pass


class StackCalculator:
    def __init__(self):
        self.stack = []
        self.ops = {
            '+': lambda a, b: a + b,
            '-': lambda a, b: a - b,
            '*': lambda a, b: a * b,
            '/': self._div,
            '^': lambda a, b: a ** b,
        }

    @staticmethod
    def _div(a, b):
        if b == 0:
            raise CalcError('division by zero')
        return a / b

    def pop(self):
        if not self.stack:
            raise CalcError('stack underflow')
        return self.stack.pop()

    def run(self, program):
        self.stack.clear()
        for tok in program.split():
            if tok in self.ops:
                b, a = self.pop(), self.pop()
                self.stack.append(self.ops[tok](a, b))
            elif tok == 'sqrt':
                self.stack.append(math.sqrt(self.pop()))
            elif tok == 'dup':
                v = self.pop()
                self.stack.extend([v, v])
            elif tok == 'swap':
                b, a = self.pop(), self.pop()
                self.stack.extend([b, a])
            else:
                try:
                    self.stack.append(int(tok))
                except ValueError:
                    try:
                        self.stack.append(float(tok))
                    except ValueError:
                        raise CalcError(f'unknown token {tok!r}') from None
        if len(self.stack) != 1:
            raise CalcError(f'expected one result, stack is {self.stack}')
        return self.stack[0]


calc = StackCalculator()
programs = ['3 4 +', '5 1 2 + 4 * + 3 -', '2 10 ^', '9 sqrt', '1 2 swap -', '3 dup *', '7 2 /',
            '1 0 /', '+', '1 2', '2 x *', '1.5 2 *']
for p in programs:
    try:
        print(f'{p!r:>22} => {calc.run(p)}')
    except CalcError as e:
        print(f'{p!r:>22} => error: {e}')
