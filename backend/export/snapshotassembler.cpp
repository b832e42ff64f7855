// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotassembler.h"

#include "session/nodesession.h"
#include "snapshotsection.h"

#include <QTextStream>

namespace beamtop {

SnapshotAssembler::SnapshotAssembler(NodeSession *session, QObject *parent) : QObject(parent), m_session(session)
{
    for (const Factory make : sections()) {
        SnapshotSection *s = make(session, this);
        m_sections.push_back(s);
        connect(s, &SnapshotSection::ready, this, &SnapshotAssembler::sectionReady);
        connect(s, &SnapshotSection::failed, this, [this](const QString &error) {
            if (!m_inProgress)
                return;
            m_inProgress = false;
            m_timeout.stop();
            emit failed(error);
        });
    }
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        for (SnapshotSection *s : m_sections)
            if (s->isWaiting())
                s->giveUp();
    });
}

void SnapshotAssembler::start()
{
    for (SnapshotSection *s : m_sections)
        s->start();
    connect(m_session, &NodeSession::refreshed, this, &SnapshotAssembler::begin, Qt::UniqueConnection);
}

void SnapshotAssembler::begin()
{
    if (m_inProgress)
        return;
    m_inProgress = true;
    m_clock.start();
    m_timeout.start(m_timeoutMs);
    for (SnapshotSection *s : m_sections)
        s->begin();
}

void SnapshotAssembler::sectionReady()
{
    if (!m_inProgress)
        return;
    for (const SnapshotSection *s : m_sections)
        if (!s->isReady())
            return;
    m_inProgress = false;
    m_timeout.stop();
    m_tookMs = m_clock.elapsed();
    emit snapshotReady();
}

QJsonObject SnapshotAssembler::document() const
{
    QJsonObject doc;
    const TermFormatter f = m_session->formatter();
    for (const SnapshotSection *s : m_sections)
        s->addTo(&doc, f);
    return doc;
}

void SnapshotAssembler::writeText(QTextStream &out) const
{
    const TermFormatter f = m_session->formatter();
    for (const SnapshotSection *s : m_sections)
        s->writeText(out, f);
}

} // namespace beamtop
