// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertspage.h"

#include "accents.h"
#include "alerttablemodels.h"
#include "etsdetailswindow.h"
#include "filechooser.h"
#include "itemtableview.h"
#include "noticebar.h"
#include "portdetailswindow.h"
#include "processdetailshtml.h"
#include "processdetailswindow.h"
#include "ruleeditor.h"

#include "alerts/alertmonitor.h"
#include "collect/etsranking.h"
#include "export/exportfile.h"
#include "export/rowwriter.h"
#include "term/termformatter.h"

#include <QAction>
#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace beamtop {

namespace {

const QString NotifyKey = QStringLiteral("alerts/desktopNotifications");

// Severity text in the warning or critical accent while the row asks for attention.
class SeverityDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto level = RowTableModel::Level(index.data(RowTableModel::LevelRole).toInt());
        if (level == RowTableModel::Level::Normal)
            return;
        const QColor c = level == RowTableModel::Level::Critical ? Accents::critical(option->palette)
                                                                 : Accents::warning(option->palette);
        option->palette.setColor(QPalette::Text, c);
        option->font.setBold(true);
    }
};

QToolButton *toolButton(QAction *a)
{
    auto *b = new QToolButton;
    b->setDefaultAction(a);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setAutoRaise(true);
    return b;
}

QJsonValue jsonNumber(double v)
{
    return std::isnan(v) ? QJsonValue() : QJsonValue(v);
}

} // namespace

AlertsPage::AlertsPage(QWidget *parent)
    : Page(parent), m_active(new ActiveAlertModel(this)), m_log(new AlertLogModel(this))
{
    createActions();

    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    auto *bar = new QHBoxLayout;
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("alertsSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    bar->addWidget(m_summary, 1);
    for (QAction *a : {m_ack, m_ackAll, m_editRules, m_export})
        bar->addWidget(toolButton(a));
    auto *notify = toolButton(m_notifications);
    bar->addWidget(notify);
    layout->addLayout(bar);
    m_notice = new NoticeBar;
    m_notice->setObjectName(QStringLiteral("alertsNotice"));
    layout->addWidget(m_notice);

    auto table = [this](const QString &name, QAbstractItemModel *model, int severityColumn) {
        auto *t = new ItemTableView;
        t->setObjectName(name);
        t->setSourceModel(model, true);
        // These tables get the space the splitter gives them and scroll, unlike the cards'.
        t->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        t->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        t->setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
        t->setItemDelegateForColumn(severityColumn, new SeverityDelegate(t));
        // New rows may be wider (a longer rule name): the columns follow them.
        connect(t->model(), &QAbstractItemModel::rowsInserted, t, &QTableView::resizeColumnsToContents, Qt::QueuedConnection);
        // Enter and double-click open the entity (activated is both).
        connect(t, &QAbstractItemView::activated, this, [this](const QModelIndex &i) { openEntity(i); });
        return t;
    };
    m_activeTable = table(QStringLiteral("activeAlerts"), m_active, ActiveAlertModel::Severity);
    m_activeTable->addAction(m_ack);
    connect(m_activeTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AlertsPage::updateActions);
    m_logTable = table(QStringLiteral("alertLog"), m_log, AlertLogModel::Severity);

    auto group = [](const QString &title, QWidget *content) {
        auto *box = new QGroupBox(title);
        auto *l = new QVBoxLayout(box);
        l->addWidget(content);
        return box;
    };
    auto *split = new QSplitter(Qt::Vertical);
    split->setChildrenCollapsible(false);
    split->addWidget(group(tr("Active alerts"), m_activeTable));
    split->addWidget(group(tr("Log"), m_logTable));
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    setBody(body, false);
    clear();
}

AlertsPage::~AlertsPage() = default;

void AlertsPage::createActions()
{
    m_ack = new QAction(QIcon::fromTheme(QStringLiteral("dialog-ok-apply")), tr("&Acknowledge"), this);
    m_ack->setObjectName(QStringLiteral("acknowledge"));
    m_ack->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_ack->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ack->setToolTip(tr("Mark the selected alerts as seen: they stay until they resolve but no longer count as new (Ctrl+K)"));
    connect(m_ack, &QAction::triggered, this, &AlertsPage::acknowledgeSelected);

    m_ackAll = new QAction(tr("Acknowledge A&ll"), this);
    m_ackAll->setObjectName(QStringLiteral("acknowledgeAll"));
    m_ackAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_ackAll->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ackAll->setToolTip(tr("Mark every active alert as seen (Ctrl+Shift+K)"));
    connect(m_ackAll, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->alerts()->acknowledgeAll();
    });

    m_editRules = new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit Rules…"), this);
    m_editRules->setObjectName(QStringLiteral("editRules"));
    m_editRules->setToolTip(tr("The rules that fire alerts on this node: metric, threshold, duration, severity"));
    connect(m_editRules, &QAction::triggered, this, [this] { openRuleEditor(); });

    m_export = new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("Export Log…"), this);
    m_export->setObjectName(QStringLiteral("exportLog"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_export->setToolTip(tr("The log of fired and resolved alerts as CSV or JSON (Ctrl+E)"));
    m_export->setProperty("beamtopExport", true); // listed in the window's File ▸ Export while shown
    connect(m_export, &QAction::triggered, this, &AlertsPage::exportWithDialog);

    m_notifications = new QAction(QIcon::fromTheme(QStringLiteral("preferences-desktop-notification")),
                                  tr("Desktop &Notifications"), this);
    m_notifications->setObjectName(QStringLiteral("desktopNotifications"));
    m_notifications->setCheckable(true);
    m_notifications->setChecked(notificationsEnabled());
    m_notifications->setToolTip(tr("Tell the desktop when an alert fires (every Beamtop window)"));
    connect(m_notifications, &QAction::toggled, this, [](bool on) { QSettings().setValue(NotifyKey, on); });

    for (QAction *a : {m_ack, m_ackAll, m_export})
        addAction(a);
}

bool AlertsPage::notificationsEnabled()
{
    return QSettings().value(NotifyKey, true).toBool();
}

void AlertsPage::setSession(NodeSession *session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->alerts(), nullptr, this, nullptr);
    }
    m_details.closeAll();
    if (m_editor)
        m_editor->reject(); // its rules were for the last node
    m_session = session;
    followSession(session);
    clear();
    if (!session)
        return;
    m_shownNode = session->nodeName();
    AlertMonitor *alerts = session->alerts();
    connect(alerts, &AlertMonitor::activeChanged, this, [this] {
        updateActive();
        updateSummary();
    });
    connect(alerts, &AlertMonitor::logAppended, this, &AlertsPage::updateLog);
    connect(alerts, &AlertMonitor::metricFailed, this, [this](const QString &metric, const QString &error) {
        m_notice->showNotice(NoticeBar::Kind::Warning, tr("Could not read %1 for the alerts").arg(metric), error);
    });
    updateActive();
    updateLog();
    updateSummary();
    showBody(true);
}

