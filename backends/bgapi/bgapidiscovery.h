// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/result.h>
#include <gattscope/core/gatt/gattdatabase.h>

#include <functional>
#include <memory>

namespace gattscope {

class BgapiGattClient;

// Full discovery of a peripheral's attribute database, one attclient procedure at a time:
//   1. primary services:   read_by_group_type(1..FFFF, 0x2800) → group_found × n
//   2. secondary services: read_by_group_type(1..FFFF, 0x2801) (an error just means none)
//   3. per service:        read_by_type(start..end, 0x2803) → one declaration per row:
//                          properties, value handle, characteristic UUID
//   4. per characteristic: find_information(value+1 .. end) → its descriptors, where end is
//                          the next declaration − 1 or the service's end
//   5. per characteristic with the Extended Properties bit and a 0x2900 descriptor: read it
// "Attribute Not Found" ends a step normally. Any other error fails the whole discovery.
// A cancelled discovery stops before its next step (see BgapiGattClient: a step on the wire
// runs to its end first).
// Descriptors are attached to the characteristic whose range holds them, never to "the most
// recent one" — and a CCCD is only ever the 0x2902 found here.
class BgapiDiscovery : public std::enable_shared_from_this<BgapiDiscovery>
{
public:
    using Done = std::function<void(const Result<GattDatabase> &)>;

    static void start(BgapiGattClient *client, Done done);

    BgapiDiscovery(BgapiGattClient *client, Done done);

private:
    void findServices(bool primary);
    void findCharacteristics(int service);
    void findDescriptors(int service, int characteristic);
    void readExtendedProperties(int service, int characteristic);
    void next(int service, int characteristic); // moves on to the next characteristic
    void finish(const Error &error);

    BgapiGattClient *m_client;
    Done m_done;
    QList<Service> m_services;
};

} // namespace gattscope
