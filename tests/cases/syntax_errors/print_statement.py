print("a")
print "hello"
