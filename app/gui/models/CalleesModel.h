#pragma once
// What the selected function calls: time of each callee's calls made from it.

#include "CallerCalleeModel.h"

namespace breadcrumb::gui {

class CalleesModel : public CallerCalleeModel
{
    Q_OBJECT

public:
    explicit CalleesModel(QObject* parent = nullptr);

protected:
    std::vector<CallerCalleeEntry> entries(const RunData& run, std::uint32_t function,
                                           const CallerCalleeIndex* index) const override;
    QString nameHeader() const override;
    QString totalToolTip() const override;
};

} // namespace breadcrumb::gui
