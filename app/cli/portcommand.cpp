// SPDX-License-Identifier: GPL-3.0-or-later
#include "portcommand.h"

#include "collect/portinspector.h"
#include "session/nodesession.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QRegularExpression>

namespace beamtop {

QString PortCommand::summary() const
{
    return tr("One port or socket in detail, by its id.");
}

QString PortCommand::description() const
{
    return tr("Shows one port or socket of the node: its type, owner, addresses and state, everything "
              "erlang:port_info/1 says (socket:info/1 for sockets of the socket module), its statistics "
              "(inet:getstat/1, or a socket's counters), every option it answers (options the port does not have "
              "are marked unsupported) and its links and monitors. Give the id as the node prints it: #Port<0.5>, "
              "5 for the same port, or #Socket<0.1.2.3>.");
}

QList<QCommandLineOption> PortCommand::options() const
{
    return {formatOption(), prettyOption()};
}

bool PortCommand::looksLikePortId(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(#Port<\\d+\\.\\d+>|\\d+|#Socket<\\d+(\\.\\d+)+>)$"));
    return re.match(text.trimmed()).hasMatch();
}

int PortCommand::parse(const QCommandLineParser &p, const QStringList &args)
{
    if (args.isEmpty())
        return usageError(tr("'port' needs a port id, like #Port<0.5>, 5 or #Socket<0.1.2.3>."));
    if (args.size() > 1)
        return usageError(tr("Unexpected arguments: %1").arg(args.mid(1).join(QLatin1Char(' '))));
    m_target = args.first().trimmed();
    if (!looksLikePortId(m_target))
        return usageError(tr("'%1' is not a port id (write it like #Port<0.5>, 5 or #Socket<0.1.2.3>).").arg(m_target));
    return parseFormat(p);
}

void PortCommand::attach(NodeSession *session, const Context &context)
{
    Command::attach(session, context);
    session->setPaused(true); // one look: no ticks after the first
    PortInspector *inspector = session->portInspector();
    inspector->setTimeoutMs(context.timeoutMs);
    const Term key = Term::binary(m_target.toUtf8());
    // The inspector answers everyone who asks: only the replies for this text count.
    connect(inspector, &PortInspector::failed, this, [this, key](const Term &id, const QString &error) {
        if (id != key)
            return;
        m_err << tr("Could not read port %1: %2").arg(m_target, error) << Qt::endl;
        finish(RemoteError);
    });
    connect(inspector, &PortInspector::detailsReady, this, [this, key](const Term &id, const PortDetails &d) {
        if (isFinished() || id != key)
            return;
        print(d);
        if (!d.alive) {
            m_err << tr("No port %1 is open on %2.").arg(d.idText.isEmpty() ? m_target : d.idText, this->session()->nodeName())
                  << Qt::endl;
            finish(RemoteError);
            return;
        }
        finish(Ok);
    });
}

void PortCommand::start()
{
    session()->portInspector()->fetchDetailsByText(m_target);
}

void PortCommand::print(const PortDetails &d)
{
    const TermFormatter f = session()->formatter();
    if (isJson()) {
        QJsonObject doc;
        doc.insert(QStringLiteral("node"), session()->nodeName());
        doc.insert(QStringLiteral("port"), d.toJson(f));
        printJson(doc);
        return;
    }
    const QString id = d.idText.isEmpty() ? m_target : d.idText;
    m_out << (d.isSocket() ? tr("Socket %1 on %2") : tr("Port %1 on %2")).arg(id, session()->nodeName()) << '\n';
    writeText(m_out, d, f);
    m_out.flush();
}

void PortCommand::writeText(QTextStream &out, const PortDetails &d, const TermFormatter &f)
{
    const QLocale loc;
    auto line = [&out](const QString &label, const QString &value) {
        out << QStringLiteral("  ") << label.leftJustified(24) << QLatin1Char(' ') << value << '\n';
    };
    auto orDash = [](const QString &s) { return s.isEmpty() ? QStringLiteral("-") : s; };
    if (!d.alive) {
        line(tr("State"), tr("closed"));
        return;
    }
    line(tr("Type"), orDash(d.type));
    line(tr("Name"), orDash(d.name));
    const QString owner = d.ownerText(f);
    line(tr("Owner"), !d.owner.isPid() ? QStringLiteral("-")
                      : owner == f.pid(d.owner.nodeId()) ? owner
                                                         : tr("%1 (%2)").arg(f.pid(d.owner.nodeId()), owner));
    line(tr("State"), orDash(d.state));

    out << '\n' << tr("Addresses") << '\n';
    line(tr("Local"), orDash(d.local));
    line(tr("Peer"), orDash(d.peer));

    out << '\n' << (d.isSocket() ? tr("Socket info") : tr("Port info")) << '\n';
    if (d.info.isEmpty())
        out << QStringLiteral("  ") << tr("none") << '\n';
    for (const auto &kv : d.info)
        line(kv.first, f.format(kv.second));

    out << '\n' << tr("Statistics") << '\n';
    if (d.stats.isEmpty())
        out << QStringLiteral("  ") << tr("none for this kind of port") << '\n';
    for (const auto &kv : d.stats) {
        // Byte counters read as sizes too; the exact figure stays first.
        const bool bytes = kv.first.endsWith(QLatin1String("_oct")) || kv.first.endsWith(QLatin1String("_byte"));
        line(kv.first, bytes ? tr("%1 (%2)").arg(loc.toString(kv.second), loc.formattedDataSize(kv.second))
                             : loc.toString(kv.second));
    }

    out << '\n' << tr("Options") << '\n';
    if (d.options.isEmpty())
        out << QStringLiteral("  ") << tr("none for this kind of port") << '\n';
    for (const PortDetails::Option &o : d.options) {
        switch (o.status) {
        case PortDetails::Option::Status::Ok: line(o.name, f.format(o.value)); break;
        case PortDetails::Option::Status::Unsupported: line(o.name, tr("(unsupported)")); break;
        case PortDetails::Option::Status::Error: line(o.name, tr("(error: %1)").arg(f.format(o.value))); break;
        }
    }

    out << '\n' << tr("Links and monitors") << '\n';
    auto list = [&](const QString &label, const QVector<Term> &items, qint64 total) {
        QStringList texts;
        for (const Term &t : items)
            texts << f.format(t);
        if (total > items.size())
            texts << tr("%Ln more", nullptr, int(total - items.size()));
        line(tr("%1 (%L2)").arg(label).arg(total), texts.isEmpty() ? tr("none") : texts.join(QStringLiteral(", ")));
    };
    list(tr("Links"), d.links, d.linksTotal);
    list(tr("Monitors"), d.monitors, d.monitorsTotal);
    list(tr("Monitored by"), d.monitoredBy, d.monitoredByTotal);
}

} // namespace beamtop
