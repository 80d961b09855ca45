"""``rules.yaml``: discovery, loading with positions, validation and per-path resolution.

The loader is PyYAML's safe loader with YAML 1.2 booleans: only ``true`` and
``false`` are booleans, so ``no``, ``on`` or ``off`` in a word list stay words.
Every error names ``file:line:col``.
"""
from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping

from newslint.errors import ConfigError
from newslint.model import Severity

CONFIG_NAMES = ("rules.yaml", ".newslint.yaml")
DEFAULT_INCLUDE = ("**/*.md", "**/*.markdown", "**/*.txt")
TOP_LEVEL_KEYS = {"version", "select", "extend-select", "ignore", "fail-level", "include", "exclude",
                  "word-lists", "rules", "per-path", "plugins", "house-rules"}
RULE_KEYS = {"severity", "options"}
PER_PATH_KEYS = {"paths", "select", "extend-select", "ignore", "rules"}
PLUGIN_KEYS = {"disable"}

Marks = dict[tuple, tuple[int, int]]
_PLAIN_COLLECTION_TAGS = frozenset({"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"})


# --- loading -----------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def _loader_class():
    import yaml

    # libyaml's parser when available (15x faster on a documented rules.yaml); same nodes and marks
    base = yaml.CSafeLoader if getattr(yaml, "__with_libyaml__", False) else yaml.SafeLoader

    class Loader(base):  # type: ignore[valid-type, misc]
        """Safe loader with YAML 1.2 booleans only."""

    Loader.yaml_implicit_resolvers = {
        ch: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
        for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                                 list("tTfF"))
    return Loader


def load_yaml(text: str, path: str) -> tuple[Any, Marks]:
    """Parse YAML text into Python data plus a map of key paths to (line, col)."""
    import yaml

    loader = _loader_class()(text)
    try:
        node = loader.get_single_node()
        marks: Marks = {}
        data = _construct(loader, node, (), marks, path) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
        raise ConfigError(path, line, col, f"invalid YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(path, None, None, f"invalid YAML: {exc}") from None
    except RecursionError:
        raise ConfigError(path, None, None, "invalid YAML: nested too deeply") from None
    finally:
        loader.dispose()
    return data, marks


def _construct(loader: Any, node: Any, key: tuple, marks: Marks, path: str) -> Any:
    import yaml

    marks[key] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and node.tag not in _PLAIN_COLLECTION_TAGS:
        raise ConfigError(path, *marks[key], f"tag {node.tag!r} is not allowed (plain YAML only)")
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for k_node, v_node in node.value:
            k = loader.construct_object(k_node, deep=True)
            if not isinstance(k, (str, int, float)):
                raise ConfigError(path, k_node.start_mark.line + 1, k_node.start_mark.column + 1,
                                  "mapping keys must be plain strings")
            k = str(k)
            marks[key + (k, "<key>")] = (k_node.start_mark.line + 1, k_node.start_mark.column + 1)
            if k in out:
                raise ConfigError(path, *marks[key + (k, "<key>")], f"duplicate key {k!r}")
            out[k] = _construct(loader, v_node, key + (k,), marks, path)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_construct(loader, v, key + (i,), marks, path) for i, v in enumerate(node.value)]
    try:
        return loader.construct_object(node, deep=True)
    except (ValueError, TypeError, OverflowError) as exc:  # e.g. a date that does not exist: 2024-02-30
        raise ConfigError(path, *marks[key], f"invalid value {node.value!r}: {exc}") from None


# --- model -------------------------------------------------------------------

@dataclass
class RuleSettings:
    """What the configuration says about one rule (by code or name)."""

    severity: Severity | None = None
    options: dict[str, Any] = field(default_factory=dict)
    marks_key: tuple = ()


