// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ptyprocess.h"

#include <QObject>
#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>

struct VTerm;
struct VTermScreen;

namespace beamtop::test {

// A terminal for tests: a program on a pseudo-terminal (PtyProcess) whose output goes through
// libvterm, an xterm-like emulator, so a test reads the screen the user would see — text
// row by row, each cell's colours and attributes, the alternate screen, the cursor and mouse
// modes — and types keys as that terminal would send them (in the modes the program set, such
// as application cursor keys, and the mouse protocol it asked for).
// Nothing here sleeps: waitFor() runs the event loop until the screen says what is awaited.
class VTermScreenTester : public QObject
{
    Q_OBJECT
public:
    // columns x rows; 100x30 unless a test needs another size.
    explicit VTermScreenTester(QSize size = QSize(100, 30), QObject *parent = nullptr);
    ~VTermScreenTester() override;

    // Text written on the primary screen before the program starts, as a shell prompt would be:
    // once the program ends, a restored terminal shows it again.
    void feed(const QByteArray &bytes);

    // The terminal type the program is told (TERM); xterm-256color unless set before start().
    void setTermType(const QString &term) { m_term = term; }

    // Starts program with TERM (above) and LANG/LC_ALL C.UTF-8 on top of env (empty: this
    // process's environment).
    bool start(const QString &program, const QStringList &args, const QProcessEnvironment &env = {},
               QString *error = nullptr);
    PtyProcess &process() { return m_pty; }

    // The screen as text: one string per row, trailing blanks removed; wide characters once.
    QStringList lines() const;
    QString line(int row) const;
    QString text() const; // lines() joined with '\n'
    bool contains(const QString &s, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    // The first row holding s, -1 if none.
    int rowOf(const QString &s, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    // The first row matching pattern, -1 if none.
    int rowMatching(const QString &pattern) const;
    QSize size() const { return m_size; }

    // Cells: the ones drawn with a colour other than the terminal's default foreground or
    // background ("row,col 'x'" each, at most max); the ones holding a character outside ASCII.
    QStringList colouredCells(int max = 10) const;
    QStringList nonAsciiCells(int max = 10) const;
    // The highest palette index any cell is drawn with (foreground or background, the default
    // colours left out): below 8 or 16 on a terminal of 8 colours; -1 when none is, 256 for a
    // colour given as RGB.
    int highestColourIndex() const;
    // Whether any cell of the screen is drawn in reverse video or bold.
    bool anyReverseOrBold() const;

    // What the program set on the terminal.
    bool altScreen() const { return m_altScreen; }
    bool cursorVisible() const { return m_cursorVisible; }
    int mouseMode() const { return m_mouseMode; } // VTERM_PROP_MOUSE_*: 0 none
    int altScreenEntered() const { return m_altScreenEntered; } // times it was switched on

    // Keys, as this terminal sends them.
    enum Key { Enter, Escape, Tab, Backspace, Up, Down, Left, Right, PageUp, PageDown, Home, End, F1, F5 };
    void type(const QString &text);  // printable characters
    void key(Key k);
    void ctrl(char letter);          // Ctrl+letter ('c' gives ^C)
    // A left click (button 1) or a wheel step (4 up, 5 down) at a cell, in the protocol the
    // program enabled (nothing is sent while mouseMode() is 0).
    void click(int column, int row, int button = 1);

    // A new size for the terminal and the emulator; the program gets SIGWINCH.
    void resize(QSize size);

    // Runs the event loop until done() or timeoutMs passes; whether done() came true. done() is
    // asked only while the program's output has paused (a frame is complete), so a test never
    // judges half a frame.
    bool waitFor(const std::function<bool()> &done, int timeoutMs = 15000);
    bool waitForText(const QString &s, int timeoutMs = 15000) { return waitFor([&] { return contains(s); }, timeoutMs); }
    // Waits until a frame has been drawn after this call (some output came) and the output has
    // then been quiet for quietMs: the screen is settled for the moment.
    bool waitForFrame(int timeoutMs = 10000, int quietMs = 150);

    // The screen framed for a failure message.
    QString dump();

private:
    void onData(const QByteArray &bytes);

    QSize m_size;
    QString m_term = QStringLiteral("xterm-256color");
    VTerm *m_vt = nullptr;
    VTermScreen *m_screen = nullptr;
    PtyProcess m_pty;
    bool m_altScreen = false;
    bool m_cursorVisible = true;
    int m_mouseMode = 0;
    int m_altScreenEntered = 0;
    qint64 m_outputCount = 0; // chunks of output read
    qint64 m_lastOutputMs = 0;
    QByteArray m_carry; // an escape sequence cut between two reads
};

} // namespace beamtop::test
