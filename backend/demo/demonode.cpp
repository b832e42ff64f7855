// SPDX-License-Identifier: GPL-3.0-or-later
#include "demonode.h"

#include "node/epmdclient.h"

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

namespace beamtop {

namespace {

constexpr int OutputTailBytes = 16 * 1024;
constexpr int PollIntervalMs = 50; // an EPMD NAMES request is cheap; every poll saved is start-up time
constexpr int StopGraceMs = 2000;
const char DirPrefix[] = "beamtop-demo-";
const char BundledEbin[] = ":/demo/ebin";

QString randomToken(int length)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString s;
    for (int i = 0; i < length; ++i)
        s.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet - 1))]));
    return s;
}

bool hasDemo(const QString &dir)
{
    return !dir.isEmpty() && QFileInfo::exists(dir + QStringLiteral("/beamtop_demo.beam"));
}

} // namespace

DemoNode::DemoNode(QObject *parent) : QObject(parent), m_pollTimer(this)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &DemoNode::pollEpmd);
    m_proc.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_proc, &QProcess::readyReadStandardOutput, this, [this] {
        const QByteArray chunk = m_proc.readAllStandardOutput();
        if (qEnvironmentVariableIntValue("BEAMTOP_DEMO_VERBOSE") > 0) {
            std::fwrite(chunk.constData(), 1, size_t(chunk.size()), stderr);
            std::fflush(stderr);
        }
        m_output += chunk;
        if (m_output.size() > OutputTailBytes)
            m_output.remove(0, m_output.size() - OutputTailBytes);
    });
    connect(&m_proc, &QProcess::started, this, [this] {
        setStage(Stage::Registering);
        pollEpmd();
    });
    connect(&m_proc, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            fail(tr("Could not run %1: %2").arg(m_erl, m_proc.errorString()));
    });
    connect(&m_proc, &QProcess::finished, this, &DemoNode::onProcessFinished);
}

DemoNode::~DemoNode()
{
    stop();
    // EpmdClient's socket handlers call back into the client while ~QObject deletes the
    // socket (a use-after-free under ASan): silence and delete the sockets first. Remove once
    // EpmdClient cleans up after itself.
    if (m_epmd) {
        const QList<QAbstractSocket *> sockets = m_epmd->findChildren<QAbstractSocket *>();
        for (QAbstractSocket *s : sockets) {
            s->disconnect();
            delete s;
        }
    }
}

bool DemoNode::hasBundledBeams()
{
    return QFileInfo::exists(QString::fromLatin1(BundledEbin) + QStringLiteral("/beamtop_demo.beam"));
}

QString DemoNode::stageText(Stage stage)
{
    switch (stage) {
    case Stage::Idle: return tr("Not started");
    case Stage::Preparing: return tr("Preparing the demo node…");
    case Stage::Starting: return tr("Starting the demo node (erl)…");
    case Stage::Registering: return tr("Waiting for the demo node to register with EPMD…");
    case Stage::Running: return tr("The demo node is running");
    case Stage::Failed: return tr("The demo node did not start");
    case Stage::Stopped: return tr("The demo node has stopped");
    }
    return {};
}

QString DemoNode::nodeName() const
{
    return m_alive.isEmpty() ? QString() : m_alive + QLatin1Char('@') + m_host;
}

ConnectOptions DemoNode::connectOptions() const
{
    ConnectOptions o;
    o.node = nodeName();
    o.cookie = m_cookie;
    o.nameMode = NodeName::Mode::Short;
    o.autoReconnect = true;
    return o;
}

QString DemoNode::outputTail() const
{
    QList<QByteArray> lines = m_output.trimmed().split('\n');
    if (lines.size() > 12)
        lines = lines.mid(lines.size() - 12);
    return QString::fromUtf8(lines.join('\n'));
}

void DemoNode::setStage(Stage s)
{
    if (m_stage == s)
        return;
    m_stage = s;
    emit stageChanged(s);
}

