#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace beamtop {

// Every file dialog Beamtop shows goes through here: one seam where a test answers instead of
// the dialog (a native file dialog cannot be driven offscreen).
class FileChooser
{
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
};

} // namespace beamtop
