def outer():
    for i in range(2):
        if i:
            while True:
                print('deep', i)
                break
        else:
            print('else', i)
    print('back in outer')

        
outer()
if True:
      print('six spaces')
      if True:
         print('nine spaces')
print('top')
