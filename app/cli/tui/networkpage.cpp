// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkpage.h"

#include "tuiparts.h"
#include "tuiscreen.h"

#include "distmodel.h"
#include "format.h"
#include "porttablemodel.h"

#include "term/term.h"

#include "collect/distcollector.h"
#include "collect/portcollector.h"
#include "session/nodesession.h"

namespace beamtop::tui {

NetworkPage::NetworkPage(TuiScreen *screen)
    : TuiPage(screen), m_model(new PortTableModel(this)), m_rows(this, m_model, &NodeSession::ports),
      m_dist(new DistModel(this))
{
    setFeeds({int(NodeSession::Feed::Ports), int(NodeSession::Feed::Distribution)});
    m_table.setModel(m_model);
    m_distTable.setModel(m_dist);
    m_distTable.setColumns({DistModel::Node, DistModel::InPerS, DistModel::OutPerS, DistModel::Queue, DistModel::Quiet,
                            DistModel::Type, DistModel::Address, DistModel::Received, DistModel::Sent});
    updateColumns();
}

void NetworkPage::clearShown()
{
    m_model->clear();
    m_dist->setSample(DistSample());
    m_lastDist = DistSample();
    m_hasDist = false;
}

void NetworkPage::setSession(NodeSession *s)
{
    if (NodeSession *old = session()) {
        disconnect(old->ports(), nullptr, this, nullptr);
        disconnect(old->distribution(), nullptr, this, nullptr);
    }
    TuiPage::setSession(s);
    m_distError.clear();
    const QString node = s ? s->nodeName() : QString();
    if (!s || node != m_shownNode)
        clearShown(); // another node's links must not stay (RankedRows clears the ports)
    m_shownNode = node;
    if (s) {
        connect(s->ports(), &PortCollector::typesReady, this, [this] { emit changed(); });
        connect(s->distribution(), &DistCollector::sampleReady, this, &NetworkPage::onDist);
        connect(s->distribution(), &DistCollector::failed, this, [this](const QString &error) {
            m_distError = error;
            emit changed();
        });
    }
    m_rows.setSession(s, [this] { updateQuery(true); });
    emit changed();
}

void NetworkPage::shown()
{
    updateQuery(true);
}

void NetworkPage::onDist(const DistSample &sample)
{
    m_distError.clear();
    m_lastDist = sample;
    m_hasDist = true;
    m_dist->setSample(sample);
    emit changed();
}

void NetworkPage::updateColumns()
{
    const int sortColumn = PortTableModel::columnFor(m_sort, m_mode);
    QVector<int> columns{PortTableModel::Id, PortTableModel::Type, sortColumn};
    const QVector<int> rest = m_mode == PortQuery::Mode::Window
        ? QVector<int>{PortTableModel::IoPerS, PortTableModel::RecvPerS, PortTableModel::SendPerS, PortTableModel::QueueSize,
                       PortTableModel::Owner, PortTableModel::Local, PortTableModel::Peer, PortTableModel::State,
                       PortTableModel::Name}
        : QVector<int>{PortTableModel::Io, PortTableModel::QueueSize, PortTableModel::Memory, PortTableModel::Owner,
                       PortTableModel::Local, PortTableModel::Peer, PortTableModel::State, PortTableModel::Name,
                       PortTableModel::RecvOct, PortTableModel::SendOct};
    for (const int c : rest)
        if (!columns.contains(c))
            columns << c;
    m_table.setColumns(columns);
    m_table.setSortColumn(sortColumn);
}

void NetworkPage::setRanking(PortQuery::Sort sort, PortQuery::Mode mode, const QString &type, const QString &filter)
{
    if (sort == m_sort && mode == m_mode && type == m_type && filter == m_filter)
        return;
    m_sort = sort;
    m_mode = mode;
    m_type = type;
    m_filter = filter;
    m_model->setRanking(sort, mode, type, filter);
    updateColumns();
    m_table.setCurrentRow(0);
    updateQuery(true);
    emit changed();
}

void NetworkPage::updateQuery(bool now)
{
    PortQuery q;
    q.sort = m_sort;
    q.mode = m_mode;
    q.type = m_type;
    q.filter = m_filter;
    m_rows.ask(q, m_table, now);
}

QString NetworkPage::distText() const
{
    QStringList parts;
    if (m_hasDist) {
        parts << tr("%Ln connected nodes", nullptr, int(m_lastDist.nodes.size()));
        if (m_lastDist.netTicktime >= 0)
            parts << tr("net_ticktime %1 s").arg(m_lastDist.netTicktime);
        if (m_lastDist.busyLimit > 0)
            parts << tr("busy limit %1").arg(Format::bytes(m_lastDist.busyLimit));
    } else if (m_distError.isEmpty()) {
        parts << tr("reading…");
    }
    if (!m_distError.isEmpty())
        parts << tr("could not be read: %1").arg(m_distError);
    return parts.join(QStringLiteral(" · "));
}

void NetworkPage::render(Terminal &t, const QRect &area)
{
    // The links take what they need up to a third of the page (at least their title, header
    // and one row when there is room); the ports the rest.
    const int distRows = m_dist->rowCount();
    const int distHeight = area.height() >= 12 ? qBound(3, distRows + 2, qMax(3, area.height() / 3)) : 1;
    const int portsBottom = area.bottom() - distHeight;

    // Ports.
    QStringList parts;
    const PortRanking &p = m_model->lastPage();
    const bool filtered = !m_filter.isEmpty() || !m_type.isEmpty();
    if (p.receivedAt.isValid())
        parts << (filtered ? tr("%L1 of %L2 match").arg(p.total).arg(p.count) : tr("%L1 ports and sockets").arg(p.count));
    if (session()) {
        const PortTypeCounts &types = session()->ports()->types();
        if (types.receivedAt.isValid() && types.portLimit > 0)
            parts << tr("%1 of the port limit").arg(Format::percent(double(types.ports) / double(types.portLimit)));
    }
    if (!m_type.isEmpty())
        parts << tr("type: %1").arg(PortTableModel::typeText(m_type));
    if (!m_filter.isEmpty())
        parts << tr("filter: %1").arg(m_filter);
    parts << TuiParts::rankingText(p, m_mode == PortQuery::Mode::Window);
    TuiParts::focusTitleLine(t, area.left(), area.top(), area.width(), tr("Ports"), !m_distFocus, parts);
    int top = area.top() + 1;
    if (!m_rows.error.isEmpty() && top <= portsBottom)
        t.text(area.left(), top++, tr("Could not read the ports: %1").arg(m_rows.error), Role::Warning, area.width());
    const QRect ports(area.left(), top, area.width(), portsBottom - top + 1);
    if (m_model->rowCount() == 0) {
        if (m_rows.error.isEmpty()) {
            const QString empty = p.receivedAt.isValid() ? tr("No port or socket matches.")
                                                         : TuiParts::waitingText(session(), tr("Reading the ports…"));
            TuiParts::paragraph(t, ports, empty);
        }
    } else if (ports.height() > 0) {
        m_table.render(t, ports);
        // Scrolled or resized: ask for the rows now on screen.
        if (m_rows.moved(m_table))
            updateQuery();
    }

    // Distribution.
    const int distTop = portsBottom + 1;
    TuiParts::focusTitleLine(t, area.left(), distTop, area.width(), tr("Distribution"), m_distFocus, {distText()});
    const QRect links(area.left(), distTop + 1, area.width(), area.bottom() - distTop);
    if (links.height() <= 0)
        return;
    if (distRows == 0) {
        if (m_hasDist)
            TuiParts::paragraph(t, links, tr("No other node is connected."));
        return;
    }
    m_distTable.render(t, links);
}

bool NetworkPage::handleKey(const Key &key)
{
    struct SortKey
    {
        char32_t ch;
        PortQuery::Sort sort;
    };
    static const SortKey sorts[] = {{U'I', PortQuery::Sort::Io},        {U'R', PortQuery::Sort::RecvOct},
                                    {U'S', PortQuery::Sort::SendOct},   {U'P', PortQuery::Sort::RecvCnt},
                                    {U'Q', PortQuery::Sort::QueueSize}, {U'M', PortQuery::Sort::Memory}};
    for (const SortKey &s : sorts) {
        if (key.isChar(s.ch)) {
            setRanking(s.sort, m_mode, m_type, m_filter);
            return true;
        }
    }
    if (key.isChar(U'w')) {
        setRanking(m_sort, m_mode == PortQuery::Mode::Window ? PortQuery::Mode::Absolute : PortQuery::Mode::Window, m_type,
                   m_filter);
        return true;
    }
    if (key.isChar(U't')) {
        // Every type, then each in the agent's order.
        const QStringList types = PortQuery::typeNames();
        const int at = types.indexOf(m_type);
        const QString next = at + 1 < types.size() ? types.at(at + 1) : QString();
        setRanking(m_sort, m_mode, next, m_filter);
        return true;
    }
    if (key.isChar(U'/')) {
        screen()->prompt(tr("Filter ports: "), m_filter,
                         [this](const QString &text) { setRanking(m_sort, m_mode, m_type, text.trimmed()); });
        return true;
    }
    if (key.isChar(U'o')) {
        const int row = m_table.currentRow();
        const QModelIndex at = m_model->index(row, 0);
        const Term owner = at.isValid() ? at.data(PortTableModel::OwnerRole).value<Term>() : Term();
        const QString description = at.isValid() ? m_model->index(row, PortTableModel::Owner).data().toString() : QString();
        if (m_distFocus || !TuiParts::openProcess(screen(), session(), owner, description))
            screen()->notice(tr("Select a port with an owner process to see the owner's details."));
        return true;
    }
    if (key.isChar(U'd')) {
        m_distFocus = !m_distFocus;
        emit changed();
        return true;
    }
    if (key.type == Key::Mouse) {
        // A click goes to the table under it, which then takes the arrows.
        if (m_table.handleKey(key)) {
            m_distFocus = false;
            emit changed();
            return true;
        }
        if (m_distTable.handleKey(key)) {
            m_distFocus = true;
            emit changed();
            return true;
        }
        return false;
    }
    if ((m_distFocus ? m_distTable : m_table).handleKey(key)) {
        emit changed();
        return true;
    }
    return false;
}

QVector<QPair<QString, QString>> NetworkPage::keyHelp() const
{
    return {{QStringLiteral("I"), tr("rank ports by I/O (bytes received and sent)")},
            {QStringLiteral("R"), tr("rank by bytes received")},
            {QStringLiteral("S"), tr("rank by bytes sent")},
            {QStringLiteral("P"), tr("rank by packets received")},
            {QStringLiteral("Q"), tr("rank by queue")},
            {QStringLiteral("M"), tr("rank by memory")},
            {QStringLiteral("w"), tr("sliding window: rank by rates")},
            {QStringLiteral("t"), tr("next port type (TCP, UDP, ..., all)")},
            {QStringLiteral("/"), tr("filter on the node")},
            {QStringLiteral("o"), tr("the selected port's owner process")},
            {QStringLiteral("d"), tr("move in the ports or the distribution links")}};
}

QString NetworkPage::hint() const
{
    return tr("I R S P Q M sort · w window · t type · / filter · o owner · d links");
}

} // namespace beamtop::tui
