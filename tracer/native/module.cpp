// breadcrumb._native: the Python-facing API of the tracer (see the contract in tracer/FORMAT.md and
// the python package): start(), stop(), active().
#include <Python.h>

#include "Backend.h"
#include "ExceptionDescriber.h"
#include "SignalRelay.h"
#include "Tracer.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>

namespace breadcrumb {

// Hook selection. BREADCRUMB_HOOK=eval|trace|profile|monitoring picks one; the default is the cheapest,
// which records every call and every raise: the PEP 523 eval hook plus raise events (sys.monitoring on
// 3.12+, an exception-only trace function on 3.10/3.11). The eval hook falls back to the version's
// other hook (sys.monitoring, or the trace function) when values are captured (that needs frame
// objects) or when another frame evaluation function (a debugger, a JIT) is installed.
namespace backend {
namespace {
enum class Hook
{
    None,
    Eval,
    Trace,
    Profile,
    Monitoring
};
Hook installed = Hook::None;
Hook last = Hook::None; // what backend() reports, also after stop()

Hook requested()
{
    const char* env = getenv("BREADCRUMB_HOOK");
    const std::string want = env ? env : "";
    if (want == "eval")
        return Hook::Eval;
    if (want == "trace")
        return Hook::Trace;
    if (want == "profile")
        return Hook::Profile;
    if (want == "monitoring")
        return Hook::Monitoring;
    if (!want.empty())
        fprintf(stderr,
                "breadcrumb: BREADCRUMB_HOOK=%s is not one of eval, trace, profile, monitoring; using the "
                "default\n",
                want.c_str());
    return Hook::Eval;
}
} // namespace

bool install(Tracer& tracer)
{
    Hook hook = requested();
    if (hook == Hook::Eval && !tracer.capturing()) {
        if (evalframe::install(tracer)) {
            installed = last = Hook::Eval;
            return true;
        }
        if (PyErr_Occurred())
            return false;
        fprintf(stderr, "breadcrumb: another frame evaluation function is installed; using %s\n",
                PY_VERSION_HEX >= 0x030C0000 ? "sys.monitoring" : "a trace function");
    }
#if PY_VERSION_HEX >= 0x030C0000
    hook = Hook::Monitoring;
    if (!monitoring::install(tracer, false))
        return false;
#else
    if (hook != Hook::Profile)
        hook = Hook::Trace;
    if (!legacy::install(tracer, hook == Hook::Trace))
        return false;
#endif
    installed = last = hook;
    return true;
}

void remove()
{
    switch (installed) {
    case Hook::Eval:
        evalframe::remove();
        break;
#if PY_VERSION_HEX >= 0x030C0000
    case Hook::Monitoring:
        monitoring::remove();
        break;
#else
    case Hook::Trace:
    case Hook::Profile:
        legacy::remove();
        break;
#endif
    default:
        break;
    }
    installed = Hook::None;
}

const char* name()
{
    switch (last) {
    case Hook::Eval:
        return "eval";
    case Hook::Trace:
        return "trace";
    case Hook::Profile:
        return "profile";
    case Hook::Monitoring:
        return "sys.monitoring";
    default:
        return "none";
    }
}
} // namespace backend

namespace {

bool dictString(PyObject* dict, const char* key, std::string& out)
{
    PyObject* v = PyDict_GetItemString(dict, key); // borrowed
    if (!v || v == Py_None)
        return true;
    PyObject* s = PyUnicode_Check(v) ? (Py_INCREF(v), v) : PyObject_Str(v);
    if (!s)
        return false;
    Py_ssize_t n = 0;
    const char* p = PyUnicode_AsUTF8AndSize(s, &n);
    if (p)
        out.assign(p, size_t(n));
    Py_DECREF(s);
    return p != nullptr;
}

bool dictInt(PyObject* dict, const char* key, int64_t& out)
{
    PyObject* v = PyDict_GetItemString(dict, key);
    if (!v || v == Py_None)
        return true;
    if (PyBool_Check(v)) {
        out = v == Py_True;
        return true;
    }
    const long long x = PyLong_AsLongLong(v);
    if (x == -1 && PyErr_Occurred())
        return false;
    out = x;
    return true;
}

// BREADCRUMB_HOOK=profile (3.10/3.11) owns the thread's profile function: a program that installs its own
// (sys.setprofile, cProfile) ends the recording of that thread without an event to notice it by. Checked
// when the run finishes, so that it is at least said once.
#if PY_VERSION_HEX < 0x030C0000
Py_tracefunc ourProfileFunction = nullptr;
PyThreadState* startingThread = nullptr; // checked on that thread only (others may never have had it)
#endif

void rememberProfileFunction()
{
#if PY_VERSION_HEX < 0x030C0000
    startingThread = PyThreadState_Get();
    ourProfileFunction = std::string(backend::name()) == "profile" ? startingThread->c_profilefunc : nullptr;
#endif
}

void warnIfProfileFunctionReplaced()
{
#if PY_VERSION_HEX < 0x030C0000
    PyThreadState* ts = PyThreadState_Get();
    if (ourProfileFunction && ts == startingThread && ts->c_profilefunc != ourProfileFunction)
        fprintf(stderr, "breadcrumb: the program replaced the tracer's profile function (sys.setprofile, "
                        "cProfile): its calls after that were not recorded (BREADCRUMB_HOOK=profile; the "
                        "default hook leaves sys.setprofile to the program)\n");
    ourProfileFunction = nullptr;
#endif
}

PyObject* start(PyObject*, PyObject* args, PyObject* kwargs)
{
    static const char* kwlist[] = {"path",        "run",     "scope",  "describe_exception",
                                   "thread_info", "capture", "redact", "traceback_text",
                                   nullptr};
    PyObject *pathObj = nullptr, *run = nullptr, *scope = nullptr, *describe = nullptr, *threadInfo = nullptr,
             *capture = Py_None, *redact = Py_None, *tracebackText = Py_None;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "O&O!OOO|OOO:start", const_cast<char**>(kwlist),
                                     PyUnicode_FSConverter, &pathObj, &PyDict_Type, &run, &scope, &describe,
                                     &threadInfo, &capture, &redact, &tracebackText))
        return nullptr;
    std::string path(PyBytes_AS_STRING(pathObj), size_t(PyBytes_GET_SIZE(pathObj)));
    Py_DECREF(pathObj);
    if (!PyCallable_Check(scope) || !PyCallable_Check(describe) || !PyCallable_Check(threadInfo) ||
        (redact != Py_None && !PyCallable_Check(redact)) ||
        (tracebackText != Py_None && !PyCallable_Check(tracebackText))) {
        PyErr_SetString(
            PyExc_TypeError,
            "start(): scope, describe_exception, thread_info, redact and traceback_text must be callable");
        return nullptr;
    }
    if (Tracer* current = Tracer::active())
        current->stop(std::nullopt, "completed");

