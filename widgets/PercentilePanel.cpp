#include "PercentilePanel.h"

#include "CallTimelinePlot.h"
#include "DurationFormat.h"
#include "ElidedLabel.h"
#include "FunctionStats.h"
#include "HistogramPlot.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>

namespace breadcrumb {

namespace {

constexpr int kStatisticCount = 10;

} // namespace

PercentilePanel::PercentilePanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    m_title = new ElidedLabel(this);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    // Two rows of five: caption above value, the order of `breadcrumb performance FUNCTION`.
    const QString captions[kStatisticCount] = {tr("Calls"),   tr("Total"), tr("Average"), tr("Median"),
                                               tr("P95"),     tr("P99"),   tr("Min"),     tr("Max"),
                                               tr("Std dev"), tr("Self")};
    // The definitions of time (RunData.h), where a user looks for them: on the captions.
    const QString latency = tr("Over the call durations: start to end, suspensions included (latency)");
    const QString tips[kStatisticCount] = {
        tr("Number of calls"),
        tr("Inclusive time: while the function is on a thread's stack, summed over the threads; a recursion "
           "counts once, a generator or coroutine only while it runs"),
        latency,
        latency,
        latency,
        latency,
        latency,
        latency,
        latency,
        tr("Self time: while the function is the running frame")};
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(2);
    QFont valueFont = font();
    valueFont.setBold(true);
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.1);
    for (int i = 0; i < kStatisticCount; ++i) {
        const int row = (i / 5) * 2;
        const int column = i % 5;
        auto* caption = new QLabel(captions[i], this);
        caption->setToolTip(tips[i]);
        // A role, not a colour copied from the palette: it follows a switch between light and dark.
        caption->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(caption, row, column);
        m_values[i] = new QLabel(this);
        m_values[i]->setFont(valueFont);
        m_values[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(m_values[i], row + 1, column);
        grid->setColumnStretch(column, 1);
    }
    grid->setRowMinimumHeight(2, 26); // gap between the two rows of figures
    grid->setAlignment(Qt::AlignTop);
    layout->addLayout(grid);

    m_logCheck = new QCheckBox(tr("Logarithmic duration axis"), this);
    layout->addWidget(m_logCheck);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_histogram = new HistogramPlot(splitter);
    m_timeline = new CallTimelinePlot(splitter);
    splitter->addWidget(m_histogram);
    splitter->addWidget(m_timeline);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);
    m_plots = splitter;

    connect(m_logCheck, &QCheckBox::toggled, m_histogram, &HistogramPlot::setLogScale);
    connect(m_histogram, &HistogramPlot::logScaleChanged, m_logCheck, &QCheckBox::setChecked);
    connect(m_histogram, &HistogramPlot::rangeSelected, this, [this](Nanos lo, Nanos hi) {
        m_timeline->setHighlightRange(lo, hi);
        Q_EMIT rangeSelected(lo, hi);
    });
    connect(m_histogram, &HistogramPlot::selectionCleared, this, [this] {
        m_timeline->clearHighlight();
        Q_EMIT rangeCleared();
    });
    connect(m_timeline, &CallTimelinePlot::callActivated, this, &PercentilePanel::callActivated);
    connect(m_timeline, &CallTimelinePlot::callDoubleClicked, this, &PercentilePanel::callDoubleClicked);
    clear();
}

PercentilePanel::~PercentilePanel() = default;

void PercentilePanel::setPlotsVisible(bool visible)
{
    m_plots->setVisible(visible);
    m_logCheck->setVisible(visible);
}

void PercentilePanel::setLogScale(bool log)
{
    m_histogram->setLogScale(log);
}

void PercentilePanel::setFunction(const std::shared_ptr<const RunData>& run, std::uint32_t function,
                                  const FunctionSummary* summary)
{
    if (!run || function >= run->functions.size()) {
        clear();
        return;
    }
    const FunctionInfo& info = run->functions[function];
    m_title->setFullText(tr("%1  —  %2  (%3:%4)")
                             .arg(QString::fromStdString(run->displayName(function)),
                                  QString::fromStdString(info.module), QString::fromStdString(info.file))
                             .arg(info.line));
    const FunctionSummary s =
        summary && summary->function == function ? *summary : FunctionStats::summarize(*run, function);
    // The viewer's one duration formatter: a fast function reads "22.6µs", not "<0.1ms".
    const auto ms = [](double ns) { return formatDuration(static_cast<Nanos>(ns + 0.5)); };
    const QString texts[kStatisticCount] = {QLocale().toString(static_cast<qlonglong>(s.calls)),
                                            ms(s.total),
                                            ms(s.avg),
                                            ms(s.median),
                                            ms(s.p95),
                                            ms(s.p99),
                                            ms(s.min),
                                            ms(s.max),
                                            ms(s.stddev),
                                            ms(s.self)};
    for (int i = 0; i < kStatisticCount; ++i)
        m_values[i]->setText(texts[i]);
    // The timeline reads the function's calls once; the histogram counts the same durations from there
    // rather than from the run again (one cache miss per call at 10 M calls).
    m_timeline->setFunction(run, function);
    m_histogram->setDurations(m_timeline->durations(), &s);
}

void PercentilePanel::clear()
{
    m_title->setFullText(tr("No function selected"));
    for (QLabel* value : m_values) {
        value->setText(QStringLiteral("—"));
        value->setToolTip({});
    }
    m_histogram->clear();
    m_timeline->clear();
}

QString PercentilePanel::statisticText(Statistic statistic) const
{
    const int i = static_cast<int>(statistic);
    return i >= 0 && i < kStatisticCount ? m_values[i]->text() : QString();
}

QString PercentilePanel::title() const
{
    return m_title->fullText();
}

} // namespace breadcrumb
