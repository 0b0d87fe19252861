// SPDX-License-Identifier: MIT
#pragma once

/// @file
/// Everything a program needs to use libgattscope's blocking API, also as
/// `#include <gattscope/gattscope.h>`:
///
/// - gattscope::Adapter — one radio opened from a backend URI: scan, connect.
/// - gattscope::Device — one connected peripheral: read, write, subscribe, bond.
/// - gattscope::Exception and its subclasses — what goes wrong, typed.
/// - the plain value types (ScanResult, CharacteristicInfo, ReceivedValue …).
///
/// Qt programs can use the asynchronous API underneath instead (QFuture-based):
/// <gattscope/backends/backendfactory.h>, <gattscope/core/backend/backend.h>,
/// <gattscope/core/session/devicesession.h>.

#include <gattscope/device/adapter.h>
#include <gattscope/device/device.h>
#include <gattscope/device/devicetypes.h>
#include <gattscope/device/exception.h>
