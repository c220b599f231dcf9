#include "CalleesModel.h"

namespace breadcrumb::gui {

CalleesModel::CalleesModel(QObject* parent) : CallerCalleeModel(parent) {}

std::vector<CallerCalleeEntry> CalleesModel::entries(const RunData& run, std::uint32_t function) const
{
    return CallerCallee::callees(run, function);
}

QString CalleesModel::nameHeader() const
{
    return tr("Callee");
}

} // namespace breadcrumb::gui
