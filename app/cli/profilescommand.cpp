// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilescommand.h"

#include "node/cookie.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace beamtop {

ProfilesCommand::ProfilesCommand(QTextStream &out, QTextStream &err, QObject *parent)
    : Command(out, err, parent), m_store(new ProfileStore)
{
}

QString ProfilesCommand::arguments() const
{
    return tr("list | show NAME | add NAME | remove NAME");
}

QString ProfilesCommand::summary() const
{
    return tr("The saved nodes (profiles) shared with the desktop app: list, show, add, remove.");
}

QString ProfilesCommand::description() const
{
    return tr("Manages the profiles the desktop app and beamtop-cli share (connect through one with --profile NAME). "
              "'profiles add NAME --node NODE' keeps the cookie in the system keychain, read from --cookie-file or "
              "--cookie-stdin, never from the command line; with --keep-cookie-file the profile reads the file at "
              "each connect instead, with --ask-cookie it keeps no cookie and you pipe it in with --cookie-stdin "
              "when connecting. 'profiles remove NAME' removes the keychain entry too.");
}

QList<QCommandLineOption> ProfilesCommand::options() const
{
    return {{{QStringLiteral("n"), QStringLiteral("node")}, tr("add: the node, name@host."), tr("NODE")},
            {QStringLiteral("cookie-file"), tr("add: read the cookie from FILE into the keychain."), tr("FILE")},
            {QStringLiteral("keep-cookie-file"), tr("add: read the cookie from --cookie-file at each connect instead of keeping it in the keychain.")},
            {QStringLiteral("cookie-stdin"), tr("add: read the cookie from the first line of standard input.")},
            {QStringLiteral("ask-cookie"), tr("add: keep no cookie; give it at each connect (--cookie-stdin).")},
            {QStringLiteral("long-names"), tr("add: name Beamtop with a long name.")},
            {QStringLiteral("short-names"), tr("add: name Beamtop with a short name.")},
            {QStringLiteral("epmd-port"), tr("add: EPMD port on the node's host."), tr("PORT")},
            {QStringLiteral("dist-port"), tr("add: connect to this distribution port directly, without EPMD."), tr("PORT")},
            {QStringLiteral("timeout"), tr("add: connect timeout in ms."), tr("MS")},
            {QStringLiteral("syntax"), tr("add: how terms are written: auto, erlang or elixir."), tr("SYNTAX")},
            formatOption(), prettyOption()};
}

int ProfilesCommand::parse(const QCommandLineParser &p, const QStringList &args)
{
    m_parser = &p;
    m_args = args;
    return parseFormat(p);
}

int ProfilesCommand::run()
{
    const QCommandLineParser &p = *m_parser;
    const QStringList &args = m_args;
    const QString sub = args.value(0);
    const int wanted = sub == QLatin1String("list") ? 1 : 2;
    if (sub.isEmpty() || (sub != QLatin1String("list") && sub != QLatin1String("show") && sub != QLatin1String("add")
                          && sub != QLatin1String("remove")))
        return usageError(sub.isEmpty() ? tr("'profiles' needs what to do: list, show, add or remove.")
                                        : tr("'profiles %1' is not known: list, show, add or remove.").arg(sub));
    if (args.size() != wanted)
        return usageError(args.size() < wanted ? tr("'profiles %1' needs the profile's name.").arg(sub)
                                               : tr("Unexpected arguments: %1").arg(args.mid(wanted).join(QLatin1Char(' '))));
    if (sub == QLatin1String("list"))
        return list();
    if (sub == QLatin1String("show"))
        return show(args.at(1));
    if (sub == QLatin1String("add"))
        return add(args.at(1), p);
    return remove(args.at(1));
}

ProfilesCommand::~ProfilesCommand()
{
    delete m_store;
}

bool ProfilesCommand::readCookieFromStdin(QByteArray *cookie, QString *error)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        *error = tr("Cannot read the cookie from standard input.");
        return false;
    }
    // Typed at a terminal: ask, and do not echo it.
    const bool terminal = isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal && tcgetattr(STDIN_FILENO, &saved) == 0) {
        std::fputs(qPrintable(tr("Cookie (not shown): ")), stderr);
        std::fflush(stderr);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    const QByteArray line = in.readLine(4096).trimmed();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
    if (line.isEmpty()) {
        *error = tr("No cookie on standard input: pipe it in, e.g. --cookie-stdin < cookie-file.");
        return false;
    }
    *cookie = line;
    return true;
}

QJsonObject ProfilesCommand::describe(const Profile &profile) const
{
    QJsonObject o = profile.toJson();
    o.insert(QStringLiteral("id"), profile.id);
    o.insert(QStringLiteral("last_connected"), profile.lastConnected.isValid()
                                                   ? QJsonValue(profile.lastConnected.toString(Qt::ISODateWithMs))
                                                   : QJsonValue());
    return o;
}

