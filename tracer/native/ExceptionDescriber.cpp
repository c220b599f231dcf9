#include "ExceptionDescriber.h"

#include "ExceptionText.h"
#include "FrameHead.h"
#include "PyText.h"

#if PY_VERSION_HEX < 0x030B0000
#include <frameobject.h> // PyFrame_GetBack: not in Python.h before 3.11
#endif

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <fcntl.h>
#include <string_view>
#include <sys/stat.h>
#include <unistd.h>

namespace breadcrumb {
namespace {

// The limits of _describe.py, so both describers store the same shapes.
constexpr Py_ssize_t kMaxMessage = 4000;
constexpr size_t kMaxCallerFrames = 64;
constexpr int kFullTracebacksPerSite = 100;
constexpr size_t kCacheSize = 4096;
constexpr int kRecursiveCutoff = 3; // traceback.py's _RECURSIVE_CUTOFF
constexpr size_t kRedactedTexts = 256;

// RAII for new references.
struct Ref
{
    PyObject* p = nullptr;
    explicit Ref(PyObject* o = nullptr) : p(o) {}
    ~Ref() { Py_XDECREF(p); }
    Ref(const Ref&) = delete;
    Ref& operator=(const Ref&) = delete;
    Ref(Ref&& o) noexcept : p(o.p) { o.p = nullptr; }
    Ref& operator=(Ref&& o) noexcept
    {
        std::swap(p, o.p); // o drops the old one
        return *this;
    }
    explicit operator bool() const { return p != nullptr; }
};

// Python's \s on ASCII (str patterns: \x1c-\x1f are whitespace too).
bool isSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\x1c' && c <= '\x1f');
}

// The code point of the UTF-8 sequence whose lead byte is at `i` (the texts come from PyUnicode_AsUTF8).
Py_UCS4 decodeUtf8(std::string_view text, size_t i)
{
    const auto byte = [&](size_t k) {
        return i + k < text.size() ? Py_UCS4(uint8_t(text[i + k]) & 0x3F) : 0;
    };
    const auto lead = Py_UCS4(uint8_t(text[i]));
    if (lead < 0xE0)
        return (lead & 0x1F) << 6 | byte(1);
    if (lead < 0xF0)
        return (lead & 0x0F) << 12 | byte(1) << 6 | byte(2);
    return (lead & 0x07) << 18 | byte(1) << 12 | byte(2) << 6 | byte(3);
}

// \s on any text: a byte of a non-ASCII character might be part of a unicode space.
bool maybeSpace(char c)
{
    return isSpace(c) || static_cast<unsigned char>(c) >= 0x80;
}

bool isNameChar(char c) // _values._NAME_CHARS
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '.' || c == '-';
}

bool isAscii(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

char lowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// What the text ends into, in the whole text redact() sees: a piece of a traceback is scanned on its own
// (and cached), so its end is not the end of the redacted text. After every piece the describers make comes
// a newline, maybe indentation, then "File", "[Previous line ...", "During handling ...", "The above ...",
// a caret line or the end, never ':' or '=' (so no key can take a separator there) nor 8 credential
// characters; but a chain's own entry may be followed by its exception's type name (8 letters could
// complete a `Token\n` credential).
enum class Then
{
    Nothing,   // no separator and no credential can follow
    MaybeName, // a credential may complete after the end
};

// Where _values._SECRET_WORD_RE.match(text, i) ends on ASCII text, or npos: its words in the order the
// regex tries them (an optional character first taken, then left out), then s?, then no letter
// (IGNORECASE: (?![a-z]) refuses both cases). "tokenize", "AuthHandler" or "passed" are no secret words.
size_t secretWordEnd(std::string_view text, size_t i)
{
    static constexpr std::string_view kWords[] = {
        "password",   "passwd",     "passphrase",  "pwd",           "secret",     "token",
        "api_key",    "api-key",    "apikey",      "authorization", "auth",       "access_key",
        "access-key", "accesskey",  "private_key", "private-key",   "privatekey", "credentials",
        "credential", "session_id", "session-id",  "sessionid",     "cookie"};
    const size_t n = text.size();
    for (std::string_view w : kWords) {
        if (n - i < w.size() || lowerAscii(text[i]) != w[0])
            continue;
        size_t k = 1;
        while (k < w.size() && lowerAscii(text[i + k]) == w[k])
            ++k;
        if (k < w.size())
            continue;
        const size_t e = i + w.size();
        if (e < n && lowerAscii(text[e]) == 's' && (e + 1 == n || !isLetter(text[e + 1])))
            return e + 1;
        if (e == n || !isLetter(text[e]))
            return e;
    }
    return std::string_view::npos;
}

bool secretWordAt(std::string_view text, size_t i)
{
    return secretWordEnd(text, i) != std::string_view::npos;
}

// After a secret word at `i`: could _values._redact_keys see a `name: value` here (the name's characters,
// maybe a closing quote, \s*, then ':' or '=')?
bool keyFollows(std::string_view text, size_t i)
{
    while (i < text.size() && isNameChar(text[i]))
        ++i;
    if (i < text.size() && (text[i] == '\'' || text[i] == '"'))
        ++i;
    while (i < text.size() && maybeSpace(text[i]))
        ++i;
    return i < text.size() && (text[i] == ':' || text[i] == '=');
}

// After Bearer/Basic/Token ending at `i`: could _values._BEARER match (\s+ then 8 credential characters)?
bool credentialFollows(std::string_view text, size_t i, Then then)
{
    if (i == text.size())
        return then == Then::MaybeName;
    if (!maybeSpace(text[i]))
        return false;
    while (i < text.size() && maybeSpace(text[i]))
        ++i;
    size_t n = 0;
    auto credential = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
               c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    };
    while (i + n < text.size() && n < 8 && credential(text[i + n]))
        ++n;
    return n == 8 || (i + n == text.size() && then == Then::MaybeName);
}

// _values._CARD_PREFIX and luhn_valid on 13 to 19 digits.
bool looksLikeCard(std::string_view digits)
{
    auto at = [&](size_t k) { return k < digits.size() ? digits[k] : '\0'; };
    const char a = at(0), b = at(1);
    const bool prefix =
        a == '4' || (a == '5' && b >= '1' && b <= '5') || (a == '2' && b >= '2' && b <= '7') ||
        (a == '3' && (b == '4' || b == '7' || b == '0' || b == '6' || b == '8' || b == '9' || b == '5')) ||
        (a == '6' && ((b == '0' && at(2) == '1' && at(3) == '1') || b == '5' ||
                      (b == '4' && at(2) >= '4' && at(2) <= '9') || b == '2'));
    if (!prefix)
        return false;
    int total = 0;
    for (size_t k = 0; k < digits.size(); ++k) {
        int value = digits[digits.size() - 1 - k] - '0';
        if (k % 2 == 1 && (value *= 2) > 9)
            value -= 9;
        total += value;
    }
    return total % 10 == 0;
}

// Would _values.redact's _CARD.sub(_redact_card, text) change this ASCII text? Its regex walked as `re`
// walks it: (?<![\d.])\d(?:[ -]?\d){12,18}(?![\d.]), each repetition taking a digit or a separator and a
// digit (no other way to match it), greedy, then given back one by one until the lookahead holds; the
// scan goes on after a match, replaced or not. Ids and offsets of 13+ digits (a KeyError of an id()) fail
// the issuer prefix or Luhn here instead of in Python.
bool cardChanges(std::string_view text)
{
    const size_t n = text.size();
    for (size_t p = 0; p < n;) {
        if (!isDigit(text[p]) || (p > 0 && (isDigit(text[p - 1]) || text[p - 1] == '.'))) {
            ++p;
            continue;
        }
        size_t ends[18];
        int reps = 0;
        for (size_t j = p + 1; reps < 18;) {
            if (j < n && isDigit(text[j]))
                j += 1;
            else if (j + 1 < n && (text[j] == ' ' || text[j] == '-') && isDigit(text[j + 1]))
                j += 2;
            else
                break;
            ends[reps++] = j;
        }
        size_t end = 0;
        for (int k = reps; k >= 12 && !end; --k)
            if (ends[k - 1] == n || (!isDigit(text[ends[k - 1]]) && text[ends[k - 1]] != '.'))
                end = ends[k - 1];
        if (!end) {
            ++p;
            continue;
        }
        char digits[19];
        size_t count = 0;
        for (size_t j = p; j < end; ++j)
            if (isDigit(text[j]))
                digits[count++] = text[j];
        if (looksLikeCard(std::string_view(digits, count)))
            return true;
        p = end;
    }
    return false;
}

