"""Loading plugins (pluggy) and collecting what they register: rules, formats, word lists."""
from __future__ import annotations

import os
import re
import sys
from typing import Any, Iterable, NamedTuple

import pluggy

from newslint import hookspecs
from newslint.errors import PluginError
from newslint.rules import Rule, validate_rule_class

ENTRY_POINT_GROUP = "newslint"
CORE_PLUGINS = ("newslint.builtin",)


class PluginInfo:
    """Where a plugin came from, for ``newslint plugins`` and error messages."""

    def __init__(self, name: str, origin: str, distribution: str = "", version: str = "", value: str = ""):
        self.name = name
        self.origin = origin  # "core", "entry point", "registered" or "config" (house rules)
        self.distribution = distribution
        self.version = version
        self.value = value
        self.rules: list[str] = []  # the codes it registered


class Registry:
    """Everything the loaded plugins declared."""

    def __init__(self, plugins: dict[str, PluginInfo] | None = None):
        self.rules: dict[str, type[Rule]] = {}
        self.names: dict[str, str] = {}  # rule name -> code
        self.rule_plugin: dict[str, str] = {}  # code -> plugin name
        self.formatters: dict[str, type] = {}
        self.word_lists: dict[str, tuple[str, ...]] = {}
        self.plugins: dict[str, PluginInfo] = {} if plugins is None else plugins

    def resolve(self, selector: str) -> type[Rule] | None:
        """The rule a code or name refers to, or None."""
        if selector in self.rules:
            return self.rules[selector]
        code = self.names.get(selector)
        return self.rules.get(code) if code else None

    def sorted_rules(self) -> list[type[Rule]]:
        return [self.rules[c] for c in sorted(self.rules)]


def make_plugin_manager(disabled: Iterable[str] = (), load_entry_points: bool = True,
                        extra: Iterable[Any] = ()) -> tuple[pluggy.PluginManager, dict[str, PluginInfo]]:
    """A plugin manager with the core plugins and (unless disabled) the entry-point plugins."""
    import importlib

    pm = pluggy.PluginManager("newslint")
    pm.add_hookspecs(hookspecs)
    infos: dict[str, PluginInfo] = {}
    disabled = set(disabled)
    for name in disabled:
        pm.set_blocked(name)
    for modname in CORE_PLUGINS:
        pm.register(importlib.import_module(modname), modname)
        infos[modname] = PluginInfo(modname, "core")
    if load_entry_points:
        for ep in sorted(entry_points(ENTRY_POINT_GROUP), key=lambda e: e.name):
            if ep.name in disabled or pm.has_plugin(ep.name):
                continue
            try:
                plugin = ep.load()
            except Exception as exc:  # any import failure of third-party code
                raise PluginError(f"plugin {ep.name!r} ({ep.value}) failed to load: "
                                  f"{type(exc).__name__}: {exc}") from None
            pm.register(plugin, ep.name)
            infos[ep.name] = PluginInfo(ep.name, "entry point", ep.distribution, ep.version, ep.value)
    for i, plugin in enumerate(extra):
        name = getattr(plugin, "__name__", f"extra-{i}")
        pm.register(plugin, name)
        infos[name] = PluginInfo(name, "registered")
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as exc:
        raise PluginError(f"plugin {exc.plugin!r} implements an unknown hook: {exc}") from None
    return pm, infos


# --- entry points --------------------------------------------------------------
# importlib.metadata costs about 20 ms to import (email, zipfile, csv), a tenth of the
# start-up of one draft. For the common layout (plain directories on sys.path, found by
# PathFinder) the entry points are read here directly, with importlib.metadata's rules:
# distributions in sys.path order, the first one of each normalised name wins.

_EP_VALUE = re.compile(r"(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$")
_META_SUFFIXES = (".dist-info", ".egg-info")


class EntryPoint(NamedTuple):
    """One entry point and the distribution that declares it."""

    name: str
    value: str
    distribution: str
    version: str

    def load(self) -> Any:
        """The module (or ``module:attr`` object) the entry point names."""
        import importlib

        match = _EP_VALUE.match(self.value)
        if match is None:
            raise ValueError(f"invalid entry point value {self.value!r}")
        obj = importlib.import_module(match.group("module"))
        for attr in filter(None, (match.group("attr") or "").split(".")):
            obj = getattr(obj, attr)
        return obj


def entry_points(group: str) -> list[EntryPoint]:
    """The entry points of ``group`` in every installed distribution."""
    found = _scan_entry_points(group)
    if found is not None:
        return found
    from importlib import metadata

    out = []
    for ep in metadata.entry_points(group=group):
        dist = getattr(ep, "dist", None)
        out.append(EntryPoint(ep.name, ep.value, dist.name if dist else "", dist.version if dist else ""))
    return out


