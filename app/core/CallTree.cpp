#include "CallTree.h"

#include <algorithm>
#include <cctype>
#include <limits>
#include <string>

namespace breadcrumb {

namespace {

// (parent node, function) -> child node: open addressing with linear probing. Much faster than
// std::unordered_map for the million lookups of a big run, and one allocation.
class ChildMap
{
public:
    explicit ChildMap(std::size_t expected)
    {
        std::size_t capacity = 1024;
        while (capacity < expected * 2)
            capacity <<= 1;
        m_keys.assign(capacity, kEmpty);
        m_values.resize(capacity);
    }
    // Returns the node for (parent, function), or inserts `created` and returns it.
    template <typename Create>
    std::uint32_t findOrInsert(std::uint32_t parent, std::int32_t function, Create create)
    {
        const std::uint64_t key =
            (static_cast<std::uint64_t>(parent) << 32) | static_cast<std::uint32_t>(function);
        std::size_t slot = hash(key) & (m_keys.size() - 1);
        while (m_keys[slot] != kEmpty) {
            if (m_keys[slot] == key)
                return m_values[slot];
            slot = (slot + 1) & (m_keys.size() - 1);
        }
        const std::uint32_t node = create();
        m_keys[slot] = key;
        m_values[slot] = node;
        if (++m_size * 2 > m_keys.size())
            grow();
        return node;
    }

private:
    static constexpr std::uint64_t kEmpty = std::numeric_limits<std::uint64_t>::max();
    static std::uint64_t hash(std::uint64_t x)
    {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdULL;
        x ^= x >> 33;
        return x;
    }
    void grow()
    {
        std::vector<std::uint64_t> keys(m_keys.size() * 2, kEmpty);
        std::vector<std::uint32_t> values(keys.size());
        for (std::size_t i = 0; i < m_keys.size(); ++i) {
            if (m_keys[i] == kEmpty)
                continue;
            std::size_t slot = hash(m_keys[i]) & (keys.size() - 1);
            while (keys[slot] != kEmpty)
                slot = (slot + 1) & (keys.size() - 1);
            keys[slot] = m_keys[i];
            values[slot] = m_values[i];
        }
        m_keys.swap(keys);
        m_values.swap(values);
    }
    std::vector<std::uint64_t> m_keys;
    std::vector<std::uint32_t> m_values;
    std::size_t m_size = 0;
};

void checkCancel(const std::atomic_bool* cancel)
{
    if (cancel && cancel->load(std::memory_order_relaxed))
        throw TraceError(TraceError::Kind::Interrupted, "call tree cancelled");
}

} // namespace

CallTree CallTree::build(const RunData& run, Direction direction, const std::atomic_bool* cancel,
                         std::int32_t thread)
{
    CallTree tree;
    tree.m_direction = direction;
    tree.m_thread = thread;
    auto& nodes = tree.m_nodes;
    nodes.emplace_back();
    nodes[0].firstStartNs = std::numeric_limits<Nanos>::max();
    ChildMap map(std::min<std::size_t>(run.calls.size(), 1u << 20) / 4 + 16);

    auto childOf = [&](std::uint32_t parent, std::uint32_t function) {
        return map.findOrInsert(parent, static_cast<std::int32_t>(function), [&] {
            const auto index = static_cast<std::uint32_t>(nodes.size());
            CallTreeNode n;
            n.function = static_cast<std::int32_t>(function);
            n.parent = static_cast<std::int32_t>(parent);
            n.firstStartNs = std::numeric_limits<Nanos>::max();
            nodes.push_back(std::move(n));
            nodes[parent].children.push_back(index);
            return index;
        });
    };

    std::vector<std::uint32_t> roots;
    for (std::uint32_t root : run.roots()) {
        if (!run.inThread(root, thread))
            continue;
        roots.push_back(root);
        nodes[0].inclusive += run.calls[root].onStackNs;
        nodes[0].firstStartNs = std::min(nodes[0].firstStartNs, run.calls[root].startNs);
        ++nodes[0].calls;
    }

    std::size_t work = 0;
    if (direction == Direction::TopDown) {
        // Depth-first from the roots, carrying each call's node so children find theirs in one lookup.
        std::vector<std::pair<std::uint32_t, std::uint32_t>> stack; // (call, parent node)
        for (auto it = roots.rbegin(); it != roots.rend(); ++it)
            stack.emplace_back(*it, 0u);
        while (!stack.empty()) {
            const auto [call, parentNode] = stack.back();
            stack.pop_back();
            if ((++work & 0xffff) == 0)
                checkCancel(cancel);
            const CallRecord& c = run.calls[call];
            const std::uint32_t node = childOf(parentNode, c.function);
            CallTreeNode& n = nodes[node];
            ++n.calls;
            n.inclusive += c.onStackNs;
            n.self += c.selfNs;
            n.firstStartNs = std::min(n.firstStartNs, c.startNs);
            const auto kids = run.children(call);
            for (auto it = kids.rbegin(); it != kids.rend(); ++it)
                stack.emplace_back(*it, node);
        }
    } else {
        // Inverted, from the top-down tree (one entry per distinct call path, not per call, so deep
        // recursion over a million calls costs paths x depth instead of calls x depth). Whether a call is
        // the outermost of its function is a property of its path, so a path node with no ancestor of the
        // same function stands for outermost calls; a path node of a function below such an ancestor adds
        // its calls and self time to that ancestor's entry.
        const CallTree topDown = build(run, Direction::TopDown, cancel, thread);
        struct Entry
        {
            std::int64_t calls = 0;
            Nanos self = 0;
        };
        std::vector<Entry> entries(topDown.size());
        std::vector<std::uint32_t> outer(topDown.size(), 0);
        for (std::uint32_t index = 1; index < topDown.size(); ++index) {
            if ((++work & 0xfff) == 0)
                checkCancel(cancel);
            const CallTreeNode& path = topDown.node(index);
            std::uint32_t outermost = index;
            for (std::int32_t a = path.parent; a > 0;
                 a = topDown.node(static_cast<std::uint32_t>(a)).parent) {
                if (topDown.node(static_cast<std::uint32_t>(a)).function == path.function)
                    outermost = static_cast<std::uint32_t>(a);
            }
            outer[index] = outermost;
            entries[outermost].calls += path.calls;
            entries[outermost].self += path.self;
        }
        for (std::uint32_t index = 1; index < topDown.size(); ++index) {
            if (outer[index] != index)
                continue;
            if ((++work & 0xfff) == 0)
                checkCancel(cancel);
            const CallTreeNode& path = topDown.node(index);
            std::uint32_t node = 0;
            for (std::int32_t a = static_cast<std::int32_t>(index); a > 0;
                 a = topDown.node(static_cast<std::uint32_t>(a)).parent) {
                node = childOf(
                    node, static_cast<std::uint32_t>(topDown.node(static_cast<std::uint32_t>(a)).function));
                CallTreeNode& n = nodes[node];
                n.calls += entries[index].calls;
                n.inclusive += path.inclusive;
                n.self += entries[index].self;
                n.firstStartNs = std::min(n.firstStartNs, path.firstStartNs);
            }
        }
    }
    checkCancel(cancel);
    if (nodes[0].firstStartNs == std::numeric_limits<Nanos>::max())
        nodes[0].firstStartNs = 0;
    tree.sortChildren();
    return tree;
}

CallTree CallTree::fromNodes(Direction direction, std::int32_t thread, std::vector<CallTreeNode> nodes)
{
    CallTree tree;
    tree.m_direction = direction;
    tree.m_thread = thread;
    tree.m_nodes = std::move(nodes);
    tree.sortChildren();
    return tree;
}

void CallTree::sortChildren()
{
    auto& nodes = m_nodes;
    for (auto& n : nodes) {
        std::sort(n.children.begin(), n.children.end(), [&](std::uint32_t a, std::uint32_t b) {
            if (nodes[a].inclusive != nodes[b].inclusive)
                return nodes[a].inclusive > nodes[b].inclusive;
            if (nodes[a].firstStartNs != nodes[b].firstStartNs)
                return nodes[a].firstStartNs < nodes[b].firstStartNs;
            return nodes[a].function < nodes[b].function;
        });
        n.children.shrink_to_fit();
    }
}

std::vector<std::uint32_t> CallTree::hotPath(std::uint32_t from) const
{
    std::vector<std::uint32_t> path;
    if (from >= m_nodes.size())
        return path;
    path.push_back(from);
    while (!m_nodes[path.back()].children.empty())
        path.push_back(m_nodes[path.back()].children.front());
    return path;
}

std::vector<std::uint32_t> CallTree::find(const RunData& run, std::string_view text) const
{
    std::vector<std::uint32_t> found;
    if (m_nodes.empty() || text.empty())
        return found;
    auto lower = [](std::string_view s) {
        std::string out(s);
        for (char& c : out)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return out;
    };
    const std::string needle = lower(text);
    std::vector<char> matches(run.functions.size());
    for (std::size_t f = 0; f < run.functions.size(); ++f)
        matches[f] = lower(run.functions[f].name).find(needle) != std::string::npos;
    std::vector<std::uint32_t> stack{0};
    while (!stack.empty()) {
        const std::uint32_t index = stack.back();
        stack.pop_back();
        const CallTreeNode& n = m_nodes[index];
        if (n.function >= 0 && static_cast<std::size_t>(n.function) < matches.size() &&
            matches[static_cast<std::size_t>(n.function)])
            found.push_back(index);
        for (auto it = n.children.rbegin(); it != n.children.rend(); ++it)
            stack.push_back(*it);
    }
    return found;
}

std::vector<std::uint32_t> CallTree::pathTo(std::uint32_t index) const
{
    std::vector<std::uint32_t> path;
    if (index >= m_nodes.size())
        return path;
    for (std::int32_t i = static_cast<std::int32_t>(index); i >= 0;
         i = m_nodes[static_cast<std::size_t>(i)].parent)
        path.push_back(static_cast<std::uint32_t>(i));
    std::reverse(path.begin(), path.end());
    return path;
}

} // namespace breadcrumb
