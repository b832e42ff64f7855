// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QStackedWidget;
class QToolButton;

namespace beamtop {

// Where the cookie comes from: the default (BEAMTOP_COOKIE, else ~/.erlang.cookie), a file, or
// typed into a password field. The cookie itself is never shown, logged or stored; only the
// choice and a file's path are remembered.
class CookieField : public QWidget
{
    Q_OBJECT
public:
    enum class Source { Default, File, Typed };
    Q_ENUM(Source)

    explicit CookieField(QWidget *parent = nullptr);

    Source source() const;
    void setSource(Source source);
    QString filePath() const;
    void setFilePath(const QString &path);
    void setTypedCookie(const QByteArray &cookie);

    // Reads the cookie from the chosen source. On failure *error says why, for the user.
    bool load(QByteArray *cookie, QString *error) const;
    // Puts the focus where the user fixes the cookie.
    void focusInput();

signals:
    void changed();

private:
    void browse();

    QComboBox *m_source;
    QStackedWidget *m_stack;
    QLineEdit *m_file;
    QToolButton *m_browse;
    QLineEdit *m_typed;
};

} // namespace beamtop
