pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError),
    (UnboundLocalError, NameError), (ModuleNotFoundError, ImportError),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (FileNotFoundError, OSError), (StopIteration, Exception),
    (KeyboardInterrupt, Exception), (SystemExit, BaseException),
    (Exception, BaseException), (UnicodeDecodeError, ValueError),
    (AssertionError, Exception), (TypeError, ValueError),
]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
print([c.__name__ for c in KeyError.__mro__])
