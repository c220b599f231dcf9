#include "Tracer.h"

#include "Backend.h"
#include "PyText.h"

#include <algorithm>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace breadcrumb {

Py_ssize_t Tracer::m_codeExtraIndex = -1;
bool Tracer::m_directCodeExtra = false;
// initial-exec: a plain %fs-relative load on the hot path instead of a __tls_get_addr call (8 bytes
// of the static TLS surplus glibc keeps for dlopen'ed libraries).
__attribute__((tls_model("initial-exec"))) constinit thread_local ThreadState* Tracer::m_tlsState = nullptr;

namespace {
constexpr size_t kMaxChunks = 64; // 64 x 2048 rows: bounded memory, producers wait beyond it

} // namespace

// Hands a finished thread's chunk to the writer: runs at thread exit, without the GIL.
struct ThreadExitGuard
{
    std::shared_ptr<ThreadState> state;
    ~ThreadExitGuard()
    {
        if (state)
            state->session->threadExited(*state);
    }
};
static thread_local ThreadExitGuard tlsGuard;

Tracer::Tracer(std::string path) : m_writer(std::make_unique<TraceWriter>(std::move(path), kMaxChunks)) {}

Tracer* Tracer::start(const std::string& path, RunInfo run, Callbacks callbacks)
{
    if (m_codeExtraIndex < 0) {
        m_codeExtraIndex = codeRequestExtraIndex(nullptr);
        checkCodeExtraLayout();
    }
    // Sessions are intentionally leaked (see Tracer.h); unique_ptr only until the hooks are in.
    std::unique_ptr<Tracer> t(new Tracer(path));
    chooseClock();
    t->m_wallOffsetNs = realtimeNs() - monotonicNs();
    t->m_startMonoNs = monotonicNs();
    run.startNs = t->m_startMonoNs + t->m_wallOffsetNs;
    t->m_writer->open();
    t->m_writer->beginRun(run);
    t->m_nextCallId = t->m_writer->nextCallId();
    t->m_nextExceptionId = t->m_writer->nextExceptionId();
    if (run.parentRunId) {
        // A child writes beside its parent (and its siblings), which go on numbering from where they
        // were: its ids start at run_id << 36, above every id of the runs started before it (68
        // billion calls a run) and below those of the runs started after it.
        const int64_t base = t->m_writer->runId() << 36;
        t->m_nextCallId = std::max(t->m_nextCallId, base);
        t->m_nextExceptionId = std::max(t->m_nextExceptionId, base);
        t->m_writer->setShared();
    }
    t->m_path = path;
    t->m_runInfo = run;
    t->m_functions.load(t->m_writer->loadFunctions());
    t->m_cwd = run.cwd;
    m_lastGeneration = uint16_t(m_lastGeneration + 1);
    if (m_lastGeneration == 0)
        m_lastGeneration = 1;
    t->m_generation = m_lastGeneration;
    t->m_callbacks = callbacks;
    t->m_capturing = callbacks.capture && callbacks.capture != Py_None;
    t->m_writer->start();
    m_active = t.get();
    if (!backend::install(*t)) {
        m_active = nullptr;
        t->m_stopped = true;
        t->m_writer->finish(realtimeNs(), "crashed", std::nullopt);
        t.release();
        return nullptr;
    }
    return t.release();
}

// Reads co_extra in place only if that gives what the API gives, on a code object made for the check.
void Tracer::checkCodeExtraLayout()
{
    m_directCodeExtra = false;
    if (m_codeExtraIndex < 0)
        return;
    PyObject* code = reinterpret_cast<PyObject*>(PyCode_NewEmpty("<breadcrumb>", "check", 0));
    if (!code) {
        PyErr_Clear();
        return;
    }
    int marker = 0;
    void* viaApi = nullptr;
    if (codeSetExtra(code, m_codeExtraIndex, &marker) == 0 &&
        codeGetExtra(code, m_codeExtraIndex, &viaApi) == 0 && viaApi == &marker) {
        const auto* slots =
            static_cast<const CodeExtraSlots*>(reinterpret_cast<PyCodeObject*>(code)->co_extra);
        m_directCodeExtra =
            slots && m_codeExtraIndex < slots->size && slots->extras[m_codeExtraIndex] == &marker;
    }
    PyErr_Clear();
    codeSetExtra(code, m_codeExtraIndex, nullptr);
    Py_DECREF(code);
}

