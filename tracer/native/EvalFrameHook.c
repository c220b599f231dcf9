// PEP 523: an evaluation function wrapped around _PyEval_EvalFrameDefault for the whole interpreter
// (every existing and future thread). Unlike a profile/trace function it needs no frame objects and
// leaves the specialising interpreter on; its cost is that Python-to-Python calls go through C.
//
// Facts it relies on (checked against each version's headers):
// - 3.11-3.13 pass a _PyInterpreterFrame (code: f_code, 3.13 f_executable); 3.10 a PyFrameObject.
// - Calling a generator/coroutine function on 3.11+ evaluates a thread-owned frame that only runs
//   RETURN_GENERATOR: not a call, skipped. The generator's frame then lives inside the generator
//   (owner FRAME_OWNED_BY_GENERATOR, a stable address across resumptions) and is evaluated again on
//   every resumption (gen_send_ex2), with gi_frame_state already EXECUTING: a first start and a resume
//   look alike here, the tracer tells them apart by its table of suspended frames.
// - After the evaluation, a yield leaves the generator SUSPENDED (3.13: also SUSPENDED_YIELD_FROM);
//   a return or an exception leaves it EXECUTING, COMPLETED or CLEARED.
// - 3.12+ count every entry into _PyEval_EvalFrameDefault against the C recursion limit (2 units of
//   1500 in 3.12.1), which untraced Python-to-Python calls do not use: a 5000-deep recursion would
//   raise RecursionError only because we trace it. The hook gives those units back while the thread's
//   real C stack has room, so the Python recursion limit governs as without tracing. On every version
//   a frame about to start with under 256 KB of C stack left runs on a fresh stack segment instead.
//
// Raises on 3.10/3.11 (3.12+ has sys.monitoring's RAISE event, see EvalFrameBackend.cpp): ceval's
// error path calls tstate->c_tracefunc with PyTrace_EXCEPTION whenever it is set, for every raise and
// in every frame an exception passes, whatever cframe->use_tracing says; call and line events happen
// only while use_tracing is on. So raiseTrace is set as the thread's c_tracefunc directly (not with
// PyEval_SetTrace, which switches use_tracing on; c_traceobj stays NULL, sys.gettrace() is None).
// After each trace call the interpreter recomputes use_tracing from c_tracefunc and so switches full
// tracing on for the rest of that frame's run: the hook switches it off again at every frame start and
// end (quietTracing), so a frame that caught an exception is traced only until its next Python call,
// return or yield, and raiseTrace ignores the call/return/line events of that stretch. A thread with
// another trace function (sys.settrace: a debugger, coverage) or a profile function keeps it and its
// use_tracing untouched: theirs wins, the hook falls back to inferring raises from unwinding calls.
#define Py_BUILD_CORE 1
#include "EvalFrameHook.h"

#include <pthread.h>
#include <sys/mman.h>
#include <ucontext.h>

#if PY_VERSION_HEX >= 0x030B0000
#include <internal/pycore_frame.h>
#if PY_VERSION_HEX >= 0x030D0000
#include <internal/pycore_code.h>
#include <internal/pycore_genobject.h>

#include <opcode_ids.h>
#endif
#else
#include <frameobject.h>
#endif

#if PY_VERSION_HEX >= 0x030B0000
typedef _PyInterpreterFrame EvalFrame;
#else
typedef PyFrameObject EvalFrame;
#endif

#define GENERATOR_FLAGS (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR | CO_ITERABLE_COROUTINE)

// The thread's C stack, found once per thread: each traced Python-to-Python call adds a few hundred
// bytes of C stack that the untraced program would not use (3.11+ run those calls without a C frame),
// so near the end of the stack the hook goes on evaluating on a fresh stack segment (see
// evalOnNewSegment): a traced recursion gets as deep as the untraced one, on any thread's stack size.
#define STACK_HARD_MARGIN (256 * 1024)
// A segment holds ~12 000 levels at ~700 bytes each; one per thread stays mapped for the next
// crossing (a recursion going back and forth over the boundary), deeper ones are unmapped on return.
#define SEGMENT_SIZE (8 * 1024 * 1024)
#define SEGMENT_GUARD (64 * 1024) /* PROT_NONE below the segment: an overflow faults, never corrupts */
// initial-exec: a %fs-relative load per frame instead of a __tls_get_addr call
static __attribute__((
    tls_model("initial-exec"))) _Thread_local char* stackLow; // lowest usable address; (char *)1 when unknown
