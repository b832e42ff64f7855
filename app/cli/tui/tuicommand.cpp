// SPDX-License-Identifier: GPL-3.0-or-later
#include "tuicommand.h"

#include "alertspage.h"
#include "applicationspage.h"
#include "etspage.h"
#include "homepage.h"
#include "loadpage.h"
#include "memorypage.h"
#include "mnesiapage.h"
#include "networkpage.h"
#include "processespage.h"
#include "terminal.h"
#include "tuipage.h"
#include "tuiscreen.h"

#include "rulescommand.h"

#include "alerts/alertlog.h"
#include "alerts/alertmonitor.h"
#include "profiles/profilestore.h"
#include "session/nodesession.h"

#include <QCommandLineParser>
#include <QTimer>


namespace beamtop::tui {

TuiCommand::TuiCommand(QTextStream &out, QTextStream &err, QObject *parent) : Command(out, err, parent) {}

TuiCommand::~TuiCommand()
{
    delete m_screen;
    delete m_terminal; // closes it, if still open
}

QString TuiCommand::summary() const
{
    return tr("Watches a node full-screen in the terminal, page by page, like the desktop app.");
}

QString TuiCommand::description() const
{
    return tr("Shows a node live in the terminal: 1 Home, 2 Processes, 3 Load, 4 Memory, 5 Network, 6 ETS, "
              "7 Mnesia, 8 Applications, 9 Alerts. Tab and the digits switch pages, space pauses, + and - "
              "change the refresh interval, F1 or ? lists every key, q quits. A lost link is retried until it "
              "comes back. Alert rules are those of --rules FILE, else the profile's, else the defaults. "
              "Colours follow the terminal; NO_COLOR or --no-color turns them off.");
}

QList<QCommandLineOption> TuiCommand::options() const
{
    return {
        {QStringLiteral("no-color"), tr("No colours (also when NO_COLOR is set).")},
        {QStringLiteral("ascii"), tr("Draw lines, bars and charts with ASCII characters only.")},
        {QStringLiteral("allow-actions"),
         tr("Allow kill, suspend and garbage collection of processes (each asks first). Off: the node is only read.")},
        {QStringLiteral("demo"), tr("Start the bundled demo node and watch it (stopped on exit); no --node needed.")},
        {QStringLiteral("interval"), tr("Refresh every MS milliseconds (default 1000; + and - change it)."), tr("MS"),
         QStringLiteral("1000")},
        {QStringLiteral("rules"), tr("Alert rules from FILE (a beamtop.rules/1 document)."), tr("FILE")},
        {QStringLiteral("budget"),
         tr("Share of one scheduler the agent may spend on the node, ranking included (default 0.02)."), tr("F")},
    };
}

int TuiCommand::parse(const QCommandLineParser &p, const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(tr("tui takes no arguments: %1").arg(args.join(QLatin1Char(' '))));
    // Said before connecting, not after the node has been attached to.
    QString why;
    if (!Terminal::usable(&why)) {
        m_err << why << Qt::endl;
        return Failure;
    }
    m_color = !p.isSet(QStringLiteral("no-color"));
    m_ascii = p.isSet(QStringLiteral("ascii"));
    m_allowActions = p.isSet(QStringLiteral("allow-actions"));
    bool ok = true;
    m_intervalMs = p.value(QStringLiteral("interval")).toInt(&ok);
    if (!ok || m_intervalMs < 100)
        return usageError(tr("tui: --interval takes at least 100 ms."));
    if (p.isSet(QStringLiteral("budget"))) {
        m_budget = p.value(QStringLiteral("budget")).toDouble(&ok);
        if (!ok || m_budget <= 0 || m_budget > 1)
            return usageError(tr("--budget takes a fraction between 0 and 1, e.g. 0.02 for 2 %."));
    }
    // The rules, as `watch` finds them: --rules, else the profile's, else the defaults.
    const QString profile = p.optionNames().contains(QStringLiteral("profile")) ? p.value(QStringLiteral("profile")) : QString();
    if (!profile.isEmpty() && !ProfileStore().find(profile))
        return usageError(tr("No profile called “%1”. beamtop-cli profiles list shows them.").arg(profile));
    RuleStore::Loaded loaded;
    QString error;
    if (!RulesCommand::load(p.value(QStringLiteral("rules")), profile, &loaded, &error)) {
        m_err << error << Qt::endl;
        return Failure;
    }
    for (const QString &problem : std::as_const(loaded.problems))
        m_err << problem << Qt::endl;
    m_rules = loaded.rules;
    return Ok;
}

bool TuiCommand::openTerminal()
{
    if (m_terminal && m_terminal->isOpen())
        return true;
    if (m_terminal) // closed already: the program is ending
        return false;
    m_terminal = new Terminal;
    Terminal::Options options;
    options.color = m_color;
    options.ascii = m_ascii;
    QString error;
    if (!m_terminal->open(options, &error)) {
        m_err << error << Qt::endl;
        return false;
    }
    TuiScreen::Options screenOptions;
    screenOptions.allowActions = m_allowActions;
    m_screen = new TuiScreen(m_terminal, screenOptions);
    connect(m_screen, &TuiScreen::quitRequested, this, [this] { end(Ok); });
    // The pages, in top-bar order; each is its own file pair.
    m_screen->addPage(new HomePage(m_screen));
    m_screen->addPage(new ProcessesPage(m_screen));
    m_screen->addPage(new LoadPage(m_screen));
    m_screen->addPage(new MemoryPage(m_screen));
    m_screen->addPage(new NetworkPage(m_screen));
    m_screen->addPage(new EtsPage(m_screen));
    m_screen->addPage(new MnesiaPage(m_screen));
    m_screen->addPage(new ApplicationsPage(m_screen));
    m_screen->addPage(new AlertsPage(m_screen));
    m_screen->render();
    return true;
}

void TuiCommand::demoProgress(const QString &text)
{
    if (!openTerminal())
        return;
    m_screen->setBanner(text);
}

void TuiCommand::attach(NodeSession *session, const Context &context)
{
    Command::attach(session, context);
    session->setRefreshIntervalMs(m_intervalMs);
    session->setPaused(false);
    session->setReadOnly(!m_allowActions);
    AlertMonitor *alerts = session->alerts();
    alerts->setRules(m_rules);
    alerts->setLogFile(AlertLog::defaultFileName(session->nodeName()));
    if (!openTerminal()) {
        // From the event loop: the connection is still setting the session up.
        QTimer::singleShot(0, this, [this] { finish(Failure); });
        return;
    }
    m_screen->setSession(session);
}

void TuiCommand::start()
{
    if (m_budget > 0)
        session()->agent()->setBudget(m_budget); // kept across reconnects by the agent client
    // --verbose has just written its timings over the screen.
    if (m_terminal && context().verbose)
        m_terminal->redrawAll();
    if (m_screen)
        m_screen->requestRender();
}

void TuiCommand::interrupt(int signalNumber)
{
    end(128 + signalNumber);
}

void TuiCommand::linkLost()
{
    end(RemoteError);
}

void TuiCommand::prepareToReport()
{
    // The terminal goes back first, so what follows lands on the normal screen.
    if (m_screen)
        m_screen->setSession(nullptr);
    if (m_terminal)
        m_terminal->close();
}

void TuiCommand::end(int exitCode)
{
    if (isFinished())
        return;
    prepareToReport();
    finish(exitCode);
}

} // namespace beamtop::tui
