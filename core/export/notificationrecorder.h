// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/error.h>
#include <gattscope/core/series/notificationhub.h>

#include <QFile>
#include <QObject>
#include <QPointer>

namespace gattscope {

// Writes every sample the hub announces to a file as it arrives (CSV or JSON Lines), so
// that a recording survives whatever happens to the window: each batch is appended and
// flushed. Columns: time (ISO 8601 UTC, µs), timestamp_us, device, handle, kind, hex.
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
    QString fileName() const { return m_file.fileName(); }

    static QString csvHeader();
    static QString csvLine(const StreamKey &key, const NotificationSample &sample);
    static QByteArray jsonLine(const StreamKey &key, const NotificationSample &sample);

Q_SIGNALS:
    void errorOccurred(const gattscope::Error &error);

private:
    void onSamplesAdded(const StreamKey &key, quint64 first, quint64 end);

    QPointer<NotificationHub> m_hub;
    QFile m_file;
    Format m_format = Format::Csv;
    quint64 m_count = 0;
};

} // namespace gattscope
