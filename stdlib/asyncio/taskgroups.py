"""asyncio.TaskGroup for pyco: structured concurrency for a block of code.

    async with asyncio.TaskGroup() as tg:
        tg.create_task(fetch(1))
        tg.create_task(fetch(2))
    # both fetches are finished here

Leaving the block waits for every task of the group. When a task fails
(with anything but CancelledError), the group stops: its other tasks are
cancelled, and so is the task running the block, so that it stops waiting
or stops running the block. Once everything has settled, the failures are
raised together in an ExceptionGroup (a BaseExceptionGroup when one of them
is not an Exception); a KeyboardInterrupt or SystemExit is raised alone.

Bookkeeping: _children maps the running tasks of the group to None (a
dict, so that a stop cancels them in creation order), _failures collects
the exceptions, _fatal keeps the first KeyboardInterrupt/SystemExit, and
_all_done is the future the exiting block sleeps on until _children
empties.
"""

__all__ = ('TaskGroup',)

from _asyncio import CancelledError, current_task, get_running_loop


def _is_fatal(exc):
    # Errors that are not wrapped in a group but re-raised as they are.
    return isinstance(exc, (SystemExit, KeyboardInterrupt))


class TaskGroup:
    """An async context manager that owns the tasks created through it and
    waits for all of them when its block ends."""

    def __init__(self):
        self._loop = None
        self._owner = None             # the task running the block
        self._entered = False
        self._closing = False          # the block has ended
        self._stopping = False         # children are being cancelled
        self._cancelled_parent = False  # we cancelled _owner ourselves
        self._children = {}
        self._failures = []
        self._fatal = None
        self._all_done = None

    def __repr__(self):
        words = []
        if self._children:
            words.append(f'tasks={len(self._children)}')
        if self._failures:
            words.append(f'errors={len(self._failures)}')
        if self._stopping:
            words.append('cancelling')
        elif self._entered:
            words.append('entered')
        if not words:
            return '<TaskGroup>'
        return '<TaskGroup ' + ' '.join(words) + '>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(
                f"TaskGroup {self!r} has already been entered")
        if self._loop is None:
            self._loop = get_running_loop()
        self._owner = current_task(self._loop)
        if self._owner is None:
            raise RuntimeError(
                f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._closing = True
        if exc is not None and self._fatal is None and _is_fatal(exc):
            self._fatal = exc

        # A CancelledError ending the block is passed on, unless it is
        # only the one we sent to stop the block (nobody else cancelled
        # the owner as well).
        reraise = exc if et is CancelledError else None
        if self._cancelled_parent and self._owner.uncancel() == 0:
            reraise = None

        if et is not None and not self._stopping:
            self._stop()

        # Sleep until the last child is gone. Being cancelled while
        # sleeping stops the group, but does not end the wait.
        while self._children:
            if self._all_done is None:
                self._all_done = self._loop.create_future()
            try:
                await self._all_done
            except CancelledError as cancelled:
                if not self._stopping:
                    reraise = cancelled
                    self._stop()
            self._all_done = None

        if self._fatal is not None:
            raise self._fatal
        if reraise is not None and not self._failures:
            raise reraise
        if et is not None and et is not CancelledError:
            self._failures.append(exc)
        if self._failures:
            failures = self._failures
            self._failures = None
            raise BaseExceptionGroup('unhandled errors in a TaskGroup',
                                     failures) from None

    def create_task(self, coro, *, name=None, context=None):
        """Start coro as a task of the group and return it."""
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._closing and not self._children:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._stopping:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        if context is None:
            task = self._loop.create_task(coro)
        else:
            task = self._loop.create_task(coro, context=context)
        if name is not None:
            task.set_name(name)
        task.add_done_callback(self._on_task_done)
        self._children[task] = None
        return task

    def _stop(self):
        self._stopping = True
        for task in self._children:
            if not task.done():
                task.cancel()

    def _on_task_done(self, task):
        children = self._children
        children.pop(task, None)
        if not children:
            waiter = self._all_done
            if waiter is not None and not waiter.done():
                waiter.set_result(True)

        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._failures.append(exc)
        if self._fatal is None and _is_fatal(exc):
            self._fatal = exc

        owner = self._owner
        if owner.done():
            # Only reachable when the group is driven by hand rather than
            # by "async with".
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent '
                           f'task {owner} is already completed',
                'exception': exc,
                'task': task,
            })
            return

        if not self._stopping and not self._cancelled_parent:
            # First failure: stop the siblings and interrupt the owner.
            self._stop()
            self._cancelled_parent = True
            owner.cancel()