// The prefilter of _values.redact: false when redact() would return the text unchanged. A secret word
// counts only where _SECRET_WORD_RE matches it and a key follows (':' or '=': _redact_keys), a
// credential only after a Bearer/Basic/Token that starts a word (_BEARER); "token" in a lexer's source,
// "access" in a docutils method name or `import tokenize` stay on this native path. Digits matter only
// where _CARD would find a number its issuer prefix and Luhn check call a card (cardChanges), so ids,
// counts and offsets stay native too. `then`: what follows the text in the whole one redact() sees.
// One pass over the text, no copy: it runs on every raise.
bool mightHoldSecret(std::string_view text, Then then = Then::Nothing, bool keys = true)
{
    // _values._WORD_ANCHORS (keys) and _TOKEN_HINTS (credentials); "token" is both
    struct Word
    {
        std::string_view text;
        bool key;
        bool credential;
    };
    static constexpr Word kWords[] = {
        {"pass", true, false},    {"pwd", true, false},     {"secret", true, false},
        {"token", true, true},    {"api", true, false},     {"auth", true, false},
        {"access", true, false},  {"private", true, false}, {"credential", true, false},
        {"session", true, false}, {"cookie", true, false},  {"bearer", false, true},
        {"basic", false, true}};
    static constexpr std::string_view kExact[] = {"eyJ", "AKIA", "ASIA", "AIDA", "AROA", "ANPA", "AGPA"};
    // What a byte can start: most bytes of a traceback start nothing and only end a group of digits.
    enum : uint8_t
    {
        kOther,
        kDigit,
        kSeparator,
        kWordStart,
        kExactStart,
        kLead,
        kContinuation
    };
    static const auto kKinds = [] {
        std::array<uint8_t, 256> kinds{};
        for (int c = '0'; c <= '9'; ++c)
            kinds[size_t(c)] = kDigit;
        kinds[' '] = kinds['-'] = kSeparator;
        for (char c : std::string_view("pstacbPSTCB"))
            kinds[static_cast<unsigned char>(c)] = kWordStart;
        kinds['e'] = kinds['A'] = kExactStart; // 'A' also starts a word: both are checked
        for (int c = 0x80; c < 0xC0; ++c)
            kinds[size_t(c)] = kContinuation;
        for (int c = 0xC0; c < 0x100; ++c)
            kinds[size_t(c)] = kLead;
        return kinds;
    }();
    auto startsHere = [&](size_t i, std::string_view w, bool foldCase) {
        if (text.size() - i < w.size())
            return false;
        for (size_t k = 0; k < w.size(); ++k)
            if ((foldCase ? lowerAscii(text[i + k]) : text[i + k]) != w[k])
                return false;
        return true;
    };
    // Digits in the current group joined by single separators. A digit of another script counts too (\d
    // matches them: Py_UNICODE_ISDECIMAL, as _sre asks): a group with one that reaches 13 goes to Python;
    // an ASCII group gets _CARD's own check (cardChanges), over the whole text once.
    int digits = 0;
    bool groupNonAscii = false, previousDigit = false, cardChecked = false;
    const size_t n = text.size();
    for (size_t i = 0; i < n; ++i) {
        const char c = text[i];
        const uint8_t kind = kKinds[static_cast<unsigned char>(c)];
        bool digit = kind == kDigit;
        if (kind == kLead) {
            const Py_UCS4 ch = decodeUtf8(text, i);
            // ı, İ, ſ and K match ASCII letters under IGNORECASE (or lower() to them): Python's
            if (ch == 0x130 || ch == 0x131 || ch == 0x17F || ch == 0x212A)
                return true;
            digit = Py_UNICODE_ISDECIMAL(ch);
            groupNonAscii = groupNonAscii || digit;
        }
        if (digit) {
            if (++digits >= 13) {
                if (groupNonAscii)
                    return true;
                if (!cardChecked) {
                    cardChecked = true; // the whole text at once: _CARD's matches need their context
                    if (cardChanges(text))
                        return true;
                }
            }
            previousDigit = true;
            continue;
        }
        if (kind == kContinuation)
            continue; // part of the character before: the group goes on
        if (!(kind == kSeparator && previousDigit)) {
            digits = 0;
            groupNonAscii = false;
        }
        previousDigit = false;
        if (kind == kOther || kind == kSeparator || kind == kLead)
            continue;
        const char l = lowerAscii(c);
        // every word's first two letters: most letters that start one are followed by none of these
        const char second = i + 1 < n ? lowerAscii(text[i + 1]) : '\0';
        const bool wordMayStart =
            (l == 'p' && (second == 'a' || second == 'w' || second == 'r')) || (l == 's' && second == 'e') ||
            (l == 't' && second == 'o') || (l == 'a' && (second == 'p' || second == 'u' || second == 'c')) ||
            (l == 'c' && (second == 'r' || second == 'o')) || (l == 'b' && (second == 'e' || second == 'a'));
        if (wordMayStart)
            for (const Word& w : kWords)
                if (w.text[0] == l && startsHere(i, w.text, true) &&
                    ((keys && w.key && secretWordAt(text, i) && keyFollows(text, i)) ||
                     (w.credential &&
                      (i == 0 || !(isLetter(text[i - 1]) || isDigit(text[i - 1]) || text[i - 1] == '_')) &&
                      credentialFollows(text, i + w.text.size(), then))))
                    return true;
        if (kind == kExactStart)
            for (std::string_view w : kExact)
                if (w[0] == c && startsHere(i, w, false))
                    return true;
    }
    return false;
}

// _values._quoted_end: past the closing quote (a backslash skips the next character), or the end.
size_t quotedEnd(std::string_view text, size_t index)
{
    const char quote = text[index++];
    while (index < text.size()) {
        const char c = text[index];
        if (c == '\\') {
            index += 2;
            continue;
        }
        if (c == quote)
            return index + 1;
        ++index;
    }
    return text.size();
}

char closing(char c)
{
    return c == '(' ? ')' : c == '[' ? ']' : c == '{' ? '}' : c == '<' ? '>' : '\0';
}

// _values._value_end: the end of the value at `index` (a quoted string, a bracketed group or a bare word).
size_t valueEnd(std::string_view text, size_t index)
{
    const size_t n = text.size();
    if (index >= n)
        return index;
    const char c = text[index];
    if (c == 'b' && index + 1 < n && (text[index + 1] == '\'' || text[index + 1] == '"'))
        return quotedEnd(text, index + 1);
    if (c == '\'' || c == '"')
        return quotedEnd(text, index);
    if (closing(c)) {
        std::string stack(1, closing(c));
        ++index;
        while (index < n && !stack.empty()) {
            const char d = text[index];
            if (d == '\'' || d == '"') {
                index = quotedEnd(text, index);
                continue;
            }
            if (closing(d))
                stack += closing(d);
            else if (d == stack.back())
                stack.pop_back();
            ++index;
        }
        return index;
    }
    static constexpr std::string_view kBareEnd = " \t\r\n,;&)}]>'\""; // _values._BARE_END
    while (index < n && kBareEnd.find(text[index]) == std::string_view::npos)
        ++index;
    return index;
}