    RunInfo info;
    int64_t capFlag = 0;
    if (!dictString(run, "command_line", info.commandLine) ||
        !dictString(run, "python_version", info.pythonVersion) ||
        !dictString(run, "python_executable", info.pythonExecutable) || !dictString(run, "cwd", info.cwd) ||
        !dictString(run, "hostname", info.hostname) || !dictInt(run, "pid", info.pid) ||
        !dictString(run, "include_globs", info.includeGlobs) ||
        !dictString(run, "exclude_globs", info.excludeGlobs) || !dictInt(run, "capture_values", capFlag) ||
        !dictString(run, "tracer_version", info.tracerVersion) ||
        !dictInt(run, "parent_run_id", info.parentRunId))
        return nullptr;
    info.captureValues = capFlag != 0 || capture != Py_None;

    Tracer::Callbacks cb;
    cb.scope = (Py_INCREF(scope), scope);
    cb.adoptScopeCache();
    cb.describe = (Py_INCREF(describe), describe);
    cb.threadInfo = (Py_INCREF(threadInfo), threadInfo);
    cb.capture = capture == Py_None ? nullptr : (Py_INCREF(capture), capture);
    cb.redact = redact == Py_None ? nullptr : (Py_INCREF(redact), redact);
    cb.tracebackText = tracebackText == Py_None ? nullptr : (Py_INCREF(tracebackText), tracebackText);
    Tracer* t = nullptr;
    try {
        t = Tracer::start(path, std::move(info), cb);
    } catch (const OpenFailure& e) {
        cb.clear();
        if (e.kind == OpenFailure::Kind::Io)
            PyErr_SetString(PyExc_OSError, e.what());
        else
            PyErr_SetString(PyExc_RuntimeError, e.what());
        return nullptr;
    } catch (const std::exception& e) {
        cb.clear(); // the session that would have held them is gone
        PyErr_Format(PyExc_RuntimeError, "breadcrumb: cannot start tracing: %s", e.what());
        return nullptr;
    }
    if (!t)
        return nullptr; // the backend set the error
    rememberProfileFunction();
    return PyLong_FromLongLong(t->runId());
}

