#pragma once
// One tracing session (start() to stop()): turns the backend's frame events into call rows.
// Everything here runs under the GIL; the backends (EvalFrameBackend by default, LegacyHookBackend's
// trace/profile functions on 3.10/3.11, MonitoringBackend on 3.12+) translate interpreter events into
// enter/leave/raised.
//
// Sessions are never freed: a thread may still be inside one of our Python callbacks (scope,
// describe_exception...) when another thread stops tracing, and must find valid memory when it
// returns. What a session holds after stop() is small (its buffers are released).
#include <Python.h>

#include "Clock.h"
#include "CoroutineCreators.h"
#include "ExceptionDescriber.h"
#include "FunctionRegistry.h"
#include "GeneratorWatch.h"
#include "PointerTable.h"
#include "SessionCallbacks.h"
#include "SlowestFunctions.h"
#include "ThreadRegistry.h"
#include "ThreadState.h"
#include "TraceWriter.h"
#include "UntracedCalls.h"

#include <algorithm>
#include <cassert>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#if PY_VERSION_HEX >= 0x030C0000
#define codeGetExtra PyUnstable_Code_GetExtra
#define codeSetExtra PyUnstable_Code_SetExtra
#define codeRequestExtraIndex PyUnstable_Eval_RequestCodeExtraIndex
#else
#define codeGetExtra _PyCode_GetExtra
#define codeSetExtra _PyCode_SetExtra
#define codeRequestExtraIndex _PyEval_RequestCodeExtraIndex
#endif

namespace breadcrumb {

enum FunctionKind : uint8_t
{
    kFunction = 0,
    kCoroutine = 1,
    kGenerator = 2,
    kAsyncGenerator = 3,
    kModule = 4
};

enum class ExitKind
{
    Return,
    Yield,
    Unwind
};

// What the code object's extra slot holds for the current session (0 = not resolved yet).
struct CodeBits
{
    static constexpr int kGenShift = 48;
    static constexpr uint64_t kTraced = 1ull << 47;
    static constexpr int kKindShift = 44;
    // 3.13: the eval hook does not report this code's frames, sys.monitoring's local events do.
    static constexpr uint64_t kWatched = 1ull << 43;
    static constexpr uint64_t kIdMask = (1ull << 43) - 1;
    static uint64_t make(uint16_t gen, bool traced, uint8_t kind, int64_t id)
    {
        return (uint64_t(gen) << kGenShift) | (traced ? kTraced : 0) | (uint64_t(kind & 7) << kKindShift) |
               (uint64_t(id) & kIdMask);
    }
    static uint16_t gen(uint64_t b) { return uint16_t(b >> kGenShift); }
    static bool traced(uint64_t b) { return b & kTraced; }
    static uint8_t kind(uint64_t b) { return uint8_t((b >> kKindShift) & 7); }
    static int64_t id(uint64_t b) { return int64_t(b & kIdMask); }
    static bool resumable(uint64_t b)
    {
        const uint8_t k = kind(b);
        return k == kCoroutine || k == kGenerator || k == kAsyncGenerator;
    }
};

struct StopResult
{
    int64_t runId = 0;
    int64_t calls = 0;
    int64_t exceptions = 0;
    int64_t durationNs = 0;
    std::optional<std::string> writeError;
    using Top = SlowFunction;
    std::vector<Top> topFunctions; // the run's slowest functions by total time, for the run report
};

class Tracer
{
public:
    using Callbacks = SessionCallbacks;