static char* threadStackLow(void)
{
    if (!stackLow) {
        pthread_attr_t attr;
        void* low = NULL;
        size_t size = 0;
        stackLow = (char*)1;
        if (pthread_getattr_np(pthread_self(), &attr) == 0) {
            if (pthread_attr_getstack(&attr, &low, &size) == 0 && low)
                stackLow = (char*)low;
            pthread_attr_destroy(&attr);
        }
    }
    return stackLow;
}

#if PY_VERSION_HEX >= 0x030C0000
#define EVAL_C_STACK_UNITS 2 /* PY_EVAL_C_STACK_UNITS in Python/ceval.c */
// Below this much free C stack the C recursion limit applies again (a level costs well under 1 KB,
// and the limit allows at most 1500 units from there).
#define STACK_SOFT_MARGIN (2 * 1024 * 1024)
// The switch to a new segment happens before the soft margin is reached, so every frame gives its units
// back and C code's own recursion (bounded by the C recursion limit) always has 2 MB of stack.
#define STACK_SWITCH_MARGIN (STACK_SOFT_MARGIN + 64 * 1024)
#else
#define STACK_SWITCH_MARGIN STACK_HARD_MARGIN
#endif

#if PY_VERSION_HEX < 0x030C0000
static int raiseTrace(PyObject* obj, PyFrameObject* frame, int what, PyObject* arg)
{
    (void)obj;
    if (what == PyTrace_EXCEPTION) {
#if PY_VERSION_HEX >= 0x030B0000
        breadcrumb_eval_raised(frame->f_frame, arg); // the key breadcrumb_eval_enter got
#else
        breadcrumb_eval_raised(frame, arg);
#endif
    }
    // call/return/line events between a trace call and the next quietTracing: nothing to do. Line
    // events stay on (f_trace_lines) so a debugger attached later still steps through this frame.
    return 0;
}

static Py_tracefunc raiseTraceArmed; // raiseTrace while a session wants raise events, else NULL

// At every frame start and end: raiseTrace on a thread that has no trace function (a new thread, or
// one a debugger left), and tracing off again where a raise event switched it on.
static inline void quietTracing(PyThreadState* tstate)
{
    if (!raiseTraceArmed)
        return;
    if (tstate->c_tracefunc == raiseTrace) {
        if (!tstate->c_profilefunc)
            tstate->cframe->use_tracing = 0;
    } else if (!tstate->c_tracefunc) {
        tstate->c_tracefunc = raiseTrace;
    }
}

int breadcrumb_eval_sees_raises(void)
{
    return PyThreadState_Get()->c_tracefunc == raiseTrace;
}
#else
static inline void quietTracing(PyThreadState* tstate)
{
    (void)tstate;
}
int breadcrumb_eval_sees_raises(void)
{
    return 1;
}
#endif

#if PY_VERSION_HEX >= 0x030B0000 && PY_VERSION_HEX < 0x030C0000
// CPython 3.11.0-3.11.3 (gh-104405, fixed in 3.11.4): once a `container[key]` site is specialised to
// BINARY_SUBSCR_GETITEM, the interpreter runs a Python __getitem__ in a frame it pushes itself, never
// through this hook: those calls would be lost (Debian 12's python3 is 3.11.2). The specialiser only
// runs on quickened code, so every code object is quickened here, before its first evaluation under
// the hook, exactly as _PyCode_Quicken (Python/specialize.c) does except that BINARY_SUBSCR stays the
// generic, never-specialising instruction; code quickened before tracing started gets its
// BINARY_SUBSCR sites put back to the generic one. The cost: `x[i]` is not specialised for lists,
// tuples and dicts in code that ran under the hook (it stays so after tracing stops).
#include <internal/pycore_code.h>

#include <opcode.h>

static int subscrFixNeeded = -1; // -1: not decided yet

static int needsSubscrFix(void)
{
    if (subscrFixNeeded < 0)
        subscrFixNeeded = Py_Version < 0x030B0400;
    return subscrFixNeeded;
}

