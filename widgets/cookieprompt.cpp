// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookieprompt.h"

#include "filechooser.h"
#include "node/cookie.h"
#include "noticebar.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace beamtop {

CookiePrompt::CookiePrompt(const QString &profileName, const QString &node, const QString &why, bool offerRemember,
                           QWidget *parent)
    : QDialog(parent), m_offerRemember(offerRemember), m_node(node), m_why(why)
{
    setWindowTitle(tr("Cookie for %1").arg(profileName));
    setObjectName(QStringLiteral("cookiePrompt"));
    setMinimumWidth(440);
    m_intro = new QLabel(why.isEmpty() ? tr("Type the cookie of %1.").arg(node)
                                       : why + QLatin1Char(' ') + tr("Type the cookie of %1.").arg(node),
                         this);
    m_intro->setWordWrap(true);
    m_cookie = new QLineEdit(this);
    m_cookie->setObjectName(QStringLiteral("cookie"));
    m_cookie->setEchoMode(QLineEdit::Password);
    m_cookie->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_cookie->setPlaceholderText(tr("The node's cookie (not shown)"));
    auto *fromFile = new QPushButton(tr("From a &File…"), this);
    fromFile->setToolTip(tr("Read the cookie from a file such as ~/.erlang.cookie, for this connection"));
    connect(fromFile, &QPushButton::clicked, this, [this] {
        const QString path = FileChooser::openFile(this, tr("Cookie file"), QDir::homePath());
        if (!path.isEmpty())
            readFile(path);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_cookie, 1);
    row->addWidget(fromFile);
    m_remember = new QCheckBox(tr("&Remember it in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setChecked(offerRemember);
    m_remember->setVisible(offerRemember);

    // The two ways without a keychain; hidden until offerCookieFile().
    m_typeChoice = new QRadioButton(tr("&Type the cookie for this connection only (kept in memory, asked again next time)"), this);
    m_typeChoice->setObjectName(QStringLiteral("typeCookie"));
    m_typeChoice->setChecked(true);
    m_fileChoice = new QRadioButton(tr("&Point the profile at a cookie file, read at each connect (saved in the profile)"), this);
    m_fileChoice->setObjectName(QStringLiteral("useCookieFile"));
    m_fileRow = new QWidget(this);
    auto *fileRow = new QHBoxLayout(m_fileRow);
    fileRow->setContentsMargins(0, 0, 0, 0);
    m_cookieFile = new QLineEdit(m_fileRow);
    m_cookieFile->setObjectName(QStringLiteral("cookieFile"));
    m_cookieFile->setPlaceholderText(tr("Path of a file holding the cookie, e.g. ~/.erlang.cookie"));
    auto *browse = new QPushButton(tr("&Browse…"), m_fileRow);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = FileChooser::openFile(this, tr("Cookie file for the profile"), QDir::homePath());
        if (!path.isEmpty())
            chooseCookieFile(path);
    });
    fileRow->addWidget(m_cookieFile, 1);
    fileRow->addWidget(browse);
    connect(m_typeChoice, &QRadioButton::toggled, this, &CookiePrompt::updateChoice);
    connect(m_cookieFile, &QLineEdit::textEdited, this, [this] { m_fileChoice->setChecked(true); });
    m_typeChoice->hide();
    m_fileChoice->hide();
    m_fileRow->hide();

    m_error = new NoticeBar(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *connectButton = buttons->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole);
    connectButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &CookiePrompt::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CookiePrompt::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_typeChoice);
    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Cookie:"), this);
    label->setBuddy(m_cookie);
    form->addRow(label, row);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    layout->addWidget(m_fileChoice);
    layout->addWidget(m_fileRow);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    m_cookie->setFocus();
}

void CookiePrompt::offerCookieFile()
{
    // The keychain's own sentence stays on top; then what Beamtop will and will not do.
    m_offerFile = true;
    m_intro->setText((m_why.isEmpty() ? QString() : m_why + QLatin1Char(' '))
                     + tr("Beamtop never writes the cookie to a file itself. Choose how to give it the cookie of %1:")
                           .arg(m_node));
    m_offerRemember = false;
    m_remember->hide();
    m_typeChoice->show();
    m_fileChoice->show();
    m_fileRow->show();
    updateChoice();
}

bool CookiePrompt::fileChosen() const
{
    return m_offerFile && m_fileChoice->isChecked();
}

void CookiePrompt::updateChoice()
{
    const bool file = m_fileChoice->isChecked();
    m_cookie->setEnabled(!file);
    m_cookieFile->setEnabled(file);
    m_error->clear();
}

QByteArray CookiePrompt::cookie() const
{
    return fileChosen() ? m_fileCookie : m_cookie->text().trimmed().toLatin1();
}

bool CookiePrompt::remember() const
{
    return m_offerRemember && m_remember->isChecked();
}

void CookiePrompt::setCookie(const QByteArray &cookie)
{
    m_cookie->setText(QString::fromLatin1(cookie));
}

QString CookiePrompt::cookieFile() const
{
    return fileChosen() ? m_cookieFile->text().trimmed() : QString();
}

void CookiePrompt::chooseCookieFile(const QString &path)
{
    m_cookieFile->setText(QDir::toNativeSeparators(path));
    m_fileChoice->setChecked(true);
}

void CookiePrompt::readFile(const QString &path)
{
    QByteArray c;
    QString why;
    if (!CookieSource::readFile(path, &c, &why)) {
        m_error->showNotice(NoticeBar::Kind::Error, why);
        return;
    }
    m_error->clear();
    setCookie(c);
}

void CookiePrompt::accept()
{
    if (fileChosen()) {
        // Read now: a file that does not hold a cookie is said here, not at the next connect.
        QString why;
        m_fileCookie.clear();
        const QString path = cookieFile();
        if (path.isEmpty()) {
            m_error->showNotice(NoticeBar::Kind::Error, tr("Choose the file that holds the cookie."));
            m_cookieFile->setFocus();
            return;
        }
        if (!CookieSource::readFile(QDir::fromNativeSeparators(path), &m_fileCookie, &why)) {
            m_error->showNotice(NoticeBar::Kind::Error, why);
            m_cookieFile->setFocus();
            return;
        }
        QDialog::accept();
        return;
    }
    if (cookie().isEmpty()) {
        m_error->showNotice(NoticeBar::Kind::Error, tr("Type the cookie, or read it from a file."));
        m_cookie->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace beamtop
