"""A cache of per-file results, so an unchanged re-run only merges.

An entry is one file's :class:`~newslint.runner.FileResult` (findings,
suppressions, errors and the project rules' extracts, so cross-file rules keep
working from cached files). It is used when the file's path and content hash
match, within a *run key* that covers everything else a result depends on:
the newslint version, the Python version, the rule set (each rule, each
plugin's version and the modification time of every module of newslint and of
the plugins) and a fingerprint of the configuration.

Layout: ``.newslint_cache/<run key>/<bucket>.pickle`` next to the config file
(or in the working directory), 256 buckets by path hash so that linting one
draft reads one small file. Writes are atomic (temporary file, then rename);
a bucket that cannot be read is ignored and rewritten. Unpickling accepts only
classes of newslint, of the loaded plugins and a few standard containers, so
a planted cache file cannot run code.
"""
from __future__ import annotations

import contextlib
import io
import os
import pickle
import shutil
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newslint import __version__, hashing
from newslint.parallel import content_digest

if TYPE_CHECKING:
    from newslint.runner import FileResult, Session

CACHE_DIR = ".newslint_cache"
FORMAT = 1
KEEP_RUN_KEYS = 4  # run keys (configurations) kept side by side; older ones are removed
# Command-line flags that change the output but not any file's result.
_OUTPUT_FLAGS = frozenset({"paths", "command", "format", "color", "verbose", "jobs", "no_cache", "executor",
                           "scheduler", "exit_zero", "fail_level", "help_formats", "stdin_filename", "output_file",
                           "terminal_format", "statistics", "baseline", "diff", "fix", "dry_run"})
_SAFE_MODULES = frozenset({"collections", "datetime", "decimal", "fractions", "pathlib", "enum", "uuid"})


def _digest(*parts: Any) -> str:
    return hashing.blake2b(repr(parts).encode(), digest_size=12).hexdigest()


def config_fingerprint(config: Any) -> str:
    """A hash of every configuration setting that can change a file's result."""
    options = vars(config.options) if config.options is not None else {}
    flags = sorted((k, repr(v)) for k, v in options.items() if k not in _OUTPUT_FLAGS)
    # a house rule's content (also from stylebook files), not where it was written
    house = [{k: v for k, v in vars(e).items() if k not in ("where", "key")} for e in config.house_rules]
    return _digest(str(config.root), config.select, config.extend_select, config.ignore,
                   config.word_list_settings, config.rules, config.per_path, config.disabled_plugins,
                   sorted(config.settings.items(), key=lambda kv: kv[0]), flags, house)


def _plugin_packages(session: "Session") -> set[str]:
    """Top-level packages of newslint and of every loaded plugin and rule."""
    packages = {"newslint", "newslint_plugins"}
    for plugin in session.pm.get_plugins():
        packages.add((getattr(plugin, "__module__", None) or getattr(plugin, "__name__", "")).split(".")[0])
    for rule in session.registry.rules.values():
        packages.add(rule.__module__.split(".")[0])
    packages.discard("")
    return packages


def _source_files(package: str) -> list[str]:
    """The Python files of an imported top-level module or package (recursively)."""
    module = sys.modules.get(package)
    if module is None:
        return []
    files = [module.__file__] if getattr(module, "__file__", None) else []
    for folder in getattr(module, "__path__", ()):
        for root, dirs, names in os.walk(folder):
            dirs[:] = [d for d in dirs if d != "__pycache__"]
            files += [os.path.join(root, n) for n in names if n.endswith(".py")]
    return files


def rule_set_fingerprint(session: "Session", packages: set[str]) -> str:
    """A hash of the rules, plugin versions and the state of every source file of ``packages``."""
    rules = sorted((code, cls.__module__, cls.__qualname__) for code, cls in session.registry.rules.items())
    plugins = sorted((i.name, i.distribution, i.version, i.value) for i in session.registry.plugins.values())
    stamps = []
    for package in sorted(packages):
        for file in _source_files(package):
            try:
                st = os.stat(file)
            except OSError:
                continue
            stamps.append((file, st.st_mtime_ns, st.st_size))
    return _digest(rules, plugins, sorted(stamps))


class _Unpickler(pickle.Unpickler):
    """Loads only classes of allowed packages (no functions: nothing can be called but constructors)."""

    def __init__(self, file: Any, packages: frozenset[str]):
        super().__init__(file)
        self._packages = packages

    def find_class(self, module: str, name: str) -> Any:
        top = module.split(".")[0]
        if "." not in name and (top in self._packages or module in _SAFE_MODULES or module == "builtins"):
            found = super().find_class(module, name)
            if isinstance(found, type) and found is not type:
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in the cache")


