"""Shared helpers of the installation tests: real installs, real tools, real traced programs."""

import os
import re
import shutil
import struct
import subprocess
import sys

BUILD_DIR = os.environ["BREADCRUMB_BUILD_DIR"]
SOURCE_DIR = os.environ["BREADCRUMB_SOURCE_DIR"]
CMAKE = os.environ.get("BREADCRUMB_CMAKE", "cmake")
CPACK = os.environ.get("BREADCRUMB_CPACK", "cpack")
VERSION = os.environ["BREADCRUMB_VERSION"]
# The package's directory relative to the prefix (${CMAKE_INSTALL_LIBDIR}/breadcrumb/python).
PYTHON_INSTALL_DIR = os.environ["BREADCRUMB_PYTHON_INSTALL_DIR"]
APP_ID = "dev.breadcrumb.Breadcrumb"
ICON_SIZES = [16, 22, 24, 32, 48, 64, 128, 256, 512]
MIME_TYPE = "application/x-breadcrumb-trace"

# The program traced through the installed `breadcrumb run`: it says which package traced it.
PROBE_SCRIPT = """\
import sys

def square_sum(n):
    return sum(i * i for i in range(n))

def main():
    total = 0
    for _ in range(30):
        total += square_sum(3000)
    print("breadcrumb package:", sys.modules["breadcrumb"].__file__)
    print("total:", total)

main()
"""


def require_tool(name):
    path = shutil.which(name)
    if not path:
        raise AssertionError(f"{name} is not installed (scripts/setup.sh installs it)")
    return path


def clean_env(**extra):
    """The environment of a user who installed the package: nothing pointing into the build tree."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("LD_LIBRARY_PATH", "PYTHONPATH", "PYTHONHOME", "BREADCRUMB_DB", "QT_PLUGIN_PATH",
                        "XDG_DATA_HOME", "XDG_DATA_DIRS")}
    env.update({"LC_ALL": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"})
    env.update(extra)
    return env


def run(argv, timeout=300, check=True, **kwargs):
    result = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, **kwargs)
    if check and result.returncode != 0:
        raise AssertionError(f"{' '.join(map(str, argv))} exited {result.returncode}\n"
                             f"stdout:\n{result.stdout[-3000:]}\nstderr:\n{result.stderr[-3000:]}")
    return result


def expected_files(python_dir=PYTHON_INSTALL_DIR):
    """Every file an install puts under the prefix, relative to it (the .pth aside: it depends on the
    prefix)."""
    files = {"bin/breadcrumb", "bin/breadcrumb-gui",
             f"share/applications/{APP_ID}.desktop",
             f"share/metainfo/{APP_ID}.metainfo.xml",
             f"share/mime/packages/{APP_ID}.xml",
             f"share/icons/hicolor/scalable/apps/{APP_ID}.svg",
             "share/man/man1/breadcrumb.1", "share/man/man1/breadcrumb-gui.1",
             "share/bash-completion/completions/breadcrumb",
             "share/bash-completion/completions/breadcrumb-gui"}
    files |= {f"share/icons/hicolor/{n}x{n}/apps/{APP_ID}.png" for n in ICON_SIZES}
    package = os.path.join(SOURCE_DIR, "tracer", "breadcrumb")
    tag = sys.implementation.cache_tag
    for name in sorted(os.listdir(package)):
        if name.endswith(".py"):
            files.add(f"{python_dir}/breadcrumb/{name}")
            files.add(f"{python_dir}/breadcrumb/__pycache__/{name[:-3]}.{tag}.pyc")
    import sysconfig
    files.add(f"{python_dir}/breadcrumb/_native{sysconfig.get_config_var('EXT_SUFFIX')}")
    return files


def files_under(root):
    found = set()
    for directory, _, names in os.walk(root):
        for name in names:
            found.add(os.path.relpath(os.path.join(directory, name), root))
    return found


def png_size(path):
    with open(path, "rb") as f:
        header = f.read(24)
    if header[:8] != b"\x89PNG\r\n\x1a\n" or header[12:16] != b"IHDR":
        raise AssertionError(f"{path} is not a PNG")
    return struct.unpack(">II", header[16:24])


def elf_run_paths(path):
    """RPATH and RUNPATH entries of an ELF file."""
    out = run(["readelf", "-d", path]).stdout
    return re.findall(r"\((?:RPATH|RUNPATH)\)\s+Library r(?:un)?path: \[([^\]]*)\]", out)


def make_plain_sqlite(path, user_version=0):
    import sqlite3
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        db.execute("INSERT INTO notes (text) VALUES ('not a trace')")
        db.execute(f"PRAGMA user_version = {int(user_version)}")
    return path


def content_type(path, data_home):
    """The MIME type GLib's freedesktop shared-mime-info implementation gives the file, by content."""
    gio = require_tool("gio")
    env = clean_env(XDG_DATA_HOME=data_home, XDG_DATA_DIRS="/usr/share")
    out = run([gio, "info", "-a", "standard::content-type", path], env=env).stdout
    match = re.search(r"standard::content-type: (\S+)", out)
    if not match:
        raise AssertionError(f"gio info gave no content type for {path}:\n{out}")
    return match.group(1)


def trace_with_installed_cli(breadcrumb, directory, env):
    """Traces PROBE_SCRIPT with the given `breadcrumb`; returns (trace path, program output)."""
    script = os.path.join(directory, "probe.py")
    with open(script, "w") as f:
        f.write(PROBE_SCRIPT)
    trace = os.path.join(directory, "probe-trace.db")
    result = run([breadcrumb, "run", "-o", trace, script], env=env, cwd=directory)
    return trace, result.stdout
