// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDoubleSpinBox>

namespace beamtop {

// A duration in seconds that keeps whole milliseconds: 1.5 s stays 1500 ms after an edit, and
// trailing zeros are not shown ("1.5 s", "0.25 s", "5 s"). Read and set it in milliseconds.
class SecondsSpinBox : public QDoubleSpinBox
{
    Q_OBJECT
public:
    explicit SecondsSpinBox(QWidget *parent = nullptr);

    void setRangeMs(int minMs, int maxMs);
    int valueMs() const;
    void setValueMs(int ms);

    QString textFromValue(double value) const override;
};

} // namespace beamtop
