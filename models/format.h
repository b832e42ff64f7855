// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace beamtop {

// Numbers for people, in the current default QLocale: sizes in KiB/MiB/GiB, counts with
// thousands separators, durations as "3 d 4 h". Exact forms are for tooltips.
class Format
{
    Q_DECLARE_TR_FUNCTIONS(Format)
public:
    static QString count(qint64 n);
    static QString bytes(qint64 bytes);
    static QString exactBytes(qint64 bytes);            // "13,002,342 bytes"
    static QString perSecond(double perS);              // "1,234/s"
    static QString bytesPerSecond(double bytesPerS);    // "12.4 KiB/s"
    static QString duration(qint64 ms);                 // the two largest units: "3 d 4 h"
    static QString exactDuration(qint64 ms);            // "3 d 04:00:00.250"
    static QString percent(double fraction, int decimals = 1); // 0.123 -> "12.3 %"
};

} // namespace beamtop
