#pragma once
// 3.13+ closes a generator suspended outside any try block without running it (no event tells): the
// generators and coroutines a session started are watched through weak references, so their end can
// be checked when it matters. Elsewhere a generator always runs to its end, and the end is seen: there
// watch() keeps nothing and alive() is always true. Cold: resumable code only. Under the GIL.
#include <Python.h>

#include <unordered_map>

namespace breadcrumb {

class GeneratorWatch
{
public:
    GeneratorWatch() = default;
    GeneratorWatch(const GeneratorWatch&) = delete;
    GeneratorWatch& operator=(const GeneratorWatch&) = delete;
    ~GeneratorWatch() { clear(); }

    // The frame `key` belongs to `generator` (borrowed; null: the running frame's generator).
    void watch(void* key, PyObject* generator);
    void forget(void* key)
    {
        if (!m_refs.empty())
            forgetWatched(key);
    }
    bool empty() const { return m_refs.empty(); }
    // Whether the generator whose frame is `key` is still alive and unfinished (true when unknown).
    // thrownInto: it is being resumed by throw() (a finalizer closing it counts as alive).
    bool alive(void* key, bool thrownInto) const;
    void clear();

private:
    void forgetWatched(void* key);
    std::unordered_map<void*, PyObject*> m_refs; // frame key -> weak reference to its generator
};

} // namespace breadcrumb
