// SPDX-License-Identifier: MIT
#pragma once

#include "pairingoffer.h"

#include <gattscope/core/backend/backend.h>
#include <gattscope/core/backend/connection.h>
#include <gattscope/core/export/profilewriter.h>
#include <gattscope/core/session/devicesession.h>

#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace gattscope {

class CccdEditor;
class GattTreeModel;
class LinkPanel;
class OperationTracker;
class PasskeyDialog;
class ValueEditor;

// The view of one device's DeviceSession: its state (and the reason of the last
// disconnect, in words), the GATT tree, and the value/CCCD editor for the selection. It
// asks the session to discover on creation and after a reconnect; everything else the
// session does (reads, writes, subscriptions, notified values) it shows as it happens.
// Notified values reach the tree and the editor at most every 100 ms, however fast they
// arrive.
//
// The tree's context menu offers read, subscribe and the two ways to plot a characteristic;
// plotting itself belongs to the window (plotRequested()), which owns the plots.
//
// Pairing: pair() (the Pair button, Device → Pair…) encrypts the link and bonds; when the
// backend asks for a passkey the tab opens a PasskeyDialog (window-modal, not blocking),
// and Cancel there ends pairing. The header shows the security level. A read, write or
// subscription that fails with Insufficient Authentication/Encryption shows a bar in the
// header that offers "Pair and retry". What a backend cannot do (no passkey entry, see
// Backend::Capability::PairingWithoutPasskey) is said in the tooltips and messages.
//
// Under the header's buttons, the LinkPanel shows the link (connection parameters, MTU,
// security) and asks for new connection parameters.
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

    // Takes ownership of `session`.
    DeviceTab(DeviceSession *session, OperationTracker *tracker, QWidget *parent = nullptr);
    ~DeviceTab() override;

    DeviceSession *session() const { return m_session; }
    Connection *connection() const;
    // A later link to the same peer (Backend may hand out a new Connection object).
    void setConnection(Connection *connection);
    DeviceAddress address() const;
    QString title() const;
    // "Connected · MTU 23" / "Disconnected: Connection Timeout (HCI 0x08)".
    QString stateText() const;

    GattTreeModel *treeModel() const { return m_tree; }
    QTreeView *treeView() const { return m_view; }
    ValueEditor *valueEditor() const { return m_valueEditor; }
    CccdEditor *cccdEditor() const { return m_cccdEditor; }
    QSplitter *splitter() const { return m_splitter; }
    QAction *subscribeAction() const { return m_subscribe; }
    QAction *pairAction() const { return m_pair; }
    // The header's link panel: connection parameters, MTU, security, and the request of new
    // connection parameters.
    LinkPanel *linkPanel() const { return m_link; }
    // What the backend of this tab's connection does differently (pairing without passkey,
    // no connection parameters).
    void setBackendCapabilities(Backend::Capabilities capabilities);
    // The passkey dialog while pairing waits for one; nullptr otherwise.
    PasskeyDialog *passkeyDialog() const;
    // The header's pairing message: the last pairing's failure, or the offer to pair and
    // retry; empty when hidden.
    QString pairingMessage() const;
    QPushButton *pairAndRetryButton() const { return m_pairAndRetry; }
    // Shows the "Pair and retry" offer for an operation that failed with `error`.
    void offerPairing(const Error &error, std::function<void()> retry);
    // "Plot notifications" (notify/indicate characteristics with a CCCD) and "Plot by
    // polling…" (readable ones) for the selection; both emit plotRequested().
    QAction *plotNotificationsAction() const { return m_plotNotifications; }
    QAction *plotPollingAction() const { return m_plotPolling; }
    // Discovery has filled the tree (the tab can be saved as a virtual peripheral).
    bool hasDatabase() const;
    // The device as a virtual-peripheral profile: the session's database (with the values
    // read, written or notified so far), the name the scanner showed and the address. The
    // caller adds what only the scanner knows (advertising data, RSSI).
    ProfileWriter profileWriter() const;
    // Reads every readable value after each discovery (File → Preferences, on by default):
    // readValues(ReadScope::All) instead of the User Descriptions only.
    void setReadValuesAfterDiscovery(bool on) { m_readValuesAfterDiscovery = on; }
    bool readsValuesAfterDiscovery() const { return m_readValuesAfterDiscovery; }
    // DeviceSession::readValues(), tracked in the status bar with its progress (Cancel stops
    // it; the values read so far stay). When it ends, a status message says what could not
    // be read, or that the link went down. While one runs, a later call waits for it and
    // then reads what is still unread. Fails with Disconnected when the link is down.
    QFuture<Status> readValues(DeviceSession::ReadScope scope = DeviceSession::ReadScope::All);
    bool isReadingValues() const { return m_readingValues.isStarted() && !m_readingValues.isFinished(); }
    // Whether the selection can be read/written now (the window's Read and Write actions);
    // when not, `reason` (if given) says why, for a tooltip.
    bool canReadSelected(QString *reason = nullptr) const;
    bool canWriteSelected(QString *reason = nullptr) const;
    // Selects the tree row of a characteristic (value handle) or descriptor handle.
    bool selectHandle(quint16 handle);
    quint16 selectedHandle() const { return m_selectedHandle; }

    // The session's, tracked in the status bar like the Subscribe button.
    bool isSubscribed(quint16 valueHandle) const;
    QFuture<Status> subscribe(quint16 valueHandle, bool on);
    QFuture<Status> readDescriptorValues(quint16 valueHandle, const QList<Uuid> &uuids);

