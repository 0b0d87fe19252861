// SPDX-License-Identifier: MIT
#include "operationtracker.h"

namespace gattscope {

OperationTracker::OperationTracker(QObject *parent)
    : QObject(parent)
{ }

int OperationTracker::start(const QString &label, std::function<void()> cancel)
{
    const int id = m_nextId++;
    const bool wasBusy = isBusy();
    m_operations.insert(id, Operation { label, std::move(cancel), {} });
    if (!wasBusy)
        Q_EMIT busyChanged(true);
    Q_EMIT changed();
    return id;
}

void OperationTracker::finish(int id)
{
    if (!m_operations.remove(id))
        return;
    if (!isBusy())
        Q_EMIT busyChanged(false);
    Q_EMIT changed();
}

QString OperationTracker::currentLabel() const
{
    return m_operations.isEmpty() ? QString() : m_operations.last().label;
}

OperationTracker::Progress OperationTracker::currentProgress() const
{
    return m_operations.isEmpty() ? Progress() : m_operations.last().progress;
}

void OperationTracker::setProgress(int id, int value, int maximum)
{
    const auto it = m_operations.find(id);
    if (it == m_operations.end() || (it->progress.value == value && it->progress.maximum == maximum))
        return;
    it->progress = { value, maximum };
    Q_EMIT changed();
}

void OperationTracker::cancelAll()
{
    // Cancelling may finish operations synchronously; work on a copy.
    const auto operations = m_operations;
    for (const Operation &op : operations) {
        if (op.cancel)
            op.cancel();
    }
}

} // namespace gattscope
