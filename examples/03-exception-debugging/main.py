"""Breadcrumb Example 3: Exception Debugging.

The usual bugs, each caught so the program goes on; the trace keeps every one of them with its
type, message, traceback and the call it escaped from.

    breadcrumb run examples/03-exception-debugging/main.py
    breadcrumb exceptions
    breadcrumb query "SELECT function_name, exception_type, exception_message FROM events
                      WHERE exception_type IS NOT NULL"
"""

import sys


class InsufficientFundsError(Exception):
    """A custom exception of the application."""

    def __init__(self, balance, amount):
        super().__init__("balance %.2f is less than %.2f" % (balance, amount))
        self.balance = balance
        self.amount = amount


def get_config_value(config, key):
    return config[key]                       # KeyError


def average(values):
    return sum(values) / len(values)         # ZeroDivisionError for []


def user_display_name(user):
    return user["first"] + " " + user["last"]  # TypeError when user is None


def third_item(items):
    return items[2]                          # IndexError


def parse_port(text):
    try:
        return int(text)                     # ValueError ...
    except ValueError as error:
        raise RuntimeError("invalid port %r" % text) from error  # ... re-raised as another


def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFundsError(balance, amount)
    return balance - amount


def retry_once(function, values):
    """Catches the first failure and retries with a default: caught here, not escaped."""
    try:
        return function(values)
    except ZeroDivisionError:
        return function([0])


def attempt(label, function, *args):
    try:
        result = function(*args)
        print("  %-28s ok: %r" % (label, result))
    except Exception as error:
        print("  %-28s %s: %s" % (label, type(error).__name__, error))


def main():
    print("=" * 60)
    print("Breadcrumb Example 3: Exception Debugging")
    print("=" * 60)
    attempt("missing config key", get_config_value, {"host": "localhost"}, "port")
    attempt("average of nothing", average, [])
    attempt("name of a missing user", user_display_name, None)
    attempt("third of two items", third_item, [1, 2])
    attempt("bad port (re-raised)", parse_port, "80a")
    attempt("withdraw too much", withdraw, 50.0, 80.0)
    attempt("withdraw a little", withdraw, 50.0, 20.0)
    attempt("retry after failure", retry_once, average, [])
    return 0


if __name__ == "__main__":
    sys.exit(main())
