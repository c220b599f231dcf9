#pragma once
// One tab's content: its page over the before run and, when a comparison is open, a twin page over the
// after run, shown one at a time or side by side in a splitter (RunChoiceBar). The twin is an instance of
// the same page class built on the SelectionMirror, so both sides follow the one selection; each side
// computes its own run's data as the page always does, off the GUI thread. A label over each side names
// its run, with the command line in its tooltip.

#include "LoadedTrace.h"
#include "RunChoiceBar.h"

#include <memory>
#include <QWidget>

class QLabel;
class QSplitter;

namespace breadcrumb::gui {

class LoadingPlaceholder;
class TracePage;

class RunSplitView : public QWidget
{
    Q_OBJECT

public:
    // `after` may be nullptr (a page that cannot show the after run); `canShowBoth`: offer side by side.
    RunSplitView(TracePage* before, TracePage* after, bool canShowBoth, QWidget* parent = nullptr);

    // Not a comparison (or nullptr): only the before page, no choice bar.
    void setTrace(std::shared_ptr<const LoadedTrace> trace);
    RunSide side() const { return m_side; }
    void setSide(RunSide side);
    // Shown above the two sides, only while both are (the Function tab's overlaid histograms).
    void setBothWidget(QWidget* widget);
    QWidget* bothWidget() const { return m_bothWidget; }

    TracePage* beforePage() const { return m_before; }
    TracePage* afterPage() const { return m_after; }
    RunChoiceBar* choiceBar() const { return m_bar; }
    QSplitter* splitter() const { return m_splitter; }
    QLabel* runLabel(RunSide side) const { return side == RunSide::After ? m_afterLabel : m_beforeLabel; }

    // "seed.db · run 3", or for a pool "seed.db · runs 1-5 pooled", for the labels and the window title;
    // `pageShowsPool` false: the page shows the pool's last run alone, and the text says so.
    static QString runText(const LoadedRun& run, bool pageShowsPool = true);
    // Whether the page shows every run of a pooled side (the Function page) or only the last one.
    void setShowsPool(bool showsPool) { m_showsPool = showsPool; }
    // While a preview is open: the placeholder instead of the pages (which need the calls).
    void setLoading(bool loading);
    bool isLoading() const;
    LoadingPlaceholder* loadingPlaceholder() const { return m_loading; }

Q_SIGNALS:
    void sideChanged(breadcrumb::gui::RunSide side);

private:
    void updateSides();

    TracePage* m_before;
    TracePage* m_after;
    RunChoiceBar* m_bar;
    QSplitter* m_splitter;
    QSplitter* m_outer; // the both-widget over the sides
    QWidget* m_bothWidget = nullptr;
    QWidget* m_beforePane;
    QWidget* m_afterPane = nullptr;
    QLabel* m_beforeLabel;
    QLabel* m_afterLabel = nullptr;
    LoadingPlaceholder* m_loading;
    std::shared_ptr<const LoadedTrace> m_trace;
    std::shared_ptr<const LoadedTrace> m_afterTrace; // the after run as its own trace, given once shown
    bool m_afterFed = false;
    bool m_showsPool = false;
    RunSide m_side = RunSide::Before;
};

} // namespace breadcrumb::gui
