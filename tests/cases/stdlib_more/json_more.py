import json

class Money:
    def __init__(self, cents):
        self.cents = cents

class MoneyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Money):
            return {'cents': o.cents}
        return super().default(o)

print(json.dumps({'price': Money(250), 'tags': ('a', 'b')}, cls=MoneyEncoder))
try:
    json.dumps(Money(1))
except TypeError as e:
    print('TypeError', e)
print(json.dumps([Money(5)], default=lambda o: o.cents))
print(json.dumps({'z': 1, 'y': {'b': 2, 'a': [1, 2, {'k': None}]}}, sort_keys=True, indent=3, separators=(', ', ' = ')))
doc = {'name': 'pyco', 'versions': [3.11, 3], 'ok': True, 'ratio': 1 / 3, 'big': 10 ** 20, 'neg': -1.5e-10}
text = json.dumps(doc)
print(text)
print(json.loads(text) == doc, json.loads(json.dumps(doc, indent=1)) == doc)
print(json.dumps('tab\there "quoted" back\\slash \x7f \u00ff \u4e2d'), json.dumps('\u4e2d\x7f', ensure_ascii=False))
print(json.loads('"\\u4e2d\\t\\/\\b\\f\\r"'), json.loads('"\\u00e9"') == '\u00e9')
print(json.loads('[1e3, 1E-2, -0, 0.5, 12, -7.25e+2]'))
print(json.loads('\n{\n  "a" : [ 1 , 2 ] ,\n  "b" : { }\n}\n'))
print(json.loads('[NaN, Infinity]', parse_constant=lambda c: c.upper()))
print(json.loads('"a\tb"', strict=False))
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] tail'), dec.decode(' {"x": "y"} '))
for bad in ['{"a": 1}}', '[1, 2', '{"a": [1, {"b": tru}]}', '"\\uZZZZ"', '[1,\n2,\n,3]']:
    try:
        json.loads(bad)
    except ValueError as e:
        print(type(e).__name__, e, (e.msg, e.pos, e.lineno, e.colno))
class Odd(int):
    pass
class F(float):
    pass
print(json.dumps([Odd(3), F(2.5), {Odd(1): F(0.5)}]))
d = {}
d['self'] = [d]
try:
    json.dumps(d)
except ValueError as e:
    print(e)
print(json.dumps(d, check_circular=False) if False else 'skip')
print(json.dumps([[1, 2], [3, [4, []]], {}], indent=2))

class Sink:
    def __init__(self):
        self.chunks = []
    def write(self, s):
        self.chunks.append(s)
sink = Sink()
json.dump({'a': [1, 2]}, sink)
print(''.join(sink.chunks))
class Src:
    def read(self):
        return '{"k": [true, null]}'
print(json.load(Src()))
