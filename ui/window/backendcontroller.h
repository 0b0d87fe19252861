// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/backend/backend.h>
#include <gattscope/core/base/result.h>
#include <gattscope/ui/common/backendcatalog.h>

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QMessageBox;
class QTimer;

namespace gattscope {

class OperationTracker;
class ScannerModel;
class ScannerPanel;

// The radio the window uses: the backend picker in the tool bar (refreshed every few
// seconds, so a dongle that is plugged in shows up), opening and closing backends through
// the application's BackendCatalog, scanning, the backend's state in the status bar, and
// the Demo dongle's virtual peripherals. Feeds the scanner with the backend's adverts.
//
// Notes for users
// - open() builds the new backend before the running one is closed: a URI that cannot be
//   opened leaves the session as it was and comes back as an error (also emitted as
//   openFailed(), and said in the status bar). A device that fails to open later (the port
//   is busy) is reported the same way, asynchronously.
// - aboutToClose() goes out before a backend is closed: views that hold its connections
//   (the device tabs) drop them then. opened() follows a successful adopt.
// - What the user picks in the window (the dongle, the Demo dongle's virtual-peripheral
//   files) is remembered across runs. A choice made with Scope::ThisRun (the command line)
//   is used for this run only and never changes the remembered one.
// - What the catalog finds only in the background (the system's Bluetooth adapters) is
//   probed when the picker is set up and with every refresh; the picker shows it once the
//   answer is in. Start-up never waits for it, except that openInitial() decides when the
//   first answer is in if the backend used last is not listed before.
// - A radio that is switched off (a BlueZ adapter, Backend::Info::powered false) is said in
//   the status bar and the scanner, and the user is offered to switch it on (powerQuestion(),
//   a non-modal question) when it opens that way, is switched off in use, or a scan is
//   refused for it.
class BackendController : public QObject
{
    Q_OBJECT

public:
    // Whether a choice is remembered for the next runs (the window's own controls) or used
    // for this run only (command-line options).
    enum class Scope {
        Saved,
        ThisRun
    };

    BackendController(BackendCatalog catalog, OperationTracker *tracker, ScannerModel *scanner,
                      ScannerPanel *scannerPanel, QObject *parent = nullptr);
    ~BackendController() override;

    // The tool bar's picker and the status bar's label, owned by the window.
    void setWidgets(QComboBox *picker, QLabel *status);

    Backend *backend() const;
    QString uri() const { return m_uri; }
    bool isDemoUri(const QString &uri) const;
    bool hasDemo() const { return bool(m_catalog.createDemo); }
    // Scanning and connecting are possible (the backend opened).
    bool isUsable() const;

    Status open(const QString &uri, Scope scope = Scope::Saved);
    // `uri` if given (for this run only: the remembered backend stays); else the last
    // backend used if it is still offered; else the Demo dongle when no hardware is offered
    // (and says so). When the last backend is not listed but the catalog's first probe is
    // still out, the choice is made when it answers (returns success meanwhile).
    Status openInitial(const QString &uri = {});
    void close();
    void refreshList();
    // Asks the catalog's probe again (joins one under way); the picker is refreshed when it
    // answers.
    void probe();
    // Switches the radio of the backend in use on (Capability::PowerControl), then scans.
    void switchOn();
    // The open "switched off: switch it on?" question, if any.
    QMessageBox *powerQuestion() const;
    void setScanning(bool on);

    // The Demo dongle serving the virtual peripherals of `files` (profile JSON) instead of
    // its built-in set; an empty list goes back to the built-in set. The new dongle is built
    // before the running backend is closed: on a broken file nothing changes and the error
    // names the file and the problem. Scope::Saved remembers the choice across runs;
    // Scope::ThisRun serves the files until the program ends and leaves the remembered
    // choice as it was.
    Status loadVirtualPeripherals(const QStringList &files, Scope scope = Scope::Saved);
    QStringList virtualPeripheralFiles() const { return m_demoProfiles; }
    // The files the next run serves by default (File → Load virtual peripherals…).
    static QStringList savedVirtualPeripheralFiles();

Q_SIGNALS:
    void aboutToClose();
    void opened();
    void stateChanged();
    void scanningChanged(bool scanning);
    // A backend could not be created or did not open; `reason` is for people.
    void openFailed(const QString &uri, const QString &reason);
    void statusMessage(const QString &text, int timeoutMs);
    void errorOccurred(const gattscope::Error &error);

private:
    void adopt(std::unique_ptr<BackendHost> host, const QString &uri, Scope scope);
    void showCurrent(const QStringList &uris);
    Status openFallback(const QList<BackendChoice> &choices);
    void onProbed();
    void offerToSwitchOn();
    void setDemoProfiles(const QStringList &files, Scope scope);
    void updateStatus();
    // Sets the scanner's text for an empty list, made again after a language switch.
    void showEmptyText(std::function<QString()> text);
    void say(const QString &text, int timeoutMs = 8000) { Q_EMIT statusMessage(text, timeoutMs); }

    BackendCatalog m_catalog;
    OperationTracker *m_tracker;
    ScannerModel *m_scanner;
    ScannerPanel *m_scannerPanel;
    std::unique_ptr<BackendHost> m_host;
    QString m_uri;
    QString m_demoUri = QStringLiteral("demo");
    QStringList m_demoProfiles; // absolute paths; empty = the built-in set
    Scope m_demoProfilesScope = Scope::Saved; // ThisRun: m_demoProfiles are not the saved ones
    QStringList m_hardware; // non-demo URIs at the last look, to announce new dongles
    bool m_listedOnce = false;
    bool m_probing = false;
    bool m_probedOnce = false;
    QString m_awaitedLast; // openInitial(): the last backend, looked for once the probe answered
    QPointer<QMessageBox> m_powerQuestion;
    bool m_scanWhenOn = false; // switchOn() succeeded: scan once the backend says it is on
    // The status bar shows a dongle error: replaced with "back" when the backend recovers.
    bool m_errorShown = false;
    QComboBox *m_picker = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_refresh = nullptr;
    std::function<QString()> m_emptyText;
};

} // namespace gattscope
