// SPDX-License-Identifier: GPL-3.0-or-later
#include "etsdetailshtml.h"

#include "detailshtml.h"
#include "etstablemodel.h"
#include "format.h"
#include "processdetailshtml.h"

#include <QLocale>

namespace beamtop {

namespace {

using namespace DetailsHtml;

QString orNone(const QString &s)
{
    return esc(s.isEmpty() ? QStringLiteral("—") : s);
}

} // namespace

EtsDetailsHtml::EtsDetailsHtml(const TermFormatter &formatter) : m_formatter(formatter) {}

QString EtsDetailsHtml::process(const Term &pid, const QString &name) const
{
    if (!pid.isPid())
        return esc(tr("none"));
    const QString text = m_formatter.format(pid);
    const QString shown = name.isEmpty() || name == text ? text : name + QLatin1Char(' ') + text;
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(ProcessDetailsHtml::href(pid).toHtmlEscaped(), esc(shown));
}

QString EtsDetailsHtml::info(const EtsRow &r, const QDateTime &deletedAt) const
{
    QString h;
    if (deletedAt.isValid()) {
        const QString at = QLocale().toString(deletedAt.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
        h += paragraph(r.type.isEmpty() ? tr("Deleted at %1, before anything could be read of it.").arg(at)
                                        : tr("Deleted at %1; the last data read is shown.").arg(at));
    }
    const bool known = !r.type.isEmpty(); // a table read at least once
    auto flag = [&](bool on) { return known ? esc(EtsTableModel::flagText(on)) : orNone({}); };
    h += tableStart();
    h += row(tr("Table"), esc(r.idText));
    h += row(tr("Name"), orNone(r.name));
    h += row(tr("Named"), known ? esc(r.named ? tr("yes: reached by its name") : tr("no: reached by its id")) : orNone({}));
    h += row(tr("Type"), orNone(r.type));
    h += row(tr("Protection"), orNone(r.protection));
    if (r.protection == QLatin1String("private"))
        h += row({}, esc(tr("Only the owner process can read its rows.")));
    h += row(tr("Rows"), r.size >= 0 ? esc(QLocale().toString(r.size)) : orNone({}));
    h += row(tr("Memory"), r.memory >= 0 ? bytes(r.memory) : orNone({}));
    if (r.hasSizeRate())
        h += row(tr("Rows/s"), esc(EtsTableModel::rateText(EtsQuery::Sort::Size, r.sizePerS)));
    if (r.hasMemoryRate())
        h += row(tr("Memory/s"), esc(EtsTableModel::rateText(EtsQuery::Sort::Memory, r.memoryPerS)));
    h += QStringLiteral("</table>");
    h += section(tr("Processes"));
    h += tableStart();
    h += row(tr("Owner"), known ? process(r.owner, r.ownerText(m_formatter)) : orNone({}));
    h += row(tr("Heir"), known ? process(r.heir, {}) : orNone({}));
    h += QStringLiteral("</table>");
    h += section(tr("Options"));
    h += tableStart();
    h += row(QStringLiteral("keypos"), r.keypos > 0 ? esc(QString::number(r.keypos)) : orNone({}));
    h += row(QStringLiteral("read_concurrency"), flag(r.readConcurrency));
    h += row(QStringLiteral("write_concurrency"), orNone(EtsTableModel::writeConcurrencyText(r.writeConcurrency)));
    h += row(QStringLiteral("decentralized_counters"), flag(r.decentralizedCounters));
    h += row(QStringLiteral("compressed"), flag(r.compressed));
    h += row(QStringLiteral("fixed"), flag(r.fixed));
    h += QStringLiteral("</table>");
    return h;
}

} // namespace beamtop
