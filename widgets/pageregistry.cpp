// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageregistry.h"

#include "alertspage.h"
#include "applicationspage.h"
#include "clusterpanel.h"
#include "etspage.h"
#include "loadpage.h"
#include "memorypage.h"
#include "mnesiapage.h"
#include "networkpage.h"
#include "pageicon.h"
#include "processespage.h"
#include "systempage.h"

#include <QApplication>
#include <QStyle>

namespace beamtop {

namespace {
template<typename T>
Page *make(QWidget *parent)
{
    return new T(parent);
}
} // namespace

const std::vector<PageInfo> &PageRegistry::pages()
{
    static const std::vector<PageInfo> all = {
        {"system", QT_TRANSLATE_NOOP("beamtop::PageRegistry", "System"), "computer", &make<SystemPage>},
        {"processes", QT_TRANSLATE_NOOP("beamtop::PageRegistry", "Processes"), "view-list-details", &make<ProcessesPage>},
        {"cluster", QT_TRANSLATE_NOOP("beamtop::PageRegistry", "Cluster"), "network-workgroup", &make<ClusterPanel>},
        {"load", QT_TRANSLATE_NOOP("beamtop::PageRegistry", "Load"), "utilities-system-monitor", &make<LoadPage>},
        {"memory", QT_TRANSLATE_NOOP("beamtop::PageRegistry", "Memory"), "media-flash", &make<MemoryPage>},
        {"network", QT_TRANSLATE_NOOP("beamtop::PageRegistry", "Network"), "network-wired", &make<NetworkPage>},
        {"ets", QT_TRANSLATE_NOOP("beamtop::PageRegistry", "ETS"), "view-list-text", &make<EtsPage>},
        {"mnesia", QT_TRANSLATE_NOOP("beamtop::PageRegistry", "Mnesia"), "server-database", &make<MnesiaPage>},
        {"applications", QT_TRANSLATE_NOOP("beamtop::PageRegistry", "Applications"), "view-process-tree", &make<ApplicationsPage>},
        {"alerts", QT_TRANSLATE_NOOP("beamtop::PageRegistry", "Alerts"), "dialog-warning", &make<AlertsPage>},
    };
    return all;
}

QString PageInfo::translatedTitle() const
{
    return QCoreApplication::translate("beamtop::PageRegistry", title);
}

QIcon PageInfo::icon() const
{
    // Beamtop's own glyph (one per page, following the palette); the theme's only if it lacks one.
    const QIcon own = PageIcon::forPage(QString::fromLatin1(id));
    if (!own.isNull())
        return own;
    return QIcon::fromTheme(QString::fromLatin1(iconName), QApplication::style()->standardIcon(QStyle::SP_ComputerIcon));
}

int PageRegistry::indexOf(const QString &id)
{
    const auto &all = pages();
    for (size_t i = 0; i < all.size(); ++i) {
        if (id == QLatin1String(all[i].id))
            return int(i);
    }
    return -1;
}

} // namespace beamtop
