// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/allocfindings.h"

#include <QWidget>

class QLabel;

namespace beamtop {

// What the allocator reading says in plain words: one line per finding, worst first, each with
// the emulator flags to look at as links to their line in the erts_alloc documentation (opened
// in the browser; Beamtop never applies a flag). "Nothing stands out" when no rule fired.
class AllocFindingsView : public QWidget
{
    Q_OBJECT
public:
    explicit AllocFindingsView(QWidget *parent = nullptr);

    void setFindings(const QVector<AllocFinding> &findings);
    void clear();
    const QVector<AllocFinding> &findings() const { return m_findings; }
    // The text as shown (no markup), and the links offered.
    QString plainText() const;
    QList<QUrl> links() const;

signals:
    // Emitted before the browser opens it (tests listen here).
    void linkActivated(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QVector<AllocFinding> m_findings;
    bool m_empty = true; // no sample yet
    QLabel *m_label;
};

} // namespace beamtop