// _values._redact_keys on ASCII text, step by step: each secret word's key (name characters around it, at
// most 64 on each side, maybe quoted), its separator, its value replaced by <redacted>.
std::string redactKeys(std::string_view text)
{
    constexpr size_t kMaxKey = 64;
    constexpr std::string_view kRedacted = "<redacted>";
    const size_t n = text.size();
    std::string out;
    size_t position = 0;
    for (size_t i = 0; i < n; ++i) {
        const char l = lowerAscii(text[i]);
        if (i < position || !(l == 'p' || l == 's' || l == 't' || l == 'a' || l == 'c'))
            continue;
        const size_t wordEnd = secretWordEnd(text, i);
        if (wordEnd == std::string_view::npos)
            continue;
        size_t start = i;
        const size_t floor = start > kMaxKey ? start - kMaxKey : 0;
        while (start > floor && isNameChar(text[start - 1]))
            --start;
        size_t end = wordEnd;
        const size_t ceiling = std::min(n, end + kMaxKey);
        while (end < ceiling && isNameChar(text[end]))
            ++end;
        if (start > 0 && end < n && (text[start - 1] == '\'' || text[start - 1] == '"') &&
            text[end] == text[start - 1])
            ++end;
        size_t j = end; // _SEPARATOR: \s*[:=]\s*
        while (j < n && isSpace(text[j]))
            ++j;
        if (j == n || (text[j] != ':' && text[j] != '='))
            continue;
        ++j;
        while (j < n && isSpace(text[j]))
            ++j;
        const size_t valueStart = j;
        size_t valueStop = valueEnd(text, valueStart);
        const std::string_view value = text.substr(valueStart, valueStop - valueStart);
        std::string lowered(value);
        for (char& c : lowered)
            c = lowerAscii(c);
        if ((lowered == "bearer" || lowered == "basic" || lowered == "token" || lowered == "digest") &&
            valueStop < n && text[valueStop] == ' ')
            valueStop = valueEnd(text, valueStop + 1); // "Authorization: Bearer xyz": the credential too
        if (value.empty() || value == "None" || value == "''" || value == "\"\"" || value == kRedacted)
            continue;
        out.append(text.substr(position, valueStart - position)).append(kRedacted);
        position = valueStop;
    }
    if (position == 0)
        return std::string(text);
    out.append(text.substr(position));
    return out;
}

// _values.redact(text) without Python where it can be: an ASCII text that only its keys stage changes (the
// other stages, checked on the keys stage's result, would leave it). False: ask _values.redact.
bool redactNatively(std::string& text)
{
    if (!isAscii(text))
        return false;
    std::string redacted = redactKeys(text);
    if (mightHoldSecret(redacted, Then::Nothing, false))
        return false;
    text = std::move(redacted);
    return true;
}

std::string_view strip(std::string_view s)
{
    const auto ws = " \t\n\r\f\v";
    const size_t b = s.find_first_not_of(ws);
    if (b == std::string_view::npos)
        return {};
    return s.substr(b, s.find_last_not_of(ws) - b + 1);
}

std::string dirName(const std::string& path)
{
    const size_t slash = path.rfind('/');
    return slash == std::string::npos ? std::string() : path.substr(0, slash);
}

std::string realPath(const std::string& path)
{
    char buf[PATH_MAX];
    return realpath(path.c_str(), buf) ? std::string(buf) : path;
}

// tb.tb_lineno without an attribute lookup (which cost more than the rest of a raise): 3.10 and 3.11
// store it when the entry is made; 3.12+ leave -1 and compute it on access, as done here.
int tracebackLine(PyObject* tb)
{
    auto* t = reinterpret_cast<PyTracebackObject*>(tb);
    if (t->tb_lineno != -1)
        return t->tb_lineno;
#if PY_VERSION_HEX >= 0x030C0000
    {
        Ref code(reinterpret_cast<PyObject*>(PyFrame_GetCode(t->tb_frame)));
        const int line = PyCode_Addr2Line(reinterpret_cast<PyCodeObject*>(code.p), t->tb_lasti);
        if (line >= 0)
            return line;
    }
#endif
    Ref line(PyObject_GetAttrString(tb, "tb_lineno"));
    if (!line) {
        PyErr_Clear();
        return -1;
    }
    const long v = PyLong_Check(line.p) ? PyLong_AsLong(line.p) : -1;
    if (v == -1 && PyErr_Occurred())
        PyErr_Clear();
    return int(v);
}

void anchor() {}

// traceback.StackSummary.format(): the entries, a run of more than three with the same file, line and
// function (the entry's first line) cut to three and a "[Previous line repeated N more times]".
// tail: what is appended after the stack (the last line), reserved with it so the text is allocated once.
// Growing it by doubling instead allocated 14.6 MB on a docutils run for ~7 MB of texts, and the traced
// thread paid for the fresh pages.
void appendStack(std::string& text, const std::vector<std::string_view>& entries, size_t tail = 0)
{
    size_t size = text.size() + tail;
    for (const std::string_view entry : entries)
        size += entry.size();
    text.reserve(size);
    std::string_view last;
    int count = 0;
    auto flush = [&] {
        if (count > kRecursiveCutoff) {
            const int more = count - kRecursiveCutoff;
            text += "  [Previous line repeated " + std::to_string(more) + " more time" +
                    (more > 1 ? "s" : "") + "]\n";
        }
    };
    for (const std::string_view entry : entries) {
        const std::string_view head = entry.substr(0, entry.find('\n') + 1);
        if (head != last) {
            flush();
            last = head;
            count = 0;
        }
        if (++count > kRecursiveCutoff)
            continue;
        text += entry;
    }
    flush();
}

} // namespace

ExceptionDescriber::ExceptionDescriber()
{
    // The package directory is where this extension was loaded from.
    Dl_info info{};
    if (dladdr(reinterpret_cast<void*>(&anchor), &info) && info.dli_fname)
        m_packageDir = dirName(realPath(info.dli_fname));
    char buf[PATH_MAX];
    if (getcwd(buf, sizeof buf))
        m_cwd = buf;
    PyObject* sys = PyImport_AddModule("sys"); // borrowed; lives as long as the interpreter
    m_sysDict = sys ? PyModule_GetDict(sys) : nullptr;
    PyErr_Clear();
    m_baseStr = reinterpret_cast<PyTypeObject*>(PyExc_BaseException)->tp_str;
    m_keyErrorStr = reinterpret_cast<PyTypeObject*>(PyExc_KeyError)->tp_str;
}

bool ExceptionDescriber::secretPrefilter(std::string_view text, bool nameMayFollow)
{
    return mightHoldSecret(text, nameMayFollow ? Then::MaybeName : Then::Nothing);
}

bool ExceptionDescriber::redactWithoutPython(std::string& text)
{
    return redactNatively(text);
}

void ExceptionDescriber::clear()
{
    for (auto& [type, name] : m_typeNames)
        Py_DECREF(reinterpret_cast<PyObject*>(type));
    m_typeNames.clear();
    m_sources.clear();
    m_plumbing.clear();
    m_redacted.clear();
    m_lastLines.clear();
    clearEntries();
    clearLines();
    clearTracebackEntries();
    for (auto& [key, site] : m_sites)
        Py_XDECREF(site.code);
    m_sites.clear();
}

const std::string* ExceptionDescriber::typeName(PyTypeObject* type)
{
    if (auto it = m_typeNames.find(type); it != m_typeNames.end())
        return &it->second;
    PyObject* t = reinterpret_cast<PyObject*>(type);
    Ref module(PyObject_GetAttrString(t, "__module__"));
    if (!module)
        PyErr_Clear();
    Ref name(PyObject_GetAttrString(t, "__qualname__"));
    if (!name || !PyUnicode_Check(name.p)) {
        PyErr_Clear();
        return nullptr;
    }
    std::string text(utf8View(name.p));
    const std::string_view mod =
        module && PyUnicode_Check(module.p) ? utf8View(module.p) : std::string_view();
    if (!mod.empty() && mod != "builtins")
        text = std::string(mod) + "." + text;
    if (m_typeNames.size() >= kCacheSize)
        clear();
    Py_INCREF(t); // the key's address stays this type's
    return &m_typeNames.emplace(type, std::move(text)).first->second;
}

