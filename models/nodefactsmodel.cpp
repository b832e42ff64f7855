// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodefactsmodel.h"

#include "collect/systemsample.h"
#include "format.h"

namespace beamtop {

NodeFactsModel::NodeFactsModel(QObject *parent) : RowTableModel(ColumnCount, parent) {}

QString NodeFactsModel::headerText(int column) const
{
    switch (Column(column)) {
    case Name: return tr("Fact");
    case Value: return tr("Value");
    case ColumnCount: break;
    }
    return {};
}

bool NodeFactsModel::isMetricColumn(int) const
{
    return false;
}

Qt::Alignment NodeFactsModel::columnAlignment(int) const
{
    return Qt::AlignLeft; // facts read as sentences, not columns of figures
}

void NodeFactsModel::setSample(const SystemSample &s)
{
    QVector<Row> rows;
    auto add = [&](const QString &key, const QString &name, const QString &text, const QVariant &raw,
                   const QString &exact = {}) {
        Row r;
        r.key = key;
        r.cells = {Cell{name, name, {}}, Cell{text, raw, exact}};
        rows.append(r);
    };
    auto text = [&](const QString &key, const QString &name, const QString &value) {
        add(key, name, value.isEmpty() ? QStringLiteral("—") : value, value);
    };
    auto number = [&](const QString &key, const QString &name, qint64 v) {
        add(key, name, Format::count(v), v);
    };

    text(QStringLiteral("node"), tr("Node"), s.node);
    text(QStringLiteral("otp_release"), tr("OTP release"), s.otpRelease);
    text(QStringLiteral("erts_version"), tr("ERTS version"), s.ertsVersion);
    if (!s.elixirVersion.isEmpty())
        text(QStringLiteral("elixir_version"), tr("Elixir version"), s.elixirVersion);
    add(QStringLiteral("uptime"), tr("Uptime"), Format::duration(s.uptimeMs), s.uptimeMs,
        tr("%1 (%2 ms)").arg(Format::exactDuration(s.uptimeMs), Format::count(s.uptimeMs)));
    QStringList os;
    for (const QString &part : {s.osFamily, s.osName, s.osVersion}) {
        if (!part.isEmpty())
            os << part;
    }
    text(QStringLiteral("os"), tr("Operating system"), os.join(QLatin1Char(' ')));
    text(QStringLiteral("architecture"), tr("Architecture"), s.systemArchitecture);
    add(QStringLiteral("wordsize"), tr("Word size"), tr("%1 bytes (%2-bit)").arg(s.wordsize).arg(s.wordsize * 8),
        s.wordsize);
    {
        QString t = Format::count(s.logicalProcessors);
        QStringList detail;
        if (s.logicalProcessorsOnline > 0)
            detail << tr("%1 online").arg(Format::count(s.logicalProcessorsOnline));
        if (s.logicalProcessorsAvailable > 0)
            detail << tr("%1 available").arg(Format::count(s.logicalProcessorsAvailable));
        if (!detail.isEmpty())
            t += QStringLiteral(" (") + detail.join(QStringLiteral(", ")) + QLatin1Char(')');
        add(QStringLiteral("logical_processors"), tr("Logical processors"), t, s.logicalProcessors);
    }
    add(QStringLiteral("schedulers"), tr("Schedulers"),
        tr("%1 of %2 online").arg(Format::count(s.schedulersOnline), Format::count(s.schedulers)), s.schedulersOnline,
        tr("%1 schedulers, %2 online").arg(s.schedulers).arg(s.schedulersOnline));
    add(QStringLiteral("dirty_schedulers"), tr("Dirty schedulers"),
        tr("%1 CPU (%2 online), %3 I/O")
            .arg(Format::count(s.dirtyCpuSchedulers), Format::count(s.dirtyCpuSchedulersOnline),
                 Format::count(s.dirtyIoSchedulers)),
        s.dirtyCpuSchedulersOnline + s.dirtyIoSchedulers);
    number(QStringLiteral("async_threads"), tr("Async threads"), s.asyncThreads);
    add(QStringLiteral("kernel_poll"), tr("Kernel poll"), s.kernelPoll ? tr("yes") : tr("no"), s.kernelPoll);
    number(QStringLiteral("connected_nodes"), tr("Connected nodes"), s.connectedNodes);
    applyRows(std::move(rows));
}

} // namespace beamtop
