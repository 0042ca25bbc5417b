"""time - time access and conversions (pyco).

The clocks, sleep and the conversions are implemented in Go by the _time
module; this file adds struct_time and the functions that build it.
"""

import _time

time = _time.time
time_ns = _time.time_ns
perf_counter = _time.perf_counter
perf_counter_ns = _time.perf_counter_ns
monotonic = _time.monotonic
monotonic_ns = _time.monotonic_ns
process_time = _time.process_time
process_time_ns = _time.process_time_ns
thread_time = _time.thread_time
sleep = _time.sleep
mktime = _time.mktime
strftime = _time.strftime
asctime = _time.asctime
timezone = _time.timezone
altzone = _time.altzone
daylight = _time.daylight
tzname = _time.tzname

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
           'tm_wday', 'tm_yday', 'tm_isdst')


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime()."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        n = len(seq)
        if n < 9:
            raise TypeError(
                f'time.struct_time() takes an at least 9-sequence ({n}-sequence given)')
        if n > 11:
            raise TypeError(
                f'time.struct_time() takes an at most 11-sequence ({n}-sequence given)')
        self = tuple.__new__(cls, seq[:9])
        try:
            self._zone = seq[9] if n > 9 else None
            self._gmtoff = seq[10] if n > 10 else None
        except AttributeError:
            # TODO(outer): pyco's tuple subclasses cannot carry instance
            # attributes yet; tm_zone and tm_gmtoff are then None.
            pass
        return self

    tm_year = property(lambda self: self[0], doc='year, for example, 1993')
    tm_mon = property(lambda self: self[1], doc='month of year, range [1, 12]')
    tm_mday = property(lambda self: self[2], doc='day of month, range [1, 31]')
    tm_hour = property(lambda self: self[3], doc='hours, range [0, 23]')
    tm_min = property(lambda self: self[4], doc='minutes, range [0, 59]')
    tm_sec = property(lambda self: self[5], doc='seconds, range [0, 61])')
    tm_wday = property(lambda self: self[6], doc='day of week, range [0, 6], Monday is 0')
    tm_yday = property(lambda self: self[7], doc='day of year, range [1, 366]')
    tm_isdst = property(lambda self: self[8], doc='1 if summer time is in effect, 0 if not, and -1 if unknown')
    tm_zone = property(lambda self: getattr(self, '_zone', None),
                       doc='abbreviation of timezone name')
    tm_gmtoff = property(lambda self: getattr(self, '_gmtoff', None),
                         doc='offset from UTC in seconds')

    def __repr__(self):
        parts = []
        for i in range(9):
            parts.append(f'{_FIELDS[i]}={self[i]!r}')
        return 'time.struct_time(' + ', '.join(parts) + ')'

    def __reduce__(self):
        return (struct_time, (tuple(self), {}))


def gmtime(seconds=None):
    """Convert seconds since the Epoch to a time tuple expressing UTC."""
    return struct_time(_time.gmtime(seconds))


def localtime(seconds=None):
    """Convert seconds since the Epoch to a time tuple expressing local time."""
    return struct_time(_time.localtime(seconds))


def ctime(seconds=None):
    """Convert a time in seconds since the Epoch to a string in local time."""
    return _time.asctime(_time.localtime(seconds)[:9])
