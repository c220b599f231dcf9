#pragma once
// The PEP 523 frame evaluation hook's C interface. The hook itself (EvalFrameHook.c) is C because it
// needs CPython's internal frame layout (Py_BUILD_CORE headers, which do not compile as C++ on 3.12+);
// what it reports goes to EvalFrameBackend.cpp through the two callbacks below.
#include <Python.h>

#ifdef __cplusplus
extern "C" {
#endif

enum
{
    BREADCRUMB_EXIT_RETURN = 0,
    BREADCRUMB_EXIT_YIELD = 1,
    BREADCRUMB_EXIT_UNWIND = 2
};

// Implemented in C++. A frame starts or a generator/coroutine frame resumes (`resumable`: the frame
// lives in a generator, `generator` is it, borrowed; 2: resumed with an exception thrown in; 3: its first
// start, known as such on 3.13). `frameObject` is the PyFrameObject on 3.10 (null later). No Python error is
// set. Returns nonzero when the matching exit must be reported.
int breadcrumb_eval_enter(void* key, PyCodeObject* code, PyObject* globals, int resumable,
                          PyObject* generator, PyObject* frameObject);
// The frame returned, yielded or unwound (`value`: the result, or the exception instance; no Python
// error is set while this runs).
void breadcrumb_eval_exit(void* key, int kind, PyObject* value);
// 3.11+: a call created the coroutine or async generator whose frame will be `key` when it first runs
// (its RETURN_GENERATOR frame just returned it). `code`/`globals`: the function's. No error is set.
void breadcrumb_eval_created(void* key, PyCodeObject* code, PyObject* globals);
// 3.10/3.11: an exception is raised in, or passes through, the frame `key` (PyTrace_EXCEPTION: `arg`
// is the (type, value, traceback) tuple). Not called on 3.12+ (sys.monitoring reports raises there).
void breadcrumb_eval_raised(void* key, PyObject* arg);

// Implemented in C. Called once per code object and session before its first traced evaluation
// (3.11.0-3.11.3: keeps its `x[i]` sites from bypassing the hook; elsewhere nothing).
void breadcrumb_eval_first_sight(PyCodeObject* code);
// Implemented in C. 1 when this interpreter version has the hook compiled in.
int breadcrumb_eval_supported(void);
// Installs the hook on the current interpreter: 1 on success, 0 when another evaluation function is
// installed (a debugger, a JIT): the caller falls back to another backend. On 3.10/3.11 also sets the
// raise trace function on every thread without a trace function (see EvalFrameHook.c).
int breadcrumb_eval_install(void);
// Restores the default evaluation function if ours is installed (and, 3.10/3.11, removes the raise
// trace function from every thread where it is still ours).
void breadcrumb_eval_uninstall(void);
// Whether the current thread's raises are reported through breadcrumb_eval_raised (always on 3.12+;
// on 3.10/3.11 not while another trace function, e.g. a debugger's, holds the thread).
int breadcrumb_eval_sees_raises(void);

#ifdef __cplusplus
}
#endif
