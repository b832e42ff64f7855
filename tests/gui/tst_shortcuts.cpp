// SPDX-License-Identifier: GPL-3.0-or-later
// Help ▸ Keyboard Shortcuts: F1 opens it; every QAction with a shortcut in the window and its
// pages is listed (text without the accelerator mark, its keys) under its page; and with each
// page shown, no two actions that answer keys at the same time share a key sequence.
// With BEAMTOP_SCREENSHOT_DIR set, the dialog is saved there (beamtop-shortcuts.png).
#include "guitestutil.h"
#include "mainwindow.h"
#include "page.h"
#include "pageregistry.h"
#include "shortcutsdialog.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <QTreeWidget>

using namespace beamtop;

class TestShortcuts : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;

    static bool widgetContext(const QAction *a)
    {
        return a->shortcutContext() == Qt::WidgetShortcut || a->shortcutContext() == Qt::WidgetWithChildrenShortcut;
    }

    // Two actions of a widget's focus can answer together only when one's widget holds the other's.
    static bool nested(const QAction *a, const QAction *b)
    {
        for (QObject *oa : a->associatedObjects()) {
            for (QObject *ob : b->associatedObjects()) {
                auto *wa = qobject_cast<QWidget *>(oa);
                auto *wb = qobject_cast<QWidget *>(ob);
                if (wa && wb && (wa == wb || wa->isAncestorOf(wb) || wb->isAncestorOf(wa)))
                    return true;
            }
        }
        return false;
    }

    // Whether action answers its shortcut now (for a widget's context: when that widget has the
    // focus): it is on a visible widget of the window, a menu counting when the menu bar, or a
    // menu it is in, is reachable and visible.
    static bool answers(const QAction *action, int depth = 0)
    {
        if (depth > 8)
            return false;
        const QObjectList owners = action->associatedObjects();
        for (QObject *o : owners) {
            if (auto *menu = qobject_cast<QMenu *>(o)) {
                if (answers(menu->menuAction(), depth + 1) || menu->isVisible())
                    return true;
            } else if (auto *w = qobject_cast<QWidget *>(o); w && w->isVisible()) {
                return true;
            }
        }
        return false;
    }

    // Every action with a shortcut under w, not in a window of its own (dialogs).
    static QList<QAction *> actionsWithShortcuts(MainWindow &w)
    {
        QList<QAction *> out;
        QList<QAction *> all = w.actions() + w.findChildren<QAction *>();
        for (QAction *a : all) {
            if (out.contains(a) || a->shortcuts().isEmpty() || a->text().isEmpty())
                continue;
            bool ownWindow = false;
            for (QObject *o = a->parent(); o && o != &w; o = o->parent()) {
                auto *widget = qobject_cast<QWidget *>(o);
                ownWindow = ownWindow || (widget && widget->isWindow() && !qobject_cast<QMenu *>(widget));
            }
            if (!ownWindow)
                out << a;
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::isolateSettings(m_settingsDir);
    }

    void plainTextDropsAccelerators()
    {
        QAction a(QStringLiteral("Save && &Quit"));
        QCOMPARE(ShortcutsDialog::plainText(&a), QStringLiteral("Save & Quit"));
    }

    void everyShortcutIsListedUnderItsPage()
    {
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::keyClick(&w, Qt::Key_F1);
        auto *dialog = w.findChild<ShortcutsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTreeWidget *list = dialog->list();
        test::screenshot(dialog, QStringLiteral("shortcuts"));

        // "text\tkeys" under each group's title.
        QHash<QString, QStringList> listed;
        for (int g = 0; g < list->topLevelItemCount(); ++g) {
            QTreeWidgetItem *group = list->topLevelItem(g);
            for (int i = 0; i < group->childCount(); ++i)
                listed[group->text(0)] << group->child(i)->text(0) + QLatin1Char('\t') + group->child(i)->text(1);
        }
        QVERIFY(listed.size() >= 3);

        const QList<QAction *> actions = actionsWithShortcuts(w);
        QVERIFY(actions.size() > 15);
        QStringList missing;
        for (QAction *a : actions) {
            QString group = QStringLiteral("Everywhere in the window");
            const auto &pages = PageRegistry::pages();
            for (const PageInfo &info : pages) {
                Page *p = w.page(QString::fromLatin1(info.id));
                for (QObject *o = a->parent(); o; o = o->parent()) {
                    if (o == p)
                        group = info.translatedTitle();
                }
            }
            QStringList keys;
            for (const QKeySequence &k : a->shortcuts()) {
                const QString text = k.toString(QKeySequence::NativeText);
                if (!text.isEmpty() && !keys.contains(text))
                    keys << text;
            }
            const QString line = ShortcutsDialog::plainText(a) + QLatin1Char('\t') + keys.join(QStringLiteral(", "));
            if (!listed.value(group).contains(line))
                missing << group + QStringLiteral(": ") + line;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("; "))));

        // Some known ones, to be sure the comparison above compared something.
        QVERIFY(listed.value(QStringLiteral("Everywhere in the window")).contains(QStringLiteral("Keyboard Shortcuts\tF1, Ctrl+/")));
        const QStringList load = listed.value(QStringLiteral("Load"));
        QVERIFY(std::any_of(load.begin(), load.end(), [](const QString &l) { return l.startsWith(QStringLiteral("Export History…\t")); }));
        QVERIFY(!listed.value(QStringLiteral("In tables and trees")).isEmpty());
        dialog->close();
    }

    void noTwoActiveActionsShareAKey()
    {
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QStringList clashes;
        const auto &pages = PageRegistry::pages();
        int checked = 0;
        for (size_t i = 0; i < pages.size(); ++i) {
            w.showPage(int(i));
            QMap<QKeySequence, QList<QAction *>> taken;
            for (QAction *a : actionsWithShortcuts(w)) {
                if (!answers(a))
                    continue;
                ++checked;
                QList<QKeySequence> own;
                for (const QKeySequence &k : a->shortcuts()) {
                    if (k.isEmpty() || own.contains(k))
                        continue;
                    own << k;
                    for (QAction *other : taken.value(k)) {
                        if (!widgetContext(a) || !widgetContext(other) || nested(a, other))
                            clashes << QStringLiteral("%1: %2 and %3 on %4")
                                           .arg(QLatin1String(pages[i].id), ShortcutsDialog::plainText(other),
                                                ShortcutsDialog::plainText(a), k.toString());
                    }
                    taken[k] << a;
                }
            }
        }
        QVERIFY(checked > 20);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    }
};

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
