"""Errors that end a run with exit code 2 and a one-line message."""
from __future__ import annotations


class NewslintError(Exception):
    """A usage, configuration, input or plugin error; ``str()`` is the one-line message."""


class ConfigError(NewslintError):
    """A problem in a configuration file, located as ``file:line:col``."""

    def __init__(self, path: str, line: int | None, column: int | None, message: str):
        self.path, self.line, self.column, self.message = path, line, column, message
        where = path if line is None else f"{path}:{line}:{column or 1}"
        super().__init__(f"{where}: {message}")


class InputError(NewslintError):
    """A draft that cannot be read or decoded."""

    def __init__(self, path: str, message: str):
        self.path, self.message = path, message
        super().__init__(f"{path}: {message}")


class PluginError(NewslintError):
    """A plugin that fails to load or breaks the rule contract."""
