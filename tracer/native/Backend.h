#pragma once
// The interpreter hook: PyEval_SetProfile-style on 3.10/3.11 (LegacyHookBackend.cpp), sys.monitoring
// with native callbacks on 3.12+ (MonitoringBackend.cpp). Exactly one of them is compiled in.
#include <Python.h>

namespace breadcrumb {
class Tracer;

namespace backend {
// Installs the hook on every existing and future thread. Returns false with a Python error set.
bool install(Tracer &tracer);
// Removes it everywhere (idempotent). Must not fail.
void remove();
const char *name();
} // namespace backend
} // namespace breadcrumb
