// SPDX-License-Identifier: GPL-3.0-or-later
#include "ruleeditor.h"

#include "accents.h"

#include "alerts/alertmetrics.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace beamtop {

namespace {

enum TableColumn { ColEnabled, ColId, ColMetric, ColCondition, ColFor, ColSeverity, ColNote, ColCount };

MetricUnit unitOf(const QString &key)
{
    AlertMetric m;
    return AlertMetrics::find(key, &m) ? m.unit : MetricUnit::Count;
}

} // namespace

RuleEditor::RuleEditor(const RuleSet &rules, const QVector<HistoryMetric> &history, QWidget *parent)
    : QDialog(parent), m_history(history)
{
    setWindowTitle(tr("Alert Rules"));
    setObjectName(QStringLiteral("ruleEditor"));
    setWindowModality(Qt::WindowModal);
    for (const AlertRule &r : rules.rules)
        m_drafts.append(draftOf(r));

    m_table = new QTableWidget(0, ColCount);
    m_table->setObjectName(QStringLiteral("ruleTable"));
    m_table->setHorizontalHeaderLabels({tr("On"), tr("Rule"), tr("Metric"), tr("Condition"), tr("For"), tr("Severity"), tr("Note")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showRule(row); });

    m_add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add"));
    m_add->setObjectName(QStringLiteral("addRule"));
    m_remove = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Remove"));
    m_remove->setObjectName(QStringLiteral("removeRule"));
    m_reset = new QPushButton(tr("Reset to &Defaults"));
    m_reset->setObjectName(QStringLiteral("resetRules"));
    m_reset->setToolTip(tr("Replace every rule by the set that works on any node without editing"));
    connect(m_add, &QPushButton::clicked, this, &RuleEditor::addRule);
    connect(m_remove, &QPushButton::clicked, this, &RuleEditor::removeRule);
    connect(m_reset, &QPushButton::clicked, this, &RuleEditor::resetToDefaults);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch(1);
    listButtons->addWidget(m_reset);

    auto line = [this](const QString &name, const QString &placeholder, const QString &tip) {
        auto *e = new QLineEdit;
        e->setObjectName(name);
        e->setPlaceholderText(placeholder);
        e->setToolTip(tip);
        connect(e, &QLineEdit::textEdited, this, &RuleEditor::readForm);
        return e;
    };
    m_id = line(QStringLiteral("ruleId"), tr("mailbox"), tr("A name for the rule, unique among these rules: the log and "
                                                             "beamtop-cli watch call it by it"));
    m_metric = new QComboBox;
    m_metric->setObjectName(QStringLiteral("ruleMetric"));
    m_metric->setToolTip(tr("What the rule watches. Metrics marked “largest” name the process, table or port at fault"));
    const QVector<AlertMetric> catalogue = AlertMetrics::catalogue(m_history);
    for (const AlertMetric &m : catalogue)
        m_metric->addItem(m.label.isEmpty() || m.label == m.key ? m.key : tr("%1 (%2)").arg(m.label, m.key), m.key);
    connect(m_metric, &QComboBox::activated, this, &RuleEditor::readForm);
    m_comparison = new QComboBox;
    m_comparison->setObjectName(QStringLiteral("ruleComparison"));
    m_comparison->addItem(tr("above"), false);
    m_comparison->addItem(tr("below"), true);
    connect(m_comparison, &QComboBox::activated, this, &RuleEditor::readForm);
    m_threshold = line(QStringLiteral("ruleThreshold"), tr("e.g. 85%, 1.5GiB, 10k"),
                       tr("Fires past this value. Units: % for ratios, B/KiB/MiB/GiB (or kB/MB/GB) for bytes, k/M/G "
                          "for counts"));
    m_clear = line(QStringLiteral("ruleClear"), tr("the threshold"),
                   tr("A firing alert resolves only once the value is back past this one, so a value hovering at "
                      "the threshold does not flap. Empty: the threshold"));
    m_for = line(QStringLiteral("ruleFor"), tr("0s"),
                 tr("How long the value must stay past the threshold before the alert fires: 30s, 2m, 1h30m"));
    m_severity = new QComboBox;
    m_severity->setObjectName(QStringLiteral("ruleSeverity"));
    m_severity->addItem(tr("Warning"), false);
    m_severity->addItem(tr("Critical"), true);
    connect(m_severity, &QComboBox::activated, this, &RuleEditor::readForm);
    m_note = line(QStringLiteral("ruleNote"), tr("optional: what to do about it"), tr("Shown with the alert"));
    m_enabled = new QCheckBox(tr("&Enabled"));
    m_enabled->setObjectName(QStringLiteral("ruleEnabled"));
    connect(m_enabled, &QCheckBox::clicked, this, &RuleEditor::readForm);
    m_unitHint = new QLabel;
    m_unitHint->setObjectName(QStringLiteral("ruleUnitHint"));

    auto *condition = new QHBoxLayout;
    condition->addWidget(m_comparison);
    condition->addWidget(m_threshold, 1);
    condition->addWidget(m_unitHint);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_id);
    form->addRow(tr("&Metric:"), m_metric);
    auto *conditionLabel = new QLabel(tr("&Condition:"));
    conditionLabel->setBuddy(m_comparison);
    form->addRow(conditionLabel, condition);
    form->addRow(tr("C&lears past:"), m_clear);
    form->addRow(tr("&For:"), m_for);
    form->addRow(tr("&Severity:"), m_severity);
    form->addRow(tr("N&ote:"), m_note);
    form->addRow(QString(), m_enabled);

    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("ruleProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("saveError"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(listButtons);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(820, 560);

    fillTable();
    selectRule(m_drafts.isEmpty() ? -1 : 0);
    validate();
}

