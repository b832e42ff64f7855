// SPDX-License-Identifier: GPL-3.0-or-later
// A table's contents read through Beamtop (TableBrowser: the agent's ets_rows and mnesia_rows)
// on a real node: ETS tables of every type and protection (a private one says why it cannot be
// read and gives no rows), 1,000 rows read in pages of 100 with the continuation (every key
// exactly once), a key search that hits and one that misses, a pattern search in Erlang syntax
// and a malformed one giving the node's message, a pattern naming an atom the node lacks, the
// scan cap of a pattern search on a big table, a table deleted between two pages, a table by its
// #Ref<...> text, readAll bounded by rows and cancelled, a Mnesia ram table (paging, key
// search, an unknown table, Mnesia stopped), and beamtop-cli ets TABLE / mnesia TABLE.
#include "collect/tablecontents.h"
#include "export/tablerowsexport.h"
#include "node/nodeclient.h"
#include "session/nodesession.h"
#include "clirun.h"
#include "testnode.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace beamtop;
using beamtop::test::TestNode;

namespace {
// One answer of a browser: the page, or the failure's sentence.
struct Answer
{
    std::optional<TablePage> page;
    bool append = false;
    QString error;
};
} // namespace

class TestTableContents : public QObject
{
    Q_OBJECT
private:
    // Does what starts a request, then waits for its one answer.
    static Answer ask(TableBrowser &b, const std::function<void()> &act)
    {
        QSignalSpy pages(&b, &TableBrowser::pageReady);
        QSignalSpy failed(&b, &TableBrowser::failed);
        act();
        Answer a;
        if (!QTest::qWaitFor([&] { return pages.count() + failed.count() > 0; }, 20000)) {
            a.error = QStringLiteral("no answer");
            return a;
        }
        if (!failed.isEmpty()) {
            a.error = failed.first().first().toString();
            return a;
        }
        a.page = pages.first().first().value<TablePage>();
        a.append = pages.first().at(1).toBool();
        return a;
    }

    TableBrowser *ets(const QString &name)
    {
        return new TableBrowser(m_session.get(), TableBrowser::Source::Ets, Term::binary(name.toUtf8()), this);
    }

