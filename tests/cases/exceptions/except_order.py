try:
    raise KeyError('k')
except LookupError as e:
    print('LookupError caught', type(e).__name__)
except KeyError:
    print('never reached')
try:
    raise ValueError('v')
except (TypeError, ValueError, KeyError) as e:
    print('tuple caught', repr(e))
try:
    try:
        raise TypeError('inner')
    except ValueError:
        print('wrong handler')
except TypeError as e:
    print('outer caught', e)
