// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/tablecontents.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTableView;
class QToolButton;

namespace beamtop {

class NodeSession;
class NoticeBar;
class TableRowsModel;

// One table's contents, read on the node a page at a time (TableBrowser): the rows so far, the
// next page when scrolled near the end (or Load more), a search by key or by match pattern in
// the node's syntax (Enter searches, Esc goes back to the whole table), a status line (rows
// read of the table's size, rows scanned and whether the scan cap stopped the search), a
// message for a private or deleted table and for errors, Copy (Ctrl+C: the selected rows'
// formatted terms) and Export ▸ Rows read… / All rows… (after a confirmation stating the
// table's size; read in pages with progress and Cancel). Independent of any window: the
// contents window holds one, and the ETS details window one in a tab. Reads when first shown.
class TableContentsView : public QWidget
{
    Q_OBJECT
public:
    enum class SearchMode { Key, Pattern };

    TableContentsView(NodeSession *session, TableBrowser::Source source, const Term &table, QWidget *parent = nullptr);
    ~TableContentsView() override;

    // 1-based key position of tuple rows (ETS keypos); Mnesia's records default to 2.
    void setKeyPos(int pos);
    // Reads the first page now (otherwise when first shown).
    void start();

    TableBrowser *browser() const { return m_browser; }
    TableRowsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *searchModeBox() const { return m_mode; }
    NoticeBar *message() const { return m_message; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *loadMoreButton() const { return m_more; }
    QAction *copyAction() const { return m_copy; }
    QString tableText() const { return m_browser->tableText(); }

    void setSearchMode(SearchMode mode);
    // Searches for what the search line holds (empty: the whole table).
    void search();
    void clearSearch();
    void loadMore();
    // The selected rows' formatted terms, one a line.
    QString selectedText() const;
    void copySelection();
    void exportRowsRead();
    void exportAllRows();
    // The context menu of the rows, as right-click builds it; the caller owns it.
    QMenu *createMenu(QWidget *parent);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onPage(const TablePage &page, bool append);
    void onFailed(const QString &error);
    void updatePlaceholder();
    void updateStatus();
    void maybeFetchMore();
    QString fileStem() const;

    QPointer<NodeSession> m_session;
    TableBrowser *m_browser;
    TableRowsModel *m_model;
    bool m_started = false;
    TablePage m_last; // the last page's facts (size, scan), not its rows
    bool m_hasPage = false;
    bool m_ended = false; // deleted or private: nothing more to read
    QString m_error;

    QComboBox *m_mode;
    QLineEdit *m_search;
    NoticeBar *m_message;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_more;
    QToolButton *m_exportButton;
    QAction *m_copy;
    QAction *m_exportRead;
    QAction *m_exportAll;
};

} // namespace beamtop
