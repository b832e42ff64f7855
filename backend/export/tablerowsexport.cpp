// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablerowsexport.h"

#include "session/nodesession.h"

#include <QDateTime>

namespace beamtop {

namespace {
QJsonObject headOf(const QString &node, const QString &table, qint64 size)
{
    QJsonObject head;
    head.insert(QStringLiteral("node"), node);
    head.insert(QStringLiteral("table"), table);
    head.insert(QStringLiteral("size"), size >= 0 ? QJsonValue(double(size)) : QJsonValue());
    head.insert(QStringLiteral("taken_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return head;
}

RowWriter::Format formatFor(const QString &path)
{
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? RowWriter::Format::Json : RowWriter::Format::Csv;
}
} // namespace

QStringList TableRowsExport::keys()
{
    return {QStringLiteral("key"), QStringLiteral("row")};
}

QJsonObject TableRowsExport::rowObject(const Term &row, const QString &text, int keyPos, const TermFormatter &f)
{
    QJsonObject o;
    o.insert(QStringLiteral("key"), row.isTuple() && row.size() >= keyPos ? QJsonValue(f.format(row.at(keyPos - 1))) : QJsonValue());
    o.insert(QStringLiteral("row"), text);
    return o;
}

bool TableRowsExport::writeRows(const QString &path, const QString &node, const QString &table, qint64 size,
                                const QVector<Term> &rows, const QStringList &texts, int keyPos, const TermFormatter &f,
                                QString *error)
{
    RowWriter writer(formatFor(path), keys());
    QByteArray data = writer.begin(headOf(node, table, size));
    for (int i = 0; i < rows.size(); ++i)
        data += writer.row(rowObject(rows.at(i), texts.value(i), keyPos, f));
    data += writer.end({{QStringLiteral("total"), double(rows.size())}});
    return ExportFile::writeAll(path, data, error);
}

TableRowsExport::TableRowsExport(NodeSession *session, TableBrowser::Source source, const Term &table, int keyPos,
                                 QObject *parent)
    : QObject(parent), m_browser(new TableBrowser(session, source, table, this)), m_node(session->nodeName()),
      m_keyPos(qMax(1, keyPos)), m_formatter(session->formatter())
{
    m_browser->setLimit(TableBrowser::MaxLimit);
    connect(m_browser, &TableBrowser::pageReady, this, [this](const TablePage &page) { onPage(page); });
    connect(m_browser, &TableBrowser::failed, this, [this](const QString &error) {
        finish(false, tr("Export stopped, no file was written: %1").arg(error));
    });
    connect(m_browser, &TableBrowser::readFinished, this, [this](bool complete) {
        if (!m_running)
            return;
        if (!complete)
            return finish(false, m_notice.isEmpty() ? tr("Export stopped before the end; no file was written.")
                                                    : tr("No file was written: %1").arg(m_notice));
        const QByteArray tail = m_writer->end({{QStringLiteral("total"), double(m_written)}});
        if (!tail.isEmpty() && !m_file->write(tail))
            return finish(false, m_file->error());
        if (!m_file->commit())
            return finish(false, m_file->error());
        finish(true, tr("Exported %Ln rows of %1 to %2.", nullptr, int(qMin<qint64>(m_written, INT_MAX)))
                         .arg(m_browser->tableText(), m_file->path()));
    });
}

TableRowsExport::~TableRowsExport() = default;

void TableRowsExport::setSearch(TablePage::Search search, const QString &text)
{
    m_search = search;
    m_searchText = text;
}

void TableRowsExport::start(const QString &path)
{
    m_writer = std::make_unique<RowWriter>(formatFor(path), keys());
    m_file = std::make_unique<ExportFile>(path);
    m_running = true;
    m_written = 0;
    m_size = -1;
    m_notice.clear();
    if (!m_file->open())
        return finish(false, m_file->error());
    // What is searched decides which rows; readAll starts from the first page of it.
    m_browser->setSearch(m_search, m_searchText);
    m_browser->readAll(0);
}

void TableRowsExport::onPage(const TablePage &page)
{
    if (!m_running)
        return;
    QByteArray chunk;
    if (m_size < 0) {
        m_size = qMax<qint64>(0, page.size);
        chunk += m_writer->begin(headOf(m_node, m_browser->tableText(), page.size));
    }
    m_notice = m_browser->noticeFor(page);
    for (int i = 0; i < page.rows.size(); ++i) {
        chunk += m_writer->row(rowObject(page.rows.at(i), page.texts.value(i), m_keyPos, m_formatter));
        ++m_written;
    }
    if (!chunk.isEmpty() && !m_file->write(chunk))
        finish(false, m_file->error());
    else
        emit progress(m_written, qMax(m_size, m_written));
}

void TableRowsExport::cancel()
{
    if (!m_running)
        return;
    m_browser->cancelRead();
    finish(false, tr("Export cancelled; no file was written."));
}

void TableRowsExport::finish(bool ok, const QString &message)
{
    if (!m_running)
        return;
    m_running = false;
    m_browser->cancelRead();
    if (!ok && m_file)
        m_file->cancel();
    emit finished(ok, message);
}

} // namespace beamtop
