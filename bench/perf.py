"""Time whole ``newslint check`` processes against proselint, write-good and textlint.

Corpora: the BBC articles (read in place from ``../shared/corpora/bbc``),
synthetic drafts from ``bench/synth.py`` (1,000 / 10,000 / 50,000, generated
once per seed into the work directory) and one short draft. Each command runs
``--repeat`` times, interleaved with the others so that background load hits
all tools alike; the table shows the median wall time, the spread (min-max),
files per second, the peak RSS of the largest process and newslint's
throughput ratio to each peer on the same files. On the short draft it also
prints newslint's wall time as a multiple of each peer's (the start-up target).

newslint is timed as users install it: a regular (non-editable) ``pip install``
of a copy of this checkout into its own venv in the work directory, reinstalled
on every run (an editable install adds a path finder to every start-up). Peers
are installed on first use into the work directory (default
``$TMPDIR/newslint-bench``): proselint from PyPI into a venv, write-good,
textlint and textlint-rule-write-good from npm into a local node_modules.
Usage: ``python bench/perf.py [--quick] [--repeat N] [--sizes 1000,10000]``
(``make bench``). Results also go to ``<workdir>/results.json``.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
BBC = REPO.parent / "shared" / "corpora" / "bbc"
CACHE_DIR = ".newslint_cache"
PACKAGE_FILES = ("pyproject.toml", "README.md", "newslint", "plugins")  # what `pip install .` builds from
PEERS_NPM = ("write-good@1.0.8", "textlint@15.8.0", "textlint-rule-write-good@2.0.0")
PEER_PYPI = "proselint==0.16.0"
#: Rounds on the short draft: a process of about 0.1 s varies by ±10% from run to run here.
SHORT_ROUNDS = 41
SHORT_DRAFT = """# Council delays harbour wall repairs

The council has delayed repairs to the harbour wall until next spring, it said on Monday.

Engineers found cracks in the wall in March. The repairs were expected to cost about £2m, and critics say
the delay could possibly make them more expensive.

"We will not cut corners," said Ana Ruiz, the council's head of works.
"""


@dataclass
class Timing:
    corpus: str
    tool: str
    files: int
    runs: list[float] = field(default_factory=list)
    rss_mb: list[float] = field(default_factory=list)
    status: int = 0

    @property
    def median(self) -> float:
        return statistics.median(self.runs)

    @property
    def files_per_s(self) -> float:
        return self.files / self.median


def run_once(cmd: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float, int]:
    """Wall seconds, peak RSS (MB) of the largest process, and exit status of one run."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss / 1024, proc.returncode


# --- set-up -------------------------------------------------------------------------------

def install_newslint(work: Path) -> Path:
    """Install the checkout as it is now into ``work``'s own venv (regular install); return the command."""
    venv, src = work / "newslint-venv", work / "newslint-src"
    shutil.rmtree(src, ignore_errors=True)  # build from a copy: setuptools writes build/ into its source
    for name in PACKAGE_FILES:
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            src.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / name, src / name)
    pip = [str(venv / "bin" / "pip"), "install", "--quiet"]
    if not (venv / "bin" / "newslint").exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run(pip + [str(src)], check=True)
    else:
        subprocess.run(pip + ["--no-deps", "--force-reinstall", str(src)], check=True)
    return venv / "bin" / "newslint"


def install_peers(work: Path) -> dict[str, Path]:
    """Install the peer linters under ``work`` (once); return their executables."""
    venv = work / "proselint-venv"
    if not (venv / "bin" / "proselint").exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", PEER_PYPI], check=True)
    npm = work / "npm"
    if not (npm / "node_modules" / ".bin" / "textlint").exists():
        npm.mkdir(parents=True, exist_ok=True)
        (npm / "package.json").write_text('{"name": "newslint-bench-peers", "private": true}\n')
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--silent", *PEERS_NPM], cwd=npm, check=True)
    (npm / "textlintrc.json").write_text('{"rules": {"write-good": true}}\n')
    bin_ = npm / "node_modules" / ".bin"
    return {"proselint": venv / "bin" / "proselint", "write-good": bin_ / "write-good",
            "textlint": bin_ / "textlint", "textlintrc": npm / "textlintrc.json"}


def synthetic(work: Path, n: int, seed: int) -> Path:
    """The synthetic corpus of ``n`` drafts (generated once per generator version and seed)."""
    sys.path.insert(0, str(HERE))
    import synth

    out = work / f"synth-v{synth.VERSION}-s{seed}-{n}"
    if not (out / ".complete").exists():
        shutil.rmtree(out, ignore_errors=True)
        synth.write_corpus(n, out, seed)
        (out / ".complete").write_text("")
    return out


