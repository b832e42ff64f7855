#include "snapshotsection.h"

#include <QTextStream>

namespace beamtop {

SnapshotSection::SnapshotSection(NodeSession *session, QObject *parent) : QObject(parent), m_session(session) {}

void SnapshotSection::begin()
{
    m_waiting = true;
    m_ready = false;
    reset();
}

void SnapshotSection::setReady()
{
    if (!m_waiting)
        return;
    m_waiting = false;
    m_ready = true;
    emit ready();
}

void SnapshotSection::line(QTextStream &out, const QString &label, const QString &value)
{
    out << label.leftJustified(22) << value << '\n';
}

} // namespace beamtop
