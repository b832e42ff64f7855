#include "cookieprompt.h"

#include "node/cookie.h"
#include "noticebar.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace beamtop {

CookiePrompt::CookiePrompt(const QString &profileName, const QString &node, const QString &why, bool offerRemember,
                           QWidget *parent)
    : QDialog(parent), m_offerRemember(offerRemember)
{
    setWindowTitle(tr("Cookie for %1").arg(profileName));
    setObjectName(QStringLiteral("cookiePrompt"));
    setMinimumWidth(440);
    auto *intro = new QLabel(why.isEmpty() ? tr("Type the cookie of %1.").arg(node)
                                           : why + QLatin1Char(' ') + tr("Type the cookie of %1.").arg(node),
                             this);
    intro->setWordWrap(true);
    m_cookie = new QLineEdit(this);
    m_cookie->setObjectName(QStringLiteral("cookie"));
    m_cookie->setEchoMode(QLineEdit::Password);
    m_cookie->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_cookie->setPlaceholderText(tr("The node's cookie (not shown)"));
    auto *fromFile = new QPushButton(tr("From a &File…"), this);
    fromFile->setToolTip(tr("Read the cookie from a file such as ~/.erlang.cookie"));
    connect(fromFile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Cookie file"), QDir::homePath());
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
    m_error = new NoticeBar(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *connectButton = buttons->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole);
    connectButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &CookiePrompt::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CookiePrompt::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Cookie:"), this);
    label->setBuddy(m_cookie);
    form->addRow(label, row);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    m_cookie->setFocus();
}

QByteArray CookiePrompt::cookie() const
{
    return m_cookie->text().trimmed().toLatin1();
}

bool CookiePrompt::remember() const
{
    return m_offerRemember && m_remember->isChecked();
}

void CookiePrompt::setCookie(const QByteArray &cookie)
{
    m_cookie->setText(QString::fromLatin1(cookie));
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
    if (cookie().isEmpty()) {
        m_error->showNotice(NoticeBar::Kind::Error, tr("Type the cookie, or read it from a file."));
        m_cookie->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace beamtop