def corpus_files(root: Path) -> list[str]:
    """Relative paths of the drafts under ``root`` (BBC: its .txt articles), sorted."""
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.suffix in (".txt", ".md"))


# --- commands ------------------------------------------------------------------------------

def commands(newslint: Path, peers: dict[str, Path] | None, with_peers: bool, work: Path) -> dict[str, list[str]]:
    """Tool name -> command prefix (file paths are appended).

    newslint reads an empty config in ``work``, so its cache goes there, never into a corpus folder.
    ``newslint floor`` runs one process with only NL001 (reading and parsing, no text analysis): the
    throughput no rule work could ever exceed on this machine.
    """
    config = work / "rules.yaml"
    config.write_text("# built-in defaults\n")
    check = [str(newslint), "check", "--config", str(config), "--exit-zero", "--format", "concise"]
    cmds = {
        "newslint": check + ["--no-cache"],
        "newslint -j1": check + ["--no-cache", "--jobs", "1"],
        "newslint cached": check,
        "newslint floor": check + ["--no-cache", "--jobs", "1", "--select", "NL001"],
    }
    if with_peers and peers:
        cmds.update({
            "write-good": [str(peers["write-good"])],
            "proselint": [str(peers["proselint"]), "check"],
            "textlint": [str(peers["textlint"]), "--config", str(peers["textlintrc"])],
        })
    return cmds


def short_draft_commands(newslint: Path, peers: dict[str, Path] | None, work: Path) -> dict[str, list[str]]:
    """Commands for one short draft, each with its default output (newslint: the terminal report).

    ``newslint`` runs like the peers, with its built-in defaults and no config file. The
    variants read the repository's documented ``rules.yaml`` (the output of ``newslint config
    --defaults``, 500 lines), and hit a warm cache (the cache goes into the draft's folder).
    """
    check = [str(newslint), "check", "--exit-zero"]
    cmds = {"newslint": check + ["--isolated", "--no-cache"],
            "newslint + rules.yaml": check + ["--config", str(REPO / "rules.yaml"), "--no-cache"],
            "newslint cached": check + ["--isolated"]}
    peer_cmds = commands(newslint, peers, True, work)
    return cmds | {name: cmd for name, cmd in peer_cmds.items() if not name.startswith("newslint")}


def measure(corpus: str, root: Path, files: list[str], tools: dict[str, list[str]], repeat: int,
            env: dict[str, str], cache: Path) -> list[Timing]:
    """Run every tool ``repeat`` times on ``files`` (interleaved, in ``root``); return the timings.

    ``cache`` is the folder that the ``newslint cached`` variant uses (warmed first, removed after).
    """
    timings = {name: Timing(corpus, name, len(files)) for name in tools}
    if "newslint cached" in tools:  # warm the cache once
        shutil.rmtree(cache, ignore_errors=True)
        run_once(tools["newslint cached"] + files, root, env)
    for i in range(repeat):
        for name, cmd in tools.items():
            wall, rss, status = run_once(cmd + files, root, env)
            t = timings[name]
            t.runs.append(wall)
            t.rss_mb.append(rss)
            t.status = max(t.status, status)
            print(f"  {corpus:>10} {name:22} run {i + 1}: {wall:8.2f} s  {rss:7.1f} MB  exit {status}", flush=True)
    shutil.rmtree(cache, ignore_errors=True)
    return list(timings.values())


# --- report ----------------------------------------------------------------------------------

def checkout() -> str:
    """The commit being measured, marked ``+ local changes`` when the working tree differs from it."""
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True).stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "unknown commit"
    dirty = git("status", "--porcelain", "--", *PACKAGE_FILES)
    return f"{commit}{' + local changes' if dirty else ''}"


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else ""
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (f"{cpu}; {os.cpu_count()} cores; {mem:.0f} GiB; {platform.system()} {platform.release()}; "
            f"Python {platform.python_version()}; load average at start {load:.2f}")


def start_up_ratios(timings: list[Timing]) -> str:
    """The short draft's wall time of each newslint variant as a multiple of each peer's (target: ≤ 0.8×)."""
    short = {t.tool: t for t in timings if t.corpus == "short"}
    peers = [t for name, t in short.items() if not name.startswith("newslint")]
    lines = []
    for name, ours in short.items():
        if name.startswith("newslint"):
            ratios = ", ".join(f"{ours.median / p.median:.2f}× {p.tool}'s" for p in peers)
            lines.append(f"short draft, {name}: {ours.median * 1000:.0f} ms median = {ratios} time")
    return "\n".join(lines)


