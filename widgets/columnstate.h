// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSettings;
class QWidget;

namespace beamtop {

// The column layout (order, widths, hidden columns, sort) of every table and tree in a page,
// kept in the settings under columns/<page id>/<view's object name>, so each table comes back
// as the user left it. Views without an object name are not kept.
namespace ColumnState {

void save(QSettings &settings, const QString &pageId, QWidget *page);
// A ranking page's sort is the node's: restoring it ranks by the saved column.
void restore(const QSettings &settings, const QString &pageId, QWidget *page);

} // namespace ColumnState

} // namespace beamtop
