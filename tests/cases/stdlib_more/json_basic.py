import json
for s in ['', ' ', '[1,]', '{"a":1,}', '{"a" 1}', '{a:1}', '[1 2]', '"abc', '"a\\x"', '"\\u12"', '[1] x', 'tru', '{"a":}', '"a\nb"', '-', '01', '1.', '[', '{', '{"a"', '\ufeff1', '[1,2', 'nul', '1e', '-Infinity', 'NaN', '"\\ud83d\\ude00"', '{"a":1 "b":2}', '  \n  [\n 1,\n x]']:
    try:
        print(repr(s), repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), 'JSONDecodeError', e, e.pos, e.lineno, e.colno, repr(e.msg))
for o in [1, 1.5, 1e100, float('nan'), True, None, 'é\x01"\\\n', [1, (2, 3)], {'b': 1, 'a': [], 2: {}, None: 0, 1.5: 1, True: 2}, '😀', '\u2028']:
    print(json.dumps(o), json.dumps(o, ensure_ascii=False))
print(json.dumps({'a': [1, {'b': [], 'c': {}}], 'd': 'x'}, indent=2, sort_keys=True))
print(json.dumps([1, [2, 3]], indent='\t'), json.dumps([1, {'a': 2}], separators=(',', ':')), json.dumps([1], indent=0))
for bad in [set(), {(1,): 2}, float('inf')]:
    try: print(json.dumps(bad, allow_nan=False))
    except Exception as e: print(type(e).__name__, e)
l = []; l.append(l)
try: json.dumps(l)
except Exception as e: print(type(e).__name__, e)
try: json.loads(5)
except Exception as e: print(type(e).__name__, e)
print(json.dumps({(1,): 2, 'a': 1}, skipkeys=True), json.dumps(set([1]), default=sorted), json.dumps({'k': 1}, indent=4))
print(json.loads('{"a": [1, 2.5, -3e2, true, false, null, "x\\u00e9\\n"], "b": {}}'))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=float), json.loads('{"a": 1, "a": 2}'), json.loads('{"a":1,"b":2}', object_pairs_hook=list))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())), json.loads(b'[1]'), json.loads('  "x"  '))
print(json.dumps(12345678901234567890), json.dumps(-0.0), json.dumps(1e-7), json.dumps(0.1+0.2), json.dumps(True, indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=2))
e = json.JSONDecodeError('m', 'ab\ncd', 4); print(e, e.args, isinstance(e, ValueError))