def throughput_ratios(timings: list[Timing]) -> str:
    """newslint's throughput on each corpus as a multiple of write-good's (targets: 10× default jobs, 5× -j1)."""
    by_corpus: dict[str, dict[str, Timing]] = {}
    for t in timings:
        by_corpus.setdefault(t.corpus, {})[t.tool] = t
    lines = []
    for corpus, tools in by_corpus.items():
        peer = tools.get("write-good")
        if corpus == "short" or peer is None:
            continue
        for name, target in (("newslint", 10), ("newslint -j1", 5), ("newslint floor", None)):
            if name in tools:
                ratio = peer.median / tools[name].median
                verdict = f" (target {target}×: {'met' if ratio >= target else 'missed'})" if target else ""
                lines.append(f"{corpus}, {name}: {ratio:.2f}× write-good's throughput{verdict}")
    return "\n".join(lines)


def table(timings: list[Timing]) -> str:
    rows = ["| corpus | tool | files | median s | spread s | files/s | peak RSS MB | newslint's speed ÷ tool's |",
            "|---|---|---:|---:|---:|---:|---:|---:|"]
    by_corpus: dict[str, dict[str, Timing]] = {}
    for t in timings:
        by_corpus.setdefault(t.corpus, {})[t.tool] = t
    for corpus, tools in by_corpus.items():
        ours = tools.get("newslint")
        for name, t in tools.items():
            ratio = f"{t.median / ours.median:.1f}×" if ours and not name.startswith("newslint") else ""
            if name.startswith("newslint") and name != "newslint" and ours:
                ratio = f"({ours.median / t.median:.2f}× the default's speed)"
            rows.append(f"| {corpus} | {name} | {t.files} | {t.median:.2f} | {min(t.runs):.2f}–{max(t.runs):.2f} | "
                        f"{t.files_per_s:.0f} | {max(t.rss_mb):.0f} | {ratio} |")
    return "\n".join(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "newslint-bench")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--sizes", default="1000,10000,50000", help="synthetic corpus sizes (comma-separated)")
    ap.add_argument("--peer-sizes", default="1000", help="synthetic sizes on which the peers run too")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--no-peers", action="store_true", help="time newslint only")
    ap.add_argument("--quick", action="store_true", help="short draft, BBC and 1,000 drafts, 2 runs each")
    ap.add_argument("--bbc", type=Path, default=BBC, help="the BBC corpus folder (read in place)")
    ap.add_argument("--large-tools", default="",
                    help="newslint variants to run on corpora above 1,000 drafts (comma-separated; default: all)")
    args = ap.parse_args()
    if args.quick:
        args.sizes, args.repeat = "1000", 2
    work = args.workdir
    work.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "CI": "1", "NO_COLOR": "1"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: bytecode compiled once (by pip), then reused
    newslint = install_newslint(work)
    peers = None if args.no_peers else install_peers(work)
    print(f"newslint: {checkout()}\nmachine: {machine()}\nwork directory: {work}", flush=True)
    timings: list[Timing] = []

    short = work / "short"
    short.mkdir(exist_ok=True)
    (short / "draft.md").write_text(SHORT_DRAFT, encoding="utf-8")
    timings += measure("short", short, ["draft.md"], short_draft_commands(newslint, peers, work),
                       max(args.repeat, SHORT_ROUNDS), env, short / CACHE_DIR)

    if args.bbc.is_dir():
        timings += measure("bbc", args.bbc, [f for f in corpus_files(args.bbc) if f.endswith(".txt")],
                           commands(newslint, peers, True, work), args.repeat, env, work / CACHE_DIR)
    peer_sizes = {int(s) for s in args.peer_sizes.split(",") if s}
    for n in (int(s) for s in args.sizes.split(",") if s):
        root = synthetic(work, n, args.seed)
        tools = commands(newslint, peers, n in peer_sizes, work)
        for name, prefix in list(tools.items()):
            if name in ("newslint", "newslint -j1"):
                tools[f"{name} cross-file"] = prefix + ["--select", "NL104,NL204"]
        if n > 1000 and args.large_tools:
            keep = set(args.large_tools.split(","))
            tools = {k: v for k, v in tools.items() if k in keep or not k.startswith("newslint")}
        timings += measure(f"synth-{n}", root, corpus_files(root), tools, args.repeat if n <= 10_000 else 1,
                           env, work / CACHE_DIR)

    report = (f"newslint: {checkout()}\nmachine: {machine()}\n\n{table(timings)}\n\n"
              f"{start_up_ratios(timings)}\n{throughput_ratios(timings)}\n")
    print("\n" + report)
    (work / "results.json").write_text(json.dumps(
        {"newslint": checkout(), "machine": machine(),
         "timings": [asdict(t) | {"median": t.median} for t in timings]}, indent=2))


if __name__ == "__main__":
    main()