PyObject* resultDict(const StopResult& r)
{
    PyObject* err =
        r.writeError ? PyUnicode_FromString(r.writeError->c_str()) : (Py_INCREF(Py_None), Py_None);
    if (!err)
        return nullptr;
    PyObject* top = PyList_New(0);
    if (!top) {
        Py_DECREF(err);
        return nullptr;
    }
    for (const StopResult::Top& t : r.topFunctions) {
        PyObject* name = PyUnicode_DecodeUTF8(t.name.data(), Py_ssize_t(t.name.size()), "replace");
        PyObject* item =
            name ? Py_BuildValue("(NLL)", name, (long long)t.calls, (long long)t.totalNs) : nullptr;
        if (!item || PyList_Append(top, item) < 0) {
            Py_XDECREF(item);
            Py_DECREF(top);
            Py_DECREF(err);
            return nullptr;
        }
        Py_DECREF(item);
    }
    // top_functions: [(qualified name, calls, total ns)], slowest first (direct recursion counted once)
    PyObject* d = Py_BuildValue("{s:L,s:L,s:L,s:L,s:N,s:N}", "run_id", (long long)r.runId, "calls",
                                (long long)r.calls, "exceptions", (long long)r.exceptions, "duration_ns",
                                (long long)r.durationNs, "write_error", err, "top_functions", top);
    return d;
}

PyObject* stop(PyObject*, PyObject* args, PyObject* kwargs)
{
    static const char* kwlist[] = {"exit_code", "status", "exiting", nullptr};
    PyObject* exitObj = Py_None;
    const char* status = "completed";
    int exiting = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "|Osp:stop", const_cast<char**>(kwlist), &exitObj, &status,
                                     &exiting))
        return nullptr;
    const std::string st(status);
    if (st != "completed" && st != "crashed" && st != "running") {
        PyErr_Format(PyExc_ValueError, "stop(): status must be 'completed' or 'crashed', not '%s'", status);
        return nullptr;
    }
    std::optional<int64_t> exitCode;
    if (exitObj != Py_None) {
        const long long c = PyLong_AsLongLong(exitObj);
        if (c == -1 && PyErr_Occurred())
            return nullptr;
        exitCode = c;
    }
    if (Tracer* t = Tracer::active()) {
        warnIfProfileFunctionReplaced();
        return resultDict(t->stop(exitCode, st, exiting != 0));
    }
    if (auto last = Tracer::lastResult())
        return resultDict(*last);
    return resultDict(StopResult{});
}

PyObject* active(PyObject*, PyObject*)
{
    return PyBool_FromLong(Tracer::active() != nullptr);
}

PyObject* installChildExits(PyObject*, PyObject*);

PyObject* beforeFork(PyObject*, PyObject*)
{
    Tracer::beforeFork();
    Py_RETURN_NONE;
}

PyObject* afterForkParent(PyObject*, PyObject*)
{
    Tracer::afterForkInParent();
    Py_RETURN_NONE;
}

// subprocess with a preexec_fn runs the at-fork hooks in a child that only execs another program: no
// run of its own for that one (it would be left running, then found crashed).
bool forkedToExec()
{
    PyFrameObject* frame = PyEval_GetFrame(); // borrowed: subprocess's _execute_child, which called fork_exec
    if (!frame)
        return false;
    PyCodeObject* code = PyFrame_GetCode(frame);
    const char* name = PyUnicode_AsUTF8(code->co_name);
    const char* file = PyUnicode_AsUTF8(code->co_filename);
    PyErr_Clear();
    const bool execs =
        name && file && std::string(name) == "_execute_child" && std::string(file).ends_with("subprocess.py");
    Py_DECREF(code);
    return execs;
}

// The child of os.fork() (and of multiprocessing's fork start method) records its own run.
PyObject* afterForkChild(PyObject*, PyObject*)
{
    if (forkedToExec()) {
        Tracer::abandonAfterFork();
        Py_RETURN_NONE;
    }
    if (Tracer::continueInChild())
        return installChildExits(nullptr, nullptr);
    Py_RETURN_NONE;
}

PyObject* childRunId(PyObject*, PyObject*)
{
    Tracer* t = Tracer::active();
    if (!t || !t->parentRunId())
        Py_RETURN_NONE;
    return Py_BuildValue("(LL)", (long long)t->runId(), (long long)t->parentRunId());
}

