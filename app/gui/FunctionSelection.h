#pragma once
// The one place the selected function lives, with back/forward history like a browser. Every panel
// listens to currentChanged(); views call select() when the user picks a function.

#include <QObject>
#include <vector>

namespace breadcrumb::gui {

class FunctionSelection : public QObject
{
    Q_OBJECT

public:
    explicit FunctionSelection(QObject* parent = nullptr);

    int current() const; // index into RunData::functions, -1 when nothing is selected
    bool canGoBack() const { return m_position > 0; }
    bool canGoForward() const { return m_position + 1 < int(m_history.size()); }

public Q_SLOTS:
    void select(int function); // no-op when already current; drops the forward history
    void back();
    void forward();
    void reset(); // a new trace: nothing selected, empty history

Q_SIGNALS:
    void currentChanged(int function);
    void historyChanged();

private:
    std::vector<int> m_history;
    int m_position = -1;
};

} // namespace breadcrumb::gui
