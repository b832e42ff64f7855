// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/tablecontents.h"
#include "export/rowwriter.h"
#include "exportfile.h"

#include <QObject>

#include <memory>

namespace beamtop {

class NodeSession;

// A table's rows to CSV or JSON, the same keys for the rows read so far and for a whole table:
// "key" (the key element formatted, when rows are tuples that have one) and "row" (the whole
// row formatted). JSON: {node, table, size, taken_at, rows: [...], total}.
//
// As a job (start): reads every row of the table (or of the search) on the node in pages with
// a TableBrowser of its own, writing each page as it comes, so it never holds more than one
// page; progress between pages, cancel between them. The file replaces its target only when
// complete (ExportFile).
class TableRowsExport : public QObject
{
    Q_OBJECT
public:
    static QStringList keys();
    // One row's object: key (1-based keypos; empty when the row has none) and text.
    static QJsonObject rowObject(const Term &row, const QString &text, int keyPos, const TermFormatter &f);
    // The rows already read, written at once (JSON for a .json path, else CSV); false with
    // error set.
    static bool writeRows(const QString &path, const QString &node, const QString &table, qint64 size,
                          const QVector<Term> &rows, const QStringList &texts, int keyPos, const TermFormatter &f,
                          QString *error);

    TableRowsExport(NodeSession *session, TableBrowser::Source source, const Term &table, int keyPos,
                    QObject *parent = nullptr);
    ~TableRowsExport() override;

    // Reads the search too when one is set (key or pattern), else the whole table.
    void setSearch(TablePage::Search search, const QString &text);
    // Rows per page and rows a pattern search scans per page (tests make them small).
    TableBrowser *browser() const { return m_browser; }

    // JSON for a .json path, else CSV. progress(rows written, the table's size) after each
    // page; finished(ok, what happened) once.
    void start(const QString &path);
    void cancel();

signals:
    void progress(qint64 done, qint64 total);
    void finished(bool ok, const QString &message);

private:
    void onPage(const TablePage &page);
    void finish(bool ok, const QString &message);

    TableBrowser *m_browser;
    QString m_node;
    int m_keyPos;
    TermFormatter m_formatter;
    TablePage::Search m_search = TablePage::Search::None;
    QString m_searchText;
    std::unique_ptr<RowWriter> m_writer;
    std::unique_ptr<ExportFile> m_file;
    qint64 m_written = 0;
    qint64 m_size = -1;
    bool m_running = false;
    QString m_notice; // why the table gave no rows (private, deleted)
};

} // namespace beamtop
