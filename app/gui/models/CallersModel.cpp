#include "CallersModel.h"

namespace breadcrumb::gui {

CallersModel::CallersModel(QObject* parent) : CallerCalleeModel(parent) {}

std::vector<CallerCalleeEntry> CallersModel::entries(const RunData& run, std::uint32_t function) const
{
    return CallerCallee::callers(run, function);
}

QString CallersModel::nameHeader() const
{
    return tr("Caller");
}

} // namespace breadcrumb::gui
