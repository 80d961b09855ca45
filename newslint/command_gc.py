"""Garbage collection for the ``newslint`` command, a process that exits when its run is done.

Start-up (imports, plugins, rules, their regexes and automata) creates about 100,000
objects that live until the process exits. The cyclic collector examines them again and
again while they are being created and once more at exit, and finds no garbage among
them. The command therefore pauses automatic collection during start-up, then freezes
what start-up created (:func:`gc.freeze`) so that later collections skip it, and freezes
everything once more before it exits. Forked workers inherit the frozen objects, so
collections there leave those memory pages shared too.

Only the command itself does this (``newslint.cli.main`` without arguments): code that
calls ``main`` with arguments or lints through the API keeps the collector as it is.
"""
from __future__ import annotations

import gc


def pause() -> None:
    """Start-up begins: no automatic collection until :func:`started`."""
    gc.disable()


def started() -> None:
    """Start-up is over: later collections skip its objects, and collect as usual."""
    gc.freeze()
    gc.enable()


def exiting() -> None:
    """The process is about to exit: skip the final collection of everything still alive."""
    gc.freeze()
