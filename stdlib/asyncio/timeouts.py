"""Deadlines for blocks of asynchronous code (pyco): timeout(),
timeout_at() and the Timeout context manager they return.

A Timeout goes through the phases below. When its deadline passes while
the block runs, it cancels the task running the block; on the way out it
takes that cancellation back and raises TimeoutError instead, unless the
task was also cancelled by someone else.

    created --enter--> active --deadline--> expiring --exit--> expired
                         |
                         +--------exit--------> finished
"""

__all__ = ('Timeout', 'timeout', 'timeout_at')

from _asyncio import CancelledError, current_task, get_running_loop


class _State:
    """A phase of a Timeout; value is the word its repr uses."""

    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return f'<_State.{self.name}: {self.value!r}>'


_CREATED = _State('CREATED', 'created')
_ENTERED = _State('ENTERED', 'active')
_EXPIRING = _State('EXPIRING', 'expiring')
_EXPIRED = _State('EXPIRED', 'expired')
_EXITED = _State('EXITED', 'finished')

# The phase that leaving the block moves to, for the phases it may leave.
_AFTER_EXIT = {_ENTERED: _EXITED, _EXPIRING: _EXPIRED}


class Timeout:
    """An async context manager that interrupts its block at a given loop
    time. Make one with timeout() or timeout_at()."""

    __final__ = True

    def __init__(self, when):
        """when is a loop.time() value, or None for no deadline; a time
        already past expires at the next loop iteration."""
        self._state = _CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        """The deadline (None if there is none)."""
        return self._when

    def reschedule(self, when):
        """Set a new deadline (None removes it); only while active."""
        phase = self._state
        if phase is not _ENTERED:
            if phase is _CREATED:
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError(f"Cannot change state of {phase.value} Timeout")
        self._when = when
        self._disarm()
        if when is not None:
            loop = get_running_loop()
            if when > loop.time():
                self._timeout_handler = loop.call_at(when, self._on_timeout)
            else:
                self._timeout_handler = loop.call_soon(self._on_timeout)

    def expired(self):
        """Whether the deadline passed while the block was running."""
        return self._state is _EXPIRING or self._state is _EXPIRED

    def __repr__(self):
        if self._state is _ENTERED:
            when = self._when
            if when is not None:
                when = round(when, 3)
            return f"<Timeout [{self._state.value}] when={when}>"
        return f"<Timeout [{self._state.value}]>"

    def _disarm(self):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None

    async def __aenter__(self):
        if self._state is not _CREATED:
            raise RuntimeError("Timeout has already been entered")
        task = current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = _ENTERED
        self._task = task
        # Cancellations pending before the block are not ours to undo.
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        following = _AFTER_EXIT.get(self._state)
        assert following is not None
        self._disarm()
        self._state = following
        if following is _EXPIRED:
            # Withdraw our cancellation; if it is the one that ended the
            # block, report it as the timeout.
            if (self._task.uncancel() <= self._cancelling
                    and exc_type is CancelledError):
                raise TimeoutError from exc_val
        return None

    def _on_timeout(self):
        assert self._state is _ENTERED
        self._task.cancel()
        self._state = _EXPIRING
        self._timeout_handler = None


def timeout(delay):
    """A Timeout for delay seconds from now (None: never)."""
    if delay is None:
        get_running_loop()
        return Timeout(None)
    return Timeout(get_running_loop().time() + delay)


def timeout_at(when):
    """A Timeout at the loop time when (None: never)."""
    return Timeout(when)
