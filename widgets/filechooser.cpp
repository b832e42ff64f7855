// SPDX-License-Identifier: GPL-3.0-or-later
#include "filechooser.h"

#include <QFileDialog>

namespace beamtop {

namespace {
FileChooser::Answerer &answerer()
{
    static FileChooser::Answerer a;
    return a;
}
} // namespace

QString FileChooser::openFile(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    if (answerer()) {
        Request r{Mode::Open, caption, dir, filter.isEmpty() ? QStringList() : filter.split(QStringLiteral(";;")), 0};
        return answerer()(r);
    }
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileChooser::saveFile(QWidget *parent, const QString &caption, const QString &path, const QStringList &filters,
                              int *chosenFilter)
{
    const int shown = chosenFilter ? qBound(0, *chosenFilter, qMax(0, int(filters.size()) - 1)) : 0;
    if (answerer()) {
        Request r{Mode::Save, caption, path, filters, shown};
        const QString answer = answerer()(r);
        if (chosenFilter)
            *chosenFilter = r.chosenFilter;
        return answer;
    }
    QString selected = filters.value(shown);
    const QString answer = QFileDialog::getSaveFileName(parent, caption, path, filters.join(QStringLiteral(";;")), &selected);
    if (chosenFilter)
        *chosenFilter = qMax(0, int(filters.indexOf(selected)));
    return answer;
}

void FileChooser::setAnswerer(Answerer a)
{
    answerer() = std::move(a);
}

QString FileChooser::withChosenSuffix(const QString &path, const QVector<Filter> &filters, int chosen)
{
    if (path.isEmpty() || chosen < 0 || chosen >= filters.size())
        return path;
    const QString wanted = QLatin1Char('.') + filters.at(chosen).suffix;
    if (path.endsWith(wanted, Qt::CaseInsensitive))
        return path;
    for (const Filter &f : filters) {
        const QString other = QLatin1Char('.') + f.suffix;
        if (path.endsWith(other, Qt::CaseInsensitive))
            return path.left(path.size() - other.size()) + wanted;
    }
    return path + wanted;
}

QString FileChooser::askSavePath(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                const QVector<Filter> &filters)
{
    QStringList names;
    for (const Filter &f : filters)
        names << tr("%1 (*.%2)").arg(f.description, f.suffix);
    // The suggestion's suffix picks the filter shown first.
    int chosen = 0;
    for (int i = 0; i < filters.size(); ++i) {
        if (suggestedPath.endsWith(QLatin1Char('.') + filters.at(i).suffix, Qt::CaseInsensitive))
            chosen = i;
    }
    const QString path = FileChooser::saveFile(parent, caption, suggestedPath, names, &chosen);
    return withChosenSuffix(path, filters, chosen);
}

} // namespace beamtop
