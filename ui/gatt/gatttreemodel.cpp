// SPDX-License-Identifier: MIT
#include "gatttreemodel.h"

#include <gattscope/core/base/hexcodec.h>
#include <gattscope/core/session/attributenames.h>
#include <gattscope/ui/common/corebridge.h>

#include <QFont>
#include <QFontDatabase>

namespace gattscope {

namespace {
QString hex4(quint16 value)
{
    return QStringLiteral("0x") + QString::number(value, 16).toUpper().rightJustified(4, u'0');
}

AttributeNames::Kind namesKind(GattTreeModel::Kind kind)
{
    switch (kind) {
    case GattTreeModel::Kind::Service: return AttributeNames::Kind::Service;
    case GattTreeModel::Kind::Characteristic: return AttributeNames::Kind::Characteristic;
    case GattTreeModel::Kind::Descriptor: return AttributeNames::Kind::Descriptor;
    }
    return AttributeNames::Kind::Descriptor;
}

// The assigned name, else the user's name; empty when the UUID has neither.
QString knownName(const Uuid &uuid, GattTreeModel::Kind kind)
{
    return AttributeNames::knownName(uuid, namesKind(kind));
}
} // namespace

GattTreeModel::GattTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

GattTreeModel::~GattTreeModel() = default;

void GattTreeModel::setDatabase(const GattDatabase &database)
{
    beginResetModel();
    m_database = database;
    rebuild();
    endResetModel();
}

void GattTreeModel::clear()
{
    setDatabase(GattDatabase());
}

void GattTreeModel::rebuild()
{
    m_nodes.clear();
    m_topLevel.clear();
    m_nodeByHandle.clear();
    const QList<Service> &services = m_database.services();
    for (int s = 0; s < services.size(); ++s) {
        const int serviceNode = int(m_nodes.size());
        m_nodes.push_back(Node { Kind::Service, -1, int(m_topLevel.size()), s, -1, -1, {} });
        m_topLevel.append(serviceNode);
        const QList<Characteristic> &chars = services[s].characteristics;
        for (int c = 0; c < chars.size(); ++c) {
            const int charNode = int(m_nodes.size());
            m_nodes.push_back(Node { Kind::Characteristic,
                                     serviceNode,
                                     int(m_nodes[size_t(serviceNode)].children.size()),
                                     s,
                                     c,
                                     -1,
                                     {} });
            m_nodes[size_t(serviceNode)].children.append(charNode);
            m_nodeByHandle.insert(chars[c].valueHandle, charNode);
            const QList<Descriptor> &descs = chars[c].descriptors;
            for (int d = 0; d < descs.size(); ++d) {
                const int descNode = int(m_nodes.size());
                m_nodes.push_back(Node { Kind::Descriptor,
                                         charNode,
                                         int(m_nodes[size_t(charNode)].children.size()),
                                         s,
                                         c,
                                         d,
                                         {} });
                m_nodes[size_t(charNode)].children.append(descNode);
                m_nodeByHandle.insert(descs[d].handle, descNode);
            }
        }
    }
}

const GattTreeModel::Node *GattTreeModel::node(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const auto i = index.internalId();
    return i < m_nodes.size() ? &m_nodes[i] : nullptr;
}

const Service &GattTreeModel::serviceOf(const Node &n) const
{
    return m_database.services()[n.service];
}

const Characteristic &GattTreeModel::characteristicOf(const Node &n) const
{
    return serviceOf(n).characteristics[n.characteristic];
}

const Descriptor &GattTreeModel::descriptorOf(const Node &n) const
{
    return characteristicOf(n).descriptors[n.descriptor];
}

Uuid GattTreeModel::uuidOf(const Node &n) const
{
    switch (n.kind) {
    case Kind::Service: return serviceOf(n).uuid;
    case Kind::Characteristic: return characteristicOf(n).uuid;
    case Kind::Descriptor: return descriptorOf(n).uuid;
    }
    return {};
}

quint16 GattTreeModel::handleOf(const Node &n) const
{
    switch (n.kind) {
    case Kind::Service: return serviceOf(n).startHandle;
    case Kind::Characteristic: return characteristicOf(n).valueHandle;
    case Kind::Descriptor: return descriptorOf(n).handle;
    }
    return 0;
}

QString GattTreeModel::handlesText(const Node &n) const
{
    switch (n.kind) {
    case Kind::Service: return hex4(serviceOf(n).startHandle) + u'–' + hex4(serviceOf(n).endHandle);
    case Kind::Characteristic: return hex4(characteristicOf(n).valueHandle);
    case Kind::Descriptor: return hex4(descriptorOf(n).handle);
    }
    return {};
}

QModelIndex GattTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= int(Column::Count) || row < 0)
        return {};
    if (!parent.isValid()) {
        if (row >= m_topLevel.size())
            return {};
        return createIndex(row, column, quintptr(m_topLevel[row]));
    }
    const Node *p = node(parent);
    if (!p || row >= p->children.size())
        return {};
    return createIndex(row, column, quintptr(p->children[row]));
}

