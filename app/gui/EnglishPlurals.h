#pragma once
// English plural forms for the viewer's "%n call(s)" messages: "1 call", "2 calls". Installed below the
// .qm translators, it answers only what they leave untranslated, so a message whose English forms are
// not yet in translations/breadcrumb_gui_en.ts (or a language file missing a message) still reads as
// English rather than "2 call(s)". Only the "(s)" suffix is handled: irregular plurals belong in the .ts.

#include <QTranslator>

namespace breadcrumb::gui {

class EnglishPlurals : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }
};

} // namespace breadcrumb::gui