    // The running session, or null.
    static Tracer* active() { return m_active; }
    // Throws OpenFailure; on success the hooks are installed.
    static Tracer* start(const std::string& path, RunInfo run, Callbacks callbacks);
    // Idempotent. Called with the GIL. `exiting`: the process ends right after (atexit, os._exit, a
    // signal): what the session no longer needs is left to the OS, not freed one object at a time.
    StopResult stop(std::optional<int64_t> exitCode, const std::string& status, bool exiting = false);
    static std::optional<StopResult> lastResult() { return m_lastResult; }
    // In a forked child: the writer thread does not exist there, so stop silently.
    static void abandonAfterFork();
    // In a forked child (os.register_at_fork after_in_child, GIL held): the parent's session is
    // abandoned (its connection dropped, see TraceWriter::dropInheritedConnection) and the child's calls
    // go on in a run of its own in the same file, linked to the parent's run. Returns the new session,
    // or null when there was none to continue or the child's run could not start (said on stderr).
    static Tracer* continueInChild();
    // os.fork() in the parent: keeps the writer out of SQLite across the fork (see TraceWriter).
    static void beforeFork();
    static void afterForkInParent();
    // The tracer's own Python work on the calling thread (the runner's bookkeeping, its watchdog) is
    // not the program's: while paused the thread's calls are not seen. Returns the previous state.
    bool pauseThread(bool paused);

    // ---- hot path, used by the backends ----
    ThreadState* thread()
    {
        ThreadState* ts = m_tlsState;
        if (ts && ts->session == this) [[likely]]
            return ts->busy ? nullptr : ts;
        return createThreadState();
    }
    // The code object's bits for this session, or 0 when not resolved yet (then call resolveCode).
    uint64_t cachedCodeBits(PyCodeObject* code) const
    {
        void* extra = nullptr;
        if (m_directCodeExtra) [[likely]] {
            // The slot array behind co_extra, read in place: the API call through the PLT checked
            // nothing we do not know already (start() verifies this layout against the API).
            const auto* slots = static_cast<const CodeExtraSlots*>(code->co_extra);
            if (slots && m_codeExtraIndex < slots->size)
                extra = slots->extras[m_codeExtraIndex];
        } else {
            codeGetExtra(reinterpret_cast<PyObject*>(code), m_codeExtraIndex, &extra);
        }
        const auto bits = uint64_t(reinterpret_cast<uintptr_t>(extra));
        return CodeBits::gen(bits) == m_generation ? bits : 0;
    }
    // Asks scope() once, interns the function. globals: the running frame's globals (borrowed, may
    // be null) for the module name. Returns 0 when the session stopped meanwhile.
    // qualname: the qualified name when the code object does not carry it (3.10), else null.
    uint64_t resolveCode(PyCodeObject* code, PyObject* globals, PyObject* qualname = nullptr);
    // Marks the resolved code's bits kWatched (its frames are reported by sys.monitoring's local events).
    uint64_t markWatched(PyCodeObject* code, uint64_t bits);
    // A frame starts or (maybeResume) a suspended generator/coroutine frame continues. frame: its
    // frame object when the backend has one (else the running frame is asked); generator: the
    // generator/coroutine object owning the frame when the backend knows it (borrowed, may be null).
    [[gnu::always_inline]] void enter(ThreadState& ts, uint64_t bits, void* key, PyFrameObject* frame,
                                      bool maybeResume, int64_t now, PyObject* generator = nullptr)
    {
        // Inline the common case (a traced plain function, values not captured): no call, no branch
        // on generator bookkeeping. The general path does the same for it.
        if ((bits & kPlainMask) == CodeBits::kTraced && ts.described && !m_capturing) [[likely]] {
            ts.propagating = nullptr;
            charge(ts, now);
            const int32_t index = int32_t(ts.stack.size());
            int64_t parentId = 0;
            int32_t depth = 0;
            bool nested = false;
            const int64_t functionId = CodeBits::id(bits);
            if (ts.topTraced >= 0) {
                const Frame& parent = ts.stack[size_t(ts.topTraced)];
                parentId = parent.callId;
                depth = parent.depth + 1;
                nested = parent.functionId == functionId;
            }
            ts.stack.emplace_back(key, m_nextCallId++, parentId, functionId, ts.threadId, now, int64_t(0),
                                  depth, ts.topTraced, uint8_t(kFunction), false, false, nested);
            ts.topTraced = index;
            return;
        }
        enterGeneral(ts, bits, key, frame, maybeResume, now, generator);
    }
    // `value`: return value (Return/Yield) or the exception (Unwind; may be null when unknown).
    [[gnu::always_inline]] void leave(ThreadState& ts, void* key, ExitKind kind, PyObject* value, int64_t now)
    {
        // Inline the common case: the traced plain call on top of the stack returns, nothing pending,
        // and its row fits one slot of the thread's chunk (a full one is swapped by the general path).
        if (kind == ExitKind::Return && !ts.stack.empty()) [[likely]] {
            const Frame& top = ts.stack.back();
            Chunk* c = ts.slot.chunk;
            const uint32_t n = c ? c->count.load(std::memory_order_relaxed) : Chunk::kCapacity;
            const int64_t duration = now - top.startNs;
            const int64_t childNs = notSelf(duration, top.selfNs + (now - ts.lastEventNs));
            if (top.key == key && top.callId && top.kind == kFunction && !top.kidsSuspended &&
                ts.pending.empty() && !m_capturing && n < Chunk::kCapacity &&
                Chunk::fitsOneSlot(top.callId, top.parentId, top.functionId, childNs)) [[likely]] {
                // A plain function's frame never moves to another thread's stack (only suspended
                // generators and coroutines do): it is of this thread, the chunk's.
                assert(top.threadId == c->threadId);
                ts.propagating = nullptr;
                ts.lastEventNs = now;
                // Written in place (not built and copied): this runs once per traced call.
                PackedCall* __restrict row = &c->rows[n].call;
                row->callId = top.callId;
                row->startNs = top.startNs + m_wallOffsetNs;
                row->durationNs = duration;
                row->parentGap = uint32_t(top.callId - top.parentId);
                row->childNs = uint32_t(childNs);
                row->functionId = uint32_t(top.functionId);
                row->depth = uint32_t(top.depth);
                ts.topTraced = top.prevTraced;
                ts.stack.pop_back(); // `top` is gone from here on
                c->count.store(n + 1, std::memory_order_release);
                ++m_callsWritten;
                return;
            }
        }
        leaveGeneral(ts, key, kind, value, now);
    }
    // A traced call (the thread's top traced frame) created the coroutine or async generator whose
    // frame will be `key`; `bits`: its code's. When something else starts it (an event loop running it
    // as a task), the creator is still its parent.
    void created(ThreadState& ts, void* key, uint64_t bits);
    // An exception is raised (or propagates) in the frame `key`.
    void raised(ThreadState& ts, void* key, PyObject* exc, int64_t now);
    // Legacy hook: the exception that ended the held calls is `exc` (null: ask the interpreter which
    // exception is being handled; none known = the calls get no exception).
    void resolveHeld(ThreadState& ts, PyObject* exc);
    // Set by a backend that sees no raise events: exceptions are inferred from unwinding calls.
    bool inferExceptions = false;
    bool stopped() const { return m_stopped; }
    // Argument and return values are captured (the backend must provide frame objects).
    bool capturing() const { return m_capturing; }
    int64_t runId() const { return m_writer->runId(); }
    int64_t parentRunId() const { return m_runInfo.parentRunId; }
    TraceWriter& writer() { return *m_writer; }

