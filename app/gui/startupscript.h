// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/deviceaddress.h>
#include <gattscope/core/base/error.h>
#include <gattscope/core/base/result.h>
#include <gattscope/core/base/uuid.h>
#include <gattscope/core/codecs/fieldlayout.h>

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace gattscope {

class DeviceTab;
class MainWindow;

// Drives a freshly started window to a given state through the same public API a user's
// clicks reach — for screenshots, demos, bug reports and scripted checks:
//
//   gattscope --demo --connect "HRM Strap" --read 2A38 --subscribe 2A37 --screenshot x.png
//   gattscope --demo --connect "HRM Strap" --connect "gattscope Motion" --plot 2A37
//             --plot 6a770002-8c3a-4f3e-9e4b-5a2c1d0e9f10=<hhh   (one command line)
//
// For each target in turn: waits (checking the window every 100 ms, up to `timeoutMs` per
// target) for a scanned device whose address or name matches, connects, waits for
// discovery, then reads the `read` characteristics, subscribes to the `subscribe` ones and
// plots the `plot` ones that this device has — one operation at a time, each once the
// previous one finished. Then finished().
//
// Honest about every step: a device not heard, a connection that failed, a discovery that
// did not finish (said as such), a read that failed or cannot be done (not readable), a
// subscription the device refused or that cannot be done, a plot that cannot decode, a UUID
// that no discovered target has — each is one part of the error finished() carries, naming
// the option ("--read 2A38: …"). The other steps still run.
class StartupScript : public QObject
{
    Q_OBJECT

public:
    explicit StartupScript(MainWindow *window, QObject *parent = nullptr);

    // One target (replacing any others), or one more.
    void setConnectTarget(const QString &addressOrName);
    void addConnectTarget(const QString &addressOrName);
    // Fail (InvalidArgument, with a message) for a string that is not a UUID.
    Status addRead(const QString &uuid);
    Status addSubscribe(const QString &uuid);
    // "<uuid>" or "<uuid>=<layout>" ("6a770002-…=<hhh"): plots the characteristic's
    // notifications (or polls it every second when it only reads), decoded with the layout
    // when given — else it must decode itself or have a layout remembered for its UUID.
    // Fails with a message for a bad UUID or layout.
    Status addPlot(const QString &spec);
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }
    bool isEmpty() const { return m_targets.isEmpty(); }

    void start();

Q_SIGNALS:
    // Every step ran (or the script had none). No error on success; otherwise its message
    // lists every step that failed, "; "-separated, on one line.
    void finished(const gattscope::Error &error);

private:
    enum class Step {
        FindDevice,
        WaitForServices,
        Operations,
        Done,
    };
    enum class Action {
        Read,
        Subscribe,
        ReadDescriptors, // before Plot: the 0x2904 and 0x2901 that decide decoding and label
        Plot,
    };
    struct Operation
    {
        quint16 handle = 0; // characteristic value handle
        Action action = Action::Read;
        FieldLayout layout; // Plot
        QString option; // "--read 2A38", for messages
    };
    struct PlotRequest
    {
        Uuid uuid;
        FieldLayout layout;
        QString spec;
    };
    void poll();
    bool findDevice();
    void onConnectFailed(const DeviceAddress &address, const Error &error);
    void targetFailed(const QString &problem);
    void queueOperations(const DeviceTab *tab);
    void runNext();
    void run(DeviceTab *tab, const Operation &operation);
    void nextTarget();
    void finish();

    MainWindow *m_window;
    QStringList m_targets;
    int m_current = 0;
    QList<Uuid> m_reads;
    QList<Uuid> m_subscribes;
    QList<PlotRequest> m_plots;
    QList<Uuid> m_found; // requested UUIDs some discovered target had
    bool m_anyDiscovered = false;
    int m_timeoutMs = 20000;
    Step m_step = Step::FindDevice;
    DeviceAddress m_address;
    QPointer<DeviceTab> m_tab;
    QList<Operation> m_operations;
    QStringList m_problems;
    QTimer m_timer;
    QElapsedTimer m_clock;
};

} // namespace gattscope
