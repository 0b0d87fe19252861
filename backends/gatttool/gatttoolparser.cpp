// SPDX-License-Identifier: MIT
#include "gatttoolparser.h"

#include <array>

namespace gattscope {

namespace {

constexpr char kEsc = '\x1b';
constexpr qsizetype kMaxEscapeLength = 32;

// att_ecode2str() of BlueZ 5.x (attrib/att.c), index = ATT error code. 0x81 keeps 5.66's
// spelling; later releases print "A timeout occurred" (accepted too).
struct AttText
{
    quint8 code;
    const char *text;
};
constexpr std::array<AttText, 21> kAttTexts { {
    { 0x01, "Invalid handle" },
    { 0x02, "Attribute can't be read" },
    { 0x03, "Attribute can't be written" },
    { 0x04, "Attribute PDU was invalid" },
    { 0x05, "Attribute requires authentication before read/write" },
    { 0x06, "Server doesn't support the request received" },
    { 0x07, "Offset past the end of the attribute" },
    { 0x08, "Attribute requires authorization before read/write" },
    { 0x09, "Too many prepare writes have been queued" },
    { 0x0A, "No attribute found within the given range" },
    { 0x0B, "Attribute can't be read/written using Read Blob Req" },
    { 0x0C, "Encryption Key Size is insufficient" },
    { 0x0D, "Attribute value length is invalid" },
    { 0x0E, "Request attribute has encountered an unlikely error" },
    { 0x0F, "Encryption required before read/write" },
    { 0x10, "Attribute type is not a supported grouping attribute" },
    { 0x11, "Insufficient Resources to complete the request" },
    { 0x80, "Internal application error: I/O" },
    { 0x81, "A timeout occured" },
    { 0x82, "The operation was aborted" },
    { kUnknownGatttoolAttError, "Unexpected error code" },
} };

// A cursor over one rendered line: consumes expected text and numbers, fails softly.
class Scanner
{
public:
    explicit Scanner(QStringView text)
        : m_text(text)
    { }

    bool literal(QStringView expected)
    {
        if (!m_text.mid(m_pos).startsWith(expected))
            return false;
        m_pos += expected.size();
        return true;
    }
    bool literal(const char *expected) { return literal(QLatin1StringView(expected)); }
    bool literal(QLatin1StringView expected)
    {
        if (!m_text.mid(m_pos).startsWith(expected))
            return false;
        m_pos += expected.size();
        return true;
    }

    // "0x" followed by 1..maxDigits hex digits.
    std::optional<quint32> hexNumber(int maxDigits)
    {
        if (!literal("0x"))
            return std::nullopt;
        quint32 value = 0;
        int digits = 0;
        while (m_pos < m_text.size() && digits < maxDigits) {
            const int d = hexValue(m_text.at(m_pos));
            if (d < 0)
                break;
            value = value * 16 + quint32(d);
            ++digits;
            ++m_pos;
        }
        if (digits == 0)
            return std::nullopt;
        return value;
    }
    std::optional<quint16> handle()
    {
        const std::optional<quint32> v = hexNumber(4);
        return v ? std::optional<quint16>(quint16(*v)) : std::nullopt;
    }
    std::optional<int> decimal()
    {
        qsizetype start = m_pos;
        qint64 value = 0;
        while (m_pos < m_text.size() && m_text.at(m_pos).isDigit() && m_pos - start < 9) {
            value = value * 10 + m_text.at(m_pos).digitValue();
            ++m_pos;
        }
        if (m_pos == start)
            return std::nullopt;
        return int(value);
    }
    QStringView rest() const { return m_text.mid(m_pos); }
    bool atEnd() const { return m_pos >= m_text.size(); }

