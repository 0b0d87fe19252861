// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/gatt/gattdatabase.h>
#include <gattscope/core/gatt/notification.h>

#include <QAbstractItemModel>
#include <QHash>

#include <vector>

namespace gattscope {

// The attribute tree of one connection: services → characteristics → descriptors.
//
// The structure comes from setDatabase() (a reset: discovery replaced everything). Values
// change in place afterwards: setValue() and applyNotifications() emit dataChanged() on
// the Value column of the affected rows only (and of the owning characteristic when its
// 0x2904 Presentation Format descriptor changed, since that changes how it decodes).
//
// Names come from the assigned numbers (including the user's names); a characteristic
// without one is named by its 0x2901 User Description once that has been read. Vendor
// (128-bit) UUIDs can be named in place: editing the Name column stores a user name, which
// every row with the same UUID then shows (and which wins over the description).
class GattTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Column {
        Name,
        Uuid,
        Handles,
        Properties,
        Value,
        Count
    };
    Q_ENUM(Column)

    enum class Kind {
        Service,
        Characteristic,
        Descriptor
    };
    Q_ENUM(Kind)

    enum Role {
        KindRole = Qt::UserRole + 1, // Kind
        HandleRole, // quint16: value handle / descriptor handle / service start
        UuidRole, // Uuid
        PropertiesRole, // int (CharacteristicProperties) for characteristics
        RawValueRole, // QByteArray; invalid until read/written/notified
    };

    explicit GattTreeModel(QObject *parent = nullptr);
    ~GattTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setDatabase(const GattDatabase &database);
    const GattDatabase &database() const { return m_database; }
    void clear();
    // After a language change (the view calls it): headerDataChanged() and dataChanged()
    // for every row ("Unknown service", "Not read yet" and the tool tips are translated).
    void retranslate();

    // Stores a value read, written or notified for a characteristic value or descriptor
    // handle. Returns false (and changes nothing) for other handles.
    bool setValue(quint16 handle, const QByteArray &value);
    // One dataChanged per distinct handle of the batch (the last value of each wins).
    void applyNotifications(const QList<gattscope::Notification> &batch);

    // The row of a characteristic (by value handle) or descriptor (by handle), in column 0.
    QModelIndex indexForHandle(quint16 handle, Column column = Column::Name) const;
    // Re-reads names (after a user name changed elsewhere).
    void refreshNames();

    // Display name of a UUID as this tree shows it: user name, assigned name, else a
    // generic "Unknown service" etc.
    static QString displayName(const Uuid &uuid, Kind kind);
    // A characteristic's display name: its user or assigned name, else its User
    // Description (see userDescriptionName()), else "Unknown characteristic".
    static QString displayName(const Characteristic &characteristic);
    // The name the characteristic's 0x2901 User Description gives it, without a trailing
    // field-layout hint ("Accelerometer x,y,z (mg) <hhh" → "Accelerometer x,y,z (mg)");
    // empty when it has none or it has not been read.
    static QString userDescriptionName(const Characteristic &characteristic);
    // The value column's text for `handle`, decoded with the characteristic's presentation
    // format when it has one.
    QString decodedValue(quint16 handle) const;

Q_SIGNALS:
    // Saving a user name failed (names.json not writable …).
    void userNameError(const QString &message);
    // The user named (or unnamed) a UUID in place: every view that names it by UUID is stale.
    void userNameChanged(const gattscope::Uuid &uuid);

private:
    struct Node
    {
        Kind kind = Kind::Service;
        int parent = -1; // node index; -1 for services
        int row = 0; // row within the parent
        int service = -1, characteristic = -1, descriptor = -1; // indices into m_database
        QList<int> children;
    };

    const Node *node(const QModelIndex &index) const;
    const Service &serviceOf(const Node &n) const;
    const Characteristic &characteristicOf(const Node &n) const;
    const Descriptor &descriptorOf(const Node &n) const;
    Uuid uuidOf(const Node &n) const;
    quint16 handleOf(const Node &n) const;
    QString nameOf(const Node &n) const;
    // Whether the row's name is the device's User Description (no user/assigned name).
    bool namedByDescription(const Node &n) const;
    QString handlesText(const Node &n) const;
    QModelIndex indexOfNode(int nodeIndex, int column) const;
    void rebuild();

    GattDatabase m_database;
    std::vector<Node> m_nodes;
    QList<int> m_topLevel;
    QHash<quint16, int> m_nodeByHandle; // value handles and descriptor handles
};

} // namespace gattscope
