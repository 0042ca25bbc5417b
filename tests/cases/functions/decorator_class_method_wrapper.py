def count_calls(f):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return f(*args, **kwargs)
    wrapper.calls = 0
    return wrapper
class Greeter:
    @count_calls
    def greet(self, who):
        return 'hi ' + who
g = Greeter()
print(g.greet('a'), g.greet('b'))
print(Greeter.greet.calls)
@count_calls
def free(): return 'free'
free(); free(); free()
print(free.calls)
