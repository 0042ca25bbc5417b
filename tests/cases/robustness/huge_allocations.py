# Requests for far more memory than any machine has raise MemoryError (or
# OverflowError when the size does not even fit an index), as CPython's
# failing allocations do, instead of crashing the interpreter.


def attempt(label, fn):
    try:
        fn()
    except (MemoryError, OverflowError) as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "no error")


attempt("list repeat", lambda: [0] * 10**12)
attempt("list repeat 2", lambda: [0, 1] * 10**12)
attempt("tuple repeat", lambda: (0,) * 10**12)
attempt("str repeat", lambda: "x" * 10**13)
attempt("bytes repeat", lambda: b"x" * 10**13)
attempt("rmul", lambda: 10**12 * [None])
attempt("bytes(n)", lambda: bytes(10**13))
attempt("bytearray(n)", lambda: bytearray(10**13))
attempt("ljust", lambda: "x".ljust(10**13))
attempt("center", lambda: "x".center(10**13, "-"))
attempt("zfill", lambda: "1".zfill(10**13))
attempt("to_bytes", lambda: (1).to_bytes(10**13, "big"))
attempt("shift", lambda: 1 << 10**14)
attempt("shift big", lambda: (10**30) << 2**62)
attempt("list(range)", lambda: list(range(10**13)))
attempt("index too big", lambda: [0] * 2**64)
attempt("str index too big", lambda: "x" * 2**64)


def imul():
    x = [1, 2]
    x *= 10**12


attempt("imul", imul)
print([0] * 3, "ab" * 2, b"." * 3, (1,) * 2, "7".zfill(3), 1 << 70)
