// SPDX-License-Identifier: GPL-3.0-or-later
#include "languages.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace beamtop {

QStringList Languages::install(QCoreApplication *app, const QLocale &locale)
{
    QStringList loaded;
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        loaded << qt->filePath();
    } else {
        delete qt;
    }
    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("beamtop"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral(":/i18n/beamtop_en.qm"))) {
        QCoreApplication::installTranslator(own);
        loaded << own->filePath();
    } else {
        delete own;
    }
    return loaded;
}

QStringList Languages::available()
{
    QStringList out;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("beamtop_*.qm")});
    for (const QString &f : files)
        out << f.mid(8, f.size() - 8 - 3);
    return out;
}

} // namespace beamtop
