// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/rulestore.h"
#include "history/historystore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace beamtop {

// The alert rules of a profile (or of connections without one) in a dialog: the rules as a
// table, and the selected rule's fields below it — metric (from AlertMetrics::catalogue and the
// node's history metrics), above or below, threshold and clear value with units ("85%",
// "1.5GiB", "10k"), how long it must hold ("30s", "2m"), severity, note, enabled. Add, remove,
// reset to the defaults. What is wrong is said next to the rule while typing, and Save stays
// off until every rule reads; Save writes the file through RuleStore and emits saved().
class RuleEditor : public QDialog
{
    Q_OBJECT
public:
    RuleEditor(const RuleSet &rules, const QVector<HistoryMetric> &history, QWidget *parent = nullptr);
    ~RuleEditor() override;

    // Where Save writes.
    void setStore(const RuleStore &store, const QString &profileId);

    // The rules as edited; valid only when problems() is empty.
    RuleSet rules() const;
    // Every fault, "rule 2 (mailbox): the threshold is not a number", in rule order.
    QStringList problems() const;
    int currentRule() const;
    void selectRule(int index);
    // Saves (as the Save button does); false with the reason shown when it cannot.
    bool save();
    QString errorText() const;

signals:
    void saved(const beamtop::RuleSet &rules);

private:
    // A rule as typed: its numbers stay text until they read, so a half-typed value is kept.
    struct Draft
    {
        QString id, metric;
        bool below = false;
        QString threshold, clear, forText, note;
        bool critical = false;
        bool enabled = true;
    };
    static Draft draftOf(const AlertRule &rule);
    static QString quantityText(const QString &metric, double value);
    bool toRule(const Draft &d, AlertRule *out, QStringList *why) const;

    void addRule();
    void removeRule();
    void resetToDefaults();
    void fillTable();
    void updateRow(int row);
    void showRule(int row);
    void readForm();
    void validate();
    int metricIndex(const QString &key);

    QVector<Draft> m_drafts;
    QVector<HistoryMetric> m_history;
    RuleStore m_store;
    QString m_profileId;
    bool m_showing = false; // filling the form: its signals are not edits

    QTableWidget *m_table;
    QLineEdit *m_id;
    QComboBox *m_metric;
    QComboBox *m_comparison;
    QLineEdit *m_threshold;
    QLineEdit *m_clear;
    QLineEdit *m_for;
    QComboBox *m_severity;
    QLineEdit *m_note;
    QCheckBox *m_enabled;
    QLabel *m_unitHint;
    QLabel *m_problems;
    QLabel *m_error;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_reset;
    QDialogButtonBox *m_buttons;
};

} // namespace beamtop
