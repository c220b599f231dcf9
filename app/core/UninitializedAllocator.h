#pragma once
// An allocator whose resize() leaves new elements of trivial types uninitialized instead of zeroing them:
// for columns sized up front and then written row by row (CallStore's placed load), where zeroing first
// wrote every byte once more (1 M calls: 8 % of the seed's self-time query).

#include <memory>
#include <new>
#include <type_traits>
#include <utility>

namespace breadcrumb {

template <typename T> class UninitializedAllocator : public std::allocator<T>
{
public:
    template <typename U> struct rebind
    {
        using other = UninitializedAllocator<U>;
    };
    UninitializedAllocator() = default;
    template <typename U> UninitializedAllocator(const UninitializedAllocator<U>&) noexcept {}

    // Value-initialization (what resize() asks for) becomes default-initialization: nothing, for ints.
    template <typename U> void construct(U* p) noexcept(std::is_nothrow_default_constructible_v<U>)
    {
        ::new (static_cast<void*>(p)) U;
    }
    template <typename U, typename... Args> void construct(U* p, Args&&... args)
    {
        ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
    }
};

} // namespace breadcrumb
