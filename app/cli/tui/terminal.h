// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSize>
#include <QString>

class QSocketNotifier;

namespace beamtop::tui {

// How the screen may be coloured: 256 colours where the terminal has them, the 8 basic ones
// otherwise, none with NO_COLOR, --no-color or a terminal without colours.
enum class ColorMode { None, Basic8, Colors256 };

// What a drawing asks for; Terminal maps each role to a colour pair (or bold/reverse without
// colours), so pages never pick colours themselves.
enum class Role {
    Normal,
    Dim,       // secondary text, placeholders ("…")
    Header,    // table headers, section titles
    Selected,  // the selected row
    TopBar,    // the page list at the top
    TopBarActive,
    Status,    // the status line at the bottom
    Banner,    // "the link is lost" and other notices over the screen
    Good,      // bars' filled part when fine
    Warning,
    Critical,
    Accent,    // keys in help texts, the sort column's header
};

// One key or mouse event.
struct Key
{
    enum Type { Char, Up, Down, Left, Right, PageUp, PageDown, Home, End, Enter, Escape, Tab, BackTab,
                Backspace, Delete, F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, Resize, Mouse, Other };
    Type type = Other;
    char32_t ch = 0;       // Type Char: the character typed ('q', 'M', '/', ...)
    bool ctrl = false;     // Ctrl held (Char: ch is the letter, lower case)
    // Type Mouse: the cell, and which button (1 left, 3 right) or the wheel (4 up, 5 down).
    int x = 0, y = 0, button = 0;

    bool isChar(char32_t c) const { return type == Char && ch == c && !ctrl; }
};

// The terminal, through ncursesw: the alternate screen, raw keys, colours, mouse. Output is
// ncurses' own difference: a frame writes only the cells that changed since the last one.
// The terminal is restored by close(), which runs however Beamtop ends (q, Ctrl+C, SIGTERM,
// SIGHUP, a lost connection, an exception: the destructor and an atexit handler call it), and
// which may be called more than once.
class Terminal : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool color = true;  // false: --no-color (NO_COLOR in the environment also turns it off)
        bool ascii = false; // --ascii: lines, bars and sparklines in plain ASCII
        bool mouse = true;
    };

    explicit Terminal(QObject *parent = nullptr);
    ~Terminal() override;

    // Takes over the terminal (stdout must be a terminal; keys come from stdin, or from
    // /dev/tty when stdin is a pipe). False with *error set otherwise ("beamtop-cli tui needs
    // a terminal: standard output is not one").
    bool open(const Options &options, QString *error);
    // What open() checks, without taking the terminal: before connecting to a node, so that a
    // pipe or an unknown TERM is said before anything happens on the node.
    static bool usable(QString *error);
    void close();
    bool isOpen() const { return m_open; }

    QSize size() const; // columns x rows
    ColorMode colorMode() const { return m_colorMode; }
    bool ascii() const { return m_ascii; }

    // A frame: clear what is not drawn again, draw, then flush() sends the differences.
    void erase();
    void flush();
    // The next flush() sends every cell, not the differences: after something else wrote to
    // the terminal (Ctrl+L asks for it).
    void redrawAll();

    // Drawing, clipped to the screen; x, y in cells. Text wider than width is cut with "…"
    // ("..." in ASCII); width < 0: to the right edge. Wide characters take two cells.
    // Returns the cells written.
    int text(int x, int y, const QString &s, Role role = Role::Normal, int width = -1);
    void fill(int x, int y, int width, int height, Role role);
    void hline(int x, int y, int width, Role role = Role::Dim);
    // A horizontal bar of width cells, filled to fraction (0..1) with eighth-cell precision
    // (whole cells in ASCII: '#'), label drawn over it, readable over both parts.
    void bar(int x, int y, int width, double fraction, Role fill, const QString &label = {});
    // Values as a sparkline over width cells (the last width values; ▁▂▃▄▅▆▇█, or "_.-=^"
    // in ASCII), scaled from 0 (or the least value when negative) to max (or the greatest
    // value when max <= 0). NaN is a blank.
    void sparkline(int x, int y, int width, const QVector<double> &values, double max = 0, Role role = Role::Accent);

    // Display width of s in cells (wide characters count two).
    static int width(const QString &s);
    // s cut to fit width cells, with "…" (or "...") when cut.
    QString elide(const QString &s, int width) const;

signals:
    // Every key and mouse event, Resize when the terminal changed size (draw again).
    void keyPressed(const beamtop::tui::Key &key);

private:
    void readInput();

    bool m_open = false;
    bool m_ascii = false;
    ColorMode m_colorMode = ColorMode::None;
    QSocketNotifier *m_input = nullptr;
};

} // namespace beamtop::tui