    static Py_ssize_t m_codeExtraIndex;

private:
    // Bits that make a call take enter()'s inline path: traced, kind kFunction (0).
    static constexpr uint64_t kPlainMask = CodeBits::kTraced | (uint64_t(7) << CodeBits::kKindShift);
    // CPython's _PyCodeObjectExtra (Objects/codeobject.c, unchanged since 3.6): what co_extra points to.
    struct CodeExtraSlots
    {
        Py_ssize_t size;
        void* extras[1];
    };
    static bool m_directCodeExtra; // the layout above checked against PyUnstable_Code_GetExtra
    static void checkCodeExtraLayout();

    Tracer(std::string path);
    void enterGeneral(ThreadState& ts, uint64_t bits, void* key, PyFrameObject* frame, bool maybeResume,
                      int64_t now, PyObject* generator);
    void leaveGeneral(ThreadState& ts, void* key, ExitKind kind, PyObject* value, int64_t now);
    ThreadState* createThreadState();
    void describeThread(ThreadState& ts);
    void append(ThreadState& ts, const CallRow& row)
    {
        Chunk* c = ts.slot.chunk;
        if (c) [[likely]] {
            const uint32_t n = c->count.load(std::memory_order_relaxed);
            if (n + c->slotsFor(row) <= Chunk::kCapacity) [[likely]] {
                c->count.store(c->put(n, row), std::memory_order_release);
                ++m_callsWritten;
                return;
            }
        }
        appendToNextChunk(ts, row);
    }
    void appendToNextChunk(ThreadState& ts, const CallRow& row);
    void finishFrame(ThreadState& ts, const Frame& f, int64_t endNs, int64_t exceptionId, PyObject* result,
                     bool hold = false);
    void popUntraced(ThreadState& ts, const Frame& f, int64_t now);
    // Self time: what passed since the thread's last traced event was its top traced frame's (its own
    // code, or untraced code it called). Called at every traced event before the stack changes, so a
    // thread's time is split among its calls exactly; a suspended generator or coroutine gets none.
    // child_ns of a finished call: within [0, duration] even if clocks of other cores disagree.
    static int64_t notSelf(int64_t duration, int64_t selfNs)
    {
        return std::clamp<int64_t>(duration - selfNs, 0, std::max<int64_t>(duration, 0));
    }
    static void charge(ThreadState& ts, int64_t now)
    {
        if (ts.topTraced >= 0) [[likely]]
            ts.stack[size_t(ts.topTraced)].selfNs += now - ts.lastEventNs;
        ts.lastEventNs = now;
    }
    // The live frame of call `callId`: on the thread's traced stack (looked for near the top) or
    // suspended under `key`. Null when it finished or runs elsewhere.
    Frame* liveFrame(ThreadState& ts, int64_t callId, void* key);
    void settlePending(ThreadState& ts, int64_t callId, PyObject* escapingExc);
    void flushPendingRow(ExceptionRow&& row);
    void describe(ThreadState& ts, PyObject* exc, ExceptionRow& row);
    void finishStale(ThreadState& ts, void* key, int64_t now);
    void detachChildren(ThreadState& ts, int64_t parentId, int64_t now);
    void threadExited(ThreadState& ts);

