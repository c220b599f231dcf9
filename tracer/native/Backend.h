#pragma once
// The interpreter hooks that turn Python frames into Tracer::enter/leave/raised:
// - evalframe (EvalFrameBackend.cpp, the default): a PEP 523 frame evaluation function, with raise
//   events beside it: sys.monitoring's on 3.12+, a trace function's exception events on 3.10/3.11;
// - legacy (3.10/3.11, LegacyHookBackend.cpp): a C trace or profile function on every thread;
// - monitoring (3.12+, MonitoringBackend.cpp): sys.monitoring with native callbacks.
// backend::install picks one per session (module.cpp: BREADCRUMB_HOOK, the version's default and the
// fallbacks), remove/name act on the one installed.
#include <Python.h>

namespace breadcrumb {
class Tracer;

namespace backend {
// Installs a hook on every existing and future thread. Returns false with a Python error set.
bool install(Tracer& tracer);
// Removes it everywhere (idempotent). Must not fail.
void remove();
const char* name();

#if PY_VERSION_HEX < 0x030C0000
namespace legacy {
// mode: "trace" or "profile".
bool install(Tracer& tracer, bool traceMode);
void remove();
const char* name();
// A PyTrace_EXCEPTION event (arg: the (type, value, traceback) tuple) in the frame `key`: the first
// frame records the raise, the frames it propagates through mark it escaped (Tracer::raised). Used by
// the trace mode and by the eval hook's raise trace function.
void exceptionEvent(void* key, PyObject* arg);
#if PY_VERSION_HEX < 0x030B0000
// 3.10 code objects carry no qualified name: found once per code object from the running frame.
PyObject* qualnameOf(PyCodeObject* code, PyFrameObject* frame); // new reference or null
#endif
} // namespace legacy
#else
namespace monitoring {
// raisesOnly: subscribe to the raise event alone (beside the eval hook).
bool install(Tracer& tracer, bool raisesOnly);
void remove();
// Beside the eval hook: reports `code`'s frames through local events (start, resume, return, yield,
// unwind, throw). False when it cannot.
bool watchLocally(PyCodeObject* code);
bool isWatched(PyCodeObject* code);
} // namespace monitoring
#endif

namespace evalframe {
// False without an error set when the hook cannot be used here (another evaluation function is
// installed): the caller falls back.
bool install(Tracer& tracer);
void remove();
} // namespace evalframe
} // namespace backend
} // namespace breadcrumb
