// SPDX-License-Identifier: GPL-3.0-or-later
// TreeRowModel: the model contract (QAbstractItemModelTester, attached before any data) and
// updates as differences by key — removes, inserts, moves and dataChanged, never a reset after
// the first fill — so that the tree views keep expanded rows and selection.
#include "treemodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace beamtop;

namespace {

using Node = TreeRowModel::Node;

class SizeTreeModel : public TreeRowModel
{
public:
    enum Column { Name, Size, ColumnCount };
    SizeTreeModel() : TreeRowModel(ColumnCount) {}

protected:
    QString headerText(int column) const override
    {
        return column == Name ? tr("Name") : tr("Size");
    }
    QString displayText(int column, const QVariant &raw) const override
    {
        return column == Size ? raw.toString() + QStringLiteral(" KiB") : raw.toString();
    }
};

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

Node node(const QString &key, int size, QVector<Node> children = {}, int total = -1)
{
    return Node{key, {key, size}, std::move(children), total};
}

Node node(const char *key, int size = 0, QVector<Node> children = {}, int total = -1)
{
    return node(s(key), size, std::move(children), total);
}

Node root(QVector<Node> children)
{
    return Node{{}, {}, std::move(children), -1};
}

// The tree as text, "a(b,c),d", to compare a whole shape in one line.
QString shape(const QAbstractItemModel &m, const QModelIndex &parent = {})
{
    QStringList parts;
    for (int r = 0; r < m.rowCount(parent); ++r) {
        const QModelIndex at = m.index(r, 0, parent);
        QString part = at.data(RowTableModel::KeyRole).toString();
        if (m.rowCount(at) > 0)
            part += QLatin1Char('(') + shape(m, at) + QLatin1Char(')');
        parts.append(part);
    }
    return parts.join(QLatin1Char(','));
}

QModelIndex at(const TreeRowModel &m, const QStringList &path)
{
    return m.indexForPath(path);
}

struct Spies
{
    QSignalSpy reset, layout, inserted, removed, moved, changed;
    explicit Spies(QAbstractItemModel *m)
        : reset(m, &QAbstractItemModel::modelReset), layout(m, &QAbstractItemModel::layoutChanged),
          inserted(m, &QAbstractItemModel::rowsInserted),
          removed(m, &QAbstractItemModel::rowsRemoved), moved(m, &QAbstractItemModel::rowsMoved),
          changed(m, &QAbstractItemModel::dataChanged)
    {
    }
    int structural() const
    {
        return int(reset.count() + layout.count() + inserted.count() + removed.count() +
                   moved.count());
    }
};

// (parent key, first, last) of each rowsRemoved / rowsInserted, sorted.
QStringList ranges(const QSignalSpy &spy)
{
    QStringList out;
    for (const QList<QVariant> &args : spy) {
        out.append(args.at(0).toModelIndex().data(RowTableModel::KeyRole).toString() +
                   QLatin1Char(':') + QString::number(args.at(1).toInt()) + QLatin1Char('-') +
                   QString::number(args.at(2).toInt()));
    }
    out.sort();
    return out;
}

QVector<Node> numbered(int count, int size = 0)
{
    QVector<Node> out;
    for (int i = 0; i < count; ++i)
        out.append(node(QStringLiteral("c%1").arg(i), size));
    return out;
}

} // namespace

