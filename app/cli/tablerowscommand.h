// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/tablecontents.h"
#include "command.h"

#include <QJsonArray>

namespace beamtop {

// beamtop-cli ets TABLE and beamtop-cli mnesia TABLE: a table's rows, read on the node in pages
// (TableBrowser: never the whole table at once), the first --rows of them, or those under a
// --key or matching a --match pattern written in the node's syntax. Text is one formatted row a
// line, then a summary line (rows read, the table's size, rows scanned and whether the scan
// cap was reached); JSON is {node, table, size, rows: [text...], done, scanned, scan_capped}.
// The same name without a TABLE is the listing command (`ets`, `mnesia`); CliApp picks.
class TableRowsCommand : public Command
{
    Q_OBJECT
public:
    TableRowsCommand(TableBrowser::Source source, QTextStream &out, QTextStream &err, QObject *parent = nullptr);

    QString name() const override;
    QString arguments() const override { return tr("TABLE"); }
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int parse(const QCommandLineParser &p, const QStringList &args) override;
    void attach(NodeSession *session, const Context &context) override;
    void start() override;

    static constexpr qint64 DefaultRows = 100;

private:
    void onPage(const TablePage &page);
    void onFinished();

    TableBrowser::Source m_source;
    QString m_table;
    qint64 m_rows = DefaultRows;
    TablePage::Search m_search = TablePage::Search::None;
    QString m_searchText;
    TableBrowser *m_browser = nullptr;
    // What the pages said, for the summary.
    bool m_hasPage = false;
    TablePage m_last;
    qint64 m_read = 0;
    qint64 m_rowsCut = 0; // rows the node left out of pages for their size
    qint64 m_scanned = -1;
    bool m_scanCapped = false;
    QString m_notice;
    QJsonArray m_json; // JSON: the rows' texts until the end
};

} // namespace beamtop
