// SPDX-License-Identifier: GPL-3.0-or-later
#include "profileeditor.h"

#include "node/connectiontest.h"
#include "node/cookie.h"
#include "nodenameedit.h"
#include "filechooser.h"
#include "noticebar.h"
#include "profiles/profilecookie.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "secondsspinbox.h"

#include <QAction>
#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace beamtop {

namespace {
QIcon swatch(const QString &colour)
{
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setPen(QColor(0, 0, 0, 90));
    p.setBrush(colour.isEmpty() ? QBrush(Qt::NoBrush) : QBrush(QColor(colour)));
    p.drawRoundedRect(QRectF(0.5, 0.5, 15, 15), 3, 3);
    if (colour.isEmpty())
        p.drawLine(QPointF(3, 13), QPointF(13, 3));
    return QIcon(pm);
}

// Tags that read well as a strip on light and dark themes alike.
const char *const Presets[][2] = {
    {"#c62828", QT_TRANSLATE_NOOP("beamtop::ProfileEditor", "Red (production)")},
    {"#ef6c00", QT_TRANSLATE_NOOP("beamtop::ProfileEditor", "Orange")},
    {"#f9a825", QT_TRANSLATE_NOOP("beamtop::ProfileEditor", "Yellow")},
    {"#2e7d32", QT_TRANSLATE_NOOP("beamtop::ProfileEditor", "Green")},
    {"#1565c0", QT_TRANSLATE_NOOP("beamtop::ProfileEditor", "Blue")},
    {"#6a1b9a", QT_TRANSLATE_NOOP("beamtop::ProfileEditor", "Purple")},
    {"#546e7a", QT_TRANSLATE_NOOP("beamtop::ProfileEditor", "Grey")},
};
} // namespace

ProfileEditor::ProfileEditor(const Profile &profile, ProfileStore *store, SecretStore *secrets, QWidget *parent)
    : QDialog(parent), m_original(profile), m_store(store), m_secrets(secrets), m_test(new ConnectionTest(this))
{
    setObjectName(QStringLiteral("profileEditor"));
    setWindowTitle(profile.id.isEmpty() ? tr("New Profile") : tr("Edit Profile “%1”").arg(profile.name));
    setMinimumWidth(560);
    buildForm();
    load(profile);
    connect(m_test, &ConnectionTest::finished, this, [this](bool ok, const QString &headline, const QString &detail) {
        setBusy(false);
        if (ok)
            m_notice->showNotice(NoticeBar::Kind::Info, headline);
        else
            showError(headline, detail);
        emit testFinished(ok, headline);
    });
}

ProfileEditor::~ProfileEditor() = default;

