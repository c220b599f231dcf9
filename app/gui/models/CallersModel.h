#pragma once
// Who calls the selected function: time of its calls made from each caller.

#include "CallerCalleeModel.h"

namespace breadcrumb::gui {

class CallersModel : public CallerCalleeModel
{
    Q_OBJECT

public:
    explicit CallersModel(QObject* parent = nullptr);

protected:
    std::vector<CallerCalleeEntry> entries(const RunData& run, std::uint32_t function,
                                           const CallerCalleeIndex* index) const override;
    QString nameHeader() const override;
    QString totalToolTip() const override;
};

} // namespace breadcrumb::gui
