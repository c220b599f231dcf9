"""The seed document's SQL, loaded from tests/seed_queries.sql (the one copy every test runs)."""

import os

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "seed_queries.sql")


def load(path=PATH):
    """{name: sql} for every '-- name: NAME' block of the file."""
    queries, name, lines = {}, None, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("-- name:"):
                if name:
                    queries[name] = "".join(lines).strip("\n") + "\n"
                name, lines = line[len("-- name:"):].split()[0], []
            elif name:
                lines.append(line)
    if name:
        queries[name] = "".join(lines).strip("\n") + "\n"
    return queries


SEED = load()