void ProfileEditor::buildForm()
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("What you call this node, e.g. Billing (production)"));
    m_node = new NodeNameEdit(this);
    m_node->setObjectName(QStringLiteral("node"));
    m_nameMode = new QComboBox(this);
    m_nameMode->addItem(tr("Auto"), int(NodeName::Mode::Auto));
    m_nameMode->addItem(tr("Short names (-sname)"), int(NodeName::Mode::Short));
    m_nameMode->addItem(tr("Long names (-name)"), int(NodeName::Mode::Long));
    m_nameMode->setToolTip(tr("Beamtop names itself the way the node is named; Auto follows the node name's host part."));

    m_epmdPort = new QSpinBox(this);
    m_epmdPort->setObjectName(QStringLiteral("epmdPort"));
    m_epmdPort->setRange(0, 65535);
    m_epmdPort->setSpecialValueText(tr("Default (%1)").arg(defaultEpmdPort()));
    m_epmdPort->setToolTip(tr("Where EPMD listens on the node's host; the default honours ERL_EPMD_PORT."));
    m_distPort = new QSpinBox(this);
    m_distPort->setObjectName(QStringLiteral("distPort"));
    m_distPort->setRange(0, 65535);
    m_distPort->setSpecialValueText(tr("Ask EPMD"));
    m_distPort->setToolTip(tr("Connect straight to this distribution port without asking EPMD: for SSH port "
                              "forwards and firewalled EPMD. Pin the node's port with -kernel inet_dist_listen_min P "
                              "inet_dist_listen_max P."));
    // In seconds, kept to the millisecond: a profile's 1.5 s stays 1500 ms after an edit.
    m_timeout = new SecondsSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setRangeMs(Profile::MinConnectTimeoutMs, Profile::MaxConnectTimeoutMs);
    m_timeout->setSingleStep(0.1);
    m_timeout->setToolTip(tr("How long to wait for the whole connect: name lookup, EPMD and the handshake."));
    m_interval = new SecondsSpinBox(this);
    m_interval->setObjectName(QStringLiteral("interval"));
    m_interval->setRangeMs(Profile::MinRefreshIntervalMs, Profile::MaxRefreshIntervalMs);
    m_interval->setSingleStep(0.25);
    m_interval->setToolTip(tr("How often the window of this node refreshes at first."));
    m_readOnly = new QCheckBox(tr("&Read-only: no actions that change the node (kill, suspend, garbage collect)"), this);
    m_readOnly->setObjectName(QStringLiteral("readOnly"));
    m_syntax = new QComboBox(this);
    m_syntax->addItem(tr("Auto (Elixir syntax on Elixir nodes)"), int(Profile::Syntax::Auto));
    m_syntax->addItem(tr("Erlang"), int(Profile::Syntax::Erlang));
    m_syntax->addItem(tr("Elixir"), int(Profile::Syntax::Elixir));

    m_colourButton = new QToolButton(this);
    m_colourButton->setObjectName(QStringLiteral("colour"));
    m_colourButton->setPopupMode(QToolButton::InstantPopup);
    m_colourButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_colourButton->setToolTip(tr("A colour shown on the window of this node, to tell production from the rest"));
    auto *colours = new QMenu(m_colourButton);
    colours->addAction(swatch({}), tr("None"), this, [this] { chooseColour({}); });
    for (const auto &preset : Presets) {
        const QString c = QString::fromLatin1(preset[0]);
        colours->addAction(swatch(c), tr(preset[1]), this, [this, c] { chooseColour(c); });
    }
    colours->addAction(tr("Other…"), this, [this] {
        const QColor c = QColorDialog::getColor(m_colour.isEmpty() ? QColor(Qt::gray) : QColor(m_colour), this,
                                                tr("Colour tag"));
        if (c.isValid())
            chooseColour(c.name());
    });
    m_colourButton->setMenu(colours);

    // Where the cookie is kept.
    m_cookieSource = new QComboBox(this);
    m_cookieSource->setObjectName(QStringLiteral("cookieSource"));
    m_cookieSource->addItem(tr("In the system keychain"), int(Profile::CookieSource::Keychain));
    m_cookieSource->addItem(tr("In a file, read at each connect"), int(Profile::CookieSource::File));
    m_cookieSource->addItem(tr("Nowhere: ask at each connect"), int(Profile::CookieSource::Ask));
    m_cookieSource->addItem(tr("BEAMTOP_COOKIE, else ~/.erlang.cookie"), int(Profile::CookieSource::Default));
    m_cookiePages = new QStackedWidget(this);
    auto *keychainPage = new QWidget;
    auto *keychainRow = new QHBoxLayout(keychainPage);
    keychainRow->setContentsMargins(0, 0, 0, 0);
    m_cookie = new QLineEdit(keychainPage);
    m_cookie->setObjectName(QStringLiteral("cookie"));
    m_cookie->setEchoMode(QLineEdit::Password);
    m_cookie->setAttribute(Qt::WA_InputMethodEnabled, false);
    auto *importHome = new QPushButton(tr("From ~/.&erlang.cookie"), keychainPage);
    importHome->setToolTip(tr("Take the cookie from %1").arg(QDir::toNativeSeparators(QDir::home().filePath(QStringLiteral(".erlang.cookie")))));
    connect(importHome, &QPushButton::clicked, this,
            [this] { importCookieFile(QDir::home().filePath(QStringLiteral(".erlang.cookie"))); });
    auto *importFile = new QPushButton(tr("From a File…"), keychainPage);
    importFile->setObjectName(QStringLiteral("importCookieFile"));
    connect(importFile, &QPushButton::clicked, this, [this] {
        const QString path = FileChooser::openFile(this, tr("Cookie file"), QDir::homePath());
        if (!path.isEmpty())
            importCookieFile(path);
    });
    keychainRow->addWidget(m_cookie, 1);
    keychainRow->addWidget(importHome);
    keychainRow->addWidget(importFile);
    auto *filePage = new QWidget;
    auto *fileRow = new QHBoxLayout(filePage);
    fileRow->setContentsMargins(0, 0, 0, 0);
    m_cookieFile = new QLineEdit(filePage);
    m_cookieFile->setObjectName(QStringLiteral("cookieFile"));
    m_cookieFile->setPlaceholderText(tr("Path of a file holding the cookie"));
    auto *browse = new QPushButton(tr("Browse…"), filePage);
    browse->setObjectName(QStringLiteral("browseCookieFile"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = FileChooser::openFile(this, tr("Cookie file"), QDir::homePath());
        if (!path.isEmpty())
            m_cookieFile->setText(path);
    });
    fileRow->addWidget(m_cookieFile, 1);
    fileRow->addWidget(browse);
    auto hint = [](const QString &text) {
        auto *l = new QLabel(text);
        l->setWordWrap(true);
        l->setForegroundRole(QPalette::PlaceholderText);
        return l;
    };
    m_cookiePages->addWidget(keychainPage);
    m_cookiePages->addWidget(filePage);
    m_cookiePages->addWidget(hint(tr("Beamtop asks for the cookie each time it connects and keeps it in memory only.")));
    m_cookiePages->addWidget(hint(tr("As for a connection without a profile: the BEAMTOP_COOKIE environment variable, "
                                     "else the file ~/.erlang.cookie.")));
    m_cookiePages->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(m_cookieSource, &QComboBox::currentIndexChanged, this, &ProfileEditor::updateCookiePage);

    auto *form = new QFormLayout;
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    form->addRow(label(tr("&Name:"), m_name), m_name);
    form->addRow(label(tr("N&ode:"), m_node), m_node);
    form->addRow(label(tr("N&ames:"), m_nameMode), m_nameMode);
    form->addRow(label(tr("&Keep the cookie:"), m_cookieSource), m_cookieSource);
    form->addRow(label(tr("&Cookie:"), m_cookiePages), m_cookiePages);
    form->addRow(label(tr("&EPMD port:"), m_epmdPort), m_epmdPort);
    form->addRow(label(tr("&Distribution port:"), m_distPort), m_distPort);
    form->addRow(label(tr("&Timeout:"), m_timeout), m_timeout);
    form->addRow(label(tr("Re&fresh every:"), m_interval), m_interval);
    form->addRow(label(tr("Term &syntax:"), m_syntax), m_syntax);
    form->addRow(label(tr("Colour &tag:"), m_colourButton), m_colourButton);
    form->addRow(QString(), m_readOnly);

    m_notice = new NoticeBar(this);
    m_notice->setObjectName(QStringLiteral("editorNotice"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setDefault(true);
    m_testButton = buttons->addButton(tr("T&est Connection"), QDialogButtonBox::ActionRole);
    m_testButton->setToolTip(tr("Connect once with these settings, without loading anything onto the node"));
    connect(m_testButton, &QPushButton::clicked, this, &ProfileEditor::testConnection);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProfileEditor::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_notice);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

void ProfileEditor::load(const Profile &p)
{
    m_name->setText(p.name);
    m_node->setText(p.node);
    m_nameMode->setCurrentIndex(m_nameMode->findData(int(p.nameMode)));
    m_epmdPort->setValue(p.epmdPort);
    m_distPort->setValue(p.distPort);
    m_timeout->setValueMs(p.connectTimeoutMs);
    m_interval->setValueMs(p.refreshIntervalMs);
    m_readOnly->setChecked(p.readOnly);
    m_syntax->setCurrentIndex(m_syntax->findData(int(p.syntax)));
    chooseColour(p.colour);
    m_cookieSource->setCurrentIndex(m_cookieSource->findData(int(p.cookieSource)));
    m_cookieFile->setText(p.cookieFile);
    updateCookiePage();
    m_name->setFocus();
}

void ProfileEditor::updateCookiePage()
{
    const auto source = Profile::CookieSource(m_cookieSource->currentData().toInt());
    m_cookiePages->setCurrentIndex(m_cookieSource->currentIndex());
    const bool stored = !m_original.id.isEmpty() && m_original.cookieSource == Profile::CookieSource::Keychain;
    m_cookie->setPlaceholderText(stored ? tr("Saved in the keychain; type to replace it")
                                        : tr("The node's cookie, kept in the system keychain"));
    Q_UNUSED(source)
}

Profile ProfileEditor::profile() const
{
    Profile p = m_original;
    p.name = m_name->text().trimmed();
    p.node = m_node->text().trimmed();
    p.nameMode = NodeName::Mode(m_nameMode->currentData().toInt());
    p.epmdPort = quint16(m_epmdPort->value());
    p.distPort = quint16(m_distPort->value());
    p.connectTimeoutMs = m_timeout->valueMs();
    p.refreshIntervalMs = m_interval->valueMs();
    p.readOnly = m_readOnly->isChecked();
    p.syntax = Profile::Syntax(m_syntax->currentData().toInt());
    p.colour = m_colour;
    p.cookieSource = Profile::CookieSource(m_cookieSource->currentData().toInt());
    p.cookieFile = p.cookieSource == Profile::CookieSource::File ? m_cookieFile->text().trimmed() : QString();
    return p;
}

void ProfileEditor::setCookie(const QByteArray &cookie)
{
    m_cookie->setText(QString::fromLatin1(cookie));
}

bool ProfileEditor::hasTypedCookie() const
{
    return !m_cookie->text().trimmed().isEmpty();
}

void ProfileEditor::importCookieFile(const QString &path)
{
    QByteArray cookie;
    QString why;
    if (!CookieSource::readFile(path, &cookie, &why)) {
        showError(why);
        return;
    }
    setCookie(cookie);
    m_notice->showNotice(NoticeBar::Kind::Info,
                         tr("Cookie read from %1; it goes to the system keychain when you save.").arg(QDir::toNativeSeparators(path)));
}

void ProfileEditor::chooseColour(const QString &colour)
{
    m_colour = Profile::normalisedColour(colour);
    m_colourButton->setIcon(swatch(m_colour));
    m_colourButton->setText(m_colour.isEmpty() ? tr("None") : m_colour);
}

void ProfileEditor::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_saveButton->setEnabled(!busy);
    m_testButton->setEnabled(!busy);
    if (busy)
        m_notice->showNotice(NoticeBar::Kind::Progress, what);
}

