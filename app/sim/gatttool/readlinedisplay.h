// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <utility>

namespace gattscope {

// What GNU readline 8.2 draws for gatttool when its input and output are pipes, byte for
// byte: the echo of typed text, the prompt, the erase of an empty line, the "save the
// input, print a line, redraw prompt and input" dance of BlueZ's rl_printf(), and the
// redraw after a prompt changed behind readline's back. Measured against the real
// gatttool 5.66 (see PROTOCOL.md in backends/gatttool); the model follows readline's
// display.c for the cases gatttool reaches:
//
// - Terminal::Dumb (TERM unset, "dumb" or unknown): no clear-to-end-of-line, so readline
//   overwrites with spaces and backs up with BS; lines wider than the screen scroll
//   horizontally ("<" marks text scrolled off the left).
// - Terminal::Xterm (TERM=xterm*): ESC[K clears, ESC[nP deletes; long lines wrap on the
//   terminal, which is modelled only as far as appending text goes.
//
// Each byte is one column (gatttool never calls setlocale(), so readline is byte-oriented),
// escape bytes in the prompt included: gatttool's colour codes carry no \001/\002 markers.
// The cursor is always at the end of the input: only typing at the end, rubout, kill-line
// and accept are modelled (no cursor movement keys, no history recall).
// Bells (readline's rl_ding) are written to stderr, as readline does.
class ReadlineDisplay
{
public:
    enum class Terminal : quint8 {
        Dumb,
        Xterm,
    };

    ReadlineDisplay(Terminal terminal, int screenWidth);
    // readline's choice for a TERM value and a COLUMNS value (0 or invalid: 80).
    static Terminal terminalFor(QByteArrayView term);
    static int screenWidthFor(QByteArrayView columns);

    Terminal terminal() const { return m_terminal; }
    const QByteArray &prompt() const { return m_prompt; }
    const QByteArray &line() const { return m_line; }

    // rl_set_prompt(): the next redisplay draws this; nothing is drawn now.
    void setPrompt(const QByteArray &prompt) { m_prompt = prompt; }
    // rl_callback_handler_install(): draws the prompt on a fresh line.
    void start();

    // Typing at the end of the line: a run of self-inserting bytes, drawn at once (readline
    // reads type-ahead before it redisplays).
    void insert(QByteArrayView text);
    // Backspace/DEL at the end of the line; rings the bell on an empty line.
    void rubout();
    // Ctrl-U: deletes the input; rings the bell when there is none.
    void killLine();
    void ring();
    // Enter: returns the line and ends it on screen (a newline, or the erase of an empty
    // line, since gatttool sets rl_erase_empty_line). Then the caller runs the command,
    // printing with printSync(), and calls newPrompt() unless the command exits.
    QByteArray accept();
    void printSync(QByteArrayView text) { m_out.append(text); }
    void newPrompt();
    // rl_printf() while readline waits for input: clears the line, prints `text` (which
    // ends with a newline), redraws prompt and pending input.
    void printAsync(QByteArrayView text);
    // SIGINT: drops the input, new line, prompt. SIGTERM: drops the input, new line.
    void interrupt();
    void terminate();

    // Everything drawn since the last call (stdout), and the bells (stderr).
    QByteArray takeOutput() { return std::exchange(m_out, QByteArray()); }
    QByteArray takeBells() { return std::exchange(m_bells, QByteArray()); }

private:
    void onNewLine();
    void redisplay(bool forced);
    void updateLine(const QByteArray &oldLine, const QByteArray &newLine);
    void moveCursor(int target, const QByteArray &data);
    void clearToEnd(int count);
    void carriageReturn();

    Terminal m_terminal;
    int m_width;
    QByteArray m_prompt;
    QByteArray m_line; // the input buffer
    QByteArray m_visible; // what readline believes is on the current screen line
    int m_column = 0; // physical cursor column (_rl_last_c_pos)
    int m_leftMargin = 0; // horizontal scrolling (last_lmargin)
    QByteArray m_out;
    QByteArray m_bells;
};

} // namespace gattscope
