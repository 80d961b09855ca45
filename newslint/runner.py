"""Running rules over files: selection per path, suppression, severities, fingerprints.

A :class:`Session` owns one configuration and the loaded plugins. ``lint_file``
and ``lint_source`` do all per-file work and return a picklable
:class:`FileResult`; project-scope rules then run once over every file's
extract in :meth:`Session.finish`.
"""
from __future__ import annotations

import errno
import os
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, NamedTuple

from newslint import hashing
from newslint.config import Config, check_rule_keys
from newslint.errors import ConfigError, InputError, NewslintError, PluginError
from newslint.hookspecs import hookimpl
from newslint.house import register_house_rules
from newslint.model import Document, Finding, Severity, Span
from newslint.parsing.source import BinaryFileError, decode, normalize_newlines
from newslint.plugins import Registry, collect, make_plugin_manager
from newslint.report import Report, RunError
from newslint.rules import OptionError, ProjectContext, Rule, RuleContext, build_options
from newslint.selection import apply_override, is_selected, valid_selector
from newslint.suppression import Suppression, find_suppressions, is_suppressed
from newslint.text.normalize import normalize

SKIP_DIRS = frozenset({".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".newslint_cache",
                       ".tox", ".mypy_cache", ".pytest_cache"})


class ActiveRule(NamedTuple):
    """A rule instance with the severity in force for some path."""

    rule: Rule
    severity: Severity


