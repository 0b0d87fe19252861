// SPDX-License-Identifier: MIT
#include "bgapitransport.h"

namespace gattscope {

BgapiTransport::BgapiTransport(QObject *parent)
    : QObject(parent)
{ }

BgapiTransport::~BgapiTransport() = default;

QString BgapiTransport::dongleName() const
{
    return QStringLiteral("BLED112");
}

void BgapiTransport::flush() { }

} // namespace gattscope
