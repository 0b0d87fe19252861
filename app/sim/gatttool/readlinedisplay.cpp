// SPDX-License-Identifier: MIT
#include "readlinedisplay.h"

#include "bytes_p.h"

#include <QStringBuilder>

#include <algorithm>

namespace gattscope {

namespace {

constexpr char kClearToEol[] = "\x1b[K";

// display.c: CR_FASTER(new, cur): going to column 0 and reprinting beats backing up.
bool crFaster(int target, int current)
{
    return target + 1 < current - target;
}

int commonPrefix(const QByteArray &a, const QByteArray &b)
{
    const qsizetype n = std::min(a.size(), b.size());
    qsizetype i = 0;
    while (i < n && a.at(i) == b.at(i))
        ++i;
    return int(i);
}

} // namespace

ReadlineDisplay::ReadlineDisplay(Terminal terminal, int screenWidth)
    : m_terminal(terminal)
    , m_width(std::max(screenWidth, 2))
{ }

ReadlineDisplay::Terminal ReadlineDisplay::terminalFor(QByteArrayView term)
{
    // readline looks TERM up in terminfo; what matters is whether the entry can clear to
    // the end of a line and move up. The xterm family can; "dumb", an unset TERM and
    // names terminfo does not know cannot (and then lines scroll sideways).
    if (term.startsWith("xterm"))
        return Terminal::Xterm;
    return Terminal::Dumb;
}

int ReadlineDisplay::screenWidthFor(QByteArrayView columns)
{
    // On a pipe the window size ioctl fails; readline then takes COLUMNS, else the
    // terminfo width, which is 80 for both dumb and xterm.
    bool ok = false;
    const int value = QByteArray(columns.data(), columns.size()).toInt(&ok);
    return ok && value > 0 ? value : 80;
}

void ReadlineDisplay::start()
{
    onNewLine();
    redisplay(false);
}

void ReadlineDisplay::onNewLine()
{
    // rl_on_new_line(): the cursor is at the start of an empty screen line.
    m_visible.clear();
    m_column = 0;
    m_leftMargin = 0;
}

void ReadlineDisplay::carriageReturn()
{
    m_out.append('\r');
    m_column = 0;
}

void ReadlineDisplay::insert(QByteArrayView text)
{
    if (text.isEmpty())
        return;
    m_line.append(text);
    redisplay(false);
}

void ReadlineDisplay::rubout()
{
    if (m_line.isEmpty()) {
        ring();
        return;
    }
    m_line.chop(1);
    // rl_rubout() at the end of the line erases in place: back, blank, back.
    if (m_column > 0 && !m_visible.isEmpty()) {
        m_out.append("\b \b");
        m_visible.chop(1);
        --m_column;
        // The window may have to scroll back; redisplay decides.
        if (m_terminal == Terminal::Dumb && m_leftMargin > 0)
            redisplay(false);
        return;
    }
    redisplay(false);
}

void ReadlineDisplay::killLine()
{
    if (m_line.isEmpty()) {
        ring();
        return;
    }
    m_line.clear();
    redisplay(false);
}

void ReadlineDisplay::ring()
{
    m_bells.append('\a');
}

QByteArray ReadlineDisplay::accept()
{
    const QByteArray line = std::exchange(m_line, QByteArray());
    if (line.isEmpty()) {
        // rl_erase_empty_line: CR, clear to the end of the line, CR. A dumb terminal has no
        // clear, and readline pads nothing here.
        m_out.append('\r');
        if (m_terminal == Terminal::Xterm)
            m_out.append(kClearToEol);
        m_out.append('\r');
    } else {
        // _rl_update_final(): the cursor is at the end of the input; rl_crlf().
        m_out.append('\n');
    }
    onNewLine();
    return line;
}

void ReadlineDisplay::newPrompt()
{
    onNewLine();
    redisplay(false);
}

void ReadlineDisplay::printAsync(QByteArrayView text)
{
    // BlueZ's rl_printf(): rl_save_prompt(), rl_replace_line("", 0), rl_redisplay() …
    const QByteArray savedPrompt = std::exchange(m_prompt, QByteArray());
    const QByteArray savedLine = std::exchange(m_line, QByteArray());
    redisplay(false);
    // … vprintf() …
    m_out.append(text);
    // … rl_restore_prompt(), rl_replace_line(saved), rl_forced_update_display().
    m_prompt = savedPrompt;
    m_line = savedLine;
    onNewLine();
    redisplay(true);
}

void ReadlineDisplay::interrupt()
{
    // gatttool's SIGINT handler: rl_replace_line("", 0), rl_crlf(), rl_on_new_line(),
    // rl_redisplay().
    m_line.clear();
    m_out.append('\n');
    onNewLine();
    redisplay(false);
}

void ReadlineDisplay::terminate()
{
    m_line.clear();
    m_out.append('\n');
    onNewLine();
}

void ReadlineDisplay::redisplay(bool forced)
{
    const QByteArray full = m_prompt + m_line;
    const int cursor = int(full.size()); // the cursor is always at the end of the input
    if (m_terminal == Terminal::Xterm) {
        // The terminal wraps long lines itself; readline only appends to them here.
        updateLine(m_visible, full);
        moveCursor(cursor, full);
        m_visible = full;
        return;
    }

    // Horizontal scrolling (display.c, "Do horizontal scrolling. Much simpler").
    const int third = m_width / 3;
    const int physical = cursor - m_leftMargin;
    int margin = m_leftMargin;
    if (physical > m_width - 2)
        margin = std::max(0, cursor - 2 * third);
    else if (cursor < m_width - 2)
        margin = 0;
    else if (physical < 1)
        margin = ((cursor - 1) / third) * third;

    QByteArray window = full.mid(margin, m_width);
    if (margin > 0)
        window[0] = '<';
    const int rightEdge = margin + m_width;
    if (rightEdge > 0 && rightEdge < full.size())
        window[m_width - 1] = '>';

    if (forced || margin != m_leftMargin || window != m_visible) {
        updateLine(m_visible, window);
        moveCursor(cursor - margin, window);
    }
    m_visible = window;
    m_leftMargin = margin;
}

void ReadlineDisplay::updateLine(const QByteArray &oldLine, const QByteArray &newLine)
{
    const int first = commonPrefix(oldLine, newLine);
    if (first == oldLine.size() && first == newLine.size())
        return;
    moveCursor(first, newLine);
    const QByteArrayView rest = midView(newLine, first);
    const int shrink = int(oldLine.size() - newLine.size());
    if (m_terminal == Terminal::Xterm) {
        if (rest.isEmpty()) {
            if (oldLine.size() > first)
                m_out.append(kClearToEol);
            return;
        }
        if (shrink > 0)
            m_out.append("\x1b[" + QByteArray::number(shrink) + 'P');
        m_out.append(rest);
        m_column = int(newLine.size());
        return;
    }
    m_out.append(rest);
    m_column = int(newLine.size());
    if (shrink > 0)
        clearToEnd(shrink);
}

void ReadlineDisplay::clearToEnd(int count)
{
    if (m_terminal == Terminal::Xterm) {
        m_out.append(kClearToEol);
        return;
    }
    // space_to_eol(): blanks over the old text; the cursor ends after them.
    m_out.append(QByteArray(count, ' '));
    m_column += count;
}

void ReadlineDisplay::moveCursor(int target, const QByteArray &data)
{
    // _rl_move_cursor_relative(), byte-oriented.
    if (m_column == target)
        return;
    if (target == 0 || crFaster(target, m_column) || m_column == m_width)
        carriageReturn();
    if (m_column < target) {
        // Forward: print what is there already.
        m_out.append(midView(data, m_column, target - m_column));
    } else if (m_column > target) {
        m_out.append(QByteArray(m_column - target, '\b'));
    }
    m_column = target;
}

} // namespace gattscope