@dataclass
class FileResult:
    """What linting one file produced (picklable, for worker processes and caches)."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    extracts: dict[str, Any] = field(default_factory=dict)
    suppressions: list[Suppression] = field(default_factory=list)
    errors: list[RunError] = field(default_factory=list)
    source: str | None = None
    binary: bool = False  # skipped as binary: silent when the file was found by walking a directory


class Session:
    """One configured run of newslint."""

    def __init__(self, config: Config, *, load_entry_points: bool = True, extra_plugins: Iterable[Any] = (),
                 plugin_manager: Any = None):
        self.config = config
        if plugin_manager is None:
            plugin_manager = make_plugin_manager(config.disabled_plugins, load_entry_points, extra_plugins)
        self.pm, infos = plugin_manager
        for name in config.disabled_plugins:
            if self.pm.has_plugin(name):
                self.pm.unregister(name=name)
                infos.pop(name, None)
        self.registry: Registry = collect(self.pm, infos)
        register_house_rules(self.registry, config)
        config.default_word_lists = dict(self.registry.word_lists)
        self.warnings: list[str] = []
        self._validate_config()
        self._active_cache: dict[tuple[int, ...], list[ActiveRule]] = {}
        self._current_errors: list[RunError] = []
        self.walked: set[str] = set()  # files found by walking directories (not named explicitly)
        self.pm.register(_CoreCheck(self), "newslint.session")
        self.pm.hook.newslint_configure.call_historic(kwargs={"config": config})
        self.global_rules = self.active_rules_for_overrides(())

    # --- configuration ------------------------------------------------------
    def _validate_config(self) -> None:
        """Refuse config entries that name no rule — or only warn when plugins are disabled
        (the entry may belong to one) and for ``ignore`` lists (ignoring nothing is harmless)."""
        cfg, reg = self.config, self.registry

        def problem(err: ConfigError, harmless: bool = False) -> None:
            if harmless or cfg.disabled_plugins:
                self.warnings.append(f"{err} (ignored)")
            else:
                raise err

        check_rule_keys(cfg, reg.resolve, problem)
        codes = list(reg.rules)
        names = [reg.rules[c].name for c in codes]
        lists = [("select", cfg.select or []), ("extend-select", cfg.extend_select), ("ignore", cfg.ignore)]
        for i, o in enumerate(cfg.per_path):
            lists += [(("per-path", i, "select"), o.select), (("per-path", i, "extend-select"), o.extend_select),
                      (("per-path", i, "ignore"), o.ignore)]
        for key, selectors in lists:
            for j, sel in enumerate(selectors):
                if not valid_selector(sel, codes, names):
                    k = (key if isinstance(key, tuple) else (key,)) + (j,)
                    problem(cfg.error(k, f"unknown rule or prefix {sel!r} in {'.'.join(map(str, k[:-1]))}"),
                            harmless=k[-2] == "ignore")
        for name, setting in cfg.word_list_settings.items():
            if isinstance(setting, dict) and name not in reg.word_lists:
                raise cfg.error(("word-lists", name, "<key>"),
                                f"cannot extend unknown word list {name!r} (known: {', '.join(sorted(reg.word_lists))})")

    def active_rules_for_overrides(self, indices: tuple[int, ...]) -> list[ActiveRule]:
        """Rule instances in force under the given per-path entries (by index)."""
        cached = self._active_cache.get(indices)
        if cached is not None:
            return cached
        cfg = self.config
        overrides = [cfg.per_path[i] for i in indices]
        active: list[ActiveRule] = []
        for rule_cls in self.registry.sorted_rules():
            code, name, on = rule_cls.code, rule_cls.name, rule_cls.enabled_by_default
            selected = is_selected(code, name, on, cfg.select, cfg.extend_select, cfg.ignore)
            for o in overrides:
                selected = apply_override(selected, code, name, on, o.select + o.extend_select, o.ignore)
            if not selected:
                continue
            severity = rule_cls.default_severity
            options: dict[str, Any] = {}
            marks: dict[str, tuple] = {}
            for settings_map in [cfg.rules] + [o.rules for o in overrides]:
                for key in (code, name):
                    s = settings_map.get(key)
                    if s is not None:
                        severity = s.severity or severity
                        options.update(s.options)
                        marks.update({k: s.marks_key for k in s.options})
            try:
                opts = build_options(rule_cls.Options, options, cfg.word_list)
                active.append(ActiveRule(rule_cls(opts, cfg), severity))
            except OptionError as exc:  # also raised by a rule checking an option, e.g. a regex
                key = marks.get(exc.key)
                raise cfg.error(key + ("options", exc.key) if key else (), f"{code}: {exc}") from None
            except KeyError as exc:
                raise cfg.error((), f"{code}: {exc.args[0]}") from None
            except (ValueError, TypeError) as exc:
                raise cfg.error(next(iter(marks.values()), ()), f"{code}: {exc}") from None
            except NewslintError:
                raise
            except Exception as exc:
                plugin = self.registry.rule_plugin.get(code, "?")
                raise PluginError(f"rule {code} from plugin {plugin!r} failed to start: "
                                  f"{type(exc).__name__}: {exc}") from None
        self._active_cache[indices] = active
        return active

    def active_rules(self, path: str) -> list[ActiveRule]:
        if not self.config.per_path:
            return self.global_rules
        rel = self.config.relpath(path)
        return self.active_rules_for_overrides(tuple(i for i, o in enumerate(self.config.per_path) if o.matches(rel)))

    # --- per file -------------------------------------------------------------
    def parse(self, path: str, source: str) -> Document:
        doc = self.pm.hook.newslint_parse(path=path, source=source, config=self.config)
        if doc is None:
            raise InputError(path, "no parser accepts this file")
        return doc

    def lint_file(self, path: str, keep_source: bool = False) -> FileResult:
        """Read, decode and lint one file; read errors become a RunError, not an exception."""
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except OSError as exc:
            return FileResult(path, errors=[RunError(path, f"cannot read: {exc.strerror or exc}")])
        return self.lint_bytes(path, data, keep_source)

    def lint_bytes(self, path: str, data: bytes, keep_source: bool = False) -> FileResult:
        """Decode and lint the raw content of the file ``path``; a decoding error becomes a RunError."""
        try:
            text = decode(data, path)
        except InputError as exc:
            return FileResult(path, errors=[RunError(path, exc.message)], binary=isinstance(exc, BinaryFileError))
        return self.lint_source(path, text, keep_source)

    def lint_source(self, path: str, text: str, keep_source: bool = False) -> FileResult:
        """Lint decoded text as if it were the file ``path``."""
        source, newline = normalize_newlines(text)
        try:
            doc = self.parse(path, source)
        except InputError as exc:
            return FileResult(path, errors=[RunError(path, exc.message)])
        except Exception as exc:  # a parser bug or a broken parser plugin must not stop the run
            return FileResult(path, errors=[self._hook_crash("newslint_parse", path, exc)])
        doc.newline = newline
        result = FileResult(path, source=source if keep_source else None)
        result.suppressions = find_suppressions(doc)
        self._current_errors = result.errors
        raw = self._check_document(doc, result.errors)
        active = {a.rule.code: a for a in self.active_rules(path)}
        result.findings = self._finalize(doc, raw, active, result.suppressions)
        for code, a in active.items():
            if a.rule.scope == "project":
                try:
                    result.extracts[code] = a.rule.extract(doc)
                except Exception as exc:  # a broken rule must not lose other results
                    result.errors.append(self._crash(a.rule, path, exc))
        return result

    def _check_document(self, doc: Document, errors: list[RunError]) -> list[Finding]:
        """Call ``newslint_check``; when a plugin's implementation raises, keep the rules' findings."""
        mark = len(errors)
        raw: list[Finding] = []
        try:
            for found in self.pm.hook.newslint_check(document=doc, config=self.config):
                raw.extend(found or ())
        except Exception as exc:
            del errors[mark:]  # run_document_rules runs again below and re-reports rule crashes
            errors.append(self._hook_crash("newslint_check", doc.path, exc))
            raw = self.run_document_rules(doc)
        return raw

    def _hook_crash(self, hook: str, path: str, exc: BaseException) -> RunError:
        """A RunError naming the plugin whose ``hook`` implementation raised ``exc``."""
        owners = {impl.function.__code__: impl.plugin_name for impl in getattr(self.pm.hook, hook).get_hookimpls()}
        plugin, tb = "?", exc.__traceback__
        while tb is not None:
            plugin = owners.get(tb.tb_frame.f_code, plugin)
            tb = tb.tb_next
        return RunError(path, f"plugin {plugin!r} crashed in {hook}: {type(exc).__name__}: {exc}",
                        _short_traceback(exc))

    def run_document_rules(self, doc: Document) -> list[Finding]:
        """The core's ``newslint_check``: every selected document-scope rule, crash-isolated."""
        findings: list[Finding] = []
        for a in self.active_rules(doc.path):
            if a.rule.scope != "document":
                continue
            ctx = RuleContext(a.rule, doc)
            try:
                extra = a.rule.check(doc, ctx)
                findings.extend(ctx.findings)
                if extra:
                    findings.extend(extra)
            except Exception as exc:  # isolate third-party rule failures
                self._current_errors.append(self._crash(a.rule, doc.path, exc))
        return findings

    def _crash(self, rule: Rule, path: str, exc: BaseException) -> RunError:
        plugin = self.registry.rule_plugin.get(rule.code, "?")
        return RunError(path, f"rule {rule.code} ({rule.name}) from plugin {plugin!r} crashed: "
                              f"{type(exc).__name__}: {exc}", _short_traceback(exc))

    def _finalize(self, doc_or_len: Any, raw: list[Finding], active: dict[str, ActiveRule],
                  suppressions: list[Suppression]) -> list[Finding]:
        """Validate, select, apply severity and suppression, and fingerprint findings."""
        doc = doc_or_len if isinstance(doc_or_len, Document) else None
        out: list[Finding] = []
        for f in raw:
            problem = self._invalid(f, doc)
            if problem:
                plugin = self.registry.rule_plugin.get(getattr(f, "code", ""), "?")
                self._current_errors.append(RunError(getattr(f, "path", "?"),
                                                     f"plugin {plugin!r} emitted an invalid finding: {problem}"))
                continue
            a = active.get(f.code)
            if a is None or is_suppressed(suppressions, f.span.start.offset, f.code, f.name):
                continue
            f.severity = a.severity
            out.append(f)
        if isinstance(doc_or_len, Document):
            out = drop_inside_deletions(out)
            fingerprint(out, doc_or_len.source)
        return out

    def _invalid(self, f: Any, doc: Document | None) -> str | None:
        """What is wrong with a finding a plugin emitted (``doc``: its document, if known), or None."""
        if not isinstance(f, Finding):
            return f"{f!r} is not a Finding"
        if f.code not in self.registry.rules:
            return f"unknown code {f.code!r}"
        if f.name != self.registry.rules[f.code].name:
            return f"name {f.name!r} does not belong to {f.code}"
        if not isinstance(f.message, str) or not f.message.strip():
            return f"{f.code} finding has no message"
        try:
            spans = [f.span] + [r.span for r in f.related if doc is not None and r.path == doc.path]
            for span in spans:
                if not isinstance(span, Span):
                    return f"{f.code} span {span!r} is not a Span"
                problem = _span_problem(span, doc)
                if problem:
                    return f"{f.code} {problem}"
            if doc is not None and f.fix is not None and \
                    any(not 0 <= e.start <= e.end <= len(doc.source) for e in f.fix.edits):
                return f"{f.code} fix edits lie outside the document"
        except (AttributeError, TypeError) as exc:
            return f"{f.code} finding is malformed: {exc}"
        return None

    # --- whole run ----------------------------------------------------------------
    def finish(self, results: list[FileResult]) -> list[Finding]:
        """Run project-scope rules over every file's extract."""
        by_path = {r.path: r for r in results}
        findings: list[Finding] = []
        for a in self.global_rules:
            if a.rule.scope != "project":
                continue
            extracts = {r.path: r.extracts[a.rule.code] for r in results if a.rule.code in r.extracts}
            ctx = ProjectContext(a.rule)
            try:
                a.rule.finish(extracts, ctx)
            except Exception as exc:
                self._current_errors = results[0].errors if results else []
                self._current_errors.append(self._crash(a.rule, "<project>", exc))
                continue
            for f in ctx.findings:
                r = by_path.get(f.path)
                if r is None:
                    continue
                self._current_errors = r.errors
                active = {x.rule.code: x for x in self.active_rules(f.path)}
                kept = self._finalize(None, [f], active, r.suppressions)
                findings.extend(kept)
        groups: dict[str, list[Finding]] = {}
        for f in findings:
            groups.setdefault(f.path, []).append(f)
        for path, group in groups.items():
            fingerprint(group, by_path[path].source or _reread(path))
        return findings

    def run(self, paths: Iterable[str], *, keep_sources: bool = False, progress: Any = None, jobs: int | None = 1,
            cache: Any = None, executor: Any = None) -> Report:
        """Lint files and directories; the CLI's whole ``check``.

        ``jobs`` worker processes do the per-file work (None: one per core; small
        runs stay in this process); ``cache`` is a :class:`newslint.cache.Cache`;
        ``executor`` replaces the local processes (see :mod:`newslint.parallel`).
        """
        from newslint.parallel import finish, lint_files

        report = Report(registry=self.registry, fail_level=self.config.fail_level)
        files = list(self.iter_files(paths, report))
        results = lint_files(self, files, keep_sources=keep_sources, progress=progress, jobs=jobs, cache=cache,
                             executor=executor)
        report.findings.extend(finish(self, results, cache))
        self.collect_results(results, report, keep_sources)
        return report

    def collect_results(self, results: list[FileResult], report: Report, keep_sources: bool) -> None:
        verbose = getattr(self.config.options, "verbose", False)
        for r in results:
            if r.binary and r.path in self.walked:
                if verbose:
                    report.warnings.append(f"{r.path}: binary file (contains NUL bytes), skipped")
                continue
            report.files.append(r.path)
            report.findings.extend(r.findings)
            report.errors.extend(r.errors)
            if keep_sources and r.source is not None:
                report.sources[r.path] = r.source
        report.sort()

    def iter_files(self, paths: Iterable[str], report: Report) -> Iterator[str]:
        """Files to lint: explicit files as given, directories walked with include/exclude."""
        from newslint.config import glob_match

        cfg = self.config
        for p in paths:
            if os.path.isdir(p):
                found = 0

                def unreadable(exc: OSError) -> None:
                    report.errors.append(RunError(_display(exc.filename), f"cannot read directory: {exc.strerror}"))

                # Symbolic links to directories are not followed, so link loops cannot trap the walk.
                for root, dirs, names in os.walk(p, onerror=unreadable):
                    dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
                    rel_root = cfg.relpath(root)
                    for n in sorted(names):
                        full = os.path.join(root, n)
                        rel = n if rel_root == "." else f"{rel_root}/{n}"
                        if any(glob_match(g, rel) for g in cfg.include) and \
                                not any(glob_match(g, rel) for g in cfg.exclude):
                            if os.path.isfile(full):
                                found += 1
                                shown = _display(full)
                                self.walked.add(shown)
                                yield shown
                            elif os.path.islink(full):
                                report.warnings.append(f"{_display(full)}: {_link_problem(full)}, skipped")
                if not found:
                    report.warnings.append(f"{p}: no drafts found (looked for {', '.join(cfg.include)})")
            elif os.path.isfile(p):
                yield _display(p)
            elif os.path.exists(p):
                report.errors.append(RunError(p, "not a regular file (a device, socket or pipe), skipped"))
            elif os.path.islink(p):
                report.errors.append(RunError(p, _link_problem(p)))
            else:
                report.errors.append(RunError(p, "no such file or directory"))