ThreadState* Tracer::createThreadState()
{
    if (m_stopped)
        return nullptr;
    auto ts = std::make_shared<ThreadState>();
    ts->session = this;
    ts->threadId = m_threads.uniqueId(int64_t(PyThread_get_thread_ident()));
    ts->slot.threadId = ts->threadId;
    m_writer->queue().attach(ts->slot);
    m_threads.add(ts);
    m_tlsState = ts.get();
    if (tlsGuard.state && tlsGuard.state->session != this)
        tlsGuard.state->session->threadExited(*tlsGuard.state);
    tlsGuard.state = ts;

    return ts.get();
}

// Called on the thread's first traced call, when threading knows the thread's name.
void Tracer::describeThread(ThreadState& ts)
{
    ts.described = true;
    ThreadRow row{ts.threadId, 0, {}};
    if (PyObject* info = m_callbacks.call(&ts, m_callbacks.threadInfo, nullptr)) {
        if (PyTuple_Check(info) && PyTuple_GET_SIZE(info) >= 3) {
            const long long native = PyLong_AsLongLong(PyTuple_GET_ITEM(info, 1));
            PyErr_Clear();
            row.nativeId = native == -1 ? 0 : native;
            row.name = utf8(PyTuple_GET_ITEM(info, 2));
        }
        Py_DECREF(info);
    }
    if (!m_stopped)
        m_writer->side([&](SideRows& s) { s.threads.push_back(std::move(row)); });
}

void Tracer::threadExited(ThreadState& ts)
{
    if (!m_abandoned)
        m_writer->queue().detach(ts.slot);
}

uint64_t Tracer::resolveCode(PyCodeObject* code, PyObject* globals, PyObject* qualname)
{
    if (m_stopped)
        return 0;
    ThreadState* ts = m_tlsState;
    bool traced = false;
    if (m_callbacks.knownScope(code, traced)) {
        // the scope's cached answer for the file: no Python call (~2 k instructions) per new function
    } else if (PyObject* res = m_callbacks.call(ts, m_callbacks.scope, reinterpret_cast<PyObject*>(code))) {
        traced = PyObject_IsTrue(res) == 1;
        PyErr_Clear();
        Py_DECREF(res);
    }
    if (m_stopped)
        return 0;
    uint8_t kind = kFunction;
    const int flags = code->co_flags;
    if (flags & CO_COROUTINE)
        kind = kCoroutine;
    else if (flags & CO_ASYNC_GENERATOR)
        kind = kAsyncGenerator;
    else if (flags & (CO_GENERATOR | CO_ITERABLE_COROUTINE))
        kind = kGenerator;
    else if (PyUnicode_Check(code->co_name) &&
             PyUnicode_CompareWithASCIIString(code->co_name, "<module>") == 0)
        kind = kModule;
        // Views into the code's and the module's strings (UTF-8 cached by CPython, mostly their own
        // bytes): a first call copies them only when its function is new to the trace. Taken after the
        // scope callback, which runs Python code.
#if PY_VERSION_HEX >= 0x030B0000
    std::string_view name = utf8View(code->co_qualname);
#else
    std::string_view name = utf8View(code->co_name);
#endif
    if (qualname && PyUnicode_Check(qualname))
        name = utf8View(qualname);
    PyObject* modName = nullptr;
    if (globals && PyDict_Check(globals)) {
        // PyDict_GetItemString would make and hash a new "__name__" string each time.
        static PyObject* const nameKey = PyUnicode_InternFromString("__name__");
        modName = nameKey ? PyDict_GetItemWithError(globals, nameKey) : nullptr;
        if (!modName)
            PyErr_Clear();
    }
    const std::string_view module = modName ? utf8View(modName) : std::string_view("<unknown>");
    int64_t id;
    if (traced) {
        std::string_view file = utf8View(code->co_filename);
        std::string absolute;
        if (!file.empty() && file[0] != '/' && file[0] != '<') {
            absolute = m_cwd + "/" + std::string(file);
            file = absolute;
        }
        const FunctionRegistry::Interned f =
            m_functions.intern(name, module, file, code->co_firstlineno, kind);
        id = f.entry->functionId;
        if (f.first && kind != kModule)
            m_slowest.noteName(id, f.entry->name());
        if (f.isNew) {
            const FunctionEntry* entry = f.entry;
            m_writer->side([&](SideRows& s) { s.functions.push_back(entry); });
        }
    } else {
        std::string callee;
        callee.reserve(module.size() + 1 + name.size());
        callee.append(module).push_back('.');
        callee.append(name);
        id = m_untraced.nameId(std::move(callee));
    }
    const uint64_t bits = CodeBits::make(m_generation, traced, kind, id);
    codeSetExtra(reinterpret_cast<PyObject*>(code), m_codeExtraIndex,
                 reinterpret_cast<void*>(uintptr_t(bits)));
    return bits;
}

