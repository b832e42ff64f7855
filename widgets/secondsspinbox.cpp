// SPDX-License-Identifier: GPL-3.0-or-later
#include "secondsspinbox.h"

#include <QLocale>

namespace beamtop {

SecondsSpinBox::SecondsSpinBox(QWidget *parent) : QDoubleSpinBox(parent)
{
    setDecimals(3);
    setSuffix(tr(" s"));
}

void SecondsSpinBox::setRangeMs(int minMs, int maxMs)
{
    setRange(minMs / 1000.0, maxMs / 1000.0);
}

int SecondsSpinBox::valueMs() const
{
    return qRound(value() * 1000);
}

void SecondsSpinBox::setValueMs(int ms)
{
    setValue(ms / 1000.0);
}

QString SecondsSpinBox::textFromValue(double value) const
{
    QString text = locale().toString(value, 'f', decimals());
    if (!isGroupSeparatorShown())
        text.remove(locale().groupSeparator());
    const QString point = locale().decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(locale().zeroDigit()))
            text.chop(locale().zeroDigit().size());
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

} // namespace beamtop
