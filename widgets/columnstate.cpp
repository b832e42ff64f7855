// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnstate.h"

#include "columnfit.h"
#include "rankedtablepage.h"

#include <QHeaderView>
#include <QSettings>
#include <QTableView>
#include <QTreeView>

namespace beamtop::ColumnState {

namespace {

QHeaderView *headerOf(QAbstractItemView *view)
{
    if (auto *table = qobject_cast<QTableView *>(view))
        return table->horizontalHeader();
    if (auto *tree = qobject_cast<QTreeView *>(view))
        return tree->header();
    return nullptr;
}

QString keyFor(const QString &pageId, const QAbstractItemView *view)
{
    return QStringLiteral("columns/%1/%2").arg(pageId, view->objectName());
}

} // namespace

void save(QSettings &settings, const QString &pageId, QWidget *page)
{
    const QList<QAbstractItemView *> views = page->findChildren<QAbstractItemView *>();
    for (QAbstractItemView *view : views) {
        QHeaderView *header = headerOf(view);
        if (!header || view->objectName().isEmpty() || header->count() == 0)
            continue;
        // A narrowed view's widths are the window's, not the user's: keep its own modes.
        auto *fit = view->findChild<ColumnFit *>(QString(), Qt::FindDirectChildrenOnly);
        settings.setValue(keyFor(pageId, view), fit ? fit->headerState() : header->saveState());
    }
}

void restore(const QSettings &settings, const QString &pageId, QWidget *page)
{
    const QList<QAbstractItemView *> views = page->findChildren<QAbstractItemView *>();
    auto *ranked = qobject_cast<RankedTablePage *>(page);
    for (QAbstractItemView *view : views) {
        QHeaderView *header = headerOf(view);
        if (!header || view->objectName().isEmpty())
            continue;
        const QByteArray state = settings.value(keyFor(pageId, view)).toByteArray();
        if (state.isEmpty() || !header->restoreState(state))
            continue;
        // The header shows the sort; the view (or the node) still has to sort by it.
        const int section = header->sortIndicatorSection();
        if (ranked && view == ranked->table()) {
            if (section >= 0)
                ranked->sortByColumn(section);
        } else if (header->isSortIndicatorShown() && section >= 0 && section < header->count()) {
            if (auto *table = qobject_cast<QTableView *>(view); table && table->isSortingEnabled())
                table->sortByColumn(section, header->sortIndicatorOrder());
            else if (auto *tree = qobject_cast<QTreeView *>(view); tree && tree->isSortingEnabled())
                tree->sortByColumn(section, header->sortIndicatorOrder());
        }
        if (auto *fit = view->findChild<ColumnFit *>(QString(), Qt::FindDirectChildrenOnly))
            fit->fit();
    }
}

} // namespace beamtop::ColumnState
