// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collector.h"

#include <QJsonObject>
#include <QMetaType>
#include <QStringList>
#include <QVector>

namespace beamtop {

class NodeSession;

// One page of a table's rows, as the agent's ets_rows or mnesia_rows sent it: the rows (pruned
// on the node: deep, wide or long parts became '...') with their text for people, and what the
// node says about the table and the search.
struct TablePage
{
    enum class Search { None, Key, Pattern };

    bool alive = true;      // false: the table was deleted (no rows)
    bool isPrivate = false; // only its owner process can read its rows (none sent)
    qint64 size = -1;       // rows in the table, -1 when unknown
    QVector<Term> rows;
    QStringList texts;      // rows formatted by the session's formatter, one per row
    bool done = true;       // no page follows
    qint64 scanned = -1;    // rows looked at by a key or pattern search, -1 for a plain page
    bool scanCapped = false;// the pattern search stopped at its scan limit before the end
    QString noAtom;         // the search names an atom the node lacks: nothing can match
    qint64 rowsCut = 0;     // rows left out of this page by the byte cap
    Search search = Search::None;
    QString searchText;
    bool continued = false; // a page after the first (through the continuation)

    // value: the map of {ok, Map}. False when it is not one.
    static bool fromTerm(const Term &value, const TermFormatter &formatter, TablePage *out);
    bool isSearch() const { return search != Search::None; }
};

// Reads one table's contents page by page for one view (the contents window, the ETS details
// window's tab, beamtop-cli ets TABLE): the first page, the next one after the continuation
// the node sent, a search by key (one lookup) or by match pattern (a bounded scan), all written
// in the node's syntax (Elixir on Elixir nodes, else Erlang) and parsed on the node. One
// request at a time, each bounded in time and bytes; a reply from before a newer request or a
// lost link is dropped. Never reads more than asked: readAll() walks the pages for an export,
// up to a number of rows, and can be cancelled between pages.
class TableBrowser : public Collector
{
    Q_OBJECT
public:
    enum class Source { Ets, Mnesia };
    static constexpr int DefaultLimit = 100;
    static constexpr int MaxLimit = 500;

    // table: an ETS table's id as a ranking row carries it (atom or reference), or a binary of
    // its text ("name", "#Ref<...>"); for Mnesia, a binary or atom of the table's name.
    TableBrowser(NodeSession *session, Source source, const Term &table, QObject *parent = nullptr);
    TableBrowser(AgentClient *agent, Source source, const Term &table, QObject *parent = nullptr);

    Source source() const { return m_source; }
    Term table() const { return m_table; }
    QString tableText() const;
    // How key and pattern text is written: Elixir on a node that runs it, when the session's
    // terms are written in Elixir too.
    TermSyntax syntax() const;
    QString syntaxName() const; // "Erlang", "Elixir"
    // An example pattern in that syntax, for placeholders and help.
    QString patternExample() const;
    QString keyExample() const;

    int limit() const { return m_limit; }
    void setLimit(int rows) { m_limit = qBound(1, rows, MaxLimit); }
    // Rows a pattern search looks at per page before it stops (the node keeps it in 1,000..10M).
    void setScanLimit(qint64 rows) { m_scanLimit = rows; }
    qint64 scanLimit() const { return m_scanLimit; }
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    void setFormatter(const TermFormatter &f) { m_formatter = f; }
    TermFormatter formatter() const;

    TablePage::Search search() const { return m_search; }
    QString searchText() const { return m_searchText; }
    // No page follows the last one (or nothing was read yet).
    bool isDone() const { return m_done; }
    bool isReading() const { return m_readingAll; }
    qint64 rowsRead() const { return m_rowsRead; }

    // The first page of what is browsed now (the whole table, or the search).
    void first();
    // The page after the last one; nothing while a page is on its way or after the last.
    void next();
    // What first() and readAll() read, without reading yet.
    void setSearch(TablePage::Search search, const QString &text);
    void searchKey(const QString &text);
    void searchPattern(const QString &text);
    // Back to the whole table, from its first page.
    void clearSearch();
    // Reads pages from the first until the last or maxRows rows (0: no limit), each delivered
    // by pageReady as it comes; progress between pages, readFinished at the end.
    void readAll(qint64 maxRows);
    void cancelRead();

    // What a person is told about a page that carries no rows for a reason (private, deleted,
    // no atom), empty otherwise.
    QString noticeFor(const TablePage &page) const;

signals:
    // append: the page follows those delivered since the last first page.
    void pageReady(const beamtop::TablePage &page, bool append);
    void readProgress(qint64 rows, qint64 size);
    // complete: every row was read (not cut by maxRows, cancel or a failure).
    void readFinished(bool complete);

protected:
    void linkLost() override;

private:
    void request(bool append);
    void onReply(int gen, bool append, const AgentReply &reply);
    QString failureText(const AgentReply &reply) const;
    QString linkLostText() const;
    void stopReading(bool complete);

    NodeSession *m_session = nullptr;
    Source m_source;
    Term m_table;
    TermFormatter m_formatter;
    bool m_hasFormatter = false;
    int m_limit = DefaultLimit;
    qint64 m_scanLimit = 100000;
    qint64 m_maxBytes = 1 << 20;
    TablePage::Search m_search = TablePage::Search::None;
    QString m_searchText;
    Term m_continuation;
    bool m_done = true;
    bool m_inFlight = false;
    qint64 m_rowsRead = 0;
    bool m_readingAll = false;
    qint64 m_readMax = 0;
};

} // namespace beamtop

Q_DECLARE_METATYPE(beamtop::TablePage)
