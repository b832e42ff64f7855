// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rankedtoolbar.h"

class QComboBox;

namespace beamtop {

class PortTypesModel;

// The row above the ports table: RankedToolbar's filter, Sliding Window, Export and read-only
// indicator, with the type choice (showing the node's counts by type).
class NetworkToolbar : public RankedToolbar
{
    Q_OBJECT
public:
    explicit NetworkToolbar(PortTypesModel *types, QWidget *parent = nullptr);

    QComboBox *typeBox() const { return m_type; }
    // The agent's type name chosen, "" for every type.
    QString type() const;
    void setType(const QString &type);

signals:
    void typeChanged(const QString &type);

private:
    void updateTypeLabels();

    PortTypesModel *m_types;
    QComboBox *m_type;
};

} // namespace beamtop
