// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;

namespace gattscope {

class SeriesRecorder;

// The heart-rate read-out of one Heart Rate Measurement stream: the current bpm in large
// digits, the last RR interval, and the sensor-contact flag (detected, not detected, or
// not supported by the strap). refresh() reads the recorder; the panel calls it at its
// statistics rate.
class HeartRateView : public QWidget
{
    Q_OBJECT

public:
    HeartRateView(const SeriesRecorder *recorder, int streamId, QWidget *parent = nullptr);

    int streamId() const { return m_streamId; }
    void refresh();

    // For tests: the texts shown.
    QString bpmText() const;
    QString contactText() const;

private:
    const SeriesRecorder *m_recorder;
    int m_streamId;
    QLabel *m_title = nullptr;
    QLabel *m_bpm = nullptr;
    QLabel *m_rr = nullptr;
    QLabel *m_contact = nullptr;
};

} // namespace gattscope
