// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the GUI tests: private settings, screenshots on request, model lookups by key.

#include "mainwindow.h"
#include "pageregistry.h"
#include "rowtablemodel.h"
#include "session/nodesession.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSize>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QWidget>

namespace beamtop::test {

// Settings go to a temporary directory, never the developer's own.
inline void isolateSettings(QTemporaryDir &dir)
{
    QCoreApplication::setOrganizationName(QStringLiteral("BeamtopTests"));
    QCoreApplication::setApplicationName(QStringLiteral("Beamtop"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
}

// Back to the sources' English and the C locale, after a test installed a language
// (Languages::install parents its translators to the application).
inline void removeTranslators()
{
    const auto translators = qApp->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly);
    for (QTranslator *t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale::c());
}

// BEAMTOP_SCREENSHOT_DARK=1 switches to the Dark theme (View ▸ Theme), to check both themes.
inline void applyThemeFromEnvironment()
{
    if (qEnvironmentVariableIntValue("BEAMTOP_SCREENSHOT_DARK") > 0)
        Theme::apply(Theme::Mode::Dark);
}

// The index of the page with this id in the registry (MainWindow::showPage); -1 if none.
inline int pageIndex(const QString &id)
{
    return PageRegistry::indexOf(id);
}

// A main window as the page tests use it: on screen at size, refreshing as often as it may,
// showing the page with this id. That page, or null if it is not a P.
template <typename P>
P *showPageInWindow(MainWindow &w, const QString &id, const QSize &size = QSize(1000, 600))
{
    w.resize(size);
    w.show();
    w.setRefreshIntervalMs(MainWindow::MinimumIntervalMs);
    auto *page = qobject_cast<P *>(w.page(id));
    if (page)
        w.showPage(pageIndex(id));
    return page;
}

// Connects w and waits for its session to be live, the agent's budget raised so that a test
// need not wait on the 2 % default; false when it did not go live in time.
inline bool connectLive(MainWindow &w, const ConnectOptions &options, int timeoutMs = 30000)
{
    w.connectWith(options);
    if (!QTest::qWaitFor([&] { return w.session() && w.session()->isLive(); }, timeoutMs))
        return false;
    w.session()->agent()->setBudget(0.5);
    return true;
}

// The window's action with this shortcut (Ctrl+N shows page N), or null.
inline QAction *shortcutAction(QWidget &w, const QKeySequence &shortcut)
{
    const QList<QAction *> actions = w.actions();
    for (QAction *a : actions) {
        if (a->shortcut() == shortcut)
            return a;
    }
    return nullptr;
}

// Filters a ranked page (RankedTablePage) down to what filter matches on the node, and returns
// the row of the entity with this key among the rows, or -1 when it does not come.
template <typename P>
int filteredRow(P *page, const QString &key, const QString &filter, int timeoutMs = 20000)
{
    page->setFilterText(filter);
    if (!QTest::qWaitFor([&] { return page->model()->filter() == filter && page->model()->rowOfKey(key) >= 0; }, timeoutMs))
        return -1;
    return page->model()->rowOfKey(key);
}

// Makes row current in a ranked page's table and presses Enter twice: one details window opens,
// then it is raised rather than a second opened. That window, or null when that did not happen.
template <typename P>
auto openDetailsByEnter(P *page, int row)
{
    using Window = typename decltype(page->detailsWindows())::value_type;
    QTableView *t = page->table();
    t->setFocus();
    t->setCurrentIndex(t->model()->index(row, 0));
    QTest::keyClick(t, Qt::Key_Return);
    const auto opened = page->detailsWindows();
    QTest::keyClick(t, Qt::Key_Return);
    const bool one = opened.size() == 1 && page->detailsWindows() == opened && opened.first()->isVisible();
    return one ? opened.first() : Window(nullptr);
}

// Runs a ranked page's export into path (CSV or JSON by suffix) and returns what it wrote;
// empty with error set when it failed or did not finish in time.
template <typename P>
QByteArray exportedFile(P *page, const QString &path, QString *error)
{
    QSignalSpy finished(page, &P::exportFinished);
    page->exportTable(path);
    if (!finished.wait(30000)) {
        *error = QStringLiteral("the export did not finish");
        return {};
    }
    if (!finished.last().at(0).toBool()) {
        *error = finished.last().at(1).toString();
        return {};
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return {};
    }
    return f.readAll();
}

// Right-clicks a ranked page's row (in column) as a mouse would, and returns the menu that
// opened (RankedTablePage::contextMenu), or null.
template <typename P>
QMenu *rightClickRow(P *page, int row, int column = 0)
{
    QTableView *t = page->table();
    const QPoint pos = t->visualRect(t->model()->index(row, column)).center();
    QContextMenuEvent ev(QContextMenuEvent::Mouse, pos, t->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(t->viewport(), &ev);
    return page->contextMenu();
}

// A menu's action by object name (action_details, action_owner, ...), or null.
inline QAction *menuAction(QMenu *menu, const QString &name)
{
    return menu ? menu->findChild<QAction *>(name) : nullptr;
}

// A ranked page holding far more rows than a page fetches: only those near the screen are
// held ("…" for the others), scrolling to the bottom fetches the rows there and lets the top go,
// scrolling back fetches the top again. Empty when it went so, else what did not.
template <typename P>
QString checkRowsOnDemand(P *page, int maxHeld = 500, int timeoutMs = 15000)
{
    auto *m = page->model();
    QTableView *t = page->table();
    const int last = m->rowCount() - 1;
    if (m->loadedCount() > maxHeld || m->isLoaded(last) || m->index(last, 0).data().toString() != QStringLiteral("…"))
        return QStringLiteral("all %1 rows held before scrolling").arg(m->rowCount());
    t->scrollToBottom();
    const auto bottomHeld = [&] {
        const int bottom = t->rowAt(t->viewport()->height() - 1);
        return m->isLoaded(bottom < 0 ? last : bottom);
    };
    if (!QTest::qWaitFor(bottomHeld, timeoutMs))
        return QStringLiteral("the rows at the bottom did not come");
    if (m->loadedCount() > maxHeld || m->isLoaded(0))
        return QStringLiteral("the top was not let go");
    t->scrollToTop();
    if (!QTest::qWaitFor([&] { return m->isLoaded(0); }, timeoutMs))
        return QStringLiteral("the top did not come back");
    return {};
}

inline void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("BEAMTOP_SCREENSHOT_DIR");
    if (dir.isEmpty() || !w)
        return;
    QDir().mkpath(dir);
    // Let pending layout requests run first, or the grab shows half-laid-out tables.
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
    const QString suffix = qEnvironmentVariableIntValue("BEAMTOP_SCREENSHOT_DARK") > 0 ? QStringLiteral("-dark") : QString();
    w->grab().save(dir + QStringLiteral("/beamtop-") + name + suffix + QStringLiteral(".png"));
}

inline QVariant rawValue(const RowTableModel *m, const QString &key, int column)
{
    const int row = m->rowOf(key);
    return row < 0 ? QVariant() : m->index(row, column).data(RowTableModel::RawValueRole);
}

inline QString displayValue(const RowTableModel *m, const QString &key, int column)
{
    const int row = m->rowOf(key);
    return row < 0 ? QString() : m->index(row, column).data(Qt::DisplayRole).toString();
}

} // namespace beamtop::test
