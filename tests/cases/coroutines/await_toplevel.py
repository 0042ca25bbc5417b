print('not run')
await something()
