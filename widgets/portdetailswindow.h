#pragma once

#include "collect/portdetails.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QUrl;

namespace beamtop {

class ChartTimeLink;
class ChartWidget;
class NodeSession;
class NoticeBar;
class PortActions;
class PortHistoryModel;
class PortSampler;

// One port or socket in detail, in a window of its own (several may be open; none is modal).
// Titled "<id> <type> — <node>". Tabs: Overview (everything of port_info, the owner a link to
// its process details), Addresses & State, Statistics (inet:getstat or a socket's counters),
// Options (unsupported ones marked "not supported"), Links & Monitors (capped, with totals),
// and live charts of bytes received and sent per second and the queue, sampled every refresh
// tick for as long as the window is open. When the port closes the window says so in its title
// and a banner and keeps the last data. Close Port asks first and is refused while read-only.
class PortDetailsWindow : public QWidget
{
    Q_OBJECT
public:
    enum Tab { OverviewTab, AddressesTab, StatisticsTab, OptionsTab, LinksTab, ChartsTab };

    PortDetailsWindow(NodeSession *session, const Term &id, const QString &description, QWidget *parent = nullptr);
    ~PortDetailsWindow() override;

    Term id() const { return m_id; }
    bool isClosed() const { return m_closed; }
    bool hasDetails() const { return m_details.alive; }
    const PortDetails &details() const { return m_details; }
    QString tabText(Tab tab) const; // plain text of a tab, for tests and copying
    QTabWidget *tabs() const { return m_tabs; }
    NoticeBar *banner() const { return m_banner; }
    QLabel *liveLabel() const { return m_live; }
    PortHistoryModel *history() const { return m_history; }
    QList<ChartWidget *> charts() const { return m_charts; } // recv/s, sent/s, queue
    PortActions *portActions() const { return m_actions; }
    QPushButton *closeButton() const { return m_closeButton; }

    // Writes the details as JSON (PortDetails::toJson); false with error set.
    bool exportTo(const QString &path, QString *error) const;

public slots:
    void refreshDetails();

signals:
    void openProcess(const beamtop::Term &pid); // the owner or another pid link was clicked
    void openPort(const beamtop::Term &port);   // a port link was clicked
    void portClosed();

private:
    QTextBrowser *browser(const QString &name);
    void onDetails(const PortDetails &details);
    void onSample(const PortSample &s);
    void setClosed();
    void render();
    void updateTitle();
    void updateLive();
    void updateCloseButton();
    void openLink(const QUrl &url);
    void exportAs();

    QPointer<NodeSession> m_session;
    Term m_id;
    QString m_idText;
    QString m_description;
    QString m_node;
    PortDetails m_details;
    bool m_closed = false;
    QPointer<PortSampler> m_sampler; // the session's, for as long as this window lives
    PortSample m_last;
    bool m_hasSample = false;

    NoticeBar *m_banner;
    QLabel *m_live;
    QPushButton *m_closeButton;
    QTabWidget *m_tabs;
    QTextBrowser *m_overview, *m_addresses, *m_statistics, *m_options, *m_links;
    PortHistoryModel *m_history;
    ChartTimeLink *m_link = nullptr;
    QList<ChartWidget *> m_charts;
    PortActions *m_actions;
};

} // namespace beamtop
