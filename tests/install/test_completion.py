"""The bash completion, called as bash calls it (COMP_WORDS, COMP_CWORD), against the real CLI and a
real trace recorded by it."""

import os
import shutil
import tempfile
import unittest

from install_support import SOURCE_DIR, clean_env, run, trace_with_installed_cli

COMPLETION = os.path.join(SOURCE_DIR, "resources", "linux", "breadcrumb.bash")
CLI = os.environ["BREADCRUMB_CLI"]
GUI = os.environ["BREADCRUMB_GUI"]


class Completion(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="breadcrumb-completion-")
        cls.env = clean_env(HOME=cls.tmp)
        cls.trace, _ = trace_with_installed_cli(CLI, cls.tmp, cls.env)
        # A second run, so run ids have something to choose from.
        run([CLI, "run", "-q", "-o", cls.trace, os.path.join(cls.tmp, "probe.py")], env=cls.env, cwd=cls.tmp)
        os.makedirs(os.path.join(cls.tmp, ".breadcrumb"))
        shutil.copy(cls.trace, os.path.join(cls.tmp, ".breadcrumb", "traces.db"))

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def complete(self, *words, function="_breadcrumb", program=CLI):
        """COMPREPLY for the command line WORDS, the last one being the word under the cursor."""
        script = (f'source "{COMPLETION}"; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=(); '
                  f'{function}; printf "%s\\n" "${{COMPREPLY[@]}}"')
        result = run(["bash", "--norc", "--noprofile", "-c", script, "bash", program, *words],
                     env=self.env, cwd=self.tmp)
        return [line for line in result.stdout.splitlines() if line]

    def test_commands(self):
        self.assertEqual(self.complete("pe"), ["performance"])
        self.assertEqual(self.complete("-t", "x.db", "ex"), ["exceptions", "export"])
        self.assertEqual(self.complete("help", "com"), ["compare"])  # `breadcrumb help COMMAND`
        self.assertEqual(self.complete("help", "compare", ""), [])
        every = self.complete("")
        for command in ["run", "performance", "query", "list", "get", "compare", "serve-mcp"]:
            self.assertIn(command, every)

    def test_options_of_the_command(self):
        self.assertEqual(self.complete("performance", "--so"), ["--sort"])
        self.assertIn("--capture-values", self.complete("run", "--"))
        self.assertNotIn("--sort", self.complete("list", "--"))

    def test_option_values_from_the_help(self):
        self.assertEqual(self.complete("performance", "--sort", ""),
                         ["duration", "total", "avg", "self", "calls", "max", "p95"])
        self.assertEqual(self.complete("list", "--format", "j"), ["json"])
        self.assertEqual(self.complete("export", "--format", ""), ["chrome", "speedscope", "perfetto"])
        # "--sort=p" reaches the function as three words when '=' breaks words (bash's default), else as one.
        self.assertEqual(self.complete("performance", "--sort", "=", "p"), ["p95"])
        self.assertEqual(self.complete("performance", "--sort=p"), ["--sort=p95"])

    def test_run_ids_from_the_given_trace(self):
        self.assertEqual(sorted(self.complete("performance", "-t", self.trace, "--run", "")), ["1", "2"])
        self.assertEqual(sorted(self.complete("compare", "--trace", self.trace, "1", "")), ["1", "2"])
        self.assertEqual(self.complete("compare", "--trace", self.trace, "1", "2", ""), [])
        self.assertEqual(sorted(self.complete("-t", self.trace, "get", "")), ["1", "2"])

    def test_run_ids_from_the_default_trace(self):
        self.assertEqual(sorted(self.complete("get", "")), ["1", "2"])

    def test_function_names_from_the_trace(self):
        self.assertEqual(self.complete("performance", "-t", self.trace, "square"),
                         ["square_sum", "square_sum.\\<locals\\>.\\<genexpr\\>"])
        self.assertEqual(self.complete("query", "--call", "ma"), ["main"])
        # Names the shell would misread come quoted.
        self.assertIn("\\<module\\>", self.complete("performance", ""))
        self.assertIn("square_sum.\\<locals\\>.\\<genexpr\\>", self.complete("performance", "sq"))

    def test_files_for_trace_options_and_scripts(self):
        self.assertIn("probe-trace.db", self.complete("performance", "-t", "probe-t"))
        self.assertIn("probe.py", self.complete("run", "prob"))
        self.assertIn("probe.py", self.complete("run", "--capture-values", "prob"))
        self.assertIn("probe-trace.db", self.complete("list", "probe-t"))  # `list FILE`

    def test_the_program_owns_the_words_after_the_script(self):
        self.assertEqual(self.complete("run", "probe.py", "--s"), [])
        self.assertEqual(self.complete("run", "-m", "probe", "--s"), [])

    def test_a_missing_trace_completes_nothing_and_says_nothing(self):
        result = self.complete("performance", "-t", os.path.join(self.tmp, "missing.db"), "--run", "")
        self.assertEqual(result, [])

    def test_viewer(self):
        self.assertIn("--screenshot", self.complete("--", function="_breadcrumb_gui", program=GUI))
        self.assertEqual(sorted(self.complete(self.trace, "--run", "", function="_breadcrumb_gui", program=GUI)),
                         ["1", "2"])
        self.assertEqual(self.complete(self.trace, "--select", "squ", function="_breadcrumb_gui", program=GUI),
                         ["square_sum", "square_sum.\\<locals\\>.\\<genexpr\\>"])
        self.assertIn("flame", " ".join(self.complete("--view", "", function="_breadcrumb_gui", program=GUI)))
        self.assertEqual(self.complete("--color-scheme", "", function="_breadcrumb_gui", program=GUI),
                         ["system", "light", "dark"])


if __name__ == "__main__":
    unittest.main()
