// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminal.h"

#include <QMutex>
#include <QSocketNotifier>
#include <QThread>
#include <QStringList>
#include <QVector>

#include <cerrno>
#include <clocale>
#include <cmath>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <utility>
#include <cwchar>
#include <fcntl.h>
#include <langinfo.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>

// ncurses' function-like macros (hline, erase, refresh, ...) would rewrite our own names.
#define NCURSES_NOMACROS
#include <ncurses.h>
#include <term.h>

namespace beamtop::tui {

namespace {

// What the crash handlers and atexit need, outside any object: they may run when the Terminal
// is half gone. Only async-signal-safe calls use them.
Terminal *s_openTerminal = nullptr;
// Keys come from stdin, or from /dev/tty when stdin is a pipe (--cookie-stdin).
FILE *s_inFile = nullptr;
int s_inFd = STDIN_FILENO;
struct termios s_savedTermios;
bool s_haveTermios = false;
bool s_atexitInstalled = false;
int s_winchFds[2] = {-1, -1};
struct sigaction s_previousWinch;
constexpr int CrashSignals[] = {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL};
struct sigaction s_previousCrash[std::size(CrashSignals)];

// Leaves the alternate screen, shows the cursor, resets attributes, turns mouse reports off.
constexpr char RestoreSequence[] = "\033[0m\033[?1000l\033[?1002l\033[?1003l\033[?1006l\033[?25h\033[?1049l\r\n";

extern "C" void onWinch(int)
{
    const int saved = errno;
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(s_winchFds[0], &byte, 1);
    errno = saved;
}

// A crash: put the terminal back with what is safe in a handler (no ncurses), then die the
// same way with the default action.
extern "C" void onCrash(int number)
{
    if (s_openTerminal) {
        if (s_haveTermios)
            ::tcsetattr(s_inFd, TCSANOW, &s_savedTermios);
        [[maybe_unused]] const ssize_t n = ::write(STDOUT_FILENO, RestoreSequence, sizeof RestoreSequence - 1);
    }
    ::signal(number, SIG_DFL);
    ::raise(number);
}

void restoreAtExit()
{
    if (s_openTerminal)
        s_openTerminal->close();
}

// Qt's warnings while the screen is ours would land in the middle of it: kept, and said on
// stderr once the terminal is back.
// Messages come from every thread (the connection's too), hence the lock.
QtMessageHandler s_previousHandler = nullptr;
QBasicMutex s_heldLock;
QStringList s_heldMessages;
constexpr int MaxHeldMessages = 50;

void holdMessage(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        // Qt aborts after this: the terminal back (from the GUI thread only), then the reason.
        if (s_openTerminal && s_openTerminal->thread() == QThread::currentThread())
            s_openTerminal->close();
        std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
        return;
    }
    const QMutexLocker lock(&s_heldLock);
    if (s_heldMessages.size() >= MaxHeldMessages)
        s_heldMessages.removeFirst();
    s_heldMessages << message;
}

// Role attributes: index by int(Role).
constexpr int RoleCount = int(Role::Accent) + 1;
attr_t s_roleAttr[RoleCount];

struct Pair
{
    short fg, bg;
    attr_t attrs;
};

// The colours of each role: 256-colour and 8-colour; -1 is the terminal's default.
const Pair Colors256[RoleCount] = {
    {-1, -1, A_NORMAL},       // Normal
    {245, -1, A_NORMAL},      // Dim
    {81, -1, A_BOLD},         // Header
    {231, 25, A_BOLD},        // Selected
    {252, 236, A_NORMAL},     // TopBar
    {16, 81, A_BOLD},         // TopBarActive
    {252, 236, A_NORMAL},     // Status
    {231, 124, A_BOLD},       // Banner
    {78, -1, A_NORMAL},       // Good
    {214, -1, A_NORMAL},      // Warning
    {203, -1, A_BOLD},        // Critical
    {221, -1, A_BOLD},        // Accent
};
const Pair Colors8[RoleCount] = {
    {-1, -1, A_NORMAL},
    {-1, -1, A_DIM},
    {COLOR_CYAN, -1, A_BOLD},
    {COLOR_BLACK, COLOR_CYAN, A_NORMAL},
    {COLOR_WHITE, COLOR_BLUE, A_NORMAL},
    {COLOR_BLACK, COLOR_CYAN, A_BOLD},
    {COLOR_WHITE, COLOR_BLUE, A_NORMAL},
    {COLOR_WHITE, COLOR_RED, A_BOLD},
    {COLOR_GREEN, -1, A_NORMAL},
    {COLOR_YELLOW, -1, A_NORMAL},
    {COLOR_RED, -1, A_BOLD},
    {COLOR_YELLOW, -1, A_BOLD},
};
// Without colours: what still tells the roles apart.
const attr_t Plain[RoleCount] = {
    A_NORMAL, A_DIM, A_BOLD, A_REVERSE, A_REVERSE, A_BOLD, A_REVERSE, A_REVERSE | A_BOLD,
    A_NORMAL, A_BOLD, A_BOLD | A_UNDERLINE, A_BOLD,
};

attr_t attrOf(Role role)
{
    return s_roleAttr[int(role)];
}

// ASCII stand-ins for the few non-ASCII characters our texts and models use; anything else
// becomes '?', so --ascii never sends a byte over 127.
QString asciiOf(char32_t c)
{
    switch (c) {
    case U'…': return QStringLiteral("...");
    case U'—': case U'–': case U'─': case U'━': case U'−': return QStringLiteral("-");
    case U'│': case U'┃': return QStringLiteral("|");
    case U'·': case U'•': return QStringLiteral("*");
    case U'▼': return QStringLiteral("v");
    case U'▲': case U'↑': return QStringLiteral("^");
    case U'↓': return QStringLiteral("v");
    case U'▶': case U'►': case U'→': return QStringLiteral(">");
    case U'◀': case U'←': return QStringLiteral("<");
    case U'“': case U'”': case U'″': return QStringLiteral("\"");
    case U'‘': case U'’': case U'′': return QStringLiteral("'");
    case U'×': return QStringLiteral("x");
    case U'µ': return QStringLiteral("u");
    case U'≥': return QStringLiteral(">=");
    case U'≤': return QStringLiteral("<=");
    case U'\u00a0': case U'\u202f': case U'\u2009': return QStringLiteral(" ");
    default: return QStringLiteral("?");
    }
}

int cellWidth(char32_t c)
{
    if (c < 0x20 || c == 0x7f)
        return 1; // shown as '?'
    const int w = ::wcwidth(wchar_t(c));
    return w < 0 ? 1 : w;
}

// What is drawn for s: control characters as '?', combining marks left out (one cell per
// character keeps columns straight), and in ASCII mode the stand-ins.
QString displayText(const QString &s, bool ascii)
{
    QString shown;
    shown.reserve(s.size());
    for (const char32_t c : s.toUcs4()) {
        if (c < 0x20 || c == 0x7f)
            shown += QLatin1Char('?');
        else if (ascii && c > 0x7e)
            shown += asciiOf(c);
        else if (c > 0x7e && ::wcwidth(wchar_t(c)) == 0)
            continue;
        else
            shown += QString::fromUcs4(&c, 1);
    }
    return shown;
}

} // namespace

