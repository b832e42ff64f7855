// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectdialog.h"

#include "node/connecterrortext.h"
#include "cookiefield.h"
#include "node/nodeclient.h"
#include "nodenameedit.h"
#include "noticebar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace beamtop {

namespace {
QLabel *hintLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setForegroundRole(QPalette::PlaceholderText);
    l->setWordWrap(true);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    l->setFont(f);
    return l;
}
} // namespace

ConnectDialog::ConnectDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Connect to a Node"));
    setMinimumWidth(520);

    m_node = new NodeNameEdit(this);
    m_nodeHint = hintLabel(this);
    m_nameMode = new QComboBox(this);
    m_nameMode->addItem(tr("Auto"), int(NodeName::Mode::Auto));
    m_nameMode->addItem(tr("Short names (-sname)"), int(NodeName::Mode::Short));
    m_nameMode->addItem(tr("Long names (-name)"), int(NodeName::Mode::Long));
    m_nameMode->setToolTip(tr("Beamtop names itself the way the node is named; a node started with -name "
                              "only talks to long names, one started with -sname only to short names."));
    m_nameModeHint = hintLabel(this);
    m_cookie = new CookieField(this);
    m_timeout = new QSpinBox(this);
    m_timeout->setRange(1, 300);
    m_timeout->setValue(5);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("How long to wait for the whole connect: name lookup, EPMD and the handshake."));

    auto *form = new QFormLayout;
    auto *nodeColumn = new QVBoxLayout;
    nodeColumn->setSpacing(2);
    nodeColumn->addWidget(m_node);
    nodeColumn->addWidget(m_nodeHint);
    auto *nodeLabel = new QLabel(tr("&Node:"), this);
    nodeLabel->setBuddy(m_node);
    form->addRow(nodeLabel, nodeColumn);
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_nameMode);
    modeRow->addWidget(m_nameModeHint, 1);
    auto *modeLabel = new QLabel(tr("N&ames:"), this);
    modeLabel->setBuddy(m_nameMode);
    form->addRow(modeLabel, modeRow);
    form->addRow(tr("&Cookie:"), m_cookie);
    form->addRow(tr("&Timeout:"), m_timeout);

    m_error = new NoticeBar(this);
    m_error->setObjectName(QStringLiteral("connectError"));

    m_progressRow = new QWidget(this);
    auto *progress = new QHBoxLayout(m_progressRow);
    progress->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QProgressBar(m_progressRow);
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    bar->setMaximumWidth(120);
    m_progressText = new QLabel(m_progressRow);
    progress->addWidget(bar);
    progress->addWidget(m_progressText, 1);
    m_progressRow->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connectButton = m_buttons->addButton(tr("C&onnect"), QDialogButtonBox::ActionRole);
    m_connectButton->setDefault(true);
    m_connectButton->setAutoDefault(true);
    connect(m_connectButton, &QPushButton::clicked, this, &ConnectDialog::startConnect);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_progressRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_node, &QLineEdit::textChanged, this, &ConnectDialog::updateNameModeHint);
    connect(m_nameMode, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateNameModeHint);
    connect(m_node, &NodeNameEdit::lookupFinished, this, [this](const QString &, const QString &summary, bool) {
        m_nodeHint->setText(summary);
    });

    loadSettings();
    updateNameModeHint();
    m_node->setFocus();
    m_node->lookUpNow();
}

ConnectDialog::~ConnectDialog() = default; // a client still connecting is our child and goes with us

void ConnectDialog::setNode(const QString &node)
{
    m_node->setText(node);
    m_node->lookUpNow();
}

QString ConnectDialog::node() const
{
    return m_node->text().trimmed();
}

void ConnectDialog::setCookieFile(const QString &path)
{
    m_cookie->setSource(CookieField::Source::File);
    m_cookie->setFilePath(path);
}

void ConnectDialog::setTypedCookie(const QByteArray &cookie)
{
    m_cookie->setSource(CookieField::Source::Typed);
    m_cookie->setTypedCookie(cookie);
}

void ConnectDialog::loadSettings()
{
    QSettings s;
    s.beginGroup(QStringLiteral("connection"));
    m_node->setText(s.value(QStringLiteral("lastNode")).toString());
    m_nameMode->setCurrentIndex(qBound(0, s.value(QStringLiteral("nameMode"), 0).toInt(), 2));
    m_timeout->setValue(s.value(QStringLiteral("timeoutS"), 5).toInt());
    m_cookie->setSource(CookieField::Source(qBound(0, s.value(QStringLiteral("cookieSource"), 0).toInt(), 2)));
    m_cookie->setFilePath(s.value(QStringLiteral("cookieFile")).toString());
}

void ConnectDialog::saveSettings() const
{
    // Never the cookie: only where it came from.
    QSettings s;
    s.beginGroup(QStringLiteral("connection"));
    s.setValue(QStringLiteral("lastNode"), node());
    s.setValue(QStringLiteral("nameMode"), m_nameMode->currentIndex());
    s.setValue(QStringLiteral("timeoutS"), m_timeout->value());
    s.setValue(QStringLiteral("cookieSource"), int(m_cookie->source()));
    s.setValue(QStringLiteral("cookieFile"), m_cookie->filePath());
}

