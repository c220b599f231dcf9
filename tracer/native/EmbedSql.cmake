# Writes a header holding schema.sql and indexes.sql as raw string literals.
file(READ ${SCHEMA} schema)
file(READ ${INDEXES} indexes)
file(WRITE ${OUT} "// Generated from tracer/schema.sql and tracer/indexes.sql; do not edit.\n#pragma once\n"
     "namespace breadcrumb {\n"
     "inline constexpr const char *kSchemaSql = R\"BCSQL(${schema})BCSQL\";\n"
     "inline constexpr const char *kIndexesSql = R\"BCSQL(${indexes})BCSQL\";\n"
     "}\n")
