// SPDX-License-Identifier: MIT
#include "hexcodec.h"

#include <QCoreApplication>

#include <algorithm>

namespace gattscope {

namespace {
// The translation context of this file's texts (lupdate reads it from the macro).
struct HexCodecTexts
{
    Q_DECLARE_TR_FUNCTIONS(gattscope::HexCodec)
};

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u':' || c == u'-' || c == u',' || c == u';';
}

// A character as users can read it in a message: 'g', or U+0007 for invisible ones.
QString visibleChar(QChar c)
{
    if (c.isPrint() && !c.isSpace())
        return QLatin1Char('\'') + QString(c) + QLatin1Char('\'');
    return QStringLiteral("U+") + QStringLiteral("%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

Result<QByteArray> fail(QString message, qsizetype position, qsizetype *errorPosition)
{
    if (errorPosition)
        *errorPosition = position;
    return Error(Error::Kind::InvalidArgument, std::move(message));
}
} // namespace

Result<QByteArray> parseHex(QStringView text, qsizetype *errorPosition)
{
    if (errorPosition)
        *errorPosition = -1;
    QByteArray out;
    out.reserve(text.size() / 2);
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (isSeparator(text[i])) {
            ++i;
            continue;
        }
        const qsizetype groupStart = i;
        if (text[i] == u'0' && i + 1 < n && (text[i + 1] == u'x' || text[i + 1] == u'X')) {
            i += 2;
            if (i == n || isSeparator(text[i])) {
                return fail(HexCodecTexts::tr("'0x' at position %1 is not followed by hex digits")
                                .arg(QString::number(groupStart)),
                            groupStart, errorPosition);
            }
        }
        const qsizetype digitsStart = i;
        while (i < n && !isSeparator(text[i])) {
            if (hexDigitValue(text[i]) < 0) {
                return fail(HexCodecTexts::tr("invalid hex digit %1 at position %2")
                                .arg(visibleChar(text[i]), QString::number(i)),
                            i, errorPosition);
            }
            ++i;
        }
        const qsizetype count = i - digitsStart;
        if (count % 2 != 0) {
            return fail(
                HexCodecTexts::tr(
                    "odd number of hex digits (%1) in '%2' at position %3; each byte needs two digits")
                    .arg(QString::number(count), text.mid(groupStart, i - groupStart).toString(),
                         QString::number(groupStart)),
                groupStart, errorPosition);
        }
        for (qsizetype k = digitsStart; k < i; k += 2)
            out.append(char((hexDigitValue(text[k]) << 4) | hexDigitValue(text[k + 1])));
    }
    return out;
}

QString toHex(QByteArrayView bytes, QChar separator)
{
    static constexpr char16_t digits[] = u"0123456789ABCDEF";
    QString out;
    out.reserve(bytes.size() * 3);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (i > 0 && !separator.isNull())
            out.append(separator);
        const quint8 b = quint8(bytes[i]);
        out.append(QChar(digits[b >> 4]));
        out.append(QChar(digits[b & 0x0F]));
    }
    return out;
}

QStringList hexDumpLines(QByteArrayView bytes, int bytesPerLine)
{
    bytesPerLine = std::clamp(bytesPerLine, 1, 64);
    const int offsetWidth = bytes.size() > 0x10000 ? 8 : 4;
    const int hexWidth = bytesPerLine * 3 - 1;
    QStringList lines;
    for (qsizetype offset = 0; offset < bytes.size(); offset += bytesPerLine) {
        const QByteArrayView chunk
            = bytes.sliced(offset, std::min<qsizetype>(bytesPerLine, bytes.size() - offset));
        QString ascii;
        ascii.reserve(chunk.size());
        for (char c : chunk)
            ascii.append((c >= 0x20 && c <= 0x7E) ? QLatin1Char(c) : QLatin1Char('.'));
        const QString offsetText
            = QStringLiteral("%1").arg(offset, offsetWidth, 16, QLatin1Char('0')).toUpper();
        QString hexText = toHex(chunk);
        hexText.append(QString(hexWidth - hexText.size(), u' '));
        lines.append(offsetText + QStringLiteral("  ") + hexText + QStringLiteral("  |") + ascii
                     + QLatin1Char('|'));
    }
    return lines;
}

int hexDigitValue(QChar c)
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

} // namespace gattscope
