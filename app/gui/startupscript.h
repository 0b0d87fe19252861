// SPDX-License-Identifier: MIT
#pragma once

#include "deviceaddress.h"
#include "uuid.h"

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
//
// Waits (polling the window every 100 ms, up to `timeoutMs`) for a scanned device whose
// address or name matches, connects, waits for discovery, reads the `read` characteristics
// and subscribes to the `subscribe` ones — one operation at a time, each once the previous
// one finished — leaving the last one selected; then finished().
class StartupScript : public QObject
{
    Q_OBJECT

public:
    explicit StartupScript(MainWindow *window, QObject *parent = nullptr);

    void setConnectTarget(const QString &addressOrName) { m_target = addressOrName; }
    // Fails with a message for a string that is not a UUID.
    bool addRead(const QString &uuid, QString *error);
    bool addSubscribe(const QString &uuid, QString *error);
    void setTimeout(int ms) { m_timeoutMs = ms; }
    bool isEmpty() const { return m_target.isEmpty(); }

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
    struct Operation
    {
        quint16 handle = 0; // characteristic value handle
        bool subscribe = false; // else read
    };
    void poll();
    bool findDevice();
    void queueOperations(const DeviceTab *tab);
    void finish(const QString &problem);

    MainWindow *m_window;
    QString m_target;
    QList<Uuid> m_reads;
    QList<Uuid> m_subscribes;
    int m_timeoutMs = 20000;
    Step m_step = Step::FindDevice;
    DeviceAddress m_address;
    QList<Operation> m_operations;
    QStringList m_missing;
    QTimer m_timer;
    QElapsedTimer m_clock;
};

} // namespace gattscope
