#pragma once
// The rows the hot path hands to the writer. CallRow is fixed-size and travels in chunks; the others
// carry strings, are rare (once per function, thread or exception) and travel through SideRows.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace breadcrumb {

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
    std::vector<FunctionRow> functions;
    std::vector<ThreadRow> threads;
    std::vector<ExceptionRow> exceptions;
    std::vector<ValueRow> values;
    std::vector<UntracedRow> untraced; // replaces the run's aggregate rows (INSERT OR REPLACE)
    bool empty() const
    {
        return functions.empty() && threads.empty() && exceptions.empty() && values.empty() &&
               untraced.empty();
    }
};

} // namespace breadcrumb