void ProfileEditor::showError(const QString &text, const QString &detail)
{
    m_errorText = detail.isEmpty() ? text : text + QLatin1Char('\n') + detail;
    m_notice->showNotice(NoticeBar::Kind::Error, text, detail);
}

void ProfileEditor::showKeychainTrouble(const QString &text, const QString &detail)
{
    showError(tr("The cookie could not be saved in the system keychain, so the profile was not saved. %1 "
                 "Beamtop does not write cookies to files itself; choose another way to keep it:")
                  .arg(text),
              detail);
    // Made once: the notice shows them again after every failed save.
    auto *useFile = m_notice->findChild<QAction *>(QStringLiteral("useCookieFile"));
    auto *ask = m_notice->findChild<QAction *>(QStringLiteral("askEachConnect"));
    if (useFile && ask) {
        m_notice->setActions({useFile, ask});
        return;
    }
    useFile = new QAction(tr("Use a Cookie File"), m_notice);
    useFile->setObjectName(QStringLiteral("useCookieFile"));
    connect(useFile, &QAction::triggered, this, [this] {
        m_cookieSource->setCurrentIndex(m_cookieSource->findData(int(Profile::CookieSource::File)));
        m_cookieFile->setFocus();
        m_notice->showNotice(NoticeBar::Kind::Info, tr("Choose the file that holds the cookie, then save."));
    });
    ask = new QAction(tr("Ask at Each Connect"), m_notice);
    ask->setObjectName(QStringLiteral("askEachConnect"));
    connect(ask, &QAction::triggered, this, [this] {
        m_cookieSource->setCurrentIndex(m_cookieSource->findData(int(Profile::CookieSource::Ask)));
        m_cookie->clear();
        m_notice->showNotice(NoticeBar::Kind::Info, tr("Beamtop will ask for the cookie at each connect. Save to keep this."));
    });
    m_notice->setActions({useFile, ask});
}

