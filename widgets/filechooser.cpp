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

} // namespace beamtop
