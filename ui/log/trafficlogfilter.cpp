// SPDX-License-Identifier: MIT
#include "trafficlogfilter.h"

#include "trafficlogmodel.h"

#include <gattscope/core/session/trafficentry.h>

namespace gattscope {

TrafficLogFilter::TrafficLogFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterRole(TrafficLogModel::FilterRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void TrafficLogFilter::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    setFilterFixedString(text); // refilters
    Q_EMIT filterChanged();
}

void TrafficLogFilter::setDevice(const QString &address)
{
    if (address == m_device)
        return;
    m_device = address;
    invalidateFilter();
    Q_EMIT filterChanged();
}

void TrafficLogFilter::setDirection(Direction direction)
{
    if (direction == m_direction)
        return;
    m_direction = direction;
    invalidateFilter();
    Q_EMIT filterChanged();
}

void TrafficLogFilter::setKind(Kind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
    Q_EMIT filterChanged();
}

bool TrafficLogFilter::isActive() const
{
    return !m_text.isEmpty() || !m_device.isEmpty() || m_direction != Direction::All || m_kind != Kind::All;
}

bool TrafficLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    using D = TrafficEntry::Direction;
    // The cheap tests first; the text (the whole row as text) last.
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_device.isEmpty() && index.data(TrafficLogModel::AddressRole).toString() != m_device)
        return false;
    const auto direction = D(index.data(TrafficLogModel::DirectionRole).toInt());
    switch (m_direction) {
    case Direction::All: break;
    case Direction::Sent:
        if (direction != D::Write && direction != D::WriteCommand)
            return false;
        break;
    case Direction::Received:
        if (direction != D::Read && direction != D::Notification && direction != D::Indication)
            return false;
        break;
    }
    switch (m_kind) {
    case Kind::All: break;
    case Kind::Read:
        if (direction != D::Read)
            return false;
        break;
    case Kind::Write:
        if (direction != D::Write && direction != D::WriteCommand)
            return false;
        break;
    case Kind::Notify:
        if (direction != D::Notification)
            return false;
        break;
    case Kind::Indicate:
        if (direction != D::Indication)
            return false;
        break;
    case Kind::Event:
        if (direction != D::Event)
            return false;
        break;
    case Kind::Error:
        if (!index.data(TrafficLogModel::ErrorRole).toBool())
            return false;
        break;
    }
    return m_text.isEmpty() || QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace gattscope
