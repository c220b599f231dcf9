#pragma once
// The stored text of an exception's traceback: its lines, then the "Type: message" line python
// prints last, within the length limit. Needs no Python: the writer thread puts a hot raise site's
// rows together (ExceptionRow::siteFrames) off the program's thread.
#include "Rows.h"

#include <string>
#include <string_view>

namespace breadcrumb::exceptiontext {

// The limit of _describe.py, so both describers store the same shapes.
constexpr size_t kMaxTraceback = 20000;

// Keeps the head (where it started) and the tail (where it was raised), on UTF-8 boundaries.
void truncate(std::string& text);
// Appends "Type: message\n" (python prints __main__.X as X), then truncates.
void appendLastLine(std::string& text, std::string_view type, std::string_view message);
// The traceback as stored for the row.
std::string stored(const ExceptionRow& row);

} // namespace breadcrumb::exceptiontext
