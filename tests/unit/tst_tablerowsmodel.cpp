// SPDX-License-Identifier: GPL-3.0-or-later
// TableRowsModel and TablePage without a node: a page read from the agent's map, tuple rows of
// one size in columns with the key marked (keypos 1 for ETS, 2 for a Mnesia record), rows of
// mixed shapes in one "Row" column, long cells cut with a visible marker and the whole row on
// hover, appended pages inserted (never a reset) unless the shape changes, all under
// QAbstractItemModelTester.
#include "collect/tablecontents.h"
#include "tablerowsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace beamtop;

namespace {
Term kv(qint64 k, const Term &v)
{
    return Term::tuple({Term::integer(k), v});
}

TablePage pageOf(const QVector<Term> &rows)
{
    QVector<Term> list = rows;
    const Term map = Term::map({{Term::atom("alive"), Term::atom("true")},
                                {Term::atom("private"), Term::atom("false")},
                                {Term::atom("size"), Term::integer(1000)},
                                {Term::atom("rows"), Term::list(list)},
                                {Term::atom("done"), Term::atom("false")},
                                {Term::atom("continuation"), Term::atom("cont")}});
    TablePage p;
    const bool ok = TablePage::fromTerm(map, TermFormatter(), &p);
    Q_ASSERT(ok);
    return p;
}
} // namespace

class TestTableRowsModel : public QObject
{
    Q_OBJECT
private slots:
    void pageFromTheAgentsMap()
    {
        const Term map = Term::map({{Term::atom("alive"), Term::atom("true")},
                                    {Term::atom("private"), Term::atom("false")},
                                    {Term::atom("size"), Term::integer(30000)},
                                    {Term::atom("rows"), Term::list({kv(1, Term::atom("a"))})},
                                    {Term::atom("done"), Term::atom("false")},
                                    {Term::atom("scanned"), Term::integer(1000)},
                                    {Term::atom("scan_capped"), Term::atom("true")},
                                    {Term::atom("rows_cut"), Term::integer(3)}});
        TablePage p;
        QVERIFY(TablePage::fromTerm(map, TermFormatter(), &p));
        QVERIFY(p.alive && !p.isPrivate && !p.done && p.scanCapped);
        QCOMPARE(p.size, qint64(30000));
        QCOMPARE(p.scanned, qint64(1000));
        QCOMPARE(p.rowsCut, qint64(3));
        QCOMPARE(p.texts, QStringList{QStringLiteral("{1,a}")});

        // Deleted, private, no atom.
        QVERIFY(TablePage::fromTerm(Term::map({{Term::atom("alive"), Term::atom("false")}}), TermFormatter(), &p));
        QVERIFY(!p.alive && p.done && p.rows.isEmpty());
        QVERIFY(TablePage::fromTerm(Term::map({{Term::atom("alive"), Term::atom("true")}, {Term::atom("private"), Term::atom("true")},
                                               {Term::atom("rows"), Term::nil()}, {Term::atom("size"), Term::integer(4)}}),
                                    TermFormatter(), &p));
        QVERIFY(p.isPrivate && p.done);
        QCOMPARE(p.size, qint64(4));
        QVERIFY(TablePage::fromTerm(Term::map({{Term::atom("alive"), Term::atom("true")}, {Term::atom("rows"), Term::nil()},
                                               {Term::atom("done"), Term::atom("true")},
                                               {Term::atom("no_atom"), Term::binary("nope")}}),
                                    TermFormatter(), &p));
        QCOMPARE(p.noAtom, QStringLiteral("nope"));

        // Not a page.
        QVERIFY(!TablePage::fromTerm(Term::atom("ok"), TermFormatter(), &p));
        QVERIFY(!TablePage::fromTerm(Term::map({{Term::atom("rows"), Term::nil()}}), TermFormatter(), &p));
    }

    void tuplesInColumns()
    {
        TableRowsModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.applyPage(pageOf({kv(1, Term::atom("a")), kv(2, Term::atom("b"))}), false);
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.columnCount(), 2);
        QCOMPARE(m.arity(), 2);
        QCOMPARE(m.headerData(0, Qt::Horizontal).toString(), QStringLiteral("1 · key"));
        QCOMPARE(m.headerData(1, Qt::Horizontal).toString(), QStringLiteral("2"));
        QCOMPARE(m.index(1, 1).data().toString(), QStringLiteral("b"));
        QCOMPARE(m.index(1, 1).data(Qt::ToolTipRole).toString(), QStringLiteral("{2,b}"));
        QCOMPARE(m.index(1, 0).data(TableRowsModel::KeyRole).toString(), QStringLiteral("2"));
        QCOMPARE(m.index(1, 1).data(TableRowsModel::RawValueRole).value<Term>(), Term::atom("b"));
        QCOMPARE(m.rowText(0), QStringLiteral("{1,a}"));

        // A record: the key is the second element.
        m.setKeyPos(2);
        QCOMPARE(m.headerData(1, Qt::Horizontal).toString(), QStringLiteral("2 · key"));
        QCOMPARE(m.index(0, 0).data(TableRowsModel::KeyRole).toString(), QStringLiteral("a"));
    }

    void appendInsertsUnlessTheShapeChanges()
    {
        TableRowsModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.applyPage(pageOf({kv(1, Term::atom("a"))}), false);
        QSignalSpy resets(&m, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&m, &QAbstractItemModel::rowsInserted);
        m.applyPage(pageOf({kv(2, Term::atom("b")), kv(3, Term::atom("c"))}), true);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserts.count(), 1);
        QCOMPARE(inserts.first().at(1).toInt(), 1);
        QCOMPARE(inserts.first().at(2).toInt(), 2);
        QCOMPARE(m.rowCount(), 3);

        // A row of another size: one "Row" column from now on, every row kept.
        m.applyPage(pageOf({Term::tuple({Term::integer(4)}), Term::atom("loose")}), true);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(m.rowCount(), 5);
        QCOMPARE(m.columnCount(), 1);
        QCOMPARE(m.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Row"));
        QCOMPARE(m.index(4, 0).data().toString(), QStringLiteral("loose"));
        QCOMPARE(m.index(0, 0).data().toString(), QStringLiteral("{1,a}"));

        // A first page replaces.
        m.applyPage(pageOf({kv(9, Term::atom("z"))}), false);
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(m.arity(), 2);
        m.clear();
        QCOMPARE(m.rowCount(), 0);
    }

    void longCellsAreCutVisibly()
    {
        TableRowsModel m;
        const Term big = Term::binary(QByteArray(200, 'x'));
        m.applyPage(pageOf({kv(1, big)}), false);
        const QString cell = m.index(0, 1).data().toString();
        QCOMPARE(cell.size(), TableRowsModel::MaxCellChars);
        QVERIFY(cell.endsWith(QStringLiteral("…")));
        // The whole row on hover.
        QVERIFY(m.index(0, 1).data(Qt::ToolTipRole).toString().contains(QString(200, QLatin1Char('x'))));
        QCOMPARE(TableRowsModel::cut(QStringLiteral("short")), QStringLiteral("short"));
    }
};

QTEST_GUILESS_MAIN(TestTableRowsModel)
#include "tst_tablerowsmodel.moc"
