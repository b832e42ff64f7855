// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace beamtop {

namespace {
constexpr int HelpWidth = 80;
constexpr int NameColumnMax = 30;

// text in lines of at most width characters, broken between words.
QStringList wrap(const QString &text, int width)
{
    QStringList lines;
    QString current;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &w : words) {
        if (!current.isEmpty() && current.size() + 1 + w.size() > width) {
            lines << current;
            current.clear();
        }
        current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + w;
    }
    if (!current.isEmpty())
        lines << current;
    return lines;
}
} // namespace

Command::Command(QTextStream &out, QTextStream &err, QObject *parent) : QObject(parent), m_out(out), m_err(err) {}

void Command::attach(NodeSession *session, const Context &context)
{
    m_session = session;
    m_context = context;
}

void Command::interrupt(int signalNumber)
{
    finish(128 + signalNumber);
}

void Command::linkLost()
{
    finish(RemoteError);
}

QString Command::usageLine() const
{
    QString line = QStringLiteral("beamtop-cli ");
    if (needsNode())
        line += tr("[connection options]") + QLatin1Char(' ');
    line += name();
    if (!options().isEmpty())
        line += QLatin1Char(' ') + tr("[options]");
    if (!arguments().isEmpty())
        line += QLatin1Char(' ') + arguments();
    return line;
}

QString Command::optionHelp(const QList<QCommandLineOption> &options)
{
    QList<QPair<QString, QString>> rows;
    int width = 0;
    for (const QCommandLineOption &o : options) {
        if (o.flags() & QCommandLineOption::HiddenFromHelp)
            continue;
        QStringList names;
        for (const QString &n : o.names())
            names << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
        QString left = QStringLiteral("  ") + names.join(QStringLiteral(", "));
        if (!o.valueName().isEmpty())
            left += QStringLiteral(" <") + o.valueName() + QLatin1Char('>');
        rows.append({left, o.description()});
        if (left.size() <= NameColumnMax)
            width = qMax(width, int(left.size()));
    }
    const int column = width + 2;
    QString text;
    for (const auto &[left, description] : std::as_const(rows)) {
        // The description in a column of its own.
        const QStringList lines = wrap(description, HelpWidth - column);
        const QString indent(column, QLatin1Char(' '));
        if (left.size() > width) {
            text += left + QLatin1Char('\n');
            for (const QString &l : std::as_const(lines))
                text += indent + l + QLatin1Char('\n');
            continue;
        }
        for (int i = 0; i < lines.size(); ++i)
            text += (i == 0 ? left.leftJustified(column) : indent) + lines.at(i) + QLatin1Char('\n');
        if (lines.isEmpty())
            text += left + QLatin1Char('\n');
    }
    return text;
}

QString Command::helpText(const QList<QCommandLineOption> &connectionOptions) const
{
    QString text = tr("Usage: %1").arg(usageLine()) + QStringLiteral("\n\n") + wrap(description(), HelpWidth).join(QLatin1Char('\n'))
        + QStringLiteral("\n\n")
        + tr("Options:") + QLatin1Char('\n')
        + optionHelp(options() << QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")));
    if (needsNode())
        text += QLatin1Char('\n') + tr("Connection options:") + QLatin1Char('\n') + optionHelp(connectionOptions);
    return text;
}

int Command::usageError(const QString &message)
{
    m_err << message << '\n'
          << tr("Usage: %1").arg(usageLine()) << '\n'
          << tr("Run beamtop-cli help %1 for its options.").arg(name()) << Qt::endl;
    return Usage;
}

QCommandLineOption Command::formatOption() const
{
    const QStringList f = formats();
    return QCommandLineOption(QStringLiteral("format"), tr("How to write the output: %1 (default: %2).")
                                                            .arg(f.join(QStringLiteral(", ")), f.value(0)),
                              tr("FORMAT"), f.value(0));
}

QCommandLineOption Command::prettyOption() const
{
    return QCommandLineOption(QStringLiteral("pretty"), tr("Indent JSON output."));
}

int Command::parseFormat(const QCommandLineParser &p)
{
    const QStringList f = formats();
    m_format = p.isSet(QStringLiteral("format")) ? p.value(QStringLiteral("format")) : f.value(0);
    // "table": what top's text was called before every command had a text format.
    if (m_format == QLatin1String("table") && f.contains(QLatin1String("text")))
        m_format = QStringLiteral("text");
    if (!f.contains(m_format))
        return usageError(tr("--format is one of: %1.").arg(f.join(QStringLiteral(", "))));
    m_pretty = p.optionNames().contains(QStringLiteral("pretty")); // not every command has it
    return Ok;
}

void Command::printJson(const QJsonObject &doc, bool indent)
{
    m_out << QJsonDocument(doc).toJson(indent && m_pretty ? QJsonDocument::Indented : QJsonDocument::Compact).trimmed()
          << Qt::endl;
}

void Command::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_out.flush();
    m_err.flush();
    emit finished(exitCode);
}

} // namespace beamtop