// A "<...>" name is no file (linecache's lines for it are Python's to show).
std::optional<std::string_view> ExceptionDescriber::sourceLine(const std::string& file, int line)
{
    if (file.empty() || file[0] == '<' || line < 1)
        return std::nullopt;
    return m_sources.line(file, size_t(line));
}

// runpy and Breadcrumb's runner sit below every `python -m breadcrumb run` program.
bool ExceptionDescriber::isPlumbing(const std::string& file)
{
    if (auto it = m_plumbing.find(file); it != m_plumbing.end())
        return it->second;
    auto endsWith = [&](std::string_view s) {
        return file.size() >= s.size() && file.compare(file.size() - s.size(), s.size(), s) == 0;
    };
    bool known = file.rfind("<frozen runpy", 0) == 0 || endsWith("/runpy.py") || endsWith("/runpy.pyc");
    if (!known && !file.empty() && file[0] != '<' && !m_packageDir.empty())
        known = dirName(realPath(file[0] == '/' ? file : m_cwd + "/" + file)) == m_packageDir;
    if (m_plumbing.size() >= kCacheSize)
        m_plumbing.clear();
    m_plumbing.emplace(file, known);
    return known;
}

// str(exc) for the common exceptions without a Python call: a type whose __str__ is BaseException's
// or KeyError's (they read only args), with no argument or one that is an exact str or int. Returns
// false when str() must be called instead.
bool ExceptionDescriber::quickMessage(PyObject* exc, std::string& message)
{
    const reprfunc str = Py_TYPE(exc)->tp_str;
    const bool keyError = str == m_keyErrorStr;
    if (str != m_baseStr && !keyError)
        return false;
    PyObject* args = reinterpret_cast<PyBaseExceptionObject*>(exc)->args;
    if (!args || !PyTuple_CheckExact(args) || PyTuple_GET_SIZE(args) > 1)
        return false;
    if (PyTuple_GET_SIZE(args) == 0) {
        message.clear();
        return true;
    }
    PyObject* arg = PyTuple_GET_ITEM(args, 0);
    if (PyLong_CheckExact(arg)) { // str() and repr() of an int are the same
        int overflow = 0;
        const long long v = PyLong_AsLongLongAndOverflow(arg, &overflow);
        if (overflow || (v == -1 && PyErr_Occurred())) {
            PyErr_Clear();
            return false;
        }
        char buf[24];
        const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
        message.assign(buf, end);
        return ec == std::errc();
    }
    if (!keyError && PyUnicode_CheckExact(arg) && PyUnicode_GET_LENGTH(arg) <= kMaxMessage) {
        Py_ssize_t n = 0;
        const char* p = PyUnicode_AsUTF8AndSize(arg, &n);
        if (!p) {
            PyErr_Clear();
            return false;
        }
        message.assign(p, size_t(n));
        return true;
    }
    return false;
}

// sys.tracebacklimit is set: traceback cuts every stack to it. One lookup of an interned key (PySys_GetObject
// makes a str of its name each time).
bool ExceptionDescriber::tracebackLimitSet() const
{
    static PyObject* const key = PyUnicode_InternFromString("tracebacklimit"); // kept for good
    if (!m_sysDict || !key)
        return PySys_GetObject("tracebacklimit") != nullptr;
    PyObject* limit = PyDict_GetItemWithError(m_sysDict, key);
    if (!limit && PyErr_Occurred()) {
        PyErr_Clear();
        return true;
    }
    return limit != nullptr;
}

bool ExceptionDescriber::describe(PyObject* exc, ExceptionRow& row, const Redactor& redact,
                                  const TextFormatter& tracebackText)
{
    if (!exc || !PyExceptionInstance_Check(exc) || PyErr_GivenExceptionMatches(exc, PyExc_SyntaxError) ||
        tracebackLimitSet())
        return false;
    auto* base = reinterpret_cast<PyBaseExceptionObject*>(exc);
    if (base->dict && PyDict_Check(base->dict) && PyDict_GetItemString(base->dict, "__notes__"))
        return false;
    const std::string* typeNamePtr = typeName(Py_TYPE(exc));
    if (!typeNamePtr)
        return false;
    row.type = *typeNamePtr; // before str(), which may run code that clears the cache
    const bool chained = base->cause || (base->context && !base->suppress_context);

    std::string fullMessage; // a chain's text holds str(exc) whole: kept where row.message is cut
    bool cut = false;
    if (!quickMessage(exc, row.message)) {
        // str() may run Python code (and let other threads in): nothing cached is held across it.
        Ref str(PyObject_Str(exc));
        if (!str) {
            PyErr_Clear();
            return false;
        }
        if (PyUnicode_Check(str.p) && PyUnicode_GetLength(str.p) > kMaxMessage) {
            Ref head(PyUnicode_Substring(str.p, 0, kMaxMessage - 3));
            if (!head) {
                PyErr_Clear();
                return false;
            }
            row.message = std::string(utf8View(head.p)) + "...";
            if (chained) {
                fullMessage = utf8View(str.p);
                cut = true;
            }
        } else {
            row.message = std::string(utf8View(str.p));
        }
    }
    if (chained && !cut)
        fullMessage = row.message; // before redaction: the chain's text is redacted as a whole
    // Python code again (as str() was): still nothing cached held
    if (mightHoldSecret(row.message) && !redactNatively(row.message) && !redact(row.message))
        return false;

    PyObject* tb = base->traceback; // borrowed: exc holds it while this runs (no Python call below)
    if (tb && !PyTraceBack_Check(tb))
        return false;
    int seen = 1;
    Site* site = nullptr; // nodes of an unordered_map stay put while others are added
    Ref siteCode(
        tb ? reinterpret_cast<PyObject*>(PyFrame_GetCode(reinterpret_cast<PyTracebackObject*>(tb)->tb_frame))
           : nullptr);
    PyObject* raisingCode = siteCode.p;
    if (tb) {
        const std::pair<const void*, int64_t> key{raisingCode,
                                                  (int64_t(tracebackLineOf(tb)) << 32) ^
                                                      int64_t(reinterpret_cast<uintptr_t>(Py_TYPE(exc)))};
        if (auto it = m_sites.find(key); it != m_sites.end()) {
            site = &it->second;
            seen = ++site->seen;
        } else if (m_sites.size() < kCacheSize) {
            site = &m_sites.emplace(key, Site{1, nullptr, {}}).first->second;
        }
    }
    if (chained && seen <= kFullTracebacksPerSite)
        return describeChain(exc, std::move(fullMessage), row, redact, tracebackText);

    // A hot site's fresh raise (one traceback entry, callers left out): the lines are the site's, and
    // the writer appends the last line (exceptiontext::stored).
    bool reusable =
        site && seen > kFullTracebacksPerSite && reinterpret_cast<PyTracebackObject*>(tb)->tb_next == nullptr;
    if (reusable && site->code) {
        row.siteFrames = site->frames;
        row.traceback.clear();
        return true;
    }
    std::string text;
    bool suspect = false;
    // the last line's room: "Type: message\n"
    const size_t tail = row.type.size() + row.message.size() + 3;
    if (!buildFrames(tb, seen <= kFullTracebacksPerSite, tail, text, suspect))
        return false;
    if (suspect) {
        if (!redactOnce(text, redact)) // Python code: `site` may not survive it (a cache cleared)
            return false;
        reusable = false; // not kept for the site: see above
    }
    if (reusable) {
        site->frames = std::make_shared<const std::string>(text);
        Py_INCREF(raisingCode);
        site->code = raisingCode;
    }
    exceptiontext::appendLastLine(text, row.type, row.message);
    row.traceback = std::move(text);
    return true;
}

