"""House-style rules declared as data in ``rules.yaml`` (``house-rules``), no Python needed.

Each entry names a built-in kind (existence, substitution, occurrence,
repetition, capitalization) and gets its own code, name, severity, message
template and link. :func:`parse_house_rules` validates the entries when the
config is loaded (following ``extends`` to stylebook files, by path or
``pkg:package/file.yaml``); :func:`register_house_rules` then adds one ordinary
:class:`~newslint.rules.Rule` subclass per entry to a session's registry, so
selection, severities, per-path settings and suppression work as for any rule.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newslint.house.matching import Matcher, regex_problem, scoped_blocks
    from newslint.house.stylebook import HouseEntry, parse_house_rules

PLUGIN_NAME = "house-rules"
#: Re-exported names and their modules, imported on first use: a config without house rules
#: (the common case) never pays for the matching machinery at start-up.
_LAZY = {"Matcher": "matching", "regex_problem": "matching", "scoped_blocks": "matching",
         "HouseEntry": "stylebook", "parse_house_rules": "stylebook"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f"newslint.house.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def register_house_rules(registry: Any, config: Any) -> None:
    """Add a rule class per ``house-rules`` entry of ``config`` to a session's registry.

    Called by :class:`newslint.runner.Session` after the plugins registered
    their rules; a code or name already taken is a config error at the entry.
    """
    from newslint.plugins import PluginInfo

    entries: list[HouseEntry] = getattr(config, "house_rules", None) or []
    if not entries:
        return
    info = PluginInfo(PLUGIN_NAME, "config", value=config.path or "<config>")
    for entry in entries:
        if entry.code in registry.rules:
            raise entry.error(("code",), f"code {entry.code} is already used by plugin "
                                         f"{registry.rule_plugin.get(entry.code, '?')!r}")
        if entry.name in registry.names:
            raise entry.error(("name",), f"name {entry.name} is already used by rule {registry.names[entry.name]}")
        registry.rules[entry.code] = entry.rule_class()
        registry.names[entry.name] = entry.code
        registry.rule_plugin[entry.code] = PLUGIN_NAME
        info.rules.append(entry.code)
    registry.plugins[PLUGIN_NAME] = info


__all__ = ["HouseEntry", "Matcher", "PLUGIN_NAME", "parse_house_rules", "register_house_rules", "regex_problem",
           "scoped_blocks"]
