"""Which code objects are traced.

The native hook asks `Scope.__call__(code)` once per code object and caches the answer, so this
may be a little slow but must never raise. The default scope is the user's own code: every real
source file that is not in the standard library, not in site-packages/dist-packages and not
Breadcrumb itself. `include`/`exclude` are fnmatch globs on the module name that widen/narrow it.
"""

import os
import site
import sys

_PACKAGE_DIR = os.path.realpath(os.path.dirname(os.path.abspath(__file__)))
# multiprocessing's launchers of children that start a new interpreter (see _child.py)
_CHILD_LAUNCHERS = (os.sep + "popen_spawn_posix.py", os.sep + "popen_forkserver.py")


def _absolute(path):
    """os.path.abspath, without its work for the usual absolute, normalised co_filename."""
    if path.startswith(os.sep) and "/." not in path and "//" not in path:
        return path
    return os.path.abspath(path)


def _library_prefixes():
    """Directories whose code is "not the user's": stdlib and every site directory we know of."""
    # The standard library is where os comes from (sysconfig would say the same, but importing it
    # hides its own import from a program that imports it); site-packages are named by site.
    candidates = {os.path.dirname(os.path.abspath(os.__file__))}
    for prefix in {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix}:
        version = "python%d.%d" % sys.version_info[:2]
        candidates.add(os.path.join(prefix, "lib", version))
        candidates.add(os.path.join(prefix, "lib64", version))
    try:
        candidates.update(site.getsitepackages())
    except Exception:  # some embedded/virtualenv site modules lack it
        pass
    try:
        candidates.add(site.getusersitepackages())
    except Exception:
        pass
    result = set()
    for path in candidates:
        if path:
            result.add(os.path.abspath(path))
            result.add(os.path.realpath(path))
    return tuple(sorted(p.rstrip(os.sep) + os.sep for p in result))


def glob_matches(module, pattern):
    """`pattern` matches the module itself and, like a package name, its submodules."""
    if not any(c in pattern for c in "*?["):  # a plain name needs no fnmatch (which imports re)
        return module == pattern or module.startswith(pattern + ".")
    import fnmatch
    return fnmatch.fnmatchcase(module, pattern) or fnmatch.fnmatchcase(module, pattern + ".*")


class _Globs:
    """A list of globs compiled once: plain names by prefix, wildcards into one regular expression
    (fnmatch per glob and per module would be paid on every new file)."""

    def __init__(self, patterns):
        self.patterns = list(patterns)
        self.everything = "*" in self.patterns
        self.names = tuple(p for p in self.patterns if not any(c in p for c in "*?["))
        self.prefixes = tuple(name + "." for name in self.names)
        wild = [p for p in self.patterns if p not in self.names]
        self.regex = None
        if wild and not self.everything:
            import fnmatch
            import re
            self.regex = re.compile("|".join(
                "(?:%s)|(?:%s)" % (fnmatch.translate(p), fnmatch.translate(p + ".*")) for p in wild))

    def __bool__(self):
        return bool(self.patterns)

    def match(self, module):
        if self.everything:
            return True
        if module in self.names or module.startswith(self.prefixes):
            return True
        return self.regex is not None and self.regex.match(module) is not None


