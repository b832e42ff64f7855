#pragma once

#include <QWidget>

#include <memory>

class QAbstractItemModel;

namespace beamtop {

// Beamtop's one chart widget. Qt Charts is deprecated (Qt 6.10), so every QChart stays inside
// this class: the rest of the code gives it a model and never sees a chart type. It follows
// the palette (light/dark), greys out when the data is stale, and saves itself as PNG or SVG
// from its context menu.
class ChartWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Kind {
        Pie, // one slice per included row (line charts arrive with the load charts page)
    };

    explicit ChartWidget(Kind kind, QWidget *parent = nullptr);
    ~ChartWidget() override;

    // Rows of model become slices or bars: the label from labelColumn's DisplayRole, the value
    // from valueColumn's valueRole (a number), the tooltip from valueColumn's DisplayRole. With
    // includeRole >= 0, only rows whose includeRole data is true take part.
    void setModel(QAbstractItemModel *model, int labelColumn, int valueColumn, int valueRole, int includeRole = -1);
    void setTitle(const QString &title);
    void setStale(bool stale);

    // By suffix: .svg writes SVG, anything else a PNG.
    bool saveImage(const QString &path) const;

    // For tests: the parts as shown.
    int partCount() const;
    QString partLabel(int i) const;
    double partValue(int i) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void rebuild();
    void applyTheme();
    void saveAs();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace beamtop
