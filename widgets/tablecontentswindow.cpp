// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablecontentswindow.h"

#include "noticebar.h"
#include "tablecontentsview.h"

#include "session/nodesession.h"

#include <QVBoxLayout>

namespace beamtop {

TableContentsWindow::TableContentsWindow(NodeSession *session, TableBrowser::Source source, const Term &table, QWidget *parent)
    : QWidget(parent, Qt::Window), m_session(session)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("tableContentsWindow"));
    m_banner = new NoticeBar(this);
    m_banner->setObjectName(QStringLiteral("contentsBanner"));
    m_view = new TableContentsView(session, source, table, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    const QString node = session->nodeName();
    setWindowTitle(source == TableBrowser::Source::Mnesia ? tr("Mnesia table %1 — %2").arg(m_view->tableText(), node)
                                                          : tr("ETS table %1 — %2").arg(m_view->tableText(), node));
    resize(820, 600);
    connect(session, &NodeSession::stateChanged, this, [this, node](NodeSession::State s) {
        if (s == NodeSession::State::Reconnecting)
            m_banner->showNotice(NoticeBar::Kind::Warning,
                                 tr("The connection to %1 is down; the rows shown are those read before.").arg(node));
        else if (s == NodeSession::State::Live)
            m_banner->clear();
        else if (s == NodeSession::State::Closing || s == NodeSession::State::Disconnected)
            close(); // the session this window reads from is going
    });
    connect(session, &QObject::destroyed, this, &QWidget::close);
}

QString TableContentsWindow::keyFor(TableBrowser::Source source, const Term &table)
{
    const QString text = table.isBinary() || table.isAtom() ? table.toText() : TermFormatter().format(table);
    return (source == TableBrowser::Source::Mnesia ? QStringLiteral("mnesia:") : QStringLiteral("ets:")) + text;
}

} // namespace beamtop
