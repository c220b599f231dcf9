#pragma once
// A one-line label that shows as much of its text as fits, with "…" in the middle (a function's file path
// keeps its start and its file name), and the whole text as its tooltip. Unlike QLabel it never asks for
// its text's width, so two pages side by side on a laptop screen don't push the window wider.

#include <QLabel>

namespace breadcrumb {

class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    // The whole text (QLabel::text() is what is shown).
    void setFullText(const QString& text);
    QString fullText() const { return m_fullText; }

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateShownText();

    QString m_fullText;
};

} // namespace breadcrumb
