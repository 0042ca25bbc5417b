a = 10
a <<= 2; print(a)
a >>= 1; print(a)
a **= 2; print(a)
a //= 7; print(a)
a %= 5; print(a)
a |= 8; print(a)
a &= 12; print(a)
a ^= 5; print(a)
print(1<2, 2>=2, 3!=4, 5<=4)
print(7//2, 7%3, -7//2, 2**-1)
def f(x: int) -> str:
    return str(x)
print(f(3), f.__annotations__)
if (n := 5) > 3:
    print(n)
print(1 if 0 else 2)
print([1,2,3][::2], 0x1f.bit_length())
