#pragma once
// Shared by the GUI tests: private settings, screenshots on request, model lookups by key.

#include "mainwindow.h"
#include "pageregistry.h"
#include "rowtablemodel.h"

#include <QApplication>
#include <QDir>
#include <QSize>
#include <QSettings>
#include <QStyleFactory>
#include <QTemporaryDir>
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

// BEAMTOP_SCREENSHOT_DARK=1 switches to a dark Fusion palette, to check both themes.
inline void applyThemeFromEnvironment()
{
    if (qEnvironmentVariableIntValue("BEAMTOP_SCREENSHOT_DARK") <= 0)
        return;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1f, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x37));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x39));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x33, 0x37));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x5a));
    p.setColor(QPalette::Midlight, QColor(0x44, 0x44, 0x48));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x55));
    QApplication::setPalette(p);
}

// The index of the page with this id in the registry (MainWindow::showPage); -1 if none.
inline int pageIndex(const QString &id)
{
    const auto &pages = PageRegistry::pages();
    for (size_t i = 0; i < pages.size(); ++i) {
        if (QLatin1String(pages[i].id) == id)
            return int(i);
    }
    return -1;
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
