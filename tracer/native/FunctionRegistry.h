#pragma once
// Interns functions (name, module, file, line) to function ids shared by every run in the file.
// Called under the GIL, once per code object per run: the hot path keeps the id in the code object.
//
// Every first call of a function lands here, and a fresh page costs more than the rest of a first
// call (a fault is several microseconds in a virtual machine): a function takes only its entry and
// its key's bytes, in blocks that never move, and an 8-byte slot of an open-addressing table. The
// writer and the run report read the entries in place. (A node-based std::unordered_map of string
// keys, the strings copied into a FunctionRow per new function and the side vector regrowing with
// them made 2.2 k page faults for 20 k first calls, 3x cProfile's; issue 11.)
#include "Rows.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace breadcrumb {

class FunctionRegistry
{
public:
    struct Interned
    {
        FunctionEntry* entry; // valid until clear()
        bool isNew;           // not in the file yet: the caller hands the entry to the writer
        bool first;           // not interned by this session before
    };

    void load(const std::vector<FunctionRow>& existing);
    Interned intern(std::string_view name, std::string_view module, std::string_view file, int64_t line,
                    uint8_t kind);
    size_t size() const { return m_count; }
    // Frees everything (the session stopped and its writer finished: no entry is read any more).
    void clear();

private:
    struct Slot
    {
        uint32_t hash = 0;  // the key's hash (its low 32 bits): the slot's place, and a quick compare
        uint32_t entry = 0; // index + 1 into the entries (0: an empty slot)
    };
    static constexpr size_t kEntriesPerBlock = 1024;
    static constexpr size_t kKeyBlockBytes = 64 * 1024;

    // The key of a function, into m_scratch: its parts separated by NULs (none occurs in any of them).
    std::string_view keyOf(std::string_view name, std::string_view module, std::string_view file,
                           int64_t line);
    FunctionEntry& insertOrFind(std::string_view key, int64_t newId, int64_t line, uint8_t kind, bool& isNew);
    FunctionEntry& entryAt(size_t index)
    {
        return m_entryBlocks[index / kEntriesPerBlock][index % kEntriesPerBlock];
    }
    const char* storeKey(std::string_view key);
    void grow();

    std::vector<Slot> m_slots; // a power of two, at most 3/4 full
    std::vector<std::unique_ptr<FunctionEntry[]>> m_entryBlocks;
    std::vector<std::unique_ptr<char[]>> m_keyBlocks;
    char* m_keyFree = nullptr; // in the last key block
    size_t m_keyFreeBytes = 0;
    std::string m_scratch;
    size_t m_count = 0;
    int64_t m_nextId = 1;
};

} // namespace breadcrumb
