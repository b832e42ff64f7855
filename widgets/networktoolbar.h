#pragma once

#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;

namespace beamtop {

class PortTypesModel;

// The row above the ports table: the filter, the type choice (with the node's counts by
// type), the Sliding Window toggle, Export and whether this connection may change the node.
// It says what the user chose (typing once it pauses) and leaves acting on it to the page.
class NetworkToolbar : public QWidget
{
    Q_OBJECT
public:
    explicit NetworkToolbar(PortTypesModel *types, QWidget *parent = nullptr);

    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *typeBox() const { return m_type; }
    // The page adds these to its own actions (shortcuts on the page; Export in File ▸ Export).
    QAction *windowAction() const { return m_windowAction; }
    QAction *exportAction() const { return m_exportAction; }

    // The agent's type name chosen, "" for every type.
    QString type() const;
    // Shows the choices without emitting their signals (a header click changed the mode).
    void showWindowMode(bool on);
    void setType(const QString &type);
    void setFilterText(const QString &text);
    void focusFilter();
    void setReadOnly(bool readOnly);

signals:
    void filterChanged(const QString &text); // trimmed, once typing has paused
    void typeChanged(const QString &type);
    void windowModeChanged(bool on);
    void exportRequested();

private:
    void updateTypeLabels();

    PortTypesModel *m_types;
    QLineEdit *m_filter;
    QComboBox *m_type;
    QAction *m_windowAction;
    QAction *m_exportAction;
    QLabel *m_readOnly;
    QTimer m_filterTimer;
};

} // namespace beamtop