void DemoNode::fail(const QString &error)
{
    if (m_stage == Stage::Failed || m_stage == Stage::Stopped)
        return;
    m_pollTimer.stop();
    setStage(Stage::Failed);
    if (m_proc.state() != QProcess::NotRunning) {
        m_proc.kill();
        m_proc.waitForFinished(1000);
    }
    emit failed(error);
}

void DemoNode::removeStaleDirs()
{
    // A Beamtop that was killed could not remove its directory. The name carries the owner's
    // pid; where /proc says that process is gone, the directory is removed.
    if (!QFileInfo::exists(QStringLiteral("/proc/self")))
        return;
    QDir tmp(QDir::tempPath());
    const QStringList dirs = tmp.entryList({QString::fromLatin1(DirPrefix) + QLatin1Char('*')}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : dirs) {
        const QString pid = name.mid(int(qstrlen(DirPrefix))).section(QLatin1Char('-'), 0, 0);
        bool ok = false;
        pid.toLongLong(&ok);
        if (ok && !QFileInfo::exists(QStringLiteral("/proc/") + pid)) {
            QDir stale(tmp.filePath(name));
            stale.removeRecursively();
        }
    }
}

bool DemoNode::prepareEbin(QString *ebin, QString *error)
{
    if (!m_ebinOverride.isEmpty()) {
        if (!hasDemo(m_ebinOverride)) {
            *error = tr("There is no demo node in %1 (beamtop_demo.beam is missing).").arg(QDir::toNativeSeparators(m_ebinOverride));
            return false;
        }
        *ebin = m_ebinOverride;
        return true;
    }
    const QString fromEnv = qEnvironmentVariable("BEAMTOP_DEMO_EBIN");
    if (hasDemo(fromEnv)) {
        *ebin = fromEnv;
        return true;
    }
    const QDir bundled(QString::fromLatin1(BundledEbin));
    const QStringList beams = bundled.entryList({QStringLiteral("*.beam")}, QDir::Files);
    if (beams.isEmpty()) {
        *error = tr("This build of Beamtop does not include the demo node. Build it with the demo sources "
                    "(resources/demo), or point BEAMTOP_DEMO_EBIN at a directory with the compiled demo.");
        return false;
    }
    const QString target = m_dir->filePath(QStringLiteral("ebin"));
    if (!QDir().mkpath(target)) {
        *error = tr("Could not create %1.").arg(QDir::toNativeSeparators(target));
        return false;
    }
    for (const QString &beam : beams) {
        const QString to = target + QLatin1Char('/') + beam;
        if (!QFile::copy(bundled.filePath(beam), to)) {
            *error = tr("Could not extract the demo node to %1.").arg(QDir::toNativeSeparators(target));
            return false;
        }
    }
    *ebin = target;
    return true;
}

