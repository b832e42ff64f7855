// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/nodesession.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class QLabel;
class QStackedLayout;

namespace beamtop {

// One view of the main window (System, Processes, ...). Pages are made by the registry
// (pageregistry.h), get the current session, and show what its collectors deliver; a page
// that needs a feed the session fetches only on demand subscribes to it while it is shown.
// Pages never fetch or call the node. When the data on screen is older than the link (the
// node dropped), the page is greyed out but stays readable and copyable.
class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(QWidget *parent = nullptr);

    // nullptr: no node. A session to another node clears what the page shows.
    virtual void setSession(NodeSession *session) = 0;
    // Text for Ctrl+C when no table in the page has the focus: the whole page, exact values.
    virtual QString copyText() const = 0;

    void setStale(bool stale);
    bool isStale() const { return m_stale; }

protected:
    virtual void staleChanged(bool stale) { Q_UNUSED(stale) }
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

    // The feeds this page needs while it is shown (set once, in the constructor), and the
    // session they come from (call from setSession): the page is subscribed while it is shown
    // and has a session, unsubscribed otherwise.
    void setFeeds(const QVector<NodeSession::Feed> &feeds) { m_feeds = feeds; }
    void followSession(NodeSession *session);

    // The page's body, with a centred "not connected" message in its place until
    // showBody(true). notConnected empty: the usual "connect to a node" text. scrolling wraps
    // the body in a frameless scroll area.
    void setBody(QWidget *body, bool scrolling, const QString &notConnected = {});
    void showBody(bool shown);

private:
    void applyStalePalette();
    void subscribe(bool on);

    QVector<NodeSession::Feed> m_feeds;
    QPointer<NodeSession> m_feedSession;

    QLabel *m_notConnected = nullptr;
    QStackedLayout *m_bodyStack = nullptr;

    bool m_stale = false;
    bool m_applying = false;
};

} // namespace beamtop