RuleEditor::~RuleEditor() = default;

void RuleEditor::setStore(const RuleStore &store, const QString &profileId)
{
    m_store = store;
    m_profileId = profileId;
    m_buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Write the rules to %1 and apply them now").arg(store.fileFor(profileId)));
}

QString RuleEditor::quantityText(const QString &metric, double v)
{
    if (std::isnan(v))
        return {};
    // Exact, in a form parseQuantity reads back: ratios as percentages, the rest plain.
    if (unitOf(metric) == MetricUnit::Ratio)
        return QString::number(v * 100, 'g', 12) + QLatin1Char('%');
    return QString::number(v, 'g', 15);
}

RuleEditor::Draft RuleEditor::draftOf(const AlertRule &r)
{
    Draft d;
    d.id = r.id;
    d.metric = r.metric;
    d.below = r.comparison == AlertComparison::Below;
    d.threshold = quantityText(r.metric, r.threshold);
    d.clear = quantityText(r.metric, r.clear);
    d.forText = AlertRule::formatDuration(r.forMs);
    d.note = r.note;
    d.critical = r.severity == AlertSeverity::Critical;
    d.enabled = r.enabled;
    return d;
}

bool RuleEditor::toRule(const Draft &d, AlertRule *out, QStringList *why) const
{
    AlertRule r;
    r.id = d.id.trimmed();
    r.metric = d.metric;
    r.comparison = d.below ? AlertComparison::Below : AlertComparison::Above;
    r.severity = d.critical ? AlertSeverity::Critical : AlertSeverity::Warning;
    r.note = d.note.trimmed();
    r.enabled = d.enabled;
    const qsizetype before = why->size();
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_.:-]+$"));
    if (r.id.isEmpty())
        *why << tr("it needs a name");
    else if (!idPattern.match(r.id).hasMatch())
        *why << tr("its name may hold letters, digits and _ . : - only");
    AlertMetric metric;
    if (!AlertMetrics::find(r.metric, &metric))
        *why << tr("“%1” is not a metric Beamtop knows").arg(r.metric);
    if (d.threshold.trimmed().isEmpty())
        *why << tr("it needs a threshold");
    else if (!AlertRule::parseQuantity(d.threshold, &r.threshold))
        *why << tr("the threshold “%1” is not a number (write 0.85, 85%, 2GiB or 10k)").arg(d.threshold);
    else if (metric.unit == MetricUnit::Ratio && (r.threshold > 1 || r.threshold < 0))
        *why << tr("the threshold is a ratio between 0 and 1: write 85% or 0.85, not %1").arg(d.threshold);
    if (!d.clear.trimmed().isEmpty()) {
        if (!AlertRule::parseQuantity(d.clear, &r.clear))
            *why << tr("the clear value “%1” is not a number").arg(d.clear);
        else if (why->size() == before && !d.below && r.clear > r.threshold)
            *why << tr("the clear value must not be above the threshold: the alert resolves once the value is below it");
        else if (why->size() == before && d.below && r.clear < r.threshold)
            *why << tr("the clear value must not be below the threshold: the alert resolves once the value is above it");
    }
    if (!d.forText.trimmed().isEmpty() && !AlertRule::parseDuration(d.forText, &r.forMs))
        *why << tr("“%1” is not a duration (write 30s, 2m or 1h30m)").arg(d.forText);
    if (why->size() != before)
        return false;
    *out = r;
    return true;
}

