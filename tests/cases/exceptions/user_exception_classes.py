class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name, code=404):
        super().__init__(name, code)
        self.name = name
        self.code = code
    def __str__(self):
        return f'{self.name} not found ({self.code})'
try:
    raise NotFound('page')
except AppError as e:
    print(type(e).__name__, str(e), e.args, e.code)
    print(repr(e))
e = AppError('a', 2, [3])
print(str(e), repr(e), e.args)
print(str(AppError()), repr(AppError()), str(AppError('single')))
print(isinstance(NotFound('x'), Exception), issubclass(NotFound, BaseException))
