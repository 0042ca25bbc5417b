try:
    try:
        raise ValueError('first')
    except ValueError:
        raise TypeError('second')
    finally:
        print('inner finally runs')
except TypeError as e:
    print('caught', e, 'context:', repr(e.__context__))
try:
    try:
        1 / 0
    finally:
        print('finally during propagation')
except ZeroDivisionError as e:
    print('then caught', e)
