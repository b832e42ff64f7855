#include "node/eiruntime.h"

#include <QApplication>
#include <QLabel>

int main(int argc, char **argv)
{
    beamtop::initEiRuntime();
    QApplication app(argc, argv);
    QLabel l(QObject::tr("Beamtop"));
    l.show();
    return QApplication::exec();
}
