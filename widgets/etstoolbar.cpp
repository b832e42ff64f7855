// SPDX-License-Identifier: GPL-3.0-or-later
#include "etstoolbar.h"

#include "collect/etsranking.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace beamtop {

EtsToolbar::EtsToolbar(QWidget *parent)
    : RankedToolbar({QStringLiteral("etsFilter"), QStringLiteral("exportEts"),
                     tr("Filter by name, owner or type (Ctrl+F)"),
                     tr("Shows only tables whose name, id, type or owner contains this text (any case). The node does the "
                        "matching."),
                     tr("Rank by growth instead of totals: rows or bytes added per second over the last interval. Alt+W"),
                     tr("Save every table of the ranking (those the type, protection and filter match) as CSV or JSON (Ctrl+E)"),
                     tr("Nothing on this page changes the node; the connection is read-only."),
                     tr("Nothing on this page changes the node, even with changes allowed.")},
                    parent)
{
    windowAction()->setText(tr("Growth"));
    m_type = addChoice(tr("&Type:"), QStringLiteral("etsType"), tr("Show one type of table only (the node filters)"),
                       tr("All types"), EtsQuery::typeNames());
    m_protection = addChoice(tr("&Protection:"), QStringLiteral("etsProtection"),
                             tr("Show tables of one protection only (the node filters)"), tr("All"), EtsQuery::protectionNames());
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] { emit typeChanged(type()); });
    connect(m_protection, &QComboBox::currentIndexChanged, this, [this] { emit protectionChanged(protection()); });
    row()->addSpacing(12);
    row()->addWidget(windowButton());
    finishRow();
}

QComboBox *EtsToolbar::addChoice(const QString &label, const QString &name, const QString &tip, const QString &all,
                                 const QStringList &values)
{
    auto *l = new QLabel(label, this);
    auto *box = new QComboBox(this);
    box->setObjectName(name);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    box->setToolTip(tip);
    box->addItem(all, QString());
    for (const QString &v : values)
        box->addItem(v, v); // the names are Erlang's own: set, ordered_set, public, ...
    l->setBuddy(box);
    row()->addSpacing(12);
    row()->addWidget(l);
    row()->addWidget(box);
    return box;
}

QString EtsToolbar::type() const
{
    return m_type->currentData().toString();
}

QString EtsToolbar::protection() const
{
    return m_protection->currentData().toString();
}

void EtsToolbar::setType(const QString &type)
{
    const int i = m_type->findData(type);
    if (i >= 0)
        m_type->setCurrentIndex(i);
}

void EtsToolbar::setProtection(const QString &protection)
{
    const int i = m_protection->findData(protection);
    if (i >= 0)
        m_protection->setCurrentIndex(i);
}

} // namespace beamtop
