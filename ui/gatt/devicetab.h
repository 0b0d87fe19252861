// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/backend/connection.h>
#include <gattscope/core/codecs/valuedecoder.h>
#include <gattscope/core/export/profilewriter.h>
#include <gattscope/core/session/trafficentry.h>

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace gattscope {

class CccdEditor;
class GattTreeModel;
class OperationTracker;
class ValueEditor;

// One connected device: its state (and the reason of the last disconnect, in words), the
// GATT tree, and the value/CCCD editor for the selection. Discovers on creation, then reads
// the User Descriptions (0x2901) that name characteristics; applies notification batches
// to the tree in place and hands them to the log as one batch.
//
// The tree's context menu offers read, subscribe and the two ways to plot a characteristic;
// plotting itself belongs to the window (plotRequested()), which owns the plots.
class DeviceTab : public QWidget
{
    Q_OBJECT

public:
    // How a characteristic reaches a plot: its notifications/indications, or reads at an
    // interval.
    enum class PlotSource : quint8 {
        Notifications,
        Polling
    };
    Q_ENUM(PlotSource)

    DeviceTab(Connection *connection, const QString &deviceName, OperationTracker *tracker,
              QWidget *parent = nullptr);
    ~DeviceTab() override;

    Connection *connection() const { return m_connection; }
    // A later link to the same peer (Backend may hand out a new Connection object).
    void setConnection(Connection *connection);
    DeviceAddress address() const { return m_address; }
    QString title() const;
    // "Connected · MTU 23" / "Disconnected: Connection Timeout (HCI 0x08)".
    QString stateText() const;

    GattTreeModel *treeModel() const { return m_tree; }
    QTreeView *treeView() const { return m_view; }
    ValueEditor *valueEditor() const { return m_valueEditor; }
    CccdEditor *cccdEditor() const { return m_cccdEditor; }
    QAction *subscribeAction() const { return m_subscribe; }
    // "Plot notifications" (notify/indicate characteristics with a CCCD) and "Plot by
    // polling…" (readable ones) for the selection; both emit plotRequested().
    QAction *plotNotificationsAction() const { return m_plotNotifications; }
    QAction *plotPollingAction() const { return m_plotPolling; }
    // Discovery has filled the tree (the tab can be saved as a virtual peripheral).
    bool hasDatabase() const;
    // The device as a virtual-peripheral profile: the tree's database (with the values
    // read, written or notified so far), the name the scanner showed and the address. The
    // caller adds what only the scanner knows (advertising data, RSSI).
    ProfileWriter profileWriter() const;
    // Selects the tree row of a characteristic (value handle) or descriptor handle.
    bool selectHandle(quint16 handle);
    quint16 selectedHandle() const { return m_selectedHandle; }

    // Whether the characteristic's CCCD, as last read or written, has notifications or
    // indications on.
    bool isSubscribed(quint16 valueHandle) const;
    // Turns the characteristic's updates on (notifications, else indications) or off by
    // writing the CCCD discovery found; logged and tracked like the Subscribe button.
    void subscribe(quint16 valueHandle, bool on);
    // Reads those descriptors of the characteristic whose UUID is in `uuids` and that have
    // no value yet (the 0x2904 that decides how values decode, the 0x2901 that names it),
    // one after the other, and stores the values in the tree. `done` runs afterwards on
    // this tab's thread, also when a read failed or the link is down (at once when there is
    // nothing to read), but not once the tab is gone. Tracked by the operation tracker.
    void readDescriptorValues(quint16 valueHandle, const QList<Uuid> &uuids, std::function<void()> done);
    // Rebuilds the log's decoders and names (after the user changed a field layout, or a
    // 0x2904/0x2901 was read).
    void refreshDecoders();
    // A read made elsewhere (a plot's polling) shown like the tab's own: the value goes to
    // the tree, and a "← read" line (hex, decoded; or the error) to the log. `timestampUs`
    // 0 means now.
    void recordRead(quint16 valueHandle, const QByteArray &value, const Error &error = Error(),
                    qint64 timestampUs = 0);

public Q_SLOTS:
    void discover();
    void disconnectFromDevice();
    // Read/Write of the selection (value editor, or the CCCD editor when one is shown).
    void readSelected();
    void writeSelected();

Q_SIGNALS:
    void trafficRecorded(const gattscope::TrafficEntry &entry);
    void trafficBatchRecorded(const QList<gattscope::TrafficEntry> &entries);
    void stateChanged();
    void reconnectRequested(const gattscope::DeviceAddress &address);
    void statusMessage(const QString &text);
    // The user asked to plot the characteristic with this value handle.
    void plotRequested(quint16 valueHandle, gattscope::DeviceTab::PlotSource source);
    // Discovery filled the tree (the first time, and after every re-discovery).
    void discovered();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildUi();
    void attach();
    void onStateChanged();
    void onDisconnected(const Error &reason);
    void onNotifications(const QList<Notification> &batch);
    void onSelectionChanged();
    void onValueChanged(quint16 handle, const QByteArray &value);
    void onSubscribeToggled(bool on);
    void updateSubscribeAction();
    void showTreeMenu(const QPoint &pos);
    // Reads every 0x2901 User Description not read yet (they name vendor characteristics);
    // failures only show in the log.
    void readUserDescriptions();
    void readNextDescriptor(QList<quint16> handles, std::function<void()> done);
    void recordEvent(const QString &what, const QString &error = {});

    QPointer<Connection> m_connection;
    QList<QMetaObject::Connection> m_links;
    DeviceAddress m_address;
    QString m_name;
    OperationTracker *m_tracker;
    Error m_lastReason;
    bool m_discovering = false;
    bool m_sized = false;
    quint16 m_selectedHandle = 0;
    QHash<quint16, ValueDecoder> m_decoders; // by value handle, for notification batches
    QHash<quint16, QString> m_names;

    QLabel *m_state = nullptr;
    QToolButton *m_reconnect = nullptr;
    QAction *m_subscribe = nullptr;
    QAction *m_discover = nullptr;
    QAction *m_disconnect = nullptr;
    QAction *m_read = nullptr;
    QAction *m_plotNotifications = nullptr;
    QAction *m_plotPolling = nullptr;
    GattTreeModel *m_tree = nullptr;
    QTreeView *m_view = nullptr;
    QStackedWidget *m_editors = nullptr;
    ValueEditor *m_valueEditor = nullptr;
    CccdEditor *m_cccdEditor = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace gattscope
