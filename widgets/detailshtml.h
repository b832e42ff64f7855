// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace beamtop {

// The pieces every details window's HTML is made of (ProcessDetailsHtml, PortDetailsHtml), so
// the tabs of a process and of a port read alike.
namespace DetailsHtml {

QString esc(const QString &s);
QString section(const QString &title); // a heading
QString tableStart();                  // a table of label/value rows follows
QString paragraph(const QString &text);
// A row of a label (bold, escaped) and a value already in HTML.
QString row(const QString &label, const QString &valueHtml);
// A size as people read it with the exact figure beside it for copying: "1.2 MiB (1,258,291 bytes)".
QString bytes(qint64 n);

} // namespace DetailsHtml

} // namespace beamtop
