#include "SourceView.h"

#include "Format.h"

#include <fcntl.h>
#include <QByteArray>
#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextStream>
#include <QVBoxLayout>
#include <sys/stat.h>
#include <unistd.h>

namespace breadcrumb::gui {

namespace {

int indentOf(const QString& line)
{
    int n = 0;
    while (n < line.size() && (line[n] == QLatin1Char(' ') || line[n] == QLatin1Char('\t')))
        ++n;
    return n;
}

} // namespace

SourceView::SourceView(QWidget* parent)
    : QWidget(parent), m_header(new QLabel(this)), m_text(new QPlainTextEdit(this))
{
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setObjectName(QStringLiteral("sourceText"));
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_text, 1);
    clear();
}

// A source file's path comes from the trace, which may come from anyone: it may name a FIFO (opening it
// would block until a writer comes), a device (/dev/zero never ends) or a huge file. Only a regular file
// is read, opened without blocking, and only its first kMaxSourceBytes.
QByteArray SourceView::readSource(const QString& path)
{
    constexpr qint64 kMaxSourceBytes = 16 << 20;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return {};
    struct stat st
    {
    };
    QFile file;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) ||
        !file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return {};
    }
    return file.read(kMaxSourceBytes);
}

QStringList SourceView::functionLines(const QString& path, int line, int maxLines)
{
    if (line < 1)
        return {};
    QByteArray source = readSource(path);
    if (source.isEmpty())
        return {};
    QTextStream in(&source, QIODevice::ReadOnly | QIODevice::Text);
    QStringList result;
    int number = 0;
    int defIndent = -1;
    QStringList pendingBlank; // blank lines count only when more body follows
    while (!in.atEnd() && result.size() < maxLines) {
        const QString text = in.readLine();
        ++number;
        if (number < line)
            continue;
        if (defIndent < 0) {
            defIndent = indentOf(text);
            result << text;
            continue;
        }
        if (text.trimmed().isEmpty()) {
            pendingBlank << text;
            continue;
        }
        // A def line ending in ':' starts the body; anything at the def's indentation or less ends it
        // (decorators and multi-line signatures aside, which are rare enough for a preview).
        if (indentOf(text) <= defIndent && !result.last().trimmed().endsWith(QLatin1Char(',')) &&
            !result.last().trimmed().endsWith(QLatin1Char('(')))
            break;
        result << pendingBlank << text;
        pendingBlank.clear();
    }
    return result;
}

void SourceView::showFunction(const FunctionInfo& function)
{
    const QString path = toQString(function.file);
    const QStringList lines = functionLines(path, function.line);
    m_hasSource = !lines.isEmpty();
    if (!m_hasSource) {
        m_header->setText(tr("%1:%2").arg(path).arg(function.line));
        m_text->setPlainText(path.isEmpty() || path.startsWith(QLatin1Char('<'))
                                 ? tr("No source file was recorded for this function.")
                                 : tr("The source file is not available on this machine."));
        return;
    }
    m_header->setText(tr("%1:%2").arg(path).arg(function.line));
    QString text;
    const int width = int(QString::number(function.line + lines.size()).size());
    for (int i = 0; i < lines.size(); ++i)
        text += QStringLiteral("%1  %2\n").arg(function.line + i, width).arg(lines[i]);
    m_text->setPlainText(text);
}

void SourceView::clear()
{
    m_hasSource = false;
    m_header->setText(tr("No function selected"));
    m_text->clear();
}

QString SourceView::text() const
{
    return m_text->toPlainText();
}

} // namespace breadcrumb::gui