@dataclass
class PathOverride:
    """One ``per-path`` entry: globs and the selection/rule settings they apply."""

    patterns: list[str]
    select: list[str] = field(default_factory=list)
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    rules: dict[str, RuleSettings] = field(default_factory=dict)

    def matches(self, relpath: str) -> bool:
        included = False
        for pat in self.patterns:
            if pat.startswith("!"):
                if glob_match(pat[1:], relpath):
                    return False
            elif glob_match(pat, relpath):
                included = True
        return included


@dataclass
class Config:
    """The resolved configuration of a run; ``root`` is the directory its paths and globs are relative to."""

    path: str | None = None
    root: str = field(default_factory=os.getcwd)
    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    fail_level: Severity = Severity.WARNING
    include: list[str] = field(default_factory=lambda: list(DEFAULT_INCLUDE))
    exclude: list[str] = field(default_factory=list)
    word_list_settings: dict[str, Any] = field(default_factory=dict)
    rules: dict[str, RuleSettings] = field(default_factory=dict)
    per_path: list[PathOverride] = field(default_factory=list)
    disabled_plugins: list[str] = field(default_factory=list)
    house_rules: list[Any] = field(default_factory=list)  # newslint.house.HouseEntry, see docs/house-style.md
    settings: dict[str, Any] = field(default_factory=dict)
    marks: Marks = field(default_factory=dict)
    default_word_lists: dict[str, tuple[str, ...]] = field(default_factory=dict)
    options: Any = None  # parsed command-line namespace, when run from the CLI
    cli_overrides: set[str] = field(default_factory=set)  # top-level keys replaced on the command line
    _word_cache: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)

    def error(self, key: tuple, message: str) -> ConfigError:
        """A ConfigError located at ``key`` in the config file, or at the command-line flag that set it."""
        top = key[0] if key else None
        if isinstance(top, str) and top in ("select", "extend-select", "ignore") and \
                (top in self.cli_overrides or key not in self.marks):
            return ConfigError(f"--{top}", None, None, message)
        line, col = self.marks.get(key, (None, None))
        return ConfigError(self.path or "<config>", line, col, message)

    def word_list(self, name: str) -> tuple[str, ...]:
        """A shared word list: the plugin default, replaced or extended by ``word-lists``."""
        if name in self._word_cache:
            return self._word_cache[name]
        setting = self.word_list_settings.get(name)
        base = self.default_word_lists.get(name)
        if base is None and setting is None:
            raise KeyError(f"unknown word list {name!r}")
        words = list(base or ())
        if isinstance(setting, list):
            words = list(setting)
        elif isinstance(setting, dict):
            words = [w for w in words + list(setting.get("extend", [])) if w not in set(setting.get("remove", []))]
        result = tuple(dict.fromkeys(words))
        self._word_cache[name] = result
        return result

    def setting(self, name: str) -> Any:
        """A plugin-defined top-level setting (see ``newslint_addoption``)."""
        return self.settings.get(name)

    def relpath(self, path: str) -> str:
        """``path`` relative to the config root, POSIX-style, for glob matching."""
        try:
            rel = os.path.relpath(os.path.abspath(path), self.root)
        except ValueError:
            rel = path
        return rel.replace(os.sep, "/")


# --- validation --------------------------------------------------------------

def _str_list(data: Any, key: tuple, cfg: Config) -> list[str]:
    if isinstance(data, str):
        return [data]
    if not isinstance(data, list) or not all(isinstance(x, str) for x in data):
        bad = next((i for i, x in enumerate(data) if not isinstance(x, str)), None) if isinstance(data, list) else None
        where = key + (bad,) if bad is not None else key
        raise cfg.error(where, f"{'.'.join(map(str, key))} must be a list of strings")
    return list(data)


