// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tuipage.h"

#include <QPointer>

namespace beamtop {
class HistoryStore;
class SchedulerModel;
struct SchedulerSample;
} // namespace beamtop

namespace beamtop::tui {

// How loaded the node is, now and over the recent past (the desktop's Load page in a
// terminal): a bar per scheduler from the same SchedulerModel (a heat strip per scheduler type
// when there are more than the screen holds), how balanced they are, and sparklines of the
// session's history (utilisation, run queue, reductions, processes, memory, I/O, garbage
// collection), each with its current value and its peak over what the line shows. The history
// is recorded whatever page is shown; this page only draws it.
class LoadPage : public TuiPage
{
    Q_OBJECT
public:
    explicit LoadPage(TuiScreen *screen);

    char key() const override { return '3'; }
    QString title() const override { return tr("Load"); }
    void setSession(NodeSession *session) override;
    void render(Terminal &t, const QRect &area) override;

    SchedulerModel *schedulerModel() const { return m_schedulers; }

    // The last count values of a metric of store (each the greatest of its frame, so peaks
    // stay), oldest first; NaN where there is none. Empty when the store lacks the metric.
    // intervalMs: the refresh interval, so only the frames near the end are read.
    static QVector<double> recent(const HistoryStore &store, const QString &key, int count, int intervalMs);

private:
    void onSchedulers(const SchedulerSample &sample);
    QStringList summaryParts() const;
    int renderSchedulers(Terminal &t, const QRect &area); // returns the rows used
    int schedulerRows(int columns) const; // with the bars in this many columns
    void renderHistory(Terminal &t, const QRect &area);

    QPointer<NodeSession> m_watched;
    SchedulerModel *m_schedulers;
    QString m_schedulerError;
};

} // namespace beamtop::tui
