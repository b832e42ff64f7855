// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertengine.h"

#include <QString>
#include <QVector>

namespace beamtop {

// The log of fired and resolved alerts for one node, on disk as JSON Lines (one
// AlertEvent::toJson per line), so it survives a restart. Bounded: when the file passes
// maxBytes it becomes <file>.1 (replacing the one before) and a new file starts, so at most
// twice maxBytes is kept. Reading skips lines that are not events (a torn last line, garbage)
// and reads at most the last maxBytes of each file.
class AlertLog
{
public:
    static constexpr qint64 DefaultMaxBytes = 1024 * 1024;

    explicit AlertLog(const QString &fileName, qint64 maxBytes = DefaultMaxBytes);

    // <data dir>/beamtop/alerts/<node>.jsonl, the node's name made safe for a file name. The
    // data dir is XDG_DATA_HOME (~/.local/share) through QStandardPaths.
    static QString defaultFileName(const QString &nodeName);

    QString fileName() const { return m_fileName; }
    // Appends one line (creating the directory); false with *error when the file cannot be
    // written. Rotates first when the file is full.
    bool append(const AlertEvent &event, QString *error = nullptr);
    // The newest events, oldest first, at most max (the rotated file first, then the current).
    QVector<AlertEvent> readRecent(int max = 1000, int *skippedLines = nullptr) const;

private:
    QString m_fileName;
    qint64 m_maxBytes;
};

} // namespace beamtop
