// The PEP 523 backend: EvalFrameHook.c reports every frame evaluation (start or resumption) and its
// end (return, yield, unwind); this file turns them into Tracer::enter/leave.
//
// Exceptions: every raise is recorded, as with the monitoring backend. On 3.12+ sys.monitoring's RAISE
// event is subscribed beside the hook (it costs only when something raises). On 3.10/3.11 the hook
// sets a C trace function that the interpreter calls only on exceptions (EvalFrameHook.c explains how
// it stays off the call path); its events are recorded as the trace backend records them
// (legacy::exceptionEvent). Where a thread's trace function is someone else's (a debugger), an
// exception is inferred when it leaves a frame: in the traced call it escaped from, or in the traced
// caller an untraced callee let it into; one raised and caught inside a frame is not seen there.
#include "Backend.h"
#include "EvalFrameHook.h"
#include "Tracer.h"

#include <unordered_set>

#if PY_VERSION_HEX >= 0x030D0000
namespace {
// What 3.13's specialiser accepts for CALL_ALLOC_AND_ENTER_INIT (function_kind: SIMPLE_FUNCTION).
bool isInlinableInit(PyCodeObject* code)
{
    const int flags = code->co_flags;
    return (flags & CO_OPTIMIZED) && !(flags & (CO_VARARGS | CO_VARKEYWORDS)) && !code->co_kwonlyargcount &&
           PyUnicode_CompareWithASCIIString(code->co_name, "__init__") == 0;
}
} // namespace
#endif

namespace breadcrumb::backend::evalframe {

#if PY_VERSION_HEX >= 0x030D0000
namespace {
int functionWatcher = -1;

// A simple __init__ may first run through CALL_ALLOC_AND_ENTER_INIT, never seen by the hook: its
// code is watched from the moment a function is made of it.
int onFunctionEvent(PyFunction_WatchEvent event, PyFunctionObject* func, PyObject*)
{
    if (event == PyFunction_EVENT_CREATE) {
        auto* code = reinterpret_cast<PyCodeObject*>(func->func_code);
        if (isInlinableInit(code))
            monitoring::watchLocally(code);
    }
    return 0;
}

// ... and so is every existing class's (defined before tracing started).
void watchExistingInits(PyObject* type, std::unordered_set<PyObject*>& seen, int depth)
{
    if (depth > 64 || !seen.insert(type).second)
        return;
    auto* tp = reinterpret_cast<PyTypeObject*>(type);
    if ((tp->tp_flags & Py_TPFLAGS_HEAPTYPE) && tp->tp_dict) {
        PyObject* init = PyDict_GetItemString(tp->tp_dict, "__init__"); // borrowed
        if (init && PyFunction_Check(init)) {
            auto* code = reinterpret_cast<PyCodeObject*>(PyFunction_GET_CODE(init));
            if (isInlinableInit(code))
                monitoring::watchLocally(code);
        }
    }
    PyObject* subclasses = PyObject_CallMethod(type, "__subclasses__", nullptr);
    if (!subclasses) {
        PyErr_Clear();
        return;
    }
    if (PyList_Check(subclasses))
        for (Py_ssize_t i = 0; i < PyList_GET_SIZE(subclasses); ++i)
            watchExistingInits(PyList_GET_ITEM(subclasses, i), seen, depth + 1);
    Py_DECREF(subclasses);
}
} // namespace
#endif

bool install(Tracer& tracer)
{
    tracer.inferExceptions = false;
    if (!breadcrumb_eval_install())
        return false;
#if PY_VERSION_HEX >= 0x030C0000
    if (!monitoring::install(tracer, true)) {
        breadcrumb_eval_uninstall();
        return false; // with the Python error set: every tool id taken, say so
    }
#endif
#if PY_VERSION_HEX >= 0x030D0000
    functionWatcher = PyFunction_AddWatcher(onFunctionEvent);
    if (functionWatcher < 0)
        PyErr_Clear();
    std::unordered_set<PyObject*> seen;
    watchExistingInits(reinterpret_cast<PyObject*>(&PyBaseObject_Type), seen, 0);
#endif
    return true;
}

void remove()
{
    breadcrumb_eval_uninstall();
#if PY_VERSION_HEX >= 0x030D0000
    if (functionWatcher >= 0) {
        PyFunction_ClearWatcher(functionWatcher);
        functionWatcher = -1;
    }
#endif
#if PY_VERSION_HEX >= 0x030C0000
    monitoring::remove();
#endif
}

} // namespace breadcrumb::backend::evalframe

