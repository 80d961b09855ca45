"""Reading ``house-rules`` entries: validation with ``file:line:col`` errors, and ``extends``."""
from __future__ import annotations

import dataclasses
import importlib.util
import string
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newslint.errors import ConfigError
from newslint.model import Severity
from newslint.rules import CODE_PATTERN, NAME_PATTERN, OptionError, Rule, build_options, option_fields

SECTION_KEYS = ("extends", "entries")
TEXT_KEYS = ("summary", "description", "message", "suggestion", "link")
ENTRY_KEYS = ("code", "name", "kind", "severity", "enabled") + TEXT_KEYS


@dataclass(frozen=True)
class Where:
    """A YAML file's path and key marks, and the key path of the house rules inside it."""

    path: str
    marks: dict
    prefix: tuple = ()

    def error(self, key: tuple, message: str) -> ConfigError:
        line, col = self.marks.get(self.prefix + key, (None, None))
        return ConfigError(self.path, line, col, message)

    def describe(self, key: tuple) -> str:
        """``file:line:col`` of ``key``."""
        line, col = self.marks.get(self.prefix + key, (None, None))
        return self.path if line is None else f"{self.path}:{line}:{col}"


@dataclass(frozen=True)
class HouseEntry:
    """One validated house rule: metadata, the kind's parameters, and where it was written."""

    code: str
    name: str
    kind: str
    params: Any
    where: Where
    key: tuple
    summary: str = ""
    description: str = ""
    message: str = ""
    suggestion: str = ""
    link: str = ""
    severity: Severity = Severity.WARNING
    enabled: bool = True

    def error(self, sub: tuple, message: str) -> ConfigError:
        """A ConfigError at key ``sub`` of this entry (at the entry itself when ``sub`` is not written)."""
        at = self.key + sub if self.where.prefix + self.key + sub in self.where.marks else self.key
        return self.where.error(at, f"{self.code}: {message}")

    def expand(self, tokens: tuple[str, ...], config: Any, key: str) -> tuple[str, ...]:
        """``tokens`` with each ``@name`` item replaced by the shared word list ``name``."""
        out: list[str] = []
        for t in tokens:
            if t.startswith("@") and len(t) > 1:
                try:
                    out.extend(config.word_list(t[1:]))
                except KeyError:
                    raise self.error((key,), f"unknown word list {t!r}") from None
            else:
                out.append(t)
        return tuple(dict.fromkeys(out))

    def rule_class(self) -> type[Rule]:
        """A new Rule subclass implementing this entry."""
        from newslint.house.kinds import KINDS

        base = KINDS[self.kind][1]
        title = "".join(part.capitalize() for part in self.name.split("-"))
        return type(f"House{title}", (base,), {
            "__doc__": base.document(self), "__module__": base.__module__, "code": self.code, "name": self.name,
            "summary": self.summary, "default_severity": self.severity, "enabled_by_default": self.enabled,
            "url": self.link, "entry": self})


def parse_house_rules(data: Any, cfg: Any) -> list[HouseEntry]:
    """Validate the ``house-rules`` section of a Config being built, following ``extends``.

    Stylebook paths are relative to the file that names them; ``cfg.root`` for the config.
    """
    where = Where(cfg.path or "<config>", cfg.marks, ("house-rules",))
    entries = _parse_section(data, where, Path(cfg.root), ())
    seen: dict[tuple[str, str], HouseEntry] = {}
    for entry in entries:
        for attr in ("code", "name"):
            value = getattr(entry, attr)
            first = seen.setdefault((attr, value), entry)
            if first is not entry:
                raise entry.error((attr,), f"{attr} {value} is already defined at "
                                           f"{first.where.describe(first.key + (attr,))}")
    return entries


def _parse_section(data: Any, where: Where, base: Path, stack: tuple[Path, ...]) -> list[HouseEntry]:
    if not isinstance(data, dict):
        raise where.error((), "house rules must be a mapping with extends and/or entries")
    for key in data:
        if key not in SECTION_KEYS:
            raise where.error((key, "<key>"), f"unknown key {key!r} in house rules (use extends, entries)")
    refs = data.get("extends") or []
    if isinstance(refs, str):
        keyed = [(("extends",), refs)]
    elif isinstance(refs, list):
        keyed = [(("extends", i), ref) for i, ref in enumerate(refs)]
    else:
        keyed = [(("extends",), None)]
    out: list[HouseEntry] = []
    for key, ref in keyed:
        if not isinstance(ref, str) or not ref:
            raise where.error(key, "extends must be a stylebook path or a list of them")
        path = _resolve(ref, base, where, key)
        if path in stack:
            raise where.error(key, f"stylebook {ref!r} includes itself (through {path})")
        out += _load_stylebook(path, stack + (path,))
    entries = data.get("entries") or []
    if not isinstance(entries, list):
        raise where.error(("entries",), "entries must be a list of house rules")
    out += [_parse_entry(item, where, ("entries", i)) for i, item in enumerate(entries)]
    return out


