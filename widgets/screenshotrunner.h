// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QSize>
#include <QStringList>
#include <QTimer>

namespace beamtop {

class MainWindow;

// `beamtop --demo --screenshot-dir DIR` (scripts/screenshots.sh): once the window's session is
// live, shows each page in turn, waits a few of the session's samples for the page's own data
// to arrive, saves the window as DIR/<page id>.png and finally closes the window. Driven by the
// session's signals, so the pictures show data, however slow the machine.
class ScreenshotRunner : public QObject
{
    Q_OBJECT
public:
    // pageIds empty: every page. The window is resized to size first.
    ScreenshotRunner(MainWindow *window, const QString &dir, const QStringList &pageIds, QSize size);

    void start();

signals:
    // ok false: the session never went live, or a file could not be written (said on stderr).
    void finished(bool ok);

private:
    void checkLive();
    void onSample();
    void showNext();
    void fail(const QString &why);

    QPointer<MainWindow> m_window;
    QString m_dir;
    QStringList m_pages;
    QSize m_size;
    QTimer m_poll;     // until the session is live
    QTimer m_deadline; // the whole run
    int m_index = -1;
    int m_samplesLeft = 0;
    bool m_following = false;
};

} // namespace beamtop
