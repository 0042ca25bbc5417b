# The Python part of sys (pyco): structured values that CPython implements as
# struct sequences. This source runs in the sys module's own namespace at
# interpreter start-up, after the VM and sys.go have set the other names.


def _field(index):
    return property(lambda self: self[index])


def _structseq(name, fields, values):
    """Returns a tuple-subclass instance named sys.<name> whose items are
    values, readable by the attribute names in fields."""

    class _StructSeq(tuple):
        __slots__ = ()
        n_fields = len(fields)
        n_sequence_fields = len(fields)
        n_unnamed_fields = 0

        def __repr__(self):
            items = [f'{f}={v!r}' for f, v in zip(fields, self)]
            return f"sys.{name}({', '.join(items)})"

    for i, f in enumerate(fields):
        setattr(_StructSeq, f, _field(i))
    _StructSeq.__name__ = name
    _StructSeq.__qualname__ = name
    _StructSeq.__module__ = 'sys'
    return tuple.__new__(_StructSeq, values)


version_info = _structseq(
    'version_info', ('major', 'minor', 'micro', 'releaselevel', 'serial'),
    (3, 11, 7, 'final', 0))

hexversion = 0x030B07F0
api_version = 1013
copyright = 'Copyright (c) pyco authors.\nAll Rights Reserved.'
float_repr_style = 'short'
dont_write_bytecode = True
platlibdir = 'lib'
pycache_prefix = None
warnoptions = []
_xoptions = {}
meta_path = []
path_hooks = []
path_importer_cache = {}
abiflags = ''


class _Namespace:
    """The type of sys.implementation (types.SimpleNamespace in CPython)."""

    def __init__(self, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        items = [f'{k}={v!r}' for k, v in self.__dict__.items()]
        return f"namespace({', '.join(items)})"


implementation = _Namespace(
    name='pyco',
    cache_tag=None,
    version=_structseq('version_info',
                       ('major', 'minor', 'micro', 'releaselevel', 'serial'),
                       tuple(int(p) for p in _pyco_version.split('.')) + ('final', 0)),
    hexversion=hexversion,
    _multiarch='',
)

flags = _structseq('flags', (
    'debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode',
    'no_user_site', 'no_site', 'ignore_environment', 'verbose', 'bytes_warning',
    'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode',
    'warn_default_encoding', 'safe_path', 'int_max_str_digits',
), (0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1))

float_info = _structseq('float_info', (
    'max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig',
    'mant_dig', 'epsilon', 'radix', 'rounds',
), (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307,
    15, 53, 2.220446049250313e-16, 2, 1))

int_info = _structseq('int_info', (
    'bits_per_digit', 'sizeof_digit', 'default_max_str_digits',
    'str_digits_check_threshold',
), (30, 4, 4300, 640))

hash_info = _structseq('hash_info', (
    'width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits',
    'seed_bits', 'cutoff',
), (64, 2305843009213693951, 314159, 0, 1000003, 'siphash13', 64, 128, 0))

_switch_interval = 0.005


def getswitchinterval():
    """Return the current thread switch interval; see sys.setswitchinterval()."""
    return _switch_interval


def setswitchinterval(interval):
    """Set the ideal thread switching delay inside the interpreter."""
    global _switch_interval
    if interval <= 0:
        raise ValueError('switch interval must be strictly positive')
    _switch_interval = float(interval)


def displayhook(value):
    """Print an object to sys.stdout and also save it in builtins._"""
    if value is None:
        return
    import builtins
    builtins._ = None
    stdout.write(repr(value) + '\n')
    builtins._ = value


def excepthook(exctype, value, traceback):
    """Handle an exception by displaying it with a traceback on sys.stderr."""
    stderr.write(f'{exctype.__name__}: {value}\n')


__displayhook__ = displayhook
__excepthook__ = excepthook

del _field, _Namespace
