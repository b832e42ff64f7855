// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHeaderView>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVector>

class QAbstractItemModel;
class QAbstractItemView;

namespace beamtop {

// Keeps a view's columns within its width, so no page needs a horizontal scroll bar at the
// sizes Beamtop is used at (1280×800 and up). Contents: columns as wide as their contents
// while they fit; when they do not, the widest are narrowed to one common width (their text
// elided) and the narrow ones (numbers) keep theirs; back to the view's own resize modes once
// the contents fit again. Scale: columns the user may resize (a ranking's em widths) are
// scaled down together when the view becomes narrower than their total; wider again, they stay.
class ColumnFit : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Contents, Scale };

    // Owned by view; header is the view's horizontal header.
    static ColumnFit *install(QAbstractItemView *view, QHeaderView *header, Mode mode);

    // Fits now (normally soon after the model or the width changed).
    void fit();
    // Contents: the model whose changes may change the columns' widths (the view's model, set
    // after install); fits again soon after each change.
    void watch(QAbstractItemModel *model);
    // The header's saveState() with the view's own resize modes, not the narrowed ones.
    QByteArray headerState() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ColumnFit(QAbstractItemView *view, QHeaderView *header, Mode mode);
    void fitContents();
    void scale();

    QAbstractItemView *m_view;
    QHeaderView *m_header;
    Mode m_mode;
    QTimer m_timer;
    QVector<QHeaderView::ResizeMode> m_modes; // the view's own, while narrowed
    QPointer<QAbstractItemModel> m_model;
    bool m_narrowed = false;
    bool m_fitting = false;
};

} // namespace beamtop
