// Python 3.12+: sys.monitoring with native (vectorcall) callbacks. Events are global to the
// interpreter, so every existing and future thread is covered without per-thread installation.
#include "Backend.h"
#include "Tracer.h"

#include <unordered_set>
#include <vector>

#if PY_VERSION_HEX >= 0x030C0000

namespace breadcrumb::backend::monitoring {
namespace {

// sys.monitoring event numbers (stable since 3.12).
enum Event : int
{
    PY_START = 0,
    PY_RESUME = 1,
    PY_RETURN = 2,
    PY_YIELD = 3,
    RAISE = 10,
    PY_UNWIND = 12,
    PY_THROW = 13,
};
constexpr int kPreferredTool = 2; // sys.monitoring.PROFILER_ID

int toolId = -1;
std::vector<PyObject*> watched; // code objects with local events (strong references)
std::unordered_set<PyObject*> watchedSet;
unsigned frameEvents = 0;    // the local events watchLocally sets
bool besideEvalHook = false; // frame events only for the watched code objects

// Beside the eval hook, frame events come for watched code only, except PY_UNWIND (not a local
// event: subscribed globally) which every frame raises.
inline bool ours(PyObject* code)
{
    return !besideEvalHook || watchedSet.count(code);
}

// The interpreter frame running now: a stable identity for the frame (also across a generator's
// suspensions, as its frame lives inside the generator object).
inline void* currentFrameKey()
{
#if PY_VERSION_HEX >= 0x030D0000
    return PyThreadState_GET()->current_frame;
#else
    return PyThreadState_GET()->cframe->current_frame;
#endif
}

inline uint64_t bitsFor(Tracer* t, PyObject* code)
{
    uint64_t bits = t->cachedCodeBits(reinterpret_cast<PyCodeObject*>(code));
    if (!bits) [[unlikely]] {
        bits = t->resolveCode(reinterpret_cast<PyCodeObject*>(code), PyEval_GetGlobals());
        if (bits && besideEvalHook) // first seen here: the eval hook must leave it to us
            bits = t->markWatched(reinterpret_cast<PyCodeObject*>(code), bits);
    }
    return bits;
}

template <bool Resume, bool Thrown = false>
PyObject* onStart(PyObject*, PyObject* const* args, Py_ssize_t nargs)
{
    Tracer* t = Tracer::active();
    if (!t || nargs < 1) [[unlikely]]
        Py_RETURN_NONE;
    const int64_t now = monotonicNs();
    ThreadState* ts = t->thread();
    if (!ts) [[unlikely]]
        Py_RETURN_NONE;
    if (!ours(args[0])) [[unlikely]]
        Py_RETURN_NONE;
    void* key = currentFrameKey();
    const uint64_t bits = bitsFor(t, args[0]);
    if (bits && !t->stopped()) {
        ts->resumedByThrow = Thrown;
        t->enter(*ts, bits, key, nullptr, Resume, now);
    }
    Py_RETURN_NONE;
}

template <ExitKind Kind> PyObject* onExit(PyObject*, PyObject* const* args, Py_ssize_t nargs)
{
    Tracer* t = Tracer::active();
    if (!t || nargs < 3) [[unlikely]]
        Py_RETURN_NONE;
    const int64_t now = monotonicNs();
    ThreadState* ts = t->thread();
    if (!ts || !ours(args[0])) [[unlikely]]
        Py_RETURN_NONE;
    t->leave(*ts, currentFrameKey(), Kind, args[2], now);
    Py_RETURN_NONE;
}

PyObject* onRaise(PyObject*, PyObject* const* args, Py_ssize_t nargs)
{
    Tracer* t = Tracer::active();
    if (!t || nargs < 3) [[unlikely]]
        Py_RETURN_NONE;
    const int64_t now = monotonicNs();
    ThreadState* ts = t->thread();
    if (!ts) [[unlikely]]
        Py_RETURN_NONE;
    t->raised(*ts, currentFrameKey(), args[2], now);
    Py_RETURN_NONE;
}

struct Callback
{
    int event;
    PyMethodDef def;
};
Callback callbacks[] = {
    {PY_START, {"py_start", reinterpret_cast<PyCFunction>(onStart<false>), METH_FASTCALL, nullptr}},
    {PY_RESUME, {"py_resume", reinterpret_cast<PyCFunction>(onStart<true>), METH_FASTCALL, nullptr}},
    {PY_THROW, {"py_throw", reinterpret_cast<PyCFunction>(onStart<true, true>), METH_FASTCALL, nullptr}},
    {PY_RETURN,
     {"py_return", reinterpret_cast<PyCFunction>(onExit<ExitKind::Return>), METH_FASTCALL, nullptr}},
    {PY_YIELD, {"py_yield", reinterpret_cast<PyCFunction>(onExit<ExitKind::Yield>), METH_FASTCALL, nullptr}},
    {PY_UNWIND,
     {"py_unwind", reinterpret_cast<PyCFunction>(onExit<ExitKind::Unwind>), METH_FASTCALL, nullptr}},
    {RAISE, {"raise", reinterpret_cast<PyCFunction>(onRaise), METH_FASTCALL, nullptr}},
};

PyObject* monitoring()
{
    PyObject* sys = PyImport_ImportModule("sys");
    if (!sys)
        return nullptr;
    PyObject* mon = PyObject_GetAttrString(sys, "monitoring");
    Py_DECREF(sys);
    return mon;
}

bool callOk(PyObject* res)
{
    Py_XDECREF(res);
    return res != nullptr;
}

} // namespace

bool install(Tracer&, bool raisesOnly)
{
    PyObject* mon = monitoring();
    if (!mon)
        return false;
    int chosen = -1;
    for (int id : {kPreferredTool, 0, 1, 3, 4, 5}) {
        PyObject* owner = PyObject_CallMethod(mon, "get_tool", "i", id);
        if (!owner) {
            Py_DECREF(mon);
            return false;
        }
        const bool free = owner == Py_None;
        Py_DECREF(owner);
        if (free) {
            chosen = id;
            break;
        }
    }
    if (chosen < 0) {
        Py_DECREF(mon);
        PyErr_SetString(PyExc_RuntimeError, "breadcrumb: every sys.monitoring tool id is in use");
        return false;
    }
    if (!callOk(PyObject_CallMethod(mon, "use_tool_id", "is", chosen, "breadcrumb"))) {
        Py_DECREF(mon);
        return false;
    }
    toolId = chosen;
    unsigned mask = 0;
    frameEvents = 0;
    besideEvalHook = raisesOnly;
    for (Callback& cb : callbacks) {
#if PY_VERSION_HEX < 0x030D0000
        if (raisesOnly && cb.event != RAISE)
            continue;
#endif
        PyObject* fn = PyCFunction_New(&cb.def, nullptr);
        if (!fn || !callOk(PyObject_CallMethod(mon, "register_callback", "iiO", chosen, 1 << cb.event, fn))) {
            Py_XDECREF(fn);
            Py_DECREF(mon);
            remove();
            return false;
        }
        Py_DECREF(fn);
        if (!raisesOnly || cb.event == RAISE || cb.event == PY_UNWIND)
            mask |= 1u << cb.event;
        else if (cb.event != PY_THROW)
            frameEvents |= 1u << cb.event; // 3.13 beside the eval hook: local events for watchLocally
    }
    const bool ok = callOk(PyObject_CallMethod(mon, "set_events", "iI", chosen, mask));
    Py_DECREF(mon);
    if (!ok)
        remove();
    return ok;
}

void remove()
{
    if (toolId < 0)
        return;
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    if (PyObject* mon = monitoring()) {
        for (PyObject* code : watched)
            callOk(PyObject_CallMethod(mon, "set_local_events", "iOi", toolId, code, 0));
        callOk(PyObject_CallMethod(mon, "set_events", "ii", toolId, 0));
        for (Callback& cb : callbacks)
            callOk(PyObject_CallMethod(mon, "register_callback", "iiO", toolId, 1 << cb.event, Py_None));
        callOk(PyObject_CallMethod(mon, "free_tool_id", "i", toolId));
        Py_DECREF(mon);
    }
    PyErr_Clear();
    for (PyObject* code : watched)
        Py_DECREF(code);
    watched.clear();
    watchedSet.clear();
    toolId = -1;
    PyErr_Restore(type, value, tb);
}

bool isWatched(PyCodeObject* code)
{
    return watchedSet.count(reinterpret_cast<PyObject*>(code)) != 0;
}

bool watchLocally(PyCodeObject* code)
{
    if (toolId < 0 || !frameEvents)
        return false;
    if (isWatched(code))
        return true;
    PyObject* mon = monitoring();
    const bool ok = mon && callOk(PyObject_CallMethod(mon, "set_local_events", "iOI", toolId,
                                                      reinterpret_cast<PyObject*>(code), frameEvents));
    Py_XDECREF(mon);
    if (!ok) {
        PyErr_Clear();
        return false;
    }
    Py_INCREF(code);
    watched.push_back(reinterpret_cast<PyObject*>(code));
    watchedSet.insert(reinterpret_cast<PyObject*>(code));
    return true;
}

} // namespace breadcrumb::backend::monitoring

#endif
