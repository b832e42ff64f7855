// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"

#include <QLocale>

#include <cmath>

namespace beamtop {

QString Format::count(qint64 n)
{
    return QLocale().toString(n);
}

QString Format::bytes(qint64 bytes)
{
    if (bytes < 0)
        return QLocale().toString(bytes);
    if (bytes < 1024)
        return tr("%1 B").arg(bytes);
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString Format::exactBytes(qint64 bytes)
{
    return tr("%1 bytes").arg(QLocale().toString(bytes));
}

QString Format::perSecond(double perS)
{
    const QLocale loc;
    if (perS >= 100 || perS == 0)
        return tr("%1/s").arg(loc.toString(std::llround(perS)));
    return tr("%1/s").arg(loc.toString(perS, 'f', perS >= 10 ? 1 : 2));
}

QString Format::bytesPerSecond(double bytesPerS)
{
    return tr("%1/s").arg(bytes(std::llround(bytesPerS)));
}

QString Format::duration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("—");
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    const qint64 s = ms / 1000;
    const qint64 d = s / 86400, h = (s / 3600) % 24, m = (s / 60) % 60, sec = s % 60;
    if (d > 0)
        return h > 0 ? tr("%1 d %2 h").arg(QLocale().toString(d)).arg(h) : tr("%1 d").arg(QLocale().toString(d));
    if (h > 0)
        return m > 0 ? tr("%1 h %2 min").arg(h).arg(m) : tr("%1 h").arg(h);
    if (m > 0)
        return sec > 0 ? tr("%1 min %2 s").arg(m).arg(sec) : tr("%1 min").arg(m);
    return tr("%1 s").arg(sec);
}

QString Format::exactDuration(qint64 ms)
{
    const qint64 s = ms / 1000;
    const QString clock = QStringLiteral("%1:%2:%3.%4")
                              .arg((s / 3600) % 24, 2, 10, QLatin1Char('0'))
                              .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
                              .arg(s % 60, 2, 10, QLatin1Char('0'))
                              .arg(ms % 1000, 3, 10, QLatin1Char('0'));
    const qint64 d = s / 86400;
    return d > 0 ? tr("%1 d %2").arg(QLocale().toString(d), clock) : clock;
}

QString Format::percent(double fraction, int decimals)
{
    return tr("%1 %").arg(QLocale().toString(fraction * 100.0, 'f', decimals));
}

} // namespace beamtop
