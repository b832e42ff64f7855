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
    if (answerer())
        return answerer()(Mode::Open, caption);
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileChooser::saveFile(QWidget *parent, const QString &caption, const QString &path, const QString &filter)
{
    if (answerer())
        return answerer()(Mode::Save, caption);
    return QFileDialog::getSaveFileName(parent, caption, path, filter);
}

void FileChooser::setAnswerer(Answerer a)
{
    answerer() = std::move(a);
}

} // namespace beamtop
