// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookiefield.h"

#include "filechooser.h"
#include "node/cookie.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QToolButton>

namespace beamtop {

CookieField::CookieField(QWidget *parent) : QWidget(parent)
{
    m_source = new QComboBox(this);
    const bool fromEnv = !qEnvironmentVariableIsEmpty("BEAMTOP_COOKIE");
    m_source->addItem(fromEnv ? tr("From BEAMTOP_COOKIE") : tr("From ~/.erlang.cookie"), int(Source::Default));
    m_source->addItem(tr("From a file"), int(Source::File));
    m_source->addItem(tr("Type it"), int(Source::Typed));
    m_source->setToolTip(fromEnv ? tr("The BEAMTOP_COOKIE environment variable is set; it is used.")
                                 : tr("The cookie file in your home directory, as erl itself uses."));

    m_stack = new QStackedWidget(this);
    auto *defaultPage = new QLabel(QDir::toNativeSeparators(QDir::home().filePath(QStringLiteral(".erlang.cookie"))));
    defaultPage->setForegroundRole(QPalette::PlaceholderText);
    if (fromEnv)
        defaultPage->setText(tr("(environment)"));
    auto *filePage = new QWidget;
    auto *fileRow = new QHBoxLayout(filePage);
    fileRow->setContentsMargins(0, 0, 0, 0);
    m_file = new QLineEdit(filePage);
    m_file->setPlaceholderText(tr("Path of a file holding the cookie"));
    m_browse = new QToolButton(filePage);
    m_browse->setText(tr("Browse…"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    m_typed = new QLineEdit;
    m_typed->setEchoMode(QLineEdit::Password);
    m_typed->setPlaceholderText(tr("The node's cookie (not shown, not saved)"));
    m_typed->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_stack->addWidget(defaultPage);
    m_stack->addWidget(filePage);
    m_stack->addWidget(m_typed);
    m_stack->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_source);
    row->addWidget(m_stack, 1);

    connect(m_source, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_stack->setCurrentIndex(i);
        emit changed();
    });
    connect(m_browse, &QToolButton::clicked, this, &CookieField::browse);
    connect(m_file, &QLineEdit::textEdited, this, &CookieField::changed);
    connect(m_typed, &QLineEdit::textEdited, this, &CookieField::changed);
    setFocusProxy(m_source);
}

CookieField::Source CookieField::source() const
{
    return Source(m_source->currentData().toInt());
}

void CookieField::setSource(Source source)
{
    m_source->setCurrentIndex(m_source->findData(int(source)));
}

QString CookieField::filePath() const
{
    return m_file->text().trimmed();
}

void CookieField::setFilePath(const QString &path)
{
    m_file->setText(path);
}

void CookieField::setTypedCookie(const QByteArray &cookie)
{
    m_typed->setText(QString::fromLatin1(cookie));
}

bool CookieField::load(QByteArray *cookie, QString *error) const
{
    switch (source()) {
    case Source::Default: {
        QString where;
        return CookieSource::load(QString(), cookie, &where, error);
    }
    case Source::File:
        if (filePath().isEmpty()) {
            *error = tr("Choose the file that holds the cookie.");
            return false;
        }
        return CookieSource::readFile(filePath(), cookie, error);
    case Source::Typed: {
        const QByteArray c = m_typed->text().trimmed().toLatin1();
        if (c.isEmpty()) {
            *error = tr("Type the cookie.");
            return false;
        }
        *cookie = c;
        return true;
    }
    }
    return false;
}

void CookieField::focusInput()
{
    switch (source()) {
    case Source::Default: m_source->setFocus(); break;
    case Source::File: m_file->setFocus(); m_file->selectAll(); break;
    case Source::Typed: m_typed->setFocus(); m_typed->selectAll(); break;
    }
}

void CookieField::browse()
{
    const QString start = filePath().isEmpty() ? QDir::homePath() : filePath();
    const QString path = FileChooser::openFile(this, tr("Cookie file"), start);
    if (!path.isEmpty()) {
        m_file->setText(path);
        emit changed();
    }
}

} // namespace beamtop
