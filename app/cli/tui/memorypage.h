// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tuipage.h"
#include "tuitable.h"

#include "collect/allocsample.h"

#include <optional>

namespace beamtop {
class AllocTreeModel;
class MemoryModel;
struct SystemSample;
} // namespace beamtop

namespace beamtop::tui {

class TuiTreeRows;

// The node's memory (erlang:memory, MemoryModel) and its allocators (AllocTreeModel: one row
// per allocator type, its instances under it once expanded with Enter or Right), with what the
// allocator reading says in plain words (AllocFindings): the desktop's Memory page in a
// terminal. Side by side on a wide terminal, one above the other on a narrow one; m moves the
// arrows between the two.
class MemoryPage : public TuiPage
{
    Q_OBJECT
public:
    explicit MemoryPage(TuiScreen *screen);

    char key() const override { return '4'; }
    QString title() const override { return tr("Memory"); }
    void setSession(NodeSession *session) override;
    void render(Terminal &t, const QRect &area) override;
    bool handleKey(const Key &key) override;
    QVector<QPair<QString, QString>> keyHelp() const override;
    QString hint() const override;

    AllocTreeModel *allocModel() const { return m_alloc; }
    TuiTreeRows *allocRows() const { return m_allocRows; }

protected:
    void shown() override;
    void hidden() override;

private:
    void onSystem(const SystemSample &sample);
    void onAlloc(const AllocSample &sample);
    // Tells the collector which types' instances the expanded rows want (none while hidden).
    void updateInstanceTypes();
    void renderMemory(Terminal &t, const QRect &area);
    void renderAllocators(Terminal &t, const QRect &area);
    void clear();

    MemoryModel *m_memory;
    AllocTreeModel *m_alloc;
    TuiTreeRows *m_allocRows;
    TuiTable m_memoryTable, m_allocTable;
    bool m_memoryFocus = false; // the arrows move in the memory table
    bool m_hasMemory = false;
    std::optional<AllocSample> m_lastAlloc;
    QString m_allocError;
    QString m_shownNode;
};

} // namespace beamtop::tui