void DemoNode::start(int timeoutMs)
{
    if (m_stage == Stage::Preparing || m_stage == Stage::Starting || m_stage == Stage::Registering
        || m_stage == Stage::Running)
        return;
    m_timeoutMs = timeoutMs;
    m_clock.start();
    m_output.clear();
    setStage(Stage::Preparing);

    removeStaleDirs();
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QLatin1Char('/') + QString::fromLatin1(DirPrefix)
                                            + QString::number(QCoreApplication::applicationPid())
                                            + QStringLiteral("-XXXXXX"));
    if (!m_dir->isValid())
        return fail(tr("Could not create a temporary directory for the demo node: %1").arg(m_dir->errorString()));

    QString ebin, error;
    if (!prepareEbin(&ebin, &error))
        return fail(error);

    if (m_erl.isEmpty())
        m_erl = qEnvironmentVariable("BEAMTOP_ERL");
    if (m_erl.isEmpty())
        m_erl = QStandardPaths::findExecutable(QStringLiteral("erl"));
    if (m_erl.isEmpty())
        return fail(tr("Erlang/OTP is not installed here: 'erl' is not on the PATH. Install it "
                       "(Debian: apt-get install erlang-base erlang-mnesia) and try again."));

    m_alive = QStringLiteral("beamtop_demo_") + randomToken(8);
    m_host = NodeName::localShortHost();
    m_cookie = randomToken(32).toLatin1();

    // erl reads $HOME/.erlang.cookie and insists that only the owner can read it.
    const QString home = m_dir->filePath(QStringLiteral("home"));
    QFile cookieFile(home + QStringLiteral("/.erlang.cookie"));
    if (!QDir().mkpath(home) || !cookieFile.open(QIODevice::WriteOnly)
        || !cookieFile.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        || cookieFile.write(m_cookie) != m_cookie.size())
        return fail(tr("Could not write the demo node's cookie file in %1.").arg(QDir::toNativeSeparators(home)));
    cookieFile.close();
    cookieFile.setPermissions(QFile::ReadOwner);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    // The user's own erl flags could rename the node or change its cookie.
    for (const char *var : {"ERL_FLAGS", "ERL_AFLAGS", "ERL_ZFLAGS"})
        env.remove(QString::fromLatin1(var));
    m_proc.setProcessEnvironment(env);
    m_proc.setWorkingDirectory(m_dir->path());

    setStage(Stage::Starting);
    // stdin stays an open pipe (QProcess's write channel): the demo halts when it reads EOF.
    m_proc.start(m_erl, {QStringLiteral("-sname"), m_alive, QStringLiteral("-noshell"), QStringLiteral("-pa"), ebin,
                         QStringLiteral("-s"), QStringLiteral("beamtop_demo"), QStringLiteral("start")});
}

void DemoNode::pollEpmd()
{
    if (m_stage != Stage::Registering)
        return;
    if (m_clock.elapsed() > m_timeoutMs) {
        QString tail = outputTail();
        return fail(tr("The demo node did not register with EPMD within %1 s.").arg(m_timeoutMs / 1000)
                    + (tail.isEmpty() ? QString() : QLatin1Char('\n') + tail));
    }
    if (!m_epmd) {
        m_epmd = new EpmdClient(this);
        connect(m_epmd, &EpmdClient::namesReady, this, [this](const QString &, const QVector<EpmdNode> &nodes) {
            if (m_stage != Stage::Registering)
                return;
            for (const EpmdNode &n : nodes) {
                if (n.name == m_alive) {
                    setStage(Stage::Running);
                    emit ready(connectOptions());
                    return;
                }
            }
            m_pollTimer.start(PollIntervalMs);
        });
        // erl starts EPMD itself when none runs; until then the lookup fails.
        connect(m_epmd, &EpmdClient::namesFailed, this, [this] {
            if (m_stage == Stage::Registering)
                m_pollTimer.start(PollIntervalMs);
        });
    }
    m_epmd->requestNames(QStringLiteral("127.0.0.1"), defaultEpmdPort(), 1000);
}

void DemoNode::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_stage == Stage::Stopped || m_stage == Stage::Failed)
        return;
    if (m_stage == Stage::Running) {
        setStage(Stage::Stopped);
        emit exited(exitCode);
        return;
    }
    const QString tail = outputTail();
    fail((status == QProcess::CrashExit ? tr("The demo node crashed while starting.")
                                        : tr("The demo node stopped while starting (exit code %1).").arg(exitCode))
         + (tail.isEmpty() ? QString() : QLatin1Char('\n') + tail));
}

void DemoNode::stop()
{
    m_pollTimer.stop();
    if (m_stage != Stage::Idle && m_stage != Stage::Failed)
        setStage(Stage::Stopped);
    if (m_proc.state() != QProcess::NotRunning) {
        m_proc.closeWriteChannel(); // EOF: the demo's watchdog halts the node
        if (!m_proc.waitForFinished(StopGraceMs)) {
            m_proc.kill();
            m_proc.waitForFinished(1000);
        }
    }
    m_dir.reset();
}

} // namespace beamtop
