// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page.h"

#include <QPointer>

class QLabel;
class QPushButton;

namespace beamtop {

class ClusterModel;
struct ClusterSample;
class ItemTableView;

// The nodes the observed node is connected to — visible ones (its cluster) and hidden ones
// (observers, C nodes, remote shells) — with one-click connect: through a saved profile for
// that node when there is one, else with this node's cookie and settings, in a window of its
// own. The list comes from the session's cluster feed, fetched each tick while it is shown.
class ClusterPanel : public Page
{
    Q_OBJECT
public:
    static constexpr int MaxNodes = 1000; // a bigger cluster shows its first 1000 names

    explicit ClusterPanel(QWidget *parent = nullptr);

    void setSession(NodeSession *session) override;
    QString copyText() const override;

    ClusterModel *model() const { return m_model; }
    ItemTableView *table() const { return m_table; }
    QString selectedNode() const;
    // Connects to a node of the list (what a double-click, Enter or the button does).
    void connectToNode(const QString &node);

signals:
    void connectRequested(const QString &node);
    void nodesUpdated(); // after each list that arrived

protected:
    void staleChanged(bool stale) override;

private:
    void onSample(const ClusterSample &sample);
    void showState();

    QPointer<NodeSession> m_session;
    ClusterModel *m_model;
    ItemTableView *m_table;
    QLabel *m_title;
    QLabel *m_hint;
    QPushButton *m_connect;
    QString m_error;
};

} // namespace beamtop
