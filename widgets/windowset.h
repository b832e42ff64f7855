// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>

namespace beamtop {

// The details windows a page opened, one per entity (by a key text): asking again for an open
// one raises it instead of opening a second. Windows close themselves (and delete on close);
// the set forgets them then.
template <typename Window>
class WindowSet
{
public:
    // The open window for key, shown, raised and activated; nullptr when there is none.
    Window *raise(const QString &key)
    {
        m_windows.removeIf([](const auto &it) { return it.value().isNull(); });
        Window *w = m_windows.value(key);
        if (w) {
            w->show();
            w->raise();
            w->activateWindow();
        }
        return w;
    }
    void insert(const QString &key, Window *w) { m_windows.insert(key, w); }
    QList<Window *> windows() const
    {
        QList<Window *> out;
        for (const auto &w : m_windows) {
            if (w)
                out << w;
        }
        return out;
    }
    // The windows belong to the main window; they outlive their page only until it goes.
    void closeAll()
    {
        for (const auto &w : std::as_const(m_windows)) {
            if (w)
                w->close();
        }
    }

private:
    QHash<QString, QPointer<Window>> m_windows;
};

} // namespace beamtop
