// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/error.h>
#include <gattscope/core/series/notificationhub.h>
#include <gattscope/core/series/streamcursor.h>

#include <QFile>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace gattscope {

// Writes every value the hub receives from start() on to a file as it arrives (CSV or JSON
// Lines), so that a recording survives whatever happens to the window: each hub batch is
// appended and flushed. CSV columns: time (ISO 8601 UTC, µs), timestamp_us, device, handle,
// kind, hex, missing; JSON Lines objects have the same keys.
//
// Reads the hub like every consumer (a StreamCursor per stream, on each batch), so it never
// skips or repeats a value, also across NotificationHub::clear(). Values that never reached
// the file are written as what they are, never left out silently: a gap the hand-off
// recorded is a line of kind "gap" whose `missing` says how many values it stands for, and
// values the hub evicted before they were written (only possible when one batch passes the
// memory budget) are a "gap" line too. missingCount() totals both.
class NotificationRecorder : public QObject
{
    Q_OBJECT

public:
    enum class Format {
        Csv,
        JsonLines
    };

    explicit NotificationRecorder(NotificationHub *hub, QObject *parent = nullptr);
    ~NotificationRecorder() override;

    // Opens (truncates) the file and starts recording. Returns the error when it cannot.
    Error start(const QString &fileName, Format format);
    void stop();
    bool isRecording() const { return m_file.isOpen(); }
    quint64 recordedCount() const { return m_count; }
    // Values that could not be written (gaps), since start().
    quint64 missingCount() const { return m_missing; }
    QString fileName() const { return m_file.fileName(); }

    static QString csvHeader();
    // One line for a value, or for a gap (kind "gap", `missing` values).
    static QString csvLine(const StreamKey &key, const NotificationSample &sample);
    static QByteArray jsonLine(const StreamKey &key, const NotificationSample &sample);

Q_SIGNALS:
    void errorOccurred(const gattscope::Error &error);

private:
    void onBatchAdded();
    QByteArray line(const StreamKey &key, const NotificationSample &sample) const;

    QPointer<NotificationHub> m_hub;
    QFile m_file;
    Format m_format = Format::Csv;
    QHash<StreamKey, StreamCursor> m_cursors;
    quint64 m_count = 0;
    quint64 m_missing = 0;
};

} // namespace gattscope
