// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablecontents.h"

#include "session/nodesession.h"

namespace beamtop {

bool TablePage::fromTerm(const Term &value, const TermFormatter &formatter, TablePage *out)
{
    if (!value.isMap())
        return false;
    const Term alive = value.value("alive");
    if (!alive.isAtom("true") && !alive.isAtom("false"))
        return false;
    TablePage p;
    p.alive = alive.toBool();
    p.isPrivate = value.value("private").toBool();
    const Term size = value.value("size");
    p.size = size.isInteger() ? size.toInt() : -1;
    const Term rows = value.value("rows");
    if (rows.isList()) {
        p.rows = rows.elements();
        p.texts.reserve(p.rows.size());
        for (const Term &r : std::as_const(p.rows))
            p.texts << formatter.format(r);
    }
    // A deleted or private table has no page after this one.
    p.done = !p.alive || p.isPrivate || value.value("done").toBool(true);
    const Term scanned = value.value("scanned");
    p.scanned = scanned.isInteger() ? scanned.toInt() : -1;
    p.scanCapped = value.value("scan_capped").toBool();
    const Term noAtom = value.value("no_atom");
    if (noAtom.isBinary() || noAtom.isAtom())
        p.noAtom = noAtom.toText();
    p.rowsCut = value.value("rows_cut").toInt(0);
    *out = p;
    return true;
}

TableBrowser::TableBrowser(NodeSession *session, Source source, const Term &table, QObject *parent)
    : TableBrowser(session->agent(), source, table, parent)
{
    m_session = session;
}

TableBrowser::TableBrowser(AgentClient *agent, Source source, const Term &table, QObject *parent)
    : Collector(agent, parent), m_source(source), m_table(table)
{
}

QString TableBrowser::tableText() const
{
    if (m_table.isBinary() || m_table.isAtom())
        return m_table.toText();
    return TermFormatter().format(m_table);
}

TermFormatter TableBrowser::formatter() const
{
    if (m_hasFormatter)
        return m_formatter;
    if (m_session)
        return m_session->formatter();
    TermFormatter::Options o;
    o.syntax = agent()->preferredSyntax();
    return TermFormatter(o);
}

TermSyntax TableBrowser::syntax() const
{
    // The node parses the text: Elixir's parser is there only on a node that runs Elixir.
    return agent()->runsElixir() && formatter().options().syntax == TermSyntax::Elixir ? TermSyntax::Elixir
                                                                                       : TermSyntax::Erlang;
}

QString TableBrowser::syntaxName() const
{
    return syntax() == TermSyntax::Elixir ? tr("Elixir") : tr("Erlang");
}

QString TableBrowser::patternExample() const
{
    return syntax() == TermSyntax::Elixir ? QStringLiteral("{:user, _, \"alice\"}") : QStringLiteral("{user, '_', <<\"alice\">>}");
}

QString TableBrowser::keyExample() const
{
    return syntax() == TermSyntax::Elixir ? QStringLiteral(":alice") : QStringLiteral("alice");
}

void TableBrowser::first()
{
    m_continuation = Term();
    m_done = false;
    m_rowsRead = 0;
    request(false);
}

void TableBrowser::next()
{
    // One page at a time, and nothing after the last.
    if (m_done || m_inFlight || m_continuation.isError())
        return;
    request(true);
}

void TableBrowser::setSearch(TablePage::Search search, const QString &text)
{
    m_search = search;
    m_searchText = search == TablePage::Search::None ? QString() : text.trimmed();
}

void TableBrowser::searchKey(const QString &text)
{
    setSearch(TablePage::Search::Key, text);
    first();
}

void TableBrowser::searchPattern(const QString &text)
{
    setSearch(TablePage::Search::Pattern, text);
    first();
}

void TableBrowser::clearSearch()
{
    setSearch(TablePage::Search::None, {});
    first();
}

void TableBrowser::readAll(qint64 maxRows)
{
    m_readingAll = true;
    m_readMax = qMax<qint64>(0, maxRows);
    first();
}

void TableBrowser::cancelRead()
{
    if (!m_readingAll)
        return;
    cancel(); // the page on its way is dropped
    m_inFlight = false;
    stopReading(false);
}

void TableBrowser::stopReading(bool complete)
{
    if (!m_readingAll)
        return;
    m_readingAll = false;
    emit readFinished(complete);
}

QString TableBrowser::linkLostText() const
{
    return tr("The connection to the node was lost while reading %1; the rows shown so far stay. Read again once it is "
              "back.")
        .arg(tableText());
}

void TableBrowser::linkLost()
{
    if (!m_inFlight)
        return;
    m_inFlight = false;
    emit failed(linkLostText());
    stopReading(false);
}

void TableBrowser::request(bool append)
{
    const int gen = begin();
    if (!gen) {
        m_inFlight = false;
        return stopReading(false);
    }
    const char *type = m_source == Source::Ets ? "ets_rows" : "mnesia_rows";
    if (!fullMode() || !agent()->can(type)) {
        m_inFlight = false;
        fail(gen, fullMode() ? tr("The agent on this node is older and cannot read table contents.")
                             : tr("Table contents are read by the agent, which is not loaded on this node."));
        return stopReading(false);
    }
    int limit = m_limit;
    if (m_readingAll && m_readMax > 0)
        limit = int(qBound(qint64(1), m_readMax - m_rowsRead, qint64(m_limit)));
    QVector<std::pair<Term, Term>> args;
    if (m_table.isBinary())
        args.append({Term::atom("table_text"), m_table});
    else if (m_source == Source::Mnesia && m_table.isAtom())
        args.append({Term::atom("table_text"), Term::binary(m_table.atomName().toUtf8())}); // makes no atom
    else
        args.append({Term::atom("table"), m_table});
    args.append({Term::atom("limit"), Term::integer(limit)});
    if (append && !m_continuation.isError())
        args.append({Term::atom("continuation"), m_continuation});
    if (m_search == TablePage::Search::Key)
        args.append({Term::atom("key"), Term::binary(m_searchText.toUtf8())});
    else if (m_search == TablePage::Search::Pattern)
        args.append({Term::atom("pattern"), Term::binary(m_searchText.toUtf8())});
    if (m_search != TablePage::Search::None) {
        args.append({Term::atom("syntax"), Term::atom(syntax() == TermSyntax::Elixir ? "elixir" : "erlang")});
        args.append({Term::atom("scan_limit"), Term::integer(m_scanLimit)});
    }
    args.append({Term::atom("timeout_ms"), Term::integer(timeoutMs())});
    args.append({Term::atom("max_bytes"), Term::integer(m_maxBytes)});
    m_inFlight = true;
    agent()->request(type, Term::map(args), timeoutMs() + 1000, this,
                     [this, gen, append](const AgentReply &r) { onReply(gen, append, r); });
}

void TableBrowser::onReply(int gen, bool append, const AgentReply &r)
{
    if (!isCurrent(gen))
        return;
    m_inFlight = false;
    if (!r.ok()) {
        fail(gen, failureText(r));
        return stopReading(false);
    }
    TablePage page;
    if (!TablePage::fromTerm(r.value, formatter(), &page)) {
        fail(gen, tr("The agent sent rows Beamtop does not understand."));
        return stopReading(false);
    }
    if (!finish(gen))
        return;
    setLastReplyBytes(r.replyBytes);
    page.search = m_search;
    page.searchText = m_searchText;
    page.continued = append;
    const Term cont = r.value.value("continuation");
    m_continuation = page.done || cont.isAtom("undefined") ? Term() : cont;
    m_done = page.done || m_continuation.isError();
    page.done = m_done;
    // The node keeps the first page's size for every page after it (the continuation's), so a
    // read bounded by rows ends with the rows it asked for; the continuation is then past rows
    // not delivered, and next() has nothing to go on from.
    const qint64 wanted = m_readingAll && m_readMax > 0 ? m_readMax - m_rowsRead : -1;
    if (wanted >= 0 && page.rows.size() > wanted) {
        page.rows.resize(int(wanted));
        page.texts = page.texts.mid(0, int(wanted));
        m_continuation = Term();
    }
    m_rowsRead += page.rows.size();
    emit pageReady(page, append);
    if (!m_readingAll)
        return;
    emit readProgress(m_rowsRead, page.size);
    if (!page.alive || page.isPrivate)
        return stopReading(false);
    if (m_done)
        return stopReading(true);
    if (m_readMax > 0 && m_rowsRead >= m_readMax)
        return stopReading(false);
    request(true);
}

QString TableBrowser::failureText(const AgentReply &r) const
{
    const QString table = tableText();
    const Term reason = r.reason;
    if (r.status == AgentReply::Status::Failed && r.callStatus == CallResult::Status::Timeout)
        return tr("The node did not answer in time while reading %1: it may be busy. Try again, or read fewer rows.").arg(table);
    if (r.status == AgentReply::Status::Failed && r.callStatus == CallResult::Status::Disconnected)
        return linkLostText();
    if (r.status != AgentReply::Status::Refused)
        return r.message;
    if (reason.isAtom("timeout"))
        return tr("Reading %1 took longer than %2 s on the node, so it was stopped: the node may be busy. Try again, or "
                  "search by key, which reads only the rows under it.")
            .arg(table)
            .arg(timeoutMs() / 1000.0, 0, 'g', 3);
    if (reason.isTaggedTuple("bad_pattern", 2))
        return tr("The node could not read the search \"%1\": %2. Check that it is a term in %3 syntax, like %4.")
            .arg(m_searchText, reason.at(1).toText(), syntaxName(),
                 m_search == TablePage::Search::Key ? keyExample() : patternExample());
    if (reason.isTaggedTuple("no_such_table", 2))
        return m_source == Source::Ets
            ? tr("The node has no ETS table %1. Check its name or id; a table named by reference is gone once deleted.").arg(table)
            : tr("The node has no Mnesia table %1. Check its name on the Mnesia page.").arg(table);
    if (reason.isAtom("mnesia_not_running"))
        return tr("Mnesia is not running on this node, so %1 cannot be read here.").arg(table);
    if (reason.isTaggedTuple("not_local", 2))
        return tr("This node holds no copy of %1: read it on a node that has one (see its replicas on the Mnesia page).").arg(table);
    if (reason.isTaggedTuple("storage_not_readable", 2))
        return tr("%1 is stored by a backend (%2) whose rows Beamtop cannot read dirty.").arg(table, formatter().format(reason.at(1)));
    if (reason.isTaggedTuple("bad_continuation", 2))
        return tr("The node could not go on from the last page of %1 (the table may have been replaced); read it again from "
                  "the start.")
            .arg(table);
    return r.message;
}

QString TableBrowser::noticeFor(const TablePage &page) const
{
    const QString table = tableText();
    // The node cannot tell a table deleted a moment ago from a name that never was one.
    if (!page.alive)
        return page.continued ? tr("%1 was deleted on the node; the rows read before stay shown.").arg(table)
                              : m_source == Source::Ets && !table.startsWith(QLatin1String("#Ref<"))
                              ? tr("There is no table named %1 on the node: it was deleted, or never existed under that name. "
                                   "A table made without named_table is read by its id (#Ref<…>), as the ETS list shows it.")
                                    .arg(table)
                              : tr("There is no table %1 on the node: it was deleted, or never existed under that name.")
                                    .arg(table);
    if (page.isPrivate)
        return tr("%1 is a private table: only its owner process can read a private table's rows. Its size and "
                  "configuration are shown, not its contents.")
            .arg(table);
    if (!page.noAtom.isEmpty())
        return tr("Nothing can match: the search names the atom %1, which does not exist on the node, so no row holds it.")
            .arg(page.noAtom);
    return {};
}

} // namespace beamtop
