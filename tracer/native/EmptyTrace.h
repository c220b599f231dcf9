#pragma once
// A new trace file written from the image the build made of an empty trace (EmptyTraceGenerator.cpp):
// running the schema's DDL at every start cost ~2 ms of CPU (fifteen CREATE statements, each parsed twice
// by SQLite), a fixed cost every short traced program paid.
#include <string>

namespace breadcrumb::emptytrace {

// Creates `path` holding an empty trace, atomically: the file appears complete or not at all (another
// process may open it the moment it exists), and one that exists already is never replaced. False when
// it could not (it exists, the directory refuses hard links...): SQLite then creates the file itself.
bool write(const std::string& path);

} // namespace breadcrumb::emptytrace
