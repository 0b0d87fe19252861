// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/error.h>

#include <functional>

namespace gattscope {

// How an editor hands the DeviceTab an operation that failed for lack of authentication or
// encryption (DeviceSession::needsPairing()): the tab offers "Pair and retry", pairs, and
// on success calls `retry`, which runs the operation again (or does nothing when the
// editor moved on to another attribute).
using PairingOffer = std::function<void(const Error &error, std::function<void()> retry)>;

} // namespace gattscope
