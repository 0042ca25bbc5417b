# leading comment
x = 1  # trailing comment
# comment between statements
print(x)  # print it
print('# not a comment')
print("text # also not")
   # indented comment line is fine
if x:
    # comment in block
    print('block')
# comment at the dedent level
    # comment indented deeper
print('done')