class TestTreeModel : public QObject
{
    Q_OBJECT
private slots:
    void firstFill()
    {
        SizeTreeModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Spies spies(&m);
        const Node tree =
            root({node("kernel", 10, {node("code_server", 2), node("file_server", 3)}, 2),
                  node("stdlib", 4)});
        m.applyTree(tree);
        QCOMPARE(shape(m), s("kernel(code_server,file_server),stdlib"));
        QCOMPARE(spies.reset.count(), 1);
        QCOMPARE(spies.inserted.count(), 0);

        const QModelIndex code = at(m, {s("kernel"), s("code_server")});
        QVERIFY(code.isValid());
        QCOMPARE(code.parent(), m.index(0, 0));
        QCOMPARE(code.data(RowTableModel::KeyRole).toString(), s("code_server"));
        QCOMPARE(code.siblingAtColumn(SizeTreeModel::Size).data(RowTableModel::RawValueRole),
                 QVariant(2));
        QCOMPARE(code.siblingAtColumn(SizeTreeModel::Size).data().toString(), s("2 KiB"));
        QCOMPARE(m.index(0, 0).data(TreeRowModel::TotalChildrenRole).toInt(), 2);
        QVERIFY(!m.index(1, 0).data(TreeRowModel::TotalChildrenRole).isValid());
        QCOMPARE(m.headerData(SizeTreeModel::Name, Qt::Horizontal).toString(), s("Name"));
        QCOMPARE(
            m.headerData(SizeTreeModel::Size, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(),
            int(Qt::DescendingOrder));
        QVERIFY(!at(m, {s("kernel"), s("nope")}).isValid());
        QCOMPARE(m.rowCount(m.index(0, SizeTreeModel::Size)), 0); // only the first column nests
    }

    void sameTreeTwiceIsSilent()
    {
        SizeTreeModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Node tree = root({node("a", 1, {node("b", 2)}), node("c", 3)});
        m.applyTree(tree);
        Spies spies(&m);
        m.applyTree(tree);
        QCOMPARE(spies.structural(), 0);
        QCOMPARE(spies.changed.count(), 0);
    }

    void insertInTheMiddleOfALevel()
    {
        SizeTreeModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.applyTree(root({node("sup", 0, {node("w1"), node("w2"), node("w5")}), node("other")}));
        Spies spies(&m);
        m.applyTree(
            root({node("sup", 0, {node("w1"), node("w2"), node("w3"), node("w4"), node("w5")}),
                  node("other")}));
        QCOMPARE(shape(m), s("sup(w1,w2,w3,w4,w5),other"));
        QCOMPARE(ranges(spies.inserted), QStringList{s("sup:2-3")}); // one block of two rows
        QCOMPARE(spies.structural(), 1);
        QCOMPARE(spies.changed.count(), 0);
    }

    void removeNonContiguousChildren()
    {
        SizeTreeModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.applyTree(root({node("sup", 0, numbered(10))}));
        Spies spies(&m);
        QVector<Node> kept = numbered(10);
        for (int gone : {8, 5, 2, 1})
            kept.remove(gone);
        m.applyTree(root({node("sup", 0, kept)}));
        QCOMPARE(shape(m), s("sup(c0,c3,c4,c6,c7,c9)"));
        QCOMPARE(spies.removed.count(), 3);
        QCOMPARE(ranges(spies.removed), (QStringList{s("sup:1-2"), s("sup:5-5"), s("sup:8-8")}));
        QCOMPARE(spies.structural(), 3);
    }

    void changedValueIsDataChangedOnly()
    {
        SizeTreeModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.applyTree(
            root({node("a", 0, {node("b", 0, {node("c", 1)}), node("d", 2)}), node("e", 3)}));
        Spies spies(&m);
        m.applyTree(
            root({node("a", 0, {node("b", 0, {node("c", 5)}), node("d", 2)}), node("e", 3)}));
        QCOMPARE(spies.structural(), 0);
        QCOMPARE(spies.changed.count(), 1);
        const QModelIndex c = at(m, {s("a"), s("b"), s("c")});
        QCOMPARE(spies.changed.first().at(0).toModelIndex(),
                 c.siblingAtColumn(SizeTreeModel::Size));
        QCOMPARE(spies.changed.first().at(1).toModelIndex(),
                 c.siblingAtColumn(SizeTreeModel::Size));
        QCOMPARE(c.siblingAtColumn(SizeTreeModel::Size).data(RowTableModel::RawValueRole).toInt(),
                 5);

        // A new reported child count changes the whole row, not its children.
        spies.changed.clear();
        m.applyTree(root(
            {node("a", 0, {node("b", 0, {node("c", 5)}, 100'000), node("d", 2)}), node("e", 3)}));
        QCOMPARE(spies.structural(), 0);
        QCOMPARE(spies.changed.count(), 1);
        const QModelIndex b = at(m, {s("a"), s("b")});
        QCOMPARE(spies.changed.first().at(0).toModelIndex(), b);
        QCOMPARE(spies.changed.first().at(1).toModelIndex(),
                 b.siblingAtColumn(SizeTreeModel::Size));
        QCOMPARE(b.data(TreeRowModel::TotalChildrenRole).toInt(), 100'000);
        QCOMPARE(m.totalChildren(b), 100'000);
        QCOMPARE(m.rowCount(b), 1);
    }

    void subtreeMovedDeeper()
    {
        SizeTreeModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.applyTree(root({node("a", 0, {node("x", 0, {node("x1"), node("x2")}), node("y")})}));
        const QPersistentModelIndex y = at(m, {s("a"), s("y")});
        Spies spies(&m);
        m.applyTree(root({node("a", 0, {node("y", 0, {node("x", 0, {node("x1"), node("x2")})})})}));
        QCOMPARE(shape(m), s("a(y(x(x1,x2)))"));
        QCOMPARE(ranges(spies.removed), QStringList{s("a:0-0")});
        QCOMPARE(ranges(spies.inserted), QStringList{s("y:0-0")});
        QCOMPARE(spies.structural(), 2);
        QVERIFY(y.isValid());
        QCOMPARE(y.row(), 0);
        QCOMPARE(y.data(RowTableModel::KeyRole).toString(), s("y"));
    }

    void reorderMovesRows()
    {
        SizeTreeModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.applyTree(root({node("a"), node("b", 0, {node("b1")}), node("c")}));
        const QPersistentModelIndex b1 = at(m, {s("b"), s("b1")});
        Spies spies(&m);
        m.applyTree(root({node("c"), node("a"), node("b", 0, {node("b1")})}));
        QCOMPARE(shape(m), s("c,a,b(b1)"));
        QVERIFY(spies.moved.count() >= 1);
        QCOMPARE(spies.structural(), spies.moved.count());
        QVERIFY(b1.isValid());
        QCOMPARE(b1.parent().row(), 2);
        QCOMPARE(b1.data(RowTableModel::KeyRole).toString(), s("b1"));
    }

    void persistentIndexSurvivesRemovalOfEarlierSiblings()
    {
        SizeTreeModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVector<Node> kids = numbered(6);
        kids[4].children = {node("g", 7)};
        m.applyTree(root({node("sup", 0, kids)}));
        const QPersistentModelIndex c4 = at(m, {s("sup"), s("c4")});
        const QPersistentModelIndex c4Size = c4.sibling(c4.row(), SizeTreeModel::Size);
        const QPersistentModelIndex g = at(m, {s("sup"), s("c4"), s("g")});
        QCOMPARE(c4.row(), 4);

        kids.remove(2);
        kids.remove(0);
        Spies spies(&m);
        m.applyTree(root({node("sup", 0, kids)}));
        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(spies.removed.count(), 2);
        QVERIFY(c4.isValid());
        QCOMPARE(c4.row(), 2);
        QCOMPARE(c4.data(RowTableModel::KeyRole).toString(), s("c4"));
        QCOMPARE(c4Size.column(), int(SizeTreeModel::Size));
        QCOMPARE(c4Size.data(RowTableModel::KeyRole).toString(), s("c4"));
        QVERIFY(g.isValid());
        QCOMPARE(g.parent(), QModelIndex(c4));
        QCOMPARE(g.data(RowTableModel::KeyRole).toString(), s("g"));
    }

    void tenThousandChildrenRemoveEveryOther()
    {
        SizeTreeModel m;
        auto tester = std::make_unique<QAbstractItemModelTester>(
            &m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int count = 10'000;
        QVector<Node> kids;
        for (int i = 0; i < count; ++i) {
            kids.append(node(QStringLiteral("n%1").arg(i, 5, 10, QLatin1Char('0')), i));
            if (i % 1000 == 0)
                kids.last().children = {node("g")};
        }
        m.applyTree(root({node("first"), node("sup", 0, kids)}));
        QCOMPARE(m.rowCount(at(m, {s("sup")})), count);
        // The tester walks the whole tree on every signal: over 5,000 removals that is 10^8
        // checks (46 s here). A fresh tester checks the result below instead.
        tester.reset();

        QVector<Node> even;
        for (int i = 0; i < count; i += 2)
            even.append(kids.at(i));
        Spies spies(&m);
        QElapsedTimer timer;
        timer.start();
        m.applyTree(root({node("first"), node("sup", 0, even)}));
        qInfo("removing 5,000 of 10,000 children: %lld ms", timer.elapsed());

        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(spies.inserted.count(), 0);
        QCOMPARE(spies.removed.count(), count / 2); // no two removed children are adjacent
        const QModelIndex sup = at(m, {s("sup")});
        QCOMPARE(sup.row(), 1);
        QCOMPARE(m.rowCount(sup), count / 2);
        for (int r = 0; r < count / 2; ++r) {
            const QModelIndex child = m.index(r, SizeTreeModel::Size, sup);
            QCOMPARE(child.data(RowTableModel::RawValueRole).toInt(), 2 * r);
            QCOMPARE(child.parent(), sup);
        }
        for (int i = 0; i < count; i += 1000) {
            const QModelIndex g = m.index(0, 0, m.index(i / 2, 0, sup));
            QCOMPARE(g.data(RowTableModel::KeyRole).toString(), s("g"));
            QCOMPARE(g.parent().row(), i / 2); // the rows kept after the removals
        }
        QAbstractItemModelTester after(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void clearResetsAndRefills()
    {
        SizeTreeModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.applyTree(root({node("a", 0, {node("b")})}));
        Spies spies(&m);
        m.clear();
        QCOMPARE(m.rowCount(), 0);
        m.applyTree(root({node("c")}));
        QCOMPARE(shape(m), s("c"));
        QCOMPARE(spies.reset.count(), 2);
        QCOMPARE(spies.inserted.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTreeModel)
#include "tst_treemodel.moc"
