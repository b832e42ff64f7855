// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace beamtop {

struct RankingStatus;

// The line under a ranked table: what the page says about its rows, and while the node is still
// making its first ranking a bar with how far it got. The parts about the ranking itself (in
// progress, how fresh, rates still being measured) are the same for every ranked kind.
class RankingStatusLine : public QWidget
{
    Q_OBJECT
public:
    // labelName: the text's object name (tests find it).
    explicit RankingStatusLine(const QString &labelName, QWidget *parent = nullptr);

    QString text() const;
    void setParts(const QStringList &parts);
    void showNotConnected();

    // What the ranking's status says, and the bar shown or hidden to match. window: the page
    // ranks by change; sweepTip: "… looked at %L1 of %L2 …" for the bar's tooltip; withSweepTime:
    // says how long a full ranking takes.
    QStringList rankingParts(const RankingStatus &status, bool window, const QString &sweepTip, bool withSweepTime);

private:
    QLabel *m_text;
    QProgressBar *m_sweep;
};

} // namespace beamtop
