#include "EnglishPlurals.h"

namespace breadcrumb::gui {

QString EnglishPlurals::translate(const char* context, const char* sourceText, const char* disambiguation,
                                  int n) const
{
    Q_UNUSED(context)
    Q_UNUSED(disambiguation)
    if (n < 0 || !sourceText)
        return {};
    QString text = QString::fromUtf8(sourceText);
    if (!text.contains(QLatin1String("(s)")))
        return {}; // not ours: the source text, with %n filled in by Qt
    text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return text;
}

} // namespace breadcrumb::gui
