#pragma once
// The sandwich of one function (speedscope): its callers above, drawn upwards from it, and its callees
// below, each merged over all of its call sites (FunctionSandwich). Clicking a frame selects its function.

#include "FunctionSandwich.h"
#include "RunData.h"

#include <memory>
#include <QWidget>

class QLabel;
class QScrollArea;

namespace breadcrumb {

class FlameGraphView;

class SandwichWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SandwichWidget(QWidget* parent = nullptr);

    // The tree the sandwich is cut from (top-down, possibly transformed); keeps the function shown.
    void setCallTree(std::shared_ptr<const RunData> run, std::shared_ptr<const CallTree> tree);
    void clear();
    std::int32_t function() const { return m_function; }
    FlameGraphView* callersView() const { return m_callers; }
    FlameGraphView* calleesView() const { return m_callees; }
    const FunctionSandwich* sandwich() const { return m_sandwich.get(); }
    QString headerText() const;

public Q_SLOTS:
    void setFunction(int function);

Q_SIGNALS:
    void functionClicked(std::int32_t function);

private:
    void rebuild();

    std::shared_ptr<const RunData> m_run;
    std::shared_ptr<const CallTree> m_tree;
    std::int32_t m_function = -1;
    std::shared_ptr<const FunctionSandwich> m_sandwich;
    QLabel* m_header;
    QLabel* m_callersTitle;
    QLabel* m_calleesTitle;
    QScrollArea* m_callersScroll;
    FlameGraphView* m_callers;
    FlameGraphView* m_callees;
};

} // namespace breadcrumb