// One traceback entry ("  File ..., line N, in name" and its source line): the same ones come back raise
// after raise (the callers of a hot site), and building one costs a source lookup and a secret scan.
const ExceptionDescriber::EntryText* ExceptionDescriber::entryText(PyCodeObject* code, int line)
{
    const std::pair<const void*, int64_t> key{code, line};
    if (auto it = m_entries.find(key); it != m_entries.end())
        return &it->second;
    EntryText made;
    const std::string file(utf8View(code->co_filename));
    made.text = "  File \"" + file + "\", line " + std::to_string(line) + ", in " +
                std::string(utf8View(code->co_name)) + "\n";
    if (const auto raw = sourceLine(file, line)) {
        const std::string_view source = strip(*raw);
        made.ascii = isAscii(source);
        if (!source.empty())
            (made.text += "    ").append(source) += '\n';
        // the whole entry: a function named `token` whose source line starts with '=' holds a key too
        made.suspect = mightHoldSecret(made.text);
    } else if (bool known = true;
               file.size() >= 2 && file.front() == '<' && file.back() == '>' && inLinecache(file, &known)) {
        made.ascii = false; // a "<...>" file whose lines were put in linecache (doctest, IPython): Python's
        if (!known) {
            // not kept: on 3.11 tokenize's `from io import ...` raises in `<frozen io>` while linecache
            // imports tokenize, and a kept answer sent every later raise through there to Python
            static const EntryText undecided{nullptr, {}, false, false};
            return &undecided;
        }
    }
    // no clearing here: the builders hold pointers to entries while they add others (startEntries)
    made.code = Py_NewRef(reinterpret_cast<PyObject*>(code)); // the key's address stays this code's
    return &m_entries.emplace(key, std::move(made)).first->second;
}

// Before building a text from entries: the cache is cut back here, so pointers to its entries stay valid
// until the text is made (it may grow past kCacheSize by one traceback meanwhile).
void ExceptionDescriber::startEntries()
{
    if (m_entries.size() >= kCacheSize)
        clearEntries();
}

// A caller's line (PyFrame_GetLineNumber) and whether its file is plumbing, remembered per (code,
// instruction offset), with a pointer to its entry: the callers of a raise are the same frames at the
// same places raise after raise. Null where the frame has no instruction offset (a traced frame's line).
ExceptionDescriber::CallerLine* ExceptionDescriber::callerLine(PyFrameObject* frame, PyCodeObject* code)
{
    const int offset = framehead::instructionOffset(frame, code);
    if (offset < 0)
        return nullptr;
    return lineAt(code, offset, [&] { return PyFrame_GetLineNumber(frame); });
}

template <class Compute>
ExceptionDescriber::CallerLine* ExceptionDescriber::lineAt(PyCodeObject* code, int offset, Compute&& compute)
{
    const std::pair<const void*, int64_t> key{code, offset};
    if (auto it = m_lines.find(key); it != m_lines.end())
        return &it->second;
    const int line = compute();
    const bool plumbing = isPlumbing(std::string(utf8View(code->co_filename)));
    if (m_lines.size() >= kCacheSize)
        clearLines();
    return &m_lines.emplace(key, CallerLine{Py_NewRef(reinterpret_cast<PyObject*>(code)), line, plumbing})
                .first->second;
}

// tb.tb_lineno; on 3.12+, where it is computed on access, remembered per (code, instruction offset) like
// a caller's (tb_lasti is the offset in bytes).
int ExceptionDescriber::tracebackLineOf(PyObject* tb)
{
    auto* t = reinterpret_cast<PyTracebackObject*>(tb);
#if PY_VERSION_HEX >= 0x030C0000
    if (t->tb_lineno == -1 && t->tb_lasti >= 0) {
        Ref code(reinterpret_cast<PyObject*>(PyFrame_GetCode(t->tb_frame)));
        auto* c = reinterpret_cast<PyCodeObject*>(code.p);
        const int lasti = t->tb_lasti;
        const CallerLine* known = lineAt(c, lasti / 2, [&] { // a code unit is 2 bytes
            const int line = PyCode_Addr2Line(c, lasti);
            return line >= 0 ? line : tracebackLine(tb);
        });
        return known->line;
    }
#endif
    return t->tb_lineno != -1 ? t->tb_lineno : tracebackLine(tb);
}

// The entry of a caller at a remembered line: the pointer is kept with the line while the entries cache
// is not cleared.
const ExceptionDescriber::EntryText* ExceptionDescriber::callerEntry(CallerLine& at, PyCodeObject* code)
{
    if (at.entry && at.entryGeneration == m_entriesGeneration)
        return at.entry;
    at.entry = entryText(code, at.line);
    at.entryGeneration = m_entriesGeneration;
    return at.entry;
}

// The raise's callers below `frame`, innermost first, plumbing left out, at most kMaxCallerFrames: their
// entries. Codes and frames are borrowed: they are on this thread's stack while no Python code runs.
void ExceptionDescriber::callerTexts(PyFrameObject* frame, std::vector<const EntryText*>& out)
{
    size_t callers = 0;
    // `frame` is a new reference (PyFrame_GetBack's), as is each `back`: the loop drops each one before it
    // moves on. One more reference here kept the raise's caller frame, with its locals, alive forever,
    // and with it, once that frame returned, every frame below it (a frame object that outlives its
    // frame takes its caller's as f_back): docutils kept ~2 000 frames.
    while (frame && callers < kMaxCallerFrames) {
        PyCodeObject* code = PyFrame_GetCode(frame);
        Py_DECREF(code); // the frame holds it
        const EntryText* entry = nullptr;
        if (CallerLine* at = callerLine(frame, code)) {
            if (!at->plumbing)
                entry = callerEntry(*at, code);
        } else if (!isPlumbing(std::string(utf8View(code->co_filename)))) {
            entry = entryText(code, PyFrame_GetLineNumber(frame));
        }
        if (entry) {
            out.push_back(entry);
            ++callers;
        }
        PyFrameObject* back = PyFrame_GetBack(frame);
        Py_DECREF(frame); // its interpreter frame holds it
        frame = back;
    }
    Py_XDECREF(frame);
}

void ExceptionDescriber::clearLines()
{
    for (auto& [key, entry] : m_lines)
        Py_DECREF(entry.code);
    m_lines.clear();
}

void ExceptionDescriber::clearEntries()
{
    for (auto& [key, entry] : m_entries)
        Py_DECREF(entry.code);
    m_entries.clear();
    ++m_entriesGeneration; // the pointers callers' lines keep are stale
}

// The traceback's lines without the final "Type: message" one; false when a source line is not ASCII.
// suspect: a source line might hold a secret (the text must be redacted).
bool ExceptionDescriber::buildFrames(PyObject* tb, bool withCallers, size_t tail, std::string& text,
                                     bool& suspect)
{
    if (!tb)
        return true;
    startEntries();
    // outermost first: the callers of the frame the exception was raised or caught in (at raise time
    // __traceback__ holds only that frame), then the traceback's own entries
    std::vector<const EntryText*> entries;
    entries.reserve(kMaxCallerFrames + 4);
    if (withCallers) {
        callerTexts(PyFrame_GetBack(reinterpret_cast<PyTracebackObject*>(tb)->tb_frame), entries);
        std::reverse(entries.begin(), entries.end());
    }
    for (PyObject* cur = tb; cur && PyTraceBack_Check(cur);
         cur = reinterpret_cast<PyObject*>(reinterpret_cast<PyTracebackObject*>(cur)->tb_next)) {
        PyCodeObject* code = PyFrame_GetCode(reinterpret_cast<PyTracebackObject*>(cur)->tb_frame);
        Py_DECREF(code); // the traceback's frame holds it
        entries.push_back(entryText(code, tracebackLineOf(cur)));
    }
    if (entries.empty())
        return true;
    std::vector<std::string_view> texts;
    texts.reserve(entries.size());
    for (const EntryText* known : entries) {
        if (!known->ascii)
            return false;
        suspect = suspect || known->suspect;
        texts.push_back(known->text);
    }
    text = "Traceback (most recent call last):\n";
    appendStack(text, texts, tail);
    return true;
}

