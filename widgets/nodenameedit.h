// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLineEdit>
#include <QTimer>

class QCompleter;
class QStringListModel;

namespace beamtop {

class EpmdClient;
struct EpmdNode;

// The node name field: alive@host, completed from the names EPMD on the typed host reports
// (asynchronously, a moment after typing stops). A bare name completes against this machine.
class NodeNameEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit NodeNameEdit(QWidget *parent = nullptr);
    ~NodeNameEdit() override;

    void setEpmdPort(quint16 port) { m_epmdPort = port; }
    // The host whose names the completer offers, as taken from the text.
    QString hostForLookup() const;
    QStringList suggestions() const;
    // Asks EPMD now instead of after the typing pause.
    void lookUpNow();

    static constexpr int DebounceMs = 300;

signals:
    // After every lookup: what EPMD said, in words (or its error).
    void lookupFinished(const QString &host, const QString &summary, bool ok);

private:
    void onNames(const QString &host, const QVector<EpmdNode> &nodes);

    EpmdClient *m_epmd;
    QCompleter *m_completer;
    QStringListModel *m_names;
    QTimer m_debounce;
    quint16 m_epmdPort;
    QString m_lastHost;
    QDateTime m_lastLookup;
    QString m_pendingHost;
    bool m_offerWhenDone = false; // pop the list up only for lookups the user's typing caused
};

} // namespace beamtop
