#include "CalleesModel.h"

namespace breadcrumb::gui {

CalleesModel::CalleesModel(QObject* parent) : CallerCalleeModel(parent) {}

std::vector<CallerCalleeEntry> CalleesModel::entries(const RunData& run, std::uint32_t function,
                                                     const CallerCalleeIndex* index) const
{
    return index ? index->callees(run, function) : CallerCallee::callees(run, function);
}

QString CalleesModel::nameHeader() const
{
    return tr("Callee");
}

QString CalleesModel::totalToolTip() const
{
    return tr("The callee's inclusive time when called from the selected function (on the stack, a recursion "
              "counted once)");
}

} // namespace breadcrumb::gui
