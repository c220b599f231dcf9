#pragma once
// A map from non-null pointers to values, for the tracer's suspended generator and coroutine frames
// (keyed by frame): every yield stores one and every resume takes it back out, so it is on the
// per-event path of generator-heavy code. Open addressing (linear probing, backward-shift deletion)
// instead of std::unordered_map, which allocated a node per yield and divided by a prime per lookup.
//
// A pointer returned by find() is valid until the next put or erase.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace breadcrumb {

template <typename Value> class PointerTable
{
public:
    bool empty() const { return m_size == 0; }
    size_t size() const { return m_size; }

    Value* find(const void* key)
    {
        if (m_size == 0)
            return nullptr;
        for (size_t i = slotOf(key);; i = (i + 1) & m_mask) {
            Slot& s = m_slots[i];
            if (s.key == key)
                return &s.value;
            if (!s.key)
                return nullptr;
        }
    }

    // Stores `value` under `key` (non-null), replacing what was there.
    void put(void* key, const Value& value)
    {
        if ((m_size + 1) * 2 > m_slots.size())
            grow();
        for (size_t i = slotOf(key);; i = (i + 1) & m_mask) {
            Slot& s = m_slots[i];
            if (!s.key || s.key == key) {
                m_size += s.key ? 0 : 1;
                s.key = key;
                s.value = value;
                return;
            }
        }
    }

    // Removes `key` if present; the entries after it in its probe run move back into the gap.
    void erase(const void* key)
    {
        if (m_size == 0)
            return;
        size_t i = slotOf(key);
        while (m_slots[i].key != key) {
            if (!m_slots[i].key)
                return;
            i = (i + 1) & m_mask;
        }
        for (size_t j = (i + 1) & m_mask; m_slots[j].key; j = (j + 1) & m_mask) {
            // The entry at j may fill the gap at i when its home slot is not cyclically in (i, j].
            const size_t home = slotOf(m_slots[j].key);
            if (((j - home) & m_mask) >= ((j - i) & m_mask)) {
                m_slots[i] = m_slots[j];
                i = j;
            }
        }
        m_slots[i].key = nullptr;
        --m_size;
    }

    template <typename F> void forEach(F&& f)
    {
        for (Slot& s : m_slots)
            if (s.key)
                f(s.key, s.value);
    }

    void clear()
    {
        m_slots.clear();
        m_mask = 0;
        m_size = 0;
    }

private:
    struct Slot
    {
        void* key = nullptr;
        Value value{};
    };
    size_t slotOf(const void* key) const
    {
        // Fibonacci hashing of the address (what it points to is 16-byte aligned, usually: drop those bits).
        return size_t(((uintptr_t(key) >> 4) * 0x9E3779B97F4A7C15ull) >> 32) & m_mask;
    }
    void grow()
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(old.empty() ? 16 : old.size() * 2, Slot{});
        m_mask = m_slots.size() - 1;
        m_size = 0;
        for (const Slot& s : old)
            if (s.key)
                put(s.key, s.value);
    }
    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    size_t m_size = 0;
};

} // namespace breadcrumb
