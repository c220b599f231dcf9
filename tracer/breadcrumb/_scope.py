"""Which code objects are traced.

The native hook asks `Scope.__call__(code)` once per code object and caches the answer, so this
may be a little slow but must never raise. The default scope is the user's own code: every real
source file that is not in the standard library, not in site-packages/dist-packages and not
Breadcrumb itself. `include`/`exclude` are fnmatch globs on the module name that widen/narrow it.
"""

import os
import site
import sys
import sysconfig

_PACKAGE_DIR = os.path.realpath(os.path.dirname(os.path.abspath(__file__)))


def _library_prefixes():
    """Directories whose code is "not the user's": stdlib and every site directory we know of."""
    candidates = set()
    paths = sysconfig.get_paths()
    for key in ("stdlib", "platstdlib", "purelib", "platlib"):
        if paths.get(key):
            candidates.add(paths[key])
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


class Scope:
    def __init__(self, include=None, exclude=None):
        self.include = list(include or [])
        self.exclude = list(exclude or [])
        self._prefixes = _library_prefixes()
        self._file_user_code = {}     # co_filename -> bool (default scope)
        self._file_module = {}        # abspath -> module name
        self._modules_seen = -1       # len(sys.modules) at the last scan
        self._file_decision = {}      # co_filename -> bool: a file's code objects share one answer

    # -- the callback -------------------------------------------------------------------------
    def __call__(self, code):
        try:
            filename = code.co_filename
            decision = self._file_decision.get(filename)
            if decision is None:
                # Deciding costs path syscalls (realpath) and maybe a sys.modules scan: importing a
                # big module would pay them for each of its hundreds of code objects.
                decision = self._file_decision[filename] = self._decide(filename)
            return decision
        except Exception:
            return False

    def _decide(self, filename):
        if self._is_breadcrumb(filename):
            return False  # never trace ourselves, even with include=['*']
        if self.include or self.exclude:
            module = self.module_name(filename)
            if any(glob_matches(module, p) for p in self.exclude):
                return False
            if any(glob_matches(module, p) for p in self.include):
                return True
        return self.is_user_code(filename)

    # -- default scope ----------------------------------------------------------------------
    def is_user_code(self, filename):
        cached = self._file_user_code.get(filename)
        if cached is None:
            cached = self._classify(filename)
            self._file_user_code[filename] = cached
        return cached

    def _classify(self, filename):
        if not filename or filename.startswith("<"):
            return False  # <frozen ...>, <string>, <stdin>: not a user's source file
        path = os.path.abspath(filename)
        real = os.path.realpath(path)
        for candidate in (path, real):
            parts = candidate.split(os.sep)
            if "site-packages" in parts or "dist-packages" in parts:
                return False
            if candidate.startswith(self._prefixes):
                return False
        return True

    def _is_breadcrumb(self, filename):
        if filename.startswith("<"):
            return False
        directory = os.path.dirname(os.path.abspath(filename))
        return directory == _PACKAGE_DIR or os.path.realpath(directory) == _PACKAGE_DIR

    # -- module names ------------------------------------------------------------------------
    def module_name(self, filename):
        if filename.startswith("<frozen ") and filename.endswith(">"):
            return filename[len("<frozen "):-1]
        path = os.path.abspath(filename)
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
        self._modules_seen = len(items)
        for name, module in items:
            file = getattr(module, "__file__", None)
            if not isinstance(file, str):
                continue
            if file.endswith((".pyc", ".pyo")):
                file = file[:-1]
            path = os.path.abspath(file)
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
