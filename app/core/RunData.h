#pragma once
// A whole run held in memory in a compact form (about 60 bytes per call), with the indexes the
// analyses need. Built by TraceReader::loadRun(); immutable afterwards and safe to share between threads.

#include "TraceTypes.h"

#include <limits>
#include <span>
#include <string_view>
#include <vector>

namespace breadcrumb {

class RunData
{
public:
    RunInfo run;
    std::vector<FunctionInfo> functions;       // only the functions that appear in this run
    std::vector<ThreadInfo> threads;
    std::vector<CallRecord> calls;             // ordered by (startNs, id)
    std::vector<ExceptionRecord> exceptions;   // ordered by timestampNs

    // Builds children/roots/callsOf from `calls`. TraceReader calls it; tests that fill RunData by
    // hand call it too.
    void buildIndexes();

    std::span<const std::uint32_t> roots() const;                       // calls with parent == -1
    std::span<const std::uint32_t> children(std::uint32_t call) const;  // ordered by start
    std::span<const std::uint32_t> callsOf(std::uint32_t function) const; // ordered by start

    // Resolves what a user typed: exact qualified name ("Square.area"), "module:name" or
    // "module.name"; nullopt when unknown or ambiguous (see isAmbiguous()).
    std::optional<std::uint32_t> findFunction(std::string_view name) const;
    bool isAmbiguous(std::string_view name) const;
    // Close names for "did you mean": edit distance and substring matches, best first.
    std::vector<std::uint32_t> suggestFunctions(std::string_view name, std::size_t max = 5) const;
    // Name shown to users: the qualified name, or "module:name" when two functions share it.
    std::string displayName(std::uint32_t function) const;

    Nanos lastEndNs() const; // max end of any call (as of buildIndexes()), or run.startNs

private:
    std::vector<std::uint32_t> m_childOffsets;   // CSR: size calls.size() + 1
    std::vector<std::uint32_t> m_childIndex;
    std::vector<std::uint32_t> m_roots;
    std::vector<std::uint32_t> m_fnOffsets;      // CSR: size functions.size() + 1
    std::vector<std::uint32_t> m_fnIndex;
    std::vector<bool> m_nameShared;
    Nanos m_lastCallEndNs = std::numeric_limits<Nanos>::min();              // per function: another function has the same name
};

} // namespace breadcrumb