QStringList RuleEditor::problems() const
{
    QStringList out;
    QSet<QString> ids;
    for (int i = 0; i < m_drafts.size(); ++i) {
        const Draft &d = m_drafts.at(i);
        QStringList why;
        AlertRule r;
        toRule(d, &r, &why);
        const QString id = d.id.trimmed();
        if (!id.isEmpty() && ids.contains(id))
            why << tr("another rule has the same name");
        ids.insert(id);
        const QString which = id.isEmpty() ? tr("Rule %1").arg(i + 1) : tr("Rule %1 (%2)").arg(i + 1).arg(id);
        for (const QString &w : std::as_const(why))
            out << tr("%1: %2.").arg(which, w);
    }
    return out;
}

RuleSet RuleEditor::rules() const
{
    RuleSet set;
    for (const Draft &d : m_drafts) {
        AlertRule r;
        QStringList why;
        if (toRule(d, &r, &why))
            set.rules.append(r);
    }
    return set;
}

int RuleEditor::currentRule() const
{
    return m_table->currentRow();
}

void RuleEditor::selectRule(int index)
{
    if (index >= 0 && index < m_table->rowCount())
        m_table->setCurrentCell(index, ColId);
    else
        showRule(-1);
}

void RuleEditor::fillTable()
{
    m_table->setRowCount(int(m_drafts.size()));
    for (int r = 0; r < m_drafts.size(); ++r)
        updateRow(r);
}

void RuleEditor::updateRow(int row)
{
    const Draft &d = m_drafts.at(row);
    auto set = [this, row](int column, const QString &text, const QString &tip = {}) {
        QTableWidgetItem *item = m_table->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            m_table->setItem(row, column, item);
        }
        item->setText(text);
        item->setToolTip(tip.isEmpty() ? text : tip);
    };
    AlertMetric m;
    const QString metric = AlertMetrics::find(d.metric, &m) && !m.label.isEmpty() ? m.label : d.metric;
    QString condition = (d.below ? tr("below %1") : tr("above %1")).arg(d.threshold);
    if (!d.clear.trimmed().isEmpty())
        condition += tr(", clears at %1").arg(d.clear);
    set(ColEnabled, d.enabled ? tr("yes") : tr("no"));
    set(ColId, d.id);
    set(ColMetric, metric, d.metric);
    set(ColCondition, condition);
    set(ColFor, d.forText);
    set(ColSeverity, d.critical ? tr("Critical") : tr("Warning"));
    set(ColNote, d.note);
}

int RuleEditor::metricIndex(const QString &key)
{
    int i = m_metric->findData(key);
    if (i < 0 && !key.isEmpty()) {
        // A metric this node does not record (yet): kept, and said by validate().
        m_metric->addItem(key, key);
        i = m_metric->count() - 1;
    }
    return i;
}

