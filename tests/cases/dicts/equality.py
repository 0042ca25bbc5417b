print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': 1} == {'a': 1.0}, {'a': 1} != {'a': 2})
print({} == {}, {'a': [1]} == {'a': [1]}, {1: 'x'} == {True: 'x'})
try:
    {'a': 1} < {'b': 2}
except TypeError as e:
    print(e)
print(list({'a': 1, 'b': 2}.items()) == list({'b': 2, 'a': 1}.items()))