QModelIndex GattTreeModel::parent(const QModelIndex &child) const
{
    const Node *n = node(child);
    if (!n || n->parent < 0)
        return {};
    return indexOfNode(n->parent, 0);
}

QModelIndex GattTreeModel::indexOfNode(int nodeIndex, int column) const
{
    if (nodeIndex < 0 || nodeIndex >= int(m_nodes.size()))
        return {};
    return createIndex(m_nodes[size_t(nodeIndex)].row, column, quintptr(nodeIndex));
}

int GattTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_topLevel.size());
    if (parent.column() != 0)
        return 0;
    const Node *p = node(parent);
    return p ? int(p->children.size()) : 0;
}

int GattTreeModel::columnCount(const QModelIndex &) const
{
    return int(Column::Count);
}

QString GattTreeModel::displayName(const Uuid &uuid, Kind kind)
{
    return AttributeNames::displayName(uuid, namesKind(kind));
}

QString GattTreeModel::displayName(const Characteristic &characteristic)
{
    return AttributeNames::displayName(characteristic);
}

QString GattTreeModel::userDescriptionName(const Characteristic &characteristic)
{
    return AttributeNames::userDescriptionName(characteristic);
}

QString GattTreeModel::nameOf(const Node &n) const
{
    return n.kind == Kind::Characteristic ? displayName(characteristicOf(n)) : displayName(uuidOf(n), n.kind);
}

bool GattTreeModel::namedByDescription(const Node &n) const
{
    return n.kind == Kind::Characteristic && knownName(uuidOf(n), n.kind).isEmpty()
        && !userDescriptionName(characteristicOf(n)).isEmpty();
}

QString GattTreeModel::decodedValue(quint16 handle) const
{
    const auto it = m_nodeByHandle.constFind(handle);
    if (it == m_nodeByHandle.cend())
        return {};
    const Node &n = m_nodes[size_t(*it)];
    if (n.kind == Kind::Characteristic) {
        const Characteristic &c = characteristicOf(n);
        return c.hasValue ? CoreBridge::decoderFor(c).decode(c.value).text : QString();
    }
    const Descriptor &d = descriptorOf(n);
    return d.hasValue ? CoreBridge::decoderFor(d).decode(d.value).text : QString();
}

QVariant GattTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    if (!n)
        return {};
    const auto column = Column(index.column());
    switch (role) {
    case KindRole: return QVariant::fromValue(n->kind);
    case HandleRole: return QVariant::fromValue(handleOf(*n));
    case UuidRole: return QVariant::fromValue(uuidOf(*n));
    case PropertiesRole:
        return n->kind == Kind::Characteristic ? QVariant(int(characteristicOf(*n).properties)) : QVariant();
    case RawValueRole:
        if (n->kind == Kind::Characteristic && characteristicOf(*n).hasValue)
            return characteristicOf(*n).value;
        if (n->kind == Kind::Descriptor && descriptorOf(*n).hasValue)
            return descriptorOf(*n).value;
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case Column::Name: return nameOf(*n);
        case Column::Uuid: return uuidOf(*n).toString();
        case Column::Handles: return handlesText(*n);
        case Column::Properties:
            return n->kind == Kind::Characteristic ? propertyBadges(characteristicOf(*n).properties)
                                                   : QString();
        case Column::Value: return n->kind == Kind::Service ? QString() : decodedValue(handleOf(*n));
        case Column::Count: break;
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case Column::Name: {
            // The whole name too: the column elides long ones.
            const QString name = namedByDescription(*n)
                ? tr("%1\nThis name is the device's own User Description (0x2901).").arg(nameOf(*n))
                : nameOf(*n);
            if (!uuidOf(*n).isShort())
                return tr("%1\nVendor UUID %2. Double-click (or F2) to give it a name.")
                    .arg(name, uuidOf(*n).toCanonicalString());
            return tr("%1\n%2").arg(name, uuidOf(*n).toCanonicalString());
        }
        case Column::Handles:
            if (n->kind == Kind::Characteristic) {
                const Characteristic &c = characteristicOf(*n);
                return tr("Declaration %1, value %2, last handle %3")
                    .arg(hex4(c.declarationHandle), hex4(c.valueHandle), hex4(c.endHandle));
            }
            return {};
        case Column::Properties:
            return n->kind == Kind::Characteristic
                ? tr("R read · W write · WnR write without response · N notify · I indicate · "
                     "Auth signed writes · Ext extended properties")
                : QVariant();
        case Column::Value: {
            const QVariant raw = data(index, RawValueRole);
            return raw.isValid()
                ? tr("%n byte(s): %1", nullptr, int(raw.toByteArray().size())).arg(toHex(raw.toByteArray()))
                : tr("Not read yet");
        }
        default: return {};
        }
    case Qt::FontRole:
        if (column == Column::Uuid || column == Column::Handles) {
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        }
        if (column == Column::Name && n->kind == Kind::Service) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default: return {};
    }
}

