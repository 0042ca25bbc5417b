try:
    {}['k']
except KeyError:
    raise ValueError('clean error') from None
