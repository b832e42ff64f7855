// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace beamtop {

// Help ▸ About: what Beamtop is, its licence (the text itself one click away, embedded so it
// needs no network) and the versions of the libraries it runs with, for bug reports.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // "6.4.2", and "6.4.2 (built with 6.4.1)" when the runtime differs from the headers.
    static QString qtVersion();
    // libei is linked statically, so the version is the one it was built with.
    static QString erlInterfaceVersion();
    // The QtKeychain package's version at build time; the library reports none of its own.
    static QString keychainVersion();
    static QString licenceText();

private:
    void toggleLicence();

    QPlainTextEdit *m_licence;
    QPushButton *m_licenceButton;
};

} // namespace beamtop
