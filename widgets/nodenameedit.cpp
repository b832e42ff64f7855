// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodenameedit.h"

#include "node/epmdclient.h"
#include "node/nodeconnection.h"
#include "node/nodename.h"

#include <QAbstractSocket>
#include <QCompleter>
#include <QStringListModel>

namespace beamtop {

namespace {
constexpr int CacheSeconds = 5;
}

NodeNameEdit::NodeNameEdit(QWidget *parent)
    : QLineEdit(parent), m_epmd(new EpmdClient(this)), m_names(new QStringListModel(this)), m_epmdPort(defaultEpmdPort())
{
    setPlaceholderText(tr("name@host, for example myapp@%1").arg(NodeName::localShortHost()));
    setClearButtonEnabled(true);
    m_completer = new QCompleter(m_names, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    setCompleter(m_completer);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        const QString host = hostForLookup();
        if (host.isEmpty())
            return;
        if (host == m_lastHost && m_lastLookup.isValid() && m_lastLookup.secsTo(QDateTime::currentDateTimeUtc()) < CacheSeconds)
            return;
        lookUpNow();
        m_offerWhenDone = true;
    });
    connect(this, &QLineEdit::textEdited, this, [this] { m_debounce.start(); });
    connect(m_epmd, &EpmdClient::namesReady, this, &NodeNameEdit::onNames);
    connect(m_epmd, &EpmdClient::namesFailed, this, [this](const QString &host, const QString &error) {
        m_lastHost = host;
        m_lastLookup = QDateTime::currentDateTimeUtc();
        m_offerWhenDone = false;
        emit lookupFinished(host, error, false);
    });
}

NodeNameEdit::~NodeNameEdit()
{
    // EpmdClient's socket handlers call back into the client, and they run while ~QObject
    // deletes the socket (a use-after-free under ASan). Silence and delete the sockets while
    // the client is still whole. Remove once EpmdClient cleans up after itself.
    const QList<QAbstractSocket *> sockets = m_epmd->findChildren<QAbstractSocket *>();
    for (QAbstractSocket *s : sockets) {
        s->disconnect();
        delete s;
    }
}

QString NodeNameEdit::hostForLookup() const
{
    const QString t = text().trimmed();
    const int at = t.indexOf(QLatin1Char('@'));
    if (at < 0)
        return NodeName::localShortHost();
    const QString host = t.mid(at + 1);
    return host.contains(QLatin1Char(' ')) ? QString() : host;
}

QStringList NodeNameEdit::suggestions() const
{
    return m_names->stringList();
}

void NodeNameEdit::lookUpNow()
{
    m_debounce.stop();
    const QString host = hostForLookup();
    if (host.isEmpty())
        return;
    m_pendingHost = host;
    m_offerWhenDone = false;
    m_epmd->requestNames(host, m_epmdPort, 2000);
}

void NodeNameEdit::onNames(const QString &host, const QVector<EpmdNode> &nodes)
{
    m_lastHost = host;
    m_lastLookup = QDateTime::currentDateTimeUtc();
    QStringList names;
    for (const EpmdNode &n : nodes)
        names << n.name + QLatin1Char('@') + host;
    names.sort(Qt::CaseInsensitive);
    m_names->setStringList(names);
    const QString summary = names.isEmpty() ? tr("No nodes are registered on %1.").arg(host)
                                            : tr("%n node(s) registered on %1.", nullptr, int(names.size())).arg(host);
    emit lookupFinished(host, summary, true);
    // Offer the fresh names for what is typed now, if the user is still in the field.
    if (m_offerWhenDone && hasFocus() && !names.isEmpty() && !text().isEmpty() && hostForLookup() == host)
        m_completer->complete();
    m_offerWhenDone = false;
}

} // namespace beamtop
