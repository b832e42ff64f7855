// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace beamtop {

// SIGINT, SIGTERM and SIGHUP as a Qt signal, for a command that must end cleanly (close its document,
// detach from the node) rather than die mid-write. The handler only writes the signal's number
// to a socket pair (the self-pipe trick, the one thing that is safe there); a QSocketNotifier
// reads it in the event loop and emits received(). One watcher per process.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override; // puts the previous handlers back

    // False when the socket pair or the handlers could not be set up (the signals then act as before).
    bool isActive() const { return m_notifier != nullptr; }

signals:
    void received(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace beamtop
