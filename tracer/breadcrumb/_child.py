"""Multiprocessing children started by spawn or forkserver join the parent's trace: each records a
run of its own in the same file, linked to the parent's run (`runs.parent_run_id`).

Such a child is a new interpreter with nothing of the parent's tracer in it (forked children go on
natively, see module.cpp). multiprocessing sends every child its preparation data before anything
else (`spawn.get_preparation_data`, used by both start methods); the parent adds an entry whose
unpickling runs `start()` here, in the child, before the child runs anything of the program (its main
module, the process object, the target). The parent's scope patches `get_preparation_data` when
multiprocessing first launches a child that way (Scope sees its `_launch` code): nothing is imported
or changed for programs that never do.
"""

import os
import sys

_PACKAGE_PARENT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Run by unpickling, with the child's own sys.path (multiprocessing sets the parent's only after the
# preparation data was read): breadcrumb is found where the parent found it.
_SOURCE = ("import sys\n"
           "sys.path.insert(0, %r)\n"
           "try:\n"
           "    from breadcrumb._child import start\n"
           "finally:\n"
           "    del sys.path[0]\n"
           "start(%r)\n")


class _JoinTrace:
    def __init__(self, options):
        self.options = options

    def __reduce__(self):
        return (exec, (_SOURCE % (_PACKAGE_PARENT, self.options), {}))


def start(options):
    """In the child: trace it into the parent's file, as a run linked to the parent's."""
    import breadcrumb
    if breadcrumb.active():
        return
    run_id = breadcrumb.init(db=options["db"], include=options["include"], exclude=options["exclude"],
                             capture_values=options["capture_values"],
                             max_value_length=options["max_value_length"],
                             _parent_run_id=options["parent_run_id"])
    native = breadcrumb._native_module
    if run_id is not None and native is not None:
        native._install_child_exits()  # forkserver children end by os._exit(), Pool.terminate() by SIGTERM


def patch_multiprocessing():
    """Called (once per process, from the scope) before multiprocessing's spawn or forkserver
    launcher first reads the preparation data."""
    spawn = sys.modules.get("multiprocessing.spawn")
    if spawn is None:
        return
    original = spawn.get_preparation_data
    if getattr(original, "_breadcrumb_original", None) is not None:
        return

    def get_preparation_data(name):
        data = original(name)
        import breadcrumb
        run = breadcrumb._run
        if run is not None and run.pid == os.getpid() and run.child_options is not None:
            data["breadcrumb"] = _JoinTrace(dict(run.child_options, parent_run_id=run.run_id))
            native = breadcrumb._native_module
            if native is not None:
                native._share()
        return data

    get_preparation_data._breadcrumb_original = original
    spawn.get_preparation_data = get_preparation_data
