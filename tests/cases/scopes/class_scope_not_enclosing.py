class A:
    val = 5
    def get(self):
        try:
            return val
        except NameError as e:
            return 'NameError: ' + str(e)
    def get_ok(self):
        return self.val, A.val
print(A().get())
print(A().get_ok())
def factory():
    secret = 'closure'
    class Inner:
        def reveal(self):
            return secret
    return Inner
print(factory()().reveal())
