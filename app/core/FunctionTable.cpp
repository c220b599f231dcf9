#include "FunctionTable.h"

#include "SqliteStatement.h"
#include "TextLimits.h"

namespace breadcrumb {

std::vector<FunctionInfo> readFunctionTable(sqlite3* db)
{
    std::vector<FunctionInfo> functions;
    SqliteStatement s(
        db, "SELECT function_id, name, module, file, line, kind FROM functions ORDER BY function_id");
    while (s.step())
        functions.push_back({s.int64(0), capped(s.textView(1), kMaxNameBytes),
                             capped(s.textView(2), kMaxNameBytes), capped(s.textView(3), kMaxPathBytes),
                             static_cast<int>(s.int64(4)), capped(s.textView(5), kMaxNameBytes)});
    return functions;
}

} // namespace breadcrumb
