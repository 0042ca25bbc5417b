class Recorder:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc_value, tb):
        self.info = (exc_type, exc_value, tb is not None)
        return True
r = Recorder()
with r:
    pass
print(r.info)
with r:
    raise IndexError('idx')
print(r.info[0].__name__, repr(r.info[1]), r.info[2])
