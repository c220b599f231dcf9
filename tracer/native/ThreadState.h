#pragma once
// Per-thread tracing state: the stack of open frames (traced and untraced, so returns match in O(1))
// and the chunk this thread appends finished calls to. Touched only under the GIL, except the slot's
// hand-over at thread exit which goes through the ChunkQueue mutex.
#include "ChunkQueue.h"
#include "Rows.h"

#include <cstdint>
#include <Python.h>
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
    bool kidsSuspended = false;  // 3.13+: a generator/coroutine it started is suspended (reap on exit)
    bool nestedInItself = false; // its traced caller runs the same function (direct recursion)
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
    int64_t lastEventNs = 0;           // the thread's latest traced event: time since then is the top's
    bool busy = false;      // inside one of our Python callbacks
    bool described = false; // thread_info() called (on the first traced call)
    // The exception propagating right now (set when recorded, cleared by any start/return/yield).
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