void ProfileEditor::accept()
{
    if (m_busy)
        return;
    m_errorText.clear();
    Profile p = profile();
    QString why = p.problem();
    if (!why.isEmpty()) {
        showError(why);
        return;
    }
    if (const auto other = m_store->find(p.name); other && other->id != p.id
        && other->name.compare(p.name, Qt::CaseInsensitive) == 0) {
        showError(tr("Another profile is already called “%1”.").arg(other->name));
        m_name->setFocus();
        return;
    }
    const bool toKeychain = p.cookieSource == Profile::CookieSource::Keychain;
    const bool hadKeychainCookie = !m_original.id.isEmpty() && m_original.cookieSource == Profile::CookieSource::Keychain;
    if (!toKeychain || !hasTypedCookie()) {
        if (toKeychain && !hadKeychainCookie) {
            showError(tr("Type the cookie, or take it from ~/.erlang.cookie or a file: it goes to the system keychain."));
            m_cookie->setFocus();
            return;
        }
        saveMetadata(p);
        return;
    }
    if (p.id.isEmpty())
        p.id = Profile::newId();
    setBusy(true, tr("Saving the cookie in %1…").arg(m_secrets->displayName()));
    m_secrets->write(p.secretKey(), m_cookie->text().trimmed().toLatin1(), this, [this, p](const SecretResult &r) {
        setBusy(false);
        if (!r.ok()) {
            showKeychainTrouble(r.message(), r.detail);
            return;
        }
        saveMetadata(p);
    });
}