Terminal::Terminal(QObject *parent) : QObject(parent) {}

Terminal::~Terminal()
{
    close();
}

bool Terminal::usable(QString *error)
{
    if (!::isatty(STDOUT_FILENO)) {
        *error = tr("beamtop-cli tui needs a terminal: standard output is not one.");
        return false;
    }
    // Keys may come from /dev/tty when stdin is a pipe (--cookie-stdin).
    if (!::isatty(STDIN_FILENO)) {
        const int fd = ::open("/dev/tty", O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            *error = tr("beamtop-cli tui needs a terminal: standard input is not one.");
            return false;
        }
        ::close(fd);
    }
    int status = 0;
    if (::setupterm(nullptr, STDOUT_FILENO, &status) != OK) {
        *error = tr("beamtop-cli tui cannot drive this terminal (TERM=%1).").arg(qEnvironmentVariable("TERM"));
        return false;
    }
    ::del_curterm(cur_term);
    return true;
}

bool Terminal::open(const Options &options, QString *error)
{
    if (m_open)
        return true;
    if (!::isatty(STDOUT_FILENO)) {
        *error = tr("beamtop-cli tui needs a terminal: standard output is not one.");
        return false;
    }
    s_inFile = stdin;
    s_inFd = STDIN_FILENO;
    if (!::isatty(STDIN_FILENO)) {
        s_inFile = std::fopen("/dev/tty", "r");
        if (!s_inFile) {
            *error = tr("beamtop-cli tui needs a terminal: standard input is not one.");
            return false;
        }
        s_inFd = ::fileno(s_inFile);
    }
    // Wide characters need the user's locale (Qt sets it too; this makes it explicit).
    std::setlocale(LC_ALL, "");
    s_haveTermios = ::tcgetattr(s_inFd, &s_savedTermios) == 0;

    // newterm, not initscr: it reports a bad TERM instead of exiting.
    SCREEN *screen = ::newterm(nullptr, stdout, s_inFile);
    if (!screen) {
        *error = tr("beamtop-cli tui cannot drive this terminal (TERM=%1).").arg(qEnvironmentVariable("TERM"));
        if (s_inFile != stdin)
            std::fclose(s_inFile);
        return false;
    }
    ::set_term(screen);
    // Our own SIGWINCH handler, in place of the one ncurses installs (which only flags the
    // resize for its next read): the event loop hears of a resize through the socket pair.
    if (s_winchFds[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, s_winchFds) == 0) {
        ::fcntl(s_winchFds[0], F_SETFL, ::fcntl(s_winchFds[0], F_GETFL) | O_NONBLOCK);
        ::fcntl(s_winchFds[1], F_SETFL, ::fcntl(s_winchFds[1], F_GETFL) | O_NONBLOCK);
        struct sigaction sa = {};
        sa.sa_handler = onWinch;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        ::sigaction(SIGWINCH, &sa, &s_previousWinch);
    }

    m_open = true;
    s_openTerminal = this;
    if (!s_atexitInstalled) {
        std::atexit(restoreAtExit);
        s_atexitInstalled = true;
    }
    struct sigaction crash = {};
    crash.sa_handler = onCrash;
    sigemptyset(&crash.sa_mask);
    for (size_t i = 0; i < std::size(CrashSignals); ++i)
        ::sigaction(CrashSignals[i], &crash, &s_previousCrash[i]);

    // Raw: Ctrl+C is a key (quit), not a signal that would skip the detach.
    ::raw();
    ::noecho();
    ::nonl();
    ::keypad(stdscr, TRUE);
    ::nodelay(stdscr, TRUE);
    ::set_escdelay(25);
    ::curs_set(0);
    ::leaveok(stdscr, TRUE);

    // A locale that cannot encode the block and line characters gets ASCII, not mojibake.
    m_ascii = options.ascii || std::strcmp(::nl_langinfo(CODESET), "UTF-8") != 0;
    const bool wantColor = options.color && qEnvironmentVariableIsEmpty("NO_COLOR");
    m_colorMode = ColorMode::None;
    bool defaultColors = true;
    if (wantColor && ::has_colors()) {
        ::start_color();
        defaultColors = ::use_default_colors() == OK;
        m_colorMode = COLORS >= 256 && COLOR_PAIRS > RoleCount ? ColorMode::Colors256 : ColorMode::Basic8;
    }
    for (int r = 0; r < RoleCount; ++r) {
        if (m_colorMode == ColorMode::None) {
            s_roleAttr[r] = Plain[r];
            continue;
        }
        const Pair &p = m_colorMode == ColorMode::Colors256 ? Colors256[r] : Colors8[r];
        if (p.fg == -1 && p.bg == -1) {
            s_roleAttr[r] = p.attrs;
            continue;
        }
        // A terminal without a "default" colour gets white on black in its place.
        ::init_pair(short(r + 1), p.fg < 0 && !defaultColors ? short(COLOR_WHITE) : p.fg,
                    p.bg < 0 && !defaultColors ? short(COLOR_BLACK) : p.bg);
        s_roleAttr[r] = p.attrs | COLOR_PAIR(r + 1);
    }
    if (options.mouse) {
        ::mousemask(BUTTON1_PRESSED | BUTTON3_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, nullptr);
        ::mouseinterval(0);
    }

    s_previousHandler = qInstallMessageHandler(holdMessage);
    m_input = new QSocketNotifier(s_inFd, QSocketNotifier::Read, this);
    connect(m_input, &QSocketNotifier::activated, this, &Terminal::readInput);
    if (s_winchFds[1] >= 0) {
        auto *winch = new QSocketNotifier(s_winchFds[1], QSocketNotifier::Read, m_input);
        winch->setObjectName(QStringLiteral("winch"));
        connect(winch, &QSocketNotifier::activated, this, [this] {
            char bytes[32];
            while (::read(s_winchFds[1], bytes, sizeof bytes) > 0) {
            }
            if (!m_open)
                return;
            struct winsize ws = {};
            if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0 && ws.ws_col > 0)
                ::resizeterm(ws.ws_row, ws.ws_col);
            ::clearok(curscr, TRUE);
            Key k;
            k.type = Key::Resize;
            emit keyPressed(k);
        });
    }
    ::erase();
    ::refresh();
    return true;
}

