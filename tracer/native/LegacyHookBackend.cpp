// Python 3.10/3.11: a C hook of the PyEval_SetProfile family on every thread. Existing threads get it
// through the interpreter's thread states, future ones through threading.settrace()/setprofile() with
// a tiny trampoline that swaps itself for the C function on the thread's first event.
//
// Two modes (BREADCRUMB_HOOK=trace|profile; the default everywhere is the PEP 523 eval hook, and these
// are its fallback when values are captured or another frame evaluation function is installed):
// - "trace": a C trace function (PyEval_SetTrace). It receives call, return and exception events (so
//   every raise is recorded, as with sys.monitoring on 3.12+) and no C-call events; line events are
//   switched off per frame (f_trace_lines = 0). Its exception events go through exceptionEvent, which
//   the eval hook's raise events on 3.10/3.11 share.
// - "profile" (BREADCRUMB_HOOK=profile): a C profile function, which leaves sys.settrace free for
//   debuggers and coverage. The profile API reports no raises, so exceptions are inferred from calls
//   that unwind (see probeHook); one raised and caught inside the same call is not seen.
#include "Backend.h"
#include "Tracer.h"

#if PY_VERSION_HEX < 0x030C0000

#include <frameobject.h>

namespace breadcrumb::backend::legacy {

void exceptionEvent(void* key, PyObject* arg)
{
    Tracer* t = Tracer::active();
    ThreadState* ts = t ? t->thread() : nullptr;
    if (!ts || !arg || !PyTuple_Check(arg) || PyTuple_GET_SIZE(arg) < 3)
        return;
    PyObject* exc = PyTuple_GET_ITEM(arg, 1);
    PyObject* tb = PyTuple_GET_ITEM(arg, 2);
    // The interpreter attaches the traceback only when the exception is caught; the description
    // wants it now.
    if (PyExceptionInstance_Check(exc) && PyTraceBack_Check(tb))
        PyException_SetTraceback(exc, tb);
    t->raised(*ts, key, exc, monotonicNs());
}

namespace {

constexpr int kFrameSuspended = -1; // FRAME_SUSPENDED in 3.10 (f_state) and 3.11 (gi_frame_state)

bool traceMode = true;

#if PY_VERSION_HEX >= 0x030B0000
// The head of 3.11's PyFrameObject (Include/internal/pycore_frame.h, stable across 3.11.x).
struct FrameHead
{
    PyObject_HEAD PyFrameObject* f_back;
    void* f_frame;
    PyObject* f_trace;
    int f_lineno;
    char f_trace_lines;
    char f_trace_opcodes;
};
inline void noLineEvents(PyFrameObject* frame)
{
    reinterpret_cast<FrameHead*>(frame)->f_trace_lines = 0;
}
#else
inline void noLineEvents(PyFrameObject* frame)
{
    frame->f_trace_lines = 0;
}
#endif

bool frameIsSuspended(PyFrameObject* frame)
{
#if PY_VERSION_HEX >= 0x030B0000
    PyObject* gen = PyFrame_GetGenerator(frame);
    if (!gen)
        return false;
    const int state = reinterpret_cast<PyGenObject*>(gen)->gi_frame_state;
    Py_DECREF(gen);
    return state == kFrameSuspended;
#else
    return frame->f_state == kFrameSuspended;
#endif
}

// The profile API reports no raised exceptions (and hides the one unwinding a frame). So when a call
// ends by an exception, a one-shot C trace function is set on the thread: the interpreter hands it
// the exception (PyTrace_EXCEPTION) in the next Python frame it reaches, and it removes itself on
// its first event. Exceptions cost this only when they leave a traced call; the calls they ended
// are held back until the exception is known.
int probeHook(PyObject*, PyFrameObject* frame, int what, PyObject* arg)
{
    _PyEval_SetTrace(PyThreadState_Get(), nullptr, nullptr);
    Tracer* t = Tracer::active();
    ThreadState* ts = t ? t->thread() : nullptr;
    if (!ts)
        return 0;
    PyObject* exc = what == PyTrace_EXCEPTION && PyTuple_Check(arg) && PyTuple_GET_SIZE(arg) >= 2
                        ? PyTuple_GET_ITEM(arg, 1)
                        : nullptr;
    if (!ts->held.empty())
        t->resolveHeld(*ts, exc);
    else if (exc)
        t->raised(*ts, frame, exc, monotonicNs());
    return 0;
}

#if PY_VERSION_HEX < 0x030B0000
// 3.10 code objects have no co_qualname: find the function object running this code where it is
// cheap to look (once per code object): the module's globals, the class of the first argument
// (methods, classmethods), the caller's locals (nested functions). Null when not found.
PyObject* functionQualname(PyObject* candidate, PyCodeObject* code)
{
    if (!candidate)
        return nullptr;
    if (PyObject_TypeCheck(candidate, &PyStaticMethod_Type) ||
        PyObject_TypeCheck(candidate, &PyClassMethod_Type)) {
        PyObject* func = PyObject_GetAttrString(candidate, "__func__");
        PyErr_Clear();
        PyObject* q = func ? functionQualname(func, code) : nullptr;
        Py_XDECREF(func);
        return q;
    }
    if (PyObject_TypeCheck(candidate, &PyProperty_Type)) {
        for (const char* accessor : {"fget", "fset", "fdel"}) {
            PyObject* func = PyObject_GetAttrString(candidate, accessor);
            PyErr_Clear();
            PyObject* q = func ? functionQualname(func, code) : nullptr;
            Py_XDECREF(func);
            if (q)
                return q;
        }
        return nullptr;
    }
    if (PyFunction_Check(candidate) && PyFunction_GET_CODE(candidate) == reinterpret_cast<PyObject*>(code)) {
        PyObject* q = reinterpret_cast<PyFunctionObject*>(candidate)->func_qualname;
        Py_XINCREF(q);
        return q;
    }
    return nullptr;
}

} // namespace

PyObject* qualnameOf(PyCodeObject* code, PyFrameObject* frame)
{
    PyObject* name = code->co_name;
    if (PyObject* q = functionQualname(PyDict_GetItemWithError(frame->f_globals, name), code))
        return q;
    PyErr_Clear();
    auto inClass = [&](PyObject* type) -> PyObject* {
        PyObject* dict = reinterpret_cast<PyTypeObject*>(type)->tp_dict;
        PyObject* q = dict ? functionQualname(PyDict_GetItemWithError(dict, name), code) : nullptr;
        PyErr_Clear();
        return q;
    };
    if (code->co_argcount > 0 && frame->f_localsplus[0]) {
        PyObject* first = frame->f_localsplus[0];
        if (PyCell_Check(first)) // `self` captured by a nested function lives in a cell
            first = PyCell_GET(first);
        PyObject* mro =
            PyType_Check(first) ? reinterpret_cast<PyTypeObject*>(first)->tp_mro : Py_TYPE(first)->tp_mro;
        if (first && mro && PyTuple_Check(mro))
            for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(mro); ++i)
                if (PyObject* q = inClass(PyTuple_GET_ITEM(mro, i)))
                    return q;
    }
    // static methods (the module's classes), closures kept under another global name
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (PyDict_Next(frame->f_globals, &pos, &key, &value))
        if (PyObject* q = PyType_Check(value) ? inClass(value) : functionQualname(value, code))
            return q;
    if (PyFrameObject* back = frame->f_back) {
        const int n = back->f_code->co_nlocals + int(PyTuple_GET_SIZE(back->f_code->co_cellvars));
        for (int i = 0; i < n; ++i) {
            PyObject* v = back->f_localsplus[i];
            if (v && PyCell_Check(v))
                v = PyCell_GET(v);
            if (PyObject* q = functionQualname(v, code))
                return q;
        }
    }
    return nullptr;
}

