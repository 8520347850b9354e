"""Worker processes that do not outlive their parent.

A worker process (an ingest extractor, a SPARQL query worker) is killed by Linux when the
process that started it dies, for whatever reason (Ctrl-C, `kill -TERM`, `kill -9`, a crash):
without this, a parent killed by a signal leaves its workers running with parent 1.
"""

from __future__ import annotations

import os
import signal

PR_SET_PDEATHSIG = 1
"""prctl(2) option: the signal this process gets when the thread that forked it dies."""


def die_with_parent(parent_pid: int | None = None) -> None:
    """Ask Linux to SIGKILL this process when its parent dies; exit at once if it has died
    already (`parent_pid`, when given, is the parent as the parent saw itself, which also
    catches a parent gone before this call). Elsewhere than Linux it does nothing.

    Side effect: sets the process's parent-death signal. Call it first thing in the worker.
    The signal follows the parent *thread* that started the worker: start workers from a
    thread that lives as long as the process (the main thread).
    """
    expected = os.getppid() if parent_pid is None else parent_pid
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() != expected:  # the parent died before the call
        os._exit(1)
