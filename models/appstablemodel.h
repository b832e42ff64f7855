// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowtablemodel.h"

#include "collect/appsample.h"
#include "term/termformatter.h"

namespace beamtop {

// The node's applications, one row per application keyed by its atom's text (AppRow::nameText),
// in name order, and last one row keyed outsideKey() for the processes whose group leader
// belongs to no application ("(no application)"). Running applications carry what their
// processes add up to (the agent's background sweep); loaded-only ones, and rates not known
// yet, show "—" (raw value -1, so that they sort below every known figure). Names are
// formatted with the session's TermFormatter (Elixir syntax on an Elixir node). Each sample is
// applied by difference: selection and scroll survive refreshes.
class AppsTableModel : public RowTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Status,
        Version,
        Description,
        StartType,
        Processes,
        Memory,
        ReductionsPerSec,
        MessageQueue,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit AppsTableModel(QObject *parent = nullptr);

    void setSample(const AppsSample &sample);
    void setFormatter(const TermFormatter &formatter);
    void clear();

    // The key of the "(no application)" row.
    static QString outsideKey();
    // The application of a row's key; nullptr for outsideKey() or an unknown key.
    const AppRow *app(const QString &key) const;
    const AppsSample &sample() const { return m_sample; }
    const TermFormatter &formatter() const { return m_formatter; }

protected:
    QString headerText(int column) const override;
    QString headerToolTip(int column) const override;
    bool isMetricColumn(int column) const override;

private:
    void apply();
    Row makeRow(const AppRow &a) const;
    Row makeOutsideRow() const;
    // The totals' cells of a row; why is the tooltip of "—" when there are none.
    void setTotals(Row *row, const AppTotals *totals, const QString &why) const;

    AppsSample m_sample;
    TermFormatter m_formatter;
};

} // namespace beamtop