int ProfilesCommand::list()
{
    const QVector<Profile> all = m_store->profiles();
    if (isJson()) {
        QJsonArray arr;
        for (const Profile &profile : all)
            arr.append(describe(profile));
        printJson(QJsonObject{{QStringLiteral("profiles"), arr}});
        return Ok;
    }
    if (all.isEmpty()) {
        m_err << tr("No profiles yet. Add one: beamtop-cli profiles add NAME --node NODE --cookie-file FILE") << Qt::endl;
        return Ok;
    }
    int nameWidth = 4, nodeWidth = 4;
    for (const Profile &profile : all) {
        nameWidth = qMax(nameWidth, int(profile.name.size()));
        nodeWidth = qMax(nodeWidth, int(profile.node.size()));
    }
    m_out << tr("NAME").leftJustified(nameWidth) << "  " << tr("NODE").leftJustified(nodeWidth) << "  "
          << tr("COOKIE").leftJustified(8) << "  " << tr("LAST CONNECTED") << '\n';
    for (const Profile &profile : all) {
        m_out << profile.name.leftJustified(nameWidth) << "  " << profile.node.leftJustified(nodeWidth) << "  "
              << Profile::cookieSourceName(profile.cookieSource).leftJustified(8) << "  "
              << (profile.lastConnected.isValid() ? profile.lastConnected.toLocalTime().toString(Qt::ISODate) : tr("never"))
              << '\n';
    }
    m_out.flush();
    return Ok;
}

int ProfilesCommand::show(const QString &name)
{
    const auto profile = m_store->find(name);
    if (!profile) {
        m_err << tr("No profile called “%1”. beamtop-cli profiles list shows them.").arg(name) << Qt::endl;
        return Usage;
    }
    const QJsonObject o = describe(*profile);
    if (isJson()) {
        printJson(o);
        return Ok;
    }
    auto line = [this](const QString &k, const QString &v) { m_out << k.leftJustified(20) << v << '\n'; };
    line(tr("Name"), profile->name);
    line(tr("Node"), profile->node);
    line(tr("Names"), Profile::nameModeName(profile->nameMode));
    line(tr("EPMD port"), profile->epmdPort ? QString::number(profile->epmdPort) : tr("default (%1)").arg(defaultEpmdPort()));
    line(tr("Distribution port"), profile->distPort ? tr("%1 (EPMD not consulted)").arg(profile->distPort) : tr("from EPMD"));
    line(tr("Connect timeout"), tr("%1 ms").arg(profile->connectTimeoutMs));
    line(tr("Refresh interval"), tr("%1 ms").arg(profile->refreshIntervalMs));
    line(tr("Read-only"), profile->readOnly ? tr("yes") : tr("no"));
    line(tr("Syntax"), Profile::syntaxName(profile->syntax));
    line(tr("Colour"), profile->colour.isEmpty() ? tr("none") : profile->colour);
    switch (profile->cookieSource) {
    case Profile::CookieSource::Keychain: line(tr("Cookie"), tr("in the system keychain (service beamtop, key %1)").arg(profile->secretKey())); break;
    case Profile::CookieSource::File: line(tr("Cookie"), tr("read from %1 at each connect").arg(profile->cookieFile)); break;
    case Profile::CookieSource::Ask: line(tr("Cookie"), tr("asked at each connect (--cookie-stdin)")); break;
    case Profile::CookieSource::Default: line(tr("Cookie"), tr("BEAMTOP_COOKIE, else ~/.erlang.cookie")); break;
    }
    line(tr("Last connected"), profile->lastConnected.isValid() ? profile->lastConnected.toLocalTime().toString(Qt::ISODate) : tr("never"));
    m_out.flush();
    return Ok;
}

