// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page.h"

#include <QPointer>

class QLabel;
class QGroupBox;

namespace beamtop {

class ActivityModel;
class ChartWidget;
class ItemTableView;
class MemoryModel;
class NodeFactsModel;
class NodeSession;
class SystemLimitsModel;
struct SystemSample;

// The node at a glance, from SystemSample: what it is, how close it is to its limits, where
// its memory goes, and how busy it is.
class SystemPage : public Page
{
    Q_OBJECT
public:
    explicit SystemPage(QWidget *parent = nullptr);

    void setSession(NodeSession *session) override;
    QString copyText() const override;

    NodeFactsModel *factsModel() const { return m_facts; }
    SystemLimitsModel *limitsModel() const { return m_limits; }
    MemoryModel *memoryModel() const { return m_memory; }
    ActivityModel *activityModel() const { return m_activity; }
    ChartWidget *memoryChart() const { return m_chart; }

protected:
    void staleChanged(bool stale) override;

private:
    void onSample(const SystemSample &sample);
    QGroupBox *card(const QString &title, QWidget *content, QWidget *extra = nullptr);
    void clear();

    QPointer<NodeSession> m_session;
    QString m_shownNode;
    NodeFactsModel *m_facts;
    SystemLimitsModel *m_limits;
    MemoryModel *m_memory;
    ActivityModel *m_activity;
    QList<QPair<QString, ItemTableView *>> m_tables;
    ChartWidget *m_chart = nullptr;
};

} // namespace beamtop
