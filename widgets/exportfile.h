#pragma once

#include <QCoreApplication>
#include <QSaveFile>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

class QWidget;

namespace beamtop {

// A file written atomically: everything goes to a temporary file beside the target, which
// replaces the target only on commit(). A cancelled or failed export leaves the old file (or
// none) in place. Written in pieces, so a long export never holds all of itself in memory.
// Every failure has a sentence for people in error().
class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)
public:
    explicit ExportFile(const QString &path);
    ~ExportFile(); // an uncommitted file is discarded

    bool open();
    bool write(const QByteArray &data);
    bool commit();
    void cancel();
    bool isOpen() const { return m_file.isOpen(); }
    QString error() const { return m_error; }
    QString path() const { return m_path; }

    // The whole file in one go.
    static bool writeAll(const QString &path, const QByteArray &data, QString *error);

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
    // (Tests answer the dialog through FileChooser::setAnswerer.)

    // RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.
    static QString csvField(const QString &text);
    static QByteArray csvLine(const QStringList &fields); // with CRLF, UTF-8

private:
    void fail(const QString &what);

    QString m_path;
    QSaveFile m_file;
    QString m_error;
};

} // namespace beamtop
