// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/tablecontents.h"

#include <QPointer>
#include <QWidget>

namespace beamtop {

class NodeSession;
class NoticeBar;
class TableContentsView;

// One table's contents in a window of its own, titled "<table> — <node>": a TableContentsView
// and a banner while the connection is down. Several may be open (one per table: WindowSet);
// none is modal. It closes with the session it reads from.
class TableContentsWindow : public QWidget
{
    Q_OBJECT
public:
    TableContentsWindow(NodeSession *session, TableBrowser::Source source, const Term &table, QWidget *parent = nullptr);

    TableContentsView *contents() const { return m_view; }
    // The key a WindowSet keeps this table's window under.
    static QString keyFor(TableBrowser::Source source, const Term &table);

private:
    QPointer<NodeSession> m_session;
    NoticeBar *m_banner;
    TableContentsView *m_view;
};

} // namespace beamtop