// The caller entries a chain's last exception is shown with (_describe._frames): the frames below the
// one its traceback starts in, plumbing left out, outermost first; false where a source line is not ASCII.
// Views of the cached entries: valid until the next Python call or describe().
bool ExceptionDescriber::callerEntries(PyObject* tb, std::vector<std::string_view>& entries, bool& suspect)
{
    startEntries();
    std::vector<const EntryText*> callers;
    callers.reserve(kMaxCallerFrames);
    callerTexts(PyFrame_GetBack(reinterpret_cast<PyTracebackObject*>(tb)->tb_frame), callers);
    for (auto it = callers.rbegin(); it != callers.rend(); ++it) {
        if (!(*it)->ascii)
            return false;
        suspect = suspect || (*it)->suspect;
        entries.emplace_back((*it)->text);
    }
    return true;
}

// A linked exception's own traceback entries, each as traceback formats it (3.11+: the ^^^ line its
// instruction's position gives). The texts are copied out: tracebackText runs Python code, after which no
// cached entry may be held.
bool ExceptionDescriber::tracebackEntries(PyObject* tb, const TextFormatter& tracebackText,
                                          std::vector<std::string>& entries, bool& suspect)
{
    Ref cur(
        Py_NewRef(tb)); // held: tracebackText's Python code could unlink the next one (tb_next is settable)
    for (; cur; cur = Ref(Py_XNewRef(
                    reinterpret_cast<PyObject*>(reinterpret_cast<PyTracebackObject*>(cur.p)->tb_next)))) {
        if (!PyTraceBack_Check(cur.p))
            return false;
        auto* t = reinterpret_cast<PyTracebackObject*>(cur.p);
        const int line = tracebackLineOf(cur.p);
        if (line < 0)
            return false; // no line number: traceback compares None lines differently
        Ref code(reinterpret_cast<PyObject*>(PyFrame_GetCode(t->tb_frame)));
        const std::pair<const void*, int64_t> key{code.p, (int64_t(t->tb_lasti) << 32) | uint32_t(line)};
        if (auto it = m_tracebackEntries.find(key); it != m_tracebackEntries.end()) {
            suspect = suspect || it->second.suspect;
            entries.push_back(it->second.text);
            continue;
        }
        std::string text;
        if (!caretEntry(reinterpret_cast<PyCodeObject*>(code.p), t->tb_lasti, line, text) &&
            (!tracebackText(cur.p, text) || text.rfind("  File ", 0) != 0 || text.back() != '\n'))
            return false;
        const bool maybeSecret = mightHoldSecret(text, Then::MaybeName); // the type's line may follow
        suspect = suspect || maybeSecret;
        if (m_tracebackEntries.size() >= kCacheSize)
            clearTracebackEntries();
        m_tracebackEntries.emplace(key, TracebackEntry{Py_NewRef(code.p), text, maybeSecret});
        entries.push_back(std::move(text));
    }
    return true;
}

namespace {

#if PY_VERSION_HEX >= 0x030B0000 && PY_VERSION_HEX < 0x030D0000 // only caretEntry uses them
// A Python name that is no keyword (soft ones are names), or a run of digits: an atom ast.parse reads as
// such.
bool simpleAtom(std::string_view s)
{
    if (s.empty())
        return false;
    if (std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return s.size() == 1 || s[0] != '0'; // 007 is a SyntaxError
    if (s[0] >= '0' && s[0] <= '9')
        return false;
    if (!std::all_of(s.begin(), s.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }))
        return false;
    static constexpr std::string_view kKeywords[] = {
        "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
        "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
        "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
        "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield"};
    return std::find(std::begin(kKeywords), std::end(kKeywords), s) == std::end(kKeywords);
}

// `a.b[c.d]` (names joined by dots, no spaces): the length of the value before '[', else 0. ast.parse reads
// it as one Subscript whose value ends at the '[' and whose slice ends at the closing ']', the last
// character.
long simpleSubscript(std::string_view segment)
{
    const size_t open = segment.find('[');
    if (open == std::string_view::npos || open == 0 || segment.size() < open + 3 || segment.back() != ']')
        return 0;
    auto dotted = [](std::string_view s) {
        for (size_t start = 0;;) {
            const size_t dot = s.find('.', start);
            const std::string_view name = s.substr(start, dot == std::string_view::npos ? dot : dot - start);
            if (!simpleAtom(name) || (name[0] >= '0' && name[0] <= '9'))
                return false; // names only: 1.5 is a float, a.1 a SyntaxError
            if (dot == std::string_view::npos)
                return true;
            start = dot + 1;
        }
    };
    const std::string_view value = segment.substr(0, open);
    const std::string_view slice = segment.substr(open + 1, segment.size() - open - 2);
    const bool number = std::all_of(slice.begin(), slice.end(), [](char c) { return c >= '0' && c <= '9'; });
    return dotted(value) && (number ? simpleAtom(slice) : dotted(slice)) ? long(open) : 0;
}

#endif

} // namespace

bool ExceptionDescriber::inLinecache(const std::string& file, bool* known)
{
    if (known)
        *known = true;
    PyObject* modules = m_sysDict ? PyDict_GetItemString(m_sysDict, "modules") : nullptr; // borrowed
    PyObject* linecache =
        modules && PyDict_Check(modules) ? PyDict_GetItemString(modules, "linecache") : nullptr;
    if (!linecache)
        return false; // never imported: nothing put in its cache
    Ref cache(PyObject_GetAttrString(linecache, "cache"));
    Ref key(PyUnicode_FromStringAndSize(file.data(), Py_ssize_t(file.size())));
    if (!cache || !key || !PyDict_Check(cache.p)) {
        PyErr_Clear();
        if (known)
            *known = false; // linecache being imported (a raise in its own imports): ask again later
        return true;        // unknown: traceback's
    }
    const bool found = PyDict_GetItemWithError(cache.p, key.p) != nullptr || PyErr_Occurred();
    PyErr_Clear();
    return found;
}

// 3.11 and 3.12: traceback's entry for an instruction (StackSummary.format_frame_summary) without calling
// it, where its ^^^ line needs no AST: ast.parse of the instruction's segment only gives ^~~~ anchors to a
// binary operation or a subscript, which a segment without an operator character or '[' cannot be. The
// source line must be printable ASCII (character offsets are then the byte offsets co_positions gives,
// and display widths are 1); anything else is left to traceback (false). Calling it cost ~0.1 M
// instructions an entry on docutils (3.12), and its first call imports traceback and ast.
bool ExceptionDescriber::caretEntry(PyCodeObject* code, int lasti, int line, std::string& text)
{
#if PY_VERSION_HEX >= 0x030B0000 && PY_VERSION_HEX < 0x030D0000
    if (lasti < 0)
        return false;
    int startLine = -1, col = -1, endLine = -1, endCol = -1;
    if (!PyCode_Addr2Location(code, lasti, &startLine, &col, &endLine, &endCol) || startLine != line)
        return false; // traceback shows the position's line, which is tb_lineno but where it has none
    const std::string file(utf8View(code->co_filename));
    text = "  File \"" + file + "\", line " + std::to_string(line) + ", in " +
           std::string(utf8View(code->co_name)) + "\n";
    if (file.size() >= 2 && file.front() == '<' && file.back() == '>')
        return !inLinecache(file); // "<frozen ...>": linecache has no line for it unless one was put there
    if (file.empty() || file[0] != '/')
        return false; // linecache looks relative names up along sys.path
    const auto found = sourceLine(file, line);
    if (!found)
        return false;
    const std::string_view raw = *found;
    if (!std::all_of(raw.begin(), raw.end(), [](char c) { return c == '\t' || (c >= ' ' && c < '\x7f'); }))
        return false;
    const std::string_view stripped = strip(raw);
    if (stripped.empty())
        return true;
    (text += "    ").append(stripped) += '\n';
    if (col < 0 || endCol < 0)
        return true;
    // linecache's line ends in '\n'; traceback slices it (Python slices clamp)
    const long length = long(raw.size()) + 1;
    const long strippedCharacters = length - long(stripped.size());
    const long start = std::min<long>(col, length), end = std::min<long>(endCol, length);
    long shownStart = 0, shownEnd = 0; // the offsets format_frame_summary counts the carets from
    long left = 0, right = 0;          // anchors: where the ^ part of ~~~^^^~~~ starts and ends
    if (startLine == endLine) {
        const std::string_view segment =
            start < end ? std::string_view(raw).substr(size_t(start), size_t(end - start))
                        : std::string_view();
        if (const long value = simpleSubscript(segment); value > 0) {
            // Subscript anchors: ~ under the value, ^ under [slice], ~ after (none: it ends the segment)
            left = value;
            right = long(segment.size());
        } else if (segment.find_first_of("+-*/%@&|^<>[") != std::string_view::npos) {
            return false; // maybe anchors: traceback's
        }
#if PY_VERSION_HEX < 0x030C0000
        shownStart = start + 1;
        shownEnd = end + 1;
    } else {
        shownStart = start + 1;
        shownEnd = strippedCharacters + long(stripped.size());
    }
#else
        shownStart = start;
        shownEnd = end;
    } else {
        shownStart = start;
        shownEnd = long(stripped.data() - raw.data()) + long(stripped.size()); // len(line.rstrip())
    }
    ++shownStart; // _display_width(line, offset) + 1, and an ASCII line's width is its length
    ++shownEnd;
