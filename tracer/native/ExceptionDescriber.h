#pragma once
// Describes a raised exception without calling Python: type name (module-qualified unless builtins,
// cached per type), message (str(), bounded) and the traceback python would print if the exception
// ended the program there (callers of the raising frame, then its traceback entries, source lines
// read once per file). Calling the Python describer per raise cost ~1 M instructions (traceback
// formatting, redaction); this costs a few microseconds.
//
// Chained exceptions (__cause__, or __context__ unless suppressed) are formatted as
// traceback.TracebackException formats them (the _describe.py text, byte for byte): the same walk of
// causes and contexts with its seen-set, earliest first, its separator lines, the callers shown before the
// last exception's own entries only. Each linked exception's traceback entries are what 3.11+ marks with
// ^^^ lines, so their text comes from traceback itself (the TextFormatter: _describe.traceback_text),
// asked once per (code, instruction) and kept; so does 3.12's "Did you mean" line of an AttributeError
// raised on None (docutils' `self.parent.document`), once per name and message. Formatting a chain in Python
// cost ~1 M instructions a raise (docutils: 220 M of a 1.26 G run on 3.11, 377 M on 3.12).
//
// It declines (returns false, the caller then uses the Python describer) where the Python version
// does more than list frames: SyntaxError, __notes__, exception groups, 3.12+'s "Did you mean"
// suggestions (but for an AttributeError on None on 3.12), a failing __str__, sys.tracebacklimit set (on any
// exception: traceback cuts stacks to it), a chain of more than 16 exceptions, and caller source lines that
// are not ASCII (linecache decodes and strips them). A message or traceback that might hold a secret (the
// prefilter of _values.redact: a secret word as its regex matches it before a separator or a credential, JWT
// and AWS key prefixes, a number its card check would take) goes through the caller's redactor
// (_values.redact itself): declining cost the Python describer's ~1-5 M instructions for what is usually a
// KeyError of an id(), and even the redactor's call and the import of _values (compiling its patterns) show
// on a docutils run, so the prefilter is as precise as it can be cheaply.
//
// Runs under the GIL. Python code may run inside str(exc); no container is touched across that call.
#include <Python.h>

#include "Rows.h"
#include "SourceLineReader.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace breadcrumb {

class ExceptionDescriber
{
public:
    ExceptionDescriber();
    ~ExceptionDescriber() = default;
    ExceptionDescriber(const ExceptionDescriber&) = delete;
    ExceptionDescriber& operator=(const ExceptionDescriber&) = delete;

    // Replaces a text by its redacted form (Python code runs); false when it could not.
    using Redactor = std::function<bool(std::string& text)>;
    // A traceback's first entry, or an AttributeError's last line, as traceback.TracebackException
    // formats it (Python code runs); false when it could not.
    using TextFormatter = std::function<bool(PyObject* item, std::string& text)>;
    // Fills row.type, row.message and row.traceback (or row.siteFrames), or returns false (nothing
    // usable written).
    bool describe(PyObject* exc, ExceptionRow& row, const Redactor& redact,
                  const TextFormatter& tracebackText);
    // Drops the cached type references; call with the GIL when the session stops.
    void clear();
    // The prefilter of _values.redact on a whole text, or on a chain entry (nameMayFollow): false when
    // redact() would leave it unchanged (exposed for tests).
    static bool secretPrefilter(std::string_view text, bool nameMayFollow);
    // _values.redact(text) done natively where only its keys stage acts on an ASCII text; false (text
    // unchanged) where Python must do it (exposed for tests).
    static bool redactWithoutPython(std::string& text);

private:
    struct Entry
    {
        PyObject* code; // borrowed; only used while its frame is alive
        int line;
    };
    const std::string* typeName(PyTypeObject* type);
    // A source file read once: its text and where each line starts and ends (no string per line: the
    // copies cost ~17 M instructions of a docutils run)
    std::optional<std::string_view> sourceLine(const std::string& file, int line);
    bool isPlumbing(const std::string& file);
    struct EntryText
    {
        PyObject* code = nullptr; // strong reference
        std::string text;
        bool ascii = true; // the source line is ASCII and linecache has no other (else the Python describer)
        bool suspect = false; // the source line might hold a secret
    };
    const EntryText* entryText(PyCodeObject* code, int line);
    void startEntries();
    void clearEntries();
    struct CallerLine
    {
        PyObject* code = nullptr; // strong reference: the key's address stays this code's
        int line = 0;
        bool plumbing = false;            // runpy or the runner: not shown
        const EntryText* entry = nullptr; // m_entries' node for (code, line), valid in entryGeneration
        uint64_t entryGeneration = 0;
    };
    CallerLine* callerLine(PyFrameObject* frame, PyCodeObject* code);
    template <class Compute> CallerLine* lineAt(PyCodeObject* code, int offset, Compute&& compute);
    int tracebackLineOf(PyObject* tb);
    const EntryText* callerEntry(CallerLine& at, PyCodeObject* code);
    // frame: a new reference, which this releases
    void callerTexts(PyFrameObject* frame, std::vector<const EntryText*>& out);
    void clearLines();
    bool buildFrames(PyObject* tb, bool withCallers, size_t tail, std::string& text, bool& mightHoldSecret);
    bool quickMessage(PyObject* exc, std::string& message);
    bool tracebackLimitSet() const;
    bool describeChain(PyObject* exc, std::string topMessage, ExceptionRow& row, const Redactor& redact,
                       const TextFormatter& tracebackText);
    bool callerEntries(PyObject* tb, std::vector<std::string_view>& entries, bool& suspect);
    bool tracebackEntries(PyObject* tb, const TextFormatter& tracebackText, std::vector<std::string>& entries,
                          bool& suspect);
    bool caretEntry(PyCodeObject* code, int lasti, int line, std::string& text);
    // known: false where linecache could not be asked (it is being imported): true is then a guess
    bool inLinecache(const std::string& file, bool* known = nullptr);
    bool redactOnce(std::string& text, const Redactor& redact);
    void clearTracebackEntries();

