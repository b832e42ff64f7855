// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablerowscommand.h"

#include "session/nodesession.h"

#include <QCommandLineParser>
#include <QLocale>

namespace beamtop {

TableRowsCommand::TableRowsCommand(TableBrowser::Source source, QTextStream &out, QTextStream &err, QObject *parent)
    : Command(out, err, parent), m_source(source)
{
}

QString TableRowsCommand::name() const
{
    return m_source == TableBrowser::Source::Mnesia ? QStringLiteral("mnesia") : QStringLiteral("ets");
}

QString TableRowsCommand::summary() const
{
    return m_source == TableBrowser::Source::Mnesia ? tr("A Mnesia table's rows, read dirty from this node's copy.")
                                                    : tr("An ETS table's rows, read on the node in pages.");
}

QString TableRowsCommand::description() const
{
    const QString what = m_source == TableBrowser::Source::Mnesia
        ? tr("Reads the rows of a Mnesia table from this node's copy, dirty: no lock, no transaction. TABLE is the "
             "table's name.")
        : tr("Reads the rows of an ETS table. TABLE is its name, or its id as the node prints it (#Ref<...>). A "
             "private table's rows can only be read by its owner process.");
    return what + QLatin1Char(' ')
        + tr("Rows are read on the node in pages of at most %1 (never the whole table at once), each bounded in time "
             "and bytes, and written in the node's syntax (Elixir on Elixir nodes), deep or long parts cut to '...'. "
             "--key reads the rows under one key; --match the rows a match pattern matches ('_' for any part), "
             "scanning at most 100,000 rows per page: the summary says when that cap was reached. Both are written "
             "in the node's syntax and parsed on the node. Text is one row a line, then a summary; JSON is {node, "
             "table, size, rows, done, scanned, scan_capped}.")
              .arg(TableBrowser::MaxLimit);
}

QList<QCommandLineOption> TableRowsCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("rows"), tr("Read at most N rows (default: %1).").arg(DefaultRows), tr("N")),
            QCommandLineOption(QStringLiteral("match"), tr("Only the rows this match pattern matches, e.g. {user, '_', 42}."),
                               tr("PATTERN")),
            QCommandLineOption(QStringLiteral("key"), tr("Only the rows under this key, e.g. alice or {user, 42}."), tr("KEY")),
            formatOption(), prettyOption()};
}

int TableRowsCommand::parse(const QCommandLineParser &p, const QStringList &args)
{
    if (args.isEmpty())
        return usageError(tr("'%1' needs a table.").arg(name()));
    if (args.size() > 1)
        return usageError(tr("Unexpected arguments: %1").arg(args.mid(1).join(QLatin1Char(' '))));
    m_table = args.first().trimmed();
    if (m_table.isEmpty())
        return usageError(tr("'%1' needs a table.").arg(name()));
    if (p.isSet(QStringLiteral("rows"))) {
        bool ok = false;
        m_rows = p.value(QStringLiteral("rows")).toLongLong(&ok);
        if (!ok || m_rows < 1)
            return usageError(tr("--rows takes a number of rows, 1 or more."));
    }
    const bool match = p.isSet(QStringLiteral("match"));
    const bool key = p.isSet(QStringLiteral("key"));
    if (match && key)
        return usageError(tr("--match and --key cannot be used together."));
    if (match || key) {
        m_search = match ? TablePage::Search::Pattern : TablePage::Search::Key;
        m_searchText = p.value(match ? QStringLiteral("match") : QStringLiteral("key")).trimmed();
        if (m_searchText.isEmpty())
            return usageError(match ? tr("--match needs a pattern.") : tr("--key needs a key."));
    }
    return parseFormat(p);
}

