// Python 3.10/3.11: a C profile function (PyEval_SetProfile family) on every thread. Existing threads
// get it through the interpreter's thread states, future ones through threading.setprofile() with a
// tiny trampoline that swaps itself for the C function on the thread's first event.
#include "Backend.h"
#include "Tracer.h"

#if PY_VERSION_HEX < 0x030C0000

#include <frameobject.h>

namespace breadcrumb::backend {
namespace {

constexpr int kFrameSuspended = -1;

  // FRAME_SUSPENDED in 3.10 (f_state) and 3.11 (gi_frame_state)

bool frameIsSuspended(PyFrameObject *frame) {
#if PY_VERSION_HEX >= 0x030B0000
    PyObject *gen = PyFrame_GetGenerator(frame);
    if (!gen)
        return false;
    const int state = reinterpret_cast<PyGenObject *>(gen)->gi_frame_state;
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
int probeHook(PyObject *, PyFrameObject *frame, int what, PyObject *arg) {
    _PyEval_SetTrace(PyThreadState_Get(), nullptr, nullptr);
    Tracer *t = Tracer::active();
    ThreadState *ts = t ? t->thread() : nullptr;
    if (!ts)
        return 0;
    PyObject *exc = what == PyTrace_EXCEPTION && PyTuple_Check(arg) && PyTuple_GET_SIZE(arg) >= 2
                        ? PyTuple_GET_ITEM(arg, 1)
                        : nullptr;
    if (!ts->held.empty())
        t->resolveHeld(*ts, exc);
    else if (exc)
        t->raised(*ts, frame, exc, monotonicNs());
    return 0;
}

int profileHook(PyObject *, PyFrameObject *frame, int what, PyObject *arg) {
    if (what != PyTrace_CALL && what != PyTrace_RETURN) [[likely]]
        return 0;  // C calls are not recorded
    Tracer *t = Tracer::active();
    if (!t) [[unlikely]]
        return 0;
    const int64_t now = monotonicNs();
    ThreadState *ts = t->thread();
    if (!ts) [[unlikely]]
        return 0;
    if (!ts->held.empty()) [[unlikely]]
        t->resolveHeld(*ts, nullptr);
    if (what == PyTrace_CALL) {
        PyCodeObject *code = PyFrame_GetCode(frame);
        uint64_t bits = t->cachedCodeBits(code);
        if (!bits) [[unlikely]] {
            PyObject *globals = PyFrame_GetGlobals(frame);
            bits = t->resolveCode(code, globals);
            Py_XDECREF(globals);
            if (!bits || t->stopped()) {
                Py_DECREF(code);
                return 0;
            }
        }
        Py_DECREF(code);
        t->enter(*ts, bits, frame, frame, true, now);
        return 0;
    }
    ExitKind kind = ExitKind::Return;
    if (!arg)
        kind = ExitKind::Unwind;
    else if (!ts->stack.empty() && ts->stack.back().key == frame &&
             CodeBits::resumable(uint64_t(ts->stack.back().kind) << CodeBits::kKindShift) && frameIsSuspended(frame))
        kind = ExitKind::Yield;
    t->leave(*ts, frame, kind, arg, now);
    if (ts->wantProbe) [[unlikely]] {
        ts->wantProbe = false;
        _PyEval_SetTrace(PyThreadState_Get(), probeHook, nullptr);
    }
    return 0;
}

// threading.setprofile() target: the first event of a new thread installs the C hook.
PyObject *threadTrampoline(PyObject *, PyObject *const *args, Py_ssize_t nargs) {
    PyEval_SetProfile(profileHook, nullptr);
    if (nargs >= 2 && PyUnicode_Check(args[1]) && PyUnicode_CompareWithASCIIString(args[1], "call") == 0 &&
        PyFrame_Check(args[0]))
        profileHook(nullptr, reinterpret_cast<PyFrameObject *>(args[0]), PyTrace_CALL, Py_None);
    Py_RETURN_NONE;
}

PyMethodDef trampolineDef = {"_breadcrumb_thread_trampoline", reinterpret_cast<PyCFunction>(threadTrampoline),
                             METH_FASTCALL, nullptr};
PyObject *trampoline = nullptr;

bool setThreadingProfile(PyObject *func) {
    PyObject *threading = PyImport_ImportModule("threading");
    if (!threading)
        return false;
    PyObject *res = PyObject_CallMethod(threading, "setprofile", "O", func);
    Py_DECREF(threading);
    Py_XDECREF(res);
    return res != nullptr;
}

} // namespace

bool install(Tracer &tracer) {
    tracer.inferExceptions = true;
    if (!trampoline && !(trampoline = PyCFunction_New(&trampolineDef, nullptr)))
        return false;
    PyInterpreterState *interp = PyThreadState_GetInterpreter(PyThreadState_Get());
    for (PyThreadState *ts = PyInterpreterState_ThreadHead(interp); ts; ts = PyThreadState_Next(ts))
        if (_PyEval_SetProfile(ts, profileHook, nullptr) < 0)
            return false;
    return setThreadingProfile(trampoline);
}

void remove() {
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    PyInterpreterState *interp = PyThreadState_GetInterpreter(PyThreadState_Get());
    for (PyThreadState *ts = PyInterpreterState_ThreadHead(interp); ts; ts = PyThreadState_Next(ts)) {
        if (ts->c_profilefunc == profileHook)
            _PyEval_SetProfile(ts, nullptr, nullptr);
        if (ts->c_tracefunc == probeHook)
            _PyEval_SetTrace(ts, nullptr, nullptr);
    }
    if (!setThreadingProfile(Py_None))
        PyErr_Clear();
    PyErr_Restore(type, value, tb);
}

const char *name() { return "profile"; }

} // namespace breadcrumb::backend

#endif