void Terminal::close()
{
    if (!m_open)
        return;
    m_open = false;
    // Later: close() may run inside the notifier's own signal (q read from the keys).
    if (m_input) {
        m_input->setEnabled(false);
        if (auto *winch = m_input->findChild<QSocketNotifier *>(QStringLiteral("winch")))
            winch->setEnabled(false);
        m_input->deleteLater();
        m_input = nullptr;
    }
    ::mousemask(0, nullptr);
    ::curs_set(1);
    ::endwin();
    if (s_haveTermios)
        ::tcsetattr(s_inFd, TCSANOW, &s_savedTermios);
    if (s_inFile && s_inFile != stdin)
        std::fclose(s_inFile);
    s_inFile = nullptr;
    if (s_openTerminal == this)
        s_openTerminal = nullptr;
    for (size_t i = 0; i < std::size(CrashSignals); ++i)
        ::sigaction(CrashSignals[i], &s_previousCrash[i], nullptr);
    if (s_winchFds[0] >= 0) {
        ::sigaction(SIGWINCH, &s_previousWinch, nullptr);
        ::close(s_winchFds[0]);
        ::close(s_winchFds[1]);
        s_winchFds[0] = s_winchFds[1] = -1;
    }
    ::fflush(stdout);
    qInstallMessageHandler(s_previousHandler);
    s_previousHandler = nullptr;
    QStringList held;
    {
        const QMutexLocker lock(&s_heldLock);
        held = std::exchange(s_heldMessages, {});
    }
    for (const QString &m : held)
        std::fprintf(stderr, "%s\n", m.toLocal8Bit().constData());
}