static uint8_t adaptiveOf(int opcode)
{
    switch (opcode) {
    case LOAD_ATTR:
        return LOAD_ATTR_ADAPTIVE;
    case LOAD_GLOBAL:
        return LOAD_GLOBAL_ADAPTIVE;
    case LOAD_METHOD:
        return LOAD_METHOD_ADAPTIVE;
    case STORE_SUBSCR:
        return STORE_SUBSCR_ADAPTIVE;
    case CALL:
        return CALL_ADAPTIVE;
    case PRECALL:
        return PRECALL_ADAPTIVE;
    case STORE_ATTR:
        return STORE_ATTR_ADAPTIVE;
    case BINARY_OP:
        return BINARY_OP_ADAPTIVE;
    case COMPARE_OP:
        return COMPARE_OP_ADAPTIVE;
    case UNPACK_SEQUENCE:
        return UNPACK_SEQUENCE_ADAPTIVE;
    default:
        return 0; // BINARY_SUBSCR: deliberately left generic
    }
}

// Inline cache entries after an instruction (the deoptimised opcode's _PyOpcode_Caches).
static int cachesOf(int opcode)
{
    switch (opcode) {
    case BINARY_SUBSCR:
        return INLINE_CACHE_ENTRIES_BINARY_SUBSCR;
    case STORE_SUBSCR:
        return INLINE_CACHE_ENTRIES_STORE_SUBSCR;
    case UNPACK_SEQUENCE:
        return INLINE_CACHE_ENTRIES_UNPACK_SEQUENCE;
    case STORE_ATTR:
        return INLINE_CACHE_ENTRIES_STORE_ATTR;
    case LOAD_ATTR:
        return INLINE_CACHE_ENTRIES_LOAD_ATTR;
    case COMPARE_OP:
        return INLINE_CACHE_ENTRIES_COMPARE_OP;
    case LOAD_GLOBAL:
        return INLINE_CACHE_ENTRIES_LOAD_GLOBAL;
    case BINARY_OP:
        return INLINE_CACHE_ENTRIES_BINARY_OP;
    case LOAD_METHOD:
        return INLINE_CACHE_ENTRIES_LOAD_METHOD;
    case PRECALL:
        return INLINE_CACHE_ENTRIES_PRECALL;
    case CALL:
        return INLINE_CACHE_ENTRIES_CALL;
    default:
        return 0;
    }
}

// _PyCode_Quicken without BINARY_SUBSCR_ADAPTIVE (the code is not quickened yet: its caches are zero).
static void quickenKeepingSubscr(PyCodeObject* code)
{
    _Py_CODEUNIT* instructions = _PyCode_CODE(code);
    int previous = -1;
    for (Py_ssize_t i = 0; i < Py_SIZE(code); i++) {
        const int opcode = _Py_OPCODE(instructions[i]);
        const int caches = cachesOf(opcode);
        if (caches) {
            const uint8_t adaptive = adaptiveOf(opcode);
            if (adaptive)
                _Py_SET_OPCODE(instructions[i], adaptive);
            previous = -1;
            i += caches;
            continue;
        }
        switch (opcode) {
        case EXTENDED_ARG:
            _Py_SET_OPCODE(instructions[i], EXTENDED_ARG_QUICK);
            break;
        case JUMP_BACKWARD:
            _Py_SET_OPCODE(instructions[i], JUMP_BACKWARD_QUICK);
            break;
        case RESUME:
            _Py_SET_OPCODE(instructions[i], RESUME_QUICK);
            break;
        case LOAD_FAST:
            if (previous == LOAD_FAST)
                _Py_SET_OPCODE(instructions[i - 1], LOAD_FAST__LOAD_FAST);
            else if (previous == STORE_FAST)
                _Py_SET_OPCODE(instructions[i - 1], STORE_FAST__LOAD_FAST);
            else if (previous == LOAD_CONST)
                _Py_SET_OPCODE(instructions[i - 1], LOAD_CONST__LOAD_FAST);
            break;
        case STORE_FAST:
            if (previous == STORE_FAST)
                _Py_SET_OPCODE(instructions[i - 1], STORE_FAST__STORE_FAST);
            break;
        case LOAD_CONST:
            if (previous == LOAD_FAST)
                _Py_SET_OPCODE(instructions[i - 1], LOAD_FAST__LOAD_CONST);
            break;
        }
        previous = opcode;
    }
    code->co_warmup = 0; // quickened: CPython's warm-up never runs _PyCode_Quicken on it
}

