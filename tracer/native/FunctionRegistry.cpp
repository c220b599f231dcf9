#include "FunctionRegistry.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <functional>

namespace breadcrumb {

std::string_view FunctionRegistry::keyOf(std::string_view name, std::string_view module,
                                         std::string_view file, int64_t line)
{
    m_scratch.clear();
    m_scratch.append(name).push_back('\0');
    m_scratch.append(module).push_back('\0');
    m_scratch.append(file).push_back('\0');
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, line).ptr;
    m_scratch.append(digits, end);
    return m_scratch;
}

void FunctionRegistry::load(const std::vector<FunctionRow>& existing)
{
    clear();
    for (const FunctionRow& row : existing) {
        bool isNew = false;
        insertOrFind(keyOf(row.name, row.module, row.file, row.line), row.functionId, row.line, 0, isNew);
        m_nextId = std::max(m_nextId, row.functionId + 1);
    }
}

void FunctionRegistry::clear()
{
    m_slots = std::vector<Slot>();
    m_entryBlocks.clear();
    m_entryBlocks.shrink_to_fit();
    m_keyBlocks.clear();
    m_keyBlocks.shrink_to_fit();
    m_keyFree = nullptr;
    m_keyFreeBytes = 0;
    m_scratch = std::string();
    m_count = 0;
    m_nextId = 1;
}

FunctionRegistry::Interned FunctionRegistry::intern(std::string_view name, std::string_view module,
                                                    std::string_view file, int64_t line, uint8_t kind)
{
    Interned r{};
    FunctionEntry& e = insertOrFind(keyOf(name, module, file, line), m_nextId, line, kind, r.isNew);
    if (r.isNew)
        ++m_nextId;
    r.entry = &e;
    r.first = !e.interned;
    e.interned = 1;
    return r;
}

FunctionEntry& FunctionRegistry::insertOrFind(std::string_view key, int64_t newId, int64_t line, uint8_t kind,
                                              bool& isNew)
{
    if ((m_count + 1) * 4 > m_slots.size() * 3)
        grow();
    const auto hash = uint32_t(std::hash<std::string_view>{}(key));
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        Slot& s = m_slots[i];
        if (!s.entry) {
            const size_t index = m_count++;
            if (index % kEntriesPerBlock == 0)
                m_entryBlocks.push_back(std::make_unique_for_overwrite<FunctionEntry[]>(kEntriesPerBlock));
            FunctionEntry& e = entryAt(index);
            e = FunctionEntry{newId, storeKey(key), line, uint32_t(key.size()), kind, 0};
            s.hash = hash;
            s.entry = uint32_t(index + 1);
            isNew = true;
            return e;
        }
        if (s.hash == hash) {
            FunctionEntry& e = entryAt(s.entry - 1);
            if (std::string_view(e.key, e.keyLength) == key) {
                isNew = false;
                return e;
            }
        }
    }
}

const char* FunctionRegistry::storeKey(std::string_view key)
{
    if (key.size() > m_keyFreeBytes) {
        const size_t bytes = std::max(kKeyBlockBytes, key.size());
        m_keyBlocks.push_back(std::make_unique_for_overwrite<char[]>(bytes));
        m_keyFree = m_keyBlocks.back().get();
        m_keyFreeBytes = bytes;
    }
    char* at = m_keyFree;
    std::memcpy(at, key.data(), key.size());
    m_keyFree += key.size();
    m_keyFreeBytes -= key.size();
    return at;
}

void FunctionRegistry::grow()
{
    std::vector<Slot> old = std::move(m_slots);
    m_slots = std::vector<Slot>(std::max<size_t>(1024, old.size() * 2));
    const size_t mask = m_slots.size() - 1;
    for (const Slot& s : old) {
        if (!s.entry)
            continue;
        size_t i = s.hash & mask;
        while (m_slots[i].entry)
            i = (i + 1) & mask;
        m_slots[i] = s;
    }
}

} // namespace breadcrumb