QSize Terminal::size() const
{
    if (!m_open)
        return {80, 24};
    return QSize(getmaxx(stdscr), getmaxy(stdscr));
}

void Terminal::erase()
{
    if (m_open)
        ::werase(stdscr);
}

void Terminal::redrawAll()
{
    if (m_open)
        ::clearok(curscr, TRUE);
}

void Terminal::flush()
{
    if (m_open)
        ::wrefresh(stdscr);
}

int Terminal::width(const QString &s)
{
    int w = 0;
    for (const char32_t c : s.toUcs4())
        w += cellWidth(c);
    return w;
}

QString Terminal::elide(const QString &s, int w) const
{
    if (w <= 0)
        return {};
    if (width(s) <= w)
        return s;
    const QString mark = m_ascii ? QStringLiteral("...") : QStringLiteral("…");
    const int markWidth = width(mark);
    if (w <= markWidth)
        return mark.left(w);
    QString out;
    int used = 0;
    for (const char32_t c : s.toUcs4()) {
        const int cw = cellWidth(c);
        if (used + cw > w - markWidth)
            break;
        out += QString::fromUcs4(&c, 1);
        used += cw;
    }
    return out + mark;
}

int Terminal::text(int x, int y, const QString &s, Role role, int w)
{
    if (!m_open)
        return 0;
    const QSize sz = size();
    if (y < 0 || y >= sz.height() || x >= sz.width())
        return 0;
    if (w < 0 || x + w > sz.width())
        w = sz.width() - x;
    // The ASCII stand-ins first, so the width counts what is drawn.
    const QString shown = elide(displayText(s, m_ascii), w);
    ::attrset(attrOf(role));
    int col = x;
    for (const char32_t c : shown.toUcs4()) {
        const int cw = cellWidth(c);
        if (col + cw > sz.width())
            break;
        if (col >= 0) {
            wchar_t wc[2] = {wchar_t(c), 0};
            cchar_t cc;
            ::setcchar(&cc, wc, attrOf(role), 0, nullptr);
            ::mvadd_wch(y, col, &cc);
        }
        col += cw;
    }
    ::attrset(A_NORMAL);
    return col - x;
}

