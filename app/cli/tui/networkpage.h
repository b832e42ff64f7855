// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tuipage.h"
#include "tuitable.h"

#include "collect/distsample.h"
#include "rankedrows.h"

#include "collect/portcollector.h"
#include "collect/portranking.h"

namespace beamtop {
class DistModel;
class PortTableModel;
} // namespace beamtop

namespace beamtop::tui {

// Every port and socket of the node, ranked by the node (I/O, received, sent, queue, memory;
// absolute or over the sliding window; a type; filtered on the node), and below it the
// distribution links with their traffic and output queues: the desktop's Network page in a
// terminal, on the same feeds and models (PortTableModel, DistModel). Only the ports on
// screen are asked for. d moves the arrows between the two tables.
class NetworkPage : public TuiPage
{
    Q_OBJECT
public:
    explicit NetworkPage(TuiScreen *screen);

    char key() const override { return '5'; }
    QString title() const override { return tr("Network"); }
    void setSession(NodeSession *session) override;
    void render(Terminal &t, const QRect &area) override;
    bool handleKey(const Key &key) override;
    QVector<QPair<QString, QString>> keyHelp() const override;
    QString hint() const override;

    PortTableModel *model() const { return m_model; }
    DistModel *distModel() const { return m_dist; }

protected:
    void shown() override;

private:
    void setRanking(PortQuery::Sort sort, PortQuery::Mode mode, const QString &type, const QString &filter);
    void updateQuery(bool now = false);
    void updateColumns();
    void onDist(const DistSample &sample);
    QString distText() const;
    void clearShown();

    PortTableModel *m_model;
    RankedRows<PortCollector, PortTableModel> m_rows;
    DistModel *m_dist;
    TuiTable m_table;
    TuiTable m_distTable;
    bool m_distFocus = false; // the arrows move in the distribution table
    PortQuery::Sort m_sort = PortQuery::Sort::Io;
    PortQuery::Mode m_mode = PortQuery::Mode::Absolute;
    QString m_type;
    QString m_filter;
    QString m_distError;
    QString m_shownNode;
    DistSample m_lastDist;
    bool m_hasDist = false;
};

} // namespace beamtop::tui
