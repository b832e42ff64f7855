// SPDX-License-Identifier: GPL-3.0-or-later
// The Alerts page against a real node, offscreen. Rules come from the (isolated) rules file of
// connections without a profile, as the window loads them: a rule with a low threshold
// (process_count above 1) fires at once and the page shows the active alert (severity, value,
// threshold, the node) and its log entry, the status bar and the page list count it, the Load
// charts mark it; acknowledging one (the action) and all (the shortcut) works; an entity rule
// (the largest message queue above 100) names the process with the long mailbox and Enter on
// its row opens that process's details window; the log is kept on disk and exports as CSV and
// JSON; a rule added through the rule editor's widgets is saved to the file (which parses to
// it) and applies to the session at once, and a rule removed there resolves.
//
// With BEAMTOP_SCREENSHOT_DIR set, the filled page and the rule editor are saved there
// (beamtop-alerts.png, beamtop-rule-editor.png), and the Load page with its markers
// (beamtop-alerts-load-markers.png).
#include "alertspage.h"
#include "alerttablemodels.h"
#include "chartwidget.h"
#include "guitestutil.h"
#include "itemtableview.h"
#include "loadpage.h"
#include "mainwindow.h"
#include "processdetailswindow.h"
#include "ruleeditor.h"
#include "sessionstatusbar.h"
#include "testnode.h"

#include "alerts/alertlog.h"
#include "alerts/alertmonitor.h"
#include "alerts/rulestore.h"
#include "session/nodesession.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace beamtop;
using beamtop::test::TestNode;

class TestAlertsPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dataDir;
    QTemporaryDir m_out;
    TestNode m_node;
    std::unique_ptr<MainWindow> m_window;
    AlertsPage *m_page = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_activeTester;
    std::unique_ptr<QAbstractItemModelTester> m_logTester;
    QString m_mailboxPid;

    NodeSession *session() const { return m_window->session(); }
    ActiveAlertModel *active() const { return m_page->activeModel(); }

    // The row of the active alert of this rule (and entity id, when given), or -1.
    int activeRow(const QString &rule, const QString &entityId = {}) const
    {
        for (int r = 0; r < active()->rowCount(); ++r) {
            const QModelIndex i = active()->index(r, ActiveAlertModel::Rule);
            if (i.data(RowTableModel::RawValueRole).toString() != rule)
                continue;
            if (entityId.isEmpty() || active()->index(r, ActiveAlertModel::Entity).data(RowTableModel::RawValueRole).toString() == entityId)
                return r;
        }
        return -1;
    }

    int logRow(const QString &rule, const QString &event) const
    {
        AlertLogModel *log = m_page->logModel();
        for (int r = 0; r < log->rowCount(); ++r) {
            if (log->index(r, AlertLogModel::Rule).data(RowTableModel::RawValueRole).toString() == rule
                && log->index(r, AlertLogModel::Event).data(RowTableModel::RawValueRole).toString() == event)
                return r;
        }
        return -1;
    }

    // The view's row (through its sorting proxy) of a source row.
    QModelIndex viewIndex(ItemTableView *table, int sourceRow, int column = 0) const
    {
        const QString key = table->sourceModel()->index(sourceRow, 0).data(RowTableModel::KeyRole).toString();
        QAbstractItemModel *m = table->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, 0).data(RowTableModel::KeyRole).toString() == key)
                return m->index(r, column);
        }
        return {};
    }

    QString pageListText() const
    {
        auto *list = m_window->findChild<QListWidget *>(QStringLiteral("pageList"));
        return list ? list->item(test::pageIndex(QStringLiteral("alerts")))->text() : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QVERIFY(m_dataDir.isValid());
        QVERIFY(m_out.isValid());
        test::isolateSettings(m_settingsDir);
        test::applyThemeFromEnvironment();
        // The log goes under the data directory: a temporary one, never the developer's.
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dataDir.path()));
        // No notifications to the developer's desktop (tst_desktopnotifier tests them).
        QSettings().setValue(QStringLiteral("alerts/desktopNotifications"), false);

        // The rules of connections without a profile, where the window reads them.
        RuleSet rules;
        AlertRule many;
        many.id = QStringLiteral("many_processes");
        many.metric = QStringLiteral("process_count");
        many.threshold = 1;
        many.severity = AlertSeverity::Critical;
        many.note = QStringLiteral("more than one process");
        rules.rules << many;
        AlertRule mailbox;
        mailbox.id = QStringLiteral("mailbox");
        mailbox.metric = QStringLiteral("process_message_queue_max");
        mailbox.threshold = 100;
        rules.rules << mailbox;
        QString error;
        QVERIFY2(RuleStore().save(QString(), rules, &error), qPrintable(error));

        QVERIFY(m_node.start());
        QCOMPARE(m_node.eval(QStringLiteral("register(bt_mailbox, spawn(fun() -> receive stop -> ok end end)), "
                                            "[bt_mailbox ! {msg, I} || I <- lists:seq(1, 500)], ok")),
                 QStringLiteral("ok"));
        m_mailboxPid = m_node.eval(QStringLiteral("list_to_atom(pid_to_list(whereis(bt_mailbox)))")).remove(QLatin1Char('\''));
        QVERIFY(m_mailboxPid.startsWith(QLatin1Char('<')));

        m_window = std::make_unique<MainWindow>();
        m_page = test::showPageInWindow<AlertsPage>(*m_window, QStringLiteral("alerts"), QSize(1200, 800));
        QVERIFY(m_page);
        m_activeTester = std::make_unique<QAbstractItemModelTester>(m_page->activeModel());
        m_logTester = std::make_unique<QAbstractItemModelTester>(m_page->logModel());
        QVERIFY(test::connectLive(*m_window, m_node.connectOptions()));
    }

    void cleanupTestCase()
    {
        m_activeTester.reset();
        m_logTester.reset();
        m_window.reset();
        m_node.stop();
    }

    void rulesComeFromTheFile()
    {
        const RuleSet &inForce = session()->alerts()->rules();
        QCOMPARE(inForce.rules.size(), 2);
        QVERIFY(inForce.find(QStringLiteral("many_processes")));
        QVERIFY(m_page->summaryText().contains(QStringLiteral("2 rule")));
        QCOMPARE(session()->alerts()->logFile(), AlertLog::defaultFileName(session()->nodeName()));
        QVERIFY(session()->alerts()->logFile().startsWith(m_dataDir.path()));
    }

    void nodeAlertShows()
    {
        QTRY_VERIFY_WITH_TIMEOUT(activeRow(QStringLiteral("many_processes")) >= 0, 20000);
        const int row = activeRow(QStringLiteral("many_processes"));
        auto cell = [&](int column, int role = Qt::DisplayRole) { return active()->index(row, column).data(role); };
        QCOMPARE(cell(ActiveAlertModel::Severity).toString(), QStringLiteral("Critical"));
        QCOMPARE(cell(ActiveAlertModel::Threshold, RowTableModel::RawValueRole).toDouble(), 1.0);
        const qint64 processes = m_node.evalInt(QStringLiteral("erlang:system_info(process_count)"));
        QVERIFY(cell(ActiveAlertModel::Value, RowTableModel::RawValueRole).toDouble() > 1);
        // Within what the node has now, give or take the processes of a tick (the agent's).
        QVERIFY(qAbs(cell(ActiveAlertModel::Value, RowTableModel::RawValueRole).toDouble() - double(processes)) < 50);
        QCOMPARE(cell(ActiveAlertModel::Entity).toString(), QStringLiteral("the node"));
        QVERIFY(cell(ActiveAlertModel::Rule, Qt::ToolTipRole).toString().contains(QStringLiteral("more than one process")));
        QCOMPARE(cell(ActiveAlertModel::State).toString(), QStringLiteral("New"));
        QCOMPARE(RowTableModel::Level(cell(ActiveAlertModel::Severity, RowTableModel::LevelRole).toInt()),
                 RowTableModel::Level::Critical);
        // The exact value on hover.
        QCOMPARE(cell(ActiveAlertModel::Value, Qt::ToolTipRole).toString().remove(QLocale().groupSeparator()),
                 QString::number(cell(ActiveAlertModel::Value, RowTableModel::RawValueRole).toDouble(), 'g', 15));

        // The log says it fired.
        QTRY_VERIFY_WITH_TIMEOUT(logRow(QStringLiteral("many_processes"), QStringLiteral("firing")) >= 0, 5000);
        QCOMPARE(m_page->logModel()->index(logRow(QStringLiteral("many_processes"), QStringLiteral("firing")), AlertLogModel::Event)
                     .data()
                     .toString(),
                 QStringLiteral("Fired"));

        // The window counts it: status bar and page list.
        const int count = session()->alerts()->activeCount();
        QVERIFY(count >= 1);
        QTRY_VERIFY(m_window->sessionStatusBar()->alertsText().contains(QLocale().toString(count)));
        QVERIFY(m_window->sessionStatusBar()->alertsText().contains(QStringLiteral("alert")));
        QTRY_COMPARE(pageListText(), QStringLiteral("Alerts (%1)").arg(count));
        test::screenshot(m_window.get(), QStringLiteral("alerts"));
    }

    void loadChartsMarkAlerts()
    {
        auto *load = qobject_cast<LoadPage *>(m_window->page(QStringLiteral("load")));
        QVERIFY(load);
        ChartWidget *chart = load->chart(QStringLiteral("processes"));
        QVERIFY(chart);
        QTRY_VERIFY(!chart->markers().isEmpty());
        bool fired = false;
        for (const ChartWidget::Marker &m : chart->markers())
            fired = fired || (m.critical && !m.dashed && m.text.contains(QStringLiteral("many_processes")));
        QVERIFY(fired);
        // Drawn where the chart shows that time.
        m_window->showPage(test::pageIndex(QStringLiteral("load")));
        QTRY_VERIFY_WITH_TIMEOUT(chart->shownMarkerCount() >= 1, 10000);
        test::screenshot(m_window.get(), QStringLiteral("alerts-load-markers"));
        m_window->showPage(test::pageIndex(QStringLiteral("alerts")));
    }

    void entityAlertNamesTheProcessAndOpensIt()
    {
        QTRY_VERIFY_WITH_TIMEOUT(activeRow(QStringLiteral("mailbox"), m_mailboxPid) >= 0, 30000);
        const int row = activeRow(QStringLiteral("mailbox"), m_mailboxPid);
        QCOMPARE(active()->index(row, 0).data(AlertTableRoles::EntityKindRole).toString(), QStringLiteral("process"));
        QVERIFY(active()->index(row, ActiveAlertModel::Value).data(RowTableModel::RawValueRole).toDouble() >= 500);
        QVERIFY(active()->index(row, ActiveAlertModel::Entity).data().toString().contains(m_mailboxPid));
        QVERIFY(m_page->detailsWindows().isEmpty());
        // Enter on its row opens that process, whatever the sorting.
        ItemTableView *t = m_page->activeTable();
        t->sortByColumn(ActiveAlertModel::Rule, Qt::DescendingOrder);
        t->setFocus();
        t->setCurrentIndex(viewIndex(t, row));
        QTest::keyClick(t, Qt::Key_Return);
        QTRY_COMPARE(m_page->detailsWindows().size(), 1);
        auto *w = qobject_cast<ProcessDetailsWindow *>(m_page->detailsWindows().first());
        QVERIFY(w);
        QVERIFY(w->isVisible());
        // Again: raised, not a second window.
        QTest::keyClick(t, Qt::Key_Return);
        QCOMPARE(m_page->detailsWindows().size(), 1);
        w->close();
        // A node-wide alert has nothing to open.
        QVERIFY(!m_page->openEntity(active()->index(activeRow(QStringLiteral("many_processes")), 0)));
    }

    void acknowledge()
    {
        const int row = activeRow(QStringLiteral("many_processes"));
        QVERIFY(row >= 0);
        const int freshBefore = session()->alerts()->unacknowledgedCount();
        QVERIFY(freshBefore >= 1);
        ItemTableView *t = m_page->activeTable();
        t->clearSelection();
        QVERIFY(!m_page->acknowledgeAction()->isEnabled());
        t->selectRow(viewIndex(t, row).row());
        QVERIFY(m_page->acknowledgeAction()->isEnabled());
        m_page->acknowledgeAction()->trigger();
        const int ackRow = activeRow(QStringLiteral("many_processes"));
        QCOMPARE(active()->index(ackRow, ActiveAlertModel::State).data().toString(), QStringLiteral("Acknowledged"));
        QCOMPARE(RowTableModel::Level(active()->index(ackRow, 0).data(RowTableModel::LevelRole).toInt()), RowTableModel::Level::Normal);
        QCOMPARE(session()->alerts()->unacknowledgedCount(), freshBefore - 1);
        // Still active, still counted.
        QVERIFY(m_window->sessionStatusBar()->alertsText().contains(QStringLiteral("alert")));

        // The rest by the shortcut.
        QVERIFY(session()->alerts()->unacknowledgedCount() >= 1); // the mailbox
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        t->setFocus();
        QTest::keyClick(t, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(session()->alerts()->unacknowledgedCount(), 0);
        for (int r = 0; r < active()->rowCount(); ++r)
            QCOMPARE(active()->index(r, ActiveAlertModel::State).data().toString(), QStringLiteral("Acknowledged"));
        QVERIFY(!m_page->acknowledgeAllAction()->isEnabled());
        QVERIFY(pageListText().startsWith(QStringLiteral("Alerts (")));
    }

    void logOnDiskAndExport()
    {
        QFile f(session()->alerts()->logFile());
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QByteArray onDisk = f.readAll();
        QVERIFY(onDisk.contains("\"many_processes\""));
        QVERIFY(onDisk.contains(m_mailboxPid.toLatin1()));

        QString error;
        const QString csvPath = m_out.filePath(QStringLiteral("alerts.csv"));
        QVERIFY2(m_page->exportLog(csvPath, &error), qPrintable(error));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QVERIFY(lines.first().startsWith("at,event,rule,severity,metric,value,threshold"));
        QCOMPARE(lines.size() - 2, m_page->logModel()->rowCount()); // header, rows, the empty tail
        QVERIFY(lines.at(1).contains("firing"));

        const QString jsonPath = m_out.filePath(QStringLiteral("alerts.json"));
        QVERIFY2(m_page->exportLog(jsonPath, &error), qPrintable(error));
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(doc.value(QStringLiteral("node")).toString(), session()->nodeName());
        const QJsonArray events = doc.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), m_page->logModel()->rowCount());
        bool mailbox = false;
        for (const QJsonValue &v : events) {
            const QJsonObject e = v.toObject();
            mailbox = mailbox || (e.value(QStringLiteral("rule")).toString() == QStringLiteral("mailbox")
                                  && e.value(QStringLiteral("entity")).toString() == m_mailboxPid
                                  && e.value(QStringLiteral("entity_kind")).toString() == QStringLiteral("process"));
        }
        QVERIFY(mailbox);
    }

    void ruleEditorSavesAndApplies()
    {
        RuleEditor *editor = m_page->openRuleEditor();
        QVERIFY(editor);
        QTRY_VERIFY(editor->isVisible());
        auto *table = editor->findChild<QTableWidget *>(QStringLiteral("ruleTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 2);
        auto *save = editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(save->isEnabled());

        // A new rule through the widgets, as a user types it.
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("addRule")), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(editor->currentRule(), 2);
        auto *id = editor->findChild<QLineEdit *>(QStringLiteral("ruleId"));
        auto *metric = editor->findChild<QComboBox *>(QStringLiteral("ruleMetric"));
        auto *threshold = editor->findChild<QLineEdit *>(QStringLiteral("ruleThreshold"));
        auto *clear = editor->findChild<QLineEdit *>(QStringLiteral("ruleClear"));
        auto *forEdit = editor->findChild<QLineEdit *>(QStringLiteral("ruleFor"));
        auto *severity = editor->findChild<QComboBox *>(QStringLiteral("ruleSeverity"));
        auto *note = editor->findChild<QLineEdit *>(QStringLiteral("ruleNote"));
        QVERIFY(id && metric && threshold && clear && forEdit && severity && note);
        id->selectAll();
        QTest::keyClicks(id, QStringLiteral("ports"));
        const int portCount = metric->findData(QStringLiteral("port_count"));
        QVERIFY(portCount >= 0);
        metric->setCurrentIndex(portCount);
        emit metric->activated(portCount);
        // A bad threshold is said, and Save stays off.
        threshold->clear();
        QTest::keyClicks(threshold, QStringLiteral("lots"));
        QVERIFY(!save->isEnabled());
        auto *problems = editor->findChild<QLabel *>(QStringLiteral("ruleProblems"));
        QVERIFY(problems->text().contains(QStringLiteral("ports")));
        QVERIFY(problems->text().contains(QStringLiteral("not a number")));
        threshold->clear();
        QTest::keyClicks(threshold, QStringLiteral("1k"));
        QTest::keyClicks(clear, QStringLiteral("2k")); // past the threshold: said
        QVERIFY(!save->isEnabled());
        QVERIFY(problems->text().contains(QStringLiteral("clear value")));
        clear->clear();
        QTest::keyClicks(clear, QStringLiteral("900"));
        forEdit->clear();
        QTest::keyClicks(forEdit, QStringLiteral("soon"));
        QVERIFY(!save->isEnabled());
        forEdit->clear();
        QTest::keyClicks(forEdit, QStringLiteral("2s"));
        severity->setCurrentIndex(1);
        emit severity->activated(1);
        QTest::keyClicks(note, QStringLiteral("too many ports"));
        QVERIFY2(save->isEnabled(), qPrintable(problems->text()));
        test::screenshot(editor, QStringLiteral("rule-editor"));

        // Remove many_processes: its alert resolves when the rules apply.
        table->setCurrentCell(0, 1);
        QCOMPARE(id->text(), QStringLiteral("many_processes"));
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("removeRule")), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 2);

        QSignalSpy saved(editor, &RuleEditor::saved);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(saved.size(), 1);
        QTRY_VERIFY(!editor->isVisible());

        // The file parses to what was typed.
        const RuleStore::Loaded loaded = RuleStore().load(QString());
        QVERIFY(loaded.fromFile);
        QVERIFY2(loaded.problems.isEmpty(), qPrintable(loaded.problems.join(QLatin1Char('\n'))));
        QCOMPARE(loaded.rules.rules.size(), 2);
        const AlertRule *ports = loaded.rules.find(QStringLiteral("ports"));
        QVERIFY(ports);
        QCOMPARE(ports->metric, QStringLiteral("port_count"));
        QCOMPARE(ports->comparison, AlertComparison::Above);
        QCOMPARE(ports->threshold, 1000.0);
        QCOMPARE(ports->clear, 900.0);
        QCOMPARE(ports->forMs, qint64(2000));
        QCOMPARE(ports->severity, AlertSeverity::Critical);
        QCOMPARE(ports->note, QStringLiteral("too many ports"));
        QVERIFY(!loaded.rules.find(QStringLiteral("many_processes")));

        // Applied at once: the session has them, the removed rule's alert resolved.
        QVERIFY(session()->alerts()->rules().find(QStringLiteral("ports")));
        QVERIFY(!session()->alerts()->rules().find(QStringLiteral("many_processes")));
        QTRY_COMPARE(activeRow(QStringLiteral("many_processes")), -1);
        QTRY_VERIFY(logRow(QStringLiteral("many_processes"), QStringLiteral("resolved")) >= 0);
        QVERIFY(m_page->summaryText().contains(QStringLiteral("2 rule")));
    }

    void addedRuleFires()
    {
        // A rule the node breaches, added in the editor: it fires without reconnecting.
        RuleEditor *editor = m_page->openRuleEditor();
        QVERIFY(editor);
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("addRule")), Qt::LeftButton);
        auto *id = editor->findChild<QLineEdit *>(QStringLiteral("ruleId"));
        id->selectAll();
        QTest::keyClicks(id, QStringLiteral("some_ports"));
        auto *metric = editor->findChild<QComboBox *>(QStringLiteral("ruleMetric"));
        const int portCount = metric->findData(QStringLiteral("port_count"));
        metric->setCurrentIndex(portCount);
        emit metric->activated(portCount);
        QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("ruleThreshold")), QStringLiteral("0"));
        QVERIFY(editor->problems().isEmpty());
        QVERIFY(editor->save());
        editor->accept();
        QTRY_VERIFY_WITH_TIMEOUT(activeRow(QStringLiteral("some_ports")) >= 0, 15000);
        QTRY_VERIFY(logRow(QStringLiteral("some_ports"), QStringLiteral("firing")) >= 0);
    }
};

QTEST_MAIN(TestAlertsPage)
#include "tst_alertspage.moc"
