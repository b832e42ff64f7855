// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tuipage.h"
#include "tuitable.h"

#include "rankedrows.h"

#include "collect/etscollector.h"
#include "collect/etsranking.h"

namespace beamtop {
class EtsTableModel;
}

namespace beamtop::tui {

// Every ETS table of the node, ranked by the node by memory (M) or size (S), absolute or by
// growth over the sliding window (w), filtered on the node (/): the desktop's ETS page in a
// terminal, on the same feed and model (EtsTableModel). Only the rows on screen are asked for.
class EtsPage : public TuiPage
{
    Q_OBJECT
public:
    explicit EtsPage(TuiScreen *screen);

    char key() const override { return '6'; }
    QString title() const override { return tr("ETS"); }
    void setSession(NodeSession *session) override;
    void render(Terminal &t, const QRect &area) override;
    bool handleKey(const Key &key) override;
    QVector<QPair<QString, QString>> keyHelp() const override;
    QString hint() const override;

    EtsTableModel *model() const { return m_model; }

protected:
    void shown() override;

private:
    void setRanking(EtsQuery::Sort sort, EtsQuery::Mode mode, const QString &filter);
    void updateQuery(bool now = false);
    void updateColumns();

    EtsTableModel *m_model;
    TuiTable m_table;
    EtsQuery::Sort m_sort = EtsQuery::Sort::Memory;
    EtsQuery::Mode m_mode = EtsQuery::Mode::Absolute;
    QString m_filter;
    RankedRows<EtsCollector, EtsTableModel> m_rows;
};

} // namespace beamtop::tui
