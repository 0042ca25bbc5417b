errs = [ValueError('v'), TypeError('t'), KeyError('k')]
for e in errs:
    try:
        raise e
    except (ValueError, KeyError) as caught:
        print('caught', caught is e, repr(caught))
    except Exception as other:
        print('other', type(other).__name__)
def catcher(exc_types):
    try:
        raise IndexError('i')
    except exc_types:
        return 'matched'
    except Exception:
        return 'not matched'
print(catcher(IndexError), catcher((KeyError, LookupError)), catcher(KeyError))
