// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "term/termformatter.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

class QTextStream;

namespace beamtop {

class NodeSession;

// One view's part of a snapshot (beamtop.snapshot/1): it follows the session's value types,
// keeps the first of them that comes after a snapshot begins, and writes it into the document
// and as lines for people. It never fetches: the session's tick does, for the feeds the
// section subscribes to in start().
class SnapshotSection : public QObject
{
    Q_OBJECT
public:
    explicit SnapshotSection(NodeSession *session, QObject *parent = nullptr);

    NodeSession *session() const { return m_session; }

    // The session is live and its first tick is about to come: subscribe to what is needed.
    virtual void start() {}
    // A snapshot begins (a tick): what came before belongs to the previous one.
    void begin();
    bool isWaiting() const { return m_waiting; }
    bool isReady() const { return m_ready; }
    // Waited long enough (the assembler's timeout): become ready with what there is, if that
    // makes a section, else stay waiting (failed() will come).
    virtual void giveUp() {}

    // Adds this section's keys to the document.
    virtual void addTo(QJsonObject *doc, const TermFormatter &f) const = 0;
    // The section for people, as "Label   value" lines (line()).
    virtual void writeText(QTextStream &out, const TermFormatter &f) const = 0;

    // "Label" padded to a column, then the value.
    static void line(QTextStream &out, const QString &label, const QString &value);

signals:
    void ready();
    // No snapshot can be made now (the node did not answer): a sentence for people.
    void failed(const QString &error);

protected:
    // The data for this snapshot is in.
    void setReady();
    // Forget the previous snapshot's data.
    virtual void reset() {}

    // The section cannot be made this time, error says why (a sentence for people): it is
    // ready, and writes unavailableJson() and writeUnavailable(). Forgotten when the next
    // snapshot begins.
    virtual void unavailable(const QString &error);
    // unavailable(), with the node's silence as the reason (giveUp).
    void notAnsweredInTime();
    // A view the session reads only with an agent that can (isAvailable): say why at once
    // rather than wait for the timeout, once the other sections have begun this snapshot too.
    // The reason is olderAgent with the agent loaded, reducedMode without.
    void unavailableSoon(std::function<bool()> isAvailable, const QString &olderAgent, const QString &reducedMode);
    bool isUnavailable() const { return !m_error.isEmpty(); }
    const QString &unavailableError() const { return m_error; }
    // {"available": false, "error": ...}
    QJsonObject unavailableJson() const;
    // "Label   unavailable: ..."
    void writeUnavailable(QTextStream &out, const QString &label) const;

private:
    NodeSession *m_session;
    QString m_error;
    bool m_waiting = false;
    bool m_ready = false;
};

} // namespace beamtop
