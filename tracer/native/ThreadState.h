#pragma once
// Per-thread tracing state: the stack of open frames (traced and untraced, so returns match in O(1))
// and the chunk this thread appends finished calls to. Touched only under the GIL, except the slot's
// hand-over at thread exit which goes through the ChunkQueue mutex.
#include <Python.h>

#include "ChunkQueue.h"
#include "Rows.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace breadcrumb {

class Tracer;

struct Frame
{
    void* key;          // identity of the running frame (frame object or interpreter frame)
    int64_t callId;     // 0 for an untraced frame
    int64_t parentId;   // nearest traced caller (a coroutine: the call that created it), 0 for roots
    int64_t functionId; // traced: function id; untraced: index of its "module.qualname"
    int64_t threadId;   // thread the call started on (a generator may finish on another)
    int64_t startNs;    // monotonic
    int64_t selfNs;     // time it was its thread's running traced frame (its code, untraced code it called)
    int32_t depth;
    int32_t prevTraced;      // index of the nearest traced frame below this one, -1 if none
    uint8_t kind;            // FunctionKind
    bool untracedFromTraced; // untraced frame called directly by traced code (aggregated)
    // (the order of the fields up to here is the one enter() constructs them in)
    uint16_t kidsSuspended = 0;   // generators/coroutines it started that are suspended (about)
    bool countedInParent = false; // suspended, and counted in its parent's kidsSuspended
    // The latest recorded exception raised in or passed into this frame (borrowed, compared only),
    // and the one before (a bare `raise` in a handler may re-raise it): the exception that ends the
    // frame by unwinding is one of them, even when a `finally`, an `__exit__` or a closing generator
    // ran Python code in between.
    PyObject* exc = nullptr;
    int64_t excId = 0;
    PyObject* prevExc = nullptr;
    int64_t prevExcId = 0;
    void noteException(PyObject* e, int64_t id)
    {
        if (e != exc) {
            prevExc = exc;
            prevExcId = excId;
        }
        exc = e;
        excId = id;
    }
    // The id of `value` (null: not known, the latest) if it is one of the frame's exceptions, else 0.
    int64_t exceptionIdOf(PyObject* value) const
    {
        if (!value || value == exc)
            return excId;
        return value == prevExc ? prevExcId : 0;
    }
};

struct PendingException
{
    ExceptionRow row; // row.escaped is decided when the raising call finishes
    PyObject* exc;    // borrowed: only compared while the exception propagates
};

struct ThreadState
{
    Tracer* session = nullptr;
    std::vector<Frame> stack;
    int32_t topTraced = -1;
    int64_t threadId = 0;
    ProducerSlot slot;
    int64_t lastEventNs = 0;     // the thread's latest traced event: time since then is the top's
    bool busy = false;           // inside one of our Python callbacks
    bool resumedByThrow = false; // set by the backend before enter(): an exception is thrown into it
    bool described = false;      // thread_info() called (on the first traced call)
    // The exception propagating right now: set when recorded and when a frame unwinds with a recorded
    // exception, cleared by any start/return/yield. The caller's raise event for it is no new raise.
    PyObject* propagating = nullptr;
    int64_t propagatingId = 0;
    std::vector<PendingException> pending; // raised, fate (escaped or not) not known yet
    // Legacy hook (3.10/3.11) only: calls that ended by an exception not identified yet. The next
    // event on this thread names it (see LegacyHookBackend.cpp); until then their rows wait here.
    std::vector<CallRow> held;
    int64_t heldExceptionId = 0, heldCallId = 0, heldNs = 0;
    bool wantProbe = false;
    std::unordered_map<int64_t, std::string> capturedArgs; // value capture: call_id -> args repr
};

} // namespace breadcrumb