class Scope:
    # Code names asked about every time, whatever their file's answer (see __call__).
    always_asked = frozenset({"_launch"})

    def __init__(self, include=None, exclude=None):
        self.include = list(include or [])
        self.exclude = list(exclude or [])
        self._include = _Globs(self.include)
        self._exclude = _Globs(self.exclude)
        self._prefixes = _library_prefixes()
        self._directory_user_code = {}  # directory -> bool (default scope)
        self._directory_ours = {}       # directory -> bool: Breadcrumb's own package
        self._file_module = {}          # abspath -> module name
        self._modules_seen = 0          # how many sys.modules entries were scanned
        # co_filename -> bool: a file's code objects share one answer. The native hook reads it before
        # calling us, for code not named in always_asked: only a file's first code object costs a call.
        self.file_decisions = {}

    # -- the callback -------------------------------------------------------------------------
    def __call__(self, code):
        try:
            filename = code.co_filename
            decision = self.file_decisions.get(filename)
            if decision is None:
                # Deciding costs path work and maybe a sys.modules scan: importing a big module
                # would pay them for each of its hundreds of code objects.
                decision = self.file_decisions[filename] = self._decide(filename)
            if code.co_name in self.always_asked and filename.endswith(_CHILD_LAUNCHERS):
                # multiprocessing is about to start a spawn/forkserver child: it joins the trace
                from ._child import patch_multiprocessing
                patch_multiprocessing()
            return decision
        except Exception:
            return False

    def _decide(self, filename):
        if self._is_breadcrumb(filename):
            return False  # never trace ourselves, even with include=['*']
        if self._exclude or (self._include and not self._include.everything):
            module = self.module_name(filename)
            if self._exclude and self._exclude.match(module):
                return False
            if self._include and self._include.match(module):
                return True
        elif self._include.everything:
            return True
        return self.is_user_code(filename)

    # -- default scope ----------------------------------------------------------------------
    def is_user_code(self, filename):
        if not filename or filename.startswith("<"):
            return False  # <frozen ...>, <string>, <stdin>: not a user's source file
        directory = os.path.dirname(_absolute(filename))
        cached = self._directory_user_code.get(directory)
        if cached is None:
            # per directory, not per file: realpath costs a system call per path component
            cached = self._directory_user_code[directory] = self._classify(directory + os.sep)
        return cached

    def _classify(self, directory):
        real = os.path.realpath(directory).rstrip(os.sep) + os.sep
        for candidate in (directory, real):
            parts = candidate.split(os.sep)
            if "site-packages" in parts or "dist-packages" in parts:
                return False
            if candidate.startswith(self._prefixes):
                return False
        return True

    def _is_breadcrumb(self, filename):
        if filename.startswith("<"):
            return False
        directory = os.path.dirname(_absolute(filename))
        ours = self._directory_ours.get(directory)
        if ours is None:
            ours = self._directory_ours[directory] = (
                directory == _PACKAGE_DIR or os.path.realpath(directory) == _PACKAGE_DIR)
        return ours

    # -- module names ------------------------------------------------------------------------
    def module_name(self, filename):
        if filename.startswith("<frozen ") and filename.endswith(">"):
            return filename[len("<frozen "):-1]
        path = _absolute(filename)
        name = self._file_module.get(path)
        if name is None and len(sys.modules) != self._modules_seen:
            self._scan_modules()
            name = self._file_module.get(path)
        if name is None:
            name = self._name_from_path(path)
            self._file_module[path] = name
        return name

    def _scan_modules(self):
        for _attempt in range(3):
            try:
                items = list(sys.modules.items())
                break
            except RuntimeError:  # another thread imported while we copied
                continue
        else:
            return
        # sys.modules keeps insertion order: only the modules imported since the last scan are new
        # (all of them again if some were removed). A module is in sys.modules before its code runs.
        start = self._modules_seen if len(items) > self._modules_seen else 0
        self._modules_seen = len(items)
        for name, module in items[start:]:
            file = getattr(module, "__file__", None)
            if not isinstance(file, str):
                continue
            if file.endswith((".pyc", ".pyo")):
                file = file[:-1]
            path = _absolute(file)
            # __main__ wins over an alias the same file may also be imported under
            if name == "__main__" or path not in self._file_module:
                self._file_module[path] = name

    @staticmethod
    def _name_from_path(path):
        best = None
        for entry in sys.path:
            if not isinstance(entry, str):
                continue
            base = os.path.abspath(entry or os.curdir).rstrip(os.sep) + os.sep
            if path.startswith(base) and (best is None or len(base) > len(best)):
                best = base
        relative = path[len(best):] if best else os.path.basename(path)
        stem, _ext = os.path.splitext(relative)
        parts = [p for p in stem.split(os.sep) if p]
        if parts and parts[-1] == "__init__" and len(parts) > 1:
            parts.pop()
        return ".".join(parts) or stem
