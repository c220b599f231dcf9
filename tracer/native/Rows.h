#pragma once
// The rows the hot path hands to the writer. CallRow is fixed-size and travels in chunks; the others
// carry strings, are rare (once per function, thread or exception) and travel through SideRows.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace breadcrumb {

// A finished call as the writer reads it (the chunks hold it packed: PackedCall below).
struct CallRow
{
    int64_t callId;
    int64_t parentId; // 0 = root (NULL)
    int64_t functionId;
    int64_t threadId;
    int64_t startNs;
    int64_t durationNs;
    int64_t childNs;
    int64_t exceptionId; // 0 = none (NULL)
    int32_t depth;
};

// A call as a traced thread writes it into its chunk: 40 bytes where a CallRow takes 72, so the rows
// the writer reads on its core, and the chunk lines the program writes again after the writer read
// them, are 45% fewer cache lines (the cross-core traffic was most of the tracer's cost on a quiet
// machine). The thread is the chunk's; the parent is a distance back from callId (a root's: callId
// itself, so parentId 0). A call whose parent is 2^32 calls back, whose children ran 4.3 s or more,
// that an exception ended, of another thread, or of a function id past 32 bits, is followed by a
// CallTail in the next slot that holds those fields whole (kHasTail set in depth).
struct PackedCall
{
    static constexpr uint32_t kHasTail = 1u << 31;
    int64_t callId;
    int64_t startNs;
    int64_t durationNs;
    uint32_t parentGap; // callId - parentId
    uint32_t childNs;
    uint32_t functionId;
    uint32_t depth; // | kHasTail
};

struct CallTail
{
    int64_t parentId, childNs, functionId, threadId, exceptionId;
};

union CallSlot {
    PackedCall call;
    CallTail tail;
};
static_assert(sizeof(CallSlot) == 40);

// Per function of a run, for the end-of-run report: calls and inclusive time (RunSummaryBuilder.h).
struct FunctionTotals
{
    int64_t calls = 0;
    int64_t totalNs = 0;
};

struct FunctionRow
{
    int64_t functionId;
    std::string name, module, file, kind;
    int64_t line;
};

// A function as the session's FunctionRegistry keeps it, and as the writer gets a new one: a pointer
// to it travels in SideRows (no copy of its strings per first call). It never moves, and the writer
// reads it until it has finished; `interned` alone changes later (the program's thread, GIL held).
struct FunctionEntry
{
    int64_t functionId;
    const char* key; // name NUL module NUL file NUL line (decimal)
    int64_t line;
    uint32_t keyLength;
    uint8_t kind;     // FunctionKind (Tracer.h)
    uint8_t interned; // by this session (it may be in the file from an earlier run)

    // The key's name, module and file parts.
    std::string_view part(int index) const
    {
        std::string_view rest(key, keyLength);
        for (; index > 0; --index) {
            const size_t end = rest.find('\0');
            rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 1);
        }
        return rest.substr(0, rest.find('\0'));
    }
    std::string_view name() const { return part(0); }
    std::string_view module() const { return part(1); }
    std::string_view file() const { return part(2); }
};

struct ThreadRow
{
    int64_t threadId;
    int64_t nativeId;
    std::string name;
};

struct ExceptionRow
{
    int64_t exceptionId;
    int64_t callId; // 0 = NULL
    int64_t threadId;
    int64_t timestampNs;
    std::string type, message, traceback;
    bool escaped;
    // A hot raise site's traceback lines, shared by its raises: the stored traceback is then these
    // lines and the "Type: message" line, put together by the writer (traceback is left empty), so the
    // program's thread copies no text for them.
    std::shared_ptr<const std::string> siteFrames = {};
};

struct ValueRow
{
    int64_t callId;
    std::string args, result;
    bool hasArgs, hasResult;
};

struct UntracedRow
{
    int64_t callerFunctionId;
    std::string callee;
    int64_t calls;
    int64_t totalNs;
};

// Everything with strings, swapped out by the writer in one go.
struct SideRows
{
    std::vector<const FunctionEntry*> functions;
    std::vector<ThreadRow> threads;
    std::vector<ExceptionRow> exceptions;
    std::vector<ValueRow> values;
    std::vector<UntracedRow> untraced; // replaces the run's aggregate rows (INSERT OR REPLACE)
    // Emptied for reuse: the vectors keep their capacity, so the next rows need no fresh pages.
    void clear()
    {
        functions.clear();
        threads.clear();
        exceptions.clear();
        values.clear();
        untraced.clear();
    }
    bool empty() const
    {
        return functions.empty() && threads.empty() && exceptions.empty() && values.empty() &&
               untraced.empty();
    }
};

} // namespace breadcrumb
