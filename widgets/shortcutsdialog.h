// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QString>
#include <QVector>

class QAction;
class QTreeWidget;

namespace beamtop {

class MainWindow;

// Help ▸ Keyboard Shortcuts: every shortcut of the window and of each page, read from their
// QActions when the dialog opens (so it never goes stale), grouped by page, and the keys that
// are no action (Enter on a row, Escape in a search) as fixed entries.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Entry
    {
        QString text; // without the & of the accelerator
        QList<QKeySequence> keys;
        QAction *action = nullptr; // null for a fixed entry
    };
    struct Group
    {
        QString title;
        QVector<Entry> entries;
    };

    explicit ShortcutsDialog(MainWindow *window);

    // What the dialog lists for window, in its order: the window's group, one per page that
    // has shortcuts, then the keys that are no action.
    static QVector<Group> gather(MainWindow *window);
    // An action's text as a menu shows it, without accelerator marks.
    static QString plainText(const QAction *action);

    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};

} // namespace beamtop
