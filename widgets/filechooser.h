#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace beamtop {

// The file dialogs of the profile dialogs, behind one seam: a test sets an answerer and the
// dialog is never shown (a native file dialog cannot be driven offscreen).
class FileChooser
{
public:
    enum class Mode { Open, Save };
    // Gets the mode and the dialog's caption; returns the path chosen ("" cancels).
    using Answerer = std::function<QString(Mode mode, const QString &caption)>;

    static QString openFile(QWidget *parent, const QString &caption, const QString &dir, const QString &filter = {});
    static QString saveFile(QWidget *parent, const QString &caption, const QString &path, const QString &filter = {});
    // Tests only; an empty answerer brings the dialogs back.
    static void setAnswerer(Answerer answerer);
};

} // namespace beamtop
