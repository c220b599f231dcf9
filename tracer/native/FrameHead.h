#pragma once
// The instruction offset a frame is at, read from CPython's frame layout per version (3.10-3.13), so a
// caller's line number can be cached per (code object, offset): PyFrame_GetLineNumber walks the code's
// line table from its start on every call (3.11: ~2 000 instructions in docutils' long methods, for each
// of ~60 callers of every raise). The internal headers that define these layouts do not compile as C++
// on 3.12+, so the heads are repeated here (Include/internal/pycore_frame.h, stable within each minor).
#include <Python.h>

#include <cstddef>
#include <cstdint>

#if PY_VERSION_HEX < 0x030B0000
#include <frameobject.h>
#endif

namespace breadcrumb::framehead {

#if PY_VERSION_HEX >= 0x030B0000
// PyFrameObject's head (3.11-3.13).
struct FrameObjectHead
{
    PyObject_HEAD PyFrameObject* f_back;
    void* f_frame; // its _PyInterpreterFrame
    PyObject* f_trace;
    int f_lineno; // nonzero while tracing or after a debugger's jump: PyFrame_GetLineNumber returns it
};
// _PyInterpreterFrame's head, up to the instruction pointer.
struct InterpreterFrameHead
{
#if PY_VERSION_HEX >= 0x030C0000
    PyObject* f_code; // 3.13: f_executable (the code object for Python frames)
    void* previous;
    PyObject* f_funcobj;
    PyObject* f_globals;
    PyObject* f_builtins;
    PyObject* f_locals;
    PyFrameObject* frame_obj;
    const uint16_t* instr; // 3.12: prev_instr, 3.13: instr_ptr (code units: _Py_CODEUNIT is 2 bytes)
#else
    PyObject* f_func;
    PyObject* f_globals;
    PyObject* f_builtins;
    PyObject* f_locals;
    PyCodeObject* f_code;
    PyFrameObject* frame_obj;
    void* previous;
    const uint16_t* instr; // prev_instr
#endif
};
#endif

// The frame's instruction offset in code units, or -1 when its line number must be asked for (a line
// set by tracing, or a frame whose layout is not the one above). `code`: the frame's (PyFrame_GetCode).
inline int instructionOffset(PyFrameObject* frame, PyCodeObject* code)
{
#if PY_VERSION_HEX >= 0x030B0000
    const auto* head = reinterpret_cast<const FrameObjectHead*>(frame);
    if (head->f_lineno != 0 || !head->f_frame)
        return -1;
    const auto* iframe = static_cast<const InterpreterFrameHead*>(head->f_frame);
    if (reinterpret_cast<PyObject*>(code) != reinterpret_cast<PyObject*>(iframe->f_code) || !iframe->instr)
        return -1;
    const auto* start = reinterpret_cast<const uint16_t*>(code->co_code_adaptive);
    const ptrdiff_t offset = iframe->instr - start;
    return offset >= 0 && offset < Py_SIZE(code) ? int(offset) : -1;
#else
    (void)code;
    if (frame->f_trace || frame->f_lineno != 0)
        return -1;
    return frame->f_lasti;
#endif
}

} // namespace breadcrumb::framehead
