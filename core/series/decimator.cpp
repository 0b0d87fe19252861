// SPDX-License-Identifier: MIT
#include "decimator.h"

namespace gattscope {

std::vector<SeriesPoint> Decimator::decimate(const SeriesBuffer &buffer, qint64 fromUs, qint64 toUs,
                                             int columns)
{
    std::vector<SeriesPoint> out;
    decimate(buffer, fromUs, toUs, columns, out);
    return out;
}

void Decimator::decimate(const SeriesBuffer &buffer, qint64 fromUs, qint64 toUs, int columns,
                         std::vector<SeriesPoint> &out)
{
    if (buffer.isEmpty() || toUs < fromUs)
        return;
    columns = qMax(1, columns);
    const quint64 first = buffer.lowerBound(fromUs);
    const quint64 end = buffer.upperBound(toUs, first, buffer.endSequence());

    if (first > buffer.firstSequence())
        out.push_back(buffer.at(first - 1));

    if (end - first <= quint64(columns) * 2) {
        for (quint64 seq = first; seq < end; ++seq)
            out.push_back(buffer.at(seq));
    } else {
        const double span = double(toUs - fromUs);
        quint64 start = first;
        for (int c = 0; c < columns && start < end; ++c) {
            // Slice c is (edge(c), edge(c+1)]; the last slice ends at toUs exactly.
            const qint64 edge = c + 1 == columns ? toUs : fromUs + qint64(span * (c + 1) / columns);
            const quint64 stop = buffer.upperBound(edge, start, end);
            if (stop == start)
                continue;
            const SeriesEnvelope env = buffer.envelope(start, stop);
            const quint64 a = qMin(env.minSequence, env.maxSequence);
            const quint64 b = qMax(env.minSequence, env.maxSequence);
            out.push_back(buffer.at(a));
            if (b != a)
                out.push_back(buffer.at(b));
            start = stop;
        }
    }

    if (end < buffer.endSequence())
        out.push_back(buffer.at(end));
}

SeriesEnvelope Decimator::envelope(const SeriesBuffer &buffer, qint64 fromUs, qint64 toUs)
{
    const quint64 first = buffer.lowerBound(fromUs);
    return buffer.envelope(first, buffer.upperBound(toUs, first, buffer.endSequence()));
}

} // namespace gattscope
