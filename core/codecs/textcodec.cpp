// SPDX-License-Identifier: MIT
#include "textcodec.h"

#include <gattscope/core/base/hexcodec.h>

namespace gattscope {

namespace {
void appendByteEscape(QString &out, quint8 byte)
{
    static constexpr char16_t digits[] = u"0123456789ABCDEF";
    out.append(QStringLiteral("\\x"));
    out.append(QChar(digits[byte >> 4]));
    out.append(QChar(digits[byte & 0x0F]));
}

bool isControl(char32_t cp)
{
    return (cp < 0x20 && cp != u'\t' && cp != u'\n' && cp != u'\r') || cp == 0x7F
        || (cp >= 0x80 && cp <= 0x9F);
}

void appendCodePoint(QString &out, char32_t cp)
{
    if (QChar::requiresSurrogates(cp)) {
        out.append(QChar(QChar::highSurrogate(cp)));
        out.append(QChar(QChar::lowSurrogate(cp)));
    } else {
        out.append(QChar(char16_t(cp)));
    }
}

void noteInvalid(DecodedText &d, qsizetype offset)
{
    d.valid = false;
    ++d.invalidBytes;
    if (d.firstInvalidOffset < 0)
        d.firstInvalidOffset = offset;
}

qsizetype countTrailingNuls(QByteArrayView bytes, int unit)
{
    qsizetype count = 0;
    while (bytes.size() - (count + 1) * unit >= 0) {
        bool zero = true;
        for (int k = 0; k < unit; ++k)
            zero = zero && bytes[bytes.size() - (count + 1) * unit + k] == 0;
        if (!zero)
            break;
        ++count;
    }
    return count;
}

} // namespace

DecodedText decodeUtf8(QByteArrayView bytes, InvalidUtf8Display display, TrailingNuls nuls)
{
    DecodedText d;
    if (nuls == TrailingNuls::Strip) {
        d.trailingNuls = int(countTrailingNuls(bytes, 1));
        bytes = bytes.first(bytes.size() - d.trailingNuls);
    }
    const bool escape = display == InvalidUtf8Display::Escape;
    d.text.reserve(bytes.size());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const quint8 b0 = quint8(bytes[i]);
        int length = 0;
        char32_t cp = 0;
        quint8 low = 0x80;
        quint8 high = 0xBF;
        if (b0 < 0x80) {
            length = 1;
            cp = b0;
        } else if (b0 >= 0xC2 && b0 <= 0xDF) {
            length = 2;
            cp = b0 & 0x1F;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            length = 3;
            cp = b0 & 0x0F;
            if (b0 == 0xE0)
                low = 0xA0; // overlong
            else if (b0 == 0xED)
                high = 0x9F; // surrogates
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            length = 4;
            cp = b0 & 0x07;
            if (b0 == 0xF0)
                low = 0x90; // overlong
            else if (b0 == 0xF4)
                high = 0x8F; // above U+10FFFF
        }
        bool ok = length > 0 && i + length <= n;
        for (int k = 1; ok && k < length; ++k) {
            const quint8 b = quint8(bytes[i + k]);
            const quint8 lo = k == 1 ? low : 0x80;
            const quint8 hi = k == 1 ? high : 0xBF;
            ok = b >= lo && b <= hi;
            cp = (cp << 6) | (b & 0x3F);
        }
        if (!ok) {
            // Resynchronise one byte later; following continuation bytes are then reported
            // one by one, so every raw byte stays visible.
            noteInvalid(d, i);
            if (escape)
                appendByteEscape(d.text, b0);
            else
                d.text.append(QChar(QChar::ReplacementCharacter));
            ++i;
            continue;
        }
        if (isControl(cp)) {
            d.hasControlCharacters = true;
            if (escape) {
                for (int k = 0; k < length; ++k)
                    appendByteEscape(d.text, quint8(bytes[i + k]));
                i += length;
                continue;
            }
        }
        if (escape && cp == u'\\')
            d.text.append(QStringLiteral("\\\\"));
        else
            appendCodePoint(d.text, cp);
        i += length;
    }
    return d;
}

QByteArray encodeUtf8(QStringView text)
{
    return text.toUtf8();
}

Result<QByteArray> parseEscapedText(QStringView text)
{
    QByteArray out;
    out.reserve(text.size());
    qsizetype literalStart = 0;
    auto flushLiteral = [&](qsizetype end) {
        out.append(text.mid(literalStart, end - literalStart).toUtf8());
    };
    qsizetype i = 0;
    while (i < text.size()) {
        if (text[i] != u'\\' || i + 1 >= text.size()) {
            ++i;
            continue;
        }
        const QChar next = text[i + 1];
        int consumed = 0;
        char byte = 0;
        if (next == u'x' && i + 3 < text.size() && hexDigitValue(text[i + 2]) >= 0
            && hexDigitValue(text[i + 3]) >= 0) {
            byte = char((hexDigitValue(text[i + 2]) << 4) | hexDigitValue(text[i + 3]));
            consumed = 4;
        } else if (next == u'\\') {
            byte = '\\';
            consumed = 2;
        } else if (next == u'n') {
            byte = '\n';
            consumed = 2;
        } else if (next == u'r') {
            byte = '\r';
            consumed = 2;
        } else if (next == u't') {
            byte = '\t';
            consumed = 2;
        } else if (next == u'0') {
            byte = '\0';
            consumed = 2;
        }
        if (consumed == 0) {
            ++i; // not an escape: the backslash is literal
            continue;
        }
        flushLiteral(i);
        out.append(byte);
        i += consumed;
        literalStart = i;
    }
    flushLiteral(text.size());
    return out;
}

DecodedText decodeUtf16Le(QByteArrayView bytes, TrailingNuls nuls)
{
    DecodedText d;
    if (nuls == TrailingNuls::Strip) {
        d.trailingNuls = int(countTrailingNuls(bytes.first(bytes.size() & ~qsizetype(1)), 2));
        if (bytes.size() % 2 == 0)
            bytes = bytes.first(bytes.size() - 2 * d.trailingNuls);
    }
    const qsizetype units = bytes.size() / 2;
    auto unitAt = [&](qsizetype k) {
        return char16_t(quint8(bytes[2 * k]) | (quint8(bytes[2 * k + 1]) << 8));
    };
    for (qsizetype k = 0; k < units; ++k) {
        const char16_t u = unitAt(k);
        if (QChar::isHighSurrogate(u) && k + 1 < units && QChar::isLowSurrogate(unitAt(k + 1))) {
            d.text.append(QChar(u));
            d.text.append(QChar(unitAt(k + 1)));
            ++k;
            continue;
        }
        if (QChar::isSurrogate(u)) {
            noteInvalid(d, 2 * k);
            ++d.invalidBytes; // a code unit is two bytes
            d.text.append(QChar(QChar::ReplacementCharacter));
            continue;
        }
        if (isControl(u))
            d.hasControlCharacters = true;
        d.text.append(QChar(u));
    }
    if (bytes.size() % 2 != 0) {
        noteInvalid(d, bytes.size() - 1);
        appendByteEscape(d.text, quint8(bytes.back()));
    }
    return d;
}

QByteArray encodeUtf16Le(QStringView text)
{
    QByteArray out;
    out.reserve(text.size() * 2);
    for (QChar c : text) {
        out.append(char(c.unicode() & 0xFF));
        out.append(char(c.unicode() >> 8));
    }
    return out;
}

} // namespace gattscope