def _resolve(ref: str, base: Path, where: Where, key: tuple) -> Path:
    """A stylebook file: a path relative to ``base``, or ``pkg:package/path.yaml`` inside an installed package."""
    if ref.startswith("pkg:"):
        package, _, rel = ref[4:].partition("/")
        try:
            spec = importlib.util.find_spec(package) if package else None
        except (ImportError, ValueError):
            spec = None
        if not rel or spec is None or not spec.submodule_search_locations:
            raise where.error(key, f"cannot find {ref!r}: want pkg:<installed package>/<file>.yaml")
        path = Path(next(iter(spec.submodule_search_locations))) / rel
    else:
        path = base / ref
    if not path.is_file():
        raise where.error(key, f"stylebook {ref!r} not found (looked for {path})")
    return path.resolve()


def _load_stylebook(path: Path, stack: tuple[Path, ...]) -> list[HouseEntry]:
    from newslint.config import load_yaml

    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(str(path), None, None, f"cannot read stylebook: {exc}") from None
    data, marks = load_yaml(text, str(path))
    return _parse_section(data, Where(str(path), marks), path.parent, stack)


def _parse_entry(item: Any, where: Where, key: tuple) -> HouseEntry:
    from newslint.house.kinds import KINDS

    if not isinstance(item, dict):
        raise where.error(key, "each house rule must be a mapping with code, name and kind")
    for required in ("code", "name", "kind"):
        if not isinstance(item.get(required), str):
            raise where.error(key, f"this house rule needs a {required} (a string)")
    code, name, kind = item["code"], item["name"], item["kind"]
    if not CODE_PATTERN.match(code) or code.startswith("NL"):
        raise where.error(key + ("code",), f"invalid code {code!r}: want 2-5 capitals and 3 digits, e.g. HS001 "
                                           "(the prefix NL is reserved)")
    if not NAME_PATTERN.match(name):
        raise where.error(key + ("name",), f"invalid name {name!r}: want kebab-case, e.g. said-not-stated")
    if kind not in KINDS:
        raise where.error(key + ("kind",), f"unknown kind {kind!r} (use {', '.join(KINDS)})")
    params_cls, rule_cls = KINDS[kind]
    param_keys = [n for n, _tp, _f in option_fields(params_cls)]
    for k in item:
        if k not in param_keys and k not in ENTRY_KEYS:
            known = ", ".join(sorted(set(ENTRY_KEYS) | set(param_keys)))
            raise where.error(key + (k, "<key>"), f"unknown key {k!r} for a {kind} rule (known: {known})")
    for k in TEXT_KEYS:
        if k in item and not isinstance(item[k], str):
            raise where.error(key + (k,), f"{code}: {k} must be a string")
    if not isinstance(item.get("enabled", True), bool):
        raise where.error(key + ("enabled",), f"{code}: enabled must be true or false")
    try:
        params = build_options(params_cls, {k: v for k, v in item.items() if k in param_keys})
        severity = Severity.parse(item.get("severity", "warning"))
    except OptionError as exc:
        raise where.error(key + (exc.key,), f"{code}: {str(exc).replace('option ', '', 1)}") from None
    except ValueError as exc:
        raise where.error(key + ("severity",), f"{code}: {exc}") from None
    entry = HouseEntry(code, name, kind, params, where, key, severity=severity, enabled=item.get("enabled", True),
                       **{k: item.get(k, "") for k in TEXT_KEYS})
    entry = dataclasses.replace(entry, params=rule_cls.validate(entry))
    for k in ("message", "suggestion"):
        _check_template(entry, k, rule_cls.placeholders)
    return entry if entry.summary else dataclasses.replace(entry, summary=rule_cls.default_summary(entry))


def _check_template(entry: HouseEntry, key: str, allowed: tuple[str, ...]) -> None:
    template = getattr(entry, key)
    try:
        fields = [(f, spec, conv) for _lit, f, spec, conv in string.Formatter().parse(template) if f is not None]
    except ValueError as exc:
        raise entry.error((key,), f"bad {key} template: {exc} (write {{{{ for a literal brace)") from None
    for f, spec, conv in fields:
        if f not in allowed or spec or conv:
            raise entry.error((key,), f"unknown placeholder {{{f}}} in {key} (use "
                                      f"{', '.join('{' + a + '}' for a in allowed)})")