namespace {
#endif

int profileHook(PyObject*, PyFrameObject* frame, int what, PyObject* arg)
{
    if (what != PyTrace_CALL && what != PyTrace_RETURN) [[unlikely]] {
        if (what == PyTrace_LINE) {
            noLineEvents(frame); // a frame that started before tracing
        } else if (what == PyTrace_EXCEPTION && traceMode) {
            exceptionEvent(frame, arg);
        }
        return 0; // C calls are not recorded
    }
    Tracer* t = Tracer::active();
    if (!t) [[unlikely]]
        return 0;
    const int64_t now = monotonicNs();
    ThreadState* ts = t->thread();
    if (!ts) [[unlikely]]
        return 0;
    if (!ts->held.empty()) [[unlikely]]
        t->resolveHeld(*ts, nullptr);
    if (what == PyTrace_CALL) {
        PyCodeObject* code = PyFrame_GetCode(frame);
        uint64_t bits = t->cachedCodeBits(code);
        if (!bits) [[unlikely]] {
#if PY_VERSION_HEX >= 0x030B0000
            PyObject* globals = PyFrame_GetGlobals(frame);
#else
            PyObject* globals = frame->f_globals;
            Py_XINCREF(globals);
#endif
#if PY_VERSION_HEX < 0x030B0000
            PyObject* qualname = qualnameOf(code, frame);
            bits = t->resolveCode(code, globals, qualname);
            Py_XDECREF(qualname);
#else
            bits = t->resolveCode(code, globals);
#endif
            Py_XDECREF(globals);
            if (!bits || t->stopped()) {
                Py_DECREF(code);
                return 0;
            }
        }
        Py_DECREF(code);
        if (traceMode)
            noLineEvents(frame);
        t->enter(*ts, bits, frame, frame, true, now);
        return 0;
    }
    ExitKind kind = ExitKind::Return;
    if (!arg)
        kind = ExitKind::Unwind;
    else if (!ts->stack.empty() && ts->stack.back().key == frame &&
             CodeBits::resumable(uint64_t(ts->stack.back().kind) << CodeBits::kKindShift) &&
             frameIsSuspended(frame))
        kind = ExitKind::Yield;
    t->leave(*ts, frame, kind, arg, now);
    if (ts->wantProbe) [[unlikely]] {
        ts->wantProbe = false;
        _PyEval_SetTrace(PyThreadState_Get(), probeHook, nullptr);
    }
    return 0;
}

// threading.setprofile() target: the first event of a new thread installs the C hook.
PyObject* threadTrampoline(PyObject*, PyObject* const* args, Py_ssize_t nargs)
{
    if (traceMode)
        PyEval_SetTrace(profileHook, nullptr);
    else
        PyEval_SetProfile(profileHook, nullptr);
    if (nargs >= 2 && PyUnicode_Check(args[1]) && PyUnicode_CompareWithASCIIString(args[1], "call") == 0 &&
        PyFrame_Check(args[0]))
        profileHook(nullptr, reinterpret_cast<PyFrameObject*>(args[0]), PyTrace_CALL, Py_None);
    Py_RETURN_NONE;
}

PyMethodDef trampolineDef = {"_breadcrumb_thread_trampoline", reinterpret_cast<PyCFunction>(threadTrampoline),
                             METH_FASTCALL, nullptr};
PyObject* trampoline = nullptr;

bool setThreadingProfile(PyObject* func)
{
    PyObject* threading = PyImport_ImportModule("threading");
    if (!threading)
        return false;
    PyObject* res = PyObject_CallMethod(threading, traceMode ? "settrace" : "setprofile", "O", func);
    Py_DECREF(threading);
    Py_XDECREF(res);
    return res != nullptr;
}

} // namespace

