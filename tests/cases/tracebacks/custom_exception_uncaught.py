class ShopError(Exception):
    pass
class OutOfStock(ShopError):
    def __str__(self):
        return f'out of stock: {self.args[0]}'
def buy(item):
    raise OutOfStock(item)
buy('apples')
