# await in various expression positions.
async def val(x):
    return x

async def main():
    d = {await val('k'): await val('v')}
    s = f"{await val(1)}-{await val(2)}"
    t = (await val(1)) + (await val(2)) * 3
    cond = await val('yes') if await val(True) else 'no'
    args = max(await val(3), await val(7))
    return d, s, t, cond, args, -await val(5), not await val(0)

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