    static int hexValue(QChar c)
    {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            return u - u'0';
        if (u >= u'a' && u <= u'f')
            return u - u'a' + 10;
        if (u >= u'A' && u <= u'F')
            return u - u'A' + 10;
        return -1;
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

// "01 02 ff " → bytes; nullopt on anything that is not space-separated byte pairs.
std::optional<QByteArray> hexBytes(QStringView text)
{
    QByteArray out;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        if (i + 1 >= text.size())
            return std::nullopt;
        const int hi = Scanner::hexValue(text.at(i));
        const int lo = Scanner::hexValue(text.at(i + 1));
        if (hi < 0 || lo < 0)
            return std::nullopt;
        if (i + 2 < text.size() && !text.at(i + 2).isSpace())
            return std::nullopt;
        out.append(char(hi * 16 + lo));
        i += 2;
    }
    return out;
}

std::optional<Uuid> uuidText(QStringView text)
{
    if (text.size() != 36)
        return std::nullopt;
    return Uuid::fromString(text);
}

// Length of a prompt "[<address>][LE]> " at the start of `line`, or 0.
qsizetype promptLength(QStringView line)
{
    if (!line.startsWith(u'['))
        return 0;
    const qsizetype close = line.indexOf(u']');
    if (close < 0)
        return 0;
    const QStringView tail = line.mid(close + 1);
    if (tail.startsWith(u"[LE]> ") || tail.startsWith(u"[BR]> "))
        return close + 1 + 6;
    return 0;
}

// The errno gatttool appends to system errors: "… (111)".
int trailingErrno(QStringView text)
{
    if (!text.endsWith(u')'))
        return 0;
    const qsizetype open = text.lastIndexOf(u'(');
    if (open < 0)
        return 0;
    bool ok = false;
    const int n = text.mid(open + 1, text.size() - open - 2).toInt(&ok);
    return ok && n > 0 ? n : 0;
}

struct FailurePrefix
{
    const char *prefix;
    GatttoolEvent::Failure failure;
};
constexpr std::array<FailurePrefix, 10> kFailurePrefixes { {
    { "Discover all primary services failed: ", GatttoolEvent::Failure::Primary },
    { "Discover primary services by UUID failed: ", GatttoolEvent::Failure::Primary },
    { "Find included services failed: ", GatttoolEvent::Failure::Included },
    { "Discover all characteristics failed: ", GatttoolEvent::Failure::Characteristics },
    { "Discover descriptors failed: ", GatttoolEvent::Failure::Descriptors },
    { "Characteristic value/descriptor read failed: ", GatttoolEvent::Failure::Read },
    { "Read characteristics by UUID failed: ", GatttoolEvent::Failure::ReadByUuid },
    { "Characteristic Write Request failed: ", GatttoolEvent::Failure::Write },
    { "Exchange MTU Request failed: ", GatttoolEvent::Failure::Mtu },
    { "Discover primary services failed: ", GatttoolEvent::Failure::Primary },
} };

constexpr std::array<const char *, 8> kArgumentErrors {
    "Invalid handle: ",     "Missing argument: ",
    "Invalid UUID",         "Invalid start handle: ",
    "Invalid end handle: ", "A valid handle is required",
    "Invalid value",        "Remote Bluetooth address required",
};

void classifyError(QStringView rest, GatttoolEvent *e)
{
    e->kind = GatttoolEvent::Kind::Error;
    e->text = rest.toString();
    if (rest.endsWith(u": command not found")) {
        e->failure = GatttoolEvent::Failure::UnknownCommand;
        e->text = rest.chopped(19).toString();
        return;
    }
    for (const FailurePrefix &p : kFailurePrefixes) {
        const QLatin1StringView prefix(p.prefix);
        if (rest.startsWith(prefix)) {
            e->failure = p.failure;
            e->attError = gatttoolAttErrorFromText(rest.mid(prefix.size()));
            return;
        }
    }
    if (rest == u"No primary service found" || rest == u"No service UUID found") {
        e->failure = GatttoolEvent::Failure::Primary;
        e->attError = quint8(0x0A);
        return;
    }
    if (rest == u"Error exchanging MTU") {
        e->failure = GatttoolEvent::Failure::Mtu;
        return;
    }
    if (rest == u"Protocol error" || rest == u"Invalid opcode") {
        e->failure = GatttoolEvent::Failure::Protocol;
        return;
    }
    for (const char *a : kArgumentErrors) {
        if (rest.startsWith(QLatin1StringView(a))) {
            e->failure = GatttoolEvent::Failure::Argument;
            return;
        }
    }
    e->number = trailingErrno(rest);
    // btio's messages: "connect to AA:…: Connection refused (111)" (BlueZ ≥ 5.55),
    // "connect error: …" (older), "socket(SEQPACKET, L2CAP): …", "l2cap_bind: …".
    if (rest.startsWith(u"connect to ") || rest.startsWith(u"connect error: ")
        || rest.startsWith(u"connect: ") || rest.startsWith(u"socket(") || rest.startsWith(u"l2cap_bind")
        || rest.startsWith(u"bind: ")) {
        e->failure = GatttoolEvent::Failure::Connect;
        return;
    }
    e->failure = GatttoolEvent::Failure::Other;
}

} // namespace

QString gatttoolAttErrorText(quint8 code)
{
    for (const AttText &t : kAttTexts) {
        if (t.code == code)
            return QString::fromLatin1(t.text);
    }
    return QStringLiteral("Unexpected error code");
}

std::optional<quint8> gatttoolAttErrorFromText(QStringView text)
{
    for (const AttText &t : kAttTexts) {
        if (text == QLatin1StringView(t.text))
            return t.code;
    }
    if (text == u"A timeout occurred")
        return quint8(0x81);
    return std::nullopt;
}

QList<GatttoolEvent> GatttoolParser::feed(QByteArrayView bytes)
{
    QList<GatttoolEvent> events;
    feed(bytes, &events);
    return events;
}

void GatttoolParser::reset()
{
    m_cells.clear();
    m_cursor = 0;
    m_blue = false;
    m_overflow = false;
    m_escape = EscapeState::None;
    m_escapeBuffer.clear();
    m_promptReported = false;
}

void GatttoolParser::feed(QByteArrayView bytes, QList<GatttoolEvent> *events)
{
    for (const char c : bytes) {
        if (m_escape != EscapeState::None && consumeEscapeByte(c))
            continue;
        switch (c) {
        case '\n': finishLine(events); break;
        case '\r': m_cursor = 0; break;
        case '\b':
            if (m_cursor > 0)
                --m_cursor;
            break;
        case kEsc:
            m_escape = EscapeState::Escape;
            m_escapeBuffer.clear();
            break;
        case '\t': putChar(c); break;
        default:
            if (uchar(c) >= 0x20 && c != '\x7f')
                putChar(c);
            break; // other control characters (bell …) draw nothing
        }
    }
    checkPartialPrompt(events);
}

bool GatttoolParser::consumeEscapeByte(char c)
{
    const uchar u = uchar(c);
    if (u < 0x20 || u > 0x7E) {
        // Not part of any escape: the sequence was broken off. Drop it; the byte is
        // handled normally (it may be the newline that ends the line).
        m_escape = EscapeState::None;
        m_escapeBuffer.clear();
        return false;
    }
    m_escapeBuffer.append(c);
    if (m_escape == EscapeState::Escape) {
        if (c == '[')
            m_escape = EscapeState::Csi;
        else if (u > 0x2F)
            m_escape = EscapeState::None; // final byte of a short escape (ESC ( B): ignored
        // 0x20..0x2F: an intermediate byte, keep reading
    } else if (u >= 0x40) {
        handleEscape();
        m_escape = EscapeState::None;
    }
    if (m_escapeBuffer.size() > kMaxEscapeLength)
        m_escape = EscapeState::None;
    if (m_escape == EscapeState::None)
        m_escapeBuffer.clear();
    return true;
}

void GatttoolParser::putChar(char c)
{
    if (m_cursor >= kMaxLineLength) {
        m_overflow = true;
        return;
    }
    if (m_cursor < m_cells.size())
        m_cells[m_cursor] = { c, m_blue };
    else {
        while (m_cells.size() < m_cursor)
            m_cells.append(Cell());
        m_cells.append({ c, m_blue });
    }
    ++m_cursor;
}

void GatttoolParser::handleEscape()
{
    // m_escapeBuffer holds "[" params final.
    if (m_escapeBuffer.size() < 2 || m_escapeBuffer.at(0) != '[')
        return;
    const char final = m_escapeBuffer.back();
    const QByteArrayView params(m_escapeBuffer.constData() + 1, m_escapeBuffer.size() - 2);
    if (params.startsWith('?') || params.startsWith('>'))
        return; // private modes (bracketed paste ESC[?2004h …): no drawing
    QList<int> numbers;
    int current = -1;
    for (const char p : params) {
        if (p >= '0' && p <= '9') {
            current = (current < 0 ? 0 : current) * 10 + (p - '0');
            if (current > 100000)
                current = 100000;
        } else if (p == ';') {
            numbers.append(current);
            current = -1;
        }
    }
    numbers.append(current);
    const int n = qMax(1, numbers.constFirst());
    switch (final) {
    case 'm': // colours: only "blue on / off" matters (the connected prompt)
        for (int v : std::as_const(numbers)) {
            if (v == 94 || v == 34)
                m_blue = true;
            else if (v <= 0 || (v >= 30 && v <= 39) || (v >= 90 && v <= 97))
                m_blue = false;
        }
        break;
    case 'K': { // erase in line
        const int mode = qMax(0, numbers.constFirst());
        if (mode == 0) {
            if (m_cursor < m_cells.size())
                m_cells.resize(m_cursor);
        } else {
            const qsizetype end = mode == 1 ? qMin(m_cursor + 1, m_cells.size()) : m_cells.size();
            for (qsizetype i = 0; i < end; ++i)
                m_cells[i] = Cell();
        }
        break;
    }
    case 'P': // delete characters at the cursor
        if (m_cursor < m_cells.size())
            m_cells.remove(m_cursor, qMin<qsizetype>(n, m_cells.size() - m_cursor));
        break;
    case '@': // insert blanks at the cursor
        if (m_cursor <= m_cells.size() && m_cells.size() + n <= kMaxLineLength)
            m_cells.insert(m_cursor, n, Cell());
        break;
    case 'C': m_cursor = qMin<qsizetype>(m_cursor + n, kMaxLineLength); break;
    case 'D': m_cursor = qMax<qsizetype>(0, m_cursor - n); break;
    case 'G': m_cursor = qMin<qsizetype>(n - 1, kMaxLineLength); break;
    default: break; // cursor up/down, scrolling …: one-line rendering ignores them
    }
}

QString GatttoolParser::renderedText() const
{
    QByteArray bytes;
    bytes.reserve(m_cells.size());
    for (const Cell &c : m_cells)
        bytes.append(c.ch);
    return QString::fromUtf8(bytes);
}

void GatttoolParser::finishLine(QList<GatttoolEvent> *events)
{
    QString text = renderedText();
    while (!text.isEmpty() && text.back() == u' ')
        text.chop(1);
    const bool blue = !m_cells.isEmpty() && m_cells.constFirst().blue;
    m_cells.clear();
    m_cursor = 0;
    m_overflow = false;
    m_promptReported = false;
    if (text.isEmpty())
        return;
    events->append(classify(text, blue));
}

void GatttoolParser::checkPartialPrompt(QList<GatttoolEvent> *events)
{
    if (m_cells.isEmpty() || m_promptReported)
        return;
    // The prompt ends at the cursor; anything after it must be blank (cleared).
    QByteArray shown;
    for (qsizetype i = 0; i < m_cells.size(); ++i) {
        if (i >= m_cursor) {
            if (m_cells.at(i).ch != ' ')
                return;
            continue;
        }
        shown.append(m_cells.at(i).ch);
    }
    const QString text = QString::fromUtf8(shown);
    const qsizetype length = promptLength(text);
    if (length == 0 || length != text.size())
        return;
    GatttoolEvent e;
    e.kind = GatttoolEvent::Kind::Prompt;
    e.connected = m_cells.constFirst().blue;
    e.text = text.mid(1, text.indexOf(u']') - 1).trimmed();
    events->append(e);
    m_promptReported = true;
}

GatttoolEvent GatttoolParser::classify(QStringView line, bool firstCellBlue)
{
    GatttoolEvent e;
    e.kind = GatttoolEvent::Kind::Text;
    e.text = line.toString();

    if (const qsizetype length = promptLength(line)) {
        e.kind = GatttoolEvent::Kind::Echo;
        e.connected = firstCellBlue;
        e.text = line.mid(length).toString();
        return e;
    }

    Scanner s(line);
    auto value = [&e](QStringView bytes) {
        if (const std::optional<QByteArray> v = hexBytes(bytes)) {
            e.value = *v;
            return true;
        }
        return false;
    };

    if (s.literal("Notification handle = ") || s.literal("Indication   handle = ")) {
        const bool notification = line.startsWith(u'N');
        if (const auto h = s.handle(); h && s.literal(" value:") && value(s.rest())) {
            e.kind = notification ? GatttoolEvent::Kind::Notification : GatttoolEvent::Kind::Indication;
            e.handle = *h;
        }
        return e;
    }
    if (s.literal("Characteristic value/descriptor:")) {
        if (value(s.rest()))
            e.kind = GatttoolEvent::Kind::Value;
        return e;
    }
    if (s.literal("attr handle: ")) {
        const auto start = s.handle();
        if (start && s.literal(", end grp handle: ")) {
            const auto end = s.handle();
            if (end && s.literal(" uuid: ")) {
                if (const auto uuid = uuidText(s.rest())) {
                    e.kind = GatttoolEvent::Kind::Service;
                    e.handle = *start;
                    e.endHandle = *end;
                    e.uuid = *uuid;
                }
            }
        }
        return e;
    }
    if (s.literal("Starting handle: ")) {
        const auto start = s.handle();
        if (start && s.literal(" Ending handle: ")) {
            const auto end = s.handle();
            if (end && s.atEnd()) {
                e.kind = GatttoolEvent::Kind::ServiceRange;
                e.handle = *start;
                e.endHandle = *end;
            }
        }
        return e;
    }
    if (s.literal("handle: ")) {
        const auto h = s.handle();
        if (!h)
            return e;
        e.handle = *h;
        if (s.literal(", char properties: ")) {
            const auto props = s.hexNumber(2);
            if (props && s.literal(", char value handle: ")) {
                const auto valueHandle = s.handle();
                if (valueHandle && s.literal(", uuid: ")) {
                    if (const auto uuid = uuidText(s.rest())) {
                        e.kind = GatttoolEvent::Kind::Characteristic;
                        e.properties = quint8(*props);
                        e.valueHandle = *valueHandle;
                        e.uuid = *uuid;
                    }
                }
            }
        } else if (s.literal(", start handle: ")) {
            const auto start = s.handle();
            if (start && s.literal(", end handle: ")) {
                const auto end = s.handle();
                if (end && (s.literal(" uuid: ") || s.literal(" uuid:"))) {
                    const QStringView rest = s.rest();
                    const auto uuid = uuidText(rest);
                    if (uuid || rest.isEmpty()) {
                        e.kind = GatttoolEvent::Kind::Included;
                        e.startHandle = *start;
                        e.endHandle = *end;
                        e.uuid = uuid.value_or(Uuid());
                    }
                }
            }
        } else if (s.literal(", uuid: ")) {
            if (const auto uuid = uuidText(s.rest())) {
                e.kind = GatttoolEvent::Kind::Descriptor;
                e.uuid = *uuid;
            }
        } else if (s.literal(" \t value:")) {
            if (value(s.rest()))
                e.kind = GatttoolEvent::Kind::ValueByUuid;
        }
        return e;
    }
    if (s.literal("Error: ")) {
        classifyError(s.rest(), &e);
        return e;
    }
    if (s.literal("Command Failed: ")) {
        e.kind = GatttoolEvent::Kind::CommandFailed;
        e.text = s.rest().toString();
        return e;
    }
    if (s.literal("Attempting to connect to ")) {
        e.kind = GatttoolEvent::Kind::Attempting;
        e.text = s.rest().toString();
        return e;
    }
    if (line == u"Connection successful") {
        e.kind = GatttoolEvent::Kind::ConnectionSuccessful;
        return e;
    }
    if (line == u"Characteristic value was written successfully") {
        e.kind = GatttoolEvent::Kind::WriteSuccessful;
        return e;
    }
    if (s.literal("MTU was exchanged successfully: ")) {
        if (const auto mtu = s.decimal(); mtu && s.atEnd()) {
            e.kind = GatttoolEvent::Kind::MtuExchanged;
            e.number = *mtu;
        }
        return e;
    }
    if (s.literal("sec-level: ")) {
        e.kind = GatttoolEvent::Kind::SecurityLevel;
        e.text = s.rest().toString();
        return e;
    }
    if (line == u"No included services found for this range") {
        e.kind = GatttoolEvent::Kind::NoIncluded;
        return e;
    }
    if (line.startsWith(u"Usage: ") || line.startsWith(u"Allowed values: ")
        || line == u"Change will take effect on reconnection") {
        e.kind = GatttoolEvent::Kind::Usage;
        return e;
    }
    return e;
}

} // namespace gattscope
