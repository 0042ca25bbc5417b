import signal
print(signal.SIGINT, repr(signal.SIGTERM), int(signal.SIGINT), signal.SIGINT == 2)
print(signal.Signals(15), signal.SIGINT.name, signal.SIGTERM.value)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.SIG_DFL, signal.SIG_IGN, isinstance(signal.SIGINT, int))
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print("KI")
