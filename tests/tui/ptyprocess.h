// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcessEnvironment>
#include <QSize>
#include <QStringList>

#include <sys/types.h>

class QSocketNotifier;

namespace beamtop::test {

// A program on a pseudo-terminal of a given size, as a user's terminal would run it (its stdin,
// stdout and stderr are the terminal, it leads its own session with the terminal as its
// controlling one): what the terminal-mode tests and bench_tui run beamtop-cli tui on. Output is
// read as it comes (dataRead, in the event loop); it is never interpreted here.
// The program is always ended: SIGKILL in the destructor if it still runs.
class PtyProcess : public QObject
{
    Q_OBJECT
public:
    explicit PtyProcess(QObject *parent = nullptr);
    ~PtyProcess() override;
    PtyProcess(const PtyProcess &) = delete;
    PtyProcess &operator=(const PtyProcess &) = delete;

    // Starts program with args on a new terminal of size (columns x rows). env: empty for this
    // process's environment; COLUMNS and LINES are always removed (curses would believe them
    // over the terminal's size). False with *error set when it could not start.
    bool start(const QString &program, const QStringList &args, const QProcessEnvironment &env, QSize size,
               QString *error = nullptr);

    pid_t pid() const { return m_pid; }
    int masterFd() const { return m_master; }
    QSize size() const { return m_size; }

    // What a user types (bytes as the terminal sends them).
    bool write(const QByteArray &bytes);
    // A new size: TIOCSWINSZ on the terminal, which sends SIGWINCH to the program.
    void resize(QSize size);
    void signal(int signalNumber);
    // The terminal goes away, as when an SSH session closes: the master side is closed and the
    // kernel sends the program SIGHUP; what it writes after that fails.
    void hangup();

    // Whether the program still runs (reaps it when it ended; reads what it left on the terminal).
    bool isRunning();
    // Runs the event loop until the program ends or timeoutMs passes; whether it ended.
    bool waitForFinished(int timeoutMs);
    bool exitedNormally() const { return m_exited; }
    int exitCode() const { return m_exitCode; }     // -1 unless it exited normally
    int exitSignal() const { return m_exitSignal; } // the signal that ended it, 0 if none
    // How it ended, for test messages ("exit code 0", "killed by signal 9", "running").
    QString endText() const;

    // Reads what is waiting now (the event loop does it too).
    void readAvailable();
    qint64 bytesRead() const { return m_bytesRead; }

    // SIGKILL and reap, if it still runs.
    void kill();

signals:
    void dataRead(const QByteArray &bytes);

private:
    void reap(int status);

    pid_t m_pid = -1;
    int m_master = -1;
    QSize m_size;
    QSocketNotifier *m_notifier = nullptr;
    bool m_running = false;
    bool m_exited = false;
    int m_exitCode = -1;
    int m_exitSignal = 0;
    qint64 m_bytesRead = 0;
};

} // namespace beamtop::test
