#pragma once

#include "profiles/profile.h"

#include <QJsonObject>

#include <QObject>
#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

namespace beamtop {

class ProfileStore;
class SecretStore;

// beamtop-cli profiles list | show NAME | add NAME --node NODE [...] | remove NAME
// Profiles are the desktop app's (same file); cookies go to the system keychain, read from a
// file or stdin, never from the command line.
class ProfilesCommand : public QObject
{
    Q_OBJECT
public:
    ProfilesCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~ProfilesCommand() override;

    // args: what follows "profiles". Returns an exit code, or -1 while a keychain job runs (the
    // event loop then ends with QCoreApplication::exit).
    int run(const QStringList &args, const QCommandLineParser &parser);

    // One line from stdin (at most 4 KiB), trimmed: how a cookie is piped in.
    static bool readCookieFromStdin(QByteArray *cookie, QString *error);

private:
    int list(const QCommandLineParser &p);
    int show(const QString &name, const QCommandLineParser &p);
    int add(const QString &name, const QCommandLineParser &p);
    int remove(const QString &name);
    void finish(int code);
    QJsonObject describe(const Profile &profile) const;

    QTextStream &m_out;
    QTextStream &m_err;
    ProfileStore *m_store;
};

} // namespace beamtop
