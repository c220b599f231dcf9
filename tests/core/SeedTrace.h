#pragma once
// The seed document's example program (example 04) as a hand-built trace with round numbers, so every
// figure the tests check can be worked out by hand. Two runs: 1 = before the optimisation, 2 = after.
//
// Run 1 (start kT0), all in one thread, main at t = 0 ms lasting 2100 ms:
//   fast_function x5 at t = 1..5, 0.01 ms each
//   very_slow_function at 10, 500.2 ms
//   process_data at 520, 300.5 ms -> slow_function x3 of 100.1 ms (children 300.3, self 0.2)
//   redundant_computation at 830, 1000.5 ms -> slow_function x10: 99.8, 100.2 and 8 x 100.025 (1000.2)
//   inefficient_loop at 1840, 123.4 ms; wasteful_string_concat at 1970, 45.6 ms
// Run 2 (start kT0 + 10 s): main 200 ms -> cached_computation 100.1 ms -> slow_function 100.0 ms;
//   fast_function 0.01 ms raising ValueError (escaped), caught by main.

#include <cstdint>
#include <map>
#include <string>

inline constexpr std::int64_t kT0 = 1'795'516'245'123'000'000; // 2026-11-24T10:30:45.123 UTC

void buildSeedTrace(const std::string& path);

// The seed document's queries by name, character for character, from tests/seed_queries.sql (the one
// copy every test runs).
std::map<std::string, std::string> loadSeedQueries();
