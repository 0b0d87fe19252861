// SPDX-License-Identifier: MIT
#pragma once

#include <QFuture>
#include <QMap>
#include <QObject>

#include <functional>

namespace gattscope {

// Counts the operations in flight (discovery, reads, writes, connects) for the status
// bar's busy indicator, and cancels them on request. GUI thread only.
class OperationTracker : public QObject
{
    Q_OBJECT

public:
    explicit OperationTracker(QObject *parent = nullptr);

    // Registers an operation; returns its id for finish(). `cancel` may be empty.
    int start(const QString &label, std::function<void()> cancel = {});
    void finish(int id);
    // Registers `operation` and finishes it when it completes; cancelling calls
    // QFuture::cancel() on it (backends see Pending::isCanceled()).
    //
    // A QFuture runs only ONE continuation (a second then() replaces the first), so when
    // the caller has its own continuation it passes the tail of that chain as `tail`,
    // and the tracker waits on the tail instead of on `operation`.
    template<typename T> void track(const QString &label, QFuture<T> operation)
    {
        const int id = start(label, [operation]() mutable { operation.cancel(); });
        operation.then(this, [this, id](const T &) { finish(id); }).onCanceled(this, [this, id] {
            finish(id);
        });
    }
    template<typename T> void track(const QString &label, QFuture<T> operation, QFuture<void> tail)
    {
        const int id = start(label, [operation]() mutable { operation.cancel(); });
        tail.then(this, [this, id] { finish(id); }).onCanceled(this, [this, id] { finish(id); });
    }

    bool isBusy() const { return !m_operations.isEmpty(); }
    int count() const { return int(m_operations.size()); }
    // The most recently started operation still running; empty when idle.
    QString currentLabel() const;

public Q_SLOTS:
    void cancelAll();

Q_SIGNALS:
    void busyChanged(bool busy);
    void changed();

private:
    struct Operation
    {
        QString label;
        std::function<void()> cancel;
    };
    QMap<int, Operation> m_operations;
    int m_nextId = 1;
};

} // namespace gattscope
