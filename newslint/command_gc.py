"""Garbage collection for the ``newslint`` command, a process that exits when its run is done.

Start-up (imports, plugins, rules, their regexes and automata) creates about 100,000
objects that live until the process exits, and so do the results that come back from
worker processes. The cyclic collector examines such objects again and again while they
are being created and once more at exit, and finds no garbage among them. The command
therefore pauses automatic collection during start-up and while results arrive, freezes
what was created then (:func:`gc.freeze`) so that later collections skip it, and freezes
everything once more before it exits. Forked workers inherit the frozen start-up objects,
so collections there leave those memory pages shared too.

Only the command itself does this (``newslint.cli.main`` without arguments): code that
calls ``main`` with arguments or lints through the API keeps the collector as it is.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator

_in_command = False


def pause() -> None:
    """The command starts: no automatic collection until :func:`started`."""
    global _in_command
    _in_command = True
    gc.disable()


def started() -> None:
    """Start-up is over: later collections skip its objects, and collect as usual."""
    gc.freeze()
    gc.enable()


@contextmanager
def keeping() -> Iterator[None]:
    """Around code that creates objects the command keeps until it exits (results from workers).

    In the command, the collector leaves them alone while they are created and freezes them
    after; elsewhere this does nothing.
    """
    if not _in_command:
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def exiting() -> None:
    """The process is about to exit: skip the final collection of everything still alive."""
    gc.freeze()