    test::CliRun runRows(const QStringList &command)
    {
        const QString cookieFile = m_node->writeCookieFile(m_dir.path());
        return test::runCli(QStringList{QStringLiteral("--node"), m_node->nodeName(), QStringLiteral("--cookie-file"), cookieFile}
                                + command,
                            60000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_node = std::make_unique<TestNode>();
        QVERIFY(m_node->start());
        // Tables owned by the node's control process, which lives as long as the node.
        QCOMPARE(m_node->eval(QStringLiteral(
                     "begin ets:new(bt_paged, [named_table, set, public]), "
                     "[ets:insert(bt_paged, {K, case K rem 2 of 0 -> even; 1 -> odd end, <<\"v\">>}) || K <- lists:seq(1, 1000)], ok end")),
                 QStringLiteral("ok"));
        auto *client = new NodeClient;
        client->connectToNode(m_node->connectOptions());
        m_session = std::make_unique<NodeSession>(client, AgentClient::Options{});
        m_session->setPaused(true); // the test asks for each page itself
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), NodeSession::State::Live, 30000);
        QVERIFY(m_session->agent()->can("ets_rows"));
    }

    void cleanupTestCase()
    {
        if (m_session) {
            QSignalSpy closed(m_session.get(), &NodeSession::closed);
            m_session->close();
            QVERIFY(closed.wait(10000) || closed.count() > 0);
            m_session.reset();
        }
        if (m_node) {
            // Browsing leaves nothing behind on the node.
            QTRY_COMPARE_WITH_TIMEOUT(m_node->traceLeft(), QStringLiteral("clean"), 15000);
            m_node->stop();
        }
    }

    void tableOfEachKind_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("protection");
        for (const char *type : {"set", "ordered_set", "bag", "duplicate_bag"})
            for (const char *prot : {"public", "protected", "private"})
                QTest::addRow("%s/%s", type, prot) << QString::fromLatin1(type) << QString::fromLatin1(prot);
    }

    void tableOfEachKind()
    {
        QFETCH(QString, type);
        QFETCH(QString, protection);
        const QString name = QStringLiteral("bt_%1_%2").arg(type, protection);
        // Ten keys; bags get two objects under each key (a duplicate_bag the same one twice).
        const bool bag = type.endsWith(QLatin1String("bag"));
        const QString second = type == QLatin1String("duplicate_bag") ? QStringLiteral("ets:insert(T, {K, K}), ")
                               : bag                                   ? QStringLiteral("ets:insert(T, {K, -K}), ")
                                                                       : QString();
        QCOMPARE(m_node->eval(QStringLiteral("begin T = ets:new(%1, [named_table, %2, %3]), "
                                             "[begin ets:insert(T, {K, K}), %4ok end || K <- lists:seq(1, 10)], ok end")
                                  .arg(name, type, protection, second)),
                 QStringLiteral("ok"));
        const int objects = bag ? 20 : 10;
        std::unique_ptr<TableBrowser> b(ets(name));
        const Answer a = ask(*b, [&] { b->first(); });
        QVERIFY2(a.page, qPrintable(a.error));
        QVERIFY(a.page->alive);
        QCOMPARE(a.page->size, qint64(objects));
        if (protection == QLatin1String("private")) {
            QVERIFY(a.page->isPrivate);
            QVERIFY(a.page->rows.isEmpty());
            QVERIFY(a.page->done);
            QVERIFY(b->noticeFor(*a.page).contains(QStringLiteral("only its owner process can read a private table's rows")));
        } else {
            QVERIFY(!a.page->isPrivate);
            QCOMPARE(a.page->rows.size(), objects);
            QCOMPARE(a.page->texts.size(), objects);
            QVERIFY(a.page->done);
            QVERIFY(b->noticeFor(*a.page).isEmpty());
            // Every key 1..10 is there, as the formatter writes the row.
            QSet<qint64> keys;
            for (const Term &r : a.page->rows) {
                QVERIFY(r.isTuple(2));
                keys.insert(r.at(0).toInt());
            }
            QCOMPARE(keys.size(), 10);
            QVERIFY(a.page->texts.contains(QStringLiteral("{3,3}")));
            if (type == QLatin1String("ordered_set"))
                QCOMPARE(a.page->rows.first().at(0).toInt(), 1); // in key order
        }
        m_node->eval(QStringLiteral("ets:delete(%1)").arg(name));
    }

    void pagesWithContinuation()
    {
        std::unique_ptr<TableBrowser> b(ets(QStringLiteral("bt_paged")));
        b->setLimit(100);
        QSet<qint64> seen;
        int pages = 0;
        Answer a = ask(*b, [&] { b->first(); });
        for (;;) {
            QVERIFY2(a.page, qPrintable(a.error));
            QCOMPARE(a.append, pages > 0);
            QCOMPARE(a.page->size, qint64(1000));
            QVERIFY(a.page->rows.size() <= 100);
            for (const Term &r : a.page->rows) {
                const qint64 k = r.at(0).toInt();
                QVERIFY2(!seen.contains(k), qPrintable(QStringLiteral("key %1 twice").arg(k)));
                seen.insert(k);
            }
            ++pages;
            if (a.page->done)
                break;
            QVERIFY(!b->isDone());
            QVERIFY(pages < 50);
            a = ask(*b, [&] { b->next(); });
        }
        QCOMPARE(seen.size(), 1000);
        QVERIFY(pages >= 10);
        QVERIFY(b->isDone());
        // After the last page next() asks nothing.
        QSignalSpy more(b.get(), &TableBrowser::pageReady);
        b->next();
        QVERIFY(!b->isBusy());
        QCOMPARE(more.count(), 0);
    }

    void keySearch()
    {
        std::unique_ptr<TableBrowser> b(ets(QStringLiteral("bt_paged")));
        Answer a = ask(*b, [&] { b->searchKey(QStringLiteral("42")); });
        QVERIFY2(a.page, qPrintable(a.error));
        QCOMPARE(a.page->search, TablePage::Search::Key);
        QCOMPARE(a.page->rows.size(), 1);
        QCOMPARE(a.page->texts.first(), QStringLiteral("{42,even,<<\"v\">>}"));
        QCOMPARE(a.page->scanned, qint64(1));
        QVERIFY(a.page->done);

        a = ask(*b, [&] { b->searchKey(QStringLiteral("5000")); });
        QVERIFY2(a.page, qPrintable(a.error));
        QVERIFY(a.page->rows.isEmpty());
        QVERIFY(a.page->done);

        // Back to the whole table, from its first page.
        a = ask(*b, [&] { b->clearSearch(); });
        QVERIFY2(a.page, qPrintable(a.error));
        QCOMPARE(a.page->search, TablePage::Search::None);
        QCOMPARE(a.page->rows.size(), TableBrowser::DefaultLimit);
    }

    void patternSearch()
    {
        std::unique_ptr<TableBrowser> b(ets(QStringLiteral("bt_paged")));
        QCOMPARE(b->syntax(), TermSyntax::Erlang);
        b->setLimit(TableBrowser::MaxLimit);
        b->setSearch(TablePage::Search::Pattern, QStringLiteral("{'_', even, '_'}"));
        QSignalSpy pages(b.get(), &TableBrowser::pageReady);
        QSignalSpy finished(b.get(), &TableBrowser::readFinished);
        b->readAll(0);
        QVERIFY(finished.wait(20000) || finished.count() > 0);
        QCOMPARE(finished.first().first().toBool(), true);
        QSet<qint64> keys;
        qint64 scanned = 0;
        for (const auto &args : std::as_const(pages)) {
            const TablePage p = args.first().value<TablePage>();
            QCOMPARE(p.search, TablePage::Search::Pattern);
            scanned += p.scanned;
            for (const Term &r : p.rows) {
                QVERIFY(r.at(1).isAtom("even"));
                keys.insert(r.at(0).toInt());
            }
        }
        QCOMPARE(keys.size(), 500);
        QCOMPARE(scanned, qint64(1000));

        // A malformed pattern: the node's own message, and what to check.
        const Answer bad = ask(*b, [&] { b->searchPattern(QStringLiteral("{'_', even")); });
        QVERIFY(!bad.page);
        QVERIFY2(bad.error.contains(QStringLiteral("syntax error")), qPrintable(bad.error));
        QVERIFY2(bad.error.contains(QStringLiteral("Erlang syntax")), qPrintable(bad.error));
    }

    // Pages of a pattern search smaller than the matches in one of the node's scan chunks.
    void patternSearchInSmallPages()
    {
        std::unique_ptr<TableBrowser> b(ets(QStringLiteral("bt_paged")));
        b->setLimit(100);
        b->setSearch(TablePage::Search::Pattern, QStringLiteral("{'_', even, '_'}"));
        QSignalSpy pages(b.get(), &TableBrowser::pageReady);
        QSignalSpy finished(b.get(), &TableBrowser::readFinished);
        b->readAll(0);
        QVERIFY(finished.wait(20000) || finished.count() > 0);
        QSet<qint64> keys;
        for (const auto &args : std::as_const(pages))
            for (const Term &r : args.first().value<TablePage>().rows)
                keys.insert(r.at(0).toInt());
        // A page that ends inside a scan chunk continues there: no match is lost.
        QCOMPARE(keys.size(), 500);
    }

    void patternNamingAnUnknownAtom()
    {
        std::unique_ptr<TableBrowser> b(ets(QStringLiteral("bt_paged")));
        // The atom is sent as text, so asking does not make it exist.
        const QString atom = QStringLiteral("bt_no_such_atom_") + TestNode::randomToken(8).toLower();
        const Answer a = ask(*b, [&] { b->searchPattern(QStringLiteral("{'_', %1, '_'}").arg(atom)); });
        QVERIFY2(a.page, qPrintable(a.error));
        QCOMPARE(a.page->noAtom, atom);
        QVERIFY(a.page->rows.isEmpty());
        QVERIFY(a.page->done);
        QVERIFY(b->noticeFor(*a.page).contains(QStringLiteral("Nothing can match")));
        QCOMPARE(m_node->eval(QStringLiteral("catch list_to_existing_atom(\"%1\")").arg(atom)).left(6), QStringLiteral("{'EXIT"));
    }

    // On an Elixir node the search is written in Elixir and read by the node's own parser as a
    // literal: `_` is the wildcard, an atom the node lacks ends the search (nothing can match),
    // code is refused rather than run, and rows come back in Elixir syntax.
    void elixirNodeSearchesInElixir()
    {
        TestNode::Options o;
        if (!TestNode::elixirOptions(&o))
            QSKIP("Elixir is not installed (scripts/deps.sh installs it)");
        TestNode node(o);
        QVERIFY(node.start());
        QCOMPARE(node.eval(QStringLiteral("begin {ok, _} = application:ensure_all_started(elixir), "
                                          "ets:new(users, [named_table, public, set]), "
                                          "ets:insert(users, [{1, admin, <<\"ann\">>}, {2, user, <<\"bob\">>}, "
                                          "{3, admin, <<\"cy\">>}, {4, #{role => user}, <<\"di\">>}]), ok end")),
                 QStringLiteral("ok"));
        auto *client = new NodeClient;
        client->connectToNode(node.connectOptions());
        NodeSession session(client, AgentClient::Options{});
        session.setPaused(true);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), NodeSession::State::Live, 30000);
        QVERIFY(session.agent()->runsElixir());
        TableBrowser b(&session, TableBrowser::Source::Ets, Term::binary("users"));

        Answer a = ask(b, [&] { b.searchPattern(QStringLiteral("{_, :admin, _}")); });
        QVERIFY2(a.page, qPrintable(a.error));
        QSet<qint64> keys;
        for (const Term &r : std::as_const(a.page->rows))
            keys.insert(r.at(0).toInt());
        QCOMPARE(keys, (QSet<qint64>{1, 3}));
        QVERIFY2(a.page->texts.join(QLatin1Char(' ')).contains(QStringLiteral(":admin")), qPrintable(a.page->texts.join(QLatin1Char(' '))));

        a = ask(b, [&] { b.searchPattern(QStringLiteral("{_, %{role: :user}, _}")); });
        QVERIFY2(a.page, qPrintable(a.error));
        QCOMPARE(a.page->rows.size(), 1);
        QCOMPARE(a.page->rows.first().at(0).toInt(), 4);

        a = ask(b, [&] { b.searchKey(QStringLiteral("2")); });
        QVERIFY2(a.page, qPrintable(a.error));
        QCOMPARE(a.page->rows.size(), 1);

        const QString atom = QStringLiteral("bt_no_such_atom_") + TestNode::randomToken(8).toLower();
        a = ask(b, [&] { b.searchPattern(QStringLiteral("{_, :%1, _}").arg(atom)); });
        QVERIFY2(a.page, qPrintable(a.error));
        QCOMPARE(a.page->noAtom, atom);
        QCOMPARE(node.eval(QStringLiteral("try list_to_existing_atom(\"%1\") of _ -> made catch _:_ -> missing end").arg(atom)),
                 QStringLiteral("missing"));

        // Code is never run: a call is refused (here already for its module's alias atom), and
        // the node is still there to answer.
        a = ask(b, [&] { b.searchPattern(QStringLiteral("{_, :erlang.halt(), _}")); });
        QVERIFY2(!a.error.isEmpty(), "a call was accepted as a pattern");
        QVERIFY2(a.error.contains(QStringLiteral("only literal terms")), qPrintable(a.error));
        QCOMPARE(node.eval(QStringLiteral("ok")), QStringLiteral("ok"));

        a = ask(b, [&] { b.searchPattern(QStringLiteral("{_, :admin")); });
        QVERIFY2(a.error.contains(QStringLiteral("missing terminator")), qPrintable(a.error));
        QVERIFY2(a.error.contains(QStringLiteral("Elixir syntax")), qPrintable(a.error));

        QSignalSpy closed(&session, &NodeSession::closed);
        session.close();
        QVERIFY(closed.wait(10000) || closed.count() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(node.traceLeft(), QStringLiteral("clean"), 15000);
    }

    void scanCap()
    {
        QCOMPARE(m_node->eval(QStringLiteral("begin ets:new(bt_big, [named_table, set, public]), "
                                             "ets:insert(bt_big, [{K, common} || K <- lists:seq(1, 30000)]), ok end"),
                              60000),
                 QStringLiteral("ok"));
        std::unique_ptr<TableBrowser> b(ets(QStringLiteral("bt_big")));
        b->setScanLimit(1000); // the node's least
        // An atom the node has (an unknown one would end the search at once: no_atom).
        Answer a = ask(*b, [&] { b->searchPattern(QStringLiteral("{'_', false}")); });
        QVERIFY2(a.page, qPrintable(a.error));
        QVERIFY(a.page->scanCapped);
        QCOMPARE(a.page->scanned, qint64(1000));
        QVERIFY(a.page->rows.isEmpty());
        QVERIFY(!a.page->done);
        // The next page goes on where the scan stopped.
        a = ask(*b, [&] { b->next(); });
        QVERIFY2(a.page, qPrintable(a.error));
        QVERIFY(a.append);
        QCOMPARE(a.page->scanned, qint64(1000));
        QVERIFY(a.page->scanCapped);
        m_node->eval(QStringLiteral("ets:delete(bt_big)"));
    }

    void tableDeletedBetweenPages()
    {
        QCOMPARE(m_node->eval(QStringLiteral("begin ets:new(bt_going, [named_table, set, public]), "
                                             "ets:insert(bt_going, [{K} || K <- lists:seq(1, 300)]), ok end")),
                 QStringLiteral("ok"));
        std::unique_ptr<TableBrowser> b(ets(QStringLiteral("bt_going")));
        b->setLimit(100);
        Answer a = ask(*b, [&] { b->first(); });
        QVERIFY2(a.page, qPrintable(a.error));
        QCOMPARE(a.page->rows.size(), 100);
        QVERIFY(!a.page->done);
        QCOMPARE(m_node->eval(QStringLiteral("ets:delete(bt_going)")), QStringLiteral("true"));
        a = ask(*b, [&] { b->next(); });
        QVERIFY2(a.page, qPrintable(a.error));
        QVERIFY(!a.page->alive);
        QVERIFY(a.page->done);
        QVERIFY(a.page->continued);
        QVERIFY(b->noticeFor(*a.page).contains(QStringLiteral("was deleted")));
    }

    void unnamedTableByRefText()
    {
        const QString ref = m_node->eval(QStringLiteral(
            "begin T = ets:new(anon, [set, public]), ets:insert(T, {a, 1}), list_to_atom(erlang:ref_to_list(T)) end"));
        // Printed as a quoted atom, '#Ref<0.1.2.3>', the control channel's way to bring text back.
        QVERIFY2(ref.startsWith(QStringLiteral("'#Ref<")), qPrintable(ref));
        const QString text = ref.mid(1, ref.size() - 2);
        std::unique_ptr<TableBrowser> b(ets(text));
        Answer a = ask(*b, [&] { b->first(); });
        QVERIFY2(a.page, qPrintable(a.error));
        QCOMPARE(a.page->texts, QStringList{QStringLiteral("{a,1}")});

        // By its id as a ranking row carries it (a reference, sent back as it came).
        Term id;
        bool answered = false;
        m_session->agent()->request("ets_info", Term::map({{Term::atom("table_text"), Term::binary(text.toUtf8())}}), 10000, this,
                                    [&](const AgentReply &r) {
                                        if (r.ok())
                                            id = r.value.value("row").at(0);
                                        answered = true;
                                    });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
        QCOMPARE(id.kind(), Term::Kind::Reference);
        std::unique_ptr<TableBrowser> byId(new TableBrowser(m_session.get(), TableBrowser::Source::Ets, id, this));
        QCOMPARE(byId->tableText(), text);
        a = ask(*byId, [&] { byId->first(); });
        QVERIFY2(a.page, qPrintable(a.error));
        QCOMPARE(a.page->texts, QStringList{QStringLiteral("{a,1}")});

        // A name the node has never seen: no such table.
        std::unique_ptr<TableBrowser> none(ets(QStringLiteral("bt_never_") + TestNode::randomToken(8).toLower()));
        a = ask(*none, [&] { none->first(); });
        QVERIFY(!a.page);
        QVERIFY2(a.error.contains(QStringLiteral("no ETS table")), qPrintable(a.error));

        // A name that is an atom on the node but not a table: not there, rather than deleted.
        std::unique_ptr<TableBrowser> notTable(ets(QStringLiteral("ok")));
        a = ask(*notTable, [&] { notTable->first(); });
        QVERIFY2(a.page, qPrintable(a.error));
        QVERIFY(!a.page->alive);
        QVERIFY(!a.page->continued);
        QVERIFY2(notTable->noticeFor(*a.page).contains(QStringLiteral("There is no table named ok")), qPrintable(notTable->noticeFor(*a.page)));
    }

    void readAllBoundedAndCancelled()
    {
        std::unique_ptr<TableBrowser> b(ets(QStringLiteral("bt_paged")));
        b->setLimit(100);
        QSignalSpy pages(b.get(), &TableBrowser::pageReady);
        QSignalSpy progress(b.get(), &TableBrowser::readProgress);
        QSignalSpy finished(b.get(), &TableBrowser::readFinished);
        b->readAll(250);
        QVERIFY(finished.wait(20000) || finished.count() > 0);
        QCOMPARE(finished.first().first().toBool(), false); // cut by maxRows
        int rows = 0;
        for (const auto &args : std::as_const(pages))
            rows += int(args.first().value<TablePage>().rows.size());
        QCOMPARE(rows, 250);
        QCOMPARE(pages.count(), 3);
        QCOMPARE(progress.last().first().toLongLong(), qint64(250));
        QCOMPARE(progress.last().at(1).toLongLong(), qint64(1000));

        // Cancelled at once: the read ends incomplete and the page on its way is dropped (the
        // next request's answer comes after it on the same link: only that one is delivered).
        pages.clear();
        finished.clear();
        b->readAll(0);
        b->cancelRead();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!b->isReading());
        const Answer a = ask(*b, [&] { b->first(); });
        QVERIFY2(a.page, qPrintable(a.error));
        QCOMPARE(pages.count(), 1);
    }

    // Export ▸ All rows: the whole table read in pages into CSV and JSON, cancelled, private.
    void exportAllRows()
    {
        const QString csv = m_dir.filePath(QStringLiteral("rows.csv"));
        {
            TableRowsExport job(m_session.get(), TableBrowser::Source::Ets, Term::binary("bt_paged"), 1);
            QSignalSpy finished(&job, &TableRowsExport::finished);
            QSignalSpy progress(&job, &TableRowsExport::progress);
            job.start(csv);
            QVERIFY(finished.wait(30000) || finished.count() > 0);
            QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
            QVERIFY(progress.count() >= 2); // pages of 500
            QCOMPARE(progress.last().first().toLongLong(), qint64(1000));
        }
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.first().trimmed(), QByteArray("key,row"));
        QCOMPARE(int(lines.size()), 1002); // the header, 1,000 rows, the empty end
        QVERIFY(lines.contains(QByteArray("7,\"{7,odd,<<\"\"v\"\">>}\"\r")));

        const QString json = m_dir.filePath(QStringLiteral("rows.json"));
        {
            TableRowsExport job(m_session.get(), TableBrowser::Source::Ets, Term::binary("bt_paged"), 1);
            QSignalSpy finished(&job, &TableRowsExport::finished);
            job.start(json);
            QVERIFY(finished.wait(30000) || finished.count() > 0);
            QVERIFY(finished.first().first().toBool());
        }
        QFile j(json);
        QVERIFY(j.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(j.readAll()).object();
        QCOMPARE(doc.value(QStringLiteral("table")).toString(), QStringLiteral("bt_paged"));
        QCOMPARE(doc.value(QStringLiteral("size")).toInt(), 1000);
        QCOMPARE(doc.value(QStringLiteral("rows")).toArray().size(), 1000);
        QCOMPARE(doc.value(QStringLiteral("total")).toInt(), 1000);

        // Cancelled: no file.
        const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.csv"));
        {
            TableRowsExport job(m_session.get(), TableBrowser::Source::Ets, Term::binary("bt_paged"), 1);
            QSignalSpy finished(&job, &TableRowsExport::finished);
            job.start(cancelled);
            job.cancel();
            QCOMPARE(finished.count(), 1);
            QCOMPARE(finished.first().first().toBool(), false);
        }
        QVERIFY(!QFile::exists(cancelled));

        // A private table: why, and no file.
        QCOMPARE(m_node->eval(QStringLiteral("begin ets:new(bt_hidden, [named_table, private]), ok end")), QStringLiteral("ok"));
        const QString hidden = m_dir.filePath(QStringLiteral("hidden.csv"));
        {
            TableRowsExport job(m_session.get(), TableBrowser::Source::Ets, Term::binary("bt_hidden"), 1);
            QSignalSpy finished(&job, &TableRowsExport::finished);
            job.start(hidden);
            QVERIFY(finished.wait(30000) || finished.count() > 0);
            QCOMPARE(finished.first().first().toBool(), false);
            QVERIFY2(finished.first().at(1).toString().contains(QStringLiteral("private")),
                     qPrintable(finished.first().at(1).toString()));
        }
        QVERIFY(!QFile::exists(hidden));
    }

    void mnesiaTable()
    {
        QCOMPARE(m_node->eval(QStringLiteral("mnesia:start()"), 30000), QStringLiteral("ok"));
        QCOMPARE(m_node->eval(QStringLiteral("mnesia:create_table(bt_people, [{attributes, [id, name]}])"), 30000),
                 QStringLiteral("{atomic,ok}"));
        QCOMPARE(m_node->eval(QStringLiteral("begin [mnesia:dirty_write({bt_people, I, integer_to_binary(I)}) || I <- lists:seq(1, 250)], ok end")),
                 QStringLiteral("ok"));
        std::unique_ptr<TableBrowser> b(
            new TableBrowser(m_session.get(), TableBrowser::Source::Mnesia, Term::binary("bt_people"), this));
        b->setLimit(100);
        QSet<qint64> seen;
        Answer a = ask(*b, [&] { b->first(); });
        for (;;) {
            QVERIFY2(a.page, qPrintable(a.error));
            QCOMPARE(a.page->size, qint64(250));
            for (const Term &r : a.page->rows) {
                QVERIFY(r.isTuple(3));
                QVERIFY(r.at(0).isAtom("bt_people"));
                seen.insert(r.at(1).toInt());
            }
            if (a.page->done)
                break;
            a = ask(*b, [&] { b->next(); });
        }
        QCOMPARE(seen.size(), 250);

        a = ask(*b, [&] { b->searchKey(QStringLiteral("7")); });
        QVERIFY2(a.page, qPrintable(a.error));
        QCOMPARE(a.page->texts, QStringList{QStringLiteral("{bt_people,7,<<\"7\">>}")});

        std::unique_ptr<TableBrowser> none(new TableBrowser(m_session.get(), TableBrowser::Source::Mnesia,
                                                            Term::binary("bt_no_table_" + TestNode::randomToken(6).toLower().toLatin1()),
                                                            this));
        a = ask(*none, [&] { none->first(); });
        QVERIFY(!a.page);
        QVERIFY2(a.error.contains(QStringLiteral("no Mnesia table")), qPrintable(a.error));

        // The CLI's mnesia TABLE, while Mnesia runs.
        const test::CliRun r = runRows({QStringLiteral("mnesia"), QStringLiteral("bt_people"), QStringLiteral("--rows"), QStringLiteral("300"),
                                    QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc.value(QStringLiteral("size")).toInt(), 250);
        QCOMPARE(doc.value(QStringLiteral("rows")).toArray().size(), 250);
        QCOMPARE(doc.value(QStringLiteral("done")).toBool(), true);

        QCOMPARE(m_node->eval(QStringLiteral("mnesia:stop()"), 30000), QStringLiteral("stopped"));
        a = ask(*b, [&] { b->first(); });
        QVERIFY(!a.page);
        QVERIFY2(a.error.contains(QStringLiteral("Mnesia is not running")), qPrintable(a.error));
    }

    // A node that stops answering: the request times out; then, silent past its tick time, the
    // link is lost with a request in flight.
    void timeoutAndLostLink()
    {
        TestNode::Options to;
        to.tickTime = 4;
        TestNode node(to);
        QVERIFY(node.start());
        QCOMPARE(node.eval(QStringLiteral("begin ets:new(bt_t, [named_table, public]), ets:insert(bt_t, {1}), ok end")), QStringLiteral("ok"));
        auto *client = new NodeClient;
        client->connectToNode(node.connectOptions());
        auto session = std::make_unique<NodeSession>(client, AgentClient::Options{});
        session->setPaused(true);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), NodeSession::State::Live, 30000);
        TableBrowser b(session.get(), TableBrowser::Source::Ets, Term::binary("bt_t"));
        b.setTimeoutMs(500);
        node.suspend();
        Answer a = ask(b, [&] { b.first(); });
        QVERIFY(!a.page);
        QVERIFY2(a.error.contains(QStringLiteral("did not answer in time")), qPrintable(a.error));
        QVERIFY(!b.isBusy());

        QSignalSpy failed(&b, &TableBrowser::failed);
        b.setTimeoutMs(30000); // longer than the tick time: the link goes first
        b.first();
        QVERIFY(b.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() > 0, 20000);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("connection to the node was lost")),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(!b.isBusy());
        node.kill();
        session.reset();
    }

    void cli()
    {
        QCOMPARE(m_node->eval(QStringLiteral("begin ets:new(bt_secret, [named_table, private]), ets:insert(bt_secret, {k}), ok end")),
                 QStringLiteral("ok"));
        // The first rows, as JSON.
        test::CliRun r = runRows({QStringLiteral("ets"), QStringLiteral("bt_paged"), QStringLiteral("--rows"), QStringLiteral("5"),
                              QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc.value(QStringLiteral("table")).toString(), QStringLiteral("bt_paged"));
        QCOMPARE(doc.value(QStringLiteral("size")).toInt(), 1000);
        QCOMPARE(doc.value(QStringLiteral("rows")).toArray().size(), 5);
        QCOMPARE(doc.value(QStringLiteral("done")).toBool(), false);
        QVERIFY(doc.value(QStringLiteral("scanned")).isNull());

        // More rows than a page: several pages, each key once.
        r = runRows({QStringLiteral("ets"), QStringLiteral("bt_paged"), QStringLiteral("--rows"), QStringLiteral("1200")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1001);
        QCOMPARE(QSet<QString>(lines.begin(), lines.end() - 1).size(), 1000);
        QVERIFY2(lines.last().contains(QRegularExpression(QStringLiteral("^1,?000 rows read of 1,?000"))), qPrintable(lines.last()));

        // A key, as text: the row and the summary.
        r = runRows({QStringLiteral("ets"), QStringLiteral("bt_paged"), QStringLiteral("--key"), QStringLiteral("7")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.first(), QStringLiteral("{7,odd,<<\"v\">>}"));

        // A pattern, as JSON, with the rows it scanned.
        r = runRows({QStringLiteral("ets"), QStringLiteral("bt_paged"), QStringLiteral("--match"), QStringLiteral("{'_', odd, '_'}"),
                 QStringLiteral("--rows"), QStringLiteral("1000"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc.value(QStringLiteral("rows")).toArray().size(), 500);
        QCOMPARE(doc.value(QStringLiteral("done")).toBool(), true);
        QCOMPARE(doc.value(QStringLiteral("scanned")).toInt(), 1000);
        QCOMPARE(doc.value(QStringLiteral("scan_capped")).toBool(), false);

        // A malformed pattern: the node's message, a remote error.
        r = runRows({QStringLiteral("ets"), QStringLiteral("bt_paged"), QStringLiteral("--match"), QStringLiteral("{a,")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("syntax error"), r.err.constData());

        // A private table: why, and no rows.
        r = runRows({QStringLiteral("ets"), QStringLiteral("bt_secret")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.out.trimmed().isEmpty());
        QVERIFY2(r.err.contains("only its owner process can read a private table's rows"), r.err.constData());

        // Usage errors.
        r = runRows({QStringLiteral("ets"), QStringLiteral("bt_paged"), QStringLiteral("--key"), QStringLiteral("1"), QStringLiteral("--match"),
                 QStringLiteral("'_'")});
        QCOMPARE(r.exitCode, 2);
        r = runRows({QStringLiteral("ets"), QStringLiteral("bt_paged"), QStringLiteral("--rows"), QStringLiteral("0")});
        QCOMPARE(r.exitCode, 2);
        r = runRows({QStringLiteral("ets"), QStringLiteral("bt_paged"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--match"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestNode> m_node;
    std::unique_ptr<NodeSession> m_session;
};

QTEST_GUILESS_MAIN(TestTableContents)
#include "tst_tablecontents.moc"
