log = []
try:
    log.append('outer try')
    try:
        log.append('inner try')
        raise KeyError('x')
    except ValueError:
        log.append('inner except (wrong)')
    finally:
        log.append('inner finally')
except KeyError:
    log.append('outer except')
else:
    log.append('outer else')
finally:
    log.append('outer finally')
print(log)
