// SPDX-License-Identifier: MIT
#pragma once

// What the fuzz targets share. A target checks properties the code promises (round trips,
// bounds, "never crashes") with FUZZ_CHECK; a failed check aborts, so libFuzzer keeps the
// input as a crash artifact like any sanitizer report. See README.md.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            ::gattscope::fuzz::fail(#condition, __FILE__, __LINE__, nullptr);                                \
    } while (false)

// With a note (e.g. the values that disagreed), evaluated only on failure.
#define FUZZ_CHECK_NOTE(condition, note)                                                                     \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            ::gattscope::fuzz::fail(#condition, __FILE__, __LINE__, qPrintable(note));                       \
    } while (false)

namespace gattscope::fuzz {

[[noreturn]] inline void fail(const char *condition, const char *file, int line, const char *note)
{
    std::fprintf(stderr, "%s:%d: property does not hold: %s\n", file, line, condition);
    if (note)
        std::fprintf(stderr, "  %s\n", note);
    std::abort();
}

// Qt's warnings cost time on every input and bury the report; fatal messages (Q_ASSERT,
// qFatal) still print, and Qt aborts after them. GATTSCOPE_FUZZ_VERBOSE=1 keeps them all,
// for reproducing a crash.
inline void quietQtMessages()
{
    if (qEnvironmentVariableIntValue("GATTSCOPE_FUZZ_VERBOSE"))
        return;
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg)
            std::fprintf(stderr, "Qt fatal: %s\n", qPrintable(message));
    });
}

// Text as it reaches our parsers: from UTF-8 bytes (what a file or a terminal gives, with
// U+FFFD for invalid sequences) or, when `utf16` is set, the bytes as raw UTF-16 code units
// (what a line edit gives: any QChar at all, unpaired surrogates and full-width digits too).
inline QString textFromBytes(QByteArrayView bytes, bool utf16)
{
    if (!utf16)
        return QString::fromUtf8(bytes);
    QString text(bytes.size() / 2, Qt::Uninitialized); // copied: `bytes` may be unaligned
    std::memcpy(text.data(), bytes.data(), size_t(text.size()) * sizeof(QChar));
    return text;
}

// A deterministic sequence of chunk lengths (xorshift32), so one input replays the same way.
class ChunkSizes
{
public:
    explicit ChunkSizes(quint32 seed)
        : m_state(seed | 1u)
    { }
    // 0..max, 0 being rare: an empty read must be harmless too.
    qsizetype next(qsizetype max)
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        return qsizetype(m_state % quint32(max + 1));
    }

private:
    quint32 m_state;
};

} // namespace gattscope::fuzz