void RuleEditor::showRule(int row)
{
    m_showing = true;
    const bool has = row >= 0 && row < m_drafts.size();
    for (QWidget *w : std::initializer_list<QWidget *>{m_id, m_metric, m_comparison, m_threshold, m_clear, m_for,
                                                       m_severity, m_note, m_enabled})
        w->setEnabled(has);
    m_remove->setEnabled(has);
    if (has) {
        const Draft &d = m_drafts.at(row);
        m_id->setText(d.id);
        m_metric->setCurrentIndex(metricIndex(d.metric));
        m_comparison->setCurrentIndex(d.below ? 1 : 0);
        m_threshold->setText(d.threshold);
        m_clear->setText(d.clear);
        m_for->setText(d.forText);
        m_severity->setCurrentIndex(d.critical ? 1 : 0);
        m_note->setText(d.note);
        m_enabled->setChecked(d.enabled);
    } else {
        for (QLineEdit *e : {m_id, m_threshold, m_clear, m_for, m_note})
            e->clear();
    }
    m_showing = false;
    validate();
}

void RuleEditor::readForm()
{
    const int row = m_table->currentRow();
    if (m_showing || row < 0 || row >= m_drafts.size())
        return;
    Draft &d = m_drafts[row];
    d.id = m_id->text();
    d.metric = m_metric->currentData().toString();
    d.below = m_comparison->currentData().toBool();
    d.threshold = m_threshold->text();
    d.clear = m_clear->text();
    d.forText = m_for->text();
    d.critical = m_severity->currentData().toBool();
    d.note = m_note->text();
    d.enabled = m_enabled->isChecked();
    updateRow(row);
    validate();
}

void RuleEditor::validate()
{
    const int row = m_table->currentRow();
    QString hint;
    if (row >= 0 && row < m_drafts.size()) {
        switch (unitOf(m_drafts.at(row).metric)) {
        case MetricUnit::Ratio: hint = tr("ratio: 85% or 0.85"); break;
        case MetricUnit::Bytes: hint = tr("bytes: 512MiB, 2GiB"); break;
        case MetricUnit::BytesPerSecond: hint = tr("bytes per second: 10MiB"); break;
        case MetricUnit::PerSecond: hint = tr("per second: 50k"); break;
        case MetricUnit::Count: hint = tr("a count: 10000 or 10k"); break;
        }
    }
    m_unitHint->setText(hint);
    const QStringList all = problems();
    m_problems->setText(all.join(QLatin1Char('\n')));
    m_problems->setVisible(!all.isEmpty());
    QPalette p = palette();
    p.setColor(QPalette::WindowText, Accents::critical(p));
    m_problems->setPalette(p);
    m_error->setPalette(p);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(all.isEmpty());
}

void RuleEditor::addRule()
{
    RuleSet current = rules();
    for (const Draft &d : std::as_const(m_drafts)) {
        AlertRule r;
        r.id = d.id.trimmed();
        current.rules.append(r); // every name taken, even a faulty rule's
    }
    Draft d;
    d.id = current.uniqueId(QStringLiteral("rule"));
    d.metric = QStringLiteral("process_count");
    d.forText = AlertRule::formatDuration(0);
    m_drafts.append(d);
    fillTable();
    selectRule(int(m_drafts.size()) - 1);
    m_threshold->setFocus();
}

void RuleEditor::removeRule()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_drafts.size())
        return;
    m_drafts.remove(row);
    fillTable();
    selectRule(qMin(row, int(m_drafts.size()) - 1));
}

void RuleEditor::resetToDefaults()
{
    m_drafts.clear();
    for (const AlertRule &r : RuleSet::defaults().rules)
        m_drafts.append(draftOf(r));
    fillTable();
    selectRule(0);
}

bool RuleEditor::save()
{
    const QStringList faults = problems();
    if (!faults.isEmpty()) {
        m_error->setText(tr("Not saved: %1").arg(faults.first()));
        m_error->show();
        return false;
    }
    const RuleSet set = rules();
    QString error;
    if (!m_store.save(m_profileId, set, &error)) {
        m_error->setText(tr("Could not save the rules: %1").arg(error));
        m_error->show();
        return false;
    }
    m_error->hide();
    emit saved(set);
    return true;
}

QString RuleEditor::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

} // namespace beamtop
