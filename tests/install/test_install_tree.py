"""`cmake --install` into a temporary prefix, then every installed file checked with the tools a
desktop uses: desktop-file-validate, appstreamcli, shared-mime-info through GLib, man, and the
installed binaries run from there."""

import os
import re
import shutil
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET

from install_support import (APP_ID, BUILD_DIR, CMAKE, ICON_SIZES, MIME_TYPE, PYTHON_INSTALL_DIR, SOURCE_DIR,
                             VERSION, clean_env, content_type, elf_run_paths, expected_files, files_under,
                             make_plain_sqlite, png_size, require_tool, run, trace_with_installed_cli)


class InstallTree(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="breadcrumb-install-")
        cls.prefix = os.path.join(cls.tmp, "prefix")
        run([CMAKE, "--install", BUILD_DIR, "--prefix", cls.prefix])
        cls.env = clean_env(HOME=cls.tmp)
        cls.work = os.path.join(cls.tmp, "work")
        os.mkdir(cls.work)
        cls.trace, cls.run_output = trace_with_installed_cli(cls.path("bin/breadcrumb"), cls.work, cls.env)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    @classmethod
    def path(cls, relative):
        return os.path.join(cls.prefix, relative)

    def test_installs_exactly_the_expected_files(self):
        # A temporary prefix is not on the interpreter's path: no breadcrumb.pth there.
        self.assertEqual(files_under(self.prefix), expected_files())

    def test_plain_python_imports_the_package_installed_to_a_prefix_it_searches(self):
        # /usr/local as `sudo cmake --install build` would, staged under DESTDIR.
        stage = os.path.join(self.tmp, "stage")
        run([CMAKE, "--install", BUILD_DIR, "--prefix", "/usr/local"], env=dict(os.environ, DESTDIR=stage))
        site_dir = run([sys.executable, "-c", "import site; print(site.getsitepackages()[0])"]).stdout.strip()
        self.assertTrue(site_dir.startswith("/usr/local/"), site_dir)
        pth = stage + os.path.join(site_dir, "breadcrumb.pth")
        self.assertTrue(os.path.isfile(pth), sorted(files_under(stage)))
        # The interpreter reads the .pth as it would from its own site directory, relative path and all.
        probe = ("import site, sys; site.addsitedir(sys.argv[1]); import breadcrumb, breadcrumb._native; "
                 "print(breadcrumb.__file__); print(breadcrumb._native.__file__)")
        out = run([sys.executable, "-c", probe, os.path.dirname(pth)], env=self.env, cwd=self.tmp).stdout
        package = os.path.realpath(stage + "/usr/local/" + PYTHON_INSTALL_DIR)
        for path in out.split():
            self.assertTrue(os.path.realpath(path).startswith(package + os.sep), path)

    def test_binaries_carry_no_build_tree_paths(self):
        for binary in ["bin/breadcrumb", "bin/breadcrumb-gui",
                       *sorted(f for f in expected_files() if f.endswith(".so"))]:
            for run_path in elf_run_paths(self.path(binary)):
                self.assertNotIn(BUILD_DIR, run_path, binary)
                self.assertNotIn(SOURCE_DIR, run_path, binary)

    def test_installed_cli_traces_with_the_installed_package(self):
        package = os.path.realpath(self.path(PYTHON_INSTALL_DIR))
        match = re.search(r"breadcrumb package: (\S+)", self.run_output)
        self.assertIsNotNone(match, self.run_output)
        self.assertTrue(os.path.realpath(match.group(1)).startswith(package + os.sep), match.group(1))
        report = run([self.path("bin/breadcrumb"), "performance", "-t", self.trace, "square_sum"],
                     env=self.env).stdout
        self.assertIn("square_sum", report)
        self.assertRegex(report, r"\b30\b")  # called 30 times

    def test_installed_viewer_takes_a_screenshot(self):
        png = os.path.join(self.work, "viewer.png")
        run([self.path("bin/breadcrumb-gui"), "--screenshot", png, "--size", "800x600", self.trace], env=self.env)
        self.assertEqual(png_size(png), (800, 600))

    def test_versions(self):
        self.assertIn(VERSION, run([self.path("bin/breadcrumb"), "--version"], env=self.env).stdout)
        self.assertIn(VERSION, run([self.path("bin/breadcrumb-gui"), "--version"], env=self.env).stdout)

    def test_desktop_entry_validates_and_opens_traces(self):
        desktop = self.path(f"share/applications/{APP_ID}.desktop")
        result = run([require_tool("desktop-file-validate"), desktop])
        self.assertEqual(result.stdout.strip(), "", "desktop-file-validate complained")
        entry = dict(line.split("=", 1) for line in open(desktop).read().splitlines() if "=" in line)
        self.assertEqual(entry["Exec"], "breadcrumb-gui %F")
        self.assertTrue(os.path.exists(self.path("bin/breadcrumb-gui")))
        self.assertEqual(entry["Categories"], "Development;Profiling;")
        self.assertEqual(entry["MimeType"], MIME_TYPE + ";")
        self.assertEqual(entry["Icon"], APP_ID)

    def test_metainfo_validates_and_names_what_is_installed(self):
        metainfo = self.path(f"share/metainfo/{APP_ID}.metainfo.xml")
        run([require_tool("appstreamcli"), "validate", "--no-net", "--pedantic", metainfo])
        root = ET.parse(metainfo).getroot()
        self.assertEqual(root.findtext("id"), APP_ID)
        self.assertEqual(root.find("launchable").text, f"{APP_ID}.desktop")
        for binary in root.iter("binary"):
            self.assertTrue(os.access(self.path("bin/" + binary.text), os.X_OK), binary.text)
        self.assertEqual([m.text for m in root.iter("mediatype")], [MIME_TYPE])
        self.assertEqual(root.find("releases/release").get("version"), VERSION)

    def test_mime_type_recognises_traces_by_content_only(self):
        data_home = os.path.join(self.tmp, "xdg-data")
        os.makedirs(os.path.join(data_home, "mime", "packages"))
        shutil.copy(self.path(f"share/mime/packages/{APP_ID}.xml"), os.path.join(data_home, "mime", "packages"))
        run([require_tool("update-mime-database"), os.path.join(data_home, "mime")])

        samples = os.path.join(self.tmp, "samples")
        os.mkdir(samples)
        # The real trace, under the usual name and one that says nothing. (A name GLib trusts on its own,
        # like *.sqlite3, is taken at its word without reading the file: that is GIO's choice.)
        for name in ["recording", "recording.db", "traces.db"]:
            shutil.copy(self.trace, os.path.join(samples, name))
            self.assertEqual(content_type(os.path.join(samples, name), data_home), MIME_TYPE, name)
        # A format 1.0 header (user_version 100) is a trace too, and so is a newer 1.x minor (readers read it).
        for name, version in [("old-trace.db", 100), ("newer-minor.db", 109)]:
            make_plain_sqlite(os.path.join(samples, name), version)
            self.assertEqual(content_type(os.path.join(samples, name), data_home), MIME_TYPE, name)
        # Other SQLite files stay SQLite, whatever user_version they carry (99 and 1000: no trace format).
        for name, version in [("plain.db", 0), ("other-app.db", 99), ("future.db", 1000)]:
            make_plain_sqlite(os.path.join(samples, name), version)
            self.assertEqual(content_type(os.path.join(samples, name), data_home), "application/vnd.sqlite3", name)
        # A trace is still a SQLite database to everything that knows only that.
        xml = open(os.path.join(data_home, "mime", MIME_TYPE + ".xml")).read()
        self.assertIn('sub-class-of type="application/vnd.sqlite3"', xml)

    def test_file_managers_open_traces_and_only_traces_with_the_viewer(self):
        data_home = os.path.join(self.tmp, "xdg-apps")
        for kind, source in [("mime/packages", f"share/mime/packages/{APP_ID}.xml"),
                             ("applications", f"share/applications/{APP_ID}.desktop")]:
            os.makedirs(os.path.join(data_home, kind))
            shutil.copy(self.path(source), os.path.join(data_home, kind))
        run([require_tool("update-mime-database"), os.path.join(data_home, "mime")])
        run([require_tool("update-desktop-database"), os.path.join(data_home, "applications")])
        # GLib lists an entry only when its TryExec is on PATH: the installed bin/ is.
        env = clean_env(XDG_DATA_HOME=data_home, XDG_DATA_DIRS="/usr/share",
                        PATH=self.path("bin") + os.pathsep + os.environ["PATH"])
        default = run(["gio", "mime", MIME_TYPE], env=env).stdout
        self.assertRegex(default, rf"Default application for .{re.escape(MIME_TYPE)}.: {re.escape(APP_ID)}\.desktop")
        other = run(["gio", "mime", "application/vnd.sqlite3"], env=env).stdout
        self.assertNotIn(APP_ID, other)

    def test_icons_are_rendered_at_every_size(self):
        svg = self.path(f"share/icons/hicolor/scalable/apps/{APP_ID}.svg")
        with open(svg, "rb") as a, open(os.path.join(SOURCE_DIR, "resources", "icons", "breadcrumb.svg"), "rb") as b:
            self.assertEqual(a.read(), b.read())
        previous = 0
        for n in ICON_SIZES:
            png = self.path(f"share/icons/hicolor/{n}x{n}/apps/{APP_ID}.png")
            self.assertEqual(png_size(png), (n, n), png)
            # Drawn, not blank: detail grows with the size (an empty 512 px PNG is about 1 kB; this
            # drawing 18 kB).
            self.assertGreater(os.path.getsize(png), previous, png)
            previous = os.path.getsize(png)
        self.assertGreater(previous, 8000)

    def test_bash_completion_is_installed_under_both_command_names(self):
        # bash-completion loads completions/NAME on first use of NAME; test_completion drives the script.
        source = open(os.path.join(SOURCE_DIR, "resources", "linux", "breadcrumb.bash")).read()
        for name in ["breadcrumb", "breadcrumb-gui"]:
            installed = open(self.path(f"share/bash-completion/completions/{name}")).read()
            self.assertEqual(installed, source, name)
        self.assertIn("complete -F _breadcrumb_gui breadcrumb-gui", source)
        self.assertIn("complete -F _breadcrumb breadcrumb", source)

    def test_man_pages_render_and_cover_every_command_and_option(self):
        groff = require_tool("groff")
        pages = {}
        for name in ["breadcrumb", "breadcrumb-gui"]:
            page = self.path(f"share/man/man1/{name}.1")
            result = run([groff, "-man", "-Tutf8", "-ww", "-z", page])
            self.assertEqual(result.stderr.strip(), "", f"groff warnings in {name}.1")
            pages[name] = run([groff, "-man", "-Tascii", "-P", "-cbou", page]).stdout
            # The NAME line that `man -k` / whatis index.
            whatis = run([require_tool("lexgrog"), page]).stdout
            self.assertIn(f'"{name} - ', whatis)
        cli = self.path("bin/breadcrumb")
        commands = re.findall(r"^  ([a-z][a-z-]+) ", run([cli, "--help"], env=self.env).stdout.split("Commands:")[1]
                              .split("\n\n")[0], re.M)
        self.assertIn("performance", commands)
        for command in commands:
            self.assertRegex(pages["breadcrumb"], rf"\n   {re.escape(command)}\n", command)
            help_text = run([cli, command, "--help"], env=self.env).stdout
            for option in set(re.findall(r"^\s+(?:-\w, )?(--[a-z][a-z-]*)", help_text, re.M)):
                self.assertIn(option, pages["breadcrumb"], f"{command} {option}")
        gui_help = run([self.path("bin/breadcrumb-gui"), "--help"], env=self.env).stdout
        for option in set(re.findall(r"^\s+(?:-\w, )?(--[a-z][a-z-]*)", gui_help, re.M)):
            self.assertIn(option, pages["breadcrumb-gui"], option)
        self.assertIn("--screenshot", pages["breadcrumb-gui"])


if __name__ == "__main__":
    unittest.main()
