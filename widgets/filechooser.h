// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

class QWidget;

namespace beamtop {

// Every file dialog Beamtop shows goes through here: one seam where a test answers instead of
// the dialog (a native file dialog cannot be driven offscreen).
class FileChooser
{
    Q_DECLARE_TR_FUNCTIONS(FileChooser)
public:
    enum class Mode { Open, Save };
    // What a dialog was asked. chosenFilter is the index into filters shown selected; an answerer
    // may change it, as a user picking another filter does.
    struct Request
    {
        Mode mode = Mode::Open;
        QString caption;
        QString suggestedPath;
        QStringList filters;
        int chosenFilter = 0;
    };
    // Returns the path chosen ("" cancels).
    using Answerer = std::function<QString(Request &request)>;

    static QString openFile(QWidget *parent, const QString &caption, const QString &dir, const QString &filter = {});
    // filters like "CSV (*.csv)"; *chosenFilter (if given) in: the one shown first, out: the
    // one the user picked.
    static QString saveFile(QWidget *parent, const QString &caption, const QString &path, const QStringList &filters = {},
                            int *chosenFilter = nullptr);
    // Tests only; an empty answerer brings the dialogs back.
    static void setAnswerer(Answerer answerer);

    // A choice in a save dialog: "PNG image" for "png".
    struct Filter
    {
        QString description;
        QString suffix; // without the dot
    };
    // Asks where to save. The filter the user picks decides the suffix: a name ending in another
    // filter's suffix gets the chosen one instead, a name without it gets it added (a PNG saved
    // as "chart.png" with SVG chosen becomes "chart.svg"). Empty when cancelled.
    static QString askSavePath(QWidget *parent, const QString &caption, const QString &suggestedPath,
                               const QVector<Filter> &filters);
    // The name with the suffix of filters[chosen], as above.
    static QString withChosenSuffix(const QString &path, const QVector<Filter> &filters, int chosen);
};

} // namespace beamtop
