# A coroutine created and discarded in the same statement.
async def f():
    return 1

print(type(f()))
print('end')