void Terminal::fill(int x, int y, int w, int h, Role role)
{
    if (!m_open)
        return;
    const QSize sz = size();
    ::attrset(attrOf(role));
    for (int row = qMax(0, y); row < qMin(sz.height(), y + h); ++row) {
        const int from = qMax(0, x), to = qMin(sz.width(), x + w);
        if (to > from)
            ::mvhline(row, from, ' ', to - from);
    }
    ::attrset(A_NORMAL);
}

void Terminal::hline(int x, int y, int w, Role role)
{
    if (w <= 0)
        return;
    text(x, y, QString(w, m_ascii ? QLatin1Char('-') : QChar(0x2500)), role, w);
}

void Terminal::bar(int x, int y, int w, double fraction, Role fillRole, const QString &label)
{
    if (!m_open || w <= 0)
        return;
    if (!std::isfinite(fraction))
        fraction = 0;
    fraction = qBound(0.0, fraction, 1.0);
    const int eighths = int(std::lround(fraction * w * 8));
    const QVector<char32_t> labelChars = [&] {
        QVector<char32_t> out;
        const QString l = elide(displayText(label, m_ascii), w - 1);
        for (const char32_t c : l.toUcs4())
            if (cellWidth(c) == 1)
                out << c;
        return out;
    }();
    static const char32_t Partial[8] = {U' ', U'▏', U'▎', U'▍', U'▌', U'▋', U'▊', U'▉'};
    for (int i = 0; i < w; ++i) {
        const int cellEighths = qBound(0, eighths - i * 8, 8);
        const int li = i - 1; // the label starts one cell in
        if (li >= 0 && li < labelChars.size()) {
            // Over the filled part in the fill's colours reversed, so it reads over both parts.
            const bool filled = cellEighths >= 4;
            const QString ch = QString::fromUcs4(&labelChars[li], 1);
            ::attrset(filled ? (attrOf(fillRole) | A_REVERSE) : attrOf(Role::Normal));
            ::mvaddstr(y, x + i, ch.toUtf8().constData());
            continue;
        }
        char32_t glyph = U' ';
        if (cellEighths == 8)
            glyph = m_ascii ? U'#' : U'█';
        else if (cellEighths > 0)
            glyph = m_ascii ? (cellEighths >= 4 ? U'#' : U' ') : Partial[cellEighths];
        if (glyph == U' ') {
            text(x + i, y, m_ascii ? QStringLiteral(".") : QStringLiteral("·"), Role::Dim, 1);
            continue;
        }
        text(x + i, y, QString::fromUcs4(&glyph, 1), fillRole, 1);
    }
    ::attrset(A_NORMAL);
}

