// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/uuid.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace gattscope {

// One thing gatttool printed, recognised. See PROTOCOL.md beside this file for every form.
struct GatttoolEvent
{
    enum class Kind : quint8 {
        Prompt, // a prompt is on screen, nothing typed after it (yet)
        Echo, // a line typed at a prompt (readline's echo), text = the input
        Attempting, // "Attempting to connect to <text>"
        ConnectionSuccessful, // "Connection successful"
        Error, // "Error: <text>"; failure and attError classify it
        CommandFailed, // "Command Failed: <text>"
        Usage, // "Usage: …", "Allowed values: …", "Change will take effect on reconnection"
        Notification, // handle, value
        Indication, // handle, value
        Service, // "attr handle: …, end grp handle: … uuid: …": handle, endHandle, uuid
        ServiceRange, // "Starting handle: … Ending handle: …": handle, endHandle
        Included, // "handle: …, start handle: …, end handle: … uuid: …": handle, startHandle, endHandle, uuid
        NoIncluded, // "No included services found for this range"
        Characteristic, // "handle: …, char properties: …, char value handle: …, uuid: …"
        Descriptor, // "handle: …, uuid: …": handle, uuid
        Value, // "Characteristic value/descriptor: …": value
        ValueByUuid, // "handle: … \t value: …": handle, value
        WriteSuccessful, // "Characteristic value was written successfully"
        MtuExchanged, // "MTU was exchanged successfully: N": number
        SecurityLevel, // "sec-level: <text>"
        Text, // anything else (help lines, garbled echoes, unknown messages): text
    };

    // What an "Error: …" line is about.
    enum class Failure : quint8 {
        None,
        UnknownCommand, // "<text>: command not found"; text = the command word
        Connect, // a connection attempt failed; text = gatttool's message
        Primary, // primary service discovery (all, or by UUID)
        Included,
        Characteristics,
        Descriptors,
        Read, // char-read-hnd
        ReadByUuid,
        Write, // char-write-req (request or prepared/long write)
        Mtu,
        Protocol, // "Protocol error": an answer gatttool could not decode
        Argument, // the command line was refused before anything was sent
        Other,
    };

    Kind kind = Kind::Text;
    Failure failure = Failure::None;
    // Error lines that name an ATT error (att_ecode2str text): its code. 0xFF stands for
    // "Unexpected error code", which gatttool prints for every code it has no text for.
    std::optional<quint8> attError;
    bool connected = false; // Prompt/Echo: the prompt was drawn in blue (link up)
    quint16 handle = 0;
    quint16 startHandle = 0;
    quint16 endHandle = 0;
    quint16 valueHandle = 0;
    quint8 properties = 0;
    int number = 0;
    Uuid uuid;
    QByteArray value;
    QString text; // the line's text without prefix, or the whole line for Text
};

// The text of an ATT error code as gatttool 5.x prints it ("Attribute can't be read"), and
// back. Codes without a text give "Unexpected error code"; unknownAttErrorCode() is what
// attErrorFromText() returns for that text.
QString gatttoolAttErrorText(quint8 code);
std::optional<quint8> gatttoolAttErrorFromText(QStringView text);
constexpr quint8 kUnknownGatttoolAttError = 0xFF;

// Turns what `gatttool -I` writes on stdout into events. Pure: bytes in, events out; no
// I/O, no timers, no Qt objects, safe to feed any garbage (it is fuzzed).
//
// gatttool talks through GNU readline, so its output is terminal drawing, not records:
// prompts without a newline, the input echoed, colour codes (ESC[0;94m around the prompt
// while connected, ESC[0;91m before "Error:"), and asynchronous lines drawn over the
// prompt with "\r" plus spaces or ESC[K, then the prompt and any half-typed input redrawn.
// The parser therefore renders each line like a terminal would (CR, BS, the CSI sequences
// readline uses: K, P, @, m; others are ignored), and only classifies the line once its
// newline arrives. What is left after the last newline is checked for a bare prompt after
// every feed(), so the caller learns when gatttool waits for input.
//
// Bounded memory: a line longer than kMaxLineLength is cut there (the rest is dropped
// until the newline), and escape sequences longer than 32 bytes are abandoned.
class GatttoolParser
{
public:
    static constexpr qsizetype kMaxLineLength = 64 * 1024;

    // Appends the events in `bytes` to `events`. Bytes may be split anywhere.
    void feed(QByteArrayView bytes, QList<GatttoolEvent> *events);
    QList<GatttoolEvent> feed(QByteArrayView bytes);
    // Forgets any partial line (a new process starts).
    void reset();

    // Classifies one finished, rendered line (no CR/LF/escapes left). Exposed for tests.
    static GatttoolEvent classify(QStringView line, bool firstCellBlue);

private:
    struct Cell
    {
        char ch = ' ';
        bool blue = false;
    };
    bool consumeEscapeByte(char c);
    void putChar(char c);
    void handleEscape();
    void finishLine(QList<GatttoolEvent> *events);
    void checkPartialPrompt(QList<GatttoolEvent> *events);
    QString renderedText() const;

    enum class EscapeState : quint8 {
        None,
        Escape, // after ESC
        Csi, // after ESC [
    };

    QList<Cell> m_cells;
    qsizetype m_cursor = 0;
    bool m_blue = false;
    bool m_overflow = false;
    EscapeState m_escape = EscapeState::None;
    QByteArray m_escapeBuffer;
    bool m_promptReported = false;
};

} // namespace gattscope
