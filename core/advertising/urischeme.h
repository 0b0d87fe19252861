// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace gattscope {

// Code 0x01 means "no scheme" (the URI text is complete).
constexpr quint32 UriNoScheme = 0x01;

// The scheme for a code of the Bluetooth "URI scheme name string mapping", used by the URI
// AD type (0x24) and the URI characteristic: 0x16 "http:", 0x17 "https:", … Empty for
// UriNoScheme and for codes not in the table.
QString uriSchemeName(quint32 code);

} // namespace gattscope
