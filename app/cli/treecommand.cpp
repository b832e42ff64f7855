// SPDX-License-Identifier: GPL-3.0-or-later
#include "treecommand.h"

#include "collect/appscollector.h"
#include "export/appcolumns.h"
#include "export/rankingwait.h"
#include "processcommand.h"
#include "session/nodesession.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QTimer>
#include <QLocale>

namespace beamtop {

namespace {
constexpr int MaxDepth = 64;    // as deep as the agent walks
constexpr int MaxLimit = 500;   // children per supervisor the agent sends at most
constexpr int AllLevels = 1024; // the JSON keeps every level the node sent
} // namespace

QString TreeCommand::summary() const
{
    return tr("An application's supervision tree, with each subtree's processes and memory.");
}

QString TreeCommand::description() const
{
    return tr("Reads the supervision tree of the application APP (as the node's syntax writes it: "
              "my_app, or :my_app "
              "on an Elixir node) once and prints it: every supervisor with its restart strategy "
              "and intensity, and "
              "under it its children, workers and supervisors, each with what its whole subtree "
              "adds up to: "
              "processes, memory, reductions per second and queued messages. Processes linked to a "
              "supervisor that "
              "are not its children are listed apart. A supervisor that does not answer is marked "
              "and the rest of "
              "the tree still comes. --sort orders each supervisor's children (the node sorts "
              "before it cuts to "
              "--limit, so the heaviest come first). --format text draws the tree, json writes it "
              "for scripts. "
              "Needs the agent.");
}

QList<QCommandLineOption> TreeCommand::options() const
{
    return {{QStringLiteral("depth"),
             tr("Levels below the top supervisor (default %1).").arg(MaxDepth), tr("N"),
             QString::number(MaxDepth)},
            {QStringLiteral("sort"),
             tr("Order of each supervisor's children: start (as the supervisor lists them), "
                "processes, memory, "
                "reductions or message_queue; default start."),
             tr("KEY"), QStringLiteral("start")},
            {QStringLiteral("limit"),
             tr("Children per supervisor (default 100, at most %1).").arg(MaxLimit), tr("N"),
             QStringLiteral("100")},
            formatOption(),
            prettyOption()};
}

bool TreeCommand::parseSort(const QString &word, AppTreeQuery::Sort *out)
{
    if (word == QLatin1String("message_queue")) {
        *out = AppTreeQuery::Sort::MessageQueue;
        return true;
    }
    return AppTreeQuery::sortFromWord(word, out);
}

int TreeCommand::parse(const QCommandLineParser &p, const QStringList &args)
{
    if (args.size() != 1)
        return usageError(
            args.isEmpty()
                ? tr("Which application? Give its name: beamtop-cli tree APP.")
                : tr("Unexpected arguments: %1").arg(args.mid(1).join(QLatin1Char(' '))));
    m_target = args.first();
    m_query.app = ProcessCommand::atomForName(m_target);
    if (m_query.app.isEmpty())
        return usageError(tr("'%1' is not an application name.").arg(m_target));
    if (const int rc = parseFormat(p))
        return rc;
    bool ok = true;
    m_query.depth = p.value(QStringLiteral("depth")).toInt(&ok);
    if (!ok || m_query.depth < 0 || m_query.depth > MaxDepth)
        return usageError(tr("--depth takes a number from 0 to %1.").arg(MaxDepth));
    m_query.pageLimit = p.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || m_query.pageLimit < 1 || m_query.pageLimit > MaxLimit)
        return usageError(tr("--limit takes a number from 1 to %1.").arg(MaxLimit));
    if (!parseSort(p.value(QStringLiteral("sort")).toLower(), &m_query.sort))
        return usageError(
            tr("--sort is one of start, processes, memory, reductions, message_queue."));
    return Ok;
}

void TreeCommand::attach(NodeSession *session, const Context &context)
{
    Command::attach(session, context);
    session->setPaused(true); // one walk, asked for in start(), and the tick's applications
    AppTreeCollector *trees = session->appTree();
    connect(trees, &AppTreeCollector::treeReady, this, &TreeCommand::onTree);
    connect(trees, &AppTreeCollector::failed, this, [this](const QString &error) {
        if (isFinished())
            return;
        m_err << tr("Could not read the supervision tree of %1: %2").arg(m_target, error)
              << Qt::endl;
        finish(RemoteError);
    });
    // The applications' sweep is only for the count of processes outside the tree: without it
    // the tree still prints.
    AppsCollector *apps = session->applications();
    m_appsWait = new RankingWait([apps] { apps->fetch(); }, this);
    connect(m_appsWait, &RankingWait::due, this, [this] {
        if (!m_appsDone && this->session()->applications()->hasSample())
            onApps();
    });
    connect(apps, &AppsCollector::sampleReady, this, [this](const AppsSample &sample) {
        if (!m_appsDone && m_appsWait->offer(!sample.partial))
            onApps();
    });
    connect(apps, &AppsCollector::failed, this, [this] {
        if (!m_appsDone)
            onApps();
    });
    session->subscribe(NodeSession::Feed::Applications, this);
}

