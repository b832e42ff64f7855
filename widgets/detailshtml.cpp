// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailshtml.h"

#include "format.h"

#include <QCoreApplication>

namespace beamtop {

namespace DetailsHtml {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString section(const QString &title)
{
    return QStringLiteral("<h3>") + esc(title) + QStringLiteral("</h3>");
}

QString tableStart()
{
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>") + esc(text) + QStringLiteral("</p>");
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td valign=\"top\"><b>%1</b></td><td>%2</td></tr>").arg(esc(label), valueHtml);
}

QString bytes(qint64 n)
{
    return esc(QCoreApplication::translate("DetailsHtml", "%1 (%2)").arg(Format::bytes(n), Format::exactBytes(n)));
}

} // namespace DetailsHtml

} // namespace beamtop
