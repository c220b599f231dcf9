"""`cpack -G DEB` builds the package; its control data and contents are inspected with dpkg-deb, and the
package is unpacked into a fresh root where the installed programs run with nothing from the build
tree: every shared library they load must belong to a package the .deb depends on (directly or
through those packages' own dependencies)."""

import glob
import os
import re
import shutil
import sys
import tempfile
import unittest

from install_support import (BUILD_DIR, CPACK, PYTHON_INSTALL_DIR, VERSION, clean_env, elf_run_paths,
                             expected_files, png_size, require_tool, run, trace_with_installed_cli)


def package_names(depends):
    """Package names in a Depends field, every alternative included, versions and arch dropped."""
    names = set()
    for group in filter(None, (g.strip() for g in depends.split(","))):
        for alternative in group.split("|"):
            name = re.sub(r"\(.*?\)|\[.*?\]", "", alternative).strip().split(":")[0]
            if name:
                names.add(name)
    return names


def dependency_closure(roots):
    """ROOTS and everything the installed packages they name depend on, virtual packages resolved
    through what installed packages provide."""
    depends, provided_by = {}, {}
    listing = run(["dpkg-query", "-W", "-f", "${Package}\t${Depends}, ${Pre-Depends}\t${Provides}\n"]).stdout
    for line in listing.splitlines():
        package, needs, provides = line.split("\t")
        depends.setdefault(package, set()).update(package_names(needs))
        for virtual in package_names(provides):
            provided_by.setdefault(virtual, set()).add(package)
    closure, todo = set(), list(roots)
    while todo:
        name = todo.pop()
        if name not in closure:
            closure.add(name)
            todo.extend(provided_by.get(name, ()))
            todo.extend(depends.get(name, ()))
    return closure


def owning_packages(paths):
    """{path: package} for each file dpkg knows, also under the merged-/usr alias it may be listed by."""
    aliases = {}
    for path in paths:
        aliases[path] = path
        if path.startswith("/usr/lib/"):
            aliases[path[len("/usr"):]] = path
        elif path.startswith("/lib/"):
            aliases["/usr" + path] = path
    # One query for all: dpkg-query prints "package: path" for the ones it knows (and fails for the rest).
    result = run(["dpkg-query", "-S", *sorted(aliases)], check=False)
    owners = {}
    for line in result.stdout.splitlines():
        package, _, path = line.partition(": ")
        if path in aliases:  # "pkg-a, pkg-b: path" for a file two packages share: either will do
            owners[aliases[path]] = package.split(",")[0].split(":")[0]
    return owners