void Terminal::sparkline(int x, int y, int w, const QVector<double> &values, double max, Role role)
{
    if (!m_open || w <= 0)
        return;
    const int from = qMax(0, int(values.size()) - w);
    double lo = 0, hi = max;
    for (int i = from; i < values.size(); ++i) {
        const double v = values.at(i);
        if (!std::isfinite(v))
            continue;
        lo = qMin(lo, v);
        if (max <= 0)
            hi = qMax(hi, v);
    }
    static const char32_t Blocks[8] = {U'▁', U'▂', U'▃', U'▄', U'▅', U'▆', U'▇', U'█'};
    static const char Ascii[5] = {'_', '.', '-', '=', '^'};
    const int levels = m_ascii ? 5 : 8;
    // Right-aligned: the newest value at the right edge.
    int col = x + w - (int(values.size()) - from);
    for (int i = from; i < values.size(); ++i, ++col) {
        const double v = values.at(i);
        if (!std::isfinite(v))
            continue;
        const double f = hi > lo ? qBound(0.0, (v - lo) / (hi - lo), 1.0) : 0.0;
        const int level = qBound(0, int(f * (levels - 1) + 0.5), levels - 1);
        const char32_t c = m_ascii ? char32_t(Ascii[level]) : Blocks[level];
        text(col, y, QString::fromUcs4(&c, 1), role, 1);
    }
}

void Terminal::readInput()
{
    if (!m_open)
        return;
    for (bool first = true;; first = false) {
        wint_t wc = 0;
        const int rc = ::wget_wch(stdscr, &wc);
        if (rc == ERR) {
            // Readable yet nothing to read: the terminal hung up (SIGHUP is on its way). Stop
            // listening, or the notifier would fire without end.
            struct pollfd pfd = {s_inFd, POLLIN, 0};
            if (first && ::poll(&pfd, 1, 0) > 0 && (pfd.revents & (POLLHUP | POLLERR | POLLNVAL)))
                m_input->setEnabled(false);
            break;
        }
        Key k;
        if (rc == KEY_CODE_YES) {
            switch (wc) {
            case KEY_UP: k.type = Key::Up; break;
            case KEY_DOWN: k.type = Key::Down; break;
            case KEY_LEFT: k.type = Key::Left; break;
            case KEY_RIGHT: k.type = Key::Right; break;
            case KEY_PPAGE: k.type = Key::PageUp; break;
            case KEY_NPAGE: k.type = Key::PageDown; break;
            case KEY_HOME: k.type = Key::Home; break;
            case KEY_END: k.type = Key::End; break;
            case KEY_ENTER: k.type = Key::Enter; break;
            case KEY_BTAB: k.type = Key::BackTab; break;
            case KEY_BACKSPACE: k.type = Key::Backspace; break;
            case KEY_DC: k.type = Key::Delete; break;
            case KEY_RESIZE: k.type = Key::Resize; break;
            case KEY_MOUSE: {
                MEVENT ev;
                if (::getmouse(&ev) != OK)
                    continue;
                k.type = Key::Mouse;
                k.x = ev.x;
                k.y = ev.y;
                if (ev.bstate & BUTTON1_PRESSED)
                    k.button = 1;
                else if (ev.bstate & BUTTON3_PRESSED)
                    k.button = 3;
                else if (ev.bstate & BUTTON4_PRESSED)
                    k.button = 4;
#if NCURSES_MOUSE_VERSION > 1
                else if (ev.bstate & BUTTON5_PRESSED)
                    k.button = 5;
#endif
                else
                    continue;
                break;
            }
            default:
                if (wc >= KEY_F(1) && wc <= KEY_F(10))
                    k.type = Key::Type(Key::F1 + int(wc - KEY_F(1)));
                break;
            }
        } else {
            switch (wc) {
            case L'\r': case L'\n': k.type = Key::Enter; break;
            case 27: k.type = Key::Escape; break;
            case L'\t': k.type = Key::Tab; break;
            case 127: case 8: k.type = Key::Backspace; break;
            default:
                if (wc >= 1 && wc <= 26) {
                    k.type = Key::Char;
                    k.ctrl = true;
                    k.ch = char32_t(U'a' + (wc - 1));
                } else if (wc >= 0x20) {
                    k.type = Key::Char;
                    k.ch = char32_t(wc);
                }
                break;
            }
        }
        if (k.type == Key::Other)
            continue;
        emit keyPressed(k);
        if (!m_open)
            break; // a key closed the terminal (q)
    }
}

} // namespace beamtop::tui
