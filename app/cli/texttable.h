// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>
#include <QVector>

namespace beamtop {

// Rows of cells as aligned columns for people: each column as wide as its widest cell, the
// first leftColumns columns left-aligned (text), the others right-aligned (figures).
void writeTextTable(QTextStream &out, const QVector<QStringList> &rows, int leftColumns);

} // namespace beamtop
