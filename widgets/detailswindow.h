// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartaxis.h"

#include <QPointer>
#include <QWidget>

class QHBoxLayout;
class QJsonObject;
class QLabel;
class QTabWidget;
class QTextBrowser;
class QToolButton;
class QUrl;

namespace beamtop {

class ChartTimeLink;
class ChartWidget;
class NodeSession;
class NoticeBar;
class SeriesHistoryModel;

// What the details windows of one entity (ProcessDetailsWindow, PortDetailsWindow) share: a
// window of its own titled "<who> — <node>", a banner, the live figures with Refresh (F5) and
// Export JSON… beside them, tabs of HTML whose links the kind follows, a tab of live charts on
// one time axis, the banner while the connection is down, and the end (the process exited, the
// port closed) in the title and the banner with the last data kept.
class DetailsWindow : public QWidget
{
    Q_OBJECT
public:
    // Whether the entity is gone (exited, closed).
    bool isEnded() const { return m_ended; }
    QTabWidget *tabs() const { return m_tabs; }
    NoticeBar *banner() const { return m_banner; }
    QLabel *liveLabel() const { return m_live; }
    QList<ChartWidget *> charts() const { return m_charts; }

    // Writes the details as JSON: node, the entity's id, when, whether alive, and what the kind
    // adds (writeJson); false with error set.
    bool exportTo(const QString &path, QString *error) const;

public slots:
    virtual void refreshDetails() = 0;

protected:
    // What a kind says where the windows differ only in words.
    struct Texts
    {
        QString objectName;    // processDetails, portDetails
        QString idKey;         // the id's key in the export: pid, id
        QString endedTitle;    // "%1 — %2 (dead)": who, node
        QString endedBanner;   // "%1 has exited (noticed at %2).": id, time
        QString exportCaption; // the save dialog's
        QString exportStem;    // the suggested file's name before the id: process, port
    };
    DetailsWindow(NodeSession *session, const Texts &texts, QWidget *parent);

    NodeSession *session() const { return m_session; }
    QString node() const { return m_node; }
    // The entity's id as people read it (the title, the banner, the export).
    virtual QString idText() const = 0;
    virtual void render() = 0;
    virtual void updateTitle() = 0;
    // The kind's own keys in the export (details, messages).
    virtual void writeJson(QJsonObject &o) const = 0;
    virtual void openLink(const QUrl &url) = 0;

    // A tab's browser: links go to openLink, never to a browser.
    QTextBrowser *browser(const QString &name);
    // Sets a browser's HTML keeping where it was scrolled to.
    static void setKeepingPlace(QTextBrowser *b, const QString &html);
    // A kind's button between Refresh and Export.
    void addBarWidget(QWidget *w);

    struct Line
    {
        int column;
        QString title;
        MetricUnit unit;
    };
    // The charts tab: one chart a line of history, on one time axis (zoom one, zoom all);
    // hovering shows the exact values.
    QWidget *createCharts(SeriesHistoryModel *history, const QVector<Line> &lines);
    // After a sample went into the history: the time axis follows it.
    void historyGrew();

    // "<who> — <node>", "(dead)" or the like once ended.
    void setTitleFor(const QString &who);
    // Marks the entity gone and says so in the banner (hadDetails: the last data is shown);
    // false when it was already.
    bool markEnded(bool hadDetails);

private:
    void exportAs();

    QPointer<NodeSession> m_session;
    Texts m_texts;
    QString m_node;
    bool m_ended = false;

    NoticeBar *m_banner;
    QLabel *m_live;
    QHBoxLayout *m_bar;
    QToolButton *m_refreshButton;
    QToolButton *m_exportButton;
    QTabWidget *m_tabs;
    SeriesHistoryModel *m_history = nullptr;
    ChartTimeLink *m_link = nullptr;
    QList<ChartWidget *> m_charts;
};

} // namespace beamtop
