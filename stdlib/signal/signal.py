"""signal - signal numbers and handlers (pyco).

The numbers are Linux's. Handlers set with signal.signal are recorded
(getsignal returns them) but not installed: SIGINT raises
KeyboardInterrupt through the interpreter, and asyncio's
loop.add_signal_handler is the way to react to other signals.
"""

_NUMBERS = {
    'SIGHUP': 1, 'SIGINT': 2, 'SIGQUIT': 3, 'SIGILL': 4, 'SIGTRAP': 5,
    'SIGABRT': 6, 'SIGIOT': 6, 'SIGBUS': 7, 'SIGFPE': 8, 'SIGKILL': 9,
    'SIGUSR1': 10, 'SIGSEGV': 11, 'SIGUSR2': 12, 'SIGPIPE': 13,
    'SIGALRM': 14, 'SIGTERM': 15, 'SIGSTKFLT': 16, 'SIGCHLD': 17,
    'SIGCONT': 18, 'SIGSTOP': 19, 'SIGTSTP': 20, 'SIGTTIN': 21,
    'SIGTTOU': 22, 'SIGURG': 23, 'SIGXCPU': 24, 'SIGXFSZ': 25,
    'SIGVTALRM': 26, 'SIGPROF': 27, 'SIGWINCH': 28, 'SIGIO': 29,
    'SIGPOLL': 29, 'SIGPWR': 30, 'SIGSYS': 31,
}


class Signals(int):
    """An enumeration of the signal numbers (enum-like: name, value)."""

    _by_value = {}

    def __new__(cls, value):
        try:
            return cls._by_value[value]
        except KeyError:
            raise ValueError(f'{value!r} is not a valid Signals') from None

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        return f'<Signals.{self.name}: {int(self)}>'

    def __str__(self):
        return str(int(self))

    def __reduce__(self):
        return (Signals, (int(self),))


class Handlers(int):
    """SIG_DFL and SIG_IGN."""

    def __repr__(self):
        return f'<Handlers.{self.name}: {int(self)}>'

    def __str__(self):
        return str(int(self))


def _make(cls, name, value):
    obj = int.__new__(cls, value)
    obj.name = name
    obj._name_ = name
    obj._value_ = value
    return obj


for _name, _value in _NUMBERS.items():
    if _value in Signals._by_value:
        _sig = Signals._by_value[_value]
    else:
        _sig = _make(Signals, _name, _value)
        Signals._by_value[_value] = _sig
    globals()[_name] = _sig
Signals.__members__ = {n: globals()[n] for n in _NUMBERS}

SIG_DFL = _make(Handlers, 'SIG_DFL', 0)
SIG_IGN = _make(Handlers, 'SIG_IGN', 1)
NSIG = 65


def default_int_handler(signalnum, frame, /):
    """The default handler for SIGINT: raise KeyboardInterrupt."""
    raise KeyboardInterrupt


_handlers = {SIGINT: default_int_handler, SIGPIPE: SIG_IGN}


def _check(signalnum):
    signalnum = int(signalnum)
    if not 1 <= signalnum < NSIG:
        raise ValueError('signal number out of range')
    return signalnum


def getsignal(signalnum, /):
    """Return the handler recorded for signalnum."""
    return _handlers.get(_check(signalnum), SIG_DFL)


def signal(signalnum, handler, /):
    """Record handler for signalnum and return the previous one (pyco does
    not install it)."""
    n = _check(signalnum)
    if n in (SIGKILL, SIGSTOP):
        raise OSError(22, 'Invalid argument')
    if handler not in (SIG_DFL, SIG_IGN) and not callable(handler):
        raise TypeError('signal handler must be signal.SIG_IGN, '
                        'signal.SIG_DFL, or a callable object')
    old = _handlers.get(n, SIG_DFL)
    _handlers[n] = handler
    return old


def strsignal(signalnum, /):
    names = {1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 9: 'Killed',
             15: 'Terminated', 10: 'User defined signal 1',
             12: 'User defined signal 2', 13: 'Broken pipe',
             14: 'Alarm clock'}
    return names.get(int(signalnum))


def valid_signals():
    return set(range(1, NSIG))


del _name, _value, _sig
