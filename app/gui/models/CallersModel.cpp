#include "CallersModel.h"

namespace breadcrumb::gui {

CallersModel::CallersModel(QObject* parent) : CallerCalleeModel(parent) {}

std::vector<CallerCalleeEntry> CallersModel::entries(const RunData& run, std::uint32_t function,
                                                     const CallerCalleeIndex* index) const
{
    return index ? index->callers(run, function) : CallerCallee::callers(run, function);
}

QString CallersModel::nameHeader() const
{
    return tr("Caller");
}

QString CallersModel::totalToolTip() const
{
    return tr("The selected function's inclusive time entered from this caller (its recursive calls count in "
              "the outer call, so the callers add up to its Total)");
}

} // namespace breadcrumb::gui