using breadcrumb::ExitKind;
using breadcrumb::ThreadState;
using breadcrumb::Tracer;

extern "C" int breadcrumb_eval_enter(void* key, PyCodeObject* code, PyObject* globals, int resumable,
                                     PyObject* generator, PyObject* frameObject)
{
    Tracer* t = Tracer::active();
    if (!t) [[unlikely]]
        return 0;
    const int64_t now = breadcrumb::monotonicNs();
    ThreadState* ts = t->thread();
    if (!ts) [[unlikely]]
        return 0;
    uint64_t bits = t->cachedCodeBits(code);
    if (!bits) [[unlikely]] {
        breadcrumb_eval_first_sight(code);
#if PY_VERSION_HEX < 0x030B0000
        PyObject* qualname =
            breadcrumb::backend::legacy::qualnameOf(code, reinterpret_cast<PyFrameObject*>(frameObject));
        bits = t->resolveCode(code, globals, qualname);
        Py_XDECREF(qualname);
#else
        bits = t->resolveCode(code, globals);
#endif
        if (!bits || t->stopped())
            return 0;
#if PY_VERSION_HEX >= 0x030D0000
        // 3.13's CALL_ALLOC_AND_ENTER_INIT runs a simple Python __init__ in a frame it pushes itself,
        // never through this hook (as 3.11.0-3.11.3's BINARY_SUBSCR_GETITEM did): such code is
        // reported by sys.monitoring's local events instead, every call of it alike.
        if (isInlinableInit(code) && breadcrumb::backend::monitoring::watchLocally(code))
            bits = t->markWatched(code, bits);
        else if (breadcrumb::backend::monitoring::isWatched(code))
            bits = t->markWatched(code, bits);
#endif
    }
    if (bits & breadcrumb::CodeBits::kWatched) [[unlikely]]
        return 0;
    ts->resumedByThrow = resumable == 2;
    t->enter(*ts, bits, key, reinterpret_cast<PyFrameObject*>(frameObject), resumable == 1 || resumable == 2,
             now, generator);
    return 1;
}

extern "C" void breadcrumb_eval_exit(void* key, int kind, PyObject* value)
{
    Tracer* t = Tracer::active();
    if (!t) [[unlikely]]
        return;
    const int64_t now = breadcrumb::monotonicNs();
    ThreadState* ts = t->thread();
    if (!ts) [[unlikely]]
        return;
    if (kind == BREADCRUMB_EXIT_RETURN) [[likely]] {
        t->leave(*ts, key, ExitKind::Return, value, now);
        return;
    }
    if (kind == BREADCRUMB_EXIT_YIELD) {
        t->leave(*ts, key, ExitKind::Yield, value, now);
        return;
    }
#if PY_VERSION_HEX < 0x030C0000
    if (breadcrumb_eval_sees_raises()) {
        t->leave(*ts, key, ExitKind::Unwind, value, now);
        return;
    }
    // No raise events: a new exception leaving a traced call was raised in it (raised() tells a new
    // one from the one propagating); one leaving an untraced callee enters its traced caller.
    const bool known = value && PyExceptionInstance_Check(value);
    const bool onTop = !ts->stack.empty() && ts->stack.back().key == key;
    const bool fromUntraced = onTop && !ts->stack.back().callId;
    if (known && onTop && !fromUntraced)
        t->raised(*ts, key, value, now);
    t->leave(*ts, key, ExitKind::Unwind, value, now);
    if (known && fromUntraced && !t->stopped() && !ts->stack.empty() && ts->stack.back().callId &&
        value != ts->propagating)
        t->raised(*ts, ts->stack.back().key, value, now);
#else
    t->leave(*ts, key, ExitKind::Unwind, value, now);
#endif
}

extern "C" void breadcrumb_eval_created(void* key, PyCodeObject* code, PyObject* globals)
{
    Tracer* t = Tracer::active();
    if (!t) [[unlikely]]
        return;
    ThreadState* ts = t->thread();
    if (!ts || ts->topTraced < 0)
        return; // created outside any traced call: nothing to remember
    uint64_t bits = t->cachedCodeBits(code);
    if (!bits) {
        bits = t->resolveCode(code, globals);
        if (!bits || t->stopped())
            return;
    }
    t->created(*ts, key, bits);
}

#if PY_VERSION_HEX < 0x030C0000
extern "C" void breadcrumb_eval_raised(void* key, PyObject* arg)
{
    breadcrumb::backend::legacy::exceptionEvent(key, arg);
}
#endif