Qt::ItemFlags GattTreeModel::flags(const QModelIndex &index) const
{
    const Node *n = node(index);
    if (!n)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (n->kind != Kind::Service && n->children.isEmpty())
        f |= Qt::ItemNeverHasChildren;
    if (Column(index.column()) == Column::Name && !uuidOf(*n).isShort())
        f |= Qt::ItemIsEditable;
    return f;
}

bool GattTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Node *n = node(index);
    if (!n || role != Qt::EditRole || Column(index.column()) != Column::Name || uuidOf(*n).isShort())
        return false;
    if (const Status saved = CoreBridge::setUserName(uuidOf(*n), value.toString()); !saved.ok())
        Q_EMIT userNameError(saved.error().message());
    refreshNames();
    Q_EMIT userNameChanged(uuidOf(*n));
    return true;
}

void GattTreeModel::refreshNames()
{
    for (int i = 0; i < int(m_nodes.size()); ++i) {
        const QModelIndex name = indexOfNode(i, int(Column::Name));
        Q_EMIT dataChanged(name, name, { Qt::DisplayRole, Qt::EditRole });
    }
}

QVariant GattTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Name: return tr("Name");
    case Column::Uuid: return tr("UUID");
    case Column::Handles: return tr("Handle");
    case Column::Properties: return tr("Properties");
    case Column::Value: return tr("Value");
    case Column::Count: break;
    }
    return {};
}

QModelIndex GattTreeModel::indexForHandle(quint16 handle, Column column) const
{
    const auto it = m_nodeByHandle.constFind(handle);
    return it == m_nodeByHandle.cend() ? QModelIndex() : indexOfNode(*it, int(column));
}

bool GattTreeModel::setValue(quint16 handle, const QByteArray &value)
{
    const auto it = m_nodeByHandle.constFind(handle);
    if (it == m_nodeByHandle.cend() || !m_database.setValue(handle, value))
        return false;
    const QList<int> roles { Qt::DisplayRole, Qt::ToolTipRole, RawValueRole };
    const QModelIndex changed = indexOfNode(*it, int(Column::Value));
    Q_EMIT dataChanged(changed, changed, roles);
    const Node &n = m_nodes[size_t(*it)];
    if (n.kind == Kind::Descriptor && descriptorOf(n).uuid == GattUuid::PresentationFormat) {
        const QModelIndex owner = indexOfNode(n.parent, int(Column::Value));
        Q_EMIT dataChanged(owner, owner, roles);
    }
    if (n.kind == Kind::Descriptor && descriptorOf(n).uuid == GattUuid::UserDescription) {
        // It may name the owning characteristic.
        const QModelIndex owner = indexOfNode(n.parent, int(Column::Name));
        Q_EMIT dataChanged(owner, owner, { Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole });
    }
    return true;
}

void GattTreeModel::applyNotifications(const QList<Notification> &batch)
{
    QHash<quint16, qsizetype> last;
    for (qsizetype i = 0; i < batch.size(); ++i)
        last.insert(batch[i].handle, i);
    for (auto it = last.cbegin(); it != last.cend(); ++it)
        setValue(it.key(), batch[*it].value);
}

void GattTreeModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    // One range per parent: the services, then each service's and characteristic's children.
    QList<QModelIndex> parents { QModelIndex() };
    while (!parents.isEmpty()) {
        const QModelIndex parent = parents.takeLast();
        const int rows = rowCount(parent);
        if (rows == 0)
            continue;
        Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, columnCount(parent) - 1, parent),
                           { Qt::DisplayRole, Qt::ToolTipRole });
        for (int r = 0; r < rows; ++r)
            parents.append(index(r, 0, parent));
    }
}

} // namespace gattscope
