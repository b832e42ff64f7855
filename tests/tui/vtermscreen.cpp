// SPDX-License-Identifier: GPL-3.0-or-later
#include "vtermscreen.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QRegularExpression>
#include <QTimer>

#include <vterm.h>

#include <cctype>

namespace beamtop::test {

namespace {

// A monotonic clock in ms (pauses in the output are measured on it).
qint64 nowMs()
{
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    return clock.elapsed();
}

// A cell's characters ("" for an empty cell, nothing for the right half of a wide character).
QString cellText(const VTermScreenCell &cell)
{
    if (cell.chars[0] == 0)
        return QStringLiteral(" ");
    if (cell.chars[0] == uint32_t(-1))
        return {};
    QString s;
    for (int i = 0; i < VTERM_MAX_CHARS_PER_CELL && cell.chars[i]; ++i)
        s += QString::fromUcs4(reinterpret_cast<const char32_t *>(&cell.chars[i]), 1);
    return s;
}

// libvterm 0.1 applies only the first mode of a DEC private mode sequence with several
// ("ESC [ ? 1006 ; 1000 h", which ncurses sends for the mouse), where xterm applies each: such a
// sequence is split into one per mode. A sequence cut at the end of a chunk waits in *carry.
QByteArray splitPrivateModes(QByteArray bytes, QByteArray *carry)
{
    bytes.prepend(*carry);
    carry->clear();
    QByteArray out;
    out.reserve(bytes.size());
    qsizetype i = 0;
    while (i < bytes.size()) {
        const qsizetype esc = bytes.indexOf('\x1b', i);
        if (esc < 0) {
            out.append(bytes.mid(i));
            break;
        }
        out.append(bytes.mid(i, esc - i));
        qsizetype j = esc + 1;
        const char *lead = "[?";
        while (j < bytes.size() && j - esc - 1 < 2 && bytes.at(j) == lead[j - esc - 1])
            ++j;
        if (j == bytes.size()) { // cut inside "ESC [ ?"
            *carry = bytes.mid(esc);
            break;
        }
        if (j - esc - 1 < 2) { // another sequence
            out.append(bytes.mid(esc, j - esc));
            i = j;
            continue;
        }
        qsizetype k = j;
        while (k < bytes.size() && (std::isdigit(static_cast<unsigned char>(bytes.at(k))) || bytes.at(k) == ';'))
            ++k;
        if (k == bytes.size()) {
            *carry = bytes.mid(esc);
            break;
        }
        const char final = bytes.at(k);
        const QByteArray params = bytes.mid(j, k - j);
        if ((final == 'h' || final == 'l') && params.contains(';')) {
            for (const QByteArray &mode : params.split(';'))
                out.append("\x1b[?" + mode + final);
        } else {
            out.append(bytes.mid(esc, k + 1 - esc));
        }
        i = k + 1;
    }
    return out;
}

} // namespace

VTermScreenTester::VTermScreenTester(QSize size, QObject *parent) : QObject(parent), m_size(size)
{
    m_vt = vterm_new(size.height(), size.width());
    vterm_set_utf8(m_vt, 1);
    // What libvterm sends (keys typed, answers to the program's queries) goes to the program.
    vterm_output_set_callback(
        m_vt,
        [](const char *s, size_t len, void *user) {
            static_cast<VTermScreenTester *>(user)->m_pty.write(QByteArray(s, int(len)));
        },
        this);
    m_screen = vterm_obtain_screen(m_vt);
    static VTermScreenCallbacks callbacks{};
    callbacks.settermprop = [](VTermProp prop, VTermValue *val, void *user) -> int {
        auto *self = static_cast<VTermScreenTester *>(user);
        switch (prop) {
        case VTERM_PROP_ALTSCREEN:
            if (val->boolean && !self->m_altScreen)
                ++self->m_altScreenEntered;
            self->m_altScreen = val->boolean;
            break;
        case VTERM_PROP_CURSORVISIBLE:
            self->m_cursorVisible = val->boolean;
            break;
        case VTERM_PROP_MOUSE:
            self->m_mouseMode = val->number;
            break;
        default:
            break;
        }
        return 1;
    };
    vterm_screen_set_callbacks(m_screen, &callbacks, this);
    vterm_screen_enable_altscreen(m_screen, 1);
    vterm_screen_reset(m_screen, 1);
    connect(&m_pty, &PtyProcess::dataRead, this, &VTermScreenTester::onData);
}

VTermScreenTester::~VTermScreenTester()
{
    disconnect(&m_pty, nullptr, this, nullptr);
    m_pty.kill();
    vterm_free(m_vt);
}

void VTermScreenTester::feed(const QByteArray &bytes)
{
    vterm_input_write(m_vt, bytes.constData(), size_t(bytes.size()));
}

bool VTermScreenTester::start(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                              QString *error)
{
    QProcessEnvironment e = env.isEmpty() ? QProcessEnvironment::systemEnvironment() : env;
    e.insert(QStringLiteral("TERM"), m_term);
    e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    e.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return m_pty.start(program, args, e, m_size, error);
}

void VTermScreenTester::onData(const QByteArray &bytes)
{
    ++m_outputCount;
    m_lastOutputMs = nowMs();
    const QByteArray split = splitPrivateModes(bytes, &m_carry);
    vterm_input_write(m_vt, split.constData(), size_t(split.size()));
}

QString VTermScreenTester::line(int row) const
{
    if (row < 0 || row >= m_size.height())
        return {};
    QString s;
    for (int col = 0; col < m_size.width(); ++col) {
        VTermScreenCell cell;
        if (!vterm_screen_get_cell(m_screen, VTermPos{row, col}, &cell))
            break;
        s += cellText(cell);
    }
    while (s.endsWith(QLatin1Char(' ')))
        s.chop(1);
    return s;
}

QStringList VTermScreenTester::lines() const
{
    QStringList out;
    for (int row = 0; row < m_size.height(); ++row)
        out << line(row);
    return out;
}

QString VTermScreenTester::text() const
{
    return lines().join(QLatin1Char('\n'));
}

bool VTermScreenTester::contains(const QString &s, Qt::CaseSensitivity cs) const
{
    return rowOf(s, cs) >= 0;
}

int VTermScreenTester::rowOf(const QString &s, Qt::CaseSensitivity cs) const
{
    const QStringList rows = lines();
    for (int i = 0; i < rows.size(); ++i) {
        if (rows[i].contains(s, cs))
            return i;
    }
    return -1;
}

int VTermScreenTester::rowMatching(const QString &pattern) const
{
    const QRegularExpression re(pattern);
    const QStringList rows = lines();
    for (int i = 0; i < rows.size(); ++i) {
        if (re.match(rows[i]).hasMatch())
            return i;
    }
    return -1;
}

QStringList VTermScreenTester::colouredCells(int max) const
{
    QStringList out;
    for (int row = 0; row < m_size.height() && out.size() < max; ++row) {
        for (int col = 0; col < m_size.width() && out.size() < max; ++col) {
            VTermScreenCell cell;
            if (!vterm_screen_get_cell(m_screen, VTermPos{row, col}, &cell))
                continue;
            if (!VTERM_COLOR_IS_DEFAULT_FG(&cell.fg) || !VTERM_COLOR_IS_DEFAULT_BG(&cell.bg))
                out << QStringLiteral("%1,%2 '%3'").arg(row).arg(col).arg(cellText(cell));
        }
    }
    return out;
}

QStringList VTermScreenTester::nonAsciiCells(int max) const
{
    QStringList out;
    for (int row = 0; row < m_size.height() && out.size() < max; ++row) {
        for (int col = 0; col < m_size.width() && out.size() < max; ++col) {
            VTermScreenCell cell;
            if (!vterm_screen_get_cell(m_screen, VTermPos{row, col}, &cell))
                continue;
            bool ascii = true;
            for (int i = 0; i < VTERM_MAX_CHARS_PER_CELL && cell.chars[i]; ++i)
                ascii = ascii && (cell.chars[i] < 0x80 || cell.chars[i] == uint32_t(-1));
            if (!ascii)
                out << QStringLiteral("%1,%2 '%3' U+%4")
                           .arg(row)
                           .arg(col)
                           .arg(cellText(cell))
                           .arg(cell.chars[0], 4, 16, QLatin1Char('0'));
        }
    }
    return out;
}

int VTermScreenTester::highestColourIndex() const
{
    int highest = -1;
    auto note = [&](const VTermColor &c, bool isDefault) {
        if (isDefault)
            return;
        highest = qMax(highest, VTERM_COLOR_IS_INDEXED(&c) ? int(c.indexed.idx) : 256);
    };
    for (int row = 0; row < m_size.height(); ++row) {
        for (int col = 0; col < m_size.width(); ++col) {
            VTermScreenCell cell;
            if (!vterm_screen_get_cell(m_screen, VTermPos{row, col}, &cell))
                continue;
            note(cell.fg, VTERM_COLOR_IS_DEFAULT_FG(&cell.fg));
            note(cell.bg, VTERM_COLOR_IS_DEFAULT_BG(&cell.bg));
        }
    }
    return highest;
}

bool VTermScreenTester::anyReverseOrBold() const
{
    for (int row = 0; row < m_size.height(); ++row) {
        for (int col = 0; col < m_size.width(); ++col) {
            VTermScreenCell cell;
            if (vterm_screen_get_cell(m_screen, VTermPos{row, col}, &cell) && (cell.attrs.reverse || cell.attrs.bold))
                return true;
        }
    }
    return false;
}

void VTermScreenTester::type(const QString &text)
{
    for (const char32_t c : text.toUcs4())
        vterm_keyboard_unichar(m_vt, uint32_t(c), VTERM_MOD_NONE);
}

void VTermScreenTester::key(Key k)
{
    VTermKey vk = VTERM_KEY_NONE;
    switch (k) {
    case Enter: vk = VTERM_KEY_ENTER; break;
    case Escape: vk = VTERM_KEY_ESCAPE; break;
    case Tab: vk = VTERM_KEY_TAB; break;
    case Backspace: vk = VTERM_KEY_BACKSPACE; break;
    case Up: vk = VTERM_KEY_UP; break;
    case Down: vk = VTERM_KEY_DOWN; break;
    case Left: vk = VTERM_KEY_LEFT; break;
    case Right: vk = VTERM_KEY_RIGHT; break;
    case PageUp: vk = VTERM_KEY_PAGEUP; break;
    case PageDown: vk = VTERM_KEY_PAGEDOWN; break;
    case Home: vk = VTERM_KEY_HOME; break;
    case End: vk = VTERM_KEY_END; break;
    case F1: vk = VTermKey(VTERM_KEY_FUNCTION(1)); break;
    case F5: vk = VTermKey(VTERM_KEY_FUNCTION(5)); break;
    }
    vterm_keyboard_key(m_vt, vk, VTERM_MOD_NONE);
}

void VTermScreenTester::ctrl(char letter)
{
    vterm_keyboard_unichar(m_vt, uint32_t(letter), VTERM_MOD_CTRL);
}

void VTermScreenTester::click(int column, int row, int button)
{
    vterm_mouse_move(m_vt, row, column, VTERM_MOD_NONE);
    vterm_mouse_button(m_vt, button, true, VTERM_MOD_NONE);
    if (button < 4) // the wheel has no release
        vterm_mouse_button(m_vt, button, false, VTERM_MOD_NONE);
}

void VTermScreenTester::resize(QSize size)
{
    m_size = size;
    vterm_set_size(m_vt, size.height(), size.width());
    m_pty.resize(size);
}

bool VTermScreenTester::waitFor(const std::function<bool()> &done, int timeoutMs)
{
    // The screen is judged only when the output has paused for SettleMs: a frame comes in
    // several reads, and half of one (the new title over the old rows) is no state of the screen.
    constexpr qint64 SettleMs = 40;
    auto settledAndDone = [&] {
        m_pty.readAvailable();
        return nowMs() - m_lastOutputMs >= SettleMs && done();
    };
    if (settledAndDone())
        return true;
    QEventLoop loop;
    bool met = false;
    QTimer poll;
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if (settledAndDone()) {
            met = true;
            loop.quit();
        }
    });
    poll.start(10);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    if (met)
        return true;
    // At the deadline: a last look once the output has paused (bounded: a program that never
    // stops writing is judged as it is).
    const qint64 until = nowMs() + 2 * SettleMs + 200;
    while (nowMs() - m_lastOutputMs < SettleMs && nowMs() < until) {
        QEventLoop settle;
        QTimer::singleShot(10, &settle, &QEventLoop::quit);
        settle.exec();
        m_pty.readAvailable();
    }
    return done();
}

bool VTermScreenTester::waitForFrame(int timeoutMs, int quietMs)
{
    const qint64 before = m_outputCount;
    return waitFor([&] { return m_outputCount > before && nowMs() - m_lastOutputMs >= quietMs; }, timeoutMs);
}

QString VTermScreenTester::dump()
{
    m_pty.isRunning(); // reaps it if it has ended, so the state below is now's
    QString out = QStringLiteral("screen %1x%2%3, program %4:\n")
                      .arg(m_size.width())
                      .arg(m_size.height())
                      .arg(m_altScreen ? QStringLiteral(" (alternate)") : QString())
                      .arg(m_pty.endText());
    const QStringList rows = lines();
    for (int i = 0; i < rows.size(); ++i)
        out += QStringLiteral("%1|%2\n").arg(i, 2).arg(rows[i]);
    return out;
}

} // namespace beamtop::test
