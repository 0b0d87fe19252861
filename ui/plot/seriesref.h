// SPDX-License-Identifier: MIT
#pragma once

#include <QHashFunctions>

namespace gattscope {

// Names one series of one plotted stream (SeriesRecorder's stream id, decoder's index).
struct SeriesRef
{
    int stream = 0;
    int series = 0;

    friend bool operator==(const SeriesRef &, const SeriesRef &) = default;
};

inline size_t qHash(const SeriesRef &ref, size_t seed = 0) noexcept
{
    return qHashMulti(seed, ref.stream, ref.series);
}

} // namespace gattscope
