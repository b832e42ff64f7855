// SPDX-License-Identifier: GPL-3.0-or-later
#include "networktoolbar.h"

#include "porttypesmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace beamtop {

namespace {
RankedToolbar::Texts texts()
{
    RankedToolbar::Texts t;
    t.filterName = QStringLiteral("portFilter");
    t.exportButtonName = QStringLiteral("exportPorts");
    t.filterPlaceholder = NetworkToolbar::tr("Filter by address, owner, name or state (Ctrl+F)");
    t.filterTip = NetworkToolbar::tr("Shows only ports whose id, type, name, owner, local or peer address or state contains this "
                                     "text (any case). The node does the matching.");
    t.windowTip = NetworkToolbar::tr("Rank by change over the last interval instead of totals: bytes per second, packets "
                                     "per second, queue growth. Alt+W");
    t.exportTip = NetworkToolbar::tr("Save every port of the ranking (those the type and filter match) as CSV or JSON (Ctrl+E)");
    t.readOnlyTip = NetworkToolbar::tr("Closing ports is off for this connection. Turn read-only off in the toolbar to "
                                       "allow it.");
    t.changesTip = NetworkToolbar::tr("Actions that change the node (closing ports) are allowed for this connection.");
    return t;
}
} // namespace

NetworkToolbar::NetworkToolbar(PortTypesModel *types, QWidget *parent) : RankedToolbar(texts(), parent), m_types(types)
{
    auto *typeLabel = new QLabel(tr("&Type:"), this);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("portType"));
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_type->setToolTip(tr("Show one type of port only; the counts are the node's, read every few seconds"));
    for (const QString &t : PortTypesModel::types())
        m_type->addItem(m_types->label(t), t);
    typeLabel->setBuddy(m_type);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] { emit typeChanged(type()); });
    connect(m_types, &QAbstractItemModel::dataChanged, this, &NetworkToolbar::updateTypeLabels);
    connect(m_types, &QAbstractItemModel::modelReset, this, &NetworkToolbar::updateTypeLabels);

    row()->addSpacing(12);
    row()->addWidget(typeLabel);
    row()->addWidget(m_type);
    row()->addSpacing(12);
    row()->addWidget(windowButton());
    finishRow();
}

QString NetworkToolbar::type() const
{
    return m_type->currentData().toString();
}

void NetworkToolbar::updateTypeLabels()
{
    for (int i = 0; i < m_type->count(); ++i)
        m_type->setItemText(i, m_types->label(m_type->itemData(i).toString()));
}

void NetworkToolbar::setType(const QString &type)
{
    const int i = m_type->findData(type);
    if (i >= 0)
        m_type->setCurrentIndex(i);
}

} // namespace beamtop
