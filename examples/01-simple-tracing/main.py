"""Breadcrumb Example 1: Simple Tracing.

Plain functions, a class with methods, recursion. Trace it:

    breadcrumb run examples/01-simple-tracing/main.py
    breadcrumb query "SELECT function_name, COUNT(*) AS calls FROM events GROUP BY function_name"
    breadcrumb query "SELECT caller_function, COUNT(*) FROM events WHERE function_name = 'fib' GROUP BY 1"
"""

import math
import sys


def greet(name):
    return "Hello, %s!" % name


def add(a, b):
    return a + b


def fib(n):
    """Naive recursion: fib(10) makes 177 calls."""
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


class Shape:
    def __init__(self, name):
        self.name = name

    def describe(self):
        return "%s with area %.2f" % (self.name, self.area())

    def area(self):
        raise NotImplementedError


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side * self.side


class Circle(Shape):
    def __init__(self, radius):
        super().__init__("circle")
        self.radius = radius

    def area(self):
        return math.pi * self.radius ** 2

    @classmethod
    def unit(cls):
        return cls(1.0)

    @staticmethod
    def circumference_of(radius):
        return 2 * math.pi * radius


def total_area(shapes):
    return sum(shape.area() for shape in shapes)


def main():
    print("=" * 60)
    print("Breadcrumb Example 1: Simple Tracing")
    print("=" * 60)
    print(greet("Breadcrumb"))
    print("add(2, 3) =", add(2, 3))
    print("fib(10) =", fib(10))
    print("factorial(6) =", factorial(6))
    shapes = [Square(2), Square(3), Circle(1.5), Circle.unit()]
    for shape in shapes:
        print(" ", shape.describe())
    print("total area = %.2f" % total_area(shapes))
    print("circumference of r=2: %.2f" % Circle.circumference_of(2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
