# Traceback of an exception raised three generators deep and not caught.
def parse(text):
    for word in text.split():
        yield int(word)

def doubled(text):
    for n in parse(text):
        yield n * 2

def pipeline(text):
    result = yield from doubled(text)
    return result

for value in pipeline('1 2 three 4'):
    print(value)
