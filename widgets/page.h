#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QStackedLayout;

namespace beamtop {

class NodeSession;

// One view of the main window (System, Processes, ...). Pages are made by the registry
// (pageregistry.h), get the current session, and show what it collects. When the data on
// screen is older than the link (the node dropped), the page is greyed out but stays readable
// and copyable.
class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(QWidget *parent = nullptr);

    // nullptr: no node. A session to another node clears what the page shows.
    virtual void setSession(NodeSession *session) = 0;
    // Called on every refresh tick while this page is the current one, after the session has
    // asked for its own samples. Pages with collectors of their own fetch here.
    virtual void refresh() {}
    // Text for Ctrl+C when no table in the page has the focus: the whole page, exact values.
    virtual QString copyText() const = 0;

    void setStale(bool stale);
    bool isStale() const { return m_stale; }

protected:
    virtual void staleChanged(bool stale) { Q_UNUSED(stale) }
    void changeEvent(QEvent *event) override;

    // The page's body, with a centred "not connected" message in its place until
    // showBody(true). notConnected empty: the usual "connect to a node" text. scrolling wraps
    // the body in a frameless scroll area.
    void setBody(QWidget *body, bool scrolling, const QString &notConnected = {});
    void showBody(bool shown);

private:
    void applyStalePalette();

    QLabel *m_notConnected = nullptr;
    QStackedLayout *m_bodyStack = nullptr;

    bool m_stale = false;
    bool m_applying = false;
};

} // namespace beamtop
