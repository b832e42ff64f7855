#pragma once
// Shared by the model tests: the signals a model emits, counted, so a test can say that a
// refresh changed rows in place rather than resetting the model; the pages every ranked table
// model must take.

#include <QAbstractItemModel>
#include <QSignalSpy>
#include <QString>

namespace beamtop::test {

struct ModelSpies
{
    explicit ModelSpies(QAbstractItemModel *m)
        : reset(m, &QAbstractItemModel::modelReset),
          changed(m, &QAbstractItemModel::dataChanged),
          inserted(m, &QAbstractItemModel::rowsInserted),
          removed(m, &QAbstractItemModel::rowsRemoved),
          layout(m, &QAbstractItemModel::layoutChanged)
    {
    }
    void clear()
    {
        reset.clear();
        changed.clear();
        inserted.clear();
        removed.clear();
        layout.clear();
    }
    QSignalSpy reset, changed, inserted, removed, layout;
};

// Applies the pages a ranked table goes through (RankedTableModel::applyPage): the first,
// a grown ranking, a scrolled window, a ranking shrunk below the held rows' end, then below
// their start. page(total, offset, count) makes one of the model's pages. Empty when the
// model took every page, else the first it refused. Run it under a QAbstractItemModelTester.
template <typename Model, typename PageOf>
QString applyRankedLifecycle(Model &m, PageOf page)
{
    struct Step
    {
        int total, offset, count;
        const char *what;
    };
    const Step steps[] = {{300, 0, 50, "first"},
                          {305, 0, 50, "grows"},
                          {305, 120, 80, "scrolled"},
                          {150, 120, 80, "shrinks below the held rows' end"},
                          {100, 120, 80, "shrinks below the held rows' start"}};
    for (const Step &s : steps)
        if (!m.applyPage(page(s.total, s.offset, s.count)))
            return QString::fromLatin1(s.what);
    return {};
}

} // namespace beamtop::test