    static inline Tracer* m_active = nullptr;
    static inline uint16_t m_lastGeneration = 0;
    static inline std::optional<StopResult> m_lastResult;
    // constinit: no dynamic initialisation, so other files read it without a TLS-wrapper check
    __attribute__((tls_model("initial-exec"))) static constinit thread_local ThreadState* m_tlsState;
    friend struct ThreadExitGuard;

    // The per-call state: what enter() and leave() read on their inline paths (and the chunk, in the
    // thread's ThreadState). Everything below it is reached on rarer events only.
    bool m_capturing = false; // m_callbacks.capture is set: values are captured
    uint16_t m_generation = 0;
    int64_t m_nextCallId = 1;
    int64_t m_wallOffsetNs = 0; // realtime - monotonic at start
    int64_t m_callsWritten = 0;

    // The session's frames between events: generators/coroutines between yields, and those whose
    // call ended with their parent's while suspended (frame key -> function id).
    PointerTable<Frame> m_suspended;
    std::unordered_map<void*, int64_t> m_detached;

    // The session's cold parts: its life cycle, the writer, and the bookkeeping classes.
    bool m_stopped = false;
    bool m_abandoned = false;
    int64_t m_nextExceptionId = 1;
    int64_t m_exceptionsRecorded = 0;
    int m_blockedProducers = 0;
    std::unique_ptr<TraceWriter> m_writer;
    FunctionRegistry m_functions;
    ExceptionDescriber m_describer;
    SessionCallbacks m_callbacks;
    ThreadRegistry m_threads;
    CoroutineCreators m_creators;
    GeneratorWatch m_generators;
    UntracedCalls m_untraced;
    SlowestFunctions m_slowest; // for the run report
    int64_t m_startMonoNs = 0;
    std::string m_cwd;
    std::string m_path;
    RunInfo m_runInfo; // what the run row was made of: a forked child's starts from it
    static inline TraceWriter* m_heldForFork = nullptr; // the writer beforeFork() holds
};

} // namespace breadcrumb