// Already quickened code: its BINARY_SUBSCR sites (adaptive or specialised) become generic again.
// Where they are comes from the deoptimised bytecode (co_code), which has the same layout.
static void genericSubscrs(PyCodeObject* code)
{
    PyObject* bytes = PyCode_GetCode(code);
    if (!bytes) {
        PyErr_Clear();
        return;
    }
    const _Py_CODEUNIT* plain = (const _Py_CODEUNIT*)PyBytes_AS_STRING(bytes);
    _Py_CODEUNIT* live = _PyCode_CODE(code);
    const Py_ssize_t n = Py_MIN(Py_SIZE(code), PyBytes_GET_SIZE(bytes) / (Py_ssize_t)sizeof(_Py_CODEUNIT));
    for (Py_ssize_t i = 0; i < n; i++) {
        const int opcode = _Py_OPCODE(plain[i]);
        if (opcode == BINARY_SUBSCR)
            _Py_SET_OPCODE(live[i], BINARY_SUBSCR);
        i += cachesOf(opcode);
    }
    Py_DECREF(bytes);
}

// Before `code` first runs under the hook (and for the frames running when it is installed).
static void keepSubscrGeneric(PyCodeObject* code)
{
    if (code->co_warmup != 0)
        quickenKeepingSubscr(code);
    else
        genericSubscrs(code);
}

// The code evalFrame quickened itself in its latest evaluation (BINARY_SUBSCR kept generic there), or
// null. Its first sight then has nothing to undo: genericSubscrs would copy its bytecode (PyCode_GetCode,
// kept by the code object) for every new function. Reset by every evaluation, so a stale pointer never
// skips the fix for code CPython quickened. Under the GIL.
static PyCodeObject* quickenedByEval = NULL;

void breadcrumb_eval_first_sight(PyCodeObject* code)
{
    if (needsSubscrFix() && code != quickenedByEval)
        keepSubscrGeneric(code);
}
#else
void breadcrumb_eval_first_sight(PyCodeObject* code)
{
    (void)code;
}
#endif

static inline PyCodeObject* codeOf(EvalFrame* frame)
{
#if PY_VERSION_HEX >= 0x030D0000
    return _PyFrame_GetCode(frame);
#else
    return frame->f_code;
#endif
}

static inline PyObject* evalDefault(PyThreadState* tstate, EvalFrame* frame, int throwflag, char* here,
                                    char* low)
{
#if PY_VERSION_HEX >= 0x030C0000
    const int giveBack = low != (char*)1 && here > low + STACK_SOFT_MARGIN ? EVAL_C_STACK_UNITS : 0;
    tstate->c_recursion_remaining += giveBack;
    PyObject* result = _PyEval_EvalFrameDefault(tstate, frame, throwflag);
    tstate->c_recursion_remaining -= giveBack;
#else
    (void)here, (void)low;
    quietTracing(tstate);
    PyObject* result = _PyEval_EvalFrameDefault(tstate, frame, throwflag);
    quietTracing(tstate); // the caller's run goes on untraced too (its cframe got ours)
#endif
    return result;
}

// ---- Stack segments ----------------------------------------------------------------------------
// A frame that would start with under STACK_SWITCH_MARGIN of C stack left is evaluated on a segment of
// its own (makecontext/swapcontext on the same thread: the thread state, the GIL and the exception
// state are the thread's as before); its callees run there until that one nears its end, and so on.
// Only the crossing costs (two context switches, a signal-mask syscall each); the calls within a
// segment run as on the thread's stack. Generators do not keep C frames across a yield, so nothing
// outlives the evaluation that runs on a segment.
struct SegmentCall
{
    PyThreadState* tstate;
    EvalFrame* frame;
    int throwflag;
    PyObject* result;
    ucontext_t back;
};
static __attribute__((tls_model("initial-exec"))) _Thread_local struct SegmentCall* segmentCall;
static pthread_key_t spareSegmentKey; // the thread's cached segment, unmapped when the thread ends
static pthread_once_t spareSegmentOnce = PTHREAD_ONCE_INIT;

static void unmapSegment(void* base)
{
    if (base)
        munmap(base, SEGMENT_SIZE + SEGMENT_GUARD);
}

static void createSpareSegmentKey(void)
{
    pthread_key_create(&spareSegmentKey, unmapSegment);
}

