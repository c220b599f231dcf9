#pragma once
// The Python functions a session calls back (the breadcrumb package's): which code is traced, how an
// exception is described, the thread's name, the value capture. Strong references, dropped by clear().
// Cold: called once per code object, thread or exception, never per call (except value capture).
#include <Python.h>

namespace breadcrumb {

struct ThreadState;

class SessionCallbacks
{
public:
    PyObject *scope = nullptr, *describe = nullptr, *threadInfo = nullptr, *capture = nullptr; // strong
    // _values.redact(text) -> text: the native exception describer's secret redaction (may be null)
    PyObject* redact = nullptr;
    // _describe.traceback_text(tb) -> text or None: a chain's traceback entry as traceback formats it (may be
    // null)
    PyObject* tracebackText = nullptr;

    // The scope's own cache of its answers (co_filename -> bool, its `file_decisions`) and the code
    // names it must be asked about whatever the file (`always_asked`): read here before calling it, a
    // first call needs no Python frame when the file was decided before (most are: a module's functions
    // share one answer). Null when the scope has none.
    PyObject *scopeDecisions = nullptr, *scopeAlwaysAsked = nullptr;
    // Takes scopeDecisions and scopeAlwaysAsked from `scope` (when it has both, of the right types).
    void adoptScopeCache();
    // The scope's answer for `code` without calling it: false when it must be called.
    bool knownScope(PyCodeObject* code, bool& traced) const;

    // callable(arg) (callable() when arg is null) with the thread marked busy, so the call is not
    // traced. A new reference, or null (callable unset, or it failed: said once on stderr, cleared).
    PyObject* call(ThreadState* ts, PyObject* callable, PyObject* arg);
    // Another set of references to the same functions (a forked child's session).
    SessionCallbacks newReferences() const;
    void clear();

private:
    bool m_reportedError = false;
};

} // namespace breadcrumb