void AlertsPage::setRuleSource(const RuleStore &store, const QString &profileId, const QStringList &problems)
{
    m_store = store;
    m_profileId = profileId;
    m_problems = problems;
    if (problems.isEmpty())
        m_notice->clear();
    else
        m_notice->showNotice(NoticeBar::Kind::Warning, tr("Some rules could not be read; the others are in force."),
                             problems.join(QLatin1Char('\n')));
    updateSummary();
}

void AlertsPage::clear()
{
    m_shownNode.clear();
    m_active->setAlerts({});
    m_log->setEvents({});
    updateSummary();
    showBody(false);
}

void AlertsPage::updateActive()
{
    m_active->setAlerts(m_session ? m_session->alerts()->active() : QVector<ActiveAlert>());
    updateActions();
}

void AlertsPage::updateLog()
{
    m_log->setEvents(m_session ? m_session->alerts()->log() : QVector<AlertEvent>());
    updateActions();
}

void AlertsPage::updateActions()
{
    const bool any = m_active->rowCount() > 0;
    const bool selected = m_activeTable && m_activeTable->selectionModel() && m_activeTable->selectionModel()->hasSelection();
    m_ack->setEnabled(m_session && selected);
    m_ackAll->setEnabled(m_session && any && m_session->alerts()->unacknowledgedCount() > 0);
    m_editRules->setEnabled(m_session);
    m_export->setEnabled(m_log->rowCount() > 0);
}

QString AlertsPage::summaryText() const
{
    return m_summary->text();
}

void AlertsPage::updateSummary()
{
    if (!m_session) {
        m_summary->clear();
        return;
    }
    const AlertMonitor *alerts = m_session->alerts();
    int enabled = 0;
    for (const AlertRule &r : alerts->rules().rules)
        enabled += r.enabled ? 1 : 0;
    const int active = alerts->activeCount();
    const int fresh = alerts->unacknowledgedCount();
    QString text = active == 0 ? tr("No active alerts.")
                               : tr("%n active alert(s), %1 not acknowledged.", nullptr, active).arg(fresh);
    text += QLatin1Char(' ') + tr("%n rule(s) in force.", nullptr, enabled);
    m_summary->setText(text);
    const QString file = m_store.fileFor(m_profileId);
    m_summary->setToolTip(m_profileId.isEmpty() ? tr("Rules for connections without a profile: %1").arg(file)
                                                : tr("Rules of this window's profile: %1").arg(file));
}

void AlertsPage::acknowledgeSelected()
{
    if (!m_session || !m_activeTable->selectionModel())
        return;
    const QModelIndexList rows = m_activeTable->selectionModel()->selectedRows();
    QStringList keys;
    for (const QModelIndex &i : rows)
        keys << i.data(RowTableModel::KeyRole).toString(); // by key: sorting cannot pick another alert
    for (const QString &k : std::as_const(keys))
        m_session->alerts()->acknowledge(k);
}

