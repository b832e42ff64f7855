// SPDX-License-Identifier: GPL-3.0-or-later
// The ETS ranking's value types on hand-made agent terms (EtsRow::fromTerm for a named table, an
// unnamed one, a deleted one and malformed rows), the filter EtsQuery::toRanked composes, the
// order shownValue gives in both modes, the trend, and how rows are written out (EtsColumns:
// keys, JSON nulls for what is unknown, the table's dashes and signs).
#include "collect/etsranking.h"
#include "export/etscolumns.h"

#include <QTest>
#include <QTextStream>

using namespace beamtop;

namespace {

const QByteArray Node = "app@host";

Term pid(quint64 n)
{
    NodeId id;
    id.node = Node;
    id.id = n;
    return Term::pid(id);
}

Term ref()
{
    NodeId r;
    r.node = Node;
    r.refWords = {7, 8, 9};
    return Term::reference(r);
}

Term atom(const char *a)
{
    return Term::atom(a);
}

// {Id, IdText, Name, Named, Type, Protection, Size, MemoryBytes, Owner, OwnerName, Heir, Keypos,
//  ReadConcurrency, WriteConcurrency, DecentralizedCounters, Compressed, Fixed, RankValue}
Term row(const Term &id, const char *text, const char *name, qint64 size, qint64 memory, qint64 rank = 0)
{
    return Term::tuple({id, Term::binary(QByteArray(text)), atom(name), atom(id.isAtom() ? "true" : "false"), atom("ordered_set"),
                        atom("protected"), Term::integer(size), Term::integer(memory), pid(80), atom("my_cache"), atom("none"),
                        Term::integer(2), atom("true"), atom("auto"), atom("true"), atom("false"), atom("false"),
                        Term::integer(rank)});
}

Term deletedRow(const Term &id, const char *text)
{
    QVector<Term> e{id, Term::binary(QByteArray(text))};
    for (int i = 0; i < 4; ++i)
        e << atom("undefined");
    e << Term::integer(0) << Term::integer(0);
    for (int i = 0; i < 9; ++i)
        e << atom("undefined");
    e << Term::integer(5);
    return Term::tuple(e);
}

} // namespace

class TestEtsRanking : public QObject
{
    Q_OBJECT
private slots:
    void readsANamedTable()
    {
        EtsRow r;
        QVERIFY(EtsRow::fromTerm(row(atom("sessions"), "sessions", "sessions", 1200, 96000, 96000), &r));
        QCOMPARE(r.idText, QStringLiteral("sessions"));
        QVERIFY(r.named);
        QCOMPARE(r.type, QStringLiteral("ordered_set"));
        QCOMPARE(r.protection, QStringLiteral("protected"));
        QCOMPARE(r.size, 1200);
        QCOMPARE(r.memory, 96000);
        QCOMPARE(r.keypos, 2);
        QVERIFY(r.readConcurrency);
        QCOMPARE(r.writeConcurrency, QStringLiteral("auto"));
        QVERIFY(r.decentralizedCounters);
        QVERIFY(!r.compressed && !r.fixed && !r.gone);
        QVERIFY(!r.heir.isPid());
        QVERIFY(!r.hasSizeRate() && !r.hasMemoryRate());
        QCOMPARE(r.ownerText(TermFormatter()), QStringLiteral("my_cache"));
        QCOMPARE(r.trend(EtsQuery::Sort::Memory), 0); // no rate yet: steady, not growing
    }

    void readsAnUnnamedAndADeletedTable()
    {
        EtsRow r;
        QVERIFY(EtsRow::fromTerm(row(ref(), "#Ref<0.7.8.9>", "cache", 3, 400), &r));
        QVERIFY(!r.named);
        QCOMPARE(r.name, QStringLiteral("cache"));
        QCOMPARE(r.id.kind(), Term::Kind::Reference);

        QVERIFY(EtsRow::fromTerm(deletedRow(ref(), "#Ref<0.7.8.9>"), &r));
        QVERIFY(r.gone);
        QVERIFY(!r.hasValues()); // never seen alive by this run: no figures, not zeros
        QCOMPARE(r.size, -1);
        QVERIFY(r.type.isEmpty());
        const QJsonObject json = r.toJson(TermFormatter());
        QVERIFY(json.value(QStringLiteral("size")).isNull());
        QVERIFY(json.value(QStringLiteral("memory_bytes")).isNull());
        QVERIFY(json.value(QStringLiteral("type")).isNull());
        QVERIFY(json.value(QStringLiteral("compressed")).isNull());
        QVERIFY(json.value(QStringLiteral("deleted")).toBool());
        QVERIFY(json.value(QStringLiteral("last_seen")).isNull());
        // The form {gone, Row} is read too.
        QVERIFY(EtsRow::fromTerm(Term::tuple({atom("gone"), row(atom("t"), "t", "t", 1, 1)}), &r));
        QVERIFY(r.gone);
    }