void TreeCommand::start()
{
    AppTreeCollector *trees = session()->appTree();
    if (!trees->isAvailable()) {
        m_err << (session()->agent()->mode() == AgentClient::Mode::Full
                      ? tr("The Beamtop agent running on %1 is older and cannot read supervision "
                           "trees.")
                      : tr("Reading a supervision tree needs the Beamtop agent, which %1 did not "
                           "load (reduced mode)."))
                     .arg(session()->nodeName())
              << Qt::endl;
        finish(RemoteError);
        return;
    }
    m_appsWait->begin();
    trees->setQuery(m_query); // a new query is walked at once
    trees->fetch();           // (no second walk if it is on its way)
}

void TreeCommand::onTree(const AppTree &tree)
{
    if (isFinished() || tree.app != m_query.app)
        return;
    // Reductions per second need a previous reading of each process: a cheap first walk is
    // followed by a second a second later, as `apps` waits for a second sweep. A costly one
    // (a tree of 100,000 processes) is printed as it is rather than walked twice.
    if (++m_walks == 1 && tree.found && tree.root.totals.reductionsPerSec < 0 && tree.walkUs < SecondWalkMaxUs) {
        QTimer::singleShot(1000, this, [this] {
            if (!isFinished())
                session()->appTree()->fetch();
        });
        return;
    }
    m_tree = tree;
    printWhenReady();
}

void TreeCommand::onApps()
{
    m_appsDone = true;
    m_appsWait->stop();
    session()->unsubscribe(NodeSession::Feed::Applications, this);
    printWhenReady();
}

void TreeCommand::printWhenReady()
{
    if (isFinished() || !m_tree || !m_appsDone)
        return;
    AppTree tree = *m_tree;
    const AppsCollector *apps = session()->applications();
    if (tree.appProcesses < 0 && apps->hasSample() && !apps->last().partial)
        if (const AppRow *row = apps->last().find(tree.app); row && row->hasTotals)
            tree.appProcesses = row->totals.processes;
    print(tree);
}

void TreeCommand::print(const AppTree &tree)
{
    const TermFormatter f = session()->formatter();
    if (!tree.found) {
        // A library application (no `mod`) runs without a master or processes of its own: the
        // node has no tree for it, though it is running.
        const AppsCollector *apps = session()->applications();
        const AppRow *row = apps->hasSample() ? apps->last().find(m_query.app) : nullptr;
        if (row && row->status == AppRow::Status::Running) {
            m_err << tr("%1 is running on %2 but has no supervision tree: it is a library "
                        "application, with no "
                        "processes of its own.")
                         .arg(f.atom(m_query.app), session()->nodeName())
                  << Qt::endl;
        } else {
            m_err << tr("No application %1 is running on %2.")
                         .arg(f.atom(m_query.app), session()->nodeName());
            if (!tree.error.isEmpty())
                m_err << ' ' << tr("The node says: %1").arg(tree.error);
            m_err << '\n' << tr("beamtop-cli apps lists the node's applications.") << Qt::endl;
        }
        finish(RemoteError);
        return;
    }
    if (isJson()) {
        QJsonObject doc;
        doc.insert(QStringLiteral("node"), session()->nodeName());
        doc.insert(QStringLiteral("taken_at"),
                   QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        doc.insert(QStringLiteral("sort"), AppTreeQuery::sortWord(m_query.sort));
        doc.insert(QStringLiteral("depth"), m_query.depth);
        doc.insert(QStringLiteral("limit"), m_query.pageLimit);
        const QJsonObject t = tree.toJson(f, AllLevels);
        for (auto it = t.begin(); it != t.end(); ++it)
            doc.insert(it.key(), it.value());
        printJson(doc);
    } else {
        const QLocale loc;
        m_out << tr("Supervision tree of %1 on %2, children by %3")
                     .arg(f.atom(tree.app), session()->nodeName(),
                          AppColumns::sortText(m_query.sort))
              << '\n'
              << tr("walked in %1 ms on the node")
                     .arg(loc.toString(double(tree.walkUs) / 1000.0, 'f', 1))
              << "\n\n";
        AppColumns::writeTree(m_out, tree, f);
    }
    finish(Ok);
}

} // namespace beamtop