def _rule_settings(data: Any, key: tuple, cfg: Config) -> dict[str, RuleSettings]:
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise cfg.error(key, "rules must be a mapping of rule code or name to settings")
    out: dict[str, RuleSettings] = {}
    for selector, body in data.items():
        k = key + (selector,)
        if body is None:
            body = {}
        if not isinstance(body, dict):
            raise cfg.error(k, f"settings for {selector} must be a mapping with severity and/or options")
        for sub in body:
            if sub not in RULE_KEYS:
                raise cfg.error(k + (sub, "<key>"), f"unknown key {sub!r} for rule {selector} (use severity, options)")
        settings = RuleSettings(marks_key=k)
        if "severity" in body:
            try:
                settings.severity = Severity.parse(body["severity"])
            except ValueError as exc:
                raise cfg.error(k + ("severity",), str(exc)) from None
        options = body.get("options") or {}
        if not isinstance(options, dict):
            raise cfg.error(k + ("options",), f"options for {selector} must be a mapping")
        settings.options = options
        out[selector] = settings
    return out


def parse_config(data: Any, marks: Marks, path: str | None, root: str | os.PathLike,
                 known_settings: Iterable[str] = ()) -> Config:
    """Validate loaded YAML into a Config; raise ConfigError at the offending key."""
    cfg = Config(path=path, root=os.fspath(root), marks=marks)
    if data is None:
        return cfg
    if not isinstance(data, dict):
        raise cfg.error((), "the configuration must be a mapping")
    allowed = TOP_LEVEL_KEYS | set(known_settings)
    for key in data:
        if key not in allowed:
            raise cfg.error((key, "<key>"), f"unknown key {key!r}")
    if "version" in data and data["version"] != 1:
        raise cfg.error(("version",), "unsupported version (this newslint reads version: 1)")
    if "select" in data:
        cfg.select = _str_list(data["select"], ("select",), cfg)
    cfg.extend_select = _str_list(data.get("extend-select", []), ("extend-select",), cfg)
    cfg.ignore = _str_list(data.get("ignore", []), ("ignore",), cfg)
    if "fail-level" in data:
        try:
            cfg.fail_level = Severity.parse(data["fail-level"])
        except ValueError as exc:
            raise cfg.error(("fail-level",), str(exc)) from None
    if "include" in data:
        cfg.include = _str_list(data["include"], ("include",), cfg)
    cfg.exclude = _str_list(data.get("exclude", []), ("exclude",), cfg)
    lists = data.get("word-lists") or {}
    if not isinstance(lists, dict):
        raise cfg.error(("word-lists",), "word-lists must be a mapping of list name to words")
    for name, value in lists.items():
        k = ("word-lists", name)
        if isinstance(value, dict):
            for sub in value:
                if sub not in ("extend", "remove"):
                    raise cfg.error(k + (sub, "<key>"), f"unknown key {sub!r} in word list {name} (use extend, remove)")
            cfg.word_list_settings[name] = {sub: _str_list(value[sub], k + (sub,), cfg) for sub in value}
        else:
            cfg.word_list_settings[name] = _str_list(value, k, cfg)
    cfg.rules = _rule_settings(data.get("rules"), ("rules",), cfg)
    per_path = data.get("per-path") or []
    if not isinstance(per_path, list):
        raise cfg.error(("per-path",), "per-path must be a list of entries with paths")
    for i, entry in enumerate(per_path):
        k = ("per-path", i)
        if not isinstance(entry, dict) or "paths" not in entry:
            raise cfg.error(k, "each per-path entry needs paths")
        for sub in entry:
            if sub not in PER_PATH_KEYS:
                raise cfg.error(k + (sub, "<key>"), f"unknown key {sub!r} in per-path entry")
        cfg.per_path.append(PathOverride(
            patterns=_str_list(entry["paths"], k + ("paths",), cfg),
            select=_str_list(entry.get("select", []), k + ("select",), cfg),
            extend_select=_str_list(entry.get("extend-select", []), k + ("extend-select",), cfg),
            ignore=_str_list(entry.get("ignore", []), k + ("ignore",), cfg),
            rules=_rule_settings(entry.get("rules"), k + ("rules",), cfg)))
    plugins = data.get("plugins") or {}
    if not isinstance(plugins, dict):
        raise cfg.error(("plugins",), "plugins must be a mapping")
    for sub in plugins:
        if sub not in PLUGIN_KEYS:
            raise cfg.error(("plugins", sub, "<key>"), f"unknown key {sub!r} in plugins (use disable)")
    cfg.disabled_plugins = _str_list(plugins.get("disable", []), ("plugins", "disable"), cfg)
    if data.get("house-rules") is not None:
        from newslint.house import parse_house_rules

        cfg.house_rules = parse_house_rules(data["house-rules"], cfg)
    for name in known_settings:
        if name in data:
            cfg.settings[name] = data[name]
    return cfg


