// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/backend/backend.h>

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace gattscope {

// Device → Bonds…: the bonds the radio holds, as the backend lists them (handle, address
// when known, key size, MITM), with Remove (the selected bond) and Remove all. Where the
// backend cannot list or remove bonds (Backend::Capability::NoBondList, or its NotSupported
// answer) the dialog says so and where the system keeps them. Not blocking: the list
// follows each answer of the backend. Object names for tests: "bondsDialog", "bondsList",
// "removeBond", "removeAllBonds", "bondsStatus".
class BondsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BondsDialog(Backend *backend, QWidget *parent = nullptr);
    ~BondsDialog() override;

    QTreeWidget *list() const { return m_list; }
    QString statusText() const;
    // The list as last read (empty before the first answer).
    QList<Backend::Bond> bonds() const { return m_bonds; }

public Q_SLOTS:
    void refresh();
    void removeSelected();
    void removeAll();

Q_SIGNALS:
    // The backend answered the list (also when it failed: then bonds() is empty).
    void refreshed();
    // Bonds were removed: those with these addresses, or every bond when `all`.
    void bondsRemoved(const QList<gattscope::DeviceAddress> &addresses, bool all);

private:
    void remove(int handle, const QList<DeviceAddress> &addresses);
    void setStatus(const QString &text, bool error);
    void updateButtons();

    QPointer<Backend> m_backend;
    QList<Backend::Bond> m_bonds;
    bool m_busy = false;
    bool m_canList = true;
    QLabel *m_status = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_removeAll = nullptr;
    QPushButton *m_refresh = nullptr;
};

} // namespace gattscope
