// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page.h"

#include "detailswindow.h"

#include "alerts/rulestore.h"
#include "windowset.h"

#include <QPointer>

class QAction;
class QLabel;
class QModelIndex;
class QToolButton;

namespace beamtop {

class ActiveAlertModel;
class AlertLogModel;
class ItemTableView;
class NoticeBar;
class RuleEditor;

// The session's alerts: those active now (severity, since when, value, threshold, the entity —
// double-click or Enter opens its details window), acknowledging one or all, the log of fired
// and resolved alerts (newest first, exportable as CSV or JSON), and "Edit Rules…", which opens
// the rule editor; what it saves applies to the session at once. The alerts are the session's
// (AlertMonitor): they are evaluated whatever page is shown.
class AlertsPage : public Page
{
    Q_OBJECT
public:
    explicit AlertsPage(QWidget *parent = nullptr);
    ~AlertsPage() override;

    void setSession(NodeSession *session) override;
    QString copyText() const override;

    // Where the rules in force are kept (the window's profile id; empty: the ad-hoc
    // connections' file) and what was wrong in that file when it was read.
    void setRuleSource(const RuleStore &store, const QString &profileId, const QStringList &problems);
    const RuleStore &ruleStore() const { return m_store; }
    QString profileId() const { return m_profileId; }

    ActiveAlertModel *activeModel() const { return m_active; }
    AlertLogModel *logModel() const { return m_log; }
    ItemTableView *activeTable() const { return m_activeTable; }
    ItemTableView *logTable() const { return m_logTable; }
    QAction *acknowledgeAction() const { return m_ack; }
    QAction *acknowledgeAllAction() const { return m_ackAll; }
    QAction *editRulesAction() const { return m_editRules; }
    QAction *notificationsAction() const { return m_notifications; }
    QString summaryText() const;

    // The rule editor for the rules in force, window-modal; nullptr without a session.
    RuleEditor *openRuleEditor();
    // Opens the details window of the entity a row of either table is about; nullptr when the
    // row is about the node, or the entity's id is not known (a log entry read back from disk).
    DetailsWindow *openEntity(const QModelIndex &index);
    QList<DetailsWindow *> detailsWindows() const { return m_details.windows(); }
    // The log as shown (newest first), CSV or JSON by suffix.
    bool exportLog(const QString &path, QString *error) const;

    // Whether desktop notifications are on (a setting shared by every window).
    static bool notificationsEnabled();

signals:
    // The rules in force changed (saved in the editor).
    void rulesChanged();

protected:
    void staleChanged(bool stale) override;

private:
    void createActions();
    void updateActive();
    void updateLog();
    void updateSummary();
    void updateActions();
    void acknowledgeSelected();
    void exportWithDialog();
    void clear();

    QPointer<NodeSession> m_session;
    QString m_shownNode;
    RuleStore m_store;
    QString m_profileId;
    QStringList m_problems;
    ActiveAlertModel *m_active;
    AlertLogModel *m_log;
    ItemTableView *m_activeTable = nullptr;
    ItemTableView *m_logTable = nullptr;
    QLabel *m_summary = nullptr;
    NoticeBar *m_notice = nullptr;
    QAction *m_ack = nullptr;
    QAction *m_ackAll = nullptr;
    QAction *m_editRules = nullptr;
    QAction *m_export = nullptr;
    QAction *m_notifications = nullptr;
    QPointer<RuleEditor> m_editor;
    WindowSet<DetailsWindow> m_details;
};

} // namespace beamtop
