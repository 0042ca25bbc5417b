class Base:
    def __init__(self):
        self.log = ['Base']
    def hello(self):
        return 'base hello'
class Mid(Base):
    def __init__(self):
        super(Mid, self).__init__()
        self.log.append('Mid')
    def hello(self):
        return 'mid+' + super(Mid, self).hello()
class Leaf(Mid):
    def __init__(self):
        super().__init__()
        self.log.append('Leaf')
    def hello(self):
        return 'leaf+' + super().hello()
    def skip(self):
        return super(Mid, self).hello()
l = Leaf()
print(l.log)
print(l.hello())
print(l.skip())
