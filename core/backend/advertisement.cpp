// SPDX-License-Identifier: MIT
#include "advertisement.h"

#include <QCoreApplication>

namespace gattscope {

QString advertisementKindName(AdvertisementKind kind)
{
    switch (kind) {
    case AdvertisementKind::ConnectableUndirected:
        return QCoreApplication::translate("gattscope::Advertisement", "connectable");
    case AdvertisementKind::ConnectableDirected:
        return QCoreApplication::translate("gattscope::Advertisement", "directed");
    case AdvertisementKind::ScannableUndirected:
        return QCoreApplication::translate("gattscope::Advertisement", "scannable");
    case AdvertisementKind::NonConnectable:
        return QCoreApplication::translate("gattscope::Advertisement", "non-connectable");
    case AdvertisementKind::ScanResponse:
        return QCoreApplication::translate("gattscope::Advertisement", "scan response");
    }
    return {};
}

} // namespace gattscope
