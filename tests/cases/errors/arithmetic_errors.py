for f in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.5 / 0, lambda: int(float('inf')), lambda: int('x'), lambda: int('3.5'), lambda: float('1,5')]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
