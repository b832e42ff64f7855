#pragma once

#include <QDateTime>
#include <QWidget>

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

private:
    void applyStalePalette();

    bool m_stale = false;
    bool m_applying = false;
};

} // namespace beamtop
