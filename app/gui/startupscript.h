// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/deviceaddress.h>
#include <gattscope/core/base/uuid.h>
#include <gattscope/core/codecs/fieldlayout.h>

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace gattscope {

class DeviceTab;
class MainWindow;

// Drives a freshly started window to a given state through the same public API a user's
// clicks reach — for screenshots, demos and bug reports:
//
//   gattscope --demo --connect "HRM Strap" --read 2A38 --subscribe 2A37 --screenshot x.png
//   gattscope --demo --connect "HRM Strap" --connect "gattscope Motion" --plot 2A37
//             --plot 6a770002-8c3a-4f3e-9e4b-5a2c1d0e9f10=<hhh   (one command line)
//
// For each target in turn: waits (polling the window every 100 ms, up to `timeoutMs` per
// target) for a scanned device whose address or name matches, connects, waits for
// discovery, then reads the `read` characteristics, subscribes to the `subscribe` ones and
// plots the `plot` ones that this device has — one operation at a time, each once the
// previous one finished. A UUID that no target has is reported. Then finished().
class StartupScript : public QObject
{
    Q_OBJECT

public:
    explicit StartupScript(MainWindow *window, QObject *parent = nullptr);

    // One target (replacing any others), or one more.
    void setConnectTarget(const QString &addressOrName);
    void addConnectTarget(const QString &addressOrName);
    // Fails with a message for a string that is not a UUID.
    bool addRead(const QString &uuid, QString *error);
    bool addSubscribe(const QString &uuid, QString *error);
    // "<uuid>" or "<uuid>=<layout>" ("6a770002-…=<hhh"): plots the characteristic's
    // notifications (or polls it every second when it only reads), decoded with the layout
    // when given — else it must decode itself or have a layout remembered for its UUID.
    // Fails with a message for a bad UUID or layout.
    bool addPlot(const QString &spec, QString *error);
    void setTimeout(int ms) { m_timeoutMs = ms; }
    bool isEmpty() const { return m_targets.isEmpty(); }

    void start();

Q_SIGNALS:
    // Every step ran (or the script had none); `problem` is empty on success.
    void finished(const QString &problem);

private:
    enum class Step {
        FindDevice,
        WaitForServices,
        Operations,
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
    };
    struct PlotRequest
    {
        Uuid uuid;
        FieldLayout layout;
    };
    void poll();
    bool findDevice();
    void queueOperations(const DeviceTab *tab);
    void run(DeviceTab *tab, const Operation &operation);
    void nextTarget();
    void finish(const QString &problem);

    MainWindow *m_window;
    QStringList m_targets;
    int m_current = 0;
    QList<Uuid> m_reads;
    QList<Uuid> m_subscribes;
    QList<PlotRequest> m_plots;
    QList<Uuid> m_found; // requested UUIDs some target had
    int m_timeoutMs = 20000;
    Step m_step = Step::FindDevice;
    DeviceAddress m_address;
    QList<Operation> m_operations;
    QStringList m_problems;
    QTimer m_timer;
    QElapsedTimer m_clock;
};

} // namespace gattscope
