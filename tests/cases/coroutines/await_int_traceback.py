# The uncaught TypeError of await 1.
async def main():
    await 1

main().send(None)
