for n in [0, 1, 2, 255, 256, -1, -255, 2 ** 100, -(2 ** 100)]:
    print(n, n.bit_length())
print((37).bit_length(), True.bit_length())
print((255).bit_count(), (-7).bit_count(), (0).bit_count())