uint64_t Tracer::markWatched(PyCodeObject* code, uint64_t bits)
{
    bits |= CodeBits::kWatched;
    codeSetExtra(reinterpret_cast<PyObject*>(code), m_codeExtraIndex,
                 reinterpret_cast<void*>(uintptr_t(bits)));
    return bits;
}

// append() found the thread's chunk full (or none: the session is stopping).
void Tracer::appendToNextChunk(ThreadState& ts, const CallRow& row)
{
    if (!ts.slot.chunk)
        return;
    checkClock(); // once per chunk: a TSC gone wrong (a VM moved) is given up for the kernel's clock
    ++m_blockedProducers;
    Py_BEGIN_ALLOW_THREADS
    m_writer->queue().swap(ts.slot);
    Py_END_ALLOW_THREADS
    --m_blockedProducers;
    Chunk* c = ts.slot.chunk;
    if (!c)
        return;
    c->count.store(c->put(0, row), std::memory_order_release);
    ++m_callsWritten;
}

void Tracer::finishFrame(ThreadState& ts, const Frame& f, int64_t endNs, int64_t exceptionId,
                         PyObject* result, bool hold)
{
    const int64_t duration = endNs - f.startNs;
    // What it did not run itself: its callees, and for a generator or coroutine its suspensions.
    const int64_t childNs = notSelf(duration, f.selfNs);
    const CallRow row{f.callId, f.parentId, f.functionId, f.threadId, f.startNs + m_wallOffsetNs,
                      duration, childNs,    exceptionId,  f.depth};
    if (hold)
        ts.held.push_back(row);
    else
        append(ts, row);
    if (m_capturing) {
        ValueRow v{f.callId, {}, {}, false, false};
        if (auto it = ts.capturedArgs.find(f.callId); it != ts.capturedArgs.end()) {
            v.args = std::move(it->second);
            v.hasArgs = true;
            ts.capturedArgs.erase(it);
        }
        if (result) {
            v.result = utf8(result);
            v.hasResult = true;
        }
        if (v.hasArgs || v.hasResult)
            m_writer->side([&](SideRows& s) { s.values.push_back(std::move(v)); });
    }
}

void Tracer::popUntraced(ThreadState& ts, const Frame& f, int64_t now)
{
    if (f.untracedFromTraced && f.prevTraced >= 0) {
        const int64_t caller = ts.stack[size_t(f.prevTraced)].functionId;
        m_untraced.addTime(caller, f.functionId, now - f.startNs);
    }
}