#endif
    if (shownEnd - shownStart >= long(stripped.size()) && right - left <= 0)
        return true; // the instruction spans the line: no ^^^ line
    text += "    ";
    text.append(size_t(std::max(0L, shownStart - strippedCharacters)), ' ');
    if (right - left > 0) {
        text.append(size_t(left), '~');
        text.append(size_t(right - left), '^');
        text.append(size_t(std::max(0L, shownEnd - shownStart - right)), '~');
    } else {
        text.append(size_t(std::max(0L, shownEnd - shownStart)), '^');
    }
    text += '\n';
    return true;
#else
    (void)code;
    (void)lasti;
    (void)line;
    (void)text;
    return false;
#endif
}

void ExceptionDescriber::clearTracebackEntries()
{
    for (auto& [key, entry] : m_tracebackEntries)
        Py_DECREF(entry.code);
    m_tracebackEntries.clear();
}

// redact(text), remembered per text: the same stack raises again and again (jinja2's lexer: "token" in
// its source lines), and redacting ~8 KB of traceback costs ~0.5 M instructions.
bool ExceptionDescriber::redactOnce(std::string& text, const Redactor& redact)
{
    if (auto it = m_redacted.find(text); it != m_redacted.end()) {
        text = it->second;
        return true;
    }
    std::string original = text;
    if (!redactNatively(text) && !redact(text))
        return false;
    if (m_redacted.size() >= kRedactedTexts)
        m_redacted.clear();
    m_redacted.emplace(std::move(original), text);
    return true;
}

namespace {

// An exception TracebackException links the way this describer reads it: `if e` is true (no __bool__ or
// __len__ of its own) and it is no exception group (whose members join the walk's seen-set).
bool linksPlainly(PyObject* e)
{
    if (!PyExceptionInstance_Check(e))
        return false;
    PyTypeObject* type = Py_TYPE(e);
    if ((type->tp_as_number && type->tp_as_number->nb_bool) ||
        (type->tp_as_mapping && type->tp_as_mapping->mp_length) ||
        (type->tp_as_sequence && type->tp_as_sequence->sq_length))
        return false;
#if PY_VERSION_HEX >= 0x030B0000
    if (PyErr_GivenExceptionMatches(e, PyExc_BaseExceptionGroup))
        return false;
#endif
    return true;
}

// 3.12: an AttributeError (exactly) with a name, whose last line traceback may end with a "Did you mean"
// worked out over dir(obj) (3.13 also looks at the raising frame's `self`: left to Python there). Its
// last line is traceback's own (the TextFormatter), asked once per lastLineKey where there is one.
bool suggestedByTraceback(PyObject* e)
{
#if PY_VERSION_HEX >= 0x030C0000 && PY_VERSION_HEX < 0x030D0000
    if (Py_TYPE(e) != reinterpret_cast<PyTypeObject*>(PyExc_AttributeError))
        return false;
    auto* a = reinterpret_cast<PyAttributeErrorObject*>(e);
    return a->name && PyUnicode_Check(a->name);
#else
    (void)e;
    return false;
#endif
}

// What dir(obj) depends on, where that is known without running Python code, as part of a cache key for
// the last line of an AttributeError raised on obj (suggestedByTraceback); false where it is not (an
// object with a __dict__ of its own, a __dir__ of its own): its last line is then asked for every time.
//  - None: always the same (docutils' `self.parent.document`);
//  - an object without a __dict__ (__slots__, str, ...: pathlib's `self._drv` on 3.12): its type's
//    attributes, which the type's version tag follows (it changes whenever the type or a base does);
//  - a module: its dict, which stays as it is once imported (its size follows a change).
bool dirKey(PyObject* obj, std::string& key)
{
#if PY_VERSION_HEX >= 0x030C0000 && PY_VERSION_HEX < 0x030D0000
    char buffer[64];
    if (obj == Py_None) {
        key += "none\n";
        return true;
    }
    static PyObject* const dunderDir = PyUnicode_InternFromString("__dir__");
    PyTypeObject* type = Py_TYPE(obj);
    if (PyModule_CheckExact(obj)) {
        PyObject* dict = PyModule_GetDict(obj); // borrowed
        if (!dict || !PyDict_Check(dict))
            return false;
        if (!dunderDir || PyDict_GetItemWithError(dict, dunderDir) || PyErr_Occurred()) {
            PyErr_Clear();
            return false; // PEP 562's module __dir__: its answer is its own
        }
        snprintf(buffer, sizeof buffer, "module %p %zd\n", static_cast<void*>(obj), PyDict_GET_SIZE(dict));
        key += buffer;
        return true;
    }
    // borrowed: object's own, which lives as long as the interpreter (3.12 keeps a builtin type's dict
    // per interpreter, not in tp_dict)
    static PyObject* const objectDir = dunderDir ? _PyType_Lookup(&PyBaseObject_Type, dunderDir) : nullptr;
    // object.__dir__ reads obj.__dict__ and obj.__class__ through the type's attribute lookup
    if (type->tp_dictoffset != 0 || !objectDir || type->tp_getattro != PyObject_GenericGetAttr ||
        !PyType_HasFeature(type, Py_TPFLAGS_VALID_VERSION_TAG) ||
        _PyType_Lookup(type, dunderDir) != objectDir)
        return false;
    snprintf(buffer, sizeof buffer, "type %p %u\n", static_cast<void*>(type), type->tp_version_tag);
    key += buffer;
    return true;
#else
    (void)obj;
    (void)key;
    return false;
#endif
}

// A shown exception TracebackException formats as type and str() alone, or false: a SyntaxError (its
// caret lines), __notes__ (or a type whose attribute lookup is its own), 3.12+'s suggestion for a name it
// can look up.
bool formatsPlainly(PyObject* e)
{
    PyTypeObject* type = Py_TYPE(e);
    if (PyErr_GivenExceptionMatches(e, PyExc_SyntaxError) || type->tp_getattro != PyObject_GenericGetAttr)
        return false;
    static PyObject* const notes = PyUnicode_InternFromString("__notes__");
    auto* base = reinterpret_cast<PyBaseExceptionObject*>(e);
    if (!notes || (base->dict && PyDict_Check(base->dict) && PyDict_GetItemWithError(base->dict, notes)))
        return false;
    if (PyErr_Occurred()) {
        PyErr_Clear();
        return false;
    }
    if (PyObject_HasAttr(reinterpret_cast<PyObject*>(type), notes))
        return false;
#if PY_VERSION_HEX >= 0x030C0000
    // TracebackException appends ". Did you mean ...?" where the name is set
    const char* suggested = PyErr_GivenExceptionMatches(e, PyExc_ImportError) ? "name_from"
                            : PyErr_GivenExceptionMatches(e, PyExc_NameError) ||
                                    PyErr_GivenExceptionMatches(e, PyExc_AttributeError)
                                ? "name"
                                : nullptr;
#if PY_VERSION_HEX < 0x030D0000
    if (suggestedByTraceback(e))
        suggested = nullptr; // traceback's own last line (lastLineKey)
#endif
    if (suggested) {
        Ref name(PyObject_GetAttrString(e, suggested));
        if (!name)
            PyErr_Clear();
        if (!name || name.p != Py_None)
            return false;
    }
#endif
    return true;
}

constexpr size_t kMaxChain = 16; // exceptions linked from the raised one, shown or not
constexpr std::string_view kCauseLine =
    "\nThe above exception was the direct cause of the following exception:\n\n";
constexpr std::string_view kContextLine =
    "\nDuring handling of the above exception, another exception occurred:\n\n";

} // namespace

