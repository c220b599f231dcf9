#include "FrameColors.h"

#include "FunctionPalette.h"

#include <algorithm>
#include <map>
#include <QCoreApplication>

namespace breadcrumb {

namespace {

// Light, well-separated hues (dark text reads on all of them): a categorical palette, not a gradient.
constexpr QRgb kGroupPalette[] = {
    0x8ecae6, 0xffb86b, 0x9be39b, 0xf4a3a8, 0xc9b3f0, 0xf2dc7c,
    0x8fe0d0, 0xe8b4d8, 0xc7d97a, 0xb0c4de, 0xf0c090, 0xa8d8a8,
};
constexpr std::size_t kPaletteSize = sizeof(kGroupPalette) / sizeof(kGroupPalette[0]);

std::uint32_t fnv1a(std::string_view text)
{
    std::uint32_t h = 2166136261u;
    for (const char c : text) {
        h ^= static_cast<unsigned char>(c);
        h *= 16777619u;
    }
    return h;
}

} // namespace

std::string_view FrameColors::packageOf(std::string_view module)
{
    const auto dot = module.find('.');
    return dot == std::string_view::npos || dot == 0 ? module : module.substr(0, dot);
}

FrameColors::Grouping FrameColors::group(const RunData& run, const std::vector<Nanos>& selfOf, bool package)
{
    Grouping g;
    std::map<std::string, Nanos, std::less<>> totals;
    for (std::size_t f = 0; f < run.functions.size(); ++f) {
        const std::string_view m = run.functions[f].module;
        totals[std::string(package ? packageOf(m) : m)] += selfOf[f];
    }
    std::vector<std::pair<std::string, Nanos>> ranked(totals.begin(), totals.end());
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    for (const auto& entry : ranked)
        g.names.push_back(entry.first);
    std::map<std::string_view, std::uint32_t, std::less<>> index; // views into g.names, now stable
    for (std::uint32_t i = 0; i < g.names.size(); ++i)
        index[g.names[i]] = i;
    g.ofFunction.resize(run.functions.size());
    g.functionColors.resize(run.functions.size());
    for (std::size_t f = 0; f < run.functions.size(); ++f) {
        const std::string_view m = run.functions[f].module;
        const std::uint32_t i = index.find(package ? packageOf(m) : m)->second;
        g.ofFunction[f] = i;
        // Shade within the group: lightness +-8%, enough to tell neighbours apart, never another hue.
        const QColor base = QColor::fromRgb(kGroupPalette[i % kPaletteSize]);
        const int shade = static_cast<int>(fnv1a(run.functions[f].name) % 17u) - 8;
        g.functionColors[f] = shade >= 0 ? base.lighter(100 + shade) : base.darker(100 - shade);
    }
    return g;
}

std::shared_ptr<const FrameColors::RunColors> FrameColors::compute(const RunData& run,
                                                                   const std::atomic_bool* cancel)
{
    // One pass over the calls for both groupings, reading the self times alone (not whole records).
    std::vector<Nanos> selfOf(run.functions.size(), 0);
    const CallList& calls = run.calls;
    constexpr std::size_t kCancelEvery = std::size_t(1) << 16; // ~1 ms of calls between two looks
    for (std::size_t i = 0; i < calls.size(); ++i) {
        if (cancel && i % kCancelEvery == 0 && cancel->load(std::memory_order_relaxed))
            return nullptr;
        selfOf[calls.function(i)] += calls.selfNs(i);
    }
    auto colors = std::make_shared<RunColors>();
    colors->modules = group(run, selfOf, false);
    colors->packages = group(run, selfOf, true);
    colors->byName.reserve(run.functions.size());
    for (const FunctionInfo& info : run.functions)
        colors->byName.push_back(FunctionPalette::color(info.name));
    return colors;
}

void FrameColors::reset(const RunData* run)
{
    // Every tree of a run (a transform, a sandwich's two halves, a step back in the history) comes with that
    // same run, and the groups depend on the run alone: the pass over its calls is made once per run, not
    // per tree. A run still held is never another run at this address.
    if (isFor(run))
        return;
    if (!run) {
        reset(nullptr, nullptr);
        return;
    }
    ++m_callPasses;
    reset(run, compute(*run));
}

void FrameColors::reset(const RunData* run, std::shared_ptr<const RunColors> colors)
{
    m_run = colors ? run : nullptr;
    m_runColors = m_run ? std::move(colors) : nullptr;
    m_maxSelf = 0;
}

void FrameColors::setTree(const CallTree* tree)
{
    m_maxSelf = 0;
    if (!tree)
        return;
    for (std::uint32_t n = 1; n < tree->size(); ++n)
        m_maxSelf = std::max(m_maxSelf, tree->node(n).self);
}

QColor FrameColors::heat(double fraction)
{
    // Pale yellow, orange, deep red: three stops keep the middle bright (dark text reads on it) instead of
    // the muddy salmon a straight yellow-to-red blend gives; only the hottest frames get white text.
    const double t = std::clamp(fraction, 0.0, 1.0);
    const QColor stops[] = {QColor(255, 240, 190), QColor(250, 165, 60), QColor(200, 30, 30)};
    const QColor& a = t < 0.5 ? stops[0] : stops[1];
    const QColor& b = t < 0.5 ? stops[1] : stops[2];
    const double u = t < 0.5 ? t * 2 : (t - 0.5) * 2;
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * u, a.greenF() + (b.greenF() - a.greenF()) * u,
                            a.blueF() + (b.blueF() - a.blueF()) * u);
}

QColor FrameColors::color(const CallTreeNode& node) const
{
    if (node.function < 0 || !m_run || static_cast<std::size_t>(node.function) >= m_run->functions.size())
        return QColor(200, 200, 200);
    switch (m_mode) {
    case Mode::Module:
        return m_runColors->modules.functionColors[node.function];
    case Mode::Package:
        return m_runColors->packages.functionColors[node.function];
    case Mode::SelfTime:
        return heat(m_maxSelf > 0 ? static_cast<double>(node.self) / static_cast<double>(m_maxSelf) : 0.0);
    case Mode::Function:
        return m_runColors->byName[node.function];
    }
    return {};
}

std::vector<FrameColors::LegendEntry> FrameColors::legend(std::size_t max) const
{
    std::vector<LegendEntry> entries;
    if (!m_run)
        return entries;
    if (m_mode == Mode::SelfTime) {
        entries.push_back({QCoreApplication::translate("FrameColors", "no self time"), heat(0)});
        entries.push_back({QCoreApplication::translate("FrameColors", "half"), heat(0.5)});
        entries.push_back({QCoreApplication::translate("FrameColors", "largest self time"), heat(1)});
        return entries;
    }
    if (m_mode == Mode::Function)
        return entries; // one colour per name: nothing a legend could say
    const Grouping& g = m_mode == Mode::Module ? m_runColors->modules : m_runColors->packages;
    for (std::size_t i = 0; i < g.names.size() && i < max; ++i)
        entries.push_back(
            {QString::fromStdString(g.names[i]), QColor::fromRgb(kGroupPalette[i % kPaletteSize])});
    if (g.names.size() > max)
        entries.push_back({QCoreApplication::translate("FrameColors", "%n more", nullptr,
                                                       static_cast<int>(g.names.size() - max)),
                           QColor(Qt::transparent)});
    return entries;
}

} // namespace breadcrumb
