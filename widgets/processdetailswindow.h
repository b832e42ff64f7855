#pragma once

#include "collect/processsampler.h"

#include "term/term.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QLabel;
class QMessageBox;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QUrl;

namespace beamtop {

class ChartTimeLink;
class ChartWidget;
class NodeSession;
class NoticeBar;
class ProcessActions;
class ProcessHistoryModel;

// One process in detail, in a window of its own (several may be open; none is modal). Titled
// "<name> <pid> — <node>". Tabs: Overview, Messages, Dictionary, Stack trace, State, and live
// charts of memory, reductions/s and queue length sampled every refresh tick for as long as
// the window is open. When the process exits the window says so in its title and a banner
// and keeps the last data. Pids, ports and names in the tabs are links.
class ProcessDetailsWindow : public QWidget
{
    Q_OBJECT
public:
    enum Tab { OverviewTab, MessagesTab, DictionaryTab, StackTab, StateTab, ChartsTab };

    ProcessDetailsWindow(NodeSession *session, const Term &pid, const QString &description, QWidget *parent = nullptr);
    ~ProcessDetailsWindow() override;

    Term pid() const { return m_pid; }
    bool isDead() const { return m_dead; }
    bool hasDetails() const { return m_details.isMap(); }
    const Term &details() const { return m_details; }
    const Term &messages() const { return m_messages; }
    QString tabText(Tab tab) const; // plain text of a tab, for tests and copying
    QTabWidget *tabs() const { return m_tabs; }
    NoticeBar *banner() const { return m_banner; }
    ProcessHistoryModel *history() const { return m_history; }
    QList<ChartWidget *> charts() const { return m_charts; } // memory, reductions/s, queue
    ProcessActions *processActions() const { return m_actions; }
    // The button that asks to read a long queue (visible while the node refused it).
    QPushButton *readQueueButton() const { return m_readQueue; }
    QMessageBox *queueConfirmation() const;

    // Writes the details (and the messages read, if any) as JSON; false with error set.
    bool exportTo(const QString &path, QString *error) const;

public slots:
    void refreshDetails();
    void fetchMessages(bool force = false);
    // Asks before reading a queue over 10,000 messages (it costs the node a copy).
    void confirmReadQueue();

signals:
    void openProcess(const beamtop::Term &pid); // a pid link was clicked
    void dead();

private:
    QTextBrowser *browser(const QString &name);
    void onDetails(const Term &details);
    void onMessages(const Term &messages);
    void onFailed(const QString &error);
    void onSample(const ProcessSample &s);
    void setDead();
    void render();
    void renderOverview();
    void updateTitle();
    void updateLive();
    void openLink(const QUrl &url);
    void showPort(const Term &port, const Term &info);
    void exportAs();

    QPointer<NodeSession> m_session;
    Term m_pid;
    QString m_pidText;
    QString m_name;
    QString m_node;
    Term m_details;
    Term m_messages;
    bool m_dead = false;
    bool m_messagesAsked = false;
    QVector<Term> m_asked; // names and ports this window looked up, whose answers it waits for
    QPointer<ProcessSampler> m_sampler; // the session's, for as long as this window lives
    double m_reductionsPerS = -1;
    qint64 m_memory = -1, m_queue = -1;
    QString m_status;

    NoticeBar *m_banner;
    QLabel *m_live;
    QTabWidget *m_tabs;
    QTextBrowser *m_overview, *m_messagesView, *m_dictionary, *m_stack, *m_state;
    QPushButton *m_readQueue;
    QPointer<QMessageBox> m_queueConfirm;
    ProcessHistoryModel *m_history;
    ChartTimeLink *m_link = nullptr;
    QList<ChartWidget *> m_charts;
    ProcessActions *m_actions;
};

} // namespace beamtop
