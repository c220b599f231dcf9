#include "ExportFile.h"
#include "ExportFormats.h"
#include "NestedSlices.h"
#include "ProtoWriter.h"
#include "Table.h"

#include <algorithm>
#include <limits>
#include <map>
#include <string>
#include <vector>

namespace breadcrumb::cli {

namespace {

// Field numbers of Perfetto's protos (protos/perfetto/trace/...), the subset written here; the test's
// tests/cli/perfetto_subset.proto declares the same for protoc to decode with.
namespace Trace {
constexpr std::uint32_t kPacket = 1;
}
namespace TracePacket {
constexpr std::uint32_t kTimestamp = 8;
constexpr std::uint32_t kTrustedPacketSequenceId = 10;
constexpr std::uint32_t kTrackEvent = 11;
constexpr std::uint32_t kInternedData = 12;
constexpr std::uint32_t kSequenceFlags = 13;
constexpr std::uint32_t kTrackDescriptor = 60;
constexpr std::uint64_t kIncrementalStateCleared = 1; // SequenceFlags
constexpr std::uint64_t kNeedsIncrementalState = 2;
} // namespace TracePacket
namespace TrackDescriptor {
constexpr std::uint32_t kUuid = 1;
constexpr std::uint32_t kProcess = 3;
constexpr std::uint32_t kThread = 4;
constexpr std::uint32_t kParentUuid = 5;
} // namespace TrackDescriptor
namespace ProcessDescriptor {
constexpr std::uint32_t kPid = 1;
constexpr std::uint32_t kProcessName = 6;
} // namespace ProcessDescriptor
namespace ThreadDescriptor {
constexpr std::uint32_t kPid = 1;
constexpr std::uint32_t kTid = 2;
constexpr std::uint32_t kThreadName = 5;
} // namespace ThreadDescriptor
namespace TrackEvent {
constexpr std::uint32_t kCategoryIids = 3;
constexpr std::uint32_t kDebugAnnotations = 4;
constexpr std::uint32_t kType = 9;
constexpr std::uint32_t kNameIid = 10;
constexpr std::uint32_t kTrackUuid = 11;
constexpr std::uint32_t kCategories = 22;
constexpr std::uint32_t kName = 23;
constexpr std::uint32_t kSourceLocationIid = 34;
constexpr std::uint64_t kSliceBegin = 1; // Type
constexpr std::uint64_t kSliceEnd = 2;
constexpr std::uint64_t kInstant = 3;
} // namespace TrackEvent
namespace DebugAnnotation {
constexpr std::uint32_t kBoolValue = 2;
constexpr std::uint32_t kStringValue = 6;
constexpr std::uint32_t kName = 10;
} // namespace DebugAnnotation
namespace InternedData {
constexpr std::uint32_t kEventCategories = 1;
constexpr std::uint32_t kEventNames = 2;
constexpr std::uint32_t kSourceLocations = 4;
} // namespace InternedData
namespace Interned { // EventCategory, EventName
constexpr std::uint32_t kIid = 1;
constexpr std::uint32_t kName = 2;
} // namespace Interned
namespace SourceLocation {
constexpr std::uint32_t kIid = 1;
constexpr std::uint32_t kFileName = 2;
constexpr std::uint32_t kFunctionName = 3;
constexpr std::uint32_t kLineNumber = 4;
} // namespace SourceLocation

constexpr std::uint64_t kProcessUuid = 1;
constexpr std::uint32_t kDescriptorSequence = 1;

// Protobuf strings must be UTF-8; trace files are untrusted. nlohmann's serialiser replaces what is not.
std::string validUtf8(const std::string& text)
{
    return Json::parse(Json(text).dump(-1, ' ', false, Json::error_handler_t::replace)).get<std::string>();
}

// Packets are written one at a time, each as a Trace.packet field: the file is a Trace message.
class PacketStream
{
public:
    explicit PacketStream(ExportFile& out) : m_out(out) {}
    void write(const ProtoWriter& packet)
    {
        m_frame.clear();
        m_frame.message(Trace::kPacket, packet);
        m_out.write(m_frame.data());
    }

private:
    ExportFile& m_out;
    ProtoWriter m_frame;
};

} // namespace

// One track per thread under the process's track, each thread's events on a packet sequence of its own,
// in time order, as Perfetto's SDK writes them (one sequence per writer thread). Names, categories (the
// module) and source locations (file, qualified name, line) are interned once per sequence, so a call costs
// its two timestamps and a few small varints: ~40 bytes.
void writePerfetto(const RunExportSource& source, ExportFile& out)
{
    const RunInfo& run = source.run();
    const auto& functions = source.functions();
    const auto& threads = source.threads();
    PacketStream stream(out);
    ProtoWriter packet, body, inner, interned;
    const std::uint64_t pid = source.pid() > 0 && source.pid() <= std::numeric_limits<std::int32_t>::max()
                                  ? static_cast<std::uint64_t>(source.pid())
                                  : 1;

    body.varint(ProcessDescriptor::kPid, pid);
    body.string(ProcessDescriptor::kProcessName,
                validUtf8(run.commandLine.empty() ? "python" : run.commandLine));
    inner.varint(TrackDescriptor::kUuid, kProcessUuid);
    inner.message(TrackDescriptor::kProcess, body);
    packet.varint(TracePacket::kTrustedPacketSequenceId, kDescriptorSequence);
    packet.message(TracePacket::kTrackDescriptor, inner);
    stream.write(packet);
    auto trackOf = [](std::size_t thread) { return kProcessUuid + 1 + thread; };
    for (std::size_t t = 0; t < threads.size(); ++t) {
        // A Python thread ident is no OS tid; the native id is when known, else a number of our own.
        const std::int64_t native = threads[t].nativeId;
        const std::uint64_t tid = native > 0 && native <= std::numeric_limits<std::int32_t>::max()
                                      ? static_cast<std::uint64_t>(native)
                                      : 1'000'000 + t;
        body.clear();
        body.varint(ThreadDescriptor::kPid, pid);
        body.varint(ThreadDescriptor::kTid, tid);
        body.string(ThreadDescriptor::kThreadName, validUtf8(threads[t].name));
        inner.clear();
        inner.varint(TrackDescriptor::kUuid, trackOf(t));
        inner.varint(TrackDescriptor::kParentUuid, kProcessUuid);
        inner.message(TrackDescriptor::kThread, body);
        packet.clear();
        packet.varint(TracePacket::kTrustedPacketSequenceId, kDescriptorSequence);
        packet.message(TracePacket::kTrackDescriptor, inner);
        stream.write(packet);
    }

    std::vector<std::string> names, files, qualified;
    std::vector<std::uint64_t> categoryOf;
    std::vector<std::string> categories;
    std::map<std::string, std::uint64_t> categoryIds;
    for (std::size_t f = 0; f < functions.size(); ++f) {
        names.push_back(validUtf8(source.displayName(static_cast<std::uint32_t>(f))));
        files.push_back(validUtf8(functions[f].file));
        qualified.push_back(validUtf8(functions[f].name));
        const auto [it, added] = categoryIds.emplace(functions[f].module, categories.size() + 1);
        if (added)
            categories.push_back(validUtf8(functions[f].module));
        categoryOf.push_back(it->second);
    }
    std::vector<std::vector<std::size_t>> exceptionsOf(threads.size());
    for (std::size_t e = 0; e < source.exceptions().size(); ++e)
        exceptionsOf[source.exceptions()[e].thread].push_back(e);

    // What the current thread's sequence has interned, and where its exceptions are.
    std::uint32_t thread = 0;
    bool cleared = false;
    std::vector<bool> nameSent, categorySent;
    std::size_t nextException = 0;

    auto start = [&](std::uint64_t timestamp, bool usesInterned) {
        packet.clear();
        packet.varint(TracePacket::kTimestamp, timestamp);
        packet.varint(TracePacket::kTrustedPacketSequenceId, kDescriptorSequence + 1 + thread);
        std::uint64_t flags = usesInterned ? TracePacket::kNeedsIncrementalState : 0;
        if (!cleared)
            flags |= TracePacket::kIncrementalStateCleared;
        cleared = true;
        if (flags)
            packet.varint(TracePacket::kSequenceFlags, flags);
        inner.clear();
        inner.varint(TrackEvent::kTrackUuid, trackOf(thread));
    };
    auto instantsBefore = [&](Nanos at) {
        const auto& mine = exceptionsOf[thread];
        while (nextException < mine.size() && source.exceptions()[mine[nextException]].timestampNs < at) {
            const ExceptionRecord& e = source.exceptions()[mine[nextException++]];
            start(static_cast<std::uint64_t>(e.timestampNs), false);
            inner.varint(TrackEvent::kType, TrackEvent::kInstant);
            inner.string(TrackEvent::kCategories, "exception");
            inner.string(TrackEvent::kName, validUtf8(e.type));
            body.clear();
            body.string(DebugAnnotation::kName, "message");
            body.string(DebugAnnotation::kStringValue, validUtf8(e.message));
            inner.message(TrackEvent::kDebugAnnotations, body);
            body.clear();
            body.string(DebugAnnotation::kName, "escaped");
            body.varint(DebugAnnotation::kBoolValue, e.escaped ? 1 : 0);
            inner.message(TrackEvent::kDebugAnnotations, body);
            packet.message(TracePacket::kTrackEvent, inner);
            stream.write(packet);
        }
    };
    // The common packets, assembled in one buffer from bytes made once: a slice's begin once its function
    // is interned on the thread's sequence, and every end. The same fields in the same order as the
    // general path above gives; building each through ProtoWriters was a third of a 10 M-call export.
    std::vector<std::string> beginFields(functions.size()); // TrackEvent's after its track uuid
    for (std::size_t f = 0; f < functions.size(); ++f) {
        body.clear();
        body.varint(TrackEvent::kType, TrackEvent::kSliceBegin);
        body.varint(TrackEvent::kCategoryIids, categoryOf[f]);
        body.varint(TrackEvent::kNameIid, f + 1);
        body.varint(TrackEvent::kSourceLocationIid, f + 1);
        beginFields[f] = body.data();
    }
    body.clear();
    body.varint(TrackEvent::kType, TrackEvent::kSliceEnd);
    const std::string endFields = body.data();
    std::string sequenceOfBegin, sequenceOfEnd, trackUuid; // the thread's
    auto fastPacket = [&](Nanos at, const std::string& sequence, const std::string& fields) {
        char buffer[192]; // a frame's head, then at most 11 + 24 + 3 + 11 + 48 bytes of packet
        char* const packet = buffer + 16;
        char* p = ProtoWriter::putVarint(packet, ProtoWriter::tagOf(TracePacket::kTimestamp, false));
        p = ProtoWriter::putVarint(p, static_cast<std::uint64_t>(at));
        p = std::copy(sequence.begin(), sequence.end(), p);
        p = ProtoWriter::putVarint(p, ProtoWriter::tagOf(TracePacket::kTrackEvent, true));
        p = ProtoWriter::putVarint(p, trackUuid.size() + fields.size());
        p = std::copy(trackUuid.begin(), trackUuid.end(), p);
        p = std::copy(fields.begin(), fields.end(), p);
        char head[22];
        char* h = ProtoWriter::putVarint(head, ProtoWriter::tagOf(Trace::kPacket, true));
        h = ProtoWriter::putVarint(h, static_cast<std::uint64_t>(p - packet));
        char* const frame = packet - (h - head);
        std::copy(head, h, frame);
        out.write(std::string_view(frame, static_cast<std::size_t>(p - frame)));
    };

    auto open = [&](const ExportCall& call, Nanos at) {
        instantsBefore(at);
        const std::uint32_t f = call.function;
        const std::uint64_t category = categoryOf[f];
        if (cleared && nameSent[f] && categorySent[category]) {
            fastPacket(at, sequenceOfBegin, beginFields[f]);
            return;
        }
        start(static_cast<std::uint64_t>(at), true);
        if (!nameSent[f] || !categorySent[category]) {
            interned.clear();
            if (!categorySent[category]) {
                body.clear();
                body.varint(Interned::kIid, category);
                body.string(Interned::kName, categories[category - 1]);
                interned.message(InternedData::kEventCategories, body);
                categorySent[category] = true;
            }
            if (!nameSent[f]) {
                body.clear();
                body.varint(Interned::kIid, f + 1);
                body.string(Interned::kName, names[f]);
                interned.message(InternedData::kEventNames, body);
                body.clear();
                body.varint(SourceLocation::kIid, f + 1);
                body.string(SourceLocation::kFileName, files[f]);
                body.string(SourceLocation::kFunctionName, qualified[f]);
                body.varint(SourceLocation::kLineNumber, static_cast<std::uint32_t>(functions[f].line));
                interned.message(InternedData::kSourceLocations, body);
                nameSent[f] = true;
            }
            packet.message(TracePacket::kInternedData, interned);
        }
        inner.varint(TrackEvent::kType, TrackEvent::kSliceBegin);
        inner.varint(TrackEvent::kCategoryIids, category);
        inner.varint(TrackEvent::kNameIid, f + 1);
        inner.varint(TrackEvent::kSourceLocationIid, f + 1);
        packet.message(TracePacket::kTrackEvent, inner);
        stream.write(packet);
    };
    auto close = [&](std::uint32_t, Nanos at) {
        instantsBefore(at);
        if (cleared) {
            fastPacket(at, sequenceOfEnd, endFields);
            return;
        }
        start(static_cast<std::uint64_t>(at), false);
        inner.varint(TrackEvent::kType, TrackEvent::kSliceEnd);
        packet.message(TracePacket::kTrackEvent, inner);
        stream.write(packet);
    };
    NestedSlices walk(run.startNs, open, close);
    auto beginThread = [&](std::uint32_t t) {
        thread = t;
        cleared = false;
        body.clear();
        body.varint(TracePacket::kTrustedPacketSequenceId, kDescriptorSequence + 1 + thread);
        sequenceOfEnd = body.data();
        body.varint(TracePacket::kSequenceFlags, TracePacket::kNeedsIncrementalState);
        sequenceOfBegin = body.data();
        body.clear();
        body.varint(TrackEvent::kTrackUuid, trackOf(thread));
        trackUuid = body.data();
        nameSent.assign(functions.size(), false);
        categorySent.assign(categories.size() + 1, false);
        nextException = 0;
        walk.reset();
    };
    auto endThread = [&] {
        walk.closeAll();
        instantsBefore(std::numeric_limits<Nanos>::max());
    };
    // Threads come in order; the ones without calls still get their exceptions.
    beginThread(0);
    source.forEachCall([&](const ExportCall& call) {
        while (thread != call.thread) {
            endThread();
            beginThread(thread + 1);
        }
        walk.add(call);
    });
    for (;;) {
        endThread();
        if (thread + 1 >= threads.size())
            break;
        beginThread(thread + 1);
    }
}

} // namespace breadcrumb::cli
