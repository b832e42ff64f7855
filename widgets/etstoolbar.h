// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rankedtoolbar.h"

class QComboBox;

namespace beamtop {

// The row above the ETS table: RankedToolbar's filter, Growth (its sliding window), Export and
// read-only indicator, with a choice of table type and one of protection, both applied by the
// node.
class EtsToolbar : public RankedToolbar
{
    Q_OBJECT
public:
    explicit EtsToolbar(QWidget *parent = nullptr);

    // The agent's names chosen, "" for every type or protection.
    QString type() const;
    QString protection() const;
    QComboBox *typeBox() const { return m_type; }
    QComboBox *protectionBox() const { return m_protection; }
    void setType(const QString &type);
    void setProtection(const QString &protection);

signals:
    void typeChanged(const QString &type);
    void protectionChanged(const QString &protection);

private:
    QComboBox *addChoice(const QString &label, const QString &name, const QString &tip, const QString &all,
                         const QStringList &values);

    QComboBox *m_type;
    QComboBox *m_protection;
};

} // namespace beamtop
