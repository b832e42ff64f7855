// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterpanel.h"

#include "clustermodel.h"
#include "itemtableview.h"
#include "mainwindow.h"
#include "collect/clustercollector.h"
#include "session/nodesession.h"
#include "profilelauncher.h"
#include "profiles/profilestore.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace beamtop {

ClusterPanel::ClusterPanel(QWidget *parent) : Page(parent), m_model(new ClusterModel(this))
{
    setFeeds({NodeSession::Feed::Cluster});
    m_table = new ItemTableView(this);
    m_table->setObjectName(QStringLiteral("clusterTable"));
    m_table->setSourceModel(m_model, true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this] { connectToNode(selectedNode()); });
    auto *enter = new QAction(tr("Connect"), m_table);
    enter->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    enter->setShortcutContext(Qt::WidgetShortcut);
    connect(enter, &QAction::triggered, this, [this] { connectToNode(selectedNode()); });
    m_table->addAction(enter);

    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_connect = new QPushButton(tr("&Connect in a New Window"), this);
    m_connect->setObjectName(QStringLiteral("clusterConnect"));
    m_connect->setToolTip(tr("Observe the selected node too (Enter, or double-click): through its saved profile, "
                             "else with this node's cookie"));
    m_connect->setEnabled(false);
    connect(m_connect, &QPushButton::clicked, this, [this] { connectToNode(selectedNode()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_connect->setEnabled(!selectedNode().isEmpty()); });

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 12, 12, 12);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_connect);
    layout->addLayout(top);
    layout->addWidget(m_hint);
    layout->addWidget(m_table);
    layout->addStretch(1);

    setBody(content, false, tr("Not connected.\n\nOnce connected, this page lists the nodes that node is connected to."));
}

void ClusterPanel::setSession(NodeSession *session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->cluster(), nullptr, this, nullptr);
    }
    const bool sameNode = m_session && session && m_session->nodeName() == session->nodeName();
    m_session = session;
    m_error.clear();
    if (!sameNode)
        m_model->clear();
    if (session) {
        connect(session, &NodeSession::stateChanged, this, &ClusterPanel::showState);
        connect(session->cluster(), &ClusterCollector::sampleReady, this, &ClusterPanel::onSample);
        connect(session->cluster(), &ClusterCollector::failed, this, [this](const QString &error) {
            m_error = error;
            showState();
        });
    }
    followSession(session);
    showState();
}

void ClusterPanel::staleChanged(bool)
{
    showState();
}

void ClusterPanel::showState()
{
    showBody(m_session);
    if (!m_session)
        return;
    const QString node = m_session->nodeName();
    m_title->setText(tr("Nodes %1 is connected to").arg(node));
    if (!m_error.isEmpty()) {
        m_hint->setText(tr("Could not read the list: %1").arg(m_error));
        return;
    }
    const int n = m_model->rowCount();
    if (!m_session->isLive() && n == 0) {
        m_hint->setText(tr("Waiting for %1…").arg(node));
        return;
    }
    m_hint->setText(n == 0 ? tr("%1 is not connected to any other node (Beamtop itself aside).").arg(node)
                    : n >= MaxNodes ? tr("The first %1 nodes, by name.").arg(MaxNodes)
                                    : tr("Double-click a node, or select it and press Enter, to observe it too."));
}

QString ClusterPanel::selectedNode() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(RowTableModel::KeyRole).toString();
}

void ClusterPanel::connectToNode(const QString &node)
{
    if (node.isEmpty())
        return;
    emit connectRequested(node);
    if (auto *w = qobject_cast<MainWindow *>(window()))
        ProfileLauncher::launchClusterNode(w, m_session, node);
}

void ClusterPanel::onSample(const ClusterSample &sample)
{
    m_error.clear();
    const QString self = m_session ? m_session->client()->info().selfNode : QString();
    const QVector<Profile> profiles = ProfileStore().profiles();
    QVector<ClusterNode> nodes;
    auto add = [&](const QStringList &names, bool hidden) {
        for (const QString &name : names) {
            if (name.isEmpty() || name == self || nodes.size() >= MaxNodes)
                continue;
            ClusterNode n{name, hidden, {}};
            for (const Profile &p : profiles) {
                NodeName a, b;
                if (NodeName::parse(p.node, &a, nullptr) && NodeName::parse(name, &b, nullptr) && a.alive == b.alive
                    && a.host.compare(b.host, Qt::CaseInsensitive) == 0) {
                    n.profile = p.name;
                    break;
                }
            }
            nodes.append(n);
        }
    };
    add(sample.visible, false);
    add(sample.hidden, true);
    std::stable_sort(nodes.begin(), nodes.end(), [](const ClusterNode &a, const ClusterNode &b) {
        return a.hidden != b.hidden ? !a.hidden : a.node < b.node;
    });
    m_model->setNodes(nodes);
    showState();
    emit nodesUpdated();
}

QString ClusterPanel::copyText() const
{
    return m_table->allText();
}

} // namespace beamtop