RuleEditor *AlertsPage::openRuleEditor()
{
    if (!m_session)
        return nullptr;
    if (m_editor) {
        m_editor->raise();
        m_editor->activateWindow();
        return m_editor;
    }
    m_editor = new RuleEditor(m_session->alerts()->rules(), m_session->history().metrics(), this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editor->setStore(m_store, m_profileId);
    connect(m_editor, &RuleEditor::saved, this, [this](const RuleSet &rules) {
        if (m_session)
            m_session->alerts()->setRules(rules); // at once, not at the next connection
        m_problems.clear();
        m_notice->clear();
        updateSummary();
        updateActions();
        emit rulesChanged();
    });
    m_editor->open();
    return m_editor;
}

DetailsWindow *AlertsPage::openEntity(const QModelIndex &index)
{
    if (!m_session || !index.isValid())
        return nullptr;
    const QString kind = index.data(AlertTableRoles::EntityKindRole).toString();
    const QVariant termData = index.data(AlertTableRoles::EntityTermRole);
    if (kind.isEmpty() || !termData.isValid())
        return nullptr;
    const Term id = termData.value<Term>();
    const QString description = index.siblingAtColumn(ActiveAlertModel::Entity).data().toString();
    const QString key = kind + QLatin1Char(':') + TermFormatter().format(id);
    if (DetailsWindow *w = m_details.raise(key))
        return w;
    DetailsWindow *w = nullptr;
    if (kind == QLatin1String("process") && id.isPid()) {
        w = new ProcessDetailsWindow(m_session, id, description, window());
    } else if (kind == QLatin1String("port") && !id.isError()) {
        w = new PortDetailsWindow(m_session, id, description, window());
    } else if (kind == QLatin1String("ets") && !id.isError()) {
        EtsRow known;
        known.id = id;
        known.idText = TermFormatter().format(id);
        w = new EtsDetailsWindow(m_session, known, window());
    }
    if (!w)
        return nullptr;
    m_details.insert(key, w);
    w->show();
    return w;
}

void AlertsPage::exportWithDialog()
{
    if (m_log->rowCount() == 0)
        return;
    QString node = m_shownNode;
    node.replace(QLatin1Char('@'), QLatin1Char('-'));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("beamtop-alerts-%1-%2.csv")
                             .arg(node, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString path = FileChooser::askSavePath(this, tr("Export the Alert Log"), dir + QLatin1Char('/') + name,
                                                 {{tr("CSV"), QStringLiteral("csv")}, {tr("JSON"), QStringLiteral("json")}});
    if (path.isEmpty())
        return;
    QString error;
    if (exportLog(path, &error))
        m_notice->showNotice(NoticeBar::Kind::Info, tr("Exported %n log entries to %1.", nullptr, m_log->rowCount()).arg(path));
    else
        QMessageBox::warning(this, tr("Export the Alert Log"), error);
}

bool AlertsPage::exportLog(const QString &path, QString *error) const
{
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    // The keys of the `watch` event (AlertEvent::toJson), so a script reads both the same way.
    const QStringList keys{QStringLiteral("at"),     QStringLiteral("event"),       QStringLiteral("rule"),
                           QStringLiteral("severity"), QStringLiteral("metric"),    QStringLiteral("value"),
                           QStringLiteral("threshold"), QStringLiteral("entity_kind"), QStringLiteral("entity"),
                           QStringLiteral("entity_name"), QStringLiteral("since"),  QStringLiteral("note"),
                           QStringLiteral("reason")};
    RowWriter writer(json ? RowWriter::Format::Json : RowWriter::Format::Csv, keys);
    QByteArray out = writer.begin({{QStringLiteral("node"), m_shownNode},
                                   {QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}},
                                  QStringLiteral("events"));
    const QVector<AlertEvent> events = m_log->events();
    for (const AlertEvent &e : events) {
        const QJsonObject o = e.toJson();
        out += writer.row({{QStringLiteral("at"), o.value(QStringLiteral("at"))},
                           {QStringLiteral("event"), AlertEvent::typeName(e.type)},
                           {QStringLiteral("rule"), e.ruleId},
                           {QStringLiteral("severity"), AlertRule::severityName(e.severity)},
                           {QStringLiteral("metric"), e.metric},
                           {QStringLiteral("value"), jsonNumber(e.value)},
                           {QStringLiteral("threshold"), jsonNumber(e.threshold)},
                           {QStringLiteral("entity_kind"), e.entity.kind},
                           {QStringLiteral("entity"), e.entity.id},
                           {QStringLiteral("entity_name"), e.entity.name},
                           {QStringLiteral("since"), o.value(QStringLiteral("since"))},
                           {QStringLiteral("note"), e.note},
                           {QStringLiteral("reason"), e.reason}});
    }
    out += writer.end();
    return ExportFile::writeAll(path, out, error);
}

QString AlertsPage::copyText() const
{
    QStringList parts;
    parts << m_summary->text();
    parts << tr("Active alerts") + QLatin1Char('\n') + m_activeTable->allText();
    parts << tr("Log") + QLatin1Char('\n') + m_logTable->allText();
    return parts.join(QLatin1Char('\n'));
}

void AlertsPage::staleChanged(bool stale)
{
    Q_UNUSED(stale)
    updateActions();
}

} // namespace beamtop
