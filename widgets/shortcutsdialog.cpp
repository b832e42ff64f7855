// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include "mainwindow.h"
#include "page.h"
#include "pageregistry.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace beamtop {

namespace {

// The page action belongs to, or null for the window's own; *skip when it belongs to another
// window (a dialog, a details window) or to a context menu made for one right-click.
Page *ownerOf(QAction *action, MainWindow *window, const QVector<Page *> &pages, bool *skip)
{
    *skip = false;
    for (QObject *o = action->parent(); o && o != window; o = o->parent()) {
        if (auto *p = qobject_cast<Page *>(o); p && pages.contains(p))
            return p;
        auto *w = qobject_cast<QWidget *>(o);
        if (w && w->isWindow() && !qobject_cast<QMenu *>(w)) {
            *skip = true;
            return nullptr;
        }
        // A menu the menu bar does not hold: a context menu, gone once closed.
        if (auto *menu = qobject_cast<QMenu *>(o); menu && menu->menuAction()->associatedObjects().isEmpty()) {
            *skip = true;
            return nullptr;
        }
    }
    return nullptr;
}

} // namespace

QString ShortcutsDialog::plainText(const QAction *action)
{
    QString t = action->text();
    t.replace(QLatin1String("&&"), QString(QChar(0x1)));
    t.remove(QLatin1Char('&'));
    t.replace(QChar(0x1), QLatin1Char('&'));
    return t;
}

QVector<ShortcutsDialog::Group> ShortcutsDialog::gather(MainWindow *window)
{
    QVector<Page *> pages;
    for (const PageInfo &info : PageRegistry::pages())
        pages << window->page(QString::fromLatin1(info.id));

    Group main{tr("Everywhere in the window"), {}};
    QVector<Group> byPage(pages.size());
    for (int i = 0; i < pages.size(); ++i)
        byPage[i].title = PageRegistry::pages()[size_t(i)].translatedTitle();

    QSet<QAction *> seen;
    QList<QAction *> actions = window->actions();
    actions += window->findChildren<QAction *>();
    for (QAction *a : std::as_const(actions)) {
        if (seen.contains(a) || a->shortcuts().isEmpty() || a->text().isEmpty())
            continue;
        seen.insert(a);
        bool skip = false;
        Page *owner = ownerOf(a, window, pages, &skip);
        if (skip)
            continue;
        // One key sequence once, even when the platform maps two names to it (F5, Refresh).
        QList<QKeySequence> keys;
        for (const QKeySequence &k : a->shortcuts()) {
            if (!k.isEmpty() && !keys.contains(k))
                keys << k;
        }
        const Entry e{plainText(a), keys, a};
        if (owner)
            byPage[pages.indexOf(owner)].entries << e;
        else
            main.entries << e;
    }

    QVector<Group> out{main};
    for (const Group &g : std::as_const(byPage)) {
        if (!g.entries.isEmpty())
            out << g;
    }
    // Keys the views handle themselves, with no action behind them.
    Group keys{tr("In tables and trees"), {}};
    keys.entries << Entry{tr("Open the selected row's details (Processes, Network, ETS, Applications, Alerts); "
                             "on the Cluster page, connect to the selected node"),
                          {QKeySequence(Qt::Key_Return)}, nullptr};
    keys.entries << Entry{tr("Clear the search in a table's contents window"), {QKeySequence(Qt::Key_Escape)}, nullptr};
    out << keys;
    return out;
}

ShortcutsDialog::ShortcutsDialog(MainWindow *window) : QDialog(window)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    for (const Group &g : gather(window)) {
        auto *group = new QTreeWidgetItem(m_list, {g.title});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        for (const Entry &e : g.entries) {
            QStringList keys;
            for (const QKeySequence &k : e.keys)
                keys << k.toString(QKeySequence::NativeText);
            auto *item = new QTreeWidgetItem(group, {e.text, keys.join(tr(", "))});
            item->setToolTip(0, e.action ? e.action->toolTip() : e.text);
        }
    }
    m_list->expandAll();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(620, 640);
}

} // namespace beamtop