// Tracing with children writing the same file: see TraceWriter::setShared.
PyObject* share(PyObject*, PyObject*)
{
    if (Tracer* t = Tracer::active())
        t->writer().setShared();
    Py_RETURN_NONE;
}

// A child process usually ends by os._exit() (multiprocessing's fork and forkserver children always
// do) or by Pool.terminate()'s SIGTERM: no atexit, no finally. Both finish the child's run first.
PyObject* originalOsExit = nullptr;
pid_t modulePid = 0; // the process that imported the module (the runner's; a forked child differs)

PyObject* exitChild(PyObject*, PyObject* args, PyObject* kwargs)
{
    static const char* kwlist[] = {"status", nullptr};
    int status = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "i:_exit", const_cast<char**>(kwlist), &status))
        return nullptr;
    if (Tracer* t = Tracer::active())
        t->stop(int64_t(status & 0xff), "completed", true);
    if (originalOsExit)
        return PyObject_Call(originalOsExit, args, kwargs);
    _exit(status);
}

bool isDefaultHandler(PyObject* handler);

// SIGTERM/SIGHUP in a traced child: the run is finished as ended by the signal (exit code 128 + n, as
// `breadcrumb run` records it), then the process dies by the signal as it would untraced (its finally
// blocks do not run, its parent sees the same exit status).
// signal.signal(signum, SIG_DFL) through the already imported _signal, so Python's handler table agrees.
void restoreDefaultAction(int signum)
{
    PyObject* name = PyUnicode_FromString("_signal");
    PyObject* mod = name ? PyImport_GetModule(name) : nullptr;
    Py_XDECREF(name);
    if (mod) {
        Py_XDECREF(PyObject_CallMethod(mod, "signal", "ii", signum, 0)); // 0: SIG_DFL
        Py_DECREF(mod);
    }
    PyErr_Clear();
}

PyObject* childSignal(PyObject*, PyObject* args)
{
    int signum = 0;
    PyObject* frame = nullptr;
    if (!PyArg_ParseTuple(args, "i|O:_child_signal", &signum, &frame))
        return nullptr;
    signalrelay::started(signum);
    if (Tracer* t = Tracer::active())
        t->stop(int64_t(128 + signum), "completed", true);
    restoreDefaultAction(signum);
    fflush(stdout);
    fflush(stderr);
    kill(getpid(), signum);
    Py_RETURN_NONE;
}

PyMethodDef exitChildDef = {"_exit", reinterpret_cast<PyCFunction>(exitChild), METH_VARARGS | METH_KEYWORDS,
                            "os._exit(status) in a traced child process: finishes its run, then exits"};
PyMethodDef childSignalDef = {
    "_child_signal", childSignal, METH_VARARGS,
    "SIGTERM/SIGHUP handler of a traced child: finishes its run, then dies by the signal"};

PyObject* installChildExits(PyObject*, PyObject*)
{
    PyObject* os = PyImport_ImportModule("os");
    if (os) {
        PyObject* current = PyObject_GetAttrString(os, "_exit");
        const bool ours = current && PyCFunction_Check(current) &&
                          PyCFunction_GetFunction(current) == reinterpret_cast<PyCFunction>(exitChild);
        if (current && !ours) {
            Py_XSETREF(originalOsExit, (Py_INCREF(current), current));
            if (PyObject* f = PyCFunction_NewEx(&exitChildDef, nullptr, nullptr)) {
                PyObject_SetAttrString(os, "_exit", f);
                Py_DECREF(f);
            }
        }
        Py_XDECREF(current);
        Py_DECREF(os);
    }
    PyErr_Clear();
    if (PyObject* signal = PyImport_ImportModule("_signal")) {
        PyObject* handler = PyCFunction_NewEx(&childSignalDef, nullptr, nullptr);
        for (const char* name : {"SIGTERM", "SIGHUP"}) {
            PyObject* num = PyObject_GetAttrString(signal, name);
            PyObject* now = num ? PyObject_CallMethod(signal, "getsignal", "O", num) : nullptr;
            if (handler && now && isDefaultHandler(now)) {
                Py_XDECREF(PyObject_CallMethod(signal, "signal", "OO", num, handler));
                signalrelay::install(int(PyLong_AsLong(num)));
            }
            Py_XDECREF(now);
            Py_XDECREF(num);
            PyErr_Clear();
        }
        Py_XDECREF(handler);
        Py_DECREF(signal);
    }
    PyErr_Clear();
    Py_RETURN_NONE;
}

