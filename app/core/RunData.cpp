#include "RunData.h"

#include <algorithm>
#include <cctype>
#include <limits>
#include <string>
#include <unordered_map>

namespace breadcrumb {

namespace {

// Counting sort into compressed-sparse-row form: bucket b holds the items whose key is b, in input order.
template <typename KeyOf>
void buildCsr(std::size_t buckets, std::size_t items, KeyOf keyOf, std::vector<std::uint32_t>& offsets,
              std::vector<std::uint32_t>& index)
{
    offsets.assign(buckets + 1, 0);
    std::size_t used = 0;
    for (std::size_t i = 0; i < items; ++i) {
        const std::int64_t key = keyOf(i);
        if (key >= 0) {
            ++offsets[static_cast<std::size_t>(key) + 1];
            ++used;
        }
    }
    for (std::size_t b = 0; b < buckets; ++b)
        offsets[b + 1] += offsets[b];
    index.assign(used, 0);
    std::vector<std::uint32_t> fill(offsets.begin(), offsets.end() - 1);
    for (std::size_t i = 0; i < items; ++i) {
        const std::int64_t key = keyOf(i);
        if (key >= 0)
            index[fill[static_cast<std::size_t>(key)]++] = static_cast<std::uint32_t>(i);
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
    for (const auto& c : calls)
        m_lastCallEndNs = std::max(m_lastCallEndNs, c.endNs());
    buildCsr(n, n, [&](std::size_t i) -> std::int64_t { return calls[i].parent; }, m_childOffsets, m_childIndex);
    buildCsr(functions.size(), n, [&](std::size_t i) -> std::int64_t { return calls[i].function; }, m_fnOffsets,
             m_fnIndex);
    m_roots.clear();
    for (std::size_t i = 0; i < n; ++i) {
        if (calls[i].parent < 0)
            m_roots.push_back(static_cast<std::uint32_t>(i));
    }
    std::unordered_map<std::string_view, int> nameCount;
    for (const auto& f : functions)
        ++nameCount[f.name];
    m_nameShared.assign(functions.size(), false);
    for (std::size_t f = 0; f < functions.size(); ++f)
        m_nameShared[f] = nameCount[functions[f].name] > 1;
}

std::span<const std::uint32_t> RunData::roots() const
{
    return m_roots;
}

std::span<const std::uint32_t> RunData::children(std::uint32_t call) const
{
    if (call + 1 >= m_childOffsets.size())
        return {};
    return std::span<const std::uint32_t>(m_childIndex).subspan(m_childOffsets[call],
                                                                m_childOffsets[call + 1] - m_childOffsets[call]);
}

std::span<const std::uint32_t> RunData::callsOf(std::uint32_t function) const
{
    if (function + 1 >= m_fnOffsets.size())
        return {};
    return std::span<const std::uint32_t>(m_fnIndex).subspan(m_fnOffsets[function],
                                                             m_fnOffsets[function + 1] - m_fnOffsets[function]);
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
        if (full.find(query) != std::string::npos || (query.size() >= 3 && query.find(full) != std::string::npos)) {
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

std::string RunData::displayName(std::uint32_t function) const
{
    if (function >= functions.size())
        return "<unknown>";
    const auto& f = functions[function];
    if (function < m_nameShared.size() && m_nameShared[function])
        return f.module + ":" + f.name;
    return f.name;
}

Nanos RunData::lastEndNs() const
{
    return std::max(run.startNs, m_lastCallEndNs);
}

} // namespace breadcrumb
