if True:
	x = 1
	if x:
		print('tab', x)
	print('after')
for i in range(2):
	print('\tquoted tab escape', i)
s = 'a	b'
print(repr(s), len(s))
print('a\tb'.expandtabs(4))
