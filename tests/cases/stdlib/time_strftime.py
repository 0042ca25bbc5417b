import time
t = (2024, 3, 9, 14, 5, 7, 5, 69, 0)
print(time.strftime('%Y-%m-%d %H:%M:%S', t))
print(time.strftime('%y/%j %%', t))