void ConnectDialog::updateNameModeHint()
{
    NodeName name;
    if (!NodeName::parse(m_node->text(), &name, nullptr)) {
        m_nameModeHint->clear();
        return;
    }
    const auto mode = NodeName::Mode(m_nameMode->currentData().toInt());
    if (mode != NodeName::Mode::Auto) {
        m_nameModeHint->clear();
        return;
    }
    m_nameModeHint->setText(name.isLong() ? tr("long names: the host part has a dot or is an address")
                                          : tr("short names: the host part has no dot"));
}

ConnectOptions ConnectDialog::options() const
{
    ConnectOptions o;
    o.nameMode = NodeName::Mode(m_nameMode->currentData().toInt());
    o.connectTimeoutMs = m_timeout->value() * 1000;
    o.autoReconnect = true;
    return o;
}

void ConnectDialog::startConnect()
{
    if (isConnecting())
        return;
    clearError();
    NodeName name;
    QString why;
    if (!NodeName::parse(m_node->text(), &name, &why)) {
        showError({ConnectError::Kind::InvalidName, why});
        return;
    }
    QByteArray cookie;
    if (!m_cookie->load(&cookie, &why)) {
        showError({ConnectError::Kind::WrongCookie, why}, tr("No cookie to connect with"),
                  tr("Choose where the cookie comes from: the default file, another file, or type it."));
        return;
    }
    ConnectOptions o = options();
    o.node = name.toString();
    o.cookie = cookie;
    if (!m_client) {
        m_client = new NodeClient(this);
        connect(m_client, &NodeClient::connected, this, &ConnectDialog::onConnected);
        connect(m_client, &NodeClient::connectFailed, this, &ConnectDialog::onConnectFailed);
    }
    m_progressText->setText(tr("Connecting to %1…").arg(o.node));
    setBusy(true);
    m_client->connectToNode(o);
}

bool ConnectDialog::isConnecting() const
{
    return m_progressRow->isVisible() || (m_client && m_client->state() == ConnectionState::Connecting);
}

void ConnectDialog::setBusy(bool busy)
{
    m_progressRow->setVisible(busy);
    m_connectButton->setEnabled(!busy);
}

void ConnectDialog::onConnected()
{
    NodeClient *client = m_client;
    disconnect(client, nullptr, this, nullptr);
    client->setParent(nullptr);
    m_client = nullptr;
    setBusy(false);
    saveSettings();
    emit connected(client);
    accept();
}

void ConnectDialog::onConnectFailed(const ConnectError &error)
{
    setBusy(false);
    showError(error);
}

void ConnectDialog::showError(const ConnectError &error, const QString &headlineOverride, const QString &adviceOverride)
{
    ConnectErrorText text = ConnectErrorText::forKind(error.kind);
    if (!headlineOverride.isEmpty()) {
        text.headline = headlineOverride;
        text.advice = adviceOverride;
        text.field = ConnectErrorText::Field::Cookie;
    }
    m_errorKind = error.kind;
    m_errorHeadline = text.headline;
    m_errorAdvice = text.advice;
    m_errorDetail = error.message;
    m_error->showNotice(NoticeBar::Kind::Error,
                        QStringLiteral("<b>") + text.headline.toHtmlEscaped() + QStringLiteral("</b><br>")
                            + text.advice.toHtmlEscaped(),
                        error.message);
    switch (text.field) {
    case ConnectErrorText::Field::Node:
        m_node->setFocus();
        m_node->selectAll();
        break;
    case ConnectErrorText::Field::Cookie:
        m_cookie->focusInput();
        break;
    case ConnectErrorText::Field::Timeout:
        m_timeout->setFocus();
        m_timeout->selectAll();
        break;
    case ConnectErrorText::Field::None:
        m_connectButton->setFocus();
        break;
    }
}

void ConnectDialog::clearError()
{
    m_errorKind = ConnectError::Kind::None;
    m_errorHeadline.clear();
    m_errorAdvice.clear();
    m_errorDetail.clear();
    m_error->clear();
}

QString ConnectDialog::errorHeadline() const
{
    return m_errorHeadline;
}

QString ConnectDialog::errorText() const
{
    if (m_errorHeadline.isEmpty())
        return {};
    return m_errorHeadline + QLatin1Char('\n') + m_errorAdvice + QLatin1Char('\n') + m_errorDetail;
}

void ConnectDialog::reject()
{
    if (isConnecting()) {
        // Give up this attempt; the dialog stays for another.
        if (m_client) {
            disconnect(m_client, nullptr, this, nullptr);
            m_client->deleteLater();
            m_client = nullptr;
        }
        setBusy(false);
        return;
    }
    QDialog::reject();
}

} // namespace beamtop
