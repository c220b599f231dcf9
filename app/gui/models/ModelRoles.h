#pragma once
// Item data roles shared by the viewer's models: views sort by SortRole (raw numbers, not the text) and
// navigate by FunctionRole / CallRole / NodeRole.

#include <Qt>

namespace breadcrumb::gui {

enum ModelRole
{
    SortRole = Qt::UserRole + 1, // qlonglong / double / QString
    FunctionRole,                // int: index into RunData::functions, -1 when none
    CallRole,                    // int: index into RunData::calls, -1 when none
    NodeRole,                    // uint: CallTree node index
    ExceptionRole,               // int: index into RunData::exceptions
};

} // namespace breadcrumb::gui
