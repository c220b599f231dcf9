#pragma once
// A Python str's UTF-8 bytes, as the tracer reads names, messages and file names.

#include <Python.h>

#include <string>
#include <string_view>

namespace breadcrumb {

// Valid as long as the string lives; empty for a non-string or on error (the error is cleared: a name
// that cannot be encoded must not leave an exception set inside a trace hook).
inline std::string_view utf8View(PyObject* s)
{
    if (!s || !PyUnicode_Check(s))
        return {};
    Py_ssize_t n = 0;
    const char* p = PyUnicode_AsUTF8AndSize(s, &n);
    if (!p) {
        PyErr_Clear();
        return {};
    }
    return {p, size_t(n)};
}

inline std::string utf8(PyObject* s)
{
    return std::string(utf8View(s));
}

} // namespace breadcrumb