// The runner's own work (writing the run id, its watchdog thread) must not show as the program's calls.
PyObject* pauseThread(PyObject*, PyObject* arg)
{
    const int paused = PyObject_IsTrue(arg);
    if (paused < 0)
        return nullptr;
    Tracer* t = Tracer::active();
    return PyBool_FromLong(t ? t->pauseThread(paused != 0) : 0);
}

int exitSignal = 0;
PyObject* exitOnSignal(PyObject*, PyObject* args);

// SIG_DFL, or the runner's orderly-exit handler inherited from the parent (its run is not this one).
bool isDefaultHandler(PyObject* handler)
{
    if (PyLong_Check(handler))
        return PyLong_AsLong(handler) == 0;
    return PyCFunction_Check(handler) &&
           PyCFunction_GetFunction(handler) == reinterpret_cast<PyCFunction>(exitOnSignal);
}

// The runner's SIGTERM/SIGHUP handler: an orderly exit (finally blocks run, the trace completes) instead
// of the default sudden death. Written in C so that no Python frame of ours appears in the trace. A second
// signal kills as it would without us.
PyObject* exitOnSignal(PyObject*, PyObject* args)
{
    // Inherited by a forked child, and called there for a signal that came before the child's own handler
    // was in place (signal.signal() runs the pending handlers first): the child's way, not the runner's.
    if (getpid() != modulePid)
        return childSignal(nullptr, args);
    int signum = 0;
    PyObject* frame = nullptr;
    if (!PyArg_ParseTuple(args, "i|O:_exit_on_signal", &signum, &frame))
        return nullptr;
    signalrelay::started(signum);
    exitSignal = signum;
    restoreDefaultAction(signum);
    if (PyObject* code = PyLong_FromLong(128 + signum)) {
        PyErr_SetObject(PyExc_SystemExit, code);
        Py_DECREF(code);
    }
    return nullptr;
}

// After signal.signal(signum, _exit_on_signal): see SignalRelay.h.
PyObject* relaySignal(PyObject*, PyObject* arg)
{
    const long signum = PyLong_AsLong(arg);
    if (signum == -1 && PyErr_Occurred())
        return nullptr;
    signalrelay::install(int(signum));
    Py_RETURN_NONE;
}

PyObject* exitSignalValue(PyObject*, PyObject*)
{
    return PyLong_FromLong(exitSignal);
}

PyObject* backendName(PyObject*, PyObject*)
{
    return PyUnicode_FromString(backend::name());
}

// For tests: whether the calling frame runs with the interpreter's tracing switch on (3.10/3.11,
// cframe->use_tracing; the eval hook's raise events must not leave it on). None on 3.12+, which has
// no such switch.
PyObject* tracingSwitch(PyObject*, PyObject*)
{
#if PY_VERSION_HEX < 0x030C0000
    return PyBool_FromLong(PyThreadState_Get()->cframe->use_tracing != 0);
#else
    Py_RETURN_NONE;
#endif
}

// For tests: the native describer's secret prefilter on a text (_values.redact must leave the text unchanged
// where it says False). name_may_follow: the text is a chain entry, which its exception's type line follows.
PyObject* secretPrefilter(PyObject*, PyObject* args)
{
    PyObject* text = nullptr;
    int nameMayFollow = 0;
    if (!PyArg_ParseTuple(args, "U|p", &text, &nameMayFollow))
        return nullptr;
    Py_ssize_t size = 0;
    const char* utf8 = PyUnicode_AsUTF8AndSize(text, &size);
    if (!utf8)
        return nullptr;
    return PyBool_FromLong(
        ExceptionDescriber::secretPrefilter(std::string_view(utf8, size_t(size)), nameMayFollow != 0));
}

// For tests: _values.redact(text) as the native describer does it without Python, or None where it asks
// Python.
PyObject* redactNatively(PyObject*, PyObject* arg)
{
    if (!PyUnicode_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "_redact_natively(text): text must be a str");
        return nullptr;
    }
    Py_ssize_t size = 0;
    const char* utf8 = PyUnicode_AsUTF8AndSize(arg, &size);
    if (!utf8)
        return nullptr;
    std::string text(utf8, size_t(size));
    if (!ExceptionDescriber::redactWithoutPython(text))
        Py_RETURN_NONE;
    return PyUnicode_FromStringAndSize(text.data(), Py_ssize_t(text.size()));
}

