#include "RunData.h"

#include <algorithm>
#include <cctype>
#include <limits>
#include <string>
#include <unordered_map>

namespace breadcrumb {

namespace {

// A parent on another thread, out of range, or in a loop of parent links is dropped, so every call hangs
// below exactly one root of its own thread and every walk over the tree visits each call once. TraceReader
// already refuses files whose parent links could loop; the cut here keeps RunData built by hand safe. In
// place: a copy of the links would be 4 bytes per call more at the load's peak.
void cutParents(CallList& calls)
{
    const std::size_t n = calls.size();
    for (std::size_t i = 0; i < n; ++i) {
        const std::int32_t p = calls.parent(i);
        if (p < 0 || static_cast<std::size_t>(p) >= n || static_cast<std::size_t>(p) == i ||
            calls.thread(static_cast<std::size_t>(p)) != calls.thread(i))
            calls.setParent(i, -1);
    }
    enum : std::uint8_t
    {
        Unknown,
        Walking,
        Rooted
    };
    std::vector<std::uint8_t> state(n, Unknown);
    std::vector<std::int32_t> path;
    for (std::size_t i = 0; i < n; ++i) {
        path.clear();
        std::int32_t c = static_cast<std::int32_t>(i);
        while (c >= 0 && state[static_cast<std::size_t>(c)] == Unknown) {
            state[static_cast<std::size_t>(c)] = Walking;
            path.push_back(c);
            c = calls.parent(static_cast<std::size_t>(c));
        }
        if (c >= 0 && state[static_cast<std::size_t>(c)] == Walking)
            calls.setParent(static_cast<std::size_t>(c), -1); // met again on this walk: a loop, cut here
        for (std::int32_t x : path)
            state[static_cast<std::size_t>(x)] = Rooted;
    }
}

std::string lower(std::string_view text)
{
    std::string out(text);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

} // namespace

std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

void RunData::buildIndexes()
{
    const std::size_t n = calls.size();
    // Cached: the views ask for it on every selection, and a scan of 1 M calls costs ~5 ms each time.
    m_lastCallEndNs = std::numeric_limits<Nanos>::min();
    for (const CallRecord c : calls)
        m_lastCallEndNs = std::max(m_lastCallEndNs, c.endNs());
    cutParents(calls);
    // Keys are indices, so their range is known: no pass over the calls to find it.
    const auto lastCall = static_cast<std::int64_t>(n) - 1;
    m_children = KeyIndex(
        n, [&](std::size_t i) -> std::int64_t { return calls.parent(i); }, 0, lastCall);
    m_callsOf = KeyIndex(
        n, [&](std::size_t i) -> std::int64_t { return calls.function(i); }, 0,
        static_cast<std::int64_t>(functions.size()) - 1);
    m_roots.clear();
    for (std::size_t i = 0; i < n; ++i) {
        if (calls.parent(i) < 0)
            m_roots.push_back(static_cast<std::uint32_t>(i));
    }

    // On-stack time bottom-up and the outermost flags top-down, in one depth-first walk per root. A frame
    // sums its children's on-stack time; only the calls whose on-stack time is not their duration (they or
    // a call below them were suspended) keep it (CallList).
    std::vector<std::uint32_t> active(functions.size() + 1, 0); // the last slot: unknown functions
    auto slot = [&](std::uint32_t function) -> std::uint32_t& {
        return active[std::min<std::size_t>(function, functions.size())];
    };
    struct Frame
    {
        std::uint32_t call;
        std::uint32_t next; // next child position
        Nanos childOnStackNs;
    };
    std::vector<Frame> stack;
    std::vector<std::pair<std::uint32_t, Nanos>> onStackAside;
    std::vector<Nanos> rootOnStack;
    rootOnStack.reserve(m_roots.size());
    auto enter = [&](std::uint32_t call) {
        calls.setOutermost(call, slot(calls.function(call))++ == 0);
        stack.push_back({call, 0, 0});
    };
    for (std::uint32_t root : m_roots) {
        enter(root);
        while (!stack.empty()) {
            Frame& top = stack.back();
            const auto kids = children(top.call);
            if (top.next < kids.size()) {
                enter(kids[top.next++]);
                continue;
            }
            const CallRecord c = calls[top.call];
            --slot(c.function);
            const Nanos onStack = c.selfNs + top.childOnStackNs;
            if (onStack != c.durationNs)
                onStackAside.emplace_back(top.call, onStack);
            stack.pop_back();
            if (!stack.empty())
                stack.back().childOnStackNs += onStack;
            else
                rootOnStack.push_back(onStack);
        }
    }
    std::sort(onStackAside.begin(), onStackAside.end());
    calls.setOnStackAside(std::move(onStackAside));
    m_threadTracedNs.assign(threads.size(), 0);
    m_tracedNs = 0;
    for (std::size_t k = 0; k < m_roots.size(); ++k) {
        const std::uint32_t thread = calls.thread(m_roots[k]);
        if (thread >= m_threadTracedNs.size())
            m_threadTracedNs.resize(thread + 1, 0);
        m_threadTracedNs[thread] += rootOnStack[k];
        m_tracedNs += rootOnStack[k];
    }
    m_nameShared = sharedNames(functions);
    std::sort(callExceptions.begin(), callExceptions.end());
}

std::int32_t RunData::exceptionOf(std::uint32_t call) const
{
    const auto it = std::lower_bound(
        callExceptions.begin(), callExceptions.end(), call,
        [](const std::pair<std::uint32_t, std::int32_t>& e, std::uint32_t c) { return e.first < c; });
    return it != callExceptions.end() && it->first == call ? it->second : -1;
}

std::vector<bool> RunData::sharedNames(std::span<const FunctionInfo> functions)
{
    std::unordered_map<std::string_view, int> nameCount;
    for (const auto& f : functions)
        ++nameCount[f.name];
    std::vector<bool> shared(functions.size(), false);
    for (std::size_t f = 0; f < functions.size(); ++f)
        shared[f] = nameCount[functions[f].name] > 1;
    return shared;
}

std::string RunData::displayName(const FunctionInfo& function, bool nameShared)
{
    return nameShared ? function.module + ":" + function.name : function.name;
}

std::span<const std::uint32_t> RunData::roots() const
{
    return m_roots;
}

std::span<const std::uint32_t> RunData::children(std::uint32_t call) const
{
    return m_children.rowsOf(call);
}

std::span<const std::uint32_t> RunData::callsOf(std::uint32_t function) const
{
    return m_callsOf.rowsOf(function);
}

namespace {

// Every function `name` can denote: the exact qualified name, "module:name" or "module.name".
std::vector<std::uint32_t> candidates(const std::vector<FunctionInfo>& functions, std::string_view name)
{
    std::vector<std::uint32_t> exact;
    for (std::size_t f = 0; f < functions.size(); ++f) {
        if (functions[f].name == name)
            exact.push_back(static_cast<std::uint32_t>(f));
    }
    if (!exact.empty())
        return exact;
    std::vector<std::uint32_t> qualified;
    if (const auto colon = name.find(':'); colon != std::string_view::npos) {
        const auto module = name.substr(0, colon);
        const auto rest = name.substr(colon + 1);
        for (std::size_t f = 0; f < functions.size(); ++f) {
            if (functions[f].module == module && functions[f].name == rest)
                qualified.push_back(static_cast<std::uint32_t>(f));
        }
        return qualified;
    }
    for (std::size_t f = 0; f < functions.size(); ++f) {
        const auto& fn = functions[f];
        if (name.size() == fn.module.size() + 1 + fn.name.size() && name.starts_with(fn.module) &&
            name[fn.module.size()] == '.' && name.ends_with(fn.name))
            qualified.push_back(static_cast<std::uint32_t>(f));
    }
    return qualified;
}

} // namespace

std::optional<std::uint32_t> RunData::findFunction(std::string_view name) const
{
    const auto found = candidates(functions, name);
    if (found.size() == 1)
        return found.front();
    return std::nullopt;
}

bool RunData::isAmbiguous(std::string_view name) const
{
    return candidates(functions, name).size() > 1;
}

std::vector<std::uint32_t> RunData::suggestFunctions(std::string_view name, std::size_t max) const
{
    const std::string query = lower(name);
    if (query.empty() || max == 0)
        return {};
    struct Scored
    {
        std::size_t score;
        std::uint32_t function;
    };
    std::vector<Scored> scored;
    for (std::size_t f = 0; f < functions.size(); ++f) {
        const std::string full = lower(functions[f].name);
        const auto dot = full.rfind('.');
        const std::string last = dot == std::string::npos ? full : full.substr(dot + 1);
        std::size_t score;
        if (full.find(query) != std::string::npos ||
            (query.size() >= 3 && query.find(full) != std::string::npos)) {
            // substring matches come first, closer lengths first
            score = full.size() > query.size() ? full.size() - query.size() : query.size() - full.size();
        } else {
            const std::size_t distance = std::min(editDistance(query, full), editDistance(query, last));
            const std::size_t allowed = std::max<std::size_t>(2, query.size() / 3);
            if (distance > allowed)
                continue;
            score = 1000 + distance;
        }
        scored.push_back({score, static_cast<std::uint32_t>(f)});
    }
    std::stable_sort(scored.begin(), scored.end(), [&](const Scored& a, const Scored& b) {
        if (a.score != b.score)
            return a.score < b.score;
        return functions[a.function].name < functions[b.function].name;
    });
    std::vector<std::uint32_t> out;
    for (const auto& s : scored) {
        if (out.size() >= max)
            break;
        out.push_back(s.function);
    }
    return out;
}

std::optional<std::int32_t> RunData::findThread(std::string_view text) const
{
    std::optional<std::int32_t> found;
    for (std::size_t t = 0; t < threads.size(); ++t) {
        const ThreadInfo& info = threads[t];
        if (info.name == text || std::to_string(info.nativeId) == text ||
            std::to_string(info.threadId) == text) {
            if (found)
                return std::nullopt; // ambiguous
            found = static_cast<std::int32_t>(t);
        }
    }
    return found;
}

std::string RunData::displayName(std::uint32_t function) const
{
    if (function >= functions.size())
        return "<unknown>";
    return displayName(functions[function], function < m_nameShared.size() && m_nameShared[function]);
}

Nanos RunData::tracedNs(std::int32_t thread) const
{
    if (thread == kAllThreads)
        return m_tracedNs;
    return thread >= 0 && static_cast<std::size_t>(thread) < m_threadTracedNs.size()
               ? m_threadTracedNs[static_cast<std::size_t>(thread)]
               : 0;
}

Nanos RunData::lastEndNs() const
{
    return std::max(run.startNs, m_lastCallEndNs);
}

} // namespace breadcrumb
