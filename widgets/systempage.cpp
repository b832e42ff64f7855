// SPDX-License-Identifier: GPL-3.0-or-later
#include "systempage.h"

#include "activitymodel.h"
#include "chartwidget.h"
#include "itemtableview.h"
#include "memorymodel.h"
#include "nodefactsmodel.h"
#include "session/nodesession.h"
#include "systemlimitsmodel.h"
#include "usagebardelegate.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>

namespace beamtop {

SystemPage::SystemPage(QWidget *parent)
    : Page(parent),
      m_facts(new NodeFactsModel(this)),
      m_limits(new SystemLimitsModel(this)),
      m_memory(new MemoryModel(this)),
      m_activity(new ActivityModel(this))
{
    auto *delegate = new UsageBarDelegate(this);
    auto table = [&](const QString &title, QAbstractItemModel *model, bool sortable, bool header = true) {
        auto *t = new ItemTableView(this);
        t->setSourceModel(model, sortable);
        t->setItemDelegate(delegate);
        t->horizontalHeader()->setVisible(header);
        t->setObjectName(title);
        return t;
    };
    auto *facts = table(QStringLiteral("factsTable"), m_facts, false, false);
    auto *limits = table(QStringLiteral("limitsTable"), m_limits, true);
    auto *memory = table(QStringLiteral("memoryTable"), m_memory, true);
    auto *activity = table(QStringLiteral("activityTable"), m_activity, true);
    m_tables = {{tr("Node"), facts}, {tr("Limits"), limits}, {tr("Memory"), memory}, {tr("Activity"), activity}};

    m_chart = new ChartWidget(ChartWidget::Kind::Pie, this);
    m_chart->setObjectName(QStringLiteral("memoryChart"));
    m_chart->setModel(m_memory, MemoryModel::Category, MemoryModel::Size, RowTableModel::RawValueRole,
                      RowTableModel::ChartPartRole);

    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(12, 12, 12, 12);
    grid->setSpacing(12);
    grid->addWidget(card(tr("Node"), facts), 0, 0, 2, 1);
    grid->addWidget(card(tr("Limits"), limits), 0, 1);
    grid->addWidget(card(tr("Activity"), activity), 1, 1);
    auto *memoryRow = new QWidget;
    auto *memoryLayout = new QHBoxLayout(memoryRow);
    memoryLayout->setContentsMargins(0, 0, 0, 0);
    memoryLayout->addWidget(memory, 1);
    memoryLayout->addWidget(m_chart, 1);
    grid->addWidget(card(tr("Memory"), memoryRow), 2, 0, 1, 2);
    grid->setRowStretch(3, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    setBody(content, true);
}

QGroupBox *SystemPage::card(const QString &title, QWidget *content, QWidget *extra)
{
    auto *box = new QGroupBox(title);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    if (extra)
        layout->addWidget(extra);
    layout->addStretch(1);
    return box;
}

void SystemPage::setSession(NodeSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (!session) {
        clear();
        return;
    }
    if (session->nodeName() != m_shownNode)
        clear();
    connect(session, &NodeSession::sampleReady, this, &SystemPage::onSample);
    if (session->lastSample() && !session->isStale())
        onSample(*session->lastSample());
}

void SystemPage::clear()
{
    m_shownNode.clear();
    m_facts->clear();
    m_limits->clear();
    m_memory->clear();
    m_activity->clear();
    showBody(false);
}

void SystemPage::onSample(const SystemSample &sample)
{
    m_shownNode = m_session ? m_session->nodeName() : sample.node;
    m_facts->setSample(sample);
    m_limits->setSample(sample);
    m_memory->setSample(sample);
    m_activity->setSample(sample);
    showBody(true);
}

void SystemPage::staleChanged(bool stale)
{
    m_chart->setStale(stale);
    for (const auto &t : qAsConst(m_tables))
        t.second->viewport()->update();
}

QString SystemPage::copyText() const
{
    QString out;
    for (const auto &t : m_tables)
        out += t.first + QLatin1Char('\n') + t.second->allText() + QLatin1Char('\n');
    return out;
}

} // namespace beamtop
