// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "profiles/profile.h"

#include <QJsonObject>

namespace beamtop {

class ProfileStore;
class SecretStore;

// beamtop-cli profiles list | show NAME | add NAME --node NODE [...] | remove NAME
// Profiles are the desktop app's (same file); cookies go to the system keychain, read from a
// file or stdin, never from the command line.
class ProfilesCommand : public Command
{
    Q_OBJECT
public:
    ProfilesCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~ProfilesCommand() override;

    QString name() const override { return QStringLiteral("profiles"); }
    QString arguments() const override;
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    bool needsNode() const override { return false; }
    // args: what follows "profiles". The parser is the dispatcher's, which outlives the command.
    int parse(const QCommandLineParser &p, const QStringList &args) override;
    // An exit code, or -1 while a keychain job runs (finished() then ends it).
    int run() override;

    // One line from stdin (at most 4 KiB), trimmed: how a cookie is piped in.
    static bool readCookieFromStdin(QByteArray *cookie, QString *error);

private:
    int list();
    int show(const QString &name);
    int add(const QString &name, const QCommandLineParser &p);
    int remove(const QString &name);
    QJsonObject describe(const Profile &profile) const;

    const QCommandLineParser *m_parser = nullptr;
    QStringList m_args;
    ProfileStore *m_store;
};

} // namespace beamtop
