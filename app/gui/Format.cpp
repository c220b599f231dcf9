#include "Format.h"

#include "DurationFormat.h"

#include <cmath>
#include <QCoreApplication>
#include <QFileInfo>

namespace breadcrumb::gui {

QString toQString(const std::string& text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString msText(Nanos ns)
{
    return formatDuration(ns);
}

QString msText(double ns)
{
    return formatDuration(Nanos(std::llround(ns)));
}

QString signedMsText(Nanos ns)
{
    return (ns > 0   ? QStringLiteral("+")
            : ns < 0 ? QStringLiteral("-")
                     : QString()) +
           msText(ns < 0 ? -ns : ns);
}

QString clockText(Nanos epochNs)
{
    return toQString(formatClock(epochNs));
}

QString percentText(double ratio)
{
    return QString::number(ratio * 100.0, 'f', 1) + QLatin1Char('%');
}

QString functionName(const RunData& run, std::int64_t function)
{
    if (function < 0 || std::size_t(function) >= run.functions.size())
        return QCoreApplication::translate("breadcrumb::gui::Format", "<root>");
    return toQString(run.displayName(std::uint32_t(function)));
}

QString locationText(const FunctionInfo& info)
{
    return QFileInfo(toQString(info.file)).fileName() + QLatin1Char(':') + QString::number(info.line);
}

} // namespace breadcrumb::gui
