#include "FunctionMatch.h"

#include <map>
#include <string>
#include <utility>

namespace breadcrumb {

namespace {

using Key = std::pair<std::string_view, std::string_view>; // (module, qualified name)

std::vector<std::int32_t> mapFunctions(const RunData& from, const RunData& to)
{
    std::map<Key, std::int32_t> index;
    for (std::size_t i = 0; i < to.functions.size(); ++i)
        index.emplace(Key{to.functions[i].module, to.functions[i].name}, std::int32_t(i)); // first one wins
    std::vector<std::int32_t> out(from.functions.size(), -1);
    for (std::size_t i = 0; i < from.functions.size(); ++i)
        if (const auto it = index.find(Key{from.functions[i].module, from.functions[i].name});
            it != index.end())
            out[i] = it->second;
    return out;
}

} // namespace

FunctionMatch::FunctionMatch(const RunData& first, const RunData& second)
    : m_firstToSecond(mapFunctions(first, second)), m_secondToFirst(mapFunctions(second, first))
{
}

std::int32_t FunctionMatch::lookup(const std::vector<std::int32_t>& map, std::int32_t function)
{
    return function >= 0 && std::size_t(function) < map.size() ? map[std::size_t(function)] : -1;
}

std::optional<std::uint32_t> FunctionMatch::matchNode(const std::vector<std::int32_t>& map,
                                                      const CallTree& from, std::uint32_t node,
                                                      const CallTree& to)
{
    if (node >= from.size() || to.size() == 0)
        return std::nullopt;
    std::uint32_t current = 0; // the root of `to`
    for (const std::uint32_t step : from.pathTo(node)) {
        const std::int32_t function = from.node(step).function;
        if (function < 0)
            continue; // the root
        const std::int32_t wanted = lookup(map, function);
        if (wanted < 0)
            return std::nullopt;
        bool found = false;
        for (const std::uint32_t child : to.node(current).children)
            if (to.node(child).function == wanted) {
                current = child;
                found = true;
                break;
            }
        if (!found)
            return std::nullopt;
    }
    return current;
}

} // namespace breadcrumb
