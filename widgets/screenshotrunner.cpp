// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshotrunner.h"

#include "mainwindow.h"
#include "page.h"
#include "pageregistry.h"
#include "session/nodesession.h"

#include <QDir>
#include <QPixmap>

#include <cstdio>

namespace beamtop {

namespace {
// Samples to wait on each page: its feed is fetched at once when it subscribes, ranked pages
// refine over the next ticks, and the charts want a few points.
constexpr int SamplesPerPage = 4;
// Samples before the first page: the demo node starts its applications after Beamtop connects,
// and a ranking swept before them (the Processes page shot first, say) would miss them all.
constexpr int WarmupSamples = 8;
constexpr int DeadlineMs = 180000;
} // namespace

ScreenshotRunner::ScreenshotRunner(MainWindow *window, const QString &dir, const QStringList &pageIds, QSize size)
    : QObject(window)
    , m_window(window)
    , m_dir(dir)
    , m_pages(pageIds)
    , m_size(size)
{
    if (m_pages.isEmpty()) {
        for (const PageInfo &info : PageRegistry::pages())
            m_pages << QString::fromLatin1(info.id);
    }
    m_poll.setInterval(200);
    connect(&m_poll, &QTimer::timeout, this, &ScreenshotRunner::checkLive);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(DeadlineMs);
    connect(&m_deadline, &QTimer::timeout, this, [this] { fail(QStringLiteral("timed out")); });
}

void ScreenshotRunner::start()
{
    if (!QDir().mkpath(m_dir)) {
        fail(QStringLiteral("cannot create ") + m_dir);
        return;
    }
    m_window->resize(m_size);
    m_deadline.start();
    m_poll.start();
}

// The session is made when the demo node has started, which takes a while: look for it.
void ScreenshotRunner::checkLive()
{
    NodeSession *session = m_window ? m_window->session() : nullptr;
    if (!session || session->state() != NodeSession::State::Live)
        return;
    m_poll.stop();
    if (!m_following) {
        m_following = true;
        connect(session, &NodeSession::sampleReady, this, &ScreenshotRunner::onSample);
    }
    showNext();
}

void ScreenshotRunner::showNext()
{
    ++m_index;
    if (m_index >= m_pages.size()) {
        m_deadline.stop();
        emit finished(true);
        return;
    }
    const QString id = m_pages.at(m_index);
    Page *page = m_window->page(id);
    if (!page) {
        fail(QStringLiteral("no page ") + id);
        return;
    }
    m_window->showPage(PageRegistry::indexOf(id));
    m_samplesLeft = SamplesPerPage + (m_index == 0 ? WarmupSamples : 0);
}

void ScreenshotRunner::onSample()
{
    if (m_index < 0 || m_index >= m_pages.size() || --m_samplesLeft > 0)
        return;
    const QString file = QDir(m_dir).filePath(m_pages.at(m_index) + QStringLiteral(".png"));
    if (!m_window->grab().save(file)) {
        fail(QStringLiteral("cannot write ") + file);
        return;
    }
    std::fprintf(stdout, "%s\n", qPrintable(file));
    std::fflush(stdout);
    showNext();
}

void ScreenshotRunner::fail(const QString &why)
{
    std::fprintf(stderr, "beamtop: screenshots: %s\n", qPrintable(why));
    m_poll.stop();
    m_deadline.stop();
    m_index = int(m_pages.size()); // no more pages
    emit finished(false);
}

} // namespace beamtop