def _reread(path: str) -> str | None:
    """The normalised text of a file already linted once (for fingerprints), or None."""
    try:
        with open(path, "rb") as fh:
            return normalize_newlines(decode(fh.read(), path))[0]
    except (OSError, InputError):
        return None


def _link_problem(path: str) -> str:
    """Why the symbolic link ``path`` cannot be read."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop"
    return "broken symbolic link (its target does not exist)"


def _span_problem(span: Span, doc: Document | None) -> str | None:
    """Why a span is not a valid place in ``doc`` (only its offsets are checked without one)."""
    s, e = span.start, span.end
    if s.offset < 0 or e.offset < s.offset:
        return f"span {s.line}:{s.column} has offsets {s.offset}..{e.offset}"
    if doc is not None:
        if e.offset > len(doc.source):
            return f"position {s.line}:{s.column} lies outside the document"
        if doc.position(s.offset) != s or doc.position(e.offset) != e:
            return f"position {s.line}:{s.column} does not agree with its offset {s.offset}"
    return None


def _short_traceback(exc: BaseException) -> str:
    """The last few frames of a plugin's traceback, shown with ``--verbose``."""
    import traceback  # only when something crashed

    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__, limit=-4))


def _display(path: str) -> str:
    path = os.path.normpath(path).replace(os.sep, "/")
    return path