public Q_SLOTS:
    void discover();
    void disconnectFromDevice();
    // A disconnectFromDevice() was asked for and has not finished yet (the connection may
    // still say Connected: its state changes on the backend's thread).
    bool isDisconnecting() const { return m_disconnecting.isValid() && !m_disconnecting.isFinished(); }
    // Pairs and bonds (see the class comment). Completes when pairing ended; a failure is
    // also shown in the header and the status bar, a cancel quietly.
    QFuture<Status> pair();
    // Read/Write of the selection (value editor, or the CCCD editor when one is shown).
    void readSelected();
    void writeSelected();
    // Names and decoders changed (a user name, a field layout): the session rebuilds them
    // and the tree and editors follow.
    void refreshNames();
    // Tree and editor back to their first sizes and orientation (View → Reset layout).
    void resetLayout();

Q_SIGNALS:
    void stateChanged();
    void reconnectRequested(const gattscope::DeviceAddress &address);
    void statusMessage(const QString &text);
    // The user asked to plot the characteristic with this value handle.
    void plotRequested(quint16 valueHandle, gattscope::DeviceTab::PlotSource source);
    // Discovery filled the tree (the first time, and after every re-discovery).
    void discovered();
    // The user renamed a UUID in this tab's tree (the window refreshes every tab's names).
    void userNameChanged();
    // The selected row changed, or what can be done with it (the window's Read/Write).
    void selectionChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi(); // again on each QEvent::LanguageChange, with the tree's headers
    void buildUi();
    void applyDefaultSizes();
    void onStateChanged();
    void onDisconnected(const Error &reason);
    void onDiscovered();
    void onValueChanged(quint16 handle, const QByteArray &value);
    void onNotified(const QList<quint16> &handles);
    void showNotifiedValues();
    void onSelectionChanged();
    void onSubscribeToggled(bool on);
    void updateSubscribeAction();
    void showTreeMenu(const QPoint &pos);
    void askPasskey();
    void showPairingMessage(const QString &text, bool error, bool offerRetry);
    void updatePairAction();

    DeviceSession *m_session;
    OperationTracker *m_tracker;
    bool m_sized = false;
    quint16 m_selectedHandle = 0;
    bool m_readValuesAfterDiscovery = true;
    QFuture<Status> m_readingValues; // the last readValues() walk
    QFuture<Status> m_disconnecting; // the last disconnectFromDevice()
    QSet<quint16> m_notified; // value handles whose new value the tree has not shown yet
    QTimer m_notifiedTimer;

    QLabel *m_state = nullptr;
    LinkPanel *m_link = nullptr;
    QToolButton *m_reconnect = nullptr;
    QAction *m_reconnectAction = nullptr;
    QLabel *m_noSelection = nullptr;
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

    QAction *m_pair = nullptr;
    Backend::Capabilities m_capabilities;
    QWidget *m_pairingBar = nullptr;
    QLabel *m_pairingMessage = nullptr;
    QPushButton *m_pairAndRetry = nullptr;
    std::function<void()> m_retry; // what "Pair and retry" runs after pairing
    QPointer<PasskeyDialog> m_passkeyDialog;
};

} // namespace gattscope
