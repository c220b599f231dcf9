#include <Python.h>

#include "GeneratorWatch.h"

namespace breadcrumb {

void GeneratorWatch::watch(void* key, PyObject* generator)
{
#if PY_VERSION_HEX >= 0x030D0000
    PyObject* gen = generator;
    if (gen) {
        Py_INCREF(gen);
    } else {
        PyFrameObject* frame = PyEval_GetFrame(); // borrowed; the starting frame with sys.monitoring
        gen = frame ? PyFrame_GetGenerator(frame) : nullptr;
    }
    if (!gen)
        return;
    PyObject* ref = PyWeakref_NewRef(gen, nullptr);
    Py_DECREF(gen);
    if (!ref) {
        PyErr_Clear();
        return;
    }
    auto [it, inserted] = m_refs.emplace(key, ref);
    if (!inserted) {
        Py_DECREF(it->second);
        it->second = ref;
    }
#else
    (void)key, (void)generator;
#endif
}

void GeneratorWatch::forgetWatched(void* key)
{
    if (auto it = m_refs.find(key); it != m_refs.end()) {
        Py_DECREF(it->second);
        m_refs.erase(it);
    }
}

bool GeneratorWatch::alive(void* key, bool thrownInto) const
{
#if PY_VERSION_HEX >= 0x030D0000
    auto ref = m_refs.find(key);
    if (ref == m_refs.end())
        return true;
    PyObject* gen = nullptr;
    // A dead weak reference: the generator is gone, or being closed by its finalizer right now
    // (weak references die first), which throws GeneratorExit into it.
    bool alive = thrownInto;
    if (PyWeakref_GetRef(ref->second, &gen) == 1) {
        const char* attr = PyCoro_CheckExact(gen)       ? "cr_frame"
                           : PyAsyncGen_CheckExact(gen) ? "ag_frame"
                                                        : "gi_frame";
        PyObject* frame = PyObject_GetAttrString(gen, attr); // None once it finished
        alive = frame && frame != Py_None;
        Py_XDECREF(frame);
        Py_DECREF(gen);
    }
    PyErr_Clear();
    return alive;
#else
    (void)key, (void)thrownInto;
    return true;
#endif
}

void GeneratorWatch::clear()
{
    for (auto& [key, ref] : m_refs)
        Py_DECREF(ref);
    m_refs.clear();
}

} // namespace breadcrumb
