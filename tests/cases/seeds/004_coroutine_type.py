async def async_function():
    return 1

print(type(async_function()))