void Tracer::enterGeneral(ThreadState& ts, uint64_t bits, void* key, PyFrameObject* frame, bool maybeResume,
                          int64_t now, PyObject* generator)
{
    ts.propagating = nullptr;
    const int32_t index = int32_t(ts.stack.size());
    if (!CodeBits::traced(bits)) {
        const bool fromTraced = index > 0 && ts.stack.back().callId != 0;
        ts.stack.push_back(Frame{key, 0, 0, CodeBits::id(bits), ts.threadId, now, 0, 0, ts.topTraced,
                                 CodeBits::kind(bits), fromTraced});
        if (fromTraced)
            m_untraced.countCall(ts.stack[size_t(ts.topTraced)].functionId, CodeBits::id(bits));
        return;
    }
    charge(ts, now); // a traced frame starts or resumes: the time so far was the current top's
    if (maybeResume && CodeBits::resumable(bits)) {
        if (const Frame* found = m_suspended.find(key)) {
            if (found->functionId == CodeBits::id(bits)) {
                Frame f = *found;
                m_suspended.erase(key);
                if (f.countedInParent) {
                    f.countedInParent = false;
                    if (Frame* parent = liveFrame(ts, f.parentId, nullptr))
                        parent->kidsSuspended = uint16_t(parent->kidsSuspended - (parent->kidsSuspended > 0));
                }
                f.prevTraced = ts.topTraced;
                ts.stack.push_back(f);
                ts.topTraced = index;
                return;
            }
            m_suspended.erase(key); // stale: that frame finished unseen
            m_generators.forget(key);
        } else if (!m_detached.empty()) {
            if (auto d = m_detached.find(key); d != m_detached.end()) {
                if (d->second == CodeBits::id(bits) && m_generators.alive(key, ts.resumedByThrow)) {
                    // Its call ended with its parent's: what it runs now is whoever runs it.
                    ts.stack.push_back(Frame{key, 0, 0, CodeBits::id(bits), ts.threadId, now, 0, 0,
                                             ts.topTraced, CodeBits::kind(bits), false});
                    return;
                }
                m_detached.erase(d);
                m_generators.forget(key);
            }
        }
    } else if (CodeBits::resumable(bits)) {
        if (!m_suspended.empty())
            finishStale(ts, key, now); // a new frame where a suspended one was: that one is gone
        if (!m_detached.empty())
            m_detached.erase(key);
    }
    if (!ts.described) [[unlikely]] {
        describeThread(ts);
        if (m_stopped)
            return;
    }
    Frame* parent = ts.topTraced >= 0 ? &ts.stack[size_t(ts.topTraced)] : nullptr;
    if (CodeBits::resumable(bits)) {
        if (const auto creator = m_creators.take(key))
            for (int i = 0; i < 2 && creator->bits == bits && creator->callId[i]; ++i) {
                if (parent && parent->callId == creator->callId[i])
                    break; // started by its creator's own code: an ordinary call
                if (Frame* live = liveFrame(ts, creator->callId[i], creator->key[i])) {
                    parent = live; // the call that created it, typically awaiting it now
                    break;
                }
            }
    }
    const int64_t callId = m_nextCallId++;
    const int64_t parentId = parent ? parent->callId : 0;
    const int32_t depth = parent ? parent->depth + 1 : 0;
    const bool nested = parent && parent->functionId == CodeBits::id(bits);
    ts.stack.push_back(Frame{key, callId, parentId, CodeBits::id(bits), ts.threadId, now, 0, depth,
                             ts.topTraced, CodeBits::kind(bits), false, false, nested});
    ts.topTraced = index;
#if PY_VERSION_HEX >= 0x030D0000
    if (CodeBits::resumable(bits))
        m_generators.watch(key, generator);
#else
    (void)generator;
#endif
    if (m_capturing) [[unlikely]] {
        PyObject* f =
            frame ? reinterpret_cast<PyObject*>(frame) : reinterpret_cast<PyObject*>(PyEval_GetFrame());
        if (f) {
            PyObject* method = PyObject_GetAttrString(m_callbacks.capture, "args");
            if (!method)
                PyErr_Clear();
            if (PyObject* s = m_callbacks.call(&ts, method, f)) {
                ts.capturedArgs[callId] = utf8(s);
                Py_DECREF(s);
            }
            Py_XDECREF(method);
        }
    }
}

void Tracer::settlePending(ThreadState& ts, int64_t callId, PyObject* escaping)
{
    for (size_t i = ts.pending.size(); i-- > 0;) {
        if (ts.pending[i].row.callId != callId)
            continue;
        PendingException p = std::move(ts.pending[i]);
        ts.pending.erase(ts.pending.begin() + ptrdiff_t(i));
        p.row.escaped = escaping && p.exc == escaping;
        flushPendingRow(std::move(p.row));
    }
}

void Tracer::flushPendingRow(ExceptionRow&& row)
{
    m_writer->side([&](SideRows& s) { s.exceptions.push_back(std::move(row)); });
}

void Tracer::finishStale(ThreadState& ts, void* key, int64_t now)
{
    const Frame* found = m_suspended.find(key);
    if (!found)
        return;
    const Frame f = *found;
    m_suspended.erase(key);
    m_generators.forget(key);
    finishFrame(ts, f, now, 0, nullptr);
}

Frame* Tracer::liveFrame(ThreadState& ts, int64_t callId, void* key)
{
    int steps = 0; // a coroutine's creator is near the top, or suspended: bounded walk
    for (int32_t i = ts.topTraced; i >= 0 && steps < 16; i = ts.stack[size_t(i)].prevTraced, ++steps)
        if (ts.stack[size_t(i)].callId == callId)
            return &ts.stack[size_t(i)];
    if (key)
        if (Frame* f = m_suspended.find(key); f && f->callId == callId)
            return f;
    return nullptr;
}

void Tracer::created(ThreadState& ts, void* key, uint64_t bits)
{
    const Frame& top = ts.stack[size_t(ts.topTraced)];
    const Frame* caller = top.prevTraced >= 0 ? &ts.stack[size_t(top.prevTraced)] : nullptr;
    m_creators.note(key, CoroutineCreators::Creator{{top.callId, caller ? caller->callId : 0},
                                                    {top.key, caller ? caller->key : nullptr},
                                                    bits});
}

// A call ends: the generators and coroutines it started that are still suspended end with it
// (children end within their parent). If one runs again later (resumed by someone else, or closed
// when it is collected) that is not a call: its callees are children of whatever traced call runs.
void Tracer::detachChildren(ThreadState& ts, int64_t parentId, int64_t now)
{
    std::vector<void*> kids;
    m_suspended.forEach([&](void* key, const Frame& f) {
        if (f.parentId == parentId)
            kids.push_back(key);
    });
    for (void* key : kids) {
        const Frame f = *m_suspended.find(key);
        m_suspended.erase(key);
        finishFrame(ts, f, now, 0, nullptr);
        if (m_generators.alive(key, false)) {
            m_detached[key] = f.functionId;
        } else {
            m_generators.forget(key);
        }
    }
}