int ProfilesCommand::add(const QString &name, const QCommandLineParser &p)
{
    if (m_store->find(name)) {
        m_err << tr("A profile called “%1” exists already; remove it first (beamtop-cli profiles remove %1).").arg(name)
              << Qt::endl;
        return Usage;
    }
    Profile profile;
    profile.name = name.trimmed();
    profile.node = p.value(QStringLiteral("node"));
    if (profile.node.isEmpty()) {
        m_err << tr("Which node? Give --node name@host.") << Qt::endl;
        return Usage;
    }
    profile.nameMode = p.isSet(QStringLiteral("long-names"))    ? NodeName::Mode::Long
                       : p.isSet(QStringLiteral("short-names")) ? NodeName::Mode::Short
                                                                : NodeName::Mode::Auto;
    bool ok = true;
    for (const char *opt : {"epmd-port", "dist-port"}) {
        const QString key = QLatin1String(opt);
        if (!p.isSet(key))
            continue;
        const uint port = p.value(key).toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            m_err << tr("--%1 takes a port number.").arg(key) << Qt::endl;
            return Usage;
        }
        (key == QLatin1String("epmd-port") ? profile.epmdPort : profile.distPort) = quint16(port);
    }
    if (p.isSet(QStringLiteral("timeout")))
        profile.connectTimeoutMs = p.value(QStringLiteral("timeout")).toInt();
    if (p.isSet(QStringLiteral("syntax")))
        Profile::parseSyntax(p.value(QStringLiteral("syntax")), &profile.syntax);

    const bool fromFile = p.isSet(QStringLiteral("cookie-file"));
    const bool fromStdin = p.isSet(QStringLiteral("cookie-stdin"));
    const bool keepFile = p.isSet(QStringLiteral("keep-cookie-file"));
    const bool ask = p.isSet(QStringLiteral("ask-cookie"));
    if (int(fromFile) + int(fromStdin) + int(ask) > 1) {
        m_err << tr("Give the cookie one way: --cookie-file FILE, --cookie-stdin or --ask-cookie.") << Qt::endl;
        return Usage;
    }
    if (keepFile && !fromFile) {
        m_err << tr("--keep-cookie-file goes with --cookie-file FILE.") << Qt::endl;
        return Usage;
    }
    QByteArray cookie;
    QString why;
    if (keepFile) {
        profile.cookieSource = Profile::CookieSource::File;
        profile.cookieFile = QFileInfo(p.value(QStringLiteral("cookie-file"))).absoluteFilePath();
        if (!CookieSource::readFile(profile.cookieFile, &cookie, &why)) {
            m_err << why << Qt::endl;
            return Failure;
        }
    } else if (ask) {
        profile.cookieSource = Profile::CookieSource::Ask;
    } else if (fromFile || fromStdin) {
        profile.cookieSource = Profile::CookieSource::Keychain;
        const bool read = fromFile ? CookieSource::readFile(p.value(QStringLiteral("cookie-file")), &cookie, &why)
                                   : readCookieFromStdin(&cookie, &why);
        if (!read) {
            m_err << why << Qt::endl;
            return Failure;
        }
    } else {
        profile.cookieSource = Profile::CookieSource::Default;
    }
    const QString problem = profile.problem();
    if (!problem.isEmpty()) {
        m_err << problem << Qt::endl;
        return Usage;
    }
    if (profile.cookieSource != Profile::CookieSource::Keychain) {
        if (!m_store->save(&profile, &why)) {
            m_err << why << Qt::endl;
            return Failure;
        }
        m_err << tr("Profile “%1” saved.").arg(profile.name) << Qt::endl;
        return Ok;
    }
    // The cookie first: a profile without its cookie is saved only once the keychain has it.
    profile.id = Profile::newId();
    SecretStore::instance()->write(profile.secretKey(), cookie, this, [this, profile](const SecretResult &r) mutable {
        if (!r.ok()) {
            m_err << tr("The cookie could not be saved in the system keychain, so the profile was not saved.") << '\n'
                  << r.message() << '\n';
            if (!r.detail.isEmpty())
                m_err << tr("The keychain said: %1").arg(r.detail) << '\n';
            m_err << tr("Without a keychain, Beamtop does not store cookies itself. Instead, either point the profile at "
                        "the cookie file (add --keep-cookie-file) or have it ask at each connect (--ask-cookie, then "
                        "--cookie-stdin when connecting).")
                  << Qt::endl;
            return finish(Failure);
        }
        QString why;
        if (!m_store->save(&profile, &why)) {
            m_err << why << Qt::endl;
            SecretStore::instance()->remove(profile.secretKey(), this, [this](const SecretResult &) { finish(Failure); });
            return;
        }
        m_err << tr("Profile “%1” saved; its cookie is in the system keychain.").arg(profile.name) << Qt::endl;
        finish(Ok);
    });
    return -1;
}

int ProfilesCommand::remove(const QString &name)
{
    const auto profile = m_store->find(name);
    if (!profile) {
        m_err << tr("No profile called “%1”. beamtop-cli profiles list shows them.").arg(name) << Qt::endl;
        return Usage;
    }
    QString why;
    if (!m_store->remove(profile->id, &why)) {
        m_err << why << Qt::endl;
        return Failure;
    }
    if (profile->cookieSource != Profile::CookieSource::Keychain) {
        m_err << tr("Profile “%1” removed.").arg(profile->name) << Qt::endl;
        return Ok;
    }
    const Profile gone = *profile;
    SecretStore::instance()->remove(gone.secretKey(), this, [this, gone](const SecretResult &r) {
        if (r.ok() || r.status == SecretResult::Status::NotFound) {
            m_err << tr("Profile “%1” and its cookie removed.").arg(gone.name) << Qt::endl;
            return finish(Ok);
        }
        m_err << tr("Profile “%1” removed, but its cookie could not be deleted from the system keychain: %2")
                     .arg(gone.name, r.message())
              << '\n'
              << tr("Delete it yourself later: secret-tool clear server beamtop user %1").arg(gone.secretKey()) << Qt::endl;
        finish(Failure);
    });
    return -1;
}

} // namespace beamtop
