config = {'db': {'host': 'localhost', 'port': 5432}, 'debug': False}
print(config['db']['port'], config.get('db', {}).get('user', 'anon'))
config['db']['port'] += 1
config.setdefault('cache', {})['ttl'] = 60
print(config)
tree = {}
for path in ['a/b/c', 'a/b/d', 'a/e']:
    node = tree
    for part in path.split('/'):
        node = node.setdefault(part, {})
print(tree)
