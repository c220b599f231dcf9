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

SessionCallbacks SessionCallbacks::newReferences() const
{
    SessionCallbacks copy;
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
    Py_CLEAR(scope);
    Py_CLEAR(describe);
    Py_CLEAR(threadInfo);
    Py_CLEAR(capture);
    Py_CLEAR(redact);
    Py_CLEAR(tracebackText);
}

} // namespace breadcrumb
