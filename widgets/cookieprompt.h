#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace beamtop {

class NoticeBar;

// Asks for a node's cookie when a profile has none at hand: it asks at each connect, the
// keychain holds nothing for it yet, or the keychain is unavailable. The cookie is kept in
// memory only, unless the user ticks "remember" and the keychain takes it.
class CookiePrompt : public QDialog
{
    Q_OBJECT
public:
    // why: one sentence shown on top (why Beamtop asks). offerRemember: show the checkbox.
    CookiePrompt(const QString &profileName, const QString &node, const QString &why, bool offerRemember,
                 QWidget *parent = nullptr);

    QByteArray cookie() const;
    bool remember() const;
    void setCookie(const QByteArray &cookie); // tests, and "read from a file"

public slots:
    void accept() override;

private:
    void readFile(const QString &path);

    bool m_offerRemember;
    QLineEdit *m_cookie;
    QCheckBox *m_remember;
    NoticeBar *m_error;
};

} // namespace beamtop
