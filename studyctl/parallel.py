"""Run one function over many tasks in several processes: the cold load of thousands of files.

Parsing YAML is CPU-bound Python, so threads would not help; processes do. The tasks are handed
out through a shared counter, so a worker that finishes early takes the next one (put the largest
tasks first), and each result comes back through a pipe as soon as it is ready, so the caller can
report progress and overlap its own work with the workers'.

Nothing here starts a thread in the calling process. Where the platform can fork, the workers are
forked: they start at once and inherit everything imported; forking is only safe while the caller
runs no threads, so start this before anything that does (a progress bar refreshes from a thread).
Elsewhere the workers are spawned, and `func` and the tasks must be picklable.

A task whose worker died (killed, out of memory) or raised is run again in the calling process,
so the caller always gets one result per task, or the task's own exception with its traceback.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import sys
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.connection import Connection, wait
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

_DONE = b""


def available_cpus() -> int:
    """The CPUs this process may run on (its affinity, where the platform tells it)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - macOS and Windows
        return os.cpu_count() or 1


def run_parallel(func: Callable[[T], R], tasks: Sequence[T], workers: int) -> Iterator[tuple[int, R]]:
    """`(index, func(tasks[index]))` for every task, in the order they finish.

    With one worker or one task, everything runs here, in order."""
    workers = min(workers, len(tasks))
    if workers <= 1:
        for index, task in enumerate(tasks):
            yield index, func(task)
        return
    # fork where it is safe (Linux); macOS's system libraries may run threads, so it spawns there
    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else None)
    counter = context.Value("l", 0)
    processes = []
    readers: list[Connection] = []
    for _ in range(workers):
        reader, writer = context.Pipe(duplex=False)
        process = context.Process(target=_work, args=(func, tasks, counter, writer), daemon=True)
        try:
            process.start()
        except OSError:  # no more processes allowed: those started, and this one, do the work
            reader.close()
            writer.close()
            break
        writer.close()  # the worker holds the only writing end: EOF when it exits
        processes.append(process)
        readers.append(reader)
    finished: set[int] = set()
    try:
        while readers:
            for ready in wait(readers):
                assert isinstance(ready, Connection)
                try:
                    message = ready.recv_bytes()
                except (EOFError, OSError):
                    message = _DONE
                if message == _DONE:
                    readers.remove(ready)
                    ready.close()
                    continue
                index, ok, value = pickle.loads(message)
                if ok:
                    finished.add(index)
                    yield index, value
    finally:
        for reader in readers:
            reader.close()
        for process in processes:
            if process.is_alive():
                process.terminate()
            process.join()
    for index, task in enumerate(tasks):
        if index not in finished:  # its worker died or raised: here it raises with its traceback
            yield index, func(task)


def _work(func: Callable[[Any], Any], tasks: Sequence[Any], counter: Any, writer: Connection) -> None:
    try:
        while True:
            with counter.get_lock():
                index = counter.value
                counter.value = index + 1
            if index >= len(tasks):
                break
            try:
                message = pickle.dumps((index, True, func(tasks[index])), pickle.HIGHEST_PROTOCOL)
            except Exception:
                message = pickle.dumps((index, False, None), pickle.HIGHEST_PROTOCOL)
            writer.send_bytes(message)
        writer.send_bytes(_DONE)
    except (BrokenPipeError, KeyboardInterrupt):  # the caller stopped listening
        pass
    finally:
        writer.close()
