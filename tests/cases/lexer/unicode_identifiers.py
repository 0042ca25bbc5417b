变量 = 10
名字 = '张三'
def 问候(人):
    return f'你好，{人}！'
print(变量 * 2)
print(问候(名字))
café = 'coffee'
print(café)
class 点:
    def __init__(self, 横, 纵):
        self.横 = 横
        self.纵 = 纵
p = 点(1, 2)
print(p.横 + p.纵)
