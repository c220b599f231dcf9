#include "CallTreeTransform.h"

#include "CallPathTrie.h"

#include <algorithm>

namespace breadcrumb {

CallTreeTransform CallTreeTransform::focusFunction(std::int32_t function)
{
    return {Kind::FocusFunction, {function}};
}

CallTreeTransform CallTreeTransform::mergeRecursion(std::int32_t function)
{
    return {Kind::MergeRecursion, {function}};
}

CallTreeTransform CallTreeTransform::focusSubtree(const CallTree& tree, std::uint32_t node)
{
    return {Kind::FocusSubtree, functionPath(tree, node)};
}

CallTreeTransform CallTreeTransform::collapseFrame(const CallTree& tree, std::uint32_t node)
{
    return {Kind::CollapseFrame, functionPath(tree, node)};
}

std::vector<std::int32_t> CallTreeTransform::functionPath(const CallTree& tree, std::uint32_t node)
{
    std::vector<std::int32_t> path;
    for (const std::uint32_t n : tree.pathTo(node))
        if (n != 0)
            path.push_back(tree.node(n).function);
    return path;
}

bool CallTreeTransform::map(std::vector<std::int32_t>& path, bool& own) const
{
    switch (m_kind) {
    case Kind::FocusFunction: {
        const auto first = std::find(path.begin(), path.end(), m_path.front());
        if (first == path.end())
            return false;
        path.erase(path.begin(), first);
        return true;
    }
    case Kind::FocusSubtree:
        // The focused frame becomes the top: the path must run through it.
        if (m_path.empty() || path.size() < m_path.size() ||
            !std::equal(m_path.begin(), m_path.end(), path.begin()))
            return false;
        path.erase(path.begin(), path.begin() + static_cast<std::ptrdiff_t>(m_path.size() - 1));
        return true;
    case Kind::MergeRecursion: {
        const std::int32_t f = m_path.front();
        const auto first = std::find(path.begin(), path.end(), f);
        if (first == path.end())
            return true;
        // Every later call of f returns to the outermost one: drop it and the frames between.
        auto out = first + 1;
        for (auto in = first + 1; in != path.end(); ++in) {
            if (*in == f)
                out = first + 1;
            else
                *out++ = *in;
        }
        path.erase(out, path.end());
        return true;
    }
    case Kind::CollapseFrame:
        if (path.size() > m_path.size() && std::equal(m_path.begin(), m_path.end(), path.begin())) {
            path.resize(m_path.size());
            own = false;
        }
        return true;
    }
    return true;
}

CallTree CallTreeTransform::apply(const CallTree& tree, std::span<const CallTreeTransform> transforms)
{
    CallPathTrie trie;
    if (tree.size() == 0)
        return std::move(trie).finish(tree.direction(), tree.thread());
    trie.node(0).calls = tree.root().calls;
    trie.node(0).firstStartNs = tree.root().firstStartNs;
    trie.node(0).self = tree.root().self;
    // Depth-first over the source tree, carrying each node's function path; every node's self time and
    // calls go to the node of its mapped path, so the result's times add up as the source's do.
    std::vector<std::int32_t> path;
    std::vector<std::int32_t> mapped;
    struct Pending
    {
        std::uint32_t node;
        std::uint32_t depth;
    };
    std::vector<Pending> stack;
    for (auto it = tree.root().children.rbegin(); it != tree.root().children.rend(); ++it)
        stack.push_back({*it, 0});
    while (!stack.empty()) {
        const Pending p = stack.back();
        stack.pop_back();
        const CallTreeNode& n = tree.node(p.node);
        path.resize(p.depth);
        path.push_back(n.function);
        for (auto it = n.children.rbegin(); it != n.children.rend(); ++it)
            stack.push_back({*it, p.depth + 1});

        mapped = path;
        bool own = true;
        bool kept = true;
        for (const CallTreeTransform& t : transforms)
            if (!(kept = t.map(mapped, own)))
                break;
        if (!kept || mapped.empty())
            continue;
        std::uint32_t target = 0;
        for (const std::int32_t f : mapped)
            target = trie.child(target, f);
        CallTreeNode& out = trie.node(target);
        out.self += n.self;
        if (own)
            out.calls += n.calls;
        out.firstStartNs = std::min(out.firstStartNs, n.firstStartNs);
    }
    // A focus leaves a root that stands for the top frames left (their calls), not the threads' roots.
    const bool focused = std::any_of(transforms.begin(), transforms.end(), [](const CallTreeTransform& t) {
        return t.kind() == Kind::FocusFunction || t.kind() == Kind::FocusSubtree;
    });
    if (focused) {
        CallTreeNode& root = trie.node(0);
        root.self = 0;
        root.calls = 0;
        for (const std::uint32_t c : root.children)
            root.calls += trie.node(c).calls;
    }
    return std::move(trie).finish(tree.direction(), tree.thread());
}

} // namespace breadcrumb