void Tracer::leaveGeneral(ThreadState& ts, void* key, ExitKind kind, PyObject* value, int64_t now)
{
    charge(ts, now); // up to here, the time was the top traced frame's (the leaving one, usually)
    if (kind != ExitKind::Unwind)
        ts.propagating = nullptr;
    if (ts.stack.empty() || ts.stack.back().key != key) [[unlikely]] {
        // Either a frame that started before tracing, or events were missed (a generator resumed by
        // throw() without a start event): find the frame, closing what lies above it.
        size_t i = ts.stack.size();
        while (i > 0 && ts.stack[i - 1].key != key)
            --i;
        if (i == 0) {
            if (kind != ExitKind::Yield)
                if (const Frame* found = m_suspended.find(key)) {
                    const Frame f = *found;
                    m_suspended.erase(key);
                    m_generators.forget(key);
                    settlePending(ts, f.callId, value);
                    const int64_t excId =
                        kind == ExitKind::Unwind && ts.propagating && (!value || value == ts.propagating)
                            ? ts.propagatingId
                            : 0;
                    finishFrame(ts, f, now, excId, nullptr);
                }
            return;
        }
        while (ts.stack.size() > i) {
            Frame f = ts.stack.back();
            ts.stack.pop_back();
            if (f.callId) {
                ts.topTraced = f.prevTraced;
                settlePending(ts, f.callId, nullptr);
                finishFrame(ts, f, now, 0, nullptr);
            } else {
                popUntraced(ts, f, now);
            }
        }
    }
    Frame& top = ts.stack.back();
    if (!top.callId) {
        Frame f = top;
        ts.stack.pop_back();
        popUntraced(ts, f, now);
        if (kind != ExitKind::Yield && !m_detached.empty() && m_detached.erase(key))
            m_generators.forget(key); // a detached generator finished
        if (kind == ExitKind::Unwind)
            if (const int64_t id = f.exceptionIdOf(value)) { // a recorded exception goes on unwinding
                ts.propagating = value ? value : (f.exceptionIdOf(nullptr) ? f.exc : nullptr);
                ts.propagatingId = id;
            }
        // An exception leaving untraced code into a traced caller: let the backend name it there.
        if (kind == ExitKind::Unwind && inferExceptions && !ts.stack.empty() && ts.stack.back().callId)
            ts.wantProbe = true;
        return;
    }
    if (kind == ExitKind::Yield && CodeBits::resumable(uint64_t(top.kind) << CodeBits::kKindShift)) {
        Frame f = top;
        ts.stack.pop_back();
        ts.topTraced = f.prevTraced;
        // Its parent ends it if it is still suspended then (detachChildren): counted there.
        if (Frame* parent = liveFrame(ts, f.parentId, nullptr);
            parent && parent->kidsSuspended < UINT16_MAX) {
            ++parent->kidsSuspended;
            f.countedInParent = true;
        }
        m_suspended.put(key, f);
        return;
    }
    PyObject* resultRepr = nullptr;
    if (kind == ExitKind::Return && value && m_capturing) [[unlikely]] {
        const int64_t callId = top.callId;
        PyObject* method = PyObject_GetAttrString(m_callbacks.capture, "result");
        if (!method)
            PyErr_Clear();
        resultRepr = m_callbacks.call(&ts, method, value);
        Py_XDECREF(method);
        if (m_stopped || ts.stack.empty() || ts.stack.back().callId != callId) {
            Py_XDECREF(resultRepr);
            return;
        }
    }
    if (ts.stack.back().kidsSuspended) [[unlikely]]
        detachChildren(ts, ts.stack.back().callId, now);
    Frame f = ts.stack.back();
    ts.stack.pop_back();
    ts.topTraced = f.prevTraced;
    if (CodeBits::resumable(uint64_t(f.kind) << CodeBits::kKindShift) && !m_generators.empty())
        m_generators.forget(key);
    int64_t excId = 0;
    bool hold = false;
    PyObject* escaping = value;
    if (kind == ExitKind::Unwind) {
        if (const int64_t id = f.exceptionIdOf(value)) {
            // Raised in or passed through this frame: what ran since (a finally, an __exit__, a
            // generator being closed) may have cleared ts.propagating, not this.
            excId = id;
            if (!escaping)
                escaping = f.exc;
        } else if (ts.propagating && (!value || value == ts.propagating)) {
            excId = ts.propagatingId;
            if (!escaping)
                escaping = ts.propagating;
        } else if (!value && inferExceptions) {
            if (ts.held.empty()) {
                ts.heldExceptionId = m_nextExceptionId++;
                ts.heldCallId = f.callId;
                ts.heldNs = now;
            }
            excId = ts.heldExceptionId;
            hold = true;
        }
        if (inferExceptions)
            ts.wantProbe = true;
        if (excId && escaping && !hold) { // the caller's raise event for it is no new raise
            ts.propagating = escaping;
            ts.propagatingId = excId;
        }
    }
    if (!ts.pending.empty())
        settlePending(ts, f.callId, kind == ExitKind::Unwind ? escaping : nullptr);
    finishFrame(ts, f, now, excId, resultRepr, hold);
    Py_XDECREF(resultRepr);
}

