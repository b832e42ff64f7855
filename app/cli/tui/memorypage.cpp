// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorypage.h"

#include "tuiparts.h"
#include "tuiscreen.h"
#include "tuitreerows.h"

#include "alloctreemodel.h"
#include "format.h"
#include "memorymodel.h"

#include "collect/alloccollector.h"
#include "collect/allocfindings.h"
#include "collect/systemsample.h"
#include "session/nodesession.h"

namespace beamtop::tui {

namespace {
// Below this width the two halves go one above the other.
constexpr int SideBySideWidth = 110;
constexpr int MemoryWidth = 44;
// Findings shown at most (worst first); the rest are counted.
constexpr int MaxFindings = 3;
} // namespace

MemoryPage::MemoryPage(TuiScreen *screen)
    : TuiPage(screen), m_memory(new MemoryModel(this)), m_alloc(new AllocTreeModel(this)),
      m_allocRows(new TuiTreeRows(m_alloc, this))
{
    // The allocators are read every tick whatever is shown (the history records them): no feed.
    m_memoryTable.setModel(m_memory);
    m_allocTable.setModel(m_allocRows);
    m_allocTable.setColumns({AllocTreeModel::Name, AllocTreeModel::CarriersSize, AllocTreeModel::BlocksSize,
                             AllocTreeModel::Usage, AllocTreeModel::Unused, AllocTreeModel::Instances,
                             AllocTreeModel::MbcsCarriers, AllocTreeModel::SbcsCarriers, AllocTreeModel::AvgMbcsBlock,
                             AllocTreeModel::AvgSbcsBlock, AllocTreeModel::CarriersSizeMax});
    connect(m_allocRows, &TuiTreeRows::rebuilt, this, [this] { emit changed(); });
}

void MemoryPage::clear()
{
    m_memory->clear();
    m_alloc->clear();
    m_hasMemory = false;
    m_lastAlloc.reset();
    m_allocError.clear();
}

void MemoryPage::setSession(NodeSession *s)
{
    if (NodeSession *old = session()) {
        disconnect(old, nullptr, this, nullptr);
        disconnect(old->allocators(), nullptr, this, nullptr);
        old->allocators()->setInstanceTypes({});
    }
    TuiPage::setSession(s);
    const QString node = s ? s->nodeName() : QString();
    if (!s || node != m_shownNode)
        clear(); // another node's memory must not stay
    m_shownNode = node;
    if (s) {
        connect(s, &NodeSession::sampleReady, this, &MemoryPage::onSystem);
        connect(s, &NodeSession::stateChanged, this, [this] {
            updateInstanceTypes();
            emit changed();
        });
        connect(s->allocators(), &AllocCollector::sampleReady, this, &MemoryPage::onAlloc);
        connect(s->allocators(), &AllocCollector::failed, this, [this](const QString &error) {
            m_allocError = error;
            emit changed();
        });
        if (s->lastSample())
            onSystem(*s->lastSample());
        if (s->allocators()->last())
            onAlloc(*s->allocators()->last());
        updateInstanceTypes();
    }
    emit changed();
}

void MemoryPage::shown()
{
    updateInstanceTypes();
}

void MemoryPage::hidden()
{
    updateInstanceTypes();
}

void MemoryPage::updateInstanceTypes()
{
    NodeSession *s = session();
    if (!s)
        return;
    QStringList types;
    if (isShown()) {
        for (const QString &path : m_allocRows->expanded())
            if (!path.contains(TuiTreeRows::PathSeparator))
                types << path;
        types.sort();
    }
    if (types != s->allocators()->instanceTypes())
        s->allocators()->setInstanceTypes(types, isShown() && s->isLive());
}

void MemoryPage::onSystem(const SystemSample &sample)
{
    m_memory->setSample(sample);
    m_hasMemory = true;
    emit changed();
}

void MemoryPage::onAlloc(const AllocSample &sample)
{
    m_allocError.clear();
    m_lastAlloc = sample;
    m_alloc->setSample(sample); // the rows follow at the next turn (TuiTreeRows::rebuilt)
    emit changed();
}

void MemoryPage::render(Terminal &t, const QRect &area)
{
    m_allocRows->setAscii(t.ascii()); // the expand marks; nothing happens when it is the same
    if (!m_hasMemory && !m_lastAlloc) {
        TuiParts::titleLine(t, area.left(), area.top(), area.width(), tr("Memory"), {});
        TuiParts::paragraph(t, area.adjusted(0, 2, 0, 0), TuiParts::waitingText(session(), tr("Reading memory…")));
        return;
    }
    if (area.width() >= SideBySideWidth) {
        renderMemory(t, QRect(area.left(), area.top(), MemoryWidth, area.height()));
        renderAllocators(t, QRect(area.left() + MemoryWidth + 2, area.top(), area.width() - MemoryWidth - 2, area.height()));
        return;
    }
    // One above the other: the memory table takes what it needs up to half the page.
    const int memoryHeight = qMin(m_memory->rowCount() + 2, qMax(3, area.height() / 2));
    renderMemory(t, QRect(area.left(), area.top(), area.width(), memoryHeight));
    renderAllocators(t, QRect(area.left(), area.top() + memoryHeight, area.width(), area.height() - memoryHeight));
}

void MemoryPage::renderMemory(Terminal &t, const QRect &area)
{
    if (area.height() <= 0)
        return;
    QStringList parts;
    if (session() && session()->lastSample())
        parts << tr("total %1").arg(Format::bytes(session()->lastSample()->memory.total));
    TuiParts::focusTitleLine(t, area.left(), area.top(), area.width(), tr("Memory"), m_memoryFocus, parts);
    if (area.height() > 1)
        m_memoryTable.render(t, area.adjusted(0, 1, 0, 0));
}

void MemoryPage::renderAllocators(Terminal &t, const QRect &area)
{
    if (area.height() <= 0)
        return;
    QStringList parts;
    QVector<AllocFinding> findings;
    if (m_lastAlloc) {
        const AllocSample::Totals &tot = m_lastAlloc->totals;
        parts << tr("%1 in carriers, %2 used").arg(Format::bytes(tot.allocated), Format::percent(tot.usage()));
        if (tot.rss)
            parts << tr("RSS %1").arg(Format::bytes(*tot.rss));
        findings = AllocFindings::evaluate(*m_lastAlloc);
    }
    if (!m_allocError.isEmpty())
        parts << tr("could not be read: %1").arg(m_allocError);
    TuiParts::focusTitleLine(t, area.left(), area.top(), area.width(), tr("Allocators"), !m_memoryFocus, parts);
    int y = area.top() + 1;
    // The findings come first, but leave the table at least a header and a few rows.
    const int room = qMax(0, qMin(MaxFindings, area.height() - 6));
    for (int i = 0; i < findings.size() && i < room; ++i) {
        const AllocFinding &f = findings.at(i);
        QString line = f.subject + QStringLiteral(": ") + f.text;
        if (!f.flags.isEmpty())
            line += QStringLiteral(" (") + f.flags.join(QStringLiteral(", ")) + QLatin1Char(')');
        t.text(area.left(), y++, line, f.severity == AllocFinding::Severity::Warning ? Role::Warning : Role::Dim,
               area.width());
    }
    if (findings.size() > room && room > 0)
        t.text(area.left(), y - 1, tr("… and %Ln more findings", nullptr, int(findings.size()) - room + 1), Role::Dim,
               area.width());
    const QRect table(area.left(), y, area.width(), area.bottom() - y + 1);
    if (m_allocRows->rowCount() == 0) {
        NodeSession *s = session();
        if (table.height() <= 0 || !m_allocError.isEmpty())
            return; // the title line says why
        if (s && s->isLive() && !s->allocators()->isAvailable())
            TuiParts::paragraph(t, table,
                                tr("The allocators are read by the agent, which is not loaded on %1.").arg(m_shownNode));
        else
            TuiParts::paragraph(t, table, TuiParts::waitingText(s, tr("Reading the allocators…")));
        return;
    }
    if (table.height() > 1)
        m_allocTable.render(t, table);
}

bool MemoryPage::handleKey(const Key &key)
{
    if (key.isChar(U'm')) {
        m_memoryFocus = !m_memoryFocus;
        emit changed();
        return true;
    }
    if (key.type == Key::Mouse) {
        if (m_memoryTable.handleKey(key)) {
            m_memoryFocus = true;
            emit changed();
            return true;
        }
        if (m_allocTable.handleKey(key)) {
            m_memoryFocus = false;
            emit changed();
            return true;
        }
        return false;
    }
    if (!m_memoryFocus) {
        const int row = m_allocTable.currentRow();
        const bool valid = row >= 0 && row < m_allocRows->rowCount();
        const QString path = valid ? m_allocRows->pathAt(row) : QString();
        if ((key.type == Key::Right || key.type == Key::Enter) && valid && m_allocRows->isExpandable(row)) {
            m_allocRows->setExpanded(path, key.type == Key::Right || !m_allocRows->isExpanded(row));
            updateInstanceTypes();
            emit changed();
            return true;
        }
        if (key.type == Key::Left && valid) {
            if (m_allocRows->isExpanded(row)) {
                m_allocRows->setExpanded(path, false);
                updateInstanceTypes();
            } else {
                const int parent = m_allocRows->rowOf(TuiTreeRows::parentPath(path));
                if (parent >= 0)
                    m_allocTable.setCurrentRow(parent);
            }
            emit changed();
            return true;
        }
    }
    if ((m_memoryFocus ? m_memoryTable : m_allocTable).handleKey(key)) {
        emit changed();
        return true;
    }
    return false;
}

QVector<QPair<QString, QString>> MemoryPage::keyHelp() const
{
    return {{tr("Enter, Right"), tr("show an allocator's instances")},
            {tr("Left"), tr("hide them, or go to the allocator")},
            {QStringLiteral("m"), tr("move in the memory table or the allocators")}};
}

QString MemoryPage::hint() const
{
    return tr("Enter/Right instances · Left back · m memory/allocators");
}

} // namespace beamtop::tui
