import string
from string import Template

for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits', 'octdigits', 'punctuation', 'whitespace', 'printable']:
    print(name, repr(getattr(string, name)))
print(string.capwords('  hello   world  of  python '), string.capwords('a-b-c', '-'), string.capwords('ÉCOLE été'))
t = Template('$who likes $what; ${who}x costs $$5')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(t.safe_substitute(who='bo'), t.get_identifiers(), t.is_valid(), t.template)
for tpl in ['$', 'ok $1', 'line1\nab ${x', 'x ${ y}', '$$ fine']:
    tt = Template(tpl)
    try:
        print(repr(tt.substitute(x=1, y=2)))
    except ValueError as e:
        print('ValueError', e)
    print(repr(tt.safe_substitute()), tt.is_valid())
try:
    Template('$missing').substitute()
except KeyError as e:
    print('KeyError', e)
print(Template('$a$b${c}d').substitute(a=1, b=[2], c=None))
class Pct(Template):
    delimiter = '%'
print(Pct('%x and %%').substitute(x='y'))