// Natively where it can (no Python call on the hot path), else through the Python describer.
void Tracer::describe(ThreadState& ts, PyObject* exc, ExceptionRow& row)
{
    const bool wasBusy = ts.busy;
    ts.busy = true; // str(exc) may run Python code: not traced
    static const bool pythonOnly = getenv("BREADCRUMB_PYTHON_DESCRIBE") != nullptr; // for comparisons
    // A Python callback's str result into `text`; false (text unchanged) when it gave none.
    const auto callForText = [&](PyObject* callable, PyObject* arg, std::string& text) {
        PyObject* out = m_callbacks.call(&ts, callable, arg);
        Py_ssize_t n = 0;
        const char* p = out && PyUnicode_Check(out) ? PyUnicode_AsUTF8AndSize(out, &n) : nullptr;
        if (p)
            text.assign(p, size_t(n));
        else
            PyErr_Clear();
        Py_XDECREF(out);
        return p != nullptr;
    };
    // _values.redact on a text that might hold a secret: the rule stays written once, in Python.
    const auto redact = [&](std::string& text) {
        PyObject* in = PyUnicode_FromStringAndSize(text.data(), Py_ssize_t(text.size()));
        if (!in) {
            PyErr_Clear();
            return false;
        }
        const bool done = callForText(m_callbacks.redact, in, text);
        Py_DECREF(in);
        return done;
    };
    // traceback's own text for a chain's entry (its ^^^ line), asked once per (code, instruction)
    const auto tracebackText = [&](PyObject* tb, std::string& text) {
        return callForText(m_callbacks.tracebackText, tb, text);
    };
    const bool done = !pythonOnly && m_describer.describe(exc, row, redact, tracebackText);
    ts.busy = wasBusy;
    if (done)
        return;
    row.type = Py_TYPE(exc)->tp_name; // unless the Python describer names it
    row.message.clear();
    row.traceback.clear();
    row.siteFrames.reset();
    if (PyObject* d = m_callbacks.call(&ts, m_callbacks.describe, exc)) {
        if (PyTuple_Check(d) && PyTuple_GET_SIZE(d) >= 3) {
            if (PyUnicode_Check(PyTuple_GET_ITEM(d, 0)))
                row.type = utf8(PyTuple_GET_ITEM(d, 0));
            row.message = utf8(PyTuple_GET_ITEM(d, 1));
            row.traceback = utf8(PyTuple_GET_ITEM(d, 2));
        }
        Py_DECREF(d);
    }
}

namespace {
// SystemExit with status 0 or None: how a program ends normally. Recorded, but not counted in the
// run report's exceptions (the viewer and the CLI leave it out of theirs too).
bool cleanSystemExit(const ExceptionRow& row)
{
    return row.type == "SystemExit" && (row.message.empty() || row.message == "0" || row.message == "None");
}

// StopIteration, StopAsyncIteration or GeneratorExit (or a subclass): control flow, not recorded. One
// walk of the type's MRO where PyErr_GivenExceptionMatches would make three.
bool controlFlow(PyObject* exc)
{
    if (!PyExceptionInstance_Check(exc) || !Py_TYPE(exc)->tp_mro || !PyTuple_Check(Py_TYPE(exc)->tp_mro))
        return PyErr_GivenExceptionMatches(exc, PyExc_StopIteration) ||
               PyErr_GivenExceptionMatches(exc, PyExc_StopAsyncIteration) ||
               PyErr_GivenExceptionMatches(exc, PyExc_GeneratorExit);
    PyObject* mro = Py_TYPE(exc)->tp_mro;
    for (Py_ssize_t i = 0, n = PyTuple_GET_SIZE(mro); i < n; ++i) {
        PyObject* t = PyTuple_GET_ITEM(mro, i);
        if (t == PyExc_StopIteration || t == PyExc_StopAsyncIteration || t == PyExc_GeneratorExit)
            return true;
    }
    return false;
}

bool freshRaise(PyObject* exc)
{
    if (!PyExceptionInstance_Check(exc))
        return false;
    PyObject* tb = reinterpret_cast<PyBaseExceptionObject*>(exc)->traceback;
    return tb && PyTraceBack_Check(tb) && reinterpret_cast<PyTracebackObject*>(tb)->tb_next == nullptr;
}
} // namespace