void ProfileEditor::saveMetadata(Profile p)
{
    QString why;
    if (!m_store->save(&p, &why)) {
        showError(why);
        return;
    }
    // The cookie moved out of the keychain: take it out of there too (best effort).
    if (m_original.cookieSource == Profile::CookieSource::Keychain && !m_original.id.isEmpty()
        && p.cookieSource != Profile::CookieSource::Keychain)
        m_secrets->remove(m_original.secretKey(), nullptr, {});
    m_original = p;
    m_cookie->clear();
    emit saved(p);
    QDialog::accept();
}

void ProfileEditor::testConnection()
{
    if (m_busy)
        return;
    m_errorText.clear();
    Profile p = profile();
    if (p.name.isEmpty())
        p.name = p.node;
    NodeName parsed;
    QString why;
    if (!NodeName::parse(p.node, &parsed, &why)) {
        showError(why);
        return;
    }
    setBusy(true, tr("Connecting to %1…").arg(p.node));
    if (p.cookieSource == Profile::CookieSource::Keychain && hasTypedCookie()) {
        m_test->start(p.connectOptions(m_cookie->text().trimmed().toLatin1()));
        return;
    }
    if (p.cookieSource == Profile::CookieSource::Ask) {
        setBusy(false);
        showError(tr("This profile asks for the cookie at each connect: connect to test it."));
        return;
    }
    ProfileCookie::fetch(p, m_secrets, this, [this, p](const ProfileCookie &c) {
        if (!c.ok()) {
            setBusy(false);
            showError(c.status == ProfileCookie::Status::MustAsk ? tr("Type the cookie to test the connection.") : c.error);
            return;
        }
        m_test->start(p.connectOptions(c.cookie));
    });
}

} // namespace beamtop