void TableRowsCommand::attach(NodeSession *session, const Context &context)
{
    Command::attach(session, context);
    session->setPaused(true); // one read: no ticks after the first
    m_browser = new TableBrowser(session, m_source, Term::binary(m_table.toUtf8()), this);
    m_browser->setTimeoutMs(context.timeoutMs);
    m_browser->setLimit(TableBrowser::MaxLimit);
    connect(m_browser, &TableBrowser::pageReady, this, [this](const TablePage &page) { onPage(page); });
    connect(m_browser, &TableBrowser::failed, this, [this](const QString &error) {
        if (isFinished())
            return;
        m_out.flush();
        m_err << tr("Could not read %1: %2").arg(m_table, error) << Qt::endl;
        finish(RemoteError);
    });
    connect(m_browser, &TableBrowser::readFinished, this, [this] { onFinished(); });
}

void TableRowsCommand::start()
{
    m_browser->setSearch(m_search, m_searchText);
    m_browser->readAll(m_rows);
}

void TableRowsCommand::onPage(const TablePage &page)
{
    if (isFinished())
        return;
    if (page.scanned >= 0)
        m_scanned = qMax<qint64>(0, m_scanned) + page.scanned;
    m_scanCapped = m_scanCapped || page.scanCapped;
    m_hasPage = true;
    m_last = page;
    m_last.rows.clear();
    m_last.texts.clear();
    m_read += page.rows.size();
    m_rowsCut += page.rowsCut;
    const QString notice = m_browser->noticeFor(page);
    if (!notice.isEmpty())
        m_notice = notice;
    for (const QString &t : page.texts) {
        if (isJson())
            m_json.append(t);
        else
            m_out << t << '\n';
    }
}

void TableRowsCommand::onFinished()
{
    if (isFinished())
        return;
    const QLocale loc;
    const bool done = m_browser->isDone();
    if (isJson()) {
        QJsonObject doc;
        doc.insert(QStringLiteral("node"), session()->nodeName());
        doc.insert(QStringLiteral("table"), m_table);
        doc.insert(QStringLiteral("size"), m_hasPage && m_last.size >= 0 ? QJsonValue(double(m_last.size)) : QJsonValue());
        doc.insert(QStringLiteral("rows"), m_json);
        doc.insert(QStringLiteral("done"), done);
        doc.insert(QStringLiteral("scanned"), m_scanned >= 0 ? QJsonValue(double(m_scanned)) : QJsonValue());
        doc.insert(QStringLiteral("scan_capped"), m_scanCapped);
        if (m_hasPage && m_last.isPrivate)
            doc.insert(QStringLiteral("private"), true);
        if (m_hasPage && !m_last.alive)
            doc.insert(QStringLiteral("alive"), false);
        if (m_hasPage && !m_last.noAtom.isEmpty())
            doc.insert(QStringLiteral("no_atom"), m_last.noAtom);
        printJson(doc);
    } else if (m_hasPage && m_last.alive && !m_last.isPrivate) {
        const QString size = m_last.size >= 0 ? loc.toString(m_last.size) : tr("unknown");
        QString line = m_search == TablePage::Search::None
            ? tr("%1 rows read of %2").arg(loc.toString(m_read), size)
            : tr("%1 rows found in %2").arg(loc.toString(m_read), size);
        if (m_scanned >= 0 && m_search == TablePage::Search::Pattern)
            line += QStringLiteral(" · ") + (m_scanCapped ? tr("scanned %1 rows, the scan cap was reached") : tr("scanned %1 rows"))
                                                .arg(loc.toString(m_scanned));
        if (!done)
            line += QStringLiteral(" · ") + tr("more follow (--rows)");
        m_out << line << '\n';
    }
    m_out.flush();
    if (!m_notice.isEmpty())
        m_err << m_notice << Qt::endl;
    if (m_rowsCut > 0)
        m_err << tr("%1 rows were too large to send within a page's byte cap and are left out.").arg(loc.toString(m_rowsCut))
              << Qt::endl;
    // A table that cannot be read (private, deleted) is an error for a script; a search that
    // matches nothing is not.
    finish(m_hasPage && (m_last.isPrivate || !m_last.alive) ? RemoteError : Ok);
}

} // namespace beamtop
