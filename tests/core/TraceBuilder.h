#pragma once
// Builds small hand-made traces for the core's tests: a real SQLite file created with tracer/schema.sql and
// tracer/indexes.sql executed verbatim, exactly as the tracer creates it (calls go in through the `calls`
// view's insert trigger: a chunk per call).

#include <cstdint>
#include <optional>
#include <sqlite3.h>
#include <string>
#include <vector>

class TraceBuilder
{
public:
    explicit TraceBuilder(const std::string& path);
    ~TraceBuilder();
    TraceBuilder(const TraceBuilder&) = delete;
    TraceBuilder& operator=(const TraceBuilder&) = delete;

    // Plain SQL (throws std::runtime_error with SQLite's message on failure).
    void exec(const std::string& sql);

    std::int64_t addFunction(const std::string& name, const std::string& module = "__main__", int line = 1);
    void addRun(std::int64_t runId, std::int64_t startNs, std::optional<std::int64_t> endNs,
                const std::string& status = "completed", std::int64_t pid = 1,
                const std::string& host = "elsewhere",
                std::optional<std::int64_t> heartbeatNs = std::nullopt);
    void addThread(std::int64_t runId, std::int64_t threadId, const std::string& name);
    // depth and child_ns are derived in finish() from the parent links.
    void addCall(std::int64_t callId, std::int64_t runId, std::optional<std::int64_t> parentId,
                 std::int64_t functionId, std::int64_t startNs, std::int64_t durationNs,
                 std::int64_t threadId = 1, std::optional<std::int64_t> exceptionId = std::nullopt);
    void addException(std::int64_t exceptionId, std::int64_t runId, std::int64_t callId,
                      std::int64_t timestampNs, const std::string& type, const std::string& message,
                      bool escaped, std::int64_t threadId = 1);
    void addValues(std::int64_t callId, const std::string& args, const std::string& returnValue);
    // Computes depth and child_ns, builds the indexes and closes the file.
    void finish();

    static std::string schemaDir();
    // Runs scripts/gen_trace.py (quietly) to make a bigger synthetic trace; false when it fails.
    static bool generate(const std::string& path, const std::string& arguments);

private:
    struct Call
    {
        std::int64_t callId, runId;
        std::optional<std::int64_t> parentId;
        std::int64_t functionId, startNs, durationNs, threadId;
        std::optional<std::int64_t> exceptionId;
    };
    sqlite3* m_db = nullptr;
    std::vector<Call> m_calls; // written by finish(), when depth and child_ns are known
};

// Milliseconds to nanoseconds, for readable fixtures.
constexpr std::int64_t ms(double milliseconds)
{
    return static_cast<std::int64_t>(milliseconds * 1'000'000.0 + (milliseconds >= 0 ? 0.5 : -0.5));
}
