// An allocator whose value-less construction leaves a trivially constructible
// element uninitialised (default-initialisation) instead of zeroing it, for
// large buffers that are written in full before being read: resizing a
// std::vector<double, DefaultInitAllocator<double>> to millions of elements
// costs neither a pass of zeros over the memory nor touching its pages (they
// are touched where the elements are first written, e.g. by worker threads).
// Construction with a value (push_back, assign, an initializer list) is
// unchanged.
#pragma once

#include <memory>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

namespace ripple {

template <typename T>
class DefaultInitAllocator : public std::allocator<T> {
 public:
  template <typename U>
  struct rebind {
    using other = DefaultInitAllocator<U>;
  };
  DefaultInitAllocator() noexcept = default;
  template <typename U>
  DefaultInitAllocator(const DefaultInitAllocator<U>& other) noexcept : std::allocator<T>(other) {}

  template <typename U>
  void construct(U* place) noexcept(std::is_nothrow_default_constructible_v<U>) {
    ::new (static_cast<void*>(place)) U;
  }
  template <typename U, typename... Args>
  void construct(U* place, Args&&... args) {
    ::new (static_cast<void*>(place)) U(std::forward<Args>(args)...);
  }
};

// Numbers written in full before they are read (see above).
using UninitializedDoubles = std::vector<double, DefaultInitAllocator<double>>;

}  // namespace ripple