void Tracer::raised(ThreadState& ts, void* key, PyObject* exc, int64_t now)
{
    if (!exc)
        return;
    // The same exception reaching a caller frame is not a new raise. Compared by address, so a new
    // exception that reuses the address of a handled one must not be taken for it: a fresh raise's
    // traceback holds only the raising frame, a propagating one also the frames it came through.
    if (ts.stack.empty() || ts.stack.back().key != key)
        return;
    Frame& top = ts.stack.back();
    if (exc == ts.propagating && !freshRaise(exc)) {
        top.noteException(exc, ts.propagatingId); // it reached this frame: it may end it
        return;
    }
    if (controlFlow(exc)) {
        top.noteException(exc, 0); // not recorded: a call it ends gets no exception
        return;
    }
    if (!top.callId)
        return; // raised in untraced code: recorded if it reaches a traced frame
    const int64_t callId = top.callId;
    settlePending(ts, callId, nullptr); // an earlier exception of this call was handled
    ExceptionRow row{m_nextExceptionId++, callId, ts.threadId, now + m_wallOffsetNs, {}, {}, {}, false, {}};
    describe(ts, exc, row);
    if (m_stopped)
        return;
    ts.pending.push_back(PendingException{std::move(row), exc});
    ts.propagating = exc;
    ts.propagatingId = ts.pending.back().row.exceptionId;
    if (!ts.stack.empty() && ts.stack.back().callId == callId) // describe() may have run Python code
        ts.stack.back().noteException(exc, ts.propagatingId);
    m_exceptionsRecorded += cleanSystemExit(ts.pending.back().row) ? 0 : 1;
}

void Tracer::resolveHeld(ThreadState& ts, PyObject* exc)
{
    PyObject* owned = nullptr;
    if (!exc) {
#if PY_VERSION_HEX >= 0x030B0000
        owned = PyErr_GetHandledException();
#else
        PyObject *type = nullptr, *tb = nullptr;
        PyErr_GetExcInfo(&type, &owned, &tb);
        Py_XDECREF(type);
        Py_XDECREF(tb);
#endif
        if (owned == Py_None)
            Py_CLEAR(owned);
        exc = owned;
    }
    const bool notRecorded = exc && controlFlow(exc);
    std::vector<CallRow> rows;
    rows.swap(ts.held);
    const int64_t id = ts.heldExceptionId;
    if (exc && !notRecorded) {
        ExceptionRow row{id, ts.heldCallId, ts.threadId, ts.heldNs + m_wallOffsetNs, {}, {}, {}, true, {}};
        describe(ts, exc, row);
        m_exceptionsRecorded += cleanSystemExit(row) ? 0 : 1;
        flushPendingRow(std::move(row));
        ts.propagating = exc; // its further unwinding gets the same id
        ts.propagatingId = id;
    } else {
        for (CallRow& r : rows)
            if (r.exceptionId == id)
                r.exceptionId = 0;
    }
    Py_XDECREF(owned);
    if (m_stopped && !ts.slot.chunk)
        return;
    for (const CallRow& r : rows)
        append(ts, r);
}