def drop_inside_deletions(findings: list[Finding]) -> list[Finding]:
    """Drop findings lying wholly inside text that another finding's safe fix deletes.

    A repeated paragraph that NL101 will delete need not also report the claims
    and hedges already reported on its first copy: one problem, one finding.
    """
    deleted = [(e.start, e.end, f) for f in findings if f.fix is not None and f.fix.applicability == "safe"
               for e in f.fix.edits if not e.replacement and e.end > e.start]
    if not deleted:
        return findings
    return [f for f in findings
            if not any(owner is not f and owner.code != f.code and start <= f.span.start.offset
                       and f.span.end.offset <= end for start, end, owner in deleted)]


def fingerprint(findings: list[Finding], source: str | None) -> None:
    """Give each finding a fingerprint that survives edits elsewhere in the file.

    It hashes the code, path and normalised flagged text, plus the occurrence
    number among findings with the same code and text, never line numbers.
    """
    seen: dict[tuple[str, str], int] = {}
    for f in sorted(findings, key=lambda x: x.sort_key):
        text = normalize(source[f.span.start.offset:f.span.end.offset]) if source is not None else \
            f"{f.message}"
        key = (f.code, text)
        k = seen.get(key, 0)
        seen[key] = k + 1
        digest = hashing.sha256(f"{f.code}\0{f.path}\0{text}\0{k}".encode()).hexdigest()
        f.fingerprint = digest[:16]


class _CoreCheck:
    """The core's implementation of ``newslint_check``: run the selected rules."""

    def __init__(self, session: Session):
        self.session = session

    @hookimpl
    def newslint_check(self, document: Document) -> list[Finding]:
        return self.session.run_document_rules(document)

__all__ = ["Session", "FileResult", "ActiveRule", "fingerprint", "ConfigError", "PluginError"]
