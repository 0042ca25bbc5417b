# Recursion that goes through native code (repr(), ==, getattr(),
# sorted(key=...), isinstance with nested tuples, containers nested far
# deeper than the recursion limit) ends in RecursionError, never in a
# crash of the interpreter.


def attempt(label, fn, message=True):
    # Where the limit strikes first in a recursion through dunder methods
    # (and so the message's suffix) is an implementation detail: those
    # attempts print only the exception type.
    try:
        fn()
    except RecursionError as e:
        print(label, "RecursionError:", e if message else "")
    else:
        print(label, "no error")


class Repr:
    def __repr__(self):
        return repr(self)


class Eq:
    def __eq__(self, other):
        return self == other


class GetAttr:
    def __getattr__(self, name):
        return getattr(self, name)


class Str:
    def __str__(self):
        return str(self)


class Hash:
    def __hash__(self):
        return hash(self)


class Len:
    def __len__(self):
        return len(self)


class Bool:
    def __bool__(self):
        return bool(self)


class Lt:
    def __lt__(self, other):
        return self < other


def key(x):
    return sorted([1, 2], key=key)


attempt("repr", lambda: repr(Repr()), False)
attempt("eq", lambda: Eq() == Eq(), False)
attempt("getattr", lambda: GetAttr().missing, False)
attempt("str", lambda: str(Str()), False)
attempt("hash", lambda: {Hash()}, False)
attempt("len", lambda: len(Len()), False)
attempt("bool", lambda: bool(Bool()), False)
attempt("sorted lt", lambda: sorted([Lt(), Lt()]), False)
attempt("sorted key", lambda: sorted([3, 1], key=key), False)

deep_list = []
other_list = []
deep_dict = {}
deep_tuple = ()
other_tuple = ()
spec = int
for i in range(100000):
    deep_list = [deep_list]
    other_list = [other_list]
    deep_dict = {1: deep_dict}
    deep_tuple = (deep_tuple,)
    other_tuple = (other_tuple,)
    spec = (spec,)

attempt("repr nested list", lambda: repr(deep_list))
attempt("str nested dict", lambda: str(deep_dict))
attempt("repr nested tuple", lambda: repr(deep_tuple))
attempt("== nested lists", lambda: deep_list == other_list)
attempt("< nested lists", lambda: deep_list < other_list)
attempt("== nested tuples", lambda: deep_tuple == other_tuple)
attempt("isinstance nested tuple", lambda: isinstance(1, spec))
attempt("issubclass nested tuple", lambda: issubclass(int, spec))
# Identity short-cuts the comparison of the shared inner list.
print("same inner", deep_list == [deep_list[0]])


def f():
    return f()


attempt("plain recursion", f)
print("still running")
