// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QToolButton;

namespace beamtop {

// The row above a ranked table (ProcessesToolbar, NetworkToolbar): the filter (matched on the
// node, sent once typing pauses), the Sliding Window toggle, Export and whether this connection
// may change the node. A kind adds its own choices between the filter and Export. It says what
// the user chose and leaves acting on it to the page.
class RankedToolbar : public QWidget
{
    Q_OBJECT
public:
    QLineEdit *filterEdit() const { return m_filter; }
    // The page adds these to its own actions: their shortcuts work anywhere on the page, and
    // Export is listed in the window's File ▸ Export.
    QAction *windowAction() const { return m_windowAction; }
    QAction *exportAction() const { return m_exportAction; }

    // Shows the mode without emitting windowModeChanged (a header click changed it).
    void showWindowMode(bool on);
    void setFilterText(const QString &text);
    void focusFilter();
    void setReadOnly(bool readOnly);

signals:
    // The trimmed filter, once typing has paused.
    void filterChanged(const QString &text);
    void windowModeChanged(bool on);
    void exportRequested();

public:
    // What a kind says in the parts every toolbar has.
    struct Texts
    {
        QString filterName;        // object names
        QString exportButtonName;
        QString filterPlaceholder; // what people read
        QString filterTip;
        QString windowTip;
        QString exportTip;
        QString readOnlyTip;       // the indicator's tooltip while read-only, and while not
        QString changesTip;
    };
protected:
    RankedToolbar(const Texts &texts, QWidget *parent);

    // The row: the filter is in it; a kind adds its widgets (windowButton() among them), then
    // finishRow() adds Export and the read-only indicator.
    QHBoxLayout *row() const { return m_row; }
    QToolButton *windowButton() const { return m_windowButton; }
    void finishRow();

private:
    QLineEdit *m_filter;
    QAction *m_windowAction;
    QAction *m_exportAction;
    QToolButton *m_windowButton;
    QToolButton *m_exportButton;
    QLabel *m_readOnly;
    QHBoxLayout *m_row;
    QString m_readOnlyTip, m_changesTip;
    QTimer m_filterTimer;
};

} // namespace beamtop
