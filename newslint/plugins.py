"""Loading plugins (pluggy) and collecting what they register: rules, formats, word lists."""
from __future__ import annotations

from dataclasses import dataclass, field
from importlib import metadata
from typing import Any, Iterable

import pluggy

from newslint import hookspecs
from newslint.errors import PluginError
from newslint.rules import Rule, validate_rule_class

ENTRY_POINT_GROUP = "newslint"
CORE_PLUGINS = ("newslint.builtin",)


@dataclass
class PluginInfo:
    """Where a plugin came from, for ``newslint plugins`` and error messages."""

    name: str
    origin: str  # "core" or "entry point"
    distribution: str = ""
    version: str = ""
    value: str = ""
    rules: list[str] = field(default_factory=list)


@dataclass
class Registry:
    """Everything the loaded plugins declared."""

    rules: dict[str, type[Rule]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # rule name -> code
    rule_plugin: dict[str, str] = field(default_factory=dict)  # code -> plugin name
    formatters: dict[str, type] = field(default_factory=dict)
    word_lists: dict[str, tuple[str, ...]] = field(default_factory=dict)
    plugins: dict[str, PluginInfo] = field(default_factory=dict)

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
        for ep in sorted(metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
            if ep.name in disabled or pm.has_plugin(ep.name):
                continue
            try:
                plugin = ep.load()
            except Exception as exc:  # any import failure of third-party code
                raise PluginError(f"plugin {ep.name!r} ({ep.value}) failed to load: "
                                  f"{type(exc).__name__}: {exc}") from None
            pm.register(plugin, ep.name)
            dist = getattr(ep, "dist", None)
            infos[ep.name] = PluginInfo(ep.name, "entry point", dist.name if dist else "",
                                        dist.version if dist else "", ep.value)
    for i, plugin in enumerate(extra):
        name = getattr(plugin, "__name__", f"extra-{i}")
        pm.register(plugin, name)
        infos[name] = PluginInfo(name, "registered")
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as exc:
        raise PluginError(f"plugin {exc.plugin!r} implements an unknown hook: {exc}") from None
    return pm, infos


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