def load_config(path: str | os.PathLike, known_settings: Iterable[str] = ()) -> Config:
    """Read and validate one configuration file."""
    try:
        with open(path, encoding="utf-8-sig") as fh:
            text = fh.read()
    except FileNotFoundError:
        raise ConfigError(str(path), None, None, "config file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(str(path), None, None, f"cannot read config: {exc}") from None
    data, marks = load_yaml(text, str(path))
    return parse_config(data, marks, str(path), config_dir(path), known_settings)


def config_dir(path: str | os.PathLike) -> str:
    """The directory of a config file, symbolic links resolved: the ``root`` of its configuration."""
    return os.path.dirname(os.path.realpath(path))


def find_config(inputs: Iterable[str]) -> str | None:
    """The nearest rules.yaml or .newslint.yaml above the first input, stopping at a repo root."""
    first = next(iter(inputs), None)
    folder = os.path.realpath(first) if first and first != "-" else os.getcwd()
    if not os.path.isdir(folder):
        folder = os.path.dirname(folder)
    while True:
        for name in CONFIG_NAMES:
            candidate = os.path.join(folder, name)
            if os.path.isfile(candidate):
                return candidate
        parent = os.path.dirname(folder)
        if parent == folder or os.path.exists(os.path.join(folder, ".git")):
            return None
        folder = parent


# --- globs ---------------------------------------------------------------------

_GLOB_CACHE: dict[str, re.Pattern[str]] = {}


def glob_match(pattern: str, relpath: str) -> bool:
    """Match a POSIX relative path against a glob with ``**`` (any depth), ``*`` and ``?``.

    A pattern without a slash matches the file name at any depth, as in .gitignore.
    """
    rx = _GLOB_CACHE.get(pattern)
    if rx is None:
        pat = pattern if "/" in pattern.rstrip("/") else "**/" + pattern
        if pat.endswith("/"):
            pat += "**"
        out = []
        i = 0
        while i < len(pat):
            if pat.startswith("**/", i):
                out.append("(?:.*/)?")
                i += 3
            elif pat.startswith("**", i):
                out.append(".*")
                i += 2
            elif pat[i] == "*":
                out.append("[^/]*")
                i += 1
            elif pat[i] == "?":
                out.append("[^/]")
                i += 1
            else:
                out.append(re.escape(pat[i]))
                i += 1
        rx = _GLOB_CACHE[pattern] = re.compile("".join(out) + r"(?:/.*)?\Z")
    return bool(rx.match(relpath))


def check_rule_keys(cfg: Config, resolve: Callable[[str], Any], problem: Callable[[ConfigError], None]) -> None:
    """Pass ``rules`` entries (top level and per-path) that name no known rule to ``problem``."""
    for settings_map in [cfg.rules] + [o.rules for o in cfg.per_path]:
        for selector, settings in settings_map.items():
            if resolve(selector) is None:
                problem(cfg.error(settings.marks_key[:-1] + (selector, "<key>"), f"unknown rule {selector!r}"))


__all__ = ["Config", "ConfigError", "RuleSettings", "PathOverride", "load_config", "config_dir", "find_config",
           "parse_config", "glob_match", "load_yaml", "Mapping"]
