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
    bool empty() const { return size_ == 0; }
    size_t size() const { return size_; }

    Value* find(const void* key)
    {
        if (size_ == 0)
            return nullptr;
        for (size_t i = slotOf(key);; i = (i + 1) & mask_) {
            Slot& s = slots_[i];
            if (s.key == key)
                return &s.value;
            if (!s.key)
                return nullptr;
        }
    }

    // Stores `value` under `key` (non-null), replacing what was there.
    void put(void* key, const Value& value)
    {
        if ((size_ + 1) * 2 > slots_.size())
            grow();
        for (size_t i = slotOf(key);; i = (i + 1) & mask_) {
            Slot& s = slots_[i];
            if (!s.key || s.key == key) {
                size_ += s.key ? 0 : 1;
                s.key = key;
                s.value = value;
                return;
            }
        }
    }

    // Removes `key` if present; the entries after it in its probe run move back into the gap.
    void erase(const void* key)
    {
        if (size_ == 0)
            return;
        size_t i = slotOf(key);
        while (slots_[i].key != key) {
            if (!slots_[i].key)
                return;
            i = (i + 1) & mask_;
        }
        for (size_t j = (i + 1) & mask_; slots_[j].key; j = (j + 1) & mask_) {
            // The entry at j may fill the gap at i when its home slot is not cyclically in (i, j].
            const size_t home = slotOf(slots_[j].key);
            if (((j - home) & mask_) >= ((j - i) & mask_)) {
                slots_[i] = slots_[j];
                i = j;
            }
        }
        slots_[i].key = nullptr;
        --size_;
    }

    template <typename F> void forEach(F&& f)
    {
        for (Slot& s : slots_)
            if (s.key)
                f(s.key, s.value);
    }

    void clear()
    {
        slots_.clear();
        mask_ = 0;
        size_ = 0;
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
        return size_t(((uintptr_t(key) >> 4) * 0x9E3779B97F4A7C15ull) >> 32) & mask_;
    }
    void grow()
    {
        std::vector<Slot> old = std::move(slots_);
        slots_.assign(old.empty() ? 16 : old.size() * 2, Slot{});
        mask_ = slots_.size() - 1;
        size_ = 0;
        for (const Slot& s : old)
            if (s.key)
                put(s.key, s.value);
    }
    std::vector<Slot> slots_;
    size_t mask_ = 0;
    size_t size_ = 0;
};

} // namespace breadcrumb
