// SPDX-License-Identifier: MIT
#pragma once

// Wireshark's tshark reading a capture we wrote: the check that our btsnoop files decode the
// way a user expects (handle names, Heart Rate fields, addresses, request/response pairs).
// scripts/install-deps installs tshark. A test that needs it fails when it is missing — it
// never skips: a capture nobody decoded is not a tested capture.

#include <QList>
#include <QString>
#include <QStringList>

namespace gattscope::test {

struct TsharkRun
{
    bool ok = false; // tshark ran and exited 0
    QString out;
    QString error; // why not ok: "tshark is not installed …", its stderr, a timeout
};

// The tshark program on PATH, or empty.
QString tsharkProgram();
// `tshark -r fileName <arguments>` (e.g. {"-V"} for the full dissection).
TsharkRun runTshark(const QString &fileName, const QStringList &arguments);

// One row per frame of `tshark -T fields -E separator=/t -e <field>...`: the fields in the
// order asked (multiple occurrences of a field joined by ',').
QList<QStringList> tsharkFields(const QString &fileName, const QStringList &fields, QString *error);

// What every capture of a Heart Rate session must show in Wireshark; the problems found,
// empty when there are none. `localAddress` ("00:07:80:a1:b2:c3") is the dongle's.
// - the handles are named: "Heart Rate Measurement" and its Client Characteristic
//   Configuration, and no operation (read, write, notification …) is on an "(Unknown)" one;
// - at least one notification decodes into Heart Rate fields (btatt.heart_rate_measurement.*);
// - every response Wireshark pairs with a request comes strictly later than that request;
// - every ATT packet runs between `localAddress` and a non-zero peer;
// - the link opens (LE Connection Complete) and, when `disconnects`, is closed
//   (Disconnection Complete).
// `excerpt` receives a few lines of `tshark -V` about the Heart Rate Measurement.
QStringList checkHeartRateCapture(const QString &fileName, const QString &localAddress, bool disconnects,
                                  QString *excerpt = nullptr);

} // namespace gattscope::test