    std::unordered_map<PyTypeObject*, std::string> m_typeNames; // each key holds a reference
    SourceLineReader m_sources;
    std::unordered_map<std::string, bool> m_plumbing;
    std::unordered_map<std::string, std::string> m_redacted; // traceback text -> its redacted form
    struct SiteHash
    {
        size_t operator()(const std::pair<const void*, int64_t>& k) const
        {
            return std::hash<const void*>()(k.first) ^ size_t(k.second * 0x9E3779B97F4A7C15ull);
        }
    };
    // (raising code, line ^ type) -> raises seen: after many raises at one site (EAFP in a hot loop)
    // the callers are left out, as the Python describer does. From then on a fresh raise's traceback
    // lines depend on the site alone, so they are kept and reused (only the message is new each time);
    // the entry then holds a reference to the code so its address cannot be reused by another one.
    struct Site
    {
        int seen = 0;
        PyObject* code = nullptr; // strong reference, set together with frames
        // "Traceback ...:\n  File ..." without the last line; rows share it (ExceptionRow::siteFrames)
        std::shared_ptr<const std::string> frames;
    };
    std::unordered_map<std::pair<const void*, int64_t>, Site, SiteHash> m_sites;
    std::unordered_map<std::pair<const void*, int64_t>, EntryText, SiteHash> m_entries; // (code, line)
    uint64_t m_entriesGeneration = 1; // counts clearEntries()
    std::unordered_map<std::pair<const void*, int64_t>, CallerLine, SiteHash> m_lines; // (code, offset)
    // A chain's traceback entry as traceback formats it, per (code, instruction offset << 32 | line):
    // the ^^^ line depends on the instruction, not only the line.
    struct TracebackEntry
    {
        PyObject* code = nullptr; // strong reference: the key's address stays this code's
        std::string text;
        bool suspect = false; // might hold a secret
    };
    std::unordered_map<std::pair<const void*, int64_t>, TracebackEntry, SiteHash> m_tracebackEntries;
    // 3.12: an AttributeError's dirKey, name and message -> its last line as traceback shows it ("Did you
    // mean" is worked out over dir(obj): the same for the same key, and costly)
    std::unordered_map<std::string, std::string> m_lastLines;
    std::string m_packageDir; // the breadcrumb package: its frames (the runner) are not the program's
    std::string m_cwd;
    PyObject* m_sysDict = nullptr; // borrowed: sys.__dict__, which lives as long as the interpreter
    reprfunc m_baseStr = nullptr;  // BaseException.__str__ and KeyError.__str__ (quickMessage)
    reprfunc m_keyErrorStr = nullptr;
};

} // namespace breadcrumb
