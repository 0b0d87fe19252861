// SPDX-License-Identifier: MIT
// The gatttool line parser (backends/gatttool/gatttoolparser.h) on anything gatttool, a
// terminal or a broken pipe may write. Properties:
//   - the events do not depend on how the output was split into reads, apart from
//     Prompt events (a prompt is reported when a read ends on one, so where reads end
//     decides how often a redrawn prompt is seen);
//   - no event text holds a line break or an escape, or is longer than kMaxLineLength;
//   - classify() of a finished line gives what the parser gave for it (same kind);
//   - reset() forgets a partial line: after it, a prompt and "Connection successful"
//     parse as on a fresh parser.
// Input: byte 0 seeds the read sizes, the rest is gatttool's stdout.
#include "fuzzsupport.h"

#include <gattscope/backends/gatttool/gatttoolparser.h>

using namespace gattscope;

namespace {

QList<GatttoolEvent> withoutPrompts(const QList<GatttoolEvent> &events)
{
    QList<GatttoolEvent> out;
    for (const GatttoolEvent &e : events) {
        if (e.kind != GatttoolEvent::Kind::Prompt)
            out.append(e);
    }
    return out;
}

bool sameEvent(const GatttoolEvent &a, const GatttoolEvent &b)
{
    return a.kind == b.kind && a.failure == b.failure && a.attError == b.attError
        && a.connected == b.connected && a.handle == b.handle && a.startHandle == b.startHandle
        && a.endHandle == b.endHandle && a.valueHandle == b.valueHandle && a.properties == b.properties
        && a.number == b.number && a.uuid == b.uuid && a.value == b.value && a.text == b.text;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArrayView output(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));

    GatttoolParser whole;
    const QList<GatttoolEvent> events = whole.feed(output);
    for (const GatttoolEvent &e : events) {
        FUZZ_CHECK(e.text.size() <= GatttoolParser::kMaxLineLength);
        FUZZ_CHECK(!e.text.contains(u'\n') && !e.text.contains(u'\r') && !e.text.contains(QChar(0x1B)));
        if (e.kind == GatttoolEvent::Kind::Text)
            FUZZ_CHECK(GatttoolParser::classify(e.text, false).kind == GatttoolEvent::Kind::Text);
    }

    if (data[0] != 0) {
        GatttoolParser chunked;
        QList<GatttoolEvent> pieces;
        fuzz::ChunkSizes sizes(data[0]);
        const qsizetype maxChunk = data[0] % 2 ? 5 : 200;
        for (qsizetype pos = 0; pos < output.size();) {
            const qsizetype n = qMin(sizes.next(maxChunk), output.size() - pos);
            chunked.feed(output.sliced(pos, n), &pieces);
            pos += n;
        }
        const QList<GatttoolEvent> a = withoutPrompts(events);
        const QList<GatttoolEvent> b = withoutPrompts(pieces);
        FUZZ_CHECK_NOTE(a.size() == b.size(),
                        QStringLiteral("%1 events in one read, %2 in pieces").arg(a.size()).arg(b.size()));
        for (qsizetype i = 0; i < a.size(); ++i)
            FUZZ_CHECK_NOTE(sameEvent(a[i], b[i]),
                            QStringLiteral("event %1: \"%2\" / \"%3\"").arg(i).arg(a[i].text, b[i].text));
    }

    whole.reset();
    const QList<GatttoolEvent> fresh = whole.feed("[00:11:22:33:44:55][LE]> \nConnection successful\n");
    FUZZ_CHECK(!fresh.isEmpty() && fresh.constLast().kind == GatttoolEvent::Kind::ConnectionSuccessful);
    return 0;
}
