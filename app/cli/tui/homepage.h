// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tuipage.h"

#include <QPointer>

namespace beamtop::tui {

class ProcessList;

// The first page: what the node is and how it is doing at a glance (name, OTP release, uptime,
// processes and ports against their limits, memory, run queue, scheduler utilisation with its
// recent history), and the top processes by memory, or by reductions per second, filling the
// rest of the screen. Enter shows the selected process's details.
class HomePage : public TuiPage
{
    Q_OBJECT
public:
    explicit HomePage(TuiScreen *screen);

    char key() const override { return '1'; }
    QString title() const override { return tr("Home"); }
    void setSession(NodeSession *session) override;
    void render(Terminal &t, const QRect &area) override;
    bool handleKey(const Key &key) override;
    QVector<QPair<QString, QString>> keyHelp() const override;
    QString hint() const override;

    // The top processes by reductions per second (true) or by memory.
    void setByReductions(bool on);
    ProcessList *list() const { return m_list; }

protected:
    void shown() override;

private:
    int renderSummary(Terminal &t, const QRect &area); // returns the rows used

    ProcessList *m_list;
    QPointer<NodeSession> m_watched;
    bool m_byReductions = false;
};

} // namespace beamtop::tui