bool install(Tracer& tracer, bool trace)
{
    traceMode = trace;
    tracer.inferExceptions = !traceMode;
    if (!trampoline && !(trampoline = PyCFunction_New(&trampolineDef, nullptr)))
        return false;
    PyInterpreterState* interp = PyThreadState_GetInterpreter(PyThreadState_Get());
    for (PyThreadState* ts = PyInterpreterState_ThreadHead(interp); ts; ts = PyThreadState_Next(ts))
        if ((traceMode ? _PyEval_SetTrace(ts, profileHook, nullptr)
                       : _PyEval_SetProfile(ts, profileHook, nullptr)) < 0)
            return false;
    return setThreadingProfile(trampoline);
}

void remove()
{
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    PyInterpreterState* interp = PyThreadState_GetInterpreter(PyThreadState_Get());
    for (PyThreadState* ts = PyInterpreterState_ThreadHead(interp); ts; ts = PyThreadState_Next(ts)) {
        if (ts->c_profilefunc == profileHook)
            _PyEval_SetProfile(ts, nullptr, nullptr);
        if (ts->c_tracefunc == probeHook || ts->c_tracefunc == profileHook)
            _PyEval_SetTrace(ts, nullptr, nullptr);
    }
    if (!setThreadingProfile(Py_None))
        PyErr_Clear();
    PyErr_Restore(type, value, tb);
}

const char* name()
{
    return traceMode ? "trace" : "profile";
}

} // namespace breadcrumb::backend::legacy

#endif
