// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;
class QHBoxLayout;
class QToolButton;

namespace beamtop {

// A one-line notice above the pages: progress while the demo node starts, "showing data from
// 14:02:11" while the link is down, an error with a way forward. Hidden when there is nothing
// to say.
class NoticeBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Progress, Warning, Error };

    explicit NoticeBar(QWidget *parent = nullptr);

    // detail goes into the tooltip and a second, smaller line.
    void showNotice(Kind kind, const QString &text, const QString &detail = {});
    // Buttons at the right end, until the next notice.
    void setActions(const QList<QAction *> &actions);
    void clear();

    Kind kind() const { return m_kind; }
    QString text() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Kind m_kind = Kind::Info;
    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_detail;
    QProgressBar *m_busy;
    QHBoxLayout *m_buttons;
};

} // namespace beamtop