// traceback.TracebackException(type(exc), exc, exc.__traceback__).format() with the raise's callers
// before the last exception's entries, redacted (_describe._chained_traceback).
bool ExceptionDescriber::describeChain(PyObject* exc, std::string topMessage, ExceptionRow& row,
                                       const Redactor& redact, const TextFormatter& tracebackText)
{
    struct Link
    {
        Ref exc;
        int cause = -1; // index of the linked exception TracebackException keeps, or -1
        int context = -1;
    };
    std::vector<Link> links;
    links.reserve(kMaxChain);
    if (!linksPlainly(exc))
        return false;
    links.push_back({Ref(Py_NewRef(exc))});
    // TracebackException's walk: a stack of exceptions to expand; each one's cause, then its context
    // (suppressed or not), kept unless already seen anywhere in the walk (which is how it ends cycles).
    auto seen = [&](PyObject* e) {
        return std::any_of(links.begin(), links.end(), [&](const Link& l) { return l.exc.p == e; });
    };
    auto add = [&](PyObject* e) -> int { // e: a new reference
        Ref held(e);
        if (!linksPlainly(e) || links.size() >= kMaxChain)
            return -2;
        links.push_back({std::move(held)});
        return int(links.size()) - 1;
    };
    std::vector<int> pending{0};
    while (!pending.empty()) {
        const int i = pending.back();
        pending.pop_back();
        int cause = -1, context = -1;
        if (PyObject* c = PyException_GetCause(links[size_t(i)].exc.p)) {
            if (seen(c))
                Py_DECREF(c);
            else if ((cause = add(c)) < 0)
                return false;
        }
        if (PyObject* c = PyException_GetContext(links[size_t(i)].exc.p)) {
            if (seen(c))
                Py_DECREF(c);
            else if ((context = add(c)) < 0)
                return false;
        }
        links[size_t(i)].cause = cause;
        links[size_t(i)].context = context;
        if (cause >= 0)
            pending.push_back(cause);
        if (context >= 0)
            pending.push_back(context);
    }

    // The exceptions shown, the raised one first, each with the line that leads to it from the next.
    std::vector<std::pair<int, std::string_view>> shown;
    for (int i = 0; i >= 0;) {
        const Link& l = links[size_t(i)];
        const bool suppressed = reinterpret_cast<PyBaseExceptionObject*>(l.exc.p)->suppress_context;
        const int next = l.cause >= 0 ? l.cause : !suppressed ? l.context : -1;
        shown.emplace_back(i, next < 0 ? std::string_view() : l.cause >= 0 ? kCauseLine : kContextLine);
        i = next;
    }

    // Everything that runs Python code first (str(), traceback's entry formatting), then the callers'
    // entries, which are views of cached ones: no Python call may come after them.
    struct Part
    {
        std::string type;
        std::string message;
        std::string lastLine;         // traceback's, where it is more than type and message
        std::vector<std::string> own; // the exception's traceback entries
        std::vector<std::string_view> entries;
    };
    std::vector<Part> parts(shown.size());
    bool suspect = false; // some part might hold a secret: the whole text is redacted, as _describe.py does
    for (size_t k = 0; k < shown.size(); ++k) {
        PyObject* e = links[size_t(shown[k].first)].exc.p;
        Part& part = parts[k];
        if (!formatsPlainly(e))
            return false;
        const std::string* name = typeName(Py_TYPE(e));
        if (!name)
            return false;
        part.type = *name;
        if (part.type.rfind("__main__.", 0) == 0)
            part.type.erase(0, 9);
        if (k == 0) {
            part.message = std::move(topMessage);
        } else if (!quickMessage(e, part.message)) {
            Ref str(PyObject_Str(e));
            if (!str || !PyUnicode_Check(str.p)) {
                PyErr_Clear();
                return false; // traceback would show "<exception str() failed>"
            }
            Py_ssize_t n = 0;
            const char* p = PyUnicode_AsUTF8AndSize(str.p, &n);
            if (!p) {
                PyErr_Clear();
                return false;
            }
            part.message.assign(p, size_t(n));
        }
        if (suggestedByTraceback(e)) {
            // AttributeError's own fields: no Python code runs to read them
            auto* a = reinterpret_cast<PyAttributeErrorObject*>(e);
            std::string key;
            const bool keyed = dirKey(a->obj ? a->obj : Py_None, key);
            ((key += utf8View(a->name)) += '\n') += part.message;
            if (auto it = keyed ? m_lastLines.find(key) : m_lastLines.end(); it != m_lastLines.end()) {
                part.lastLine = it->second;
            } else {
                if (!tracebackText(e, part.lastLine) || part.lastLine.empty() || part.lastLine.back() != '\n')
                    return false;
                if (keyed) {
                    if (m_lastLines.size() >= kRedactedTexts)
                        m_lastLines.clear();
                    m_lastLines.emplace(std::move(key), part.lastLine);
                }
            }
            suspect = suspect || mightHoldSecret(part.lastLine);
        }
        // each piece ends in a newline, where the prefilter's scan starts afresh (what comes next is what
        // Then says): scanning them one by one flags at least what scanning the whole text would
        if (!suspect) {
            // the type's line as shown: a type name ending in a secret word takes ": " as its separator
            std::string line = part.type;
            if (!part.message.empty())
                line.append(": ").append(part.message);
            suspect = mightHoldSecret(line);
        }
        Ref tb(PyException_GetTraceback(e));
        if (tb && !tracebackEntries(tb.p, tracebackText, part.own, suspect))
            return false;
    }
    Ref topTraceback(PyException_GetTraceback(exc));
    if (topTraceback && !callerEntries(topTraceback.p, parts[0].entries, suspect))
        return false;
    for (Part& part : parts)
        part.entries.insert(part.entries.end(), part.own.begin(), part.own.end());

    std::string text;
    for (size_t k = shown.size(); k-- > 0;) {
        text += shown[k].second;
        const Part& part = parts[k];
        if (!part.entries.empty()) {
            text += "Traceback (most recent call last):\n";
            appendStack(text, part.entries);
        }
        if (!part.lastLine.empty()) {
            text += part.lastLine;
            continue;
        }
        text += part.type;
        if (!part.message.empty())
            text.append(": ").append(part.message);
        text += '\n';
    }
    if (suspect && !redactOnce(text, redact))
        return false;
    if (text.size() > exceptiontext::kMaxTraceback && !isAscii(text))
        return false; // _describe.py cuts characters, exceptiontext::truncate bytes
    exceptiontext::truncate(text);
    row.siteFrames.reset();
    row.traceback = std::move(text);
    return true;
}

} // namespace breadcrumb
