def gen():
    yield 1
    await something()