class Cache:
    """Cached per-file results of one run key."""

    def __init__(self, root: str | os.PathLike, run_key: str, packages: frozenset[str]):
        self.base = Path(root) / CACHE_DIR
        self.dir = self.base / run_key
        self._packages = packages
        self._buckets: dict[str, dict[str, tuple[str, Any]]] = {}
        self._dirty: set[str] = set()
        self._digests: dict[str, str] = {}  # path -> content digest of this run's result
        self.hits = 0

    @classmethod
    def for_session(cls, session: "Session") -> "Cache":
        """The cache of ``session``'s configuration, next to its config file or in the working directory."""
        packages = _plugin_packages(session)
        key = _digest(FORMAT, __version__, sys.version_info[:2], rule_set_fingerprint(session, packages),
                      config_fingerprint(session.config))
        return cls(session.config.root, key, frozenset(packages))

    # --- entries ------------------------------------------------------------------
    @staticmethod
    def _bucket_name(path: str) -> str:
        return hashing.blake2b(path.encode(), digest_size=1).hexdigest()

    def _bucket(self, path: str) -> dict[str, tuple[str, Any]]:
        name = self._bucket_name(path)
        bucket = self._buckets.get(name)
        if bucket is None:
            bucket = self._buckets[name] = self._load(self.dir / f"{name}.pickle")
        return bucket

    def _load(self, file: Path) -> dict[str, tuple[str, Any]]:
        try:
            with open(file, "rb") as fh:
                data = _Unpickler(io.BytesIO(fh.read()), self._packages).load()
        except Exception:  # missing, corrupt, truncated or foreign: start that bucket afresh
            return {}
        return data if isinstance(data, dict) else {}

    def lookup(self, path: str, keep_source: bool = False) -> "FileResult | None":
        """The cached result of ``path`` if its content is unchanged (with its source if asked)."""
        entry = self._bucket(path).get(path)
        if entry is None:
            return None
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except OSError:
            return None
        if entry[0] != content_digest(data):
            return None
        self._digests[path] = entry[0]
        result = entry[1]
        if keep_source:
            from newslint.parsing.source import decode, normalize_newlines

            result = replace(result, source=normalize_newlines(decode(data, path))[0])
        self.hits += 1
        return result

    def store(self, result: "FileResult", digest: str) -> None:
        """Remember the result of linting content ``digest`` at ``result.path``."""
        self._bucket(result.path)[result.path] = (digest, replace(result, source=None))
        self._dirty.add(self._bucket_name(result.path))
        self._digests[result.path] = digest

    # --- project rules ----------------------------------------------------------------
    def _run_digest(self, results: "list[FileResult]") -> str | None:
        """A hash of this run's files and contents (None when some file could not be read)."""
        pairs = [(r.path, self._digests.get(r.path)) for r in results]
        return None if any(d is None for _, d in pairs) else _digest(pairs)

    def finished(self, results: "list[FileResult]") -> list | None:
        """The project rules' findings of an earlier run over exactly these files and contents."""
        digest = self._run_digest(results)
        if digest is None:
            return None
        data = self._load(self.dir / "project.pickle")
        return data.get(digest) if data else None

    def store_finished(self, results: "list[FileResult]", findings: list) -> None:
        """Remember the project rules' findings of this run (only the latest run is kept)."""
        digest = self._run_digest(results)
        if digest is not None:
            with contextlib.suppress(OSError):
                self._prepare()
                self._write(self.dir / "project.pickle", {digest: findings})

    # --- disk ----------------------------------------------------------------------
    def save(self) -> None:
        """Write changed buckets atomically; drop the oldest run keys. Failures are ignored."""
        try:
            self._prepare()
            for name in sorted(self._dirty):
                self._write(self.dir / f"{name}.pickle", self._buckets[name])
            os.utime(self.dir)
            self._prune()
        except OSError:
            return
        self._dirty.clear()

    def _prepare(self) -> None:
        if not self.base.is_dir():
            self.base.mkdir(parents=True, exist_ok=True)
            (self.base / ".gitignore").write_text("# created by newslint\n*\n")
            (self.base / "CACHEDIR.TAG").write_text("Signature: 8a477f597d28d172789f06886806bc55\n"
                                                    "# newslint cache; see https://bford.info/cachedir/\n")
        self.dir.mkdir(exist_ok=True)

    @staticmethod
    def _write(target: Path, data: Any) -> None:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".pickle")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    def _prune(self) -> None:
        keys = sorted((p for p in self.base.iterdir() if p.is_dir()), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in keys[KEEP_RUN_KEYS:]:
            shutil.rmtree(old, ignore_errors=True)


__all__ = ["Cache", "content_digest", "config_fingerprint", "rule_set_fingerprint", "CACHE_DIR"]