StopResult Tracer::stop(std::optional<int64_t> exitCode, const std::string& status, bool exiting)
{
    if (m_stopped)
        return m_lastResult.value_or(StopResult{});
    m_stopped = true;
    backend::remove();
    if (m_active == this)
        m_active = nullptr;
    // A producer waiting for a free chunk finishes its append first.
    while (m_blockedProducers > 0) {
        Py_BEGIN_ALLOW_THREADS
        usleep(500);
        Py_END_ALLOW_THREADS
    }
    const int64_t now = monotonicNs();
    // Suspended generators/coroutines first: their parents may still be open on a stack.
    m_suspended.forEach([&](void*, const Frame& f) {
        if (ThreadState* ts = m_threads.owner(f.threadId))
            finishFrame(*ts, f, now, 0, nullptr);
    });
    m_suspended.clear();
    m_detached.clear();
    m_creators.clear();
    m_generators.clear();
    for (const auto& ts : m_threads.threads()) {
        if (!ts->held.empty()) {
            // An exception that ended the program is known as sys.last_value once it was printed.
            PyObject* last = PySys_GetObject("last_value");
            resolveHeld(*ts, last && last != Py_None ? last : nullptr);
        }
        charge(*ts, now);
        while (!ts->stack.empty()) {
            Frame f = ts->stack.back();
            ts->stack.pop_back();
            if (f.callId) {
                ts->topTraced = f.prevTraced;
                settlePending(*ts, f.callId, nullptr);
                finishFrame(*ts, f, now, 0, nullptr);
            } else {
                popUntraced(*ts, f, now);
            }
        }
        for (PendingException& p : ts->pending)
            flushPendingRow(std::move(p.row));
        ts->pending.clear();
        ts->capturedArgs.clear();
    }
    std::vector<UntracedRow> untraced = m_untraced.rows();
    m_writer->side([&](SideRows& s) { s.untraced = std::move(untraced); });
    for (const auto& ts : m_threads.threads())
        m_writer->queue().detach(ts->slot);
    // Everything is queued: the writer drains it while this thread drops what the session no longer
    // needs (the describer's source texts and cached tracebacks: ~1.4 ms of frees and decrefs after
    // markdown's run, 75 files, 800 code objects), unless the process ends anyway.
    m_writer->requestStop();
    if (!exiting)
        m_describer.clear();

    StopResult result;
    result.runId = m_writer->runId();
    result.calls = m_callsWritten;
    result.exceptions = m_exceptionsRecorded;
    result.durationNs = now - m_startMonoNs;
    const int64_t endNs = now + m_wallOffsetNs;
    Py_BEGIN_ALLOW_THREADS
    m_writer->finish(endNs, status, exitCode);
    Py_END_ALLOW_THREADS
    result.writeError = m_writer->writeError();
    constexpr size_t kTop = 10;
    result.topFunctions = m_slowest.slowest(m_writer->functionTotals(), kTop);
    m_slowest.clear();
    m_functions.clear(); // after the writer and the report: both had views into it
    m_lastResult = result;
    m_writer->queue().releaseMemory(); // the session object stays (see Tracer.h), its buffers go

    m_threads.releaseThreads();
    m_untraced.clear();
    m_capturing = false;
    m_callbacks.clear();
    return result;
}

bool Tracer::pauseThread(bool paused)
{
    ThreadState* ts = m_tlsState;
    if (!ts || ts->session != this)
        ts = createThreadState();
    if (!ts)
        return false;
    const bool was = ts->busy;
    ts->busy = paused;
    return was;
}

void Tracer::beforeFork()
{
    if (Tracer* t = m_active) {
        Py_BEGIN_ALLOW_THREADS // the writer may wait for another process's write lock
        t->m_writer->holdForFork();
        Py_END_ALLOW_THREADS
        m_heldForFork = t->m_writer.get();
    }
}

void Tracer::afterForkInParent()
{
    if (m_heldForFork)
        m_heldForFork->releaseAfterFork();
    m_heldForFork = nullptr;
}

Tracer* Tracer::continueInChild()
{
    m_heldForFork = nullptr; // its lock is the parent's: this process never uses that writer again
    Tracer* old = m_active;
    if (!old)
        return nullptr;
    old->m_abandoned = true;
    old->m_stopped = true;
    m_active = nullptr;
    backend::remove();
    old->m_writer->dropInheritedConnection();
    m_lastResult = StopResult{old->m_writer->runId(), 0, 0, 0, std::nullopt, {}};

    RunInfo info = old->m_runInfo;
    info.pid = int64_t(getpid());
    info.parentRunId = old->m_writer->runId();
    // the parent's session keeps its references: these are the child's
    SessionCallbacks cb = old->m_callbacks.newReferences();
    try {
        Tracer* t = start(old->m_path, std::move(info), cb);
        if (!t)
            PyErr_Clear(); // the backend failed: the abandoned new session holds the callbacks
        return t;
    } catch (const std::exception& e) {
        fprintf(stderr, "breadcrumb: the child process %d is not traced: %s\n", int(getpid()), e.what());
        fflush(stderr);
        cb.clear();
        return nullptr;
    }
}

void Tracer::abandonAfterFork()
{
    m_heldForFork = nullptr; // the parent's lock
    Tracer* t = m_active;
    if (!t)
        return;
    t->m_abandoned = true;
    t->m_stopped = true;
    m_active = nullptr;
    backend::remove();
    m_lastResult = StopResult{t->m_writer->runId(), 0, 0, 0, std::nullopt, {}};
}

} // namespace breadcrumb
