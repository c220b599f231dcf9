#pragma once
// The formats `breadcrumb export` writes, each streamed from a RunExportSource into an ExportFile: the
// calls are never all in memory (RunExportSource.h says what is).

#include "RunExportSource.h"

namespace breadcrumb::cli {

class ExportFile;

// Chrome's Trace Event Format (JSON): one complete ("X") event per call in start order, exceptions as
// instant events, thread names as metadata. Needs RunExportSource::Order::ByStart.
void writeChromeTrace(const RunExportSource& source, ExportFile& out);

// speedscope's file format (JSON): one evented profile per thread. Needs Order::ByThread.
void writeSpeedscope(const RunExportSource& source, ExportFile& out);

// Perfetto's protobuf trace (a Trace of TracePackets): a track per process and thread, begin/end slices
// per call, exceptions as instant events. Needs Order::ByThread.
void writePerfetto(const RunExportSource& source, ExportFile& out);

} // namespace breadcrumb::cli
