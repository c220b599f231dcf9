#pragma once
// A random-access iterator that is a position in something read by index (CallList's calls, a function's
// durations spread over blocks): `At` turns a position into the element, the iterator does the arithmetic.
// One home for the boilerplate the standard algorithms need (std::nth_element, std::lower_bound, ...).

#include <cstddef>
#include <iterator>
#include <type_traits>
#include <utility>

namespace breadcrumb {

// At: a copyable callable, `reference At::operator()(std::ptrdiff_t) const`.
template <typename At> class IndexIterator
{
public:
    using iterator_category = std::random_access_iterator_tag;
    using difference_type = std::ptrdiff_t;
    using reference = decltype(std::declval<const At&>()(difference_type{}));
    using value_type = std::remove_cvref_t<reference>;
    using pointer = void;

    IndexIterator() = default;
    IndexIterator(At at, difference_type i) : m_at(std::move(at)), m_i(i) {}

    reference operator*() const { return m_at(m_i); }
    reference operator[](difference_type n) const { return m_at(m_i + n); }
    IndexIterator& operator++()
    {
        ++m_i;
        return *this;
    }
    IndexIterator operator++(int)
    {
        auto old = *this;
        ++m_i;
        return old;
    }
    IndexIterator& operator--()
    {
        --m_i;
        return *this;
    }
    IndexIterator operator--(int)
    {
        auto old = *this;
        --m_i;
        return old;
    }
    IndexIterator& operator+=(difference_type n)
    {
        m_i += n;
        return *this;
    }
    IndexIterator& operator-=(difference_type n)
    {
        m_i -= n;
        return *this;
    }
    friend IndexIterator operator+(IndexIterator it, difference_type n) { return it += n; }
    friend IndexIterator operator+(difference_type n, IndexIterator it) { return it += n; }
    friend IndexIterator operator-(IndexIterator it, difference_type n) { return it -= n; }
    friend difference_type operator-(const IndexIterator& a, const IndexIterator& b) { return a.m_i - b.m_i; }
    friend bool operator==(const IndexIterator& a, const IndexIterator& b) { return a.m_i == b.m_i; }
    friend auto operator<=>(const IndexIterator& a, const IndexIterator& b) { return a.m_i <=> b.m_i; }

private:
    At m_at{};
    difference_type m_i = 0;
};

} // namespace breadcrumb