static char* mapSegment(void)
{
    pthread_once(&spareSegmentOnce, createSpareSegmentKey);
    char* spare = (char*)pthread_getspecific(spareSegmentKey);
    if (spare) {
        pthread_setspecific(spareSegmentKey, NULL);
        return spare;
    }
    void* base = mmap(NULL, SEGMENT_SIZE + SEGMENT_GUARD, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    if (base == MAP_FAILED)
        return NULL;
    mprotect(base, SEGMENT_GUARD, PROT_NONE);
    return (char*)base;
}

static void releaseSegment(char* base)
{
    if (!pthread_getspecific(spareSegmentKey))
        pthread_setspecific(spareSegmentKey, base);
    else
        unmapSegment(base);
}

static void segmentMain(void)
{
    struct SegmentCall* call = segmentCall;
    char* here = (char*)__builtin_frame_address(0);
    call->result = evalDefault(call->tstate, call->frame, call->throwflag, here, stackLow);
    // returning resumes call->back (uc_link)
}

static PyObject* evalOnNewSegment(PyThreadState* tstate, EvalFrame* frame, int throwflag)
{
    char* base = mapSegment();
    ucontext_t context;
    if (!base || getcontext(&context) != 0) {
        if (base)
            releaseSegment(base);
        // Evaluated with the error thrown in, so the interpreter unwinds and frees the frame itself.
        if (!throwflag)
            PyErr_SetString(PyExc_RecursionError, "maximum recursion depth exceeded (no memory for another C "
                                                  "stack segment for breadcrumb's frame evaluation hook)");
        return evalDefault(tstate, frame, 1, NULL, (char*)1);
    }
    struct SegmentCall call = {.tstate = tstate, .frame = frame, .throwflag = throwflag};
    context.uc_stack.ss_sp = base + SEGMENT_GUARD;
    context.uc_stack.ss_size = SEGMENT_SIZE;
    context.uc_link = &call.back;
    makecontext(&context, segmentMain, 0);
    char* const savedLow = stackLow;
    struct SegmentCall* const savedCall = segmentCall;
    stackLow = base + SEGMENT_GUARD;
    segmentCall = &call;
    swapcontext(&call.back, &context);
    stackLow = savedLow;
    segmentCall = savedCall;
    releaseSegment(base);
    return call.result;
}

static PyObject* evalFrame(PyThreadState* tstate, EvalFrame* frame, int throwflag)
{
    PyCodeObject* code = codeOf(frame);
    PyObject* generator = NULL;
    int resumable = 0;
#if PY_VERSION_HEX >= 0x030B0000 && PY_VERSION_HEX < 0x030C0000
    if (code->co_warmup != 0 && needsSubscrFix()) { // not quickened yet: before CPython does it
        quickenKeepingSubscr(code);
        quickenedByEval = code;
    } else if (quickenedByEval) {
        quickenedByEval = NULL;
    }
#endif
#if PY_VERSION_HEX >= 0x030B0000
    if (code->co_flags & GENERATOR_FLAGS) {
        if (frame->owner != FRAME_OWNED_BY_GENERATOR) { // the call that only creates the generator
            PyObject* globals = frame->f_globals;       // the frame is gone after the evaluation
            quietTracing(tstate);
            PyObject* result = _PyEval_EvalFrameDefault(tstate, frame, throwflag);
            quietTracing(tstate);
            // A coroutine's creator is its logical caller: an event loop, not the creator, starts it
            // when it runs as a task. (Plain generators: whoever starts them is their caller.)
            if (result && (PyCoro_CheckExact(result) || PyAsyncGen_CheckExact(result)))
                breadcrumb_eval_created((char*)result + offsetof(PyGenObject, gi_iframe), code, globals);
            return result;
        }
        generator = (PyObject*)_PyFrame_GetGenerator(frame);
        resumable = 1;
#if PY_VERSION_HEX >= 0x030D0000
        // 3.13 closes a suspended generator without running it, so its frame's address may come
        // back as a new generator's while the tracer still holds the old one as suspended: a first
        // start resumes right after the creating frame's RETURN_GENERATOR.
        if (frame->instr_ptr > _PyCode_CODE(code) && frame->instr_ptr[-1].op.code == RETURN_GENERATOR)
            resumable = 3;
#endif
    }
#else
    resumable = (code->co_flags & GENERATOR_FLAGS) != 0; // 3.10 creates generators without evaluating
    (void)generator;
#endif
    // One call site each for the enter and exit callbacks: link-time optimisation then inlines them
    // into this function (a function called once is inlined whatever its size).
    PyObject *thrownType = NULL, *thrownValue = NULL, *thrownTb = NULL;
    if (throwflag) // the exception thrown into the generator is pending: keep it aside
        PyErr_Fetch(&thrownType, &thrownValue, &thrownTb);
#if PY_VERSION_HEX >= 0x030B0000
    const int report = breadcrumb_eval_enter(frame, code, frame->f_globals,
                                             resumable == 1 && throwflag ? 2 : resumable, generator, NULL);
#else
    const int report = breadcrumb_eval_enter(frame, code, frame->f_globals,
                                             resumable && throwflag ? 2 : resumable, NULL, (PyObject*)frame);
#endif
    if (throwflag)
        PyErr_Restore(thrownType, thrownValue, thrownTb);

    char* here = (char*)__builtin_frame_address(0);
    char* low = threadStackLow();
    PyObject* result = low != (char*)1 && here < low + STACK_SWITCH_MARGIN
                           ? evalOnNewSegment(tstate, frame, throwflag)
                           : evalDefault(tstate, frame, throwflag, here, low);
    if (!report)
        return result;

    int kind = BREADCRUMB_EXIT_RETURN;
    PyObject* value = result;
#if PY_VERSION_HEX < 0x030C0000
    PyObject *unwindType = NULL, *unwindTb = NULL;
#endif
    if (result) {
        if (resumable) {
#if PY_VERSION_HEX >= 0x030D0000
            if (FRAME_STATE_SUSPENDED(((PyGenObject*)generator)->gi_frame_state))
#elif PY_VERSION_HEX >= 0x030B0000
            if (((PyGenObject*)generator)->gi_frame_state == FRAME_SUSPENDED)
#else
            if (frame->f_state == FRAME_SUSPENDED)
#endif
                kind = BREADCRUMB_EXIT_YIELD;
        }
    } else {
        // Unwinding: hand the exception over with no error set (the tracer may run Python code),
        // then restore it untouched.
        kind = BREADCRUMB_EXIT_UNWIND;
#if PY_VERSION_HEX >= 0x030C0000
        value = PyErr_GetRaisedException();
#else
        PyErr_Fetch(&unwindType, &value, &unwindTb);
        PyErr_NormalizeException(&unwindType, &value, &unwindTb);
        if (value && unwindTb)
            PyException_SetTraceback(value, unwindTb);
#endif
    }
    breadcrumb_eval_exit(frame, kind, value);
    if (result)
        return result;
#if PY_VERSION_HEX >= 0x030C0000
    PyErr_SetRaisedException(value);
#else
    PyErr_Restore(unwindType, value, unwindTb);
#endif
    return NULL;
}

int breadcrumb_eval_supported(void)
{
    return 1;
}

int breadcrumb_eval_install(void)
{
    PyInterpreterState* interp = PyThreadState_GetInterpreter(PyThreadState_Get());
    _PyFrameEvalFunction current = _PyInterpreterState_GetEvalFrameFunc(interp);
    if (current == evalFrame)
        return 1;
    if (current != _PyEval_EvalFrameDefault)
        return 0; // someone else's: leave it alone
    _PyInterpreterState_SetEvalFrameFunc(interp, evalFrame);
#if PY_VERSION_HEX >= 0x030B0000 && PY_VERSION_HEX < 0x030C0000
    if (needsSubscrFix()) // the frames running now never pass through the hook's start
        for (PyThreadState* ts = PyInterpreterState_ThreadHead(interp); ts; ts = PyThreadState_Next(ts))
            for (_PyInterpreterFrame* f = ts->cframe ? ts->cframe->current_frame : NULL; f; f = f->previous)
                keepSubscrGeneric(f->f_code);
#endif
#if PY_VERSION_HEX < 0x030C0000
    raiseTraceArmed = raiseTrace;
    for (PyThreadState* ts = PyInterpreterState_ThreadHead(interp); ts; ts = PyThreadState_Next(ts))
        if (!ts->c_tracefunc)
            ts->c_tracefunc = raiseTrace;
#endif
    return 1;
}

void breadcrumb_eval_uninstall(void)
{
    PyInterpreterState* interp = PyThreadState_GetInterpreter(PyThreadState_Get());
    if (_PyInterpreterState_GetEvalFrameFunc(interp) == evalFrame)
        _PyInterpreterState_SetEvalFrameFunc(interp, _PyEval_EvalFrameDefault);
#if PY_VERSION_HEX < 0x030C0000
    raiseTraceArmed = NULL;
    for (PyThreadState* ts = PyInterpreterState_ThreadHead(interp); ts; ts = PyThreadState_Next(ts)) {
        if (ts->c_tracefunc != raiseTrace)
            continue; // someone else's (c_traceobj is theirs too)
        ts->c_tracefunc = NULL;
        if (!ts->c_profilefunc) // a frame that caught an exception may still run traced
            ts->cframe->use_tracing = 0;
    }
#endif
}
