// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

#include <vector>

class QWidget;

namespace beamtop {

class Page;

// Every page of the main window, in the order of the side list and of Ctrl+1…9. Adding a
// page is one line in pageregistry.cpp.
struct PageInfo
{
    const char *id;    // stable: settings, tests
    const char *title; // QT_TRANSLATE_NOOP("beamtop::PageRegistry", ...)
    const char *iconName; // freedesktop icon name, used only when widgets/icons/pages/<id>.svg is missing
    Page *(*create)(QWidget *parent);

    QString translatedTitle() const;
    QIcon icon() const;
};

struct PageRegistry
{
    static const std::vector<PageInfo> &pages();
    // The place of the page with this id (MainWindow::showPage), -1 when there is none.
    static int indexOf(const QString &id);
};

} // namespace beamtop
