// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detailswindow.h"

#include "collect/etsranking.h"

#include <QDateTime>

namespace beamtop {

class EtsHistoryModel;
class EtsSampler;
class TableContentsView;

// One ETS table in detail, in a window of its own (several may be open; none is modal), titled
// "<table> — <node>". Tabs: Info (every attribute, the owner and heir links to their process
// details), Contents (its rows read on the node a page at a time, searched by key or pattern:
// TableContentsView; a private table's says only its owner can read them) and live charts of
// its rows and memory, sampled every refresh tick for as long as the window is open. When the
// table is deleted the window says so in its title, its banner and Info, and keeps the last
// data. (DetailsWindow: what it shares with the process and port details windows.)
class EtsDetailsWindow : public DetailsWindow
{
    Q_OBJECT
public:
    enum Tab { InfoTab, ContentsTab, ChartsTab };

    // known: what the caller has read of the table (at least its id), shown until the first
    // sample.
    EtsDetailsWindow(NodeSession *session, const EtsRow &known, QWidget *parent = nullptr);
    ~EtsDetailsWindow() override;

    Term id() const { return m_row.id; }
    const EtsRow &row() const { return m_row; }
    bool isDeleted() const { return isEnded(); }
    bool hasSample() const { return m_hasSample; }
    QString tabText(Tab tab) const; // plain text of a tab, for tests and copying
    EtsHistoryModel *history() const { return m_history; } // charts(): rows, memory
    TableContentsView *contents() const { return m_contents; }

public slots:
    void refreshDetails() override;

signals:
    void openProcess(const beamtop::Term &pid); // the owner's or the heir's link was clicked

protected:
    QString idText() const override { return m_row.idText; }
    void render() override;
    void updateTitle() override;
    // The table's row (EtsRow::toJson).
    void writeJson(QJsonObject &o) const override;
    void openLink(const QUrl &url) override;

private:
    void onSample(const EtsRow &row, qint64 timeMs);
    void setDeleted();
    void updateLive();

    EtsRow m_row;
    QPointer<EtsSampler> m_sampler; // the session's, for as long as this window lives
    bool m_hasSample = false;
    QDateTime m_deletedAt;

    QTextBrowser *m_info;
    TableContentsView *m_contents;
    EtsHistoryModel *m_history;
};

} // namespace beamtop