    void rejectsMalformedRows()
    {
        EtsRow r;
        QVERIFY(!EtsRow::fromTerm(Term::tuple({atom("t")}), &r));
        QVERIFY(!EtsRow::fromTerm(row(Term::integer(3), "3", "x", 1, 1), &r)); // not a table id
        QVERIFY(!EtsRow::fromTerm(row(atom("undefined"), "undefined", "x", 1, 1), &r));
        QVERIFY(!EtsRow::fromTerm(Term::list({}), &r));
        // Wrong kinds inside a row are unknown figures, not a crash.
        Term odd = Term::tuple({atom("t"), Term::binary("t"), Term::integer(1), atom("yes"), atom("set"), atom("public"),
                                atom("undefined"), Term::binary("x"), atom("undefined"), atom("undefined"), atom("none"),
                                Term::binary("k"), atom("x"), atom("x"), atom("x"), atom("x"), atom("x"), atom("undefined")});
        QVERIFY(EtsRow::fromTerm(odd, &r));
        QCOMPARE(r.size, -1);
        QCOMPARE(r.memory, -1);
        QCOMPARE(r.keypos, 0);
        QCOMPARE(r.rankValue, -1);
        QVERIFY(r.name.isEmpty());
    }

    void composesTheFilterTheNodeReads()
    {
        EtsQuery q;
        QCOMPARE(q.toRanked().kind, QStringLiteral("ets"));
        QCOMPARE(q.toRanked().sort, QStringLiteral("memory"));
        QCOMPARE(q.toRanked().filter, QString());
        q.type = QStringLiteral("bag");
        q.protection = QStringLiteral("private");
        q.filter = QStringLiteral("  sess ");
        QCOMPARE(q.toRanked().filter, QStringLiteral("type:bag protection:private sess"));
        q.type = QStringLiteral("hash"); // unknown words are not sent: they would match nothing
        QCOMPARE(q.toRanked().filter, QStringLiteral("protection:private sess"));
        q.sort = EtsQuery::Sort::Size;
        q.mode = EtsQuery::Mode::Window;
        QVERIFY(q.toRanked().window);
        QCOMPARE(q.toRanked().sort, QStringLiteral("size"));
        EtsQuery::Sort s;
        QVERIFY(EtsQuery::parseSort(QStringLiteral("size"), &s) && s == EtsQuery::Sort::Size);
        QVERIFY(!EtsQuery::parseSort(QStringLiteral("growth"), &s)); // growth is a mode
        EtsQuery other = q;
        other.offset = 50;
        QVERIFY(q.sameRanking(other));
        other.protection = QStringLiteral("public");
        QVERIFY(!q.sameRanking(other));
    }

    void shownValueFollowsTheMode()
    {
        EtsRanking page;
        EtsRow r;
        QVERIFY(EtsRow::fromTerm(row(atom("t"), "t", "t", 10, 800, 42), &r));
        QCOMPARE(page.shownValue(r), 800.0);
        page.query.sort = EtsQuery::Sort::Size;
        QCOMPARE(page.shownValue(r), 10.0);
        page.query.mode = EtsQuery::Mode::Window;
        QCOMPARE(page.shownValue(r), 42.0); // the node's rate until the collector has its own
        r.sizePerS = -3.5;                  // a shrinking table
        QCOMPARE(page.shownValue(r), -3.5);
        QCOMPARE(r.trend(EtsQuery::Sort::Size), -1);
        r.memoryPerS = 100;
        QCOMPARE(r.trend(EtsQuery::Sort::Memory), 1);
    }

    void writesATableForPeople()
    {
        EtsRow grow, gone;
        QVERIFY(EtsRow::fromTerm(row(atom("sessions"), "sessions", "sessions", 1200, 96000), &grow));
        grow.sizePerS = 25;
        grow.memoryPerS = -2048;
        QVERIFY(EtsRow::fromTerm(deletedRow(atom("old"), "old"), &gone));
        QString text;
        QTextStream out(&text);
        EtsColumns::writeTable(out, {grow, gone}, TermFormatter());
        out.flush();
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith(QLatin1String("TABLE")));
        QVERIFY2(lines[1].contains(QLatin1String("+25")) && lines[1].contains(QLatin1String("-2")) && lines[1].contains(QLatin1String("my_cache")),
                 qPrintable(lines[1]));
        QVERIFY2(lines[2].contains(QLatin1String("old (deleted)")) && !lines[2].contains(QLatin1String(" 0 ")), qPrintable(lines[2]));
        QCOMPARE(EtsColumns::keys().first(), QStringLiteral("id"));
        QVERIFY(EtsColumns::keys().contains(QStringLiteral("memory_bytes")));
        // Every key is in a row's JSON.
        const QJsonObject json = grow.toJson(TermFormatter());
        for (const QString &k : EtsColumns::keys())
            QVERIFY2(json.contains(k), qPrintable(k));
        QCOMPARE(json.value(QStringLiteral("size_per_s")).toDouble(), 25.0);
        QCOMPARE(json.value(QStringLiteral("memory_per_s")).toDouble(), -2048.0);
    }
};

QTEST_GUILESS_MAIN(TestEtsRanking)
#include "tst_etsranking.moc"
