// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <vector>

class QTextStream;

namespace beamtop {

class NodeSession;
class SnapshotSection;

// The beamtop.snapshot/1 document of a session, one per tick of the session: every view's
// section (system, schedulers, processes, ...) in one document, as JSON for scripts or as
// text for people. A view adds its section with one line in snapshotsections.cpp; nothing
// that prints snapshots (beamtop-cli) changes for it.
//
// A snapshot begins at a tick and is ready once every section has that tick's data; a tick
// that comes while one is still being put together adds nothing (its data may complete it).
// Sections that are still waiting after the timeout give up with what they have (a ranking
// not complete yet); a section that cannot be made at all fails the snapshot.
class SnapshotAssembler : public QObject
{
    Q_OBJECT
public:
    using Factory = SnapshotSection *(*)(NodeSession *session, QObject *parent);
    // Every section, in the order of the text (snapshotsections.cpp).
    static const std::vector<Factory> &sections();

    explicit SnapshotAssembler(NodeSession *session, QObject *parent = nullptr);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Call once the session is live, before its first tick: from then on one snapshot per tick.
    void start();

    // The last snapshot that was ready.
    QJsonObject document() const;
    void writeText(QTextStream &out) const;
    // How long the last snapshot took to put together.
    qint64 elapsedMs() const { return m_tookMs; }

signals:
    void snapshotReady();
    void failed(const QString &error);

private:
    void begin();
    void sectionReady();

    NodeSession *m_session;
    std::vector<SnapshotSection *> m_sections;
    QTimer m_timeout;
    QElapsedTimer m_clock;
    int m_timeoutMs = 5000;
    qint64 m_tookMs = 0;
    bool m_inProgress = false;
};

} // namespace beamtop
