// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detailswindow.h"

#include "collect/portdetails.h"

class QPushButton;

namespace beamtop {

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
// (DetailsWindow: what it shares with the process details window.)
class PortDetailsWindow : public DetailsWindow
{
    Q_OBJECT
public:
    enum Tab { OverviewTab, AddressesTab, StatisticsTab, OptionsTab, LinksTab, ChartsTab };

    PortDetailsWindow(NodeSession *session, const Term &id, const QString &description, QWidget *parent = nullptr);
    ~PortDetailsWindow() override;

    Term id() const { return m_id; }
    bool isClosed() const { return isEnded(); }
    bool hasDetails() const { return m_details.alive; }
    const PortDetails &details() const { return m_details; }
    QString tabText(Tab tab) const; // plain text of a tab, for tests and copying
    PortHistoryModel *history() const { return m_history; } // charts(): recv/s, sent/s, queue
    PortActions *portActions() const { return m_actions; }
    QPushButton *closeButton() const { return m_closeButton; }

public slots:
    void refreshDetails() override;

signals:
    void openProcess(const beamtop::Term &pid); // the owner or another pid link was clicked
    void openPort(const beamtop::Term &port);   // a port link was clicked
    void portClosed();

protected:
    QString idText() const override { return m_idText; }
    void render() override;
    void updateTitle() override;
    // The details (PortDetails::toJson).
    void writeJson(QJsonObject &o) const override;
    void openLink(const QUrl &url) override;

private:
    static Texts texts();
    void onDetails(const PortDetails &details);
    void onSample(const PortSample &s);
    void setClosed();
    void updateLive();
    void updateCloseButton();

    Term m_id;
    QString m_idText;
    QString m_description;
    PortDetails m_details;
    QPointer<PortSampler> m_sampler; // the session's, for as long as this window lives
    PortSample m_last;
    bool m_hasSample = false;

    QPushButton *m_closeButton;
    QTextBrowser *m_overview, *m_addresses, *m_statistics, *m_options, *m_links;
    PortHistoryModel *m_history;
    PortActions *m_actions;
};

} // namespace beamtop
