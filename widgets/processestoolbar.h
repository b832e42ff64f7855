#pragma once

#include <QTimer>
#include <QWidget>

class QAction;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace beamtop {

// The row above the processes table: the filter, the Sliding Window toggle, the agent's CPU
// budget, Export and whether this connection may change the node. It says what the user chose
// (typing and the budget once they settle) and leaves acting on it to the page.
class ProcessesToolbar : public QWidget
{
    Q_OBJECT
public:
    explicit ProcessesToolbar(QWidget *parent = nullptr);

    QLineEdit *filterEdit() const { return m_filter; }
    QDoubleSpinBox *budgetBox() const { return m_budget; }
    // The page adds these to its own actions: their shortcuts work anywhere on the page, and
    // Export is listed in the window's File ▸ Export.
    QAction *windowAction() const { return m_windowAction; }
    QAction *exportAction() const { return m_exportAction; }

    double budgetPercent() const;
    // Shows the mode without emitting windowModeChanged (a header click changed it).
    void showWindowMode(bool on);
    void setFilterText(const QString &text);
    void focusFilter();
    void setReadOnly(bool readOnly);
    // Without the agent there is nothing to rank, filter or budget.
    void setReducedMode(bool reduced);

signals:
    // The trimmed filter, once typing has paused.
    void filterChanged(const QString &text);
    void windowModeChanged(bool on);
    // A fraction of one scheduler, once the spin box has settled.
    void budgetChanged(double fraction);
    void exportRequested();

private:
    void createActions();

    QLineEdit *m_filter;
    QAction *m_windowAction = nullptr;
    QAction *m_exportAction = nullptr;
    QDoubleSpinBox *m_budget;
    QLabel *m_readOnly;
    QTimer m_filterTimer;
    QTimer m_budgetTimer;
};

} // namespace beamtop
