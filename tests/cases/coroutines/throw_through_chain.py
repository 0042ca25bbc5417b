# throw() travels down an await chain to the innermost suspension.
import types

@types.coroutine
def pause():
    try:
        yield 'inner'
    except ValueError:
        print('innermost saw ValueError')
        raise

async def middle():
    try:
        await pause()
    finally:
        print('middle finally')

async def top():
    try:
        await middle()
    except ValueError as e:
        return 'top caught ' + str(e)

c = top()
print(c.send(None))
try:
    c.throw(ValueError('x'))
except StopIteration as e:
    print(e.value)