PyMethodDef methods[] = {
    {"start", reinterpret_cast<PyCFunction>(start), METH_VARARGS | METH_KEYWORDS,
     "start(path, run, scope, describe_exception, thread_info, capture=None, redact=None, "
     "traceback_text=None) "
     "-> run_id\n"
     "Start recording a new run into the trace file `path`."},
    {"stop", reinterpret_cast<PyCFunction>(stop), METH_VARARGS | METH_KEYWORDS,
     "stop(exit_code=None, status='completed', exiting=False) -> dict\nFinish the run: flush, commit, "
     "checkpoint (exiting: the process ends next, its memory is not freed)."},
    {"active", active, METH_NOARGS, "active() -> bool"},
    {"_before_fork", beforeFork, METH_NOARGS, "os.fork() is about to happen: holds the writer out of SQLite"},
    {"_after_fork_parent", afterForkParent, METH_NOARGS,
     "os.fork() happened, in the parent: releases the writer"},
    {"_after_fork_child", afterForkChild, METH_NOARGS,
     "In a forked child: goes on tracing in a run of the child's own, linked to the parent's run."},
    {"_child_run", childRunId, METH_NOARGS,
     "_child_run() -> (run_id, parent_run_id) of a child's run, or None"},
    {"_share", share, METH_NOARGS, "Child processes write the same trace file: commit after every batch"},
    {"_install_child_exits", installChildExits, METH_NOARGS,
     "In a traced child: os._exit() and SIGTERM/SIGHUP finish its run before the process ends"},
    {"_pause", pauseThread, METH_O,
     "_pause(flag) -> bool: stop (True) or resume (False) seeing the calling thread's calls; returns the "
     "previous state"},
    {"_exit_on_signal", exitOnSignal, METH_VARARGS,
     "_exit_on_signal(signum, frame): a signal handler raising SystemExit(128 + signum)"},
    {"_relay_signal", relaySignal, METH_O,
     "_relay_signal(signum): after signal.signal(signum, _exit_on_signal), redeliver it if CPython loses it"},
    {"_exit_signal", exitSignalValue, METH_NOARGS,
     "_exit_signal() -> the signal _exit_on_signal last handled, or 0"},
    {"backend", backendName, METH_NOARGS,
     "backend() -> the hook of the running (or last) session: 'eval', 'trace', 'profile' or "
     "'sys.monitoring'"},
    {"_secret_prefilter", secretPrefilter, METH_VARARGS,
     "_secret_prefilter(text, name_may_follow=False) -> bool: the native describer's secret prefilter "
     "(tests)"},
    {"_redact_natively", redactNatively, METH_O,
     "_redact_natively(text) -> str or None: _values.redact as the native describer does it (tests)"},
    {"_tracing_switch", tracingSwitch, METH_NOARGS,
     "_tracing_switch() -> bool or None: the calling frame runs with tracing on (3.10/3.11; for tests)"},
    {nullptr, nullptr, 0, nullptr},
};

PyModuleDef moduleDef = {PyModuleDef_HEAD_INIT,
                         "_native",
                         "Breadcrumb's native tracer.",
                         -1,
                         methods,
                         nullptr,
                         nullptr,
                         nullptr,
                         nullptr};

} // namespace
} // namespace breadcrumb

PyMODINIT_FUNC PyInit__native()
{
    PyObject* m = PyModule_Create(&breadcrumb::moduleDef);
    if (!m)
        return nullptr;
    breadcrumb::modulePid = getpid();
    PyModule_AddIntConstant(m, "FORMAT_VERSION", breadcrumb::TraceWriter::kFormatVersion);
    // A forked child has no writer thread: it continues in a run of its own (Tracer::continueInChild).
    // In C: a Python callback of ours would show in the trace, called from the program's fork().
    if (PyObject* os = PyImport_ImportModule("os")) {
        PyObject* before = PyObject_GetAttrString(m, "_before_fork");
        PyObject* child = PyObject_GetAttrString(m, "_after_fork_child");
        PyObject* parent = PyObject_GetAttrString(m, "_after_fork_parent");
        PyObject* reg = PyObject_GetAttrString(os, "register_at_fork");
        if (before && child && parent && reg) {
            PyObject* kw = Py_BuildValue("{s:O,s:O,s:O}", "before", before, "after_in_child", child,
                                         "after_in_parent", parent);
            PyObject* empty = PyTuple_New(0);
            Py_XDECREF(PyObject_Call(reg, empty, kw));
            Py_XDECREF(empty);
            Py_XDECREF(kw);
        }
        Py_XDECREF(before);
        Py_XDECREF(child);
        Py_XDECREF(parent);
        Py_XDECREF(reg);
        Py_DECREF(os);
    }
    PyErr_Clear();
    return m;
}