class DebPackage(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        require_tool("dpkg-deb")
        require_tool("dpkg-shlibdeps")
        cls.tmp = tempfile.mkdtemp(prefix="breadcrumb-deb-")
        run([CPACK, "-G", "DEB", "-B", os.path.join(cls.tmp, "cpack"),
             "--config", os.path.join(BUILD_DIR, "CPackConfig.cmake")], cwd=cls.tmp, timeout=600)
        debs = glob.glob(os.path.join(cls.tmp, "cpack", "breadcrumb_*.deb"))
        assert len(debs) == 1, f"cpack made {debs}"
        cls.deb = debs[0]
        cls.root = os.path.join(cls.tmp, "root")
        run(["dpkg-deb", "-x", cls.deb, cls.root])

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def field(self, name):
        return run(["dpkg-deb", "-f", self.deb, name]).stdout.strip()

    def test_file_name_and_control_fields(self):
        self.assertEqual(os.path.basename(self.deb), f"breadcrumb_{VERSION}_amd64.deb")
        self.assertEqual(self.field("Package"), "breadcrumb")
        self.assertEqual(self.field("Version"), VERSION)
        self.assertEqual(self.field("Architecture"), "amd64")
        self.assertIn("Python", self.field("Description"))

    def test_declared_dependencies(self):
        depends = self.field("Depends")
        major, minor = sys.version_info[:2]
        # The extension is built for one interpreter: exactly its minor version.
        self.assertIn(f"python3 (>= {major}.{minor})", depends)
        self.assertIn(f"python3 (<< {major}.{minor + 1})", depends)
        names = package_names(depends)
        for package in ["libqt6widgets6", "libqt6gui6", "libqt6core6", "libqcustomplot2.1-qt6",
                        "libsqlite3-0", "libqt6svg6", "libc6", "libstdc++6"]:
            self.assertIn(package, names, depends)

    def test_contents(self):
        listing = run(["dpkg-deb", "-c", self.deb]).stdout.splitlines()
        files = {}
        for line in listing:
            mode, owner, _size, _date, _time, path = line.split(None, 5)
            if mode.startswith("-"):
                files[path.removeprefix("./")] = (mode, owner)
        expected = {"usr/" + f for f in expected_files()}
        expected.add("usr/lib/python3/dist-packages/breadcrumb.pth")
        self.assertEqual(set(files), expected)
        for path, (mode, owner) in files.items():
            self.assertEqual(owner, "root/root", path)
            if path.startswith("usr/bin/"):
                self.assertEqual(mode, "-rwxr-xr-x", path)
        with open(os.path.join(self.root, "usr/lib/python3/dist-packages/breadcrumb.pth")) as f:
            line = f.read().strip()
        self.assertEqual(os.path.normpath(os.path.join("/usr/lib/python3/dist-packages", line)),
                         "/usr/" + PYTHON_INSTALL_DIR)

    def test_binaries_have_no_build_paths(self):
        for binary in ["usr/bin/breadcrumb", "usr/bin/breadcrumb-gui",
                       *sorted("usr/" + f for f in expected_files() if f.endswith(".so"))]:
            self.assertEqual(elf_run_paths(os.path.join(self.root, binary)), [], binary)

    def test_unpacked_programs_work_with_only_declared_dependencies(self):
        work = os.path.join(self.tmp, "work")
        os.mkdir(work)
        log_dir = os.path.join(self.tmp, "ld-debug")
        os.mkdir(log_dir)
        # The dynamic loader logs every object each process (and the Python it starts) initialises.
        env = clean_env(HOME=work, LD_DEBUG="libs", LD_DEBUG_OUTPUT=os.path.join(log_dir, "log"))
        cli = os.path.join(self.root, "usr/bin/breadcrumb")
        trace, output = trace_with_installed_cli(cli, work, env)
        used = re.search(r"breadcrumb package: (\S+)", output)
        self.assertIsNotNone(used, output)
        self.assertTrue(used.group(1).startswith(os.path.join(self.root, "usr", PYTHON_INSTALL_DIR) + os.sep),
                        used.group(1))
        self.assertIn("square_sum", run([cli, "performance", "-t", trace], env=env).stdout)
        png = os.path.join(work, "viewer.png")
        run([os.path.join(self.root, "usr/bin/breadcrumb-gui"), "--screenshot", png, "--size", "900x600", trace],
            env=env)
        self.assertEqual(png_size(png), (900, 600))

        loaded = set()
        for log in glob.glob(os.path.join(log_dir, "log*")):
            with open(log, errors="replace") as f:
                loaded |= set(re.findall(r"calling init: (/\S+)", f.read()))
        ours = {p for p in loaded if p.startswith(self.root)}
        self.assertTrue(any(p.endswith(".so") and "_native" in p for p in ours), sorted(ours))
        system = sorted(p for p in loaded if not p.startswith(self.root))
        owners = owning_packages(system)
        self.assertEqual([p for p in system if p not in owners], [], "loaded files that no package owns")
        closure = dependency_closure(package_names(self.field("Depends")))
        missing = sorted({f"{owners[p]} ({p})" for p in system if owners[p] not in closure})
        self.assertEqual(missing, [], "libraries from packages the .deb does not depend on")


if __name__ == "__main__":
    unittest.main()
