# Unbounded recursion through await hits the recursion limit.
async def down(n):
    return await down(n + 1)

try:
    down(0).send(None)
except RecursionError as e:
    print('RecursionError:', e)