def _scan_entry_points(group: str) -> list[EntryPoint] | None:
    """Read ``entry_points.txt`` files from sys.path; None when the layout needs importlib.metadata."""
    import importlib.machinery

    finders = [f for f in sys.meta_path if hasattr(f, "find_distributions")]
    if finders != [importlib.machinery.PathFinder]:
        return None
    seen: set[str] = set()
    out: list[EntryPoint] = []
    for root in sys.path:
        if not isinstance(root, str) or root.lower().endswith(".egg"):
            return None
        try:
            children = os.listdir(root or ".")
        except NotADirectoryError:
            return None  # a zip archive
        except OSError:
            continue
        by_name: dict[str, list[str]] = {}
        for child in children:
            if child.lower().endswith(_META_SUFFIXES):
                if not child.endswith(_META_SUFFIXES):
                    return None
                by_name.setdefault(_normalize(child.rpartition(".")[0].partition("-")[0]), []).append(child)
        for name, dirs in by_name.items():
            if name in seen:
                continue
            seen.add(name)
            out.extend(_dist_entry_points(os.path.join(root, dirs[0]), group))
    return out


def _normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def _read(path: str) -> str | None:
    try:
        with open(path, encoding="utf-8") as fh:
            return fh.read()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError, PermissionError):
        return None


def _dist_entry_points(meta_dir: str, group: str) -> list[EntryPoint]:
    text = _read(os.path.join(meta_dir, "entry_points.txt"))
    pairs, section = [], None
    for line in (text or "").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line.strip("[]")
        elif section == group:
            name, value = line.split("=", 1)
            pairs.append((name.strip(), value.strip()))
    if not pairs:
        return []
    headers = _headers(_read(os.path.join(meta_dir, "METADATA")) or _read(os.path.join(meta_dir, "PKG-INFO")) or "")
    return [EntryPoint(n, v, headers.get("name", ""), headers.get("version", "")) for n, v in pairs]


def _headers(text: str) -> dict[str, str]:
    """The first ``Name`` and ``Version`` headers of core metadata."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip():
            break
        key, sep, value = line.partition(":")
        if sep and key.lower() in ("name", "version"):
            out.setdefault(key.lower(), value.strip())
    return out


def _call(impl: Any) -> Any:
    """Call one plugin's registration hook; a crash there becomes a PluginError naming the plugin."""
    try:
        return impl.function()
    except Exception as exc:
        raise PluginError(f"plugin {impl.plugin_name!r}: {impl.function.__name__}() failed: "
                          f"{type(exc).__name__}: {exc}") from None


def collect(pm: pluggy.PluginManager, infos: dict[str, PluginInfo]) -> Registry:
    """Call the registration hooks of every plugin and validate what they declare."""
    reg = Registry(plugins=infos)
    for impl in pm.hook.newslint_rules.get_hookimpls():
        plugin = impl.plugin_name
        for rule in _call(impl) or ():
            problem = validate_rule_class(rule) if isinstance(rule, type) and issubclass(rule, Rule) else \
                f"{rule!r} is not a newslint.rules.Rule subclass"
            if problem:
                raise PluginError(f"plugin {plugin!r}: {problem}")
            info = infos.get(plugin)
            if rule.code.startswith("NL") and info is not None and info.origin == "entry point" \
                    and info.distribution.lower() != "newslint":
                raise PluginError(f"plugin {plugin!r}: code {rule.code} uses the prefix NL reserved for newslint")
            for key, table in ((rule.code, reg.rules), (rule.name, reg.names)):
                if key in table:
                    raise PluginError(f"plugin {plugin!r}: rule {key} is already registered by "
                                      f"{reg.rule_plugin.get(rule.code) or reg.rule_plugin.get(reg.names.get(key, ''), '?')}")
            reg.rules[rule.code] = rule
            reg.names[rule.name] = rule.code
            reg.rule_plugin[rule.code] = plugin
            if plugin in infos:
                infos[plugin].rules.append(rule.code)
    for impl in pm.hook.newslint_formatters.get_hookimpls():
        for fmt in _call(impl) or ():
            if fmt.name in reg.formatters:
                raise PluginError(f"plugin {impl.plugin_name!r}: output format {fmt.name!r} already exists")
            reg.formatters[fmt.name] = fmt
    for impl in pm.hook.newslint_word_lists.get_hookimpls():
        for name, words in (_call(impl) or {}).items():
            if name in reg.word_lists:
                raise PluginError(f"plugin {impl.plugin_name!r}: word list {name!r} already exists")
            reg.word_lists[name] = tuple(words)
    return reg
