#include "ExceptionText.h"

namespace breadcrumb::exceptiontext {

void truncate(std::string& text)
{
    if (text.size() <= kMaxTraceback)
        return;
    auto boundary = [&](size_t i) {
        while (i > 0 && i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80)
            --i;
        return i;
    };
    const size_t half = kMaxTraceback / 2;
    const size_t head = boundary(half);
    const size_t tail = boundary(text.size() - half);
    text = text.substr(0, head) + "\n  [... traceback truncated ...]\n" + text.substr(tail);
}

void appendLastLine(std::string& text, std::string_view type, std::string_view message)
{
    if (type.rfind("__main__.", 0) == 0)
        type.remove_prefix(9);
    text.append(type);
    if (!message.empty())
        text.append(": ").append(message);
    text += '\n';
    truncate(text);
}

std::string stored(const ExceptionRow& row)
{
    if (!row.siteFrames)
        return row.traceback;
    std::string text = *row.siteFrames;
    appendLastLine(text, row.type, row.message);
    return text;
}

} // namespace breadcrumb::exceptiontext
