#include <Python.h>

#include "SessionCallbacks.h"

#include "ThreadState.h"

#include <cstdio>

namespace breadcrumb {

PyObject* SessionCallbacks::call(ThreadState* ts, PyObject* callable, PyObject* arg)
{
    if (!callable || callable == Py_None)
        return nullptr;
    const bool wasBusy = ts ? ts->busy : false;
    if (ts)
        ts->busy = true;
    Py_INCREF(callable); // stop() may drop our reference while this call runs
    PyObject* res = arg ? PyObject_CallOneArg(callable, arg) : PyObject_CallNoArgs(callable);
    Py_DECREF(callable);
    if (ts)
        ts->busy = wasBusy;
    if (!res) {
        if (!m_reportedError) {
            m_reportedError = true;
            PyObject *type, *value, *tb;
            PyErr_Fetch(&type, &value, &tb);
            PyObject* msg = value ? PyObject_Str(value) : nullptr;
            const char* text = msg ? PyUnicode_AsUTF8(msg) : nullptr;
            if (!text)
                PyErr_Clear();
            fprintf(stderr, "breadcrumb: a tracer callback failed (%s: %s); continuing\n",
                    type ? reinterpret_cast<PyTypeObject*>(type)->tp_name : "error", text ? text : "");
            Py_XDECREF(msg);
            Py_XDECREF(type);
            Py_XDECREF(value);
            Py_XDECREF(tb);
        }
        PyErr_Clear();
    }
    return res;
}

void SessionCallbacks::adoptScopeCache()
{
    Py_CLEAR(scopeDecisions);
    Py_CLEAR(scopeAlwaysAsked);
    if (!scope)
        return;
    PyObject* decisions = PyObject_GetAttrString(scope, "file_decisions");
    PyObject* asked = decisions ? PyObject_GetAttrString(scope, "always_asked") : nullptr;
    if (decisions && asked && PyDict_CheckExact(decisions) && PyFrozenSet_CheckExact(asked)) {
        scopeDecisions = decisions;
        scopeAlwaysAsked = asked;
        return;
    }
    PyErr_Clear();
    Py_XDECREF(decisions);
    Py_XDECREF(asked);
}

bool SessionCallbacks::knownScope(PyCodeObject* code, bool& traced) const
{
    if (!scopeDecisions || !PyUnicode_CheckExact(code->co_filename) || !PyUnicode_CheckExact(code->co_name))
        return false;
    const int asked = PySet_Contains(scopeAlwaysAsked, code->co_name);
    if (asked != 0) {
        if (asked < 0)
            PyErr_Clear();
        return false;
    }
    PyObject* decision = PyDict_GetItemWithError(scopeDecisions, code->co_filename); // borrowed
    if (!decision) {
        PyErr_Clear();
        return false;
    }
    if (decision != Py_True && decision != Py_False)
        return false; // not one of the scope's answers: let it answer
    traced = decision == Py_True;
    return true;
}

SessionCallbacks SessionCallbacks::newReferences() const
{
    SessionCallbacks copy;
    copy.scopeDecisions = Py_XNewRef(scopeDecisions);
    copy.scopeAlwaysAsked = Py_XNewRef(scopeAlwaysAsked);
    copy.scope = Py_XNewRef(scope);
    copy.describe = Py_XNewRef(describe);
    copy.threadInfo = Py_XNewRef(threadInfo);
    copy.capture = Py_XNewRef(capture);
    copy.redact = Py_XNewRef(redact);
    copy.tracebackText = Py_XNewRef(tracebackText);
    return copy;
}

void SessionCallbacks::clear()
{
    Py_CLEAR(scopeDecisions);
    Py_CLEAR(scopeAlwaysAsked);
    Py_CLEAR(scope);
    Py_CLEAR(describe);
    Py_CLEAR(threadInfo);
    Py_CLEAR(capture);
    Py_CLEAR(redact);
    Py_CLEAR(tracebackText);
}

} // namespace breadcrumb
