#pragma once
// How the flame graph colours its frames: by module (default), by package (the module's top-level name),
// by self time (heat) or by function name. Group colours are picked per run, most expensive group first,
// from a palette of well-separated light hues, so the groups a user looks at never share a colour; the
// function's own hash only shades its group's colour, so neighbouring frames of one module stay apart.

#include "CallTree.h"
#include "RunData.h"

#include <atomic>
#include <memory>
#include <QColor>
#include <QString>
#include <string>
#include <string_view>
#include <vector>

namespace breadcrumb {

class FrameColors
{
public:
    enum class Mode
    {
        Module,
        Package,
        SelfTime,
        Function
    };
    struct LegendEntry
    {
        QString label;
        QColor color;
    };

    struct Grouping
    {
        std::vector<std::string> names;        // by self time, descending
        std::vector<std::uint32_t> ofFunction; // function -> index into names
        std::vector<QColor> functionColors;    // group colour shaded per function
    };
    // What the colours of one run are: its groups and per-name colours, from one pass over its calls.
    struct RunColors
    {
        Grouping modules;
        Grouping packages;
        std::vector<QColor> byName;
    };
    // That pass: touches nothing but the run, so it may run on a worker thread (0.1 s at 10 M calls).
    // Null when `cancel` was set meanwhile.
    static std::shared_ptr<const RunColors> compute(const RunData& run,
                                                    const std::atomic_bool* cancel = nullptr);

    // The run whose functions are coloured (nullptr: none). The caller keeps it alive while it is set.
    void reset(const RunData* run);
    // The same with its colours made beforehand (compute(*run)): no pass over the calls here.
    void reset(const RunData* run, std::shared_ptr<const RunColors> colors);
    // Whether reset() was last given this run (its colours are known).
    bool isFor(const RunData* run) const { return run && run == m_run; }
    const std::shared_ptr<const RunColors>& runColors() const { return m_runColors; }
    // Passes over a run's calls made so far by reset(run) (one per run set, however many trees of it are
    // shown).
    std::size_t callPasses() const { return m_callPasses; }
    // The tree whose frames are coloured: heat is relative to its largest frame self time.
    void setTree(const CallTree* tree);
    void setMode(Mode mode) { m_mode = mode; }
    Mode mode() const { return m_mode; }

    QColor color(const CallTreeNode& node) const;
    // What the colours mean: groups (most expensive first, at most `max`), or the heat scale's ends.
    std::vector<LegendEntry> legend(std::size_t max = 8) const;
    // The colour of a heat fraction in [0, 1] (0 = no self time, 1 = the tree's largest).
    static QColor heat(double fraction);
    // "json" for "json.decoder"; the module itself when it has no dot.
    static std::string_view packageOf(std::string_view module);

private:
    static Grouping group(const RunData& run, const std::vector<Nanos>& selfOf, bool package);

    const RunData* m_run = nullptr;
    Mode m_mode = Mode::Module;
    std::shared_ptr<const RunColors> m_runColors; // set with m_run
    Nanos m_maxSelf = 0;
    std::size_t m_callPasses = 0;
};

} // namespace breadcrumb
